/*
 * lang.c — the tables of words by language, and language detection.
 *
 * Every table is a list of rows (lang.h); the parser's code never names
 * a language.  A lookup folds the text with text_label_key() into a
 * buffer on the stack and compares it with each row's word, so it costs
 * a bounded time whatever the input: a word is at most LANG_WORD_MAX
 * bytes, and the tables are fixed.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lang.h"
#include "text.h"

#define LANG_DETECT_MAX	65536	/* bytes of a document read to detect */
#define LANG_TOKENS	24	/* tokens tried by lang_prefix() */
#define LANG_CJK_MAX	8	/* characters in a Chinese numeral */

#define R(l, v, w)	{ LANG_##l, 0, (v), (w) }
#define A(l, v, w)	{ LANG_##l, LANG_ABBR, (v), (w) }
#define END		{ LANG_NONE, 0, 0, NULL }

/* Labels numbering a proposal, followed by ".", "," or ":". */
const struct lang_row lang_ordinals[] = {
	R(EN, 1, "first"), R(EN, 2, "second"), R(EN, 3, "third"),
	R(EN, 4, "fourth"), R(EN, 5, "fifth"), R(EN, 6, "sixth"),
	R(EN, 7, "seventh"), R(EN, 8, "eighth"), R(EN, 9, "ninth"),
	R(EN, 10, "tenth"), R(EN, 11, "eleventh"), R(EN, 12, "twelfth"),
	R(EN, 13, "thirteenth"), R(EN, 14, "fourteenth"),
	R(EN, 15, "fifteenth"), R(EN, 16, "sixteenth"),
	R(EN, 17, "seventeenth"), R(EN, 18, "eighteenth"),
	R(EN, 19, "nineteenth"), R(EN, 20, "twentieth"),
	R(EN, 1, "firstly"), R(EN, 2, "secondly"), R(EN, 3, "thirdly"),
	R(EN, 4, "fourthly"), R(EN, 5, "fifthly"), R(EN, 6, "sixthly"),
	R(EN, 7, "seventhly"), R(EN, 8, "eighthly"), R(EN, 9, "ninthly"),
	R(EN, 10, "tenthly"), R(EN, 11, "eleventhly"),
	R(EN, 12, "twelfthly"), R(EN, 13, "thirteenthly"),
	R(EN, 14, "fourteenthly"), R(EN, 15, "fifteenthly"),
	R(EN, 16, "sixteenthly"), R(EN, 17, "seventeenthly"),
	R(EN, 18, "eighteenthly"), R(EN, 19, "nineteenthly"),
	R(EN, 20, "twentiethly"),
	R(EN, 1, "one"), R(EN, 2, "two"), R(EN, 3, "three"),
	R(EN, 4, "four"), R(EN, 5, "five"), R(EN, 6, "six"),
	R(EN, 7, "seven"), R(EN, 8, "eight"), R(EN, 9, "nine"),
	R(EN, 10, "ten"), R(EN, 11, "eleven"), R(EN, 12, "twelve"),
	R(RU, 1, "во-первых"), R(RU, 2, "во-вторых"), R(RU, 3, "в-третьих"),
	R(RU, 4, "в-четвертых"), R(RU, 5, "в-пятых"), R(RU, 6, "в-шестых"),
	R(RU, 7, "в-седьмых"), R(RU, 8, "в-восьмых"),
	R(RU, 9, "в-девятых"), R(RU, 10, "в-десятых"),
	R(RU, 1, "первое"), R(RU, 2, "второе"), R(RU, 3, "третье"),
	R(RU, 4, "четвертое"), R(RU, 5, "пятое"), R(RU, 6, "шестое"),
	R(RU, 7, "седьмое"), R(RU, 8, "восьмое"), R(RU, 9, "девятое"),
	R(RU, 10, "десятое"),
	R(UK, 1, "по-перше"), R(UK, 2, "по-друге"), R(UK, 3, "по-третє"),
	R(UK, 4, "по-четверте"), R(UK, 5, "по-п'яте"),
	R(UK, 6, "по-шосте"), R(UK, 7, "по-сьоме"), R(UK, 8, "по-восьме"),
	R(UK, 9, "по-дев'яте"), R(UK, 10, "по-десяте"),
	R(UK, 1, "перше"), R(UK, 2, "друге"), R(UK, 3, "третє"),
	R(UK, 4, "четверте"), R(UK, 5, "п'яте"), R(UK, 6, "шосте"),
	R(UK, 7, "сьоме"), R(UK, 8, "восьме"), R(UK, 9, "дев'яте"),
	R(UK, 10, "десяте"),
	R(FR, 1, "premièrement"), R(FR, 2, "deuxièmement"),
	R(FR, 2, "secondement"), R(FR, 3, "troisièmement"),
	R(FR, 4, "quatrièmement"), R(FR, 5, "cinquièmement"),
	R(FR, 6, "sixièmement"), R(FR, 7, "septièmement"),
	R(FR, 8, "huitièmement"), R(FR, 9, "neuvièmement"),
	R(FR, 10, "dixièmement"),
	R(DE, 1, "erstens"), R(DE, 2, "zweitens"), R(DE, 3, "drittens"),
	R(DE, 4, "viertens"), R(DE, 5, "fünftens"), R(DE, 6, "sechstens"),
	R(DE, 7, "siebtens"), R(DE, 7, "siebentens"), R(DE, 8, "achtens"),
	R(DE, 9, "neuntens"), R(DE, 10, "zehntens"),
	R(ES, 1, "en primer lugar"), R(ES, 2, "en segundo lugar"),
	R(ES, 3, "en tercer lugar"), R(ES, 4, "en cuarto lugar"),
	R(ES, 5, "en quinto lugar"), R(ES, 6, "en sexto lugar"),
	R(ES, 7, "en séptimo lugar"), R(ES, 8, "en octavo lugar"),
	R(ES, 9, "en noveno lugar"), R(ES, 10, "en décimo lugar"),
	R(ES, 1, "primero"), R(ES, 2, "segundo"), R(ES, 3, "tercero"),
	R(ES, 4, "cuarto"), R(ES, 5, "quinto"), R(ES, 6, "sexto"),
	R(ES, 7, "séptimo"), R(ES, 8, "octavo"), R(ES, 9, "noveno"),
	R(ES, 10, "décimo"),
	END
};

