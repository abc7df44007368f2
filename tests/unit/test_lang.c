/*
 * test_lang.c — the language tables and what the parser makes of them:
 * every ordinal row numbers a proposal, every month row makes a date,
 * every weekday opens one, the datelines of each language's agencies,
 * Chinese numbering and dates, numbering past 99, sub-points, the
 * detected language, ё folded to е, and a Russian statement beside an
 * English report.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "datetime.h"
#include "doc.h"
#include "lang.h"
#include "lexicon.h"
#include "load.h"
#include "model.h"
#include "pipeline.h"
#include "quote.h"
#include "text.h"
#include "xmalloc.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static struct lexicon	*lex;

static void
parse(struct doc *d, enum doc_kind kind, const char *s)
{
	struct loaded	 ld;

	memset(&ld, 0, sizeof(ld));
	ld.text = xstrdup(s);
	ld.len = strlen(s);
	doc_parse(d, "test.txt", kind, &ld, lex);
}

/* Whether the paragraph text opening s is proposal number n of d. */
static void
assert_label(const struct doc *d, size_t i, int n, const char *label)
{
	assert_true(i < d->nprops);
	assert_int_equal(d->props[i].number, n);
	assert_int_equal(d->props[i].label.len, strlen(label));
	assert_memory_equal(d->text + d->props[i].label.off, label,
	    strlen(label));
}

/* A pair from memory through the pipeline; unload() frees both. */
static struct statement *test_st;

static int
load_mem(struct model *m, const char *st, const char *rp)
{
	if ((test_st = pipeline_statement("s.txt", st, strlen(st))) == NULL)
		return -1;
	return pipeline_check(m, test_st, "r.txt", rp, strlen(rp));
}

static void
unload(struct model *m)
{
	model_free(m);
	pipeline_statement_free(test_st);
	test_st = NULL;
}

/*
 * Every ordinal row, with the "," after it, numbers a proposal; a
 * statement of rows 1, 2, 3 of one language in a row has three.
 */
static void
test_ordinal_rows(void **state)
{
	const struct lang_row	*r;
	struct doc		 d;
	char			 buf[512], lab[LANG_WORD_MAX + 2];
	size_t			 nrows = 0;

	(void)state;
	for (r = lang_ordinals; r->word != NULL; r++, nrows++) {
		assert_true(r->value >= 1 && r->value <= 20);
		assert_int_equal(doc_ordinal(r->word), r->value);
		snprintf(lab, sizeof(lab), "%s,", r->word);
		assert_int_equal(doc_ordinal(lab), r->value);
		if (r->value != 1 || r[1].word == NULL || r[2].word == NULL ||
		    r[1].value != 2 || r[2].value != 3)
			continue;
		snprintf(buf, sizeof(buf), "Title\n\n%s, one thing to do.\n\n"
		    "%s, another thing to do.\n\n%s: a third thing.\n",
		    r[0].word, r[1].word, r[2].word);
		parse(&d, DOC_STATEMENT, buf);
		assert_int_equal(d.nprops, 3);
		snprintf(lab, sizeof(lab), "%s,", r[0].word);
		assert_label(&d, 0, 1, lab);
		doc_free(&d);
	}
	assert_true(nrows > 100);
}

/* Labels as written, with capitals, in each language. */
static void
test_ordinal_forms(void **state)
{
	static const struct {
		const char	*s;
		int		 n;
	} t[] = {
	    { "Во-первых,", 1 }, { "ВО-ВТОРЫХ,", 2 }, { "В-четвёртых,", 4 },
	    { "В-четвертых", 4 }, { "В-десятых,", 10 }, { "Первое.", 1 },
	    { "Четвёртое.", 4 }, { "Десятое.", 10 }, { "По-перше,", 1 },
	    { "По-п’яте,", 5 }, { "По-пʼяте", 5 }, { "По-п'яте", 5 },
	    { "Дев’яте.", 9 }, { "Premièrement,", 1 },
	    { "PREMIÈREMENT", 1 }, { "Dixièmement", 10 }, { "Erstens,", 1 },
	    { "Fünftens:", 5 }, { "En primer lugar,", 1 },
	    { "En décimo lugar", 10 }, { "Primero.", 1 }, { "Séptimo", 7 },
	    { "One.", 1 }, { "Ten.", 10 }, { "Twelve", 12 }, { "Firstly,", 1 },
	    { "Во-первыхх", 0 }, { "Premier", 0 }, { "Erster", 0 },
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < NELEM(t); i++)
		assert_int_equal(doc_ordinal(t[i].s), t[i].n);
}

