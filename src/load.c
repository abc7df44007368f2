/*
 * load.c — read a document and make it safe to work on.
 *
 * Refusals come first, cheapest first: empty, UTF-16/32, a known binary
 * signature, NUL bytes, white space only.  Reading stops as soon as the
 * bytes read are seen to be binary, so a device such as /dev/zero is
 * refused after one read instead of filling memory up to the cap.
 *
 * Then the repair, in place where it can be: the UTF-8 byte-order mark
 * is dropped; a file that is not UTF-8 is converted from --encoding, or
 * refused when its bytes look like a legacy single-byte encoding (so a
 * Windows-1252 report cannot pass for one without quotations), or else
 * has each ill-formed sequence replaced by U+FFFD (as u8_mbtouc()
 * measures it) with a warning; every line end becomes LF.  Valid input,
 * the usual case, costs one u8_check() and one strcspn().
 *
 * Pipes, FIFOs, terminals and "-" (standard input) are read to their
 * end as cat(1) reads them, however long the writer takes.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <poll.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <unictype.h>
#include <uniconv.h>
#include <unistr.h>

#include "load.h"
#include "msg.h"
#include "xmalloc.h"

#define LOAD_CHUNK	((size_t)1 << 20)	/* first read of a stream */
#define LOAD_SNIFF	512			/* bytes to guess UTF-16 from */

struct magic {
	const char	*bytes;
	size_t		 len;
	const char	*what;
};

/* Signatures of files people may pass by mistake. */
static const struct magic load_magic[] = {
	{ "\177ELF", 4, "ELF executable" },
	{ "\211PNG\r\n\032\n", 8, "PNG image" },
	{ "\377\330\377", 3, "JPEG image" },
	{ "GIF87a", 6, "GIF image" },
	{ "GIF89a", 6, "GIF image" },
	{ "%PDF-", 5, "PDF document" },
	{ "PK\003\004", 4, "zip archive (DOCX, ODT and EPUB are zip too)" },
	{ "PK\005\006", 4, "zip archive" },
	{ "\037\213", 2, "gzip compressed data" },
	{ "\037\235", 2, "compress'd data" },
	{ "BZh91AY&SY", 10, "bzip2 compressed data" },
	{ "\3757zXZ", 5, "xz compressed data" },
	{ "\050\265\057\375", 4, "zstd compressed data" },
	{ "7z\274\257\047\034", 6, "7-zip archive" },
	{ "\320\317\021\340\241\261\032\341", 8,
	    "OLE2 document (e.g. an old Word .doc)" },
	{ "SQLite format 3", 15, "SQLite database" },
	{ "\312\376\272\276", 4, "Java class or Mach-O universal binary" },
	{ "\317\372\355\376", 4, "Mach-O executable" },
	{ "\316\372\355\376", 4, "Mach-O executable" },
};

/* The kind of binary file buf starts with, or NULL. */
static const char *
load_magic_of(const char *buf, size_t len)
{
	size_t	i;

	for (i = 0; i < sizeof(load_magic) / sizeof(load_magic[0]); i++)
		if (len >= load_magic[i].len &&
		    memcmp(buf, load_magic[i].bytes, load_magic[i].len) == 0)
			return load_magic[i].what;
	return NULL;
}

/* UTF-16 or UTF-32 without a byte-order mark, judged by its NULs. */
static const char *
load_utf16_guess(const unsigned char *b, size_t len)
{
	size_t	i, n = (len < LOAD_SNIFF ? len : LOAD_SNIFF) & ~(size_t)1;
	size_t	even = 0, odd = 0;

	if (n < 4)
		return NULL;
	for (i = 0; i < n; i += 2) {
		even += b[i] == 0;
		odd += b[i + 1] == 0;
	}
	/* ASCII-range text: one zero in every pair, on the same side. */
	if (even == 0 && odd * 4 >= n / 2 * 3)
		return "UTF-16LE text without a byte-order mark; convert it "
		    "to UTF-8, e.g. iconv -f UTF-16LE -t UTF-8";
	if (odd == 0 && even * 4 >= n / 2 * 3)
		return "UTF-16BE text without a byte-order mark; convert it "
		    "to UTF-8, e.g. iconv -f UTF-16BE -t UTF-8";
	return NULL;
}