/* Words before a number labelling a proposal: "Point 1." */
const struct lang_row lang_points[] = {
	R(EN, 0, "point"), R(RU, 0, "пункт"), R(UK, 0, "пункт"),
	R(FR, 0, "point"), R(DE, 0, "punkt"), R(ES, 0, "punto"),
	END
};

/* Chinese numerals; 十 and 百 multiply what comes before them. */
const struct lang_row lang_cjk_digits[] = {
	R(ZH, 0, "零"), R(ZH, 0, "〇"), R(ZH, 1, "一"), R(ZH, 2, "二"),
	R(ZH, 2, "两"), R(ZH, 3, "三"), R(ZH, 4, "四"), R(ZH, 5, "五"),
	R(ZH, 6, "六"), R(ZH, 7, "七"), R(ZH, 8, "八"), R(ZH, 9, "九"),
	R(ZH, 10, "十"), R(ZH, 100, "百"),
	END
};

/* Month names, in every case a date writes them, and abbreviations. */
const struct lang_row lang_months[] = {
	R(EN, 1, "january"), R(EN, 2, "february"), R(EN, 3, "march"),
	R(EN, 4, "april"), R(EN, 5, "may"), R(EN, 6, "june"),
	R(EN, 7, "july"), R(EN, 8, "august"), R(EN, 9, "september"),
	R(EN, 10, "october"), R(EN, 11, "november"), R(EN, 12, "december"),
	A(EN, 1, "jan"), A(EN, 2, "feb"), A(EN, 3, "mar"), A(EN, 4, "apr"),
	A(EN, 6, "jun"), A(EN, 7, "jul"), A(EN, 8, "aug"), A(EN, 9, "sep"),
	A(EN, 9, "sept"), A(EN, 10, "oct"), A(EN, 11, "nov"),
	A(EN, 12, "dec"),
	R(RU, 1, "января"), R(RU, 2, "февраля"), R(RU, 3, "марта"),
	R(RU, 4, "апреля"), R(RU, 5, "мая"), R(RU, 6, "июня"),
	R(RU, 7, "июля"), R(RU, 8, "августа"), R(RU, 9, "сентября"),
	R(RU, 10, "октября"), R(RU, 11, "ноября"), R(RU, 12, "декабря"),
	R(RU, 1, "январь"), R(RU, 2, "февраль"), R(RU, 3, "март"),
	R(RU, 4, "апрель"), R(RU, 5, "май"), R(RU, 6, "июнь"),
	R(RU, 7, "июль"), R(RU, 8, "август"), R(RU, 9, "сентябрь"),
	R(RU, 10, "октябрь"), R(RU, 11, "ноябрь"), R(RU, 12, "декабрь"),
	A(RU, 1, "янв"), A(RU, 2, "фев"), A(RU, 2, "февр"), A(RU, 3, "мар"),
	A(RU, 4, "апр"), A(RU, 6, "июн"), A(RU, 7, "июл"), A(RU, 8, "авг"),
	A(RU, 9, "сен"), A(RU, 9, "сент"), A(RU, 10, "окт"),
	A(RU, 11, "ноя"), A(RU, 11, "нояб"), A(RU, 12, "дек"),
	R(UK, 1, "січня"), R(UK, 2, "лютого"), R(UK, 3, "березня"),
	R(UK, 4, "квітня"), R(UK, 5, "травня"), R(UK, 6, "червня"),
	R(UK, 7, "липня"), R(UK, 8, "серпня"), R(UK, 9, "вересня"),
	R(UK, 10, "жовтня"), R(UK, 11, "листопада"), R(UK, 12, "грудня"),
	R(UK, 1, "січень"), R(UK, 2, "лютий"), R(UK, 3, "березень"),
	R(UK, 4, "квітень"), R(UK, 5, "травень"), R(UK, 6, "червень"),
	R(UK, 7, "липень"), R(UK, 8, "серпень"), R(UK, 9, "вересень"),
	R(UK, 10, "жовтень"), R(UK, 11, "листопад"), R(UK, 12, "грудень"),
	R(FR, 1, "janvier"), R(FR, 2, "février"), R(FR, 3, "mars"),
	R(FR, 4, "avril"), R(FR, 5, "mai"), R(FR, 6, "juin"),
	R(FR, 7, "juillet"), R(FR, 8, "août"), R(FR, 9, "septembre"),
	R(FR, 10, "octobre"), R(FR, 11, "novembre"), R(FR, 12, "décembre"),
	A(FR, 1, "janv"), A(FR, 2, "févr"), A(FR, 4, "avr"),
	A(FR, 7, "juil"), A(FR, 12, "déc"),
	R(DE, 1, "januar"), R(DE, 1, "jänner"), R(DE, 2, "februar"),
	R(DE, 3, "märz"), R(DE, 6, "juni"), R(DE, 7, "juli"),
	R(DE, 10, "oktober"), R(DE, 12, "dezember"),
	A(DE, 3, "mär"), A(DE, 10, "okt"), A(DE, 12, "dez"),
	R(ES, 1, "enero"), R(ES, 2, "febrero"), R(ES, 3, "marzo"),
	R(ES, 4, "abril"), R(ES, 5, "mayo"), R(ES, 6, "junio"),
	R(ES, 7, "julio"), R(ES, 8, "agosto"), R(ES, 9, "septiembre"),
	R(ES, 9, "setiembre"), R(ES, 10, "octubre"), R(ES, 11, "noviembre"),
	R(ES, 12, "diciembre"),
	A(ES, 1, "ene"), A(ES, 4, "abr"), A(ES, 8, "ago"), A(ES, 12, "dic"),
	END
};