/* Statements numbered in each style; proposals and labels. */
static void
test_numbering_styles(void **state)
{
	static const struct {
		const char	*text;
		const char	*label2;
		size_t		 n;
	} t[] = {
	    { "Первое. Сделать одно.\n\nВторое. Сделать другое.\n\n"
	      "Третье. И третье.\n", "Второе.", 3 },
	    { "1) Сделать одно.\n\n2) Сделать другое.\n", "2)", 2 },
	    { "1. Сделать одно.\n\n2. Сделать другое.\n", "2.", 2 },
	    { "Point 1. Do one thing.\n\nPoint 2. Do another.\n", "Point 2.",
	      2 },
	    { "Пункт 1. Одно.\n\nПункт 2: другое.\n", "Пункт 2:", 2 },
	    { "One. Do one thing.\n\nTwo. Do another.\n\nThree. And a "
	      "third.\n", "Two.", 3 },
	    { "一、加强监测。\n\n二、公开数据。\n\n三、落实责任。\n", "二、", 3 },
	    { "第一，加强监测。\n\n第二，公开数据。\n", "第二，", 2 },
	    { "第一条 加强监测。\n\n第二条 公开数据。\n", "第二条", 2 },
	    { "（一）加强监测。\n\n（二）公开数据。\n", "（二）", 2 },
	    { "(一)加强监测。\n\n(二)公开数据。\n", "(二)", 2 },
	};
	struct doc	 d;
	char		 buf[512];
	size_t		 i;

	(void)state;
	for (i = 0; i < NELEM(t); i++) {
		snprintf(buf, sizeof(buf), "Title\n\n%s", t[i].text);
		parse(&d, DOC_STATEMENT, buf);
		assert_int_equal(d.nprops, t[i].n);
		assert_label(&d, 1, 2, t[i].label2);
		doc_free(&d);
	}
}

/* A statement numbered 1. to 130. has 130 proposals; 1000. is not a
 * number of one. */
static void
test_many_proposals(void **state)
{
	struct doc	 d;
	char		*s;
	size_t		 cap = 65536, n = 0;
	int		 i;

	(void)state;
	s = xmalloc(cap);
	n += (size_t)snprintf(s + n, cap - n, "Resolution\n\n");
	for (i = 1; i <= 130; i++)
		n += (size_t)snprintf(s + n, cap - n, "%d. Decides to act on "
		    "matter number %d.\n\n", i, i);
	n += (size_t)snprintf(s + n, cap - n, "1000. Not a proposal.\n");
	parse(&d, DOC_STATEMENT, s);
	assert_int_equal(d.nprops, 130);
	assert_label(&d, 99, 100, "100.");
	assert_label(&d, 129, 130, "130.");
	doc_free(&d);
	free(s);
}

/* "(a)" "(b)" under a proposal belong to it; a quotation of one counts
 * for the proposal. */
