/* test_load.c — reading documents: refusals, repair, files and devices. */
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>
#include <unistr.h>

#include "load.h"
#include "msg.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static char	 stderr_text[4096];
static char	 tmpdir[64];

/* Run load_bytes (path NULL) or load_file with stderr captured. */
static int
load_captured(const char *path, const char *buf, size_t len,
    struct loaded *ld)
{
	FILE	*tmp = tmpfile();
	size_t	 n;
	int	 saved, rv;

	assert_non_null(tmp);
	fflush(stderr);
	saved = dup(2);
	dup2(fileno(tmp), 2);
	if (path == NULL)
		rv = load_bytes("doc.txt", buf, len, ld);
	else
		rv = load_file(path, ld);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(tmp);
	n = fread(stderr_text, 1, sizeof(stderr_text) - 1, tmp);
	stderr_text[n] = '\0';
	fclose(tmp);
	return rv;
}

/* Loading must fail with a message holding each of the words given. */
static void
assert_refused(const char *path, const char *buf, size_t len,
    const char *want)
{
	struct loaded	ld;

	msg_reset();
	assert_int_equal(load_captured(path, buf, len, &ld), -1);
	assert_null(ld.text);
	assert_int_equal(msg_worst(), MSG_ERROR);
	if (strstr(stderr_text, want) == NULL)
		fail_msg("message \"%s\" lacks \"%s\"", stderr_text, want);
	assert_non_null(strchr(stderr_text, '\n'));
	assert_ptr_equal(strchr(stderr_text, '\n') + 1,
	    stderr_text + strlen(stderr_text));
}

/* Loading buf must give want (wantlen bytes) and ninvalid. */
static struct loaded
assert_loads(const char *buf, size_t len, const char *want, size_t wantlen,
    size_t ninvalid)
{
	struct loaded	ld;

	msg_reset();
	assert_int_equal(load_captured(NULL, buf, len, &ld), 0);
	/* A repair is said once, a clean load not at all. */
	if (ninvalid == 0) {
		assert_string_equal(stderr_text, "");
		assert_int_equal(msg_worst(), MSG_OK);
	} else {
		assert_non_null(strstr(stderr_text,
		    "warning: invalid UTF-8 replaced by U+FFFD"));
		assert_int_equal(msg_worst(), MSG_WARNING);
	}
	assert_int_equal(ld.len, wantlen);
	assert_memory_equal(ld.text, want, wantlen);
	assert_int_equal(ld.text[ld.len], '\0');
	assert_int_equal(ld.ninvalid, ninvalid);
	assert_null(u8_check((const uint8_t *)ld.text, ld.len));
	return ld;
}

static void
test_plain(void **state)
{
	struct loaded	ld;

	(void)state;
	ld = assert_loads(u8"Caf\u00E9 \u4E2D\n", 10, u8"Caf\u00E9 \u4E2D\n",
	    10, 0);
	assert_false(ld.had_bom);
	assert_false(ld.had_crlf);
	free(ld.text);
	/* A real U+FFFD in the input is valid and not counted. */
	ld = assert_loads(u8"a\uFFFDb", 5, u8"a\uFFFDb", 5, 0);
	free(ld.text);
}

static void
test_bom(void **state)
{
	struct loaded	ld;

	(void)state;
	ld = assert_loads("\xEF\xBB\xBFhello\n", 9, "hello\n", 6, 0);
	assert_true(ld.had_bom);
	free(ld.text);
	/* Only the first is a byte-order mark; a second one is text. */
	ld = assert_loads("\xEF\xBB\xBF\xEF\xBB\xBFx", 7, "\xEF\xBB\xBFx", 4, 0);
	free(ld.text);
}

static void
test_crlf(void **state)
{
	struct loaded	ld;

	(void)state;
	ld = assert_loads("a\r\nb\r\n", 6, "a\nb\n", 4, 0);
	assert_true(ld.had_crlf);
	free(ld.text);
	/* A CR alone is a line end too (old Mac files). */
	ld = assert_loads("a\rb\r\n\r", 6, "a\nb\n\n", 5, 0);
	assert_true(ld.had_crlf);
	assert_true(ld.had_cr);
	free(ld.text);
	ld = assert_loads("a\rb\r", 4, "a\nb\n", 4, 0);
	assert_false(ld.had_crlf);
	assert_true(ld.had_cr);
	assert_false(ld.had_uni_eol);
	free(ld.text);
	ld = assert_loads("\xEF\xBB\xBF\r\nx\xFF\r\n", 9,
	    "\nx\xEF\xBF\xBD\n", 6, 1);
	assert_true(ld.had_bom);
	assert_true(ld.had_crlf);
	free(ld.text);
}