/* Weekdays that may open a date line ("Friday, 25 September 2020"). */
const struct lang_row lang_weekdays[] = {
	R(EN, 1, "monday"), A(EN, 1, "mon"), R(EN, 2, "tuesday"),
	A(EN, 2, "tue"), A(EN, 2, "tues"), R(EN, 3, "wednesday"),
	A(EN, 3, "wed"), R(EN, 4, "thursday"), A(EN, 4, "thu"),
	A(EN, 4, "thur"), A(EN, 4, "thurs"), R(EN, 5, "friday"),
	A(EN, 5, "fri"), R(EN, 6, "saturday"), A(EN, 6, "sat"),
	R(EN, 7, "sunday"), A(EN, 7, "sun"),
	R(RU, 1, "понедельник"), R(RU, 2, "вторник"), R(RU, 3, "среда"),
	R(RU, 4, "четверг"), R(RU, 5, "пятница"), R(RU, 6, "суббота"),
	R(RU, 7, "воскресенье"),
	R(UK, 1, "понеділок"), R(UK, 2, "вівторок"), R(UK, 3, "середа"),
	R(UK, 4, "четвер"), R(UK, 5, "п'ятниця"), R(UK, 6, "субота"),
	R(UK, 7, "неділя"),
	R(FR, 1, "lundi"), R(FR, 2, "mardi"), R(FR, 3, "mercredi"),
	R(FR, 4, "jeudi"), R(FR, 5, "vendredi"), R(FR, 6, "samedi"),
	R(FR, 7, "dimanche"),
	R(DE, 1, "montag"), R(DE, 2, "dienstag"), R(DE, 3, "mittwoch"),
	R(DE, 4, "donnerstag"), R(DE, 5, "freitag"), R(DE, 6, "samstag"),
	R(DE, 6, "sonnabend"), R(DE, 7, "sonntag"),
	R(ES, 1, "lunes"), R(ES, 2, "martes"), R(ES, 3, "miércoles"),
	R(ES, 4, "jueves"), R(ES, 5, "viernes"), R(ES, 6, "sábado"),
	R(ES, 7, "domingo"),
	END
};

/* Letters after the day of the month: "25th", "1er". */
const struct lang_row lang_day_suffixes[] = {
	R(EN, 0, "st"), R(EN, 0, "nd"), R(EN, 0, "rd"), R(EN, 0, "th"),
	R(FR, 0, "er"),
	END
};

/* Words between day, month and year: "25th of May", "25 de mayo de". */
const struct lang_row lang_date_joins[] = {
	R(EN, 0, "of"), R(ES, 0, "de"),
	END
};

/* Words after the year: "2020 года", "2020 г.", "2020 року". */
const struct lang_row lang_year_suffixes[] = {
	R(RU, 0, "года"), A(RU, 0, "г"), R(UK, 0, "року"), A(UK, 0, "р"),
	END
};