static void
test_subpoints(void **state)
{
	static const char stmt[] =
	    "Statement\n\n"
	    "1. The council shall:\n\n"
	    "(a) repair the old lighthouse on the northern cape;\n\n"
	    "(b) open the harbour museum on every day of the summer.\n\n"
	    "2. The council shall publish its accounts every year.\n\n"
	    "(i) Not under a proposal once the list is over? It is.\n\n"
	    "The council will meet again in May.\n";
	static const char rep[] =
	    "Museum\n\n"
	    "The council will \"open the harbour museum on every day of the "
	    "summer\", it said.\n";
	struct model	 m;
	const char	*b;

	(void)state;
	assert_int_equal(load_mem(&m, stmt, rep), 0);
	assert_int_equal(m.stmt->nprops, 2);
	b = strstr(stmt, "(b)");
	assert_int_equal(doc_proposal_at(m.stmt, b - stmt), 1);
	assert_int_equal(doc_proposal_at(m.stmt, strstr(stmt, "(i)") - stmt),
	    2);
	assert_int_equal(doc_proposal_at(m.stmt, strstr(stmt, "The council "
	    "will") - stmt), 0);
	assert_int_equal(m.nquotes, 1);
	assert_int_equal(m.quotes[0].verdict, VERDICT_EXACT);
	assert_int_equal(quote_proposal(&m, &m.quotes[0]), 1);
	assert_int_equal(m.coverage[0], COVER_QUOTED);
	unload(&m);
}

/* Every month row, day first, makes a date of the whole line; so does
 * "<month> 25" and, for an abbreviation, "25 <month>. 2020". */
static void
test_month_rows(void **state)
{
	const struct lang_row	*r;
	struct span		 ds, ts;
	char			 buf[128];
	size_t			 n, b;

	(void)state;
	for (r = lang_months; r->word != NULL; r++) {
		assert_true(r->value >= 1 && r->value <= 12);
		n = (size_t)snprintf(buf, sizeof(buf), "25 %s 2020", r->word);
		assert_int_equal(datetime_date(buf, n, &b), n);
		assert_true(datetime_line(buf, n, &ds, &ts));
		n = (size_t)snprintf(buf, sizeof(buf), "%s 25", r->word);
		assert_int_equal(datetime_date(buf, n, &b), n);
		n = (size_t)snprintf(buf, sizeof(buf), "25 %s. 2020", r->word);
		if (r->flags & LANG_ABBR)
			assert_int_equal(datetime_date(buf, n, &b), n);
		else
			assert_int_equal(datetime_date(buf, n, &b),
			    n - strlen(". 2020"));
	}
}

/* Every weekday row opens a date: "<weekday>, 25 May 2020". */
static void
test_weekday_rows(void **state)
{
	const struct lang_row	*r;
	char			 buf[128];
	size_t			 n, b;

	(void)state;
	for (r = lang_weekdays; r->word != NULL; r++) {
		n = (size_t)snprintf(buf, sizeof(buf), "%s, 25 May 2020",
		    r->word);
		assert_int_equal(datetime_date(buf, n, &b), n);
		assert_int_equal(b, strlen(r->word) + 2);
	}
}

/* Dates as each language writes them. */
static void
test_dates(void **state)
{
	static const struct {
		const char	*s;
		const char	*date;		/* NULL: not a date line */
		const char	*time;
	} t[] = {
	    { "25 сентября 2020 года", "25 сентября 2020 года", NULL },
	    { "25 сентября 2020 г.", "25 сентября 2020 г.", NULL },
	    { "25 сентября 2020 г", NULL, NULL },
	    { "Пятница, 25 сентября 2020 года, 13:30",
	      "25 сентября 2020 года", "13:30" },
	    { "25.09.2020", "25.09.2020", NULL },
	    { "25 СЕН 2020", "25 СЕН 2020", NULL },
	    { "25 вересня 2020 року", "25 вересня 2020 року", NULL },
	    { "1er octobre 2020", "1er octobre 2020", NULL },
	    { "vendredi 25 septembre 2020", "25 septembre 2020", NULL },
	    { "25. September 2020", "25. September 2020", NULL },
	    { "Freitag, 25. März 2020", "25. März 2020", NULL },
	    { "25 de septiembre de 2020", "25 de septiembre de 2020", NULL },
	    { "viernes, 25 de septiembre de 2020, 13:30",
	      "25 de septiembre de 2020", "13:30" },
	    { "2022年2月26日", "2022年2月26日", NULL },
	    { "2月26日", "2月26日", NULL },
	    { "2022年2月26日 13:30", "2022年2月26日", "13:30" },
	    { "2022年13月26日", NULL, NULL },
	    { "2022年2月32日", NULL, NULL },
	    { "2022年", NULL, NULL },
	    { "25 сентябрята 2020", NULL, NULL },
	};
	struct span	 ds, ts;
	size_t		 i, n;

	(void)state;
	for (i = 0; i < NELEM(t); i++) {
		n = strlen(t[i].s);
		if (t[i].date == NULL) {
			assert_false(datetime_line(t[i].s, n, &ds, &ts));
			continue;
		}
		assert_true(datetime_line(t[i].s, n, &ds, &ts));
		assert_int_equal(ds.len, strlen(t[i].date));
		assert_memory_equal(t[i].s + ds.off, t[i].date, ds.len);
		assert_int_equal(ts.len, t[i].time ? strlen(t[i].time) : 0);
		if (t[i].time != NULL)
			assert_memory_equal(t[i].s + ts.off, t[i].time, ts.len);
	}
}