/* Why buf is UTF-16 or UTF-32 rather than UTF-8, or NULL. */
static const char *
load_utf16_of(const char *buf, size_t len)
{
	const unsigned char	*b = (const unsigned char *)buf;

	if (len >= 4 && memcmp(b, "\377\376\0\0", 4) == 0)
		return "UTF-32LE text (byte-order mark FF FE 00 00); convert "
		    "it to UTF-8, e.g. iconv -f UTF-32 -t UTF-8";
	if (len >= 4 && memcmp(b, "\0\0\376\377", 4) == 0)
		return "UTF-32BE text (byte-order mark 00 00 FE FF); convert "
		    "it to UTF-8, e.g. iconv -f UTF-32 -t UTF-8";
	if (len >= 2 && b[0] == 0xFF && b[1] == 0xFE)
		return "UTF-16LE text (byte-order mark FF FE); convert it to "
		    "UTF-8, e.g. iconv -f UTF-16 -t UTF-8";
	if (len >= 2 && b[0] == 0xFE && b[1] == 0xFF)
		return "UTF-16BE text (byte-order mark FE FF); convert it to "
		    "UTF-8, e.g. iconv -f UTF-16 -t UTF-8";
	return load_utf16_guess(b, len);
}

static bool
load_has_bom(const char *buf, size_t len)
{
	return len >= 3 && memcmp(buf, "\357\273\277", 3) == 0;
}

/* True if s holds nothing but white space (ASCII or Unicode). */
static bool
load_blank(const char *s, size_t n)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + n;
	ucs4_t		 uc;
	int		 k;

	while (p < end) {
		if (*p == ' ' || (*p >= '\t' && *p <= '\r')) {
			p++;
			continue;
		}
		if (*p < 0x80)
			return false;
		k = u8_mbtoucr(&uc, p, end - p);
		if (k < 0 || !uc_is_property_white_space(uc))
			return false;
		p += k;
	}
	return true;
}

/*
 * Line and column (1-based, in characters as they would be read) of
 * byte off of buf, for messages: once per file, so a scan is fine.
 */
static void
load_where(const char *buf, size_t off, size_t *line, size_t *col)
{
	size_t	i;

	*line = *col = 1;
	for (i = 0; i < off; i++) {
		if (buf[i] == '\n' || (buf[i] == '\r' && buf[i + 1] != '\n')) {
			(*line)++;
			*col = 1;
		} else if (((unsigned char)buf[i] & 0xC0) != 0x80)
			(*col)++;
	}
}

/* Refuse what is not a text document; 0 if buf may be repaired. */
static int
load_reject(const char *path, const char *buf, size_t len)
{
	const char	*why, *nul;
	size_t		 skip, line, col;

	if (len == 0) {
		qc_msg(MSG_EMPTY, path, 0, 0, NULL);
		return -1;
	}
	if ((why = load_utf16_of(buf, len)) != NULL) {
		qc_msg(MSG_UTF16, path, 0, 0, "%s", why);
		return -1;
	}
	if ((why = load_magic_of(buf, len)) != NULL) {
		qc_msg(MSG_BINARY, path, 0, 0, "%s", why);
		return -1;
	}
	if ((nul = memchr(buf, '\0', len)) != NULL) {
		load_where(buf, nul - buf, &line, &col);
		qc_msg(MSG_BINARY, path, line, col, "contains NUL bytes at "
		    "byte %zu", (size_t)(nul - buf));
		return -1;
	}
	skip = load_has_bom(buf, len) ? 3 : 0;
	if (skip == len) {
		qc_msg(MSG_EMPTY, path, 0, 0, "only a byte-order mark");
		return -1;
	}
	if (load_blank(buf + skip, len - skip)) {
		qc_msg(MSG_BLANK, path, 0, 0, NULL);
		return -1;
	}
	return 0;
}