/* News agencies' marks in datelines ("— РИА Новости.", "(dpa)"). */
const struct lang_row lang_agencies[] = {
	R(EN, 0, "reuters"), R(EN, 0, "ap"), R(EN, 0, "afp"),
	R(EN, 0, "bloomberg"), R(EN, 0, "tass"), R(EN, 0, "upi"),
	R(RU, 0, "тасс"), R(RU, 0, "риа новости"), R(RU, 0, "интерфакс"),
	R(RU, 0, "прайм"), R(UK, 0, "укрінформ"), R(UK, 0, "уніан"),
	R(FR, 0, "afp"), R(DE, 0, "dpa"), R(DE, 0, "epd"), R(DE, 0, "kna"),
	R(ES, 0, "efe"), R(ES, 0, "europa press"),
	R(ZH, 0, "新华社"), R(ZH, 0, "中新社"), R(JA, 0, "共同社"),
	END
};

/* Whole lines that are site navigation or boilerplate, not content. */
const struct lang_row lang_chrome[] = {
	R(EN, 0, "events"), R(EN, 0, "text version"),
	R(EN, 0, "print version"), R(EN, 0, "print"),
	R(EN, 0, "print this page"), R(EN, 0, "all news"),
	R(EN, 0, "latest news"), R(EN, 0, "related news"),
	R(EN, 0, "related"), R(EN, 0, "related articles"),
	R(EN, 0, "related stories"), R(EN, 0, "read more"),
	R(EN, 0, "read also"), R(EN, 0, "read next"), R(EN, 0, "see also"),
	R(EN, 0, "share"), R(EN, 0, "share this"),
	R(EN, 0, "share this article"), R(EN, 0, "share on facebook"),
	R(EN, 0, "share on twitter"), R(EN, 0, "facebook"),
	R(EN, 0, "twitter"), R(EN, 0, "telegram"), R(EN, 0, "whatsapp"),
	R(EN, 0, "linkedin"), R(EN, 0, "email"), R(EN, 0, "e-mail"),
	R(EN, 0, "copy link"), R(EN, 0, "home"), R(EN, 0, "main menu"),
	R(EN, 0, "menu"), R(EN, 0, "subscribe"), R(EN, 0, "search"),
	R(EN, 0, "back to top"), R(EN, 0, "go to top"),
	R(EN, 0, "advertisement"), R(EN, 0, "advertising"),
	R(EN, 0, "skip to content"), R(EN, 0, "skip to main content"),
	R(EN, 0, "photo"), R(EN, 0, "photos"), R(EN, 0, "video"),
	R(EN, 0, "videos"), R(EN, 0, "listen"), R(EN, 0, "comments"),
	R(EN, 0, "log in"), R(EN, 0, "sign in"), R(EN, 0, "sign up"),
	R(EN, 0, "top stories"), R(EN, 0, "most read"),
	R(EN, 0, "cookie settings"), R(EN, 0, "show more"),
	R(EN, 0, "for immediate release"), R(EN, 0, "###"), R(EN, 0, "-30-"),
	R(EN, 0, "- ends -"), R(EN, 0, "-ends-"), R(EN, 0, "ends"),
	R(RU, 0, "события"), R(RU, 0, "новости"), R(RU, 0, "все новости"),
	R(RU, 0, "текстовая версия"), R(RU, 0, "версия для печати"),
	R(RU, 0, "ссылка на материал"), R(RU, 0, "поделиться"),
	R(RU, 0, "читайте также"), R(RU, 0, "смотрите также"),
	R(RU, 0, "подписаться"), R(RU, 0, "главная"), R(RU, 0, "поиск"),
	R(RU, 0, "фото"), R(RU, 0, "видео"), R(RU, 0, "реклама"),
	R(RU, 0, "комментарии"), R(RU, 0, "наверх"), R(RU, 0, "меню"),
	R(UK, 0, "новини"), R(UK, 0, "усі новини"), R(UK, 0, "всі новини"),
	R(UK, 0, "версія для друку"), R(UK, 0, "поділитися"),
	R(UK, 0, "читайте також"), R(UK, 0, "головна"), R(UK, 0, "пошук"),
	R(UK, 0, "відео"), R(UK, 0, "реклама"), R(UK, 0, "підписатися"),
	R(FR, 0, "imprimer"), R(FR, 0, "partager"), R(FR, 0, "lire aussi"),
	R(FR, 0, "à lire aussi"), R(FR, 0, "voir aussi"),
	R(FR, 0, "accueil"), R(FR, 0, "rechercher"), R(FR, 0, "publicité"),
	R(FR, 0, "s'abonner"), R(FR, 0, "retour en haut"),
	R(FR, 0, "toutes les actualités"),
	R(DE, 0, "drucken"), R(DE, 0, "teilen"), R(DE, 0, "mehr zum thema"),
	R(DE, 0, "lesen sie auch"), R(DE, 0, "startseite"),
	R(DE, 0, "suche"), R(DE, 0, "anzeige"), R(DE, 0, "werbung"),
	R(DE, 0, "nach oben"), R(DE, 0, "alle nachrichten"),
	R(ES, 0, "imprimir"), R(ES, 0, "compartir"),
	R(ES, 0, "lea también"), R(ES, 0, "leer más"),
	R(ES, 0, "ver también"), R(ES, 0, "inicio"), R(ES, 0, "buscar"),
	R(ES, 0, "publicidad"), R(ES, 0, "volver arriba"),
	R(ES, 0, "todas las noticias"),
	R(ZH, 0, "打印"), R(ZH, 0, "打印本页"), R(ZH, 0, "分享"),
	R(ZH, 0, "分享到"), R(ZH, 0, "返回顶部"), R(ZH, 0, "首页"),
	R(ZH, 0, "相关新闻"), R(ZH, 0, "关闭窗口"), R(ZH, 0, "【打印】"),
	R(ZH, 0, "【关闭】"),
	END
};

