#!/bin/sh
# encodings.sh — a report or statement saved in a legacy single-byte
# encoding (Windows-1252, ISO-8859-1, Windows-1251, KOI8-R) is refused
# with exit 2 and a message naming the encoding and --encoding, never
# judged as if its marks were not there; --encoding=NAME reads it; a
# file with repaired invalid UTF-8 never exits 0; CR, NEL, U+2028 and
# U+2029 end lines as LF does.  (Issue 15 items 6 and 7.)
. "${QC_SRCDIR:-$(dirname "$0")/../..}/tests/safety/lib.sh"

# A pair of our own: English, and Russian for the Cyrillic encodings.
cat >"$T/en.statement" <<'TXT'
Statement by the Harbour Authority on the winter timetable
November 3, 2021

The Authority sets out the following measures.

1. To keep the northern berth open through the winter months.
2. To publish the revised ferry timetable every Friday.
TXT
cat >"$T/ru.statement" <<'TXT'
Заявление управления порта о зимнем расписании
3 ноября 2021 года

Управление предлагает следующие меры.

1. Сохранить северный причал открытым в зимние месяцы.
2. Публиковать новое расписание паромов каждую пятницу.
TXT
mk "$T/en.report.txt" "'''Port keeps its berth open

HARBOUR CITY, November 3 (Harbour Post) - The Authority said it would \u201ckeep the northern berth open through the winter months\u201d and added that caf\u00e9 owners na\u00efvely expected \u201cfree mooring for every boat\u201d \u2014 a claim it denied.
'''.encode()"
mk "$T/ru.report.txt" "'''Порт оставит причал открытым

ПОРТОВЫЙ ГОРОД, 3 ноября. Управление заявило, что намерено \"сохранить северный причал открытым в зимние месяцы\" и \"бесплатно принимать каждую лодку\".
'''.encode()"

# case_legacy ENCODING LANG PYCODEC: the report in that encoding.
case_legacy() {
	mk "$T/rep.$1" "open('$T/$2.report.txt', encoding='utf-8').read()$4.encode('$3')"
	begin "$1 report: refused, the encoding and the option named"
	qc --check "$T/$2.statement" "$T/rep.$1"
	expect_error "$T/rep.$1" "not UTF-8.*looks like $1.*--encoding=$1"
	grep -qE "^quotecheck: $T/rep.$1:[0-9]+:[0-9]+: error" "$T/err" ||
	    fail "the message gives no line and column"
	end

	begin "$1 report with --encoding=$1: read and judged"
	qc --check --format=json --encoding="$1" "$T/$2.statement" "$T/rep.$1"
	expect_rc 1
	expect_no_error
	expect_json "$T/out" 'j["summary"]["exact"] == 1 and j["summary"]["not_found"] == 1'
	end

	begin "$1 statement: refused too"
	mk "$T/st.$1" "open('$T/$2.statement', encoding='utf-8').read().encode('$3')"
	mk "$T/rep.utf8" "open('$T/$2.report.txt', encoding='utf-8').read()$4.encode()"
	qc --check "$T/st.$1" "$T/rep.utf8"
	if [ "$2" = en ]; then
		# The English statement is ASCII: valid UTF-8 in any of them.
		expect_rc 1
	else
		expect_error "$T/st.$1" "looks like $1"
	fi
	end
}

case_legacy Windows-1252 en cp1252 ""
# Latin-1 has no curly marks: straight ones and a hyphen instead.
case_legacy ISO-8859-1 en latin-1 ".replace('\u201c', '\"').replace('\u201d', '\"').replace('\u2014', '-')"
case_legacy Windows-1251 ru cp1251 ""
case_legacy KOI8-R ru koi8-r ""

begin "--encoding with a name iconv does not know: usage error"
qc --check --encoding=no-such-charset "$T/en.statement" "$T/en.report.txt"
expect_error "" "encoding"
end

begin "--encoding leaves a UTF-8 file as it is"
qc --check --format=json --encoding=KOI8-R "$T/en.statement" "$T/en.report.txt"
expect_rc 1
expect_json "$T/out" 'j["summary"]["exact"] == 1 and "caf\u00e9" in open("'"$T/en.report.txt"'", encoding="utf-8").read()'
end

# A quotation that is exact, in a report with one repaired byte: the
# byte might have hidden a difference, so no all-clear.
mk "$T/rep.bad" "b'''Port keeps its berth open

HARBOUR CITY, November 3. The Authority said it would \"keep the northern berth open through the winter months\". \xff
'''"
begin "repaired invalid UTF-8: exit 1 although every quotation is exact"
qc --check "$T/en.statement" "$T/rep.bad"
expect_rc 1
expect_warning "$T/rep.bad:3:" "invalid UTF-8"
grep -q '1 exact, 0 altered, 0 not found' "$T/out" ||
    fail "the quotation is not judged exact"
end

# Line ends: the statement with each kind has the title and proposals
# it has with LF.
case_eol() {
	mk "$T/st.$1" "open('$T/en.statement', encoding='utf-8').read()$2.encode()"
	begin "statement with $1 line ends: title, date and two proposals"
	qc --check --format=json "$T/st.$1" "$T/en.report.txt"
	expect_rc 1
	expect_no_error
	expect_json "$T/out" 'j["statement"]["title"].startswith("Statement by the Harbour") and len(j["statement"]["proposals"]) == 2 and j["summary"]["exact"] == 1'
	end
}
case_eol LF ""
case_eol CR ".replace('\n', '\r')"
case_eol CRLF ".replace('\n', '\r\n')"
case_eol NEL ".replace('\n', '\x85')"
case_eol U+2028 ".replace('\n', '\u2028')"
case_eol U+2029 ".replace('\n\n', '\u2029').replace('\n', '\u2028')"

finish