/* What the bytes that are not UTF-8 look like, for load_legacy_of(). */
struct legacy {
	size_t	valid;		/* well-formed multi-byte sequences */
	size_t	invalid;	/* bytes that start no such sequence */
	size_t	letters;	/* ASCII letters */
	size_t	upper;		/* invalid bytes in C0..DF */
	size_t	lower;		/* invalid bytes in E0..FF */
	size_t	c1;		/* invalid bytes in 80..9F */
	size_t	undef1252;	/* bytes Windows-1252 leaves undefined */
	size_t	typo;		/* its curly marks, dashes and ellipsis */
	size_t	alone;		/* C0..FF with no letter on either side */
};

static bool
load_letterish(const uint8_t *p, const uint8_t *end)
{
	return p < end && (*p >= 0xC0 || (*p >= 'A' && *p <= 'Z') ||
	    (*p >= 'a' && *p <= 'z'));
}

/* Count for one byte b at p that starts no UTF-8 sequence. */
static void
load_legacy_byte(struct legacy *lg, const uint8_t *start, const uint8_t *p,
    const uint8_t *end)
{
	uint8_t	b = *p;

	lg->invalid++;
	if (b >= 0x80 && b <= 0x9F)
		lg->c1++;
	if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)
		lg->undef1252++;
	if (b == 0x85 || (b >= 0x91 && b <= 0x94) || b == 0x96 || b == 0x97)
		lg->typo++;
	if (b >= 0xC0 && b <= 0xDF)
		lg->upper++;
	if (b >= 0xE0)
		lg->lower++;
	/* A letter of a legacy text stands in a word. */
	if (b >= 0xC0 && !load_letterish(p + 1, end) &&
	    (p == start || !load_letterish(p - 1, end)))
		lg->alone++;
}

/*
 * The single-byte encoding that buf (not valid UTF-8) is likely in, as
 * an iconv name, or NULL when its bad bytes look like damage in a UTF-8
 * text instead: valid multi-byte UTF-8 beside them, letters standing
 * alone, bytes no text in that encoding holds.
 * Cyrillic text is mostly letters above 0x7F: lower case is E0..FF in
 * Windows-1251 and C0..DF in KOI8-R.
 */
static const char *
load_legacy_of(const char *buf, size_t len)
{
	const uint8_t	*start = (const uint8_t *)buf, *p = start;
	const uint8_t	*end = start + len;
	struct legacy	 lg;
	ucs4_t		 uc;
	int		 k;

	memset(&lg, 0, sizeof(lg));
	while (p < end) {
		if (*p < 0x80) {
			lg.letters += (*p | 0x20) >= 'a' && (*p | 0x20) <= 'z';
			p++;
		} else if ((k = u8_mbtoucr(&uc, p, end - p)) > 0) {
			lg.valid++;
			p += k;
		} else
			load_legacy_byte(&lg, start, p++, end);
	}
	/* One byte is too little to tell: it is repaired, with a warning. */
	if (lg.invalid < 2 || lg.invalid < 16 * lg.valid ||
	    lg.alone * 8 > lg.invalid)
		return NULL;
	if (lg.upper + lg.lower > lg.letters)
		return lg.lower >= lg.upper ? "Windows-1251" : "KOI8-R";
	/* Symbols alone (80..BF) are more likely stray UTF-8 pieces. */
	if (lg.undef1252 > 0 || lg.typo + lg.upper + lg.lower == 0)
		return NULL;
	return lg.c1 > 0 ? "Windows-1252" : "ISO-8859-1";
}

/*
 * A copy of buf[0..len) with every ill-formed sequence replaced by
 * U+FFFD; *ninvalid gets their number.  Each u8_check() resumes where
 * the last stopped, so the whole is one pass.
 */