/* Labels that open a metadata trailer ("Topics", "Темы:"). */
const struct lang_row lang_labels[] = {
	R(EN, 0, "geography"), R(EN, 0, "topics"), R(EN, 0, "topic"),
	R(EN, 0, "persons"), R(EN, 0, "people"),
	R(EN, 0, "publication status"), R(EN, 0, "publication date"),
	R(EN, 0, "published"), R(EN, 0, "updated"),
	R(EN, 0, "last updated"), R(EN, 0, "date"), R(EN, 0, "keywords"),
	R(EN, 0, "tags"), R(EN, 0, "location"), R(EN, 0, "source"),
	R(EN, 0, "sources"), R(EN, 0, "category"), R(EN, 0, "categories"),
	R(EN, 0, "author"), R(EN, 0, "authors"), R(EN, 0, "subject"),
	R(EN, 0, "subjects"), R(EN, 0, "region"), R(EN, 0, "regions"),
	R(EN, 0, "country"), R(EN, 0, "countries"),
	R(EN, 0, "organisations"), R(EN, 0, "organizations"),
	R(EN, 0, "themes"), R(EN, 0, "theme"), R(EN, 0, "section"),
	R(EN, 0, "sections"), R(EN, 0, "language"), R(EN, 0, "contact"),
	R(EN, 0, "contacts"), R(EN, 0, "media contact"),
	R(EN, 0, "press contact"), R(EN, 0, "document type"),
	R(EN, 0, "reference"), R(EN, 0, "series"),
	R(RU, 0, "география"), R(RU, 0, "темы"), R(RU, 0, "тема"),
	R(RU, 0, "лица"), R(RU, 0, "персоны"),
	R(RU, 0, "статус публикации"), R(RU, 0, "дата публикации"),
	R(RU, 0, "опубликовано"), R(RU, 0, "обновлено"),
	R(RU, 0, "ключевые слова"), R(RU, 0, "теги"), R(RU, 0, "источник"),
	R(RU, 0, "автор"), R(RU, 0, "рубрика"), R(RU, 0, "регион"),
	R(RU, 0, "дата"),
	R(UK, 0, "географія"), R(UK, 0, "теми"), R(UK, 0, "особи"),
	R(UK, 0, "статус публікації"), R(UK, 0, "дата публікації"),
	R(UK, 0, "опубліковано"), R(UK, 0, "оновлено"),
	R(UK, 0, "ключові слова"), R(UK, 0, "теги"), R(UK, 0, "джерело"),
	R(UK, 0, "автор"), R(UK, 0, "рубрика"),
	R(FR, 0, "date de publication"), R(FR, 0, "publié le"),
	R(FR, 0, "mis à jour"), R(FR, 0, "mots-clés"), R(FR, 0, "thèmes"),
	R(FR, 0, "thème"), R(FR, 0, "sujets"), R(FR, 0, "auteur"),
	R(FR, 0, "catégorie"), R(FR, 0, "lieu"),
	R(DE, 0, "veröffentlicht"), R(DE, 0, "datum"),
	R(DE, 0, "schlagwörter"), R(DE, 0, "themen"), R(DE, 0, "thema"),
	R(DE, 0, "quelle"), R(DE, 0, "autor"), R(DE, 0, "kategorie"),
	R(DE, 0, "ort"), R(DE, 0, "stand"),
	R(ES, 0, "fecha de publicación"), R(ES, 0, "publicado"),
	R(ES, 0, "actualizado"), R(ES, 0, "etiquetas"), R(ES, 0, "temas"),
	R(ES, 0, "tema"), R(ES, 0, "fuente"), R(ES, 0, "autor"),
	R(ES, 0, "categoría"), R(ES, 0, "lugar"),
	R(ZH, 0, "来源"), R(ZH, 0, "发布时间"), R(ZH, 0, "发布日期"),
	R(ZH, 0, "责任编辑"), R(ZH, 0, "关键词"), R(ZH, 0, "主题"),
	R(ZH, 0, "作者"), R(ZH, 0, "标签"),
	END
};

