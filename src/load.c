/*
 * load.c — read a document and make it safe to work on.
 *
 * Refusals come first, cheapest first: empty, UTF-16/32, a known binary
 * signature, NUL bytes, white space only.  Reading stops as soon as the
 * bytes read are seen to be binary, so a device such as /dev/zero is
 * refused after one read instead of filling memory up to the cap.
 *
 * Then the repair, in place where it can be: the UTF-8 byte-order mark
 * is dropped, invalid UTF-8 becomes U+FFFD (one per ill-formed sequence,
 * as u8_mbtouc() measures it), CRLF becomes LF.  Valid input, the usual
 * case, costs one u8_check() and one scan for CR.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unictype.h>
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

/* Refuse what is not a text document; 0 if buf may be repaired. */
static int
load_reject(const char *path, const char *buf, size_t len)
{
	const char	*why, *nul;
	size_t		 skip;

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
		qc_msg(MSG_BINARY, path, 0, 0, "contains NUL bytes at byte %zu",
		    (size_t)(nul - buf));
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

/* CRLF to LF in place; a lone CR stays.  Returns the new length. */
static size_t
load_crlf(char *buf, size_t len, bool *had_crlf)
{
	char	*cr;
	size_t	 i, j;

	if ((cr = memchr(buf, '\r', len)) == NULL)
		return len;
	for (i = j = cr - buf; i < len; i++) {
		if (buf[i] == '\r' && i + 1 < len && buf[i + 1] == '\n') {
			*had_crlf = true;
			continue;
		}
		buf[j++] = buf[i];
	}
	return j;
}

/* Repair buf (malloc'd, room for len + 1 bytes), which ld then owns. */
static void
load_fix(char *buf, size_t len, struct loaded *ld)
{
	char	*fixed;

	memset(ld, 0, sizeof(*ld));
	if (load_has_bom(buf, len)) {
		memmove(buf, buf + 3, len - 3);
		len -= 3;
		ld->had_bom = true;
	}
	if (u8_check((const uint8_t *)buf, len) != NULL) {
		fixed = load_repair(buf, len, &len, &ld->ninvalid);
		free(buf);
		buf = fixed;
	}
	len = load_crlf(buf, len, &ld->had_crlf);
	buf[len] = '\0';
	ld->text = buf;
	ld->len = len;
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
	load_fix(copy, len, ld);
	return 0;
}

/* True once the bytes read so far are known to be refused anyway. */
static bool
load_stop(const char *buf, size_t old, size_t len)
{
	return memchr(buf + old, '\0', len - old) != NULL ||
	    load_magic_of(buf, len) != NULL || load_utf16_of(buf, len) != NULL;
}

/*
 * Read fd to its end, or to LOAD_MAX_BYTES + 1 bytes, or until it is
 * seen to be binary.  A file that shrinks or grows meanwhile is read as
 * it is found.
 */
static int
load_read(const char *path, int fd, size_t size, char **bufp, size_t *lenp)
{
	char	*buf;
	size_t	 len = 0, cap = size + 1;
	ssize_t	 r;

	buf = xmalloc(cap);
	for (;;) {
		if (len == cap) {
			cap = cap > LOAD_MAX_BYTES / 2 ? LOAD_MAX_BYTES + 1 :
			    cap * 2;
			buf = xreallocarray(buf, cap, 1);
		}
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

/*
 * A FIFO opened without blocking may have no writer yet: give one a
 * few seconds to come and write, rather than hanging like cat(1).
 */
static int
load_wait_writer(const char *path, int fd)
{
	struct stat	st;
	struct pollfd	pfd;
	int		n;

	if (fstat(fd, &st) == -1 || !S_ISFIFO(st.st_mode))
		return 0;
	pfd.fd = fd;
	pfd.events = POLLIN;
	while ((n = poll(&pfd, 1, LOAD_FIFO_WAIT * 1000)) == -1 &&
	    errno == EINTR)
		continue;
	if (n == 0) {
		qc_msg(MSG_READ, path, 0, 0,
		    "nothing written to the FIFO in %d seconds", LOAD_FIFO_WAIT);
		return -1;
	}
	return 0;
}

/* Open path and refuse what cannot be a document before reading it. */
static int
load_open(const char *path, size_t *sizep)
{
	struct stat	st;
	int		fd;

	/*
	 * O_NONBLOCK so that a FIFO with no writer does not hang the open;
	 * it is cleared at once, so reads block as usual (a FIFO whose
	 * writer never came reads as empty).
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
	if (load_wait_writer(path, fd) == -1) {
		close(fd);
		return -1;
	}
	if (fstat(fd, &st) == -1) {
		qc_msg(MSG_READ, path, 0, 0, "%s", strerror(errno));
		close(fd);
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		qc_msg(MSG_IS_DIR, path, 0, 0, NULL);
		close(fd);
		return -1;
	}
	*sizep = LOAD_CHUNK - 1;
	if (S_ISREG(st.st_mode)) {
		if ((uintmax_t)st.st_size > LOAD_MAX_BYTES) {
			qc_msg(MSG_TOO_LARGE, path, 0, 0,
			    "%jd bytes; the limit is %zu MiB",
			    (intmax_t)st.st_size, LOAD_MAX_BYTES >> 20);
			close(fd);
			return -1;
		}
		*sizep = st.st_size;
	}
	return fd;
}

int
load_file(const char *path, struct loaded *ld)
{
	char	*buf;
	size_t	 size, len;
	int	 fd, rv;

	memset(ld, 0, sizeof(*ld));
	if ((fd = load_open(path, &size)) == -1)
		return -1;
	rv = load_read(path, fd, size, &buf, &len);
	close(fd);
	if (rv == -1)
		return -1;
	if (load_reject(path, buf, len) == -1) {
		free(buf);
		return -1;
	}
	load_fix(buf, len, ld);
	return 0;
}