static void
assert_part(const char *s, struct span sp, const char *want)
{
	if (want == NULL) {
		assert_int_equal(sp.len, 0);
		return;
	}
	assert_int_equal(sp.len, strlen(want));
	assert_memory_equal(s + sp.off, want, sp.len);
}

/* Datelines of the agencies of each language. */
static void
test_datelines(void **state)
{
	static const struct {
		const char	*head, *rest;	/* head NULL: no dateline */
		const char	*city, *date, *outlet;
	} t[] = {
	    { "МОСКВА, 25 сентября. /ТАСС/.", " Президент сказал.",
	      "МОСКВА", "25 сентября", "ТАСС" },
	    { "МОСКВА, 25 сен — РИА Новости.", " Президент сказал.",
	      "МОСКВА", "25 сен", "РИА Новости" },
	    { "Москва, 25 сентября — РИА Новости.", " Президент.",
	      "Москва", "25 сентября", "РИА Новости" },
	    { "МОСКВА, 25 сентября (Интерфакс) —", " Президент сказал.",
	      "МОСКВА", "25 сентября", "Интерфакс" },
	    { "КИЇВ, 25 вересня. /Укрінформ/.", " Уряд вирішив.",
	      "КИЇВ", "25 вересня", "Укрінформ" },
	    { "Київ, 25 вересня — Укрінформ.", " Уряд вирішив.",
	      "Київ", "25 вересня", "Укрінформ" },
	    { "PARIS, 25 septembre 2020 (AFP) -", " Le ministre a dit.",
	      "PARIS", "25 septembre 2020", "AFP" },
	    { "BERLIN (dpa) -", " Die Regierung hat beschlossen.",
	      "BERLIN", NULL, "dpa" },
	    { "BERLIN, 25. September (dpa) -", " Die Regierung.",
	      "BERLIN", "25. September", "dpa" },
	    { "MADRID, 25 Sep. (EUROPA PRESS) -", " El Gobierno.",
	      "MADRID", "25 Sep.", "EUROPA PRESS" },
	    { "MADRID, 25 sep (EFE).-", " El Gobierno.",
	      "MADRID", "25 sep", "EFE" },
	    { "新华社北京2月26日电（记者 王芳）", "生态环境部发布声明。",
	      "北京", "2月26日", "新华社" },
	    { "新华社北京2月26日电", " 生态环境部发布声明。",
	      "北京", "2月26日", "新华社" },
	    { NULL, "Москва — столица России, сказал он.", NULL, NULL, NULL },
	    { NULL, "新华社记者报道。", NULL, NULL, NULL },
	};
	char		 buf[256];
	struct dateline	 dl;
	size_t		 i, n;

	(void)state;
	for (i = 0; i < NELEM(t); i++) {
		n = (size_t)snprintf(buf, sizeof(buf), "%s%s",
		    t[i].head != NULL ? t[i].head : "", t[i].rest);
		if (t[i].head == NULL) {
			assert_false(datetime_dateline(buf, n, &dl));
			continue;
		}
		assert_true(datetime_dateline(buf, n, &dl));
		assert_int_equal(dl.len, strlen(t[i].head));
		assert_part(buf, dl.city, t[i].city);
		assert_part(buf, dl.date, t[i].date);
		assert_part(buf, dl.outlet, t[i].outlet);
	}
}

