#!/bin/sh
# tests/e2e/regen.sh — rewrite the reference screens under
# tests/e2e/screens from the quotecheck built here, on purpose: after a
# change meant to alter what the reader shows.  Read the diff (git diff
# tests/e2e/screens) before committing it.
#
#   cd build && ../tests/e2e/regen.sh
#
# Environment: QC the program (default ./quotecheck), QC_SRCDIR the
# source tree (default: two levels above this script).
QC=${QC:-$PWD/quotecheck}
QC_SRCDIR=${QC_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
QUOTECHECK_DATADIR=$QC_SRCDIR/data
QC_REGEN=1
export QC QC_SRCDIR QUOTECHECK_DATADIR QC_REGEN
sh "$QC_SRCDIR/tests/e2e/screens.sh" &&
    exec sh "$QC_SRCDIR/tests/e2e/many.sh"