/* Labels whose value may give a missing date, in order of trust. */
const struct lang_row lang_date_keys[] = {
	R(EN, 0, "publication date"), R(EN, 0, "date"),
	R(EN, 0, "published"), R(EN, 0, "updated"),
	R(RU, 0, "дата публикации"), R(RU, 0, "опубликовано"),
	R(RU, 0, "дата"), R(UK, 0, "дата публікації"),
	R(UK, 0, "опубліковано"), R(FR, 0, "date de publication"),
	R(FR, 0, "publié le"), R(DE, 0, "veröffentlicht"),
	R(DE, 0, "datum"), R(ES, 0, "fecha de publicación"),
	R(ES, 0, "publicado"), R(ZH, 0, "发布时间"), R(ZH, 0, "发布日期"),
	END
};

/* Frequent words of one language alone, to tell languages apart. */
const struct lang_row lang_common[] = {
	R(EN, 0, "the"), R(EN, 0, "and"), R(EN, 0, "of"), R(EN, 0, "to"),
	R(EN, 0, "is"), R(EN, 0, "that"), R(EN, 0, "with"),
	R(EN, 0, "will"), R(EN, 0, "for"), R(EN, 0, "this"),
	R(FR, 0, "le"), R(FR, 0, "la"), R(FR, 0, "les"), R(FR, 0, "et"),
	R(FR, 0, "est"), R(FR, 0, "une"), R(FR, 0, "du"), R(FR, 0, "pour"),
	R(FR, 0, "dans"), R(FR, 0, "sur"), R(FR, 0, "aux"),
	R(DE, 0, "der"), R(DE, 0, "die"), R(DE, 0, "und"), R(DE, 0, "das"),
	R(DE, 0, "ist"), R(DE, 0, "nicht"), R(DE, 0, "mit"),
	R(DE, 0, "den"), R(DE, 0, "von"), R(DE, 0, "zu"), R(DE, 0, "sich"),
	R(DE, 0, "eine"), R(DE, 0, "wird"),
	R(ES, 0, "el"), R(ES, 0, "los"), R(ES, 0, "las"), R(ES, 0, "y"),
	R(ES, 0, "del"), R(ES, 0, "por"), R(ES, 0, "una"), R(ES, 0, "para"),
	R(ES, 0, "con"),
	R(RU, 0, "и"), R(RU, 0, "в"), R(RU, 0, "что"), R(RU, 0, "с"),
	R(RU, 0, "по"), R(RU, 0, "это"), R(RU, 0, "как"), R(RU, 0, "из"),
	R(RU, 0, "он"), R(RU, 0, "мы"),
	R(UK, 0, "і"), R(UK, 0, "та"), R(UK, 0, "що"), R(UK, 0, "це"),
	R(UK, 0, "з"), R(UK, 0, "від"), R(UK, 0, "у"), R(UK, 0, "як"),
	R(UK, 0, "ми"), R(UK, 0, "він"), R(UK, 0, "й"),
	END
};

/* Letters that only one language of a script writes. */
const struct lang_row lang_marks[] = {
	R(RU, 0, "ы"), R(RU, 0, "э"), R(RU, 0, "ъ"),
	R(UK, 0, "і"), R(UK, 0, "ї"), R(UK, 0, "є"), R(UK, 0, "ґ"),
	END
};

static const char *const lang_codes[LANG_COUNT] = {
	[LANG_EN] = "en", [LANG_RU] = "ru", [LANG_UK] = "uk",
	[LANG_FR] = "fr", [LANG_DE] = "de", [LANG_ES] = "es",
	[LANG_ZH] = "zh", [LANG_JA] = "ja"
};

/* Bytes of the UTF-8 sequence led by c (1 for a stray byte). */
static size_t
lang_seqlen(unsigned char c)
{
	if (c >= 0xf0)
		return 4;
	if (c >= 0xe0)
		return 3;
	if (c >= 0xc0)
		return 2;
	return 1;
}

/* The first row from rows on whose word opens with the first character
 * of s, folded; NULL if there is none.  Most lookups end here, without
 * folding all of s. */
static const struct lang_row *
lang_first(const struct lang_row *rows, const char *s, size_t n)
{
	char	 c[8];
	size_t	 w = lang_seqlen((unsigned char)s[0]), k, i;

	if (w > n || (k = text_label_key(s, w, c, sizeof(c))) == 0)
		return rows;
	/* The word's NUL ends the inner loop if the word is shorter. */
	for (; rows->word != NULL; rows++) {
		for (i = 0; i < k && rows->word[i] == c[i]; i++)
			continue;
		if (i == k)
			return rows;
	}
	return NULL;
}

/*
 * Fold ASCII s[0..n) (n <= LANG_WORD_MAX) into key as text_label_key()
 * does, which for ASCII is only lower case; false if s is not ASCII.
 */
static bool
lang_ascii_key(const char *s, size_t n, char *key)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		if ((unsigned char)s[i] >= 0x80)
			return false;
		key[i] = s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i];
	}
	key[n] = '\0';
	return true;
}