static void
test_cjk_numbers(void **state)
{
	static const struct {
		const char	*s;
		int		 v;
	} t[] = {
	    { "一", 1 }, { "二", 2 }, { "两", 2 }, { "九", 9 }, { "十", 10 },
	    { "十一", 11 }, { "二十", 20 }, { "二十三", 23 },
	    { "九十九", 99 }, { "一百", 100 }, { "一百零五", 105 },
	    { "一百三十", 130 }, { "九百九十九", 999 }, { "零", 0 },
	    { "一千", 1 }, { "甲", 0 }, { "", 0 },
	};
	size_t	 i;
	int	 v;

	(void)state;
	for (i = 0; i < NELEM(t); i++) {
		lang_cjk_number(t[i].s, strlen(t[i].s), 0, &v);
		assert_int_equal(v, t[i].v);
	}
}

/* Trailer labels and chrome of each language. */
static void
test_labels_chrome(void **state)
{
	static const char stmt[] =
	    "Текстовая версия\n\n"
	    "Заявление\n\n"
	    "Первое. Сделать одно.\n\n"
	    "Второе. Сделать другое.\n\n"
	    "География\nРоссия\nТемы\nЭкология\nСтатус публикации\n"
	    "Опубликован в разделах: Новости\n"
	    "Дата публикации: 25 сентября 2020 года, 13:30\n"
	    "Версия для печати\n";
	static const char zh[] =
	    "声明\n\n一、加强监测。\n\n二、公开数据。\n\n"
	    "来源：生态环境部\n发布时间：2022年2月26日\n分享\n";
	const struct lang_row	*r;
	struct doc		 d;
	char			**v;
	size_t			 n;

	(void)state;
	for (r = lang_labels; r->word != NULL; r++)
		assert_non_null(lang_find(lang_labels, r->word,
		    strlen(r->word)));
	parse(&d, DOC_STATEMENT, stmt);
	assert_int_equal(d.nprops, 2);
	assert_string_equal(d.title, "Заявление");
	assert_int_equal(d.nmeta, 4);
	assert_non_null(v = doc_meta(&d, "Темы", &n));
	assert_int_equal(n, 1);
	assert_string_equal(v[0], "Экология");
	assert_non_null(v = doc_meta(&d, "Статус публикации", &n));
	assert_string_equal(v[0], "Опубликован в разделах: Новости");
	assert_string_equal(d.date, "25 сентября 2020 года");
	assert_string_equal(d.time, "13:30");
	assert_int_equal(d.paras[0].kind, PARA_CHROME);
	assert_int_equal(d.paras[d.nparas - 1].kind, PARA_CHROME);
	assert_string_equal(d.lang, "ru");
	doc_free(&d);

	parse(&d, DOC_STATEMENT, zh);
	assert_int_equal(d.nprops, 2);
	assert_int_equal(d.nmeta, 2);
	assert_non_null(v = doc_meta(&d, "来源", &n));
	assert_string_equal(v[0], "生态环境部");
	assert_string_equal(d.date, "2022年2月26日");
	assert_int_equal(d.paras[d.nparas - 1].kind, PARA_CHROME);
	doc_free(&d);
}