static char *
load_repair(const char *buf, size_t len, size_t *outlen, size_t *ninvalid)
{
	const uint8_t	*p = (const uint8_t *)buf, *end = p + len, *bad;
	char		*out;
	size_t		 n = 0, cap = len + 16, good;
	ucs4_t		 uc;

	out = xmalloc(cap);
	*ninvalid = 0;
	while (p < end) {
		bad = u8_check(p, end - p);
		good = (bad != NULL ? bad : end) - p;
		if (n + good + 4 > cap) {
			cap = (n + good + 4) + (n + good + 4) / 2;
			out = xreallocarray(out, cap, 1);
		}
		memcpy(out + n, p, good);
		n += good;
		p += good;
		if (bad == NULL)
			break;
		p += u8_mbtouc(&uc, p, end - p);
		memcpy(out + n, "\357\277\275", 3);
		n += 3;
		(*ninvalid)++;
	}
	*outlen = n;
	return out;
}

static const char	*load_encoding;	/* --encoding, or NULL */

int
load_set_encoding(const char *name)
{
	iconv_t	 cd;

	load_encoding = NULL;
	if (name == NULL || strcasecmp(name, "UTF-8") == 0 ||
	    strcasecmp(name, "UTF8") == 0)
		return 0;
	if ((cd = iconv_open("UTF-8", name)) == (iconv_t)-1) {
		qc_msg(MSG_USAGE, NULL, 0, 0, "--encoding=%s: an encoding "
		    "iconv does not know (iconv -l lists them)", name);
		return -1;
	}
	iconv_close(cd);
	load_encoding = name;
	return 0;
}

/* buf converted from load_encoding (malloc'd, room for a NUL), or NULL. */
static char *
load_convert(const char *path, const char *buf, size_t len, size_t *outlen)
{
	uint8_t	*out;
	size_t	 n = 0;

	out = u8_conv_from_encoding(load_encoding, iconveh_error, buf, len,
	    NULL, NULL, &n);
	if (out == NULL) {
		qc_msg(MSG_CONVERT, path, 0, 0, "from %s: %s", load_encoding,
		    strerror(errno));
		return NULL;
	}
	if (n > LOAD_MAX_BYTES) {
		qc_msg(MSG_TOO_LARGE, path, 0, 0, "%zu bytes once converted; "
		    "the limit is %zu MiB", n, LOAD_MAX_BYTES >> 20);
		free(out);
		return NULL;
	}
	out = xreallocarray(out, n + 1, 1);
	*outlen = n;
	return (char *)out;
}

/*
 * Every line end to LF, in place (buf[len] may be written): CRLF, CR
 * alone (old Mac files, some word processors), NEL (U+0085) and U+2028
 * become one LF; U+2029, a paragraph separator, two.  Each is as long
 * as what replaces it or longer.  Returns the new length.
 */
static size_t
load_eol(char *buf, size_t len, struct loaded *ld)
{
	size_t	 i, j;

	buf[len] = '\0';
	if ((i = strcspn(buf, "\r\302\342")) == len)
		return len;		/* the usual case: LF alone */
	for (j = i; i < len;) {
		if (buf[i] == '\r') {
			if (buf[i + 1] == '\n')
				ld->had_crlf = true;
			else {
				ld->had_cr = true;
				buf[j++] = '\n';
			}
			i++;
		} else if (buf[i] == '\302' && buf[i + 1] == '\205') {
			ld->had_uni_eol = true;
			buf[j++] = '\n';
			i += 2;
		} else if (buf[i] == '\342' && buf[i + 1] == '\200' &&
		    (buf[i + 2] == '\250' || buf[i + 2] == '\251')) {
			ld->had_uni_eol = true;
			buf[j++] = '\n';
			if (buf[i + 2] == '\251')
				buf[j++] = '\n';
			i += 3;
		} else
			buf[j++] = buf[i++];
	}
	return j;
}

/*
 * Make buf (malloc'd, room for len + 1 bytes) valid UTF-8, which ld
 * then owns: converted from --encoding, or refused as a legacy
 * encoding, or repaired with a warning.  0, or -1 after a message
 * (buf freed).
 */