const struct lang_row *
lang_find(const struct lang_row *rows, const char *s, size_t n)
{
	char	 key[LANG_WORD_MAX + 1];
	size_t	 k;

	if (n == 0 || n > LANG_WORD_MAX)
		return NULL;
	/* ASCII folds without libunistring; no row before one with its
	 * first byte can be equal, so the scan below needs no lang_first. */
	if (lang_ascii_key(s, n, key)) {
		if (key[0] == '\0')
			return NULL;
	} else if ((rows = lang_first(rows, s, n)) == NULL ||
	    (k = text_label_key(s, n, key, sizeof(key))) == 0)
		return NULL;
	else
		key[k] = '\0';
	/* Two bytes tell most rows apart: Cyrillic words share the first. */
	for (; rows->word != NULL; rows++)
		if (rows->word[0] == key[0] && rows->word[1] == key[1] &&
		    strcmp(rows->word, key) == 0)
			return rows;
	return NULL;
}

/* Bytes of the letter at s[i..n) (lang_letters()), or 0. */
static size_t
lang_letter_at(const char *s, size_t n, size_t i)
{
	unsigned char	 c = s[i], c2;

	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
		return 1;
	if (c < 0xc3 || c > 0xd4 || i + 1 >= n)
		return 0;
	c2 = s[i + 1];
	if (c2 < 0x80 || c2 > 0xbf)
		return 0;
	/* U+00D7 and U+00F7 are signs; U+02C0 to U+036F are not letters
	 * written alone, save U+02BC, an apostrophe. */
	if (c == 0xc3 && (c2 == 0x97 || c2 == 0xb7))
		return 0;
	if (c == 0xcb || c == 0xcc || (c == 0xcd && c2 <= 0xaf) ||
	    (c == 0xca && c2 > 0xbc))
		return 0;
	return 2;
}

size_t
lang_letters(const char *s, size_t n, size_t i)
{
	size_t	 k = i, w;

	while (k < n) {
		if ((w = lang_letter_at(s, n, k)) > 0) {
			k += w;
			continue;
		}
		/* An apostrophe between letters: "п'яте", "п’яте". */
		w = s[k] == '\'' ? 1 : (k + 2 < n &&
		    (unsigned char)s[k] == 0xe2 &&
		    (unsigned char)s[k + 1] == 0x80 &&
		    (unsigned char)s[k + 2] == 0x99) ? 3 : 0;
		if (w == 0 || k == i || k + w >= n ||
		    lang_letter_at(s, n, k + w) == 0)
			break;
		k += w;
	}
	return k - i;
}

/* Bytes of the token at s[i..n) for lang_prefix(): a run of letters,
 * or one character. */
static size_t
lang_token(const char *s, size_t n, size_t i)
{
	size_t	 w = lang_letters(s, n, i);

	if (w > 0)
		return w;
	w = lang_seqlen((unsigned char)s[i]);
	return i + w <= n ? w : n - i;
}

const struct lang_row *
lang_prefix(const struct lang_row *rows, const char *s, size_t n,
    size_t *len)
{
	const struct lang_row	*r, *best = NULL;
	size_t			 i = 0, t;

	/* Each try looks up a longer prefix, at most LANG_TOKENS. */
	for (t = 0; t < LANG_TOKENS && i < n && i < LANG_WORD_MAX; t++) {
		i += lang_token(s, n, i);
		if ((r = lang_find(rows, s, i)) != NULL) {
			best = r;
			*len = i;
		}
	}
	return best;
}

size_t
lang_cjk_number(const char *s, size_t n, size_t i, int *v)
{
	const struct lang_row	*r;
	size_t			 k = i, nch;
	int			 total = 0, cur = 0;

	*v = 0;
	for (nch = 0; nch < LANG_CJK_MAX && k + 3 <= n; nch++) {
		if ((r = lang_find(lang_cjk_digits, s + k, 3)) == NULL)
			break;
		if (r->value >= 10) {
			total += (cur == 0 ? 1 : cur) * r->value;
			cur = 0;
		} else
			cur = r->value;
		k += 3;
	}
	total += cur;
	if (k == i || total < 1 || total > 999)
		return 0;
	*v = total;
	return k - i;
}

#define LANG_COMMON_MAX	8	/* bytes of a common word looked up */
#define LANG_COMMON_SLOTS 256	/* more than twice the common words */

/* Scores of a text's letters and words, for lang_detect(). */
struct lang_count {
	size_t	 latin, cyrillic, han, kana;
	size_t	 votes[LANG_COUNT];
	/*
	 * The common words written in ASCII, each the first row of its
	 * word, by its bytes packed in 64 bits (0 is an empty slot).
	 */
	uint64_t common[LANG_COMMON_SLOTS];
	unsigned char clang[LANG_COMMON_SLOTS];
};

/* The n <= 8 bytes of s, ASCII letters lowered, in one number. */
static uint64_t
lang_pack(const char *s, size_t n)
{
	uint64_t	v = 0;
	size_t		i;

	for (i = 0; i < n; i++)
		v |= (uint64_t)((unsigned char)s[i] | 0x20) << (8 * i);
	return v;
}