static void
test_invalid(void **state)
{
	static const struct {
		const char	*in;
		const char	*out;
		size_t		 ninvalid;
	} t[] = {
		/*
		 * Stray, overlong, surrogate, above U+10FFFF, cut short;
		 * in UTF-8 text (the e-acute): damage, not Latin-1.
		 */
		{ "a\x80\xBF" "b", u8"a\uFFFD\uFFFDb", 2 },	/* stray */
		{ u8"\u00E9a\xC0\xAF" "b", u8"\u00E9a\uFFFD\uFFFDb", 2 },
		{ u8"\u00E9a\xED\xA0\x80" "b", u8"\u00E9a\uFFFDb", 1 },
		{ u8"\u00E9a\xF4\x90\x80\x80" "b", u8"\u00E9a\uFFFDb", 1 },
		{ u8"\u00E9ab\xE2\x82", u8"\u00E9ab\uFFFD", 1 },
		{ "\xFF", u8"\uFFFD", 1 },
		{ u8"\u00E9\xFE\u4E2D\xC3", u8"\u00E9\uFFFD\u4E2D\uFFFD", 2 },
	};
	struct loaded	ld;
	size_t		i;

	(void)state;
	for (i = 0; i < NELEM(t); i++) {
		ld = assert_loads(t[i].in, strlen(t[i].in), t[i].out,
		    strlen(t[i].out), t[i].ninvalid);
		free(ld.text);
	}
}

static void
test_utf16(void **state)
{
	(void)state;
	assert_refused(NULL, "\xFF\xFEh\0i\0", 6,
	    "not UTF-8: UTF-16LE text (byte-order mark FF FE); "
	    "convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8");
	assert_refused(NULL, "\xFE\xFF\0h\0i", 6,
	    "UTF-16BE text (byte-order mark FE FF)");
	assert_refused(NULL, "\xFF\xFE\0\0h\0\0\0", 8, "UTF-32LE");
	assert_refused(NULL, "\0\0\xFE\xFF\0\0\0h", 8, "UTF-32BE");
	assert_refused(NULL, "h\0e\0l\0l\0o\0\n\0", 12,
	    "UTF-16LE text without a byte-order mark");
	assert_refused(NULL, "\0h\0e\0l\0l\0o", 10, "UTF-16BE");
}

static void
test_binary(void **state)
{
	(void)state;
	assert_refused(NULL, "hello, world\0x", 14,
	    "doc.txt:1:13: error: binary file: contains NUL bytes at byte 12");
	assert_refused(NULL, "\x7f" "ELF\x02\x01\x01\0\0\0", 10,
	    "binary file: ELF executable");
	assert_refused(NULL, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, "PNG image");
	assert_refused(NULL, "\x1f\x8b\x08\x08", 4, "gzip");
	assert_refused(NULL, "%PDF-1.7\n", 9, "PDF document");
	assert_refused(NULL, "PK\x03\x04\x14\x00", 6, "zip archive");
}

static void
test_empty_blank(void **state)
{
	struct loaded	ld;

	(void)state;
	assert_refused(NULL, "", 0, "doc.txt: error: empty file");
	assert_refused(NULL, "\xEF\xBB\xBF", 3, "empty file");
	assert_refused(NULL, " \n\t\r\n\f", 6, "contains only white space");
	assert_refused(NULL, u8"\u00A0\u3000\n", 6, "only white space");
	ld = assert_loads(" x ", 3, " x ", 3, 0);
	free(ld.text);
	/* An invalid byte is shown as U+FFFD, so it is not blank. */
	ld = assert_loads(" \x80 ", 3, u8" \uFFFD ", 5, 1);
	free(ld.text);
}

/* Write n bytes of s to a new file in tmpdir; its path is returned. */
static const char *
write_file(const char *name, const char *s, size_t n)
{
	static char	path[128];
	FILE		*f;

	snprintf(path, sizeof(path), "%s/%s", tmpdir, name);
	assert_non_null(f = fopen(path, "wb"));
	assert_int_equal(fwrite(s, 1, n, f), n);
	assert_int_equal(fclose(f), 0);
	return path;
}