static void
test_detect(void **state)
{
	static const struct {
		const char	*s;
		const char	*code;
	} t[] = {
	    { "The council will meet again in May to review the plan.", "en" },
	    { "Президент предложил создать единую систему учёта и "
	      "увеличить число инспекторов.", "ru" },
	    { "Міністерство пропонує відстрочити повернення кредитів, що "
	      "узяті під урожай.", "uk" },
	    { "Le ministère a présenté les mesures pour la protection des "
	      "côtes et du littoral.", "fr" },
	    { "Das Ministerium hat die Maßnahmen für die Sanierung der "
	      "Brücken beschlossen und wird berichten.", "de" },
	    { "El Ministerio ha presentado un plan para los pueblos y las "
	      "comunidades del medio rural.", "es" },
	    { "长江是中华民族的母亲河。", "zh" },
	    { "政府は新しい計画を発表しました。", "ja" },
	    { "The statement said «長江» once.", "en" },
	    { "12345 !!!", NULL },
	    { "", NULL },
	};
	size_t	 i;
	const char *c;

	(void)state;
	for (i = 0; i < NELEM(t); i++) {
		c = lang_code(lang_detect(t[i].s, strlen(t[i].s)));
		if (t[i].code == NULL)
			assert_null(c);
		else {
			assert_non_null(c);
			assert_string_equal(c, t[i].code);
		}
	}
}

/*
 * Words are whole runs of letters: an apostrophe or a letter beyond
 * ASCII inside one does not split off a common word; case does not
 * hide one.
 */
static void
test_detect_words(void **state)
{
	static const struct {
		const char	*s;
		const char	*code;
	} t[] = {
	    { "LES ET DU SUR AUX the", "fr" },
	    { "l'la l'les l'et d'du the", "en" },
	    { "les\xe2\x80\x99" "et du\xe2\x80\x99" "la the", "en" },
	    { "les\xc3\xb1 et\xc3\xb1 du\xc3\xb1 the", "en" },
	    { "\xc3\xb1" "les \xc3\xb1" "et \xc3\xb1" "du the", "en" },
	    { "les et du the of", "fr" },
	    { "les et du", "fr" },
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < NELEM(t); i++)
		assert_string_equal(lang_code(lang_detect(t[i].s,
		    strlen(t[i].s))), t[i].code);
}

/* ё and е compare equal; the difference is a typographic note. */
static void
test_yo(void **state)
{
	static const char stmt[] =
	    "Заявление\n\n"
	    "Первое. Мы ещё вернёмся к этому вопросу осенью.\n\n"
	    "Второе. Всё остальное подождёт.\n";
	static const char rep[] =
	    "Новость\n\n"
	    "Он сказал: «Мы еще вернемся к этому вопросу осенью».\n";
	struct model	 m;
	char		*a, *b;
	size_t		 na, nb;
	char		 key[16];

	(void)state;
	a = text_fold("ЁЛКА ёлка", strlen("ЁЛКА ёлка"), &na);
	b = text_fold("елка елка", strlen("елка елка"), &nb);
	assert_string_equal(a, b);
	free(a);
	free(b);
	assert_int_equal(text_label_key("Ёж", strlen("Ёж"), key, sizeof(key)),
	    4);
	assert_memory_equal(key, "еж", 4);
	assert_int_equal(text_label_key("Ёжик", strlen("Ёжик"), key, 4), 0);

	assert_int_equal(load_mem(&m, stmt, rep), 0);
	assert_int_equal(m.nquotes, 1);
	assert_int_equal(m.quotes[0].verdict, VERDICT_EXACT);
	assert_int_equal(quote_nchanges(&m.quotes[0]), 0);
	assert_int_equal(quote_ntypos(&m.quotes[0]), 2);
	assert_int_equal(quote_proposal(&m, &m.quotes[0]), 1);
	unload(&m);
}