static size_t
lang_common_slot(const struct lang_count *c, uint64_t v)
{
	size_t	j = (size_t)((v * 0x9E3779B97F4A7C15ULL) >> 56);

	/* At most half full: the probe ends. */
	while (c->common[j] != 0 && c->common[j] != v)
		j = (j + 1) % LANG_COMMON_SLOTS;
	return j;
}

static bool
lang_ascii_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Put each common word of ASCII letters in c->common, its first row. */
static void
lang_common_table(struct lang_count *c)
{
	const struct lang_row	*r;
	size_t			 n, i, j;

	for (r = lang_common; r->word != NULL; r++) {
		n = strlen(r->word);
		for (i = 0; i < n && r->word[i] >= 'a' && r->word[i] <= 'z';)
			i++;
		if (n == 0 || n > LANG_COMMON_MAX || i < n)
			continue;
		j = lang_common_slot(c, lang_pack(r->word, n));
		if (c->common[j] == 0) {
			c->common[j] = lang_pack(r->word, n);
			c->clang[j] = r->lang;
		}
	}
}

/*
 * Count the ASCII letters s[0..n), a whole word, as lang_count_word()
 * does: lower case, as lang_find() folds them, finds the common word.
 */
static void
lang_count_ascii(struct lang_count *c, const char *s, size_t n)
{
	size_t	j;

	c->latin += n;
	if (n > LANG_COMMON_MAX)
		return;
	j = lang_common_slot(c, lang_pack(s, n));
	if (c->common[j] != 0)
		c->votes[c->clang[j]]++;
}

/* Count the character at s[i..n) by script; its bytes. */
static size_t
lang_count_char(struct lang_count *c, const char *s, size_t n, size_t i)
{
	const unsigned char	*p = (const unsigned char *)s + i;
	size_t			 w = lang_seqlen(*p);
	unsigned		 uc;

	if (i + w > n)
		return n - i;
	if (w == 3) {
		uc = (p[0] & 0x0f) << 12 | (p[1] & 0x3f) << 6 | (p[2] & 0x3f);
		if (uc >= 0x4e00 && uc <= 0x9fff)
			c->han++;
		else if (uc >= 0x3040 && uc <= 0x30ff)
			c->kana++;
	}
	return w;
}

/* Count a word: its script, a vote if it is a common word, and one for
 * each letter that only one language writes. */
static void
lang_count_word(struct lang_count *c, const char *s, size_t n)
{
	const struct lang_row	*r;
	size_t			 i, w;

	for (i = 0; i < n; i += w) {
		w = lang_letter_at(s, n, i);
		if (w == 0)
			w = lang_seqlen((unsigned char)s[i]);
		else if (w == 2 && (unsigned char)s[i] >= 0xd0)
			c->cyrillic++;
		else
			c->latin++;
		if (w == 2 && (r = lang_find(lang_marks, s + i, 2)) != NULL)
			c->votes[r->lang]++;
	}
	if (n <= 8 && (r = lang_find(lang_common, s, n)) != NULL)
		c->votes[r->lang]++;
}

enum lang_id
lang_detect(const char *s, size_t n)
{
	static const enum lang_id latin[] = { LANG_EN, LANG_FR, LANG_DE,
		LANG_ES };
	struct lang_count	 c;
	enum lang_id		 best;
	size_t			 i = 0, w;

	memset(&c, 0, sizeof(c));
	lang_common_table(&c);
	if (n > LANG_DETECT_MAX)
		n = LANG_DETECT_MAX;
	while (i < n) {
		if ((unsigned char)s[i] < 0x80 &&
		    !lang_ascii_letter((unsigned char)s[i])) {
			i++;		/* as lang_count_char() would */
			continue;
		}
		/* A run of ASCII letters that ends at ASCII other than an
		 * apostrophe is the whole word lang_letters() would find. */
		for (w = i; w < n && lang_ascii_letter((unsigned char)s[w]);)
			w++;
		if (w > i && (w == n || ((unsigned char)s[w] < 0x80 &&
		    s[w] != '\''))) {
			lang_count_ascii(&c, s + i, w - i);
			i = w;
			continue;
		}
		if ((w = lang_letters(s, n, i)) > 0) {
			lang_count_word(&c, s + i, w);
			i += w;
		} else
			i += lang_count_char(&c, s, n, i);
	}
	/* An ideograph says as much as a word of four letters. */
	if (c.han + c.kana > 0 && 4 * (c.han + c.kana) >= c.latin + c.cyrillic)
		return c.kana * 10 > c.han ? LANG_JA : LANG_ZH;
	if (c.cyrillic > c.latin)
		return c.votes[LANG_UK] > c.votes[LANG_RU] ? LANG_UK : LANG_RU;
	if (c.latin == 0)
		return LANG_NONE;
	best = LANG_EN;
	for (i = 1; i < sizeof(latin) / sizeof(latin[0]); i++)
		if (c.votes[latin[i]] > c.votes[best])
			best = latin[i];
	return best;
}

const char *
lang_code(enum lang_id l)
{
	return l > LANG_NONE && l < LANG_COUNT ? lang_codes[l] : NULL;
}