static void
test_file(void **state)
{
	struct loaded	 ld;
	const char	*path;
	char		*big;
	size_t		 i, n = 3 << 20;

	(void)state;
	path = write_file("crlf.txt", "\xEF\xBB\xBFone\r\ntwo\r\n", 13);
	assert_int_equal(load_captured(path, NULL, 0, &ld), 0);
	assert_string_equal(ld.text, "one\ntwo\n");
	assert_true(ld.had_bom && ld.had_crlf);
	free(ld.text);

	big = malloc(n);
	for (i = 0; i < n; i++)
		big[i] = i % 64 == 63 ? '\n' : 'a' + i % 26;
	path = write_file("big.txt", big, n);
	assert_int_equal(load_captured(path, NULL, 0, &ld), 0);
	assert_int_equal(ld.len, n);
	assert_memory_equal(ld.text, big, n);
	free(ld.text);
	free(big);

	path = write_file("elf", "\x7f" "ELF\x02\x01\x01", 7);
	assert_refused(path, NULL, 0, "elf: error: binary file: ELF executable");
	path = write_file("empty.txt", "", 0);
	assert_refused(path, NULL, 0, "empty.txt: error: empty file");
}

static void
test_missing_and_dir(void **state)
{
	char	path[128];

	(void)state;
	snprintf(path, sizeof(path), "%s/no-such-file", tmpdir);
	assert_refused(path, NULL, 0,
	    "no-such-file: error: cannot open: No such file or directory");
	assert_refused(tmpdir, NULL, 0, ": error: is a directory");
}

static void
test_unreadable(void **state)
{
	const char	*path;

	(void)state;
	path = write_file("secret.txt", "text\n", 5);
	assert_int_equal(chmod(path, 0), 0);
	/* Root reads it all the same. */
	if (geteuid() == 0)
		skip();
	assert_refused(path, NULL, 0, "cannot open: Permission denied");
}

/* Devices: /dev/zero is refused after one read, /dev/null is empty. */
static void
test_devices(void **state)
{
	struct timespec	t0, t1;
	double		secs;

	(void)state;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_refused("/dev/zero", NULL, 0,
	    "/dev/zero:1:1: error: binary file: contains NUL bytes at byte 0");
	clock_gettime(CLOCK_MONOTONIC, &t1);
	secs = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	assert_true(secs < 5);
	assert_refused("/dev/null", NULL, 0, "/dev/null: error: empty file");
}

/* A FIFO is read to its end over many reads. */
static void
test_fifo(void **state)
{
	struct loaded	 ld;
	char		 path[128], line[] = "0123456789abcdef\r\n";
	size_t		 i, count = 200000;
	pid_t		 pid;
	int		 fd, status;

	(void)state;
	snprintf(path, sizeof(path), "%s/fifo", tmpdir);
	assert_int_equal(mkfifo(path, 0600), 0);
	if ((pid = fork()) == 0) {
		fd = open(path, O_WRONLY);
		for (i = 0; i < count; i++)
			if (write(fd, line, sizeof(line) - 1) == -1)
				_exit(1);
		_exit(0);
	}
	assert_int_equal(load_captured(path, NULL, 0, &ld), 0);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	assert_int_equal(ld.len, count * 17);
	assert_true(ld.had_crlf);
	assert_memory_equal(ld.text + ld.len - 17, "0123456789abcdef\n", 17);
	free(ld.text);
	unlink(path);
}

/* A socket cannot be opened as a file. */
static void
test_socket(void **state)
{
	struct sockaddr_un	addr;
	int			fd;

	(void)state;
	memset(&addr, 0, sizeof(addr));
	addr.sun_family = AF_UNIX;
	snprintf(addr.sun_path, sizeof(addr.sun_path), "%s/sock", tmpdir);
	assert_true((fd = socket(AF_UNIX, SOCK_STREAM, 0)) != -1);
	assert_int_equal(bind(fd, (struct sockaddr *)&addr, sizeof(addr)), 0);
	assert_refused(addr.sun_path, NULL, 0,
	    "sock: error: not a regular file: No such device or address");
	close(fd);
	unlink(addr.sun_path);
}

/* Over the cap: refused from its size alone, without reading. */
static void
test_too_large(void **state)
{
	char	path[128];
	int	fd;

	(void)state;
	snprintf(path, sizeof(path), "%s/huge.txt", tmpdir);
	assert_true((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600)) != -1);
	if (ftruncate(fd, (off_t)LOAD_MAX_BYTES + 1) == -1) {
		close(fd);
		skip();
	}
	close(fd);
	assert_refused(path, NULL, 0, "file too large: 268435457 bytes; "
	    "the limit is 256 MiB");
	unlink(path);
}