static int
load_utf8(const char *path, char *buf, size_t len, struct loaded *ld)
{
	const char	*bad, *enc;
	char		*fixed;
	size_t		 line, col;

	ld->text = buf;
	ld->len = len;
	if ((bad = (const char *)u8_check((const uint8_t *)buf, len)) == NULL)
		return 0;
	if (load_encoding != NULL) {
		fixed = load_convert(path, buf, len, &ld->len);
		ld->encoding = load_encoding;
	} else {
		load_where(buf, bad - buf, &line, &col);
		if ((enc = load_legacy_of(buf, len)) != NULL) {
			qc_msg(MSG_LEGACY, path, line, col, "byte 0x%02X; it "
			    "looks like %s: read it with --encoding=%s",
			    (unsigned char)*bad, enc, enc);
			fixed = NULL;
		} else {
			fixed = load_repair(buf, len, &ld->len, &ld->ninvalid);
			/* The position is the first one's. */
			qc_msg(MSG_INVALID_UTF8, path, line, col, "%zu %s",
			    ld->ninvalid, ld->ninvalid == 1 ? "sequence" :
			    "sequences");
		}
	}
	free(buf);
	ld->text = fixed;
	return fixed == NULL ? -1 : 0;
}

/* Repair buf (malloc'd, room for len + 1 bytes), which ld then owns. */
static int
load_fix(const char *path, char *buf, size_t len, struct loaded *ld)
{
	memset(ld, 0, sizeof(*ld));
	if (load_has_bom(buf, len)) {
		memmove(buf, buf + 3, len - 3);
		len -= 3;
		ld->had_bom = true;
	}
	if (load_utf8(path, buf, len, ld) == -1) {
		memset(ld, 0, sizeof(*ld));
		return -1;
	}
	ld->len = load_eol(ld->text, ld->len, ld);
	ld->text[ld->len] = '\0';
	return 0;
}

int
load_bytes(const char *path, const char *buf, size_t len, struct loaded *ld)
{
	char	*copy;

	memset(ld, 0, sizeof(*ld));
	if (load_reject(path, buf, len) == -1)
		return -1;
	copy = xmalloc(len + 1);
	memcpy(copy, buf, len);
	return load_fix(path, copy, len, ld);
}

/* True once the bytes read so far are known to be refused anyway. */
static bool
load_stop(const char *buf, size_t old, size_t len)
{
	return memchr(buf + old, '\0', len - old) != NULL ||
	    load_magic_of(buf, len) != NULL || load_utf16_of(buf, len) != NULL;
}

/*
 * Wait for a pipe, FIFO or terminal to have input, as cat(1) does:
 * without end (Ctrl-C interrupts), saying once on a terminal stderr
 * what is awaited when nothing came for LOAD_WAIT_NOTE seconds.
 */
static void
load_await(const char *path, int fd, bool *noted)
{
	struct pollfd	pfd;
	int		n;

	pfd.fd = fd;
	pfd.events = POLLIN;
	for (;;) {
		n = poll(&pfd, 1, *noted ? -1 : LOAD_WAIT_NOTE * 1000);
		if (n == -1 && errno == EINTR)
			continue;
		if (n != 0)
			return;		/* input, end of file, or an error */
		*noted = true;
		if (isatty(STDERR_FILENO))
			qc_msg(MSG_WAITING, path, 0, 0, "Ctrl-C stops");
	}
}

/*
 * Read fd to its end, or to LOAD_MAX_BYTES + 1 bytes, or until it is
 * seen to be binary.  A file that shrinks or grows meanwhile is read as
 * it is found; a stream (not a regular file) is awaited.
 */