/* A Russian statement and an English report: each has its structure. */
static void
test_mixed(void **state)
{
	static const char stmt[] =
	    "Заявление о лесах\n"
	    "25 сентября 2020 года\n\n"
	    "Во-первых, создать единую систему учёта древесины.\n\n"
	    "Во-вторых, увеличить число лесных инспекторов.\n\n"
	    "Темы\nЭкология\n";
	static const char rep[] =
	    "Putin proposes forest measures\n\n"
	    "MOSCOW, September 25. /TASS/. The president proposed "
	    "\"a single system for tracking timber\" on Friday.\n";
	struct model	 m;

	(void)state;
	assert_int_equal(load_mem(&m, stmt, rep), 0);
	assert_string_equal(m.stmt->lang, "ru");
	assert_int_equal(m.stmt->nprops, 2);
	assert_string_equal(m.stmt->date, "25 сентября 2020 года");
	assert_int_equal(m.stmt->nmeta, 1);
	assert_string_equal(m.rep.lang, "en");
	assert_string_equal(m.rep.outlet, "TASS");
	assert_string_equal(m.rep.city, "MOSCOW");
	assert_int_equal(m.nquotes, 1);
	assert_int_equal(m.quotes[0].verdict, VERDICT_NOT_FOUND);
	unload(&m);
}

/* Hard-wrapped Russian prose: a line that opens with a lower-case
 * Cyrillic letter continues the paragraph above it; a sentence does not
 * end before one. */
static void
test_wrapped_cyrillic(void **state)
{
	static const char stmt[] =
	    "Заявление\n\n"
	    "Правительство рассмотрело доклад о состоянии северных лесов и\n"
	    "решило, что площадь вырубок за год выросла слишком сильно, а\n"
	    "меры.\n\n"
	    "Министерству поручено подготовить новые правила учёта древесины\n"
	    "и представить их до конца года, вместе с расчётом расходов на\n"
	    "инспекторов.\n";
	struct doc	 d;
	size_t		 k;

	(void)state;
	parse(&d, DOC_STATEMENT, stmt);
	assert_int_equal(d.nparas, 3);
	assert_int_equal(doc_para_line(&d, 1), 3);
	assert_int_equal(doc_para_line(&d, 2), 7);
	/* "сильно, а меры." then "Министерству": an end; "г. и" is not. */
	for (k = 0; k + 1 < d.nwords; k++)
		if (doc_word_off(&d, k + 1) ==
		    (size_t)(strstr(stmt, "Министерству") - stmt))
			break;
	assert_true(k + 1 < d.nwords);
	assert_true(doc_sentence_end(&d, k));
	doc_free(&d);
	parse(&d, DOC_STATEMENT, "Заявление\n\nОн сказал. и ушёл.\n");
	assert_false(doc_sentence_end(&d, 2));
	doc_free(&d);
}

/* lang_letters and lang_prefix stop where words stop. */
static void
test_words(void **state)
{
	const struct lang_row	*r;
	size_t			 len = 0;

	(void)state;
	assert_int_equal(lang_letters("Привет, мир", 20, 0), 12);
	assert_int_equal(lang_letters("п’яте.", strlen("п’яте."), 0),
	    strlen("п’яте"));
	assert_int_equal(lang_letters("'abc", 4, 0), 0);
	assert_int_equal(lang_letters("ab'", 3, 0), 2);
	assert_int_equal(lang_letters("a×b", strlen("a×b"), 0), 1);
	assert_non_null(r = lang_prefix(lang_agencies, "РИА Новости.", 21,
	    &len));
	assert_int_equal(len, strlen("РИА Новости"));
	assert_null(lang_prefix(lang_agencies, "APPLE", 5, &len));
	assert_null(lang_find(lang_chrome, "", 0));
}

static int
setup(void **state)
{
	(void)state;
	lex = lexicon_new();
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	lexicon_free(lex);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ordinal_rows),
		cmocka_unit_test(test_ordinal_forms),
		cmocka_unit_test(test_numbering_styles),
		cmocka_unit_test(test_many_proposals),
		cmocka_unit_test(test_subpoints),
		cmocka_unit_test(test_month_rows),
		cmocka_unit_test(test_weekday_rows),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_datelines),
		cmocka_unit_test(test_cjk_numbers),
		cmocka_unit_test(test_labels_chrome),
		cmocka_unit_test(test_detect),
		cmocka_unit_test(test_detect_words),
		cmocka_unit_test(test_yo),
		cmocka_unit_test(test_mixed),
		cmocka_unit_test(test_wrapped_cyrillic),
		cmocka_unit_test(test_words),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
