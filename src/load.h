/*
 * load.h — read a document file and make it safe to work on: size cap,
 * binary and UTF-16 detection, BOM and CRLF removal, invalid UTF-8
 * replaced by U+FFFD.  The result is valid UTF-8 with LF line ends.
 */
#ifndef QC_LOAD_H
#define QC_LOAD_H

#include <stdbool.h>
#include <stddef.h>

/* Files larger than this are refused; devices are read up to it only. */
#define LOAD_MAX_BYTES	((size_t)256 << 20)
/* Seconds to wait for a writer on a FIFO before giving up. */
#define LOAD_FIFO_WAIT	5

struct loaded {
	char	*text;		/* valid UTF-8, NUL-terminated */
	size_t	 len;		/* bytes, without the NUL */
	size_t	 ninvalid;	/* invalid sequences replaced */
	bool	 had_bom;
	bool	 had_crlf;
};

/* Read path; 0, or -1 after reporting the cause with qc_msg(). */
int	load_file(const char *path, struct loaded *);
/* The same checks and repair on bytes in memory (path names them). */
int	load_bytes(const char *path, const char *buf, size_t len,
	    struct loaded *);

#endif