/* Files whose size is not what fstat says: read what is there. */
static void
test_size_mismatch(void **state)
{
	struct loaded	ld;
	struct stat	st;

	(void)state;
	/* /proc claims 0 bytes and has more. */
	if (access("/proc/self/status", R_OK) == -1)
		skip();
	assert_int_equal(load_captured("/proc/self/status", NULL, 0, &ld), 0);
	assert_true(ld.len > 0);
	assert_non_null(strstr(ld.text, "Name:"));
	free(ld.text);
	/* sysfs claims 4096 bytes and has fewer, as a file cut short. */
	if (stat("/sys/devices/system/cpu/online", &st) == -1)
		skip();
	assert_int_equal(load_captured("/sys/devices/system/cpu/online",
	    NULL, 0, &ld), 0);
	assert_true(ld.len > 0 && ld.len < (size_t)st.st_size);
	assert_int_equal(ld.text[ld.len - 1], '\n');
	assert_int_equal(strlen(ld.text), ld.len);
	free(ld.text);
}

/* NEL, U+2028 and U+2029 end lines as LF does; U+2029 ends a paragraph. */
static void
test_unicode_eol(void **state)
{
	struct loaded	ld;

	(void)state;
	ld = assert_loads("Title\xC2\x85" u8"Date\u2029First. x\u2028y", 26,
	    "Title\nDate\n\nFirst. x\ny", 22, 0);
	assert_true(ld.had_uni_eol);
	assert_false(ld.had_cr || ld.had_crlf);
	free(ld.text);
	/* Other C2 and E2 80 sequences are text. */
	ld = assert_loads(u8"\u00A0\u2019\u201C", 8, u8"\u00A0\u2019\u201C", 8,
	    0);
	assert_false(ld.had_uni_eol);
	free(ld.text);
}

/* The warning for invalid UTF-8 says where the first bad byte is. */
static void
test_invalid_position(void **state)
{
	struct loaded	ld;

	(void)state;
	ld = assert_loads(u8"\u00E9\nab\xFF" "c\xFE\n", 9,
	    u8"\u00E9\nab\uFFFDc\uFFFD\n", 13, 2);
	assert_non_null(strstr(stderr_text, "doc.txt:2:3: warning: invalid "
	    "UTF-8 replaced by U+FFFD: 2 sequences"));
	free(ld.text);
}

/* Legacy single-byte text is refused, naming the encoding and option. */
static void
test_legacy(void **state)
{
	static const struct {
		const char	*in, *want;
	} t[] = {
		{ "He said: \x93to restore the dialogue\x94.\n",
		    "doc.txt:1:10: error: not UTF-8: byte 0x93; it looks like "
		    "Windows-1252: read it with --encoding=Windows-1252" },
		{ "Caf\xE9 na\xEFve, d\xE9j\xE0 vu.\n",
		    "doc.txt:1:4: error: not UTF-8: byte 0xE9; it looks like "
		    "ISO-8859-1" },
		/* "Zayavlenie ministerstva" in Windows-1251, then KOI8-R. */
		{ "\xC7\xE0\xFF\xE2\xEB\xE5\xED\xE8\xE5 \xEC\xE8\xED\xE8\xF1"
		    "\xF2\xE5\xF0\xF1\xF2\xE2\xE0\n", "--encoding=Windows-1251" },
		{ "\xFA\xC1\xD1\xD7\xCC\xC5\xCE\xC9\xC5 \xCD\xC9\xCE\xC9\xD3"
		    "\xD4\xC5\xD2\xD3\xD4\xD7\xC1\n", "--encoding=KOI8-R" },
	};
	size_t	i;

	(void)state;
	for (i = 0; i < NELEM(t); i++)
		assert_refused(NULL, t[i].in, strlen(t[i].in), t[i].want);
}