static int
load_read(const char *path, int fd, size_t size, bool stream, char **bufp,
    size_t *lenp)
{
	char	*buf;
	size_t	 len = 0, cap = size + 1;
	ssize_t	 r;
	bool	 noted = false;

	buf = xmalloc(cap);
	for (;;) {
		if (len == cap) {
			cap = cap > LOAD_MAX_BYTES / 2 ? LOAD_MAX_BYTES + 1 :
			    cap * 2;
			buf = xreallocarray(buf, cap, 1);
		}
		if (stream)
			load_await(path, fd, &noted);
		if ((r = read(fd, buf + len, cap - len)) == -1) {
			if (errno == EINTR)
				continue;
			qc_msg(MSG_READ, path, 0, 0, "%s", strerror(errno));
			free(buf);
			return -1;
		}
		if (r == 0 || load_stop(buf, len, len + r)) {
			len += r;
			if (len == cap)
				buf = xreallocarray(buf, len + 1, 1);
			break;
		}
		if ((len += r) > LOAD_MAX_BYTES) {
			qc_msg(MSG_TOO_LARGE, path, 0, 0,
			    "stopped reading after %zu MiB", LOAD_MAX_BYTES >> 20);
			free(buf);
			return -1;
		}
	}
	*bufp = buf;
	*lenp = len;
	return 0;
}

/* Refuse what cannot be a document on fd before reading it. */
static int
load_check_fd(const char *path, int fd, size_t *sizep, bool *stream)
{
	struct stat	st;

	if (fstat(fd, &st) == -1) {
		qc_msg(MSG_READ, path, 0, 0, "%s", strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		qc_msg(MSG_IS_DIR, path, 0, 0, NULL);
		return -1;
	}
	*sizep = LOAD_CHUNK - 1;
	*stream = !S_ISREG(st.st_mode) && !S_ISBLK(st.st_mode);
	if (S_ISREG(st.st_mode)) {
		if ((uintmax_t)st.st_size > LOAD_MAX_BYTES) {
			qc_msg(MSG_TOO_LARGE, path, 0, 0,
			    "%jd bytes; the limit is %zu MiB",
			    (intmax_t)st.st_size, LOAD_MAX_BYTES >> 20);
			return -1;
		}
		*sizep = st.st_size;
	}
	return 0;
}

/* Open path and refuse what cannot be a document before reading it. */
static int
load_open(const char *path, size_t *sizep, bool *stream)
{
	int	fd;

	/*
	 * O_NONBLOCK so that a FIFO with no writer does not hang the open
	 * before load_await() can say so; it is cleared at once.
	 */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK)) == -1) {
		/* ENXIO: a socket, or a device with nothing behind it. */
		qc_msg(errno == ENXIO ? MSG_NOT_REGULAR : MSG_NO_FILE, path,
		    0, 0, "%s", strerror(errno));
		return -1;
	}
	if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) == -1) {
		qc_msg(MSG_READ, path, 0, 0, "%s", strerror(errno));
		close(fd);
		return -1;
	}
	if (load_check_fd(path, fd, sizep, stream) == -1) {
		close(fd);
		return -1;
	}
	return fd;
}

/* Standard input for "-": once only, for one of the two files. */
static int
load_stdin(const char *path, size_t *sizep, bool *stream)
{
	static bool	used;

	if (used) {
		qc_msg(MSG_USAGE, path, 0, 0, "standard input can be read for "
		    "one file only");
		return -1;
	}
	used = true;
	if (load_check_fd(path, STDIN_FILENO, sizep, stream) == -1)
		return -1;
	return STDIN_FILENO;
}

int
load_file(const char *path, struct loaded *ld)
{
	char	*buf;
	size_t	 size, len;
	int	 fd, rv;
	bool	 stream;

	memset(ld, 0, sizeof(*ld));
	fd = strcmp(path, "-") == 0 ? load_stdin(path, &size, &stream) :
	    load_open(path, &size, &stream);
	if (fd == -1)
		return -1;
	rv = load_read(path, fd, size, stream, &buf, &len);
	if (fd != STDIN_FILENO)
		close(fd);
	if (rv == -1)
		return -1;
	if (load_reject(path, buf, len) == -1) {
		free(buf);
		return -1;
	}
	return load_fix(path, buf, len, ld);
}
