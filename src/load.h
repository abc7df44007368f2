/*
 * load.h — read a document file and make it safe to work on: size cap,
 * binary and UTF-16 detection, legacy encodings refused or converted,
 * BOM removal, every line end (CRLF, CR, NEL, U+2028, U+2029) made LF,
 * invalid UTF-8 replaced by U+FFFD.  The result is valid UTF-8 with LF
 * line ends.
 */
#ifndef QC_LOAD_H
#define QC_LOAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Files larger than this are refused; devices are read up to it only. */
#define LOAD_MAX_BYTES	((size_t)256 << 20)
/* Offsets into a loaded text fit the 32-bit fields of model.h. */
_Static_assert(LOAD_MAX_BYTES <= UINT32_MAX / 2,
    "offsets and lengths of a text must fit in uint32_t");
/* Seconds without input from a pipe before saying it is awaited. */
#define LOAD_WAIT_NOTE	1

struct loaded {
	char	*text;		/* valid UTF-8, NUL-terminated */
	size_t	 len;		/* bytes, without the NUL */
	size_t	 ninvalid;	/* invalid sequences replaced */
	bool	 had_bom;
	bool	 had_crlf;
	bool	 had_cr;	/* CR alone as the line end */
	bool	 had_uni_eol;	/* NEL, U+2028 or U+2029 */
	const char *encoding;	/* converted from this, or NULL */
};

/*
 * Read files that are not valid UTF-8 as being in encoding name (an
 * iconv name); NULL for none.  Valid UTF-8 is always read as UTF-8.
 * 0, or -1 after a message if iconv does not know the name.
 */
int	load_set_encoding(const char *name);

/* Read path ("-" is standard input); 0, or -1 after reporting the cause with qc_msg(). */
int	load_file(const char *path, struct loaded *);
/* The same checks and repair on bytes in memory (path names them). */
int	load_bytes(const char *path, const char *buf, size_t len,
	    struct loaded *);

#endif