/* --encoding converts what is not UTF-8 and leaves UTF-8 alone. */
static void
test_encoding(void **state)
{
	struct loaded	ld;
	const char	*cp1252 = "\x93" "caf\xE9\x94\r\n";
	const char	*koi8 = "\xFA\xC1\xD1\xD7\xCC\xC5\xCE\xC9\xC5\n";

	(void)state;
	assert_int_equal(load_set_encoding("windows-1252"), 0);
	assert_int_equal(load_bytes("r.txt", cp1252, strlen(cp1252), &ld), 0);
	assert_string_equal(ld.text, u8"\u201Ccaf\u00E9\u201D\n");
	assert_string_equal(ld.encoding, "windows-1252");
	free(ld.text);
	ld = assert_loads(u8"caf\u00E9\n", 6, u8"caf\u00E9\n", 6, 0);
	assert_null(ld.encoding);
	free(ld.text);
	assert_int_equal(load_set_encoding("KOI8-R"), 0);
	assert_int_equal(load_bytes("r.txt", koi8, strlen(koi8), &ld), 0);
	assert_string_equal(ld.text, u8"\u0417\u0430\u044F\u0432\u043B\u0435"
	    "\u043D\u0438\u0435\n");
	free(ld.text);
	/* Bytes the named encoding does not have: refused, not guessed. */
	assert_int_equal(load_set_encoding("ASCII"), 0);
	assert_refused(NULL, cp1252, strlen(cp1252),
	    "doc.txt: error: cannot convert: from ASCII");
	msg_reset();
	assert_int_equal(load_captured(NULL, NULL, 0, &ld), -1);
	assert_int_equal(load_set_encoding(NULL), 0);
	assert_refused(NULL, cp1252, strlen(cp1252), "Windows-1252");
}

static void
test_encoding_unknown(void **state)
{
	FILE	*saved = stderr;

	(void)state;
	stderr = fopen("/dev/null", "w");
	msg_reset();
	assert_int_equal(load_set_encoding("no-such-encoding-x"), -1);
	fclose(stderr);
	stderr = saved;
	assert_int_equal(msg_worst(), MSG_ERROR);
	assert_int_equal(load_set_encoding("UTF-8"), 0);
}

/*
 * A FIFO whose writer comes late, writes, stalls and writes again is
 * read to the end, as cat(1) reads it.
 */
static void
test_fifo_stall(void **state)
{
	struct loaded	 ld;
	char		 path[128];
	pid_t		 pid;
	int		 fd, status;

	(void)state;
	snprintf(path, sizeof(path), "%s/fifo", tmpdir);
	assert_int_equal(mkfifo(path, 0600), 0);
	if ((pid = fork()) == 0) {
		usleep(300000);
		fd = open(path, O_WRONLY);
		if (write(fd, "first ", 6) != 6)
			_exit(1);
		usleep(1200000);
		if (write(fd, "second\n", 7) != 7)
			_exit(1);
		_exit(0);
	}
	assert_int_equal(load_captured(path, NULL, 0, &ld), 0);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	assert_string_equal(ld.text, "first second\n");
	free(ld.text);
	unlink(path);
}

static int
setup(void **state)
{
	(void)state;
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/test_load.XXXXXX");
	return mkdtemp(tmpdir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	static const char *const names[] = {
		"crlf.txt", "big.txt", "elf", "empty.txt", "secret.txt",
		"fifo", "huge.txt", "sock",
	};
	char	path[128];
	size_t	i;

	(void)state;
	for (i = 0; i < NELEM(names); i++) {
		snprintf(path, sizeof(path), "%s/%s", tmpdir, names[i]);
		unlink(path);
	}
	return rmdir(tmpdir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain),
		cmocka_unit_test(test_bom),
		cmocka_unit_test(test_crlf),
		cmocka_unit_test(test_invalid),
		cmocka_unit_test(test_utf16),
		cmocka_unit_test(test_binary),
		cmocka_unit_test(test_empty_blank),
		cmocka_unit_test(test_file),
		cmocka_unit_test(test_missing_and_dir),
		cmocka_unit_test(test_unreadable),
		cmocka_unit_test(test_devices),
		cmocka_unit_test(test_fifo),
		cmocka_unit_test(test_socket),
		cmocka_unit_test(test_too_large),
		cmocka_unit_test(test_size_mismatch),
		cmocka_unit_test(test_unicode_eol),
		cmocka_unit_test(test_invalid_position),
		cmocka_unit_test(test_legacy),
		cmocka_unit_test(test_encoding),
		cmocka_unit_test(test_encoding_unknown),
		cmocka_unit_test(test_fifo_stall),
	};

	signal(SIGPIPE, SIG_IGN);
	return cmocka_run_group_tests(tests, setup, teardown);
}
