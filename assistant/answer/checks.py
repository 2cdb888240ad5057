"""Checks of the kind of answer a question asks for, on the paragraphs an answer would cite: a figure for the year
asked, the measure's own words beside its figure, a date, a person, the country named; and questions off the
documents' topics. Each failed check is a reason to say "not found", in words (Composer.gaps).

The answerability model weighs shares of words; these checks look at what kind of thing the paragraphs hold. The
pure parts are in evidence.py; this mixin of Composer needs its analyzer, IDF table, reader and citation margin.
"""
from __future__ import annotations

import math
import re

from ..ingest.meta import MONTHS, SYMBOL
from ..ingest.places import countries_named, country_key, fold, is_demonym, known_country, mentions_country, places_in
from ..ingest.sentences import sentences
from .evidence import (MEASURE_WORDS, ORG_WORDS, ROLE, TEXT_WORDS, asked_unit, asks_for_date, asks_for_person, dated, event_dated, figure_for_year, holds, holds_role, lead_in,
                       measured, person_names, role_asked, spelled_out)
from .counts import (_PEOPLE, WORD_COUNT, asks_a_count, counted_after_the_change, other_sex_counted, sex_uncounted, counts_by_name, rank_for_year, asks_a_total, asks_by_naming, asks_each, counted_figures, counts, counts_in_words, gives_an_amount_each,
                     counts_for_place, event_uncounted, groups_named, kind_of_people, others_counted, recipient_named, share_words)
from .kinds import (DAY_MONTH, INSTRUMENT, KIND_OF_STATES, act_asked, alternatives, asked_kind, article_of, asks_for_article, gives_article, asks_for_duration, asks_for_span, gives_span, asks_for_money, asks_for_multiple, asks_for_penalty, asks_for_symbol,
                    dates_the_act, gives_duration, gives_money, gives_multiple, gives_penalty, gives_share, gives_symbol, mentions, named_things,
                    names_alternative, names_kind, names_plan, names_word, numbered_named, plan_asked, plan_topic, share_of, without_protocols)
from ..search.query import ORDINAL, QUESTION_WORDS, without_where_filed, YEAR, SAID_VERBS, asked_part, asks_for_recommendation, bodies_named, asker_lead_in, named_as_source, document_years, event_years, names_a_paragraph, naming_years, premise, premise_years, range_years, naming_words, reports_of, review_years, states_by_demonym, without_body_names, without_story, years
from ..records import Paragraph
from ..search.retrieve import Hit

_TWO_PARTS = re.compile(rf"\w[.;]\s+(?=(?-i:[A-Z])|(?:{QUESTION_WORDS})\b)|^\s*(?:after|when|since|while|although|though)\s+(?:the\s+)?(?:Committee|CESCR|"
                        r"UN|treaty body|NGO|FIDH)\b[^?]*,", re.I)
_AND_ASKS = re.compile(r"\w,?\s+and\s+(?:what|how|which|who|when)\s+(?:is|was|are|were|did|does|do|has|have|had)\b", re.I)  # '..., and what
# was the list down to in 2019?': a second question joined to the first


_NUMBERED_Q = re.compile(r"(?:\b(?:No|Nos|N\u00b0)\.?|\u2116)\s*(\d+)\b")  # U+2116: '№ 50', as post-Soviet texts print it
_ILO_NUMBERED = re.compile(r"\bILO\s+(?i:conventions?)\s+(\d{2,3})\b(?!\s*/)")  # 'ILO convention 87', typed without 'No.'
_KIND_NUMBERED = re.compile(r"\b(?:Decree|Law|Act|Order|Ordinance|Resolution|Convention)\s+(\d{2,5})\b(?!\s*/)")  # 'Decree 895'
_NUMBER_WORDS = r"(?:No|Nos|N\u00b0|number|numbers|Convention|comment|recommendation|resolution|Order|Decree|Law|Act)"


def numbered_missing(question: str, texts: list[str]) -> list[str]:
    """The numbered things a question names ('general comment No. 3', 'Convention No. 189') that no text names by
    that number, after 'No.', 'number' or the kind of thing ('Convention 189', 'Nos. 6 and 14'); a bare '3' or a
    '25 communications' is not it.

    >>> numbered_missing("When was general comment No. 3 adopted?", ["It replaces general comments No. 6 and No. 14 (1984)."])
    ['No. 3']
    >>> numbered_missing("Did it ratify Convention No. 189?", ["It ratified ILO Conventions Nos. 100, 189 and 190."])
    []
    >>> numbered_missing("What do NGOs say about Rules No. 50?", ["the Rules \u2116 50 on Public Hearings"])
    []
    >>> numbered_missing("Kazakstan ratified ILO convention 87 in which year?", ["despite the ILO Committee on Freedom of Association"])
    ['No. 87']
    """
    out = []
    for num in dict.fromkeys(_NUMBERED_Q.findall(question) + _ILO_NUMBERED.findall(asked_part(question))):  # not the
        # convention a question tells of first ('After the Committee stressed ILO Convention 87, what did it change?')
        named = re.compile(rf"(?:\b{_NUMBER_WORDS}\.?|\u2116)\s*(?:\d+\s*(?:,|and)\s*)*{num}(?!\d)", re.I)
        if not any(named.search(t) for t in texts):
            out.append(f"No. {num}")
    return out


def by_surname(name: str, text: str) -> bool:
    """Does the text speak of the person a name of two words names by the surname after a title ('Ahmed Mansoor':
    'Mr. Mansoor, who won the Martin Ennals Award in 2015')?

    >>> by_surname("Ahmed Mansoor", "Mr. Mansoor, who won the award in 2015"), by_surname("Ahmed Mansoor", "Mansoor Street")
    (True, False)
    """
    words = name.split()
    return len(words) == 2 and bool(re.search(rf"\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+{re.escape(words[1])}\b", text))


_COMMUNICATION_Q = re.compile(r"\b(?:communication|case|complaint|petition)\s+(?:number|No\b)|\bnumber\s+of\s+(?:the|that|this|its)\s+"
                              r"(?:[\w'\u2019-]+\s+){0,5}?(?:communication|complaint|petition|individual\s+case)\b", re.I)  # a communication's number asked
_COMMUNICATION_NO = re.compile(r"\b(?:No|Nos|N[o\u00b0\u00ba])\.?\s*\d{1,5}/\d{2,4}\b|\b\d{1,5}/(?:19|20)\d\d\b")  # 'No. 34/2011', '2500/2014'


def communication_of(symbol: str) -> str:
    """A treaty body's decision is on the communication its symbol numbers: 'CAT/C/39/D/264/2005' is on communication
    No. 264/2005, which its paragraphs need not repeat.

    >>> communication_of("CAT/C/39/D/264/2005"), communication_of("E/C.12/KAZ/CO/2")
    ('communication No. 264/2005', '')
    """
    m = re.search(r"/D/(\d{1,5})/((?:19|20)\d\d)\b", symbol)
    return f"communication No. {m.group(1)}/{m.group(2)}" if m else ""


def symbols_missing(question: str, documents: list[str], texts: list[str]) -> list[str]:
    """The UN document symbols a question names that are no document here (`documents`: their symbols, citation ids
    and aliases): named as where the answer's words are ('What did the replies (E/C.12/KAZ/Q/2/Add.1) say?'), no
    paragraph here is that document's words, even one that mentions it; named as what is asked about ('When was
    E/1990/5/Add.17 submitted?'), only when no text cites it.

    >>> q = "What did the replies (E/C.12/KAZ/Q/2/Add.1) say about quotas?"
    >>> symbols_missing(q, ["E/C.12/KAZ/CO/2"], ["its written replies (E/C.12/KAZ/Q/2/Add.1)."])
    ['E/C.12/KAZ/Q/2/Add.1']
    >>> symbols_missing("When did Kenya submit E/1990/5/Add.17?", ["E/C.12/1993/3"], ["the initial report (E/1990/5/Add. 17)"])
    []
    >>> symbols_missing("When did Kenya submit E/1990/5/Add.18?", ["E/C.12/1993/3"], ["the initial report (E/1990/5/Add.17)"])
    ['E/1990/5/Add.18']
    >>> symbols_missing("What does E/C.12/KAZ/CO/2 recommend?", ["e/c.12/kaz/co/2"], [])
    []
    """
    def squash(s: str) -> str:
        return re.sub(r"\s+", "", s).upper()
    known, cited, asked = {squash(d) for d in documents if d}, squash(" ".join(texts)), asked_part(question)
    out = []
    for m in SYMBOL.finditer(asked):
        symbol = squash(m.group(0))
        if symbol not in known and (named_as_source(asked, m.start(), m.end()) or not re.search(rf"{re.escape(symbol)}(?![\w/.])", cited)):
            out.append(m.group(0))
    return list(dict.fromkeys(out))


ORDINAL_THINGS = "report|session|meeting|review|cycle"  # what a question numbers by its place: 'the third report'
_ORDINAL_THING = re.compile(rf"\b({ORDINAL})\s+(?:(?:periodic|combined|national|State party|universal periodic|voluntary(?: national)?)\s+)?"
                            rf"({ORDINAL_THINGS})s?\b", re.I)


def other_numbered(question: str, sentence: str, marks: re.Pattern | None = None) -> bool:
    """Are all the dates (or `marks`: sessions) of the sentence those of other numbered things than the one the question
    asks about, each just after one ('general comments No. 6, adopted ... at its sixteenth session (1982), and No. 14
    ... (1984)' for 'general comment No. 36')? Not a date before them ('At its meeting held on 6 December 2017, the
    Committee decided that its general comment No. 1 would be superseded by the below text').

    >>> q = "At which session did the Committee adopt general comment No. 36?"
    >>> other_numbered(q, "It replaces general comments No. 6, adopted at its sixteenth session (1982), and No. 14 (1984)."), other_numbered(q, "It was adopted in 2018.")
    (True, False)
    >>> other_numbered("When was general comment No. 4 adopted?", "At the meeting held on 6 December 2017, general comment No. 1 was superseded.")
    False

    The same for a report or session named by its ordinal ('Tunisia's fourth periodic report'), not one that a combined
    report or a span names too ('its combined fourth and fifth periodic reports').

    >>> q = "In what year did the Committee consider Tunisia's fourth periodic report?"
    >>> other_numbered(q, "Tunisia submitted its fifth periodic report CCPR/C/TUN/5 to the Committee in December 2006.")
    True
    >>> other_numbered(q, "It considered the combined fourth and fifth periodic reports in 2008."), other_numbered(q, "It considered it in 1994.")
    (False, False)

    A year in brackets is the name's just before it.

    >>> q = "In what year was Decree 895 adopted?"
    >>> other_numbered(q, "Implement the Children Code (1992) as well as Decree 895 (Ley contra Terrorismo)."), other_numbered(q, "Decree 895 (1998) punishes it.")
    (True, False)
    """
    asked = set(_NUMBERED_Q.findall(question)) | {n for n in _KIND_NUMBERED.findall(question) if not YEAR.fullmatch(n)}
    ordinals = {m.group(1).lower() for m in _ORDINAL_THING.finditer(question)}
    ordinals |= {"first", "initial"} if ordinals & {"first", "initial"} else set()
    found = list((marks or YEAR).finditer(sentence)) if asked or ordinals else []

    def theirs(m: re.Match) -> bool:
        before = sentence[max(0, m.start() - 80):m.start()]
        numbers = _NUMBERED_Q.findall(before) if asked else []
        named = _ORDINAL_THING.findall(sentence[:m.start()]) if ordinals else []  # a report's date may come a clause later
        if asked and re.search(r"[A-Z][\w'\u2019-]+\s*\($", before) and sentence[m.end():m.end() + 1] == ")":
            return not any(re.search(rf"\b{n}\b", before[-40:]) for n in asked)  # the year in brackets is the name's
            # just before it: 'the Children and Adolescents Code (1992) as well as Decree 895' dates no Decree 895
        return bool(numbers) and numbers[-1] not in asked or bool(named) and not any(
            re.search(rf"\b{o}\b", sentence[:m.start()], re.I) for o in ordinals)
    return bool(found) and all(theirs(m) for m in found)


_WHICH_OFFICIAL = re.compile(r"\s*(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:official|officer|office-holder|authority)\b", re.I)
_TITLE = rf"(?=[A-Z])(?i:{ROLE.pattern})\b"  # an office holder's title (evidence.ROLE), written as a title: 'Commissioner'
_OFFICE = re.compile(rf"\b(?:[A-Z][\w'\u2019-]*\s+){{1,5}}{_TITLE}")  # 'the New Zealand Disability Rights Commissioner'
_LED_DELEGATION = re.compile(r"\bwho\s+(?:led|headed|leads|heads)\s+(?:[\w'\u2019-]+\s+){0,4}?delegation\b", re.I)  # 'Who led Nigeria's
# delegation?': 'a high level delegation, led by the Minister of Women's Affairs' (the office, when no name is given)
_CHAIRED_BY_OFFICE = re.compile(rf"\b(?:chaired|headed|presided\s+over|led)\s+by\s+(?:the\s+)?(?:country['\u2019]s\s+)?(?:[A-Z][\w-]*\s+){{0,3}}?{_TITLE}")


def chairs_a_body(question: str) -> bool:
    """'Who chairs the Coordination Council?': who holds the chair of a standing body, which an office may hold ('chaired
    by the Prime Minister'); not who headed a delegation or a mission, a person named.

    >>> chairs_a_body("Who chairs the Coordination Council that monitors the SDGs?"), chairs_a_body("Who headed the delegation?")
    (True, False)
    """
    return bool(re.search(r"\bwho\s+(?:currently\s+)?(?:chairs|heads|leads|presides\s+over|is\s+(?:the\s+)?(?:chair(?:man|person)?|head)\s+of)\s+"
                          r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}?(?:council|commission|committee|board|assembly|group|body|agency|"
                          r"coalition|authority|working\s+group)\b", question, re.I)) and not re.search(r"\b(?:delegation|mission)\b", question, re.I)


def ordinals_missing(question: str, texts: list[str]) -> list[str]:
    """The numbered report, session or meeting a question names ('its seventy-fifth session', 'its initial report')
    that no text names with the same ordinal: a paragraph on the seventy-fourth session or the second periodic report
    answers for another one.

    >>> ordinals_missing("When was the seventy-fifth session held?", ["Adoption of the report on its seventy-fourth session"])
    ['seventy-fifth session']
    >>> ordinals_missing("What did the initial report say?", ["It considered the initial and second periodic reports."])
    []
    >>> ordinals_missing("What did the second periodic report say?", ["the combined second and third periodic reports"])
    []
    >>> ordinals_missing("When was Rwanda's first report considered?", ["the initial report of Rwanda"])
    []
    >>> ordinals_missing("When was the thirty-second session held?", ["three sessions: the thirty-first session (12-17 February), the thirty-second (12-16 June)"])
    []
    >>> ordinals_missing("When was the thirty-second session held?", ["the thirty-first session (12-17 February), the thirty-second meeting"])
    ['thirty-second session']
    >>> ordinals_missing("What is the symbol of Japan's initial report?", ["The following reports were before it: Denmark Fifth periodic CAT/C/81/Add.2 Japan Initial CAT/C/JPN/1"])
    []
    >>> ordinals_missing("How many did it accept after its first review in 2010?", ["Lesotho was reviewed in May 2010. She accepted 96."])
    []
    >>> ordinals_missing("How many did it accept after its first review in 2010?", ["Lesotho was reviewed in May 2014. She accepted 96."])
    ['first review']
    >>> ordinals_missing("How many did it get at its first review in May 2009?", ["In May 2009, it received 99 recommendations."])
    []
    >>> ordinals_missing("When did the Committee first review Guyana's initial report?", ["It considered the initial report of Guyana in April 1997."])
    []
    >>> ordinals_missing("What did it ask before its third periodic review?", ["the third periodic report of the Dominican Republic"])
    []
    >>> ordinals_missing("What did it ask before its second periodic review in 2003?", ["the second report, in 2003"])
    []
    >>> ordinals_missing("What does it ask before Japan's seventh periodic report?", ["List of issues prior to submission of the seventh periodicreport of Japan"])
    []
    """
    out = []
    for m in _ORDINAL_THING.finditer(question):
        ordinal, thing = m.group(1).lower(), m.group(2).lower()
        ordinal = "(?:first|initial|1st)" if ordinal in ("first", "initial") else ordinal  # 'its first report': the initial one
        if re.search(r"(?<!universal )periodic\s+review", m.group(0), re.I):
            thing = "(?:review|report)"  # 'its third periodic review': the review of its third periodic report
        said = re.compile(rf"\b{ordinal}\b(?:[\s,\w-]{{0,60}}?)(?:\b|(?<=periodic)){thing}", re.I)  # 'initial and second periodic
        # reports'; a transcript's glued 'seventh periodicreport'
        listed = re.compile(rf"\b{thing}s?\b[^.;]{{0,100}}?\bthe\s+{ordinal}\b(?!-)(?!\s+(?:[\w-]+\s+)?(?:report|session|meeting|review|cycle)s?\b)", re.I)
        # 'the thirty-first session (12-17 February), the thirty-second (12-16 June)': the thing said once for the list
        tabled = re.compile(rf"\b{ordinal}(?:\s+periodic)?\s+(?:[A-Z]{{2,6}}/)+[A-Z0-9]", re.I) if thing == "report" else None
        # a table of reports flattened to one cell a line: 'Japan Initial CAT/C/JPN/1'
        year = re.match(r"[^.?;,]{0,40}?\b(?:in|of)\s+(?:[A-Z][a-z]+\s+)?((?:1[89]|20)\d\d)\b", question[m.end():])  # 'its first review in 2010'
        by_year = year and re.compile(rf"\b{thing[:5] if thing.isalpha() else '(?:revie|repor)'}\w*[^.;]{{0,40}}?\b{year.group(1)}\b", re.I)  # 'Lesotho was reviewed in May 2010'
        initial = thing in ("review", "dialogue", "examination") and ordinal.startswith("(?:first") and re.compile(r"\b(?:initial|first)\s+report\b", re.I)
        # 'When did it first review Guyana's initial report?': 'considered the initial report of Guyana ... in April 1997'
        if not any(said.search(t) or listed.search(t) or tabled and tabled.search(t) and re.search(r"\breports?\b", t, re.I)
                   or by_year and by_year.search(t) or initial and initial.search(t) or dated_by(m.group(0), question, t) for t in texts):
            out.append(m.group(0))
    return list(dict.fromkeys(out))


NTH_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"] + \
       [f"twenty-{w}" for w in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")]
_REPORT_NUMBER = re.compile(r"^(?:E/C\.12|(?:CCPR|CEDAW|CRC|CAT|CERD|CRPD|CMW|CED)/C)/(?:OP[A-Z]{2}/)?[A-Z]{3}/(?:CO/|Q/|QPR/|LOIPR/|RQ/)?"
                            r"(\d{1,2})(?:-(\d{1,2}))?$")


def report_named(symbol: str) -> str:
    """The report a treaty body's symbol files a document under, in words: 'CED/C/BRA/CO/1' (the observations on the
    initial report) -> 'initial report'; a UPR or Council symbol's numbers are no report's; '' for others.

    >>> report_named("CED/C/BRA/CO/1"), report_named("CRPD/C/MWI/CO/1-2"), report_named("E/C.12/KAZ/3"), report_named("A/HRC/40/5")
    ('initial report', 'initial and second periodic reports', 'third periodic report', '')
    """
    m = _REPORT_NUMBER.match(symbol or "")
    if not m or not 0 < int(m.group(1)) <= len(NTH_WORDS) or m.group(2) and not int(m.group(1)) < int(m.group(2)) <= len(NTH_WORDS):
        return ""
    first = "initial" if m.group(1) == "1" else NTH_WORDS[int(m.group(1)) - 1]  # a State's first report is its initial one
    last = m.group(2) and NTH_WORDS[int(m.group(2)) - 1]
    return f"{first} and {last} periodic reports" if last else ("initial report" if first == "initial" else f"{first} periodic report")


def session_named(symbol: str) -> str:
    """The session a Human Rights Council symbol files a document under, in words: 'A/HRC/15/42' -> 'fifteenth
    session', 'A/HRC/WG.6/11/WSM/1' (the Working Group's) -> 'eleventh session'; '' for others.

    >>> session_named("A/HRC/15/42"), session_named("A/HRC/WG.6/45/NGA/3"), session_named("E/C.12/KAZ/CO/2")
    ('fifteenth session', 'forty-fifth session', '')
    """
    m = re.match(r"A/HRC/(?:WG\.6/)?(\d{1,2})/", symbol or "")
    if not m or not int(m.group(1)):
        return ""
    n = int(m.group(1))
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"][n // 10]
    word = NTH_WORDS[n - 1] if n <= 20 else tens[:-1] + "ieth" if n % 10 == 0 else f"{tens}-{NTH_WORDS[n % 10 - 1]}"
    return f"{word} session"


def dated_by(name: str, question: str, text: str) -> bool:
    """A name the question dates to the month ('its first Universal Periodic Review in December 2009') stands for
    what happened then: a text that gives that month ('In December 2009, Bhutan received 99 recommendations') speaks of it.

    >>> dated_by("Universal Periodic Review", "How many did it get at its Universal Periodic Review in December 2009?", "In December 2009, it got 99.")
    True
    """
    m = re.search(re.escape(name) + rf"\s+(?:held\s+)?in\s+((?:{MONTHS})\s+(?:1[89]|20)\d\d)\b", question)
    return bool(m) and m.group(1) in text


def described(thing: str, sentence: str) -> bool:
    """A long name asked in other words ('the revised ministerial regulation protecting workers in the sea fishing
    industry'): two thirds of its words of four letters or more are in the sentence (names_word: by stem or another name).

    >>> described("Revised Ministerial regulation protecting workers in the Sea Fishing Industry",
    ...           "(b) Revised Labour Ministerial Regulation to Protect Labour in the Sea Fishing Industry, in 2014;")
    True
    >>> described("Revised Ministerial regulation protecting workers", "(a) The Labour Protection Act, in 2019;")
    False
    """
    words = [w for w in re.findall(r"[A-Za-z]+", thing) if len(w) >= 4]
    return len(words) >= 4 and 3 * sum(names_word(sentence, w) for w in words) >= 2 * len(words)


def filed_number(question: str, texts: list[str]) -> bool:
    """Does a text give the number an instrument is filed as ('Act No. 33', 'Law 1/2019'), in the sentence or list item
    that names the one the question names, if it names one by its words?

    >>> filed_number("What act number was given to Vanuatu's Family Protection Act?", ["(b) Customary Land Management Act No. 33, "
    ...              "in 2013;\\n(c) Family Protection Act, in 2008, criminalizing domestic violence."])
    False
    >>> filed_number("What number does the Family Protection Act have?", ["(c) Family Protection Act No. 28 of 2008."])
    True
    >>> filed_number("What is the number of the Ministry of Health order?", ["Ministry of Health Order No. MZ RK-121/2020 of 9 October 2020"])
    True
    """
    stems = [st for m in _LAW_NAME.finditer(question) for st in _law_stems(m, question)]
    said = [t[a:b] for t in texts for a, b in sentences(t)] if stems else texts
    return any(_FILED_AS.search(s) and all(re.search(rf"\b{re.escape(st)}", s, re.I) for st in stems) for s in said)


def _law_stems(m: re.Match, question: str, generic: set[str] = frozenset()) -> list[str]:
    """The stems of the distinctive words of a law's name (_LAW_NAME match), less `generic` words: 'Peoples' ->
    'Peopl', 'Unions' -> 'Unio'."""
    generic = _GENERIC_LAW_WORDS | set(generic) | {w.lower() for c in countries_named(question) for w in c.split()}  # 'Mauritania's Slavery Act'
    words = [w for w in re.findall(r"[A-Za-z]+", m.group(1)) if len(w) > 2 and w.lower() not in generic and w[0].isupper()]
    return [w[:max(4, len(w) - 2)] for w in words]


_LAW_NAME = re.compile(r"(?<![.?!]\s)(?<!^)\b((?:[A-Z][\w\u2019'-]*\s+(?:(?:on|of|for|the|and|against|to|in)\s+)*){1,6})"
                       r"(?:Act|Law|Code|Decree|Ordinance|Bill)\b")
_GENERIC_LAW_WORDS = {"act", "law", "code", "decree", "ordinance", "bill", "national", "republic", "federal", "new", "the"}


def laws_missing(question: str, texts: list[str], generic: set[str] = frozenset()) -> list[str]:
    """The laws a question names ('the Indigenous Peoples' Rights Act') whose distinctive words no text holds (the
    kind of law, 'Act' or 'Law', may be spelled otherwise: 'the Law on Trade Unions' for 'the Trade Union Act').

    >>> laws_missing("What number has the Philippines' Indigenous Peoples' Rights Act?", ["Republic Act No. 10368, the Human Rights Victims Act"])
    ["Indigenous Peoples' Rights Act"]
    >>> laws_missing("When was the Trade Union Act adopted?", ["The Law on Trade Unions was adopted in 2014."])
    []
    """
    out = []
    for m in _LAW_NAME.finditer(question):
        name = m.group(0).strip()
        for c in countries_named(question):  # "the Philippines' Indigenous Peoples' Rights Act": the law is the rest
            name = re.sub(rf"^{re.escape(c)}(?:['\u2019]s?)?\s+", "", name)
        stems = _law_stems(m, question, generic)
        if stems and not any(all(re.search(rf"\b{re.escape(st)}", t, re.I) for st in stems) for t in texts):
            out.append(name)
    return out


_TREATY_NAME = re.compile(r"\b(?:Convention|Covenant|Protocol|Treaty|Charter)\s+(?:(?:on|against|for|relating\s+to|concerning|"
                          r"(?:that|which)\s+protects|protecting)\s+)"
                          r"((?:(?!(?:in(?!\s+(?-i:[A-Z]))|by|since|during|when|after|before|which|that|was|were|is|are|has|have|had|did|does|do|not|will|would|according|"
                          r"under|from|with\s+(?:the|its|a)\b|enter(?:s|ed)?|(?:take|come|go)(?:s|n)?|took|came|went|bec[ao]mes?)\b)"  # '... death
                          r"[\w'\u2019-]+\s*){1,10})", re.I)  # penalty enter into force': not 'enter'

_PROTOCOL_OF = re.compile(r"\bProtocols?\s+to\s+(?:the\s+)?([A-Z]{2,}s?\b|[A-Z][\w'\u2019-]*(?:,?\s+(?:on|of|the|and|against|for|[A-Z][\w'\u2019-]*))*)")
_TREATY_OWNER = re.compile(r"\b(?:the\s+)?(Covenant|Convention|Charter)['\u2019]s\s+Optional\s+Protocol\b", re.I)
_NAME_LINKS = r"of|the|and|on|against|for|to|all|with|their|its"  # the small words inside a name of capitalised words
_CAPITALISED_NAME = re.compile(rf"(?:the\s+)?[A-Z][\w'\u2019-]*(?:,?\s+(?:(?:{_NAME_LINKS})\s+)*[A-Z][\w'\u2019-]*)*")
_CAPITALISED_IN_NAME = re.compile(rf"(?:the\s+)?[A-Z][\w'\u2019-]*(?:,?\s+(?:(?:{_NAME_LINKS}|in)\s+)*[A-Z][\w'\u2019-]*)*")  # a treaty's:
# 'against Discrimination in Education'
_WHICH_TREATY = re.compile(r"\s*(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:treaty|convention|covenant|protocol|instrument|agreement)\b", re.I)
_A_TREATY = re.compile(r"\b(?:(?i:Convention|Covenant|Protocol|Treaty|Charter)s?|[A-Z]*C[A-Z]{2,})\b")  # or 'CRPD', 'ICRMW'
_NAMED_BEFORE = re.compile(r"((?:\b[A-Z][\w'\u2019-]*\s+){1,4})(?:Convention|Charter|Treaty)\b|"
                           r"\b(?:UN|ILO|United Nations)\s+((?:[a-z][\w'\u2019-]*\s+){1,3})(?:convention|treaty)\b")  # 'the UN migrant workers convention'
_NOT_A_NAME = {"ilo", "has", "have", "had", "did", "does", "do", "is", "was", "when", "which", "what", "whether", "core", "optional", "new"}
_GENERIC_TREATY_WORDS = {"the", "of", "all", "rights", "right", "protection", "members", "their", "its", "and", "on", "international",
                         "elimination", "forms", "un", "united", "nations", "persons", "people"}


def _word_of_name(word: str, text: str) -> bool:
    """A word of a name (a treaty's, a general comment's subject, a place's) in a text: 'families' by 'famili'; an
    acronym ('ICESCR') written out too; a verb's '-ing' by its noun ('abolishing': 'abolition', 'protecting':
    'protection')."""
    stem = word[:max(5, len(word) - 5)] if word.lower().endswith("ing") else word[:max(4, len(word) - 2)]
    if re.search(rf"\b{re.escape(stem)}", text, re.I) or word.isupper() and spelled_out(word, text):
        return True
    return not (word.isascii() and text.isascii()) and _word_of_name(fold(word), fold(text))  # 'Kuhistoni' for 'Kŭhistoni'


def treaties_missing(question: str, texts: list[str]) -> list[str]:
    """The treaties a question names by what they are on ('the UN convention on the rights of all migrant workers
    and their families', 'the Convention against Torture') when no text holds the distinctive words of that: ratifying
    the Convention on the Rights of the Child or the Refugee Convention is not ratifying the migrant workers'.

    >>> treaties_missing("When did it ratify the convention on the rights of all migrant workers and their families?",
    ...                  ["It has ratified the Convention on the Rights of the Child and the ILO Workers with Family Responsibilities Convention."])
    ['migrant workers and their families']
    >>> treaties_missing("Has it ratified the UN convention that protects the rights of all migrant workers, and when?", ["It has ratified the CRC."])
    ['migrant workers']
    >>> treaties_missing("Did it ratify the treaty that protects the rights of migrant workers and their families?",
    ...                  ["Support migrant workers and members of their families through social protection schemes."])
    ['migrant workers and their families']
    >>> treaties_missing("When did it ratify the UN migrant workers convention?", ["It ratified the Convention on the Rights of the Child."])
    ['UN migrant workers convention']
    >>> treaties_missing("Has it ratified the Convention against Torture?", ["The Convention against Torture was ratified in 1998."])
    []
    >>> treaties_missing("Has it ratified the ILO Domestic Workers Convention?", ["It ratified the ILO Equal Remuneration Convention, 1951 (No. 100)."])
    ['ILO Domestic Workers Convention']
    >>> treaties_missing("What does the NGO say about the Aarhus Convention?", ["Ensure full implementation of the UNECE (Aarhus Convention)."])
    []
    >>> treaties_missing("When was the European Convention on Human Rights made Danish law?", ["Incorporating ECHR in 1992 helped human rights."])
    []
    >>> treaties_missing("When did it ratify the Covenant's Optional Protocol?", ["The Optional Protocol to the Convention on the Rights of Persons with Disabilities was ratified in 2023."])
    ['Covenant']
    >>> treaties_missing("When was the Optional Protocol to the ICESCR signed?", ["It signed the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights."])
    []
    >>> treaties_missing("Which UNECE treaty on access to environmental information and public involvement did they invoke?",
    ...                  ["Ratify the UNECE Convention on Access to Information, Public Participation and Access to Justice in Environmental Matters."])
    []
    >>> treaties_missing("Which treaty on the rights of migrant workers and their families did it ratify?", ["It ratified the Convention on the Rights of the Child."])
    ['migrant workers and their families']
    >>> treaties_missing("Which covenant on civil rights had Qatar not ratified?", ["It has not ratified the International Covenant on Civil and Political Rights."])
    []
    >>> treaties_missing("When did the International Covenant on Civil and Political Rights enter into force?",
    ...                  ["The International Covenant on Civil and Political Rights came into force on 22 June 1979."])
    []
    >>> treaties_missing("In what year did it join the Convention against Discrimination in Education?",
    ...                  ["It has ratified the Convention on the Elimination of All Forms of Discrimination against Women."])
    ['Discrimination in Education']
    >>> treaties_missing("When did the protocol on abolishing the death penalty enter into force for Kazakhstan?",
    ...                  ["On 24 June 2022, the Second Optional Protocol, aiming at the abolition of the death penalty, entered into force."])
    []
    """
    question = _TREATY_OWNER.sub(lambda m: f"Optional Protocol to the {m.group(1)}", question)  # "the Covenant's Optional Protocol"
    if not (_PROTOCOL_OF.search(question) or _TREATY_NAME.search(question) or _NAMED_BEFORE.search(question)):
        return []  # no treaty named (most questions: Composer.named_first asks for each)
    out = []
    treaty_sentences = [t[a:b] for t in texts for a, b in sentences(t) if _A_TREATY.search(t[a:b])]  # 'support migrant
    # workers and their families' names no treaty
    for m in [*_PROTOCOL_OF.finditer(question), *_TREATY_NAME.finditer(_PROTOCOL_OF.sub(" ", question))]:
        name = m.group(1)
        if name[:1].isupper() or name.lower().startswith("the ") and name[4:5].isupper():  # written as a name: its capitalised words
            name = _CAPITALISED_IN_NAME.match(name).group(0)  # ('... Political Rights enter into force': not 'enter'; 'against
            # Discrimination in Education': with its 'in')
        words = [w for w in re.findall(r"[A-Za-z]+", name) if len(w) > 2 and w.lower() not in _GENERIC_TREATY_WORDS]
        need = math.ceil(2 * len(words) / 3) if _WHICH_TREATY.match(question) else len(words)  # 'Which UNECE treaty on access
        # to environmental information and public involvement ...?': a description of what is asked, in other words
        if words and not any(sum(_word_of_name(w, t) for w in words) >= need for t in treaty_sentences):
            out.append(re.sub(r"^(?:the\s+)?(?:rights\s+of\s+)?(?:all\s+)?", "", m.group(1).strip(), flags=re.I))
    for m in _NAMED_BEFORE.finditer(question):  # 'the ILO Domestic Workers Convention', 'the Aarhus Convention'
        words = [w for w in re.findall(r"[A-Za-z]+", m.group(1) or m.group(2)) if len(w) > 2 and w.lower() not in _GENERIC_TREATY_WORDS | _NOT_A_NAME]
        name = _CAPITALISED_NAME.match(question, m.start()).group(0)  # 'European Convention on Human Rights': 'ECHR'
        initials = "".join(w[0] for w in re.findall(r"\b[A-Z][\w'\u2019-]*", name))
        if words and not any(all(_word_of_name(w, t) for w in words) or len(initials) > 2 and re.search(rf"\b{initials}\b", t)
                             for t in texts):
            out.append(m.group(0).strip())
    return out


_COMMENT_HEAD = r"\bgeneral\s+(?:comment|recommendation)s?\s+"
_COMMENT = _COMMENT_HEAD + r"(?:No\.?\s*\d+\s*)?(?:\(\d{4}\)\s*)?on\s+"
# asked by its subject, so no number: 'General Comment No. 34 on freedom of expression' is named, not asked
_COMMENT_ASKED = re.compile(_COMMENT_HEAD + r"(?:\(\d{4}\)\s*)?on\s+((?:(?!(?:did|does|do|was|were|is|has|have|that|which|when|should|would|could|must|can|will|"
                                        r"say|says|said|states?|stated|lists?|listed|mentions?|mentioned|describes?|described|"
                                        r"and\s+what|to\s+which)\b)[\w'\u2019-]+\s*){1,8})", re.I)
_COMMENT_ABOUT = re.compile(r"\bgeneral\s+comments?\b[^?]{0,40}?\b(?:regarding|concerning|about|on\s+the\s+subject\s+of)\s+"
                            r"((?:(?!(?:did|does|do|was|were|is|has|have|that|which|when|say|says|said|states?|stated|lists?|listed|"
                            r"mentions?|mentioned|describes?|described|and\s+what)\b)[\w'\u2019-]+\s*){1,8})", re.I)
_COMMENT_GIVEN = re.compile(_COMMENT.replace(r"on\s+", r"(?:of\s+the\s+(?-i:[A-Z][\w,]*)(?:\s+(?:on|of|the|and|against|for|(?-i:[A-Z][\w,]*)))*\s+)?on\s+")
                            + r"([^.;:()]+)", re.I)  # 'general recommendation No. 27 (2000) of the Committee on the Elimination of ... on X'
_NOT_A_TOPIC = {"the", "right", "rights", "of", "to", "and", "in", "on", "for", "its", "their", "all", "everyone",
                "subject", "topic", "theme", "matter", "same", "this", "that"}  # 'its general comment on the subject': the one asked of
_OWN_TITLE = re.compile(r"\bGeneral\s+(?:comment|recommendation)\s+No\.?\s*\d+\s*(?:\(\d{4}\))?(?:\s+on\s+|\s+Article\s+\d+|\s*:\s*[A-Z])", re.I)  # its
# own title in its front matter: 'General comment No. 4 (2016) Article 24: Right to inclusive education', 'General comment No.
# 30: Reporting obligations of States parties'
_ITSELF_A_COMMENT = re.compile(r"\b(?:this|the\s+present|the)\s+general\s+(?:comment|recommendation)\b(?!\s*No\b)", re.I)  # not 'the
# general comment No. 23' another text cites


def comments_missing(question: str, texts: list[str], own: list[str] = ()) -> list[str]:
    """The subject of the general comment a question asks about ('Which general comment on the right to water ...?')
    when no general comment the texts cite is on it: a reference to general comment No. 23 on just and favourable
    conditions of work does not answer it.

    >>> comments_missing("Which general comment on the right to water did it cite?", ["It refers to its general comment No. 23 (2016) on the right to just and favourable conditions of work."])
    ['the right to water']
    >>> comments_missing("Which earlier general comment did General Comment No. 34 on freedom of expression supersede?", ["It replaces general comment No. 10."])
    []
    >>> comments_missing("Which general comment on non-discrimination was cited?", ["See general comment No. 20 (2009) on non-discrimination in economic, social and cultural rights."])
    []
    >>> comments_missing("Which of its general comments did it cite regarding older persons in Kenya?", ["See its general comment No. 13 (1999) on the right to education."])
    ['older persons in Kenya']
    >>> comments_missing("What did it say in general comment No. 30 about how late reports have been?", ["Most were late."])
    []
    >>> comments_missing("Which CERD general recommendation on discrimination against Roma should Hungary heed?", ["Take into account general "
    ...                  "recommendation No. 27 (2000) of the Committee on the Elimination of Racial Discrimination on discrimination against Roma."])
    []

    A paragraph of a general comment itself (`own`: of a document the catalog reads as one) that speaks of it ('This
    general comment arises out of ...') is on what its own words name:

    >>> own = ["This general comment arises out of reports that said little about early childhood."]
    >>> comments_missing("What is the aim of its 2005 general comment on early childhood?", own, own)
    []
    >>> own = ["Historically ... General comment No. 4 (2016) Article 24: Right to inclusive education"]
    >>> comments_missing("Which instrument is listed in the general comment on inclusive education?", own, own)
    []
    """
    out = []
    for m in [*_COMMENT_ASKED.finditer(question), *(m for m in _COMMENT_ABOUT.finditer(question) if not re.search(r"\bNo\.?\s*\d", m.group(0)))]:
        # 'What did it say in general comment No. 30 about late reports?': what is asked of the comment it numbers
        words = [w for w in re.findall(r"[A-Za-z]+", m.group(1)) if len(w) > 2 and w.lower() not in _NOT_A_TOPIC
                 and not (m.re is _COMMENT_ABOUT and w[0].isupper())]  # '... regarding older persons in Kazakhstan'
        if not words:
            continue
        given = [g.group(1) for t in texts for g in _COMMENT_GIVEN.finditer(t)] + [t for t in own if _ITSELF_A_COMMENT.search(t) or _OWN_TITLE.search(t)]
        if words and not any(all(_word_of_name(w, g) for w in words) for g in given):
            out.append(m.group(1).strip().rstrip("?"))
    return out


_ARTICLE_NUMBER = re.compile(r"\b(?:art(?:icle)?s?)\.?\s*\d[\d.]*(?:\s*\(\d+\))?(?:(?:\s*,\s*|\s+and\s+|\s*[-\u2013]\s*|\s+)\d{1,3}(?:\.\d+)?(?!\d|,\d)(?:\s*\(\d+\))?)*",
                             re.I)  # measures nothing: 'under article 402', '(Articles 2, 3, 7, 9 11, and others)'
_BACK = re.compile(r"\b(?:such|of the total|of them|of these|of those|this number)\b", re.I)


def with_sentence_before(text: str, joins=lambda sentence, before: bool(_BACK.search(sentence))) -> list[str]:
    """The sentences of a text, each with the one before it when `joins` says so; by default when it refers back to
    it ('The number of such persons who are in work is 138,800, or 36 per cent of the total': of the 385,800 persons
    of working age told before).

    >>> with_sentence_before("There are 385,800 persons of working age. Of them, 138,800 work. It is 36 per cent.")[1]
    'There are 385,800 persons of working age. Of them, 138,800 work.'
    """
    spans = sentences(text)
    return [text[spans[i - 1][0]:b] if i and joins(text[a:b], text[slice(*spans[i - 1])]) else text[a:b] for i, (a, b) in enumerate(spans)]


def _year_told_before(sentence: str, before: str) -> bool:
    """'On 12 March 2021, the Council approved the list of indicators. The system consists of 262 indicators.': a
    sentence without a year, after one with a year, gives its figure for that year."""
    return not YEAR.search(sentence) and bool(YEAR.search(before))


_MANDATE = re.compile(r"\b(?:(?i:special\s+rapporteurs?)|Independent\s+Experts?|(?i:special\s+(?:representatives?|envoys?))|"
                      r"Working\s+Group\s+on)\b")  # 'a UN special rapporteur' in lower case too, not 'an independent expert'


_RECIPIENT = re.compile(r"\b(?:allocated|spent|budgeted|earmarked|assigned|set\s+aside|granted|paid)\s+(?:\w+\s+){0,5}?(?:for|on|to(?=\s+(?:the|its|their|an?|each|"
                        r"every|(?-i:[A-Z])\w*|\w+s)\b))\s+"  # not a purpose: 'set aside ... to widen healthcare access'
                        r"(?:the\s+|its\s+)?((?:[\w\u2019'-]+\s+){0,4}?[\w\u2019'-]+?)(?=\s+(?:in|each|every|per|from|by|since|during|"
                        r"between|according|under|over|and|or|for|to|on)\b|\s*[?,.;]|$)", re.I)
_MONEY_WORDS = {"budget", "budgets", "funding", "funds", "money", "spending", "year", "annually", "the", "of", "its", "their",
                "alone", "only", "just", "altogether", "overall", "amount", "sum", "monthly", "annual", "yearly", "weekly", "daily",
                "current", "total", "national", "state", "basic", "family", "families", "person", "persons", "people"}
_MONEY_KINDS = {"payment", "payments", "allowance", "allowances", "benefit", "benefits", "grant", "grants", "assistance", "support", "aid",
                "transfer", "transfers", "subsidy", "subsidies", "stipend", "stipends"}  # what the amount is of, said many ways ('a
# State allowance' is the 'state payment' asked): the thing's other words must be there
_MONEY_THING = re.compile(r"^\s*(?:and\s+|so\s+)?how\s+much\s+(?:is|was|are|were|will\s+be)\s+(?:the|a|an|each)\s+((?:[\w\u2019'-]+\s+){0,4}?[\w\u2019'-]+?)"
                          r"(?=\s+(?:paid|given|granted|worth|for|to|in|per|of|at|from|under|that|which|now|today|currently|each|every|a|an)\b|\s*[?,.;(]|$)", re.I)


_PLACE = re.compile(r"\b((?:[A-Z][\w'\u2019-]*\s+){1,3})(?i:Province|Region|Oblast|District|City|Governorate|Prefecture|County)\b|"
                    r"\b(?:province|region|oblast|district|city|governorate|prefecture|county)\s+of\s+((?:[A-Z][\w'\u2019-]*\s*){1,3})")


def places_missing(question: str, texts: list[str]) -> list[str]:
    """The province, region, district or city a question names ('Turkistan province', 'the city of Shymkent'), or one
    ISO 3166-2 lists that the part which asks names ('What share ... in Almaty?'), when no text names it: a national
    figure, or another region's, does not answer for it.

    >>> places_missing("What is the poverty rate in Turkistan province?", ["The poverty rate fell to 5.2 per cent nationally."])
    ['Turkistan province']
    >>> places_missing("How many schools are in the city of Almaty?", ["In Almaty, 12 new schools opened."])
    []
    >>> places_missing("The map lists 35,659 facilities. What share of those in Almaty are adapted?", ["Of 35,659 facilities, 32 per cent are adapted."])
    ['Almaty']
    """
    out = []
    for m in _PLACE.finditer(question):
        name = (m.group(1) or m.group(2)).strip()
        words = [w for w in name.split() if w.lower() not in ("the", "of", "and")]
        if words and m.start() > 0 and not any(all(_word_of_name(w, t) for w in words) for t in texts):
            out.append(m.group(0).strip())
    for name in places_in(asked_part(question)):
        if not any(name in o for o in out) and not any(all(_word_of_name(w, t) for w in name.split()) for t in texts):
            out.append(name)
    return out


def addressed_countries(question: str) -> list[str]:
    """The States a question asks what was recommended or asked of, or what their review or report said ('What did
    CESCR recommend to Kyrgyzstan?', "Kyrgyzstan's latest review"): a paragraph of a document on another State that
    mentions them does not answer.

    >>> addressed_countries("What did CESCR recommend to Kyrgyzstan about migrant workers?")
    ['Kyrgyzstan']
    >>> addressed_countries("What did Kyrgyzstan's report say?"), addressed_countries("How many migrants come from Kyrgyzstan?")
    (['Kyrgyzstan'], [])
    >>> addressed_countries("What raised the quality of the dialogue with the British delegation?")
    ['United Kingdom']
    """
    out, owners = [], reports_of(question)
    for c in countries_named(question):
        name = re.escape(c)
        if re.search(rf"\b(?:recommend\w*|ask\w*|urg\w*|call\w*\s+(?:on|upon)|told|review\w*)\s+(?:to\s+|of\s+)?(?:the\s+)?{name}\b", question, re.I) \
                or c in owners:
            out.append(c)
    return out + [c for c in states_by_demonym(question) if c not in out]  # 'the British delegation': the United Kingdom's


_DURING = re.compile(r"\b(?:during|amid|throughout)\s+[^,;?]{1,60}", re.I)


def money_recipient(question: str) -> list[str]:
    """The words of what an amount is asked to have gone to ('allocated each year to the ombudsman's office budget':
    ['ombudsman', 'office']), less the words of money; [] when the question names none.

    >>> money_recipient("How much is allocated each year to the ombudsman's office budget?")
    ['ombudsman', 'office']
    >>> money_recipient("How much was spent on social security for persons with disabilities in 2023?")
    ['social', 'security']
    >>> money_recipient("How much was set aside in the 2023 national budget for the ombudsperson's office?")
    ['ombudsperson', 'office']
    >>> money_recipient("How much was set aside under the plan to widen healthcare access?"), money_recipient("How much was allocated to regions?")
    ([], ['regions'])
    >>> money_recipient("How much of the money recovered was spent on building hospitals?")
    ['hospitals']
    >>> money_recipient("How much social expenditure does the budget for 2021-2023 set aside for 2023 alone?")
    []
    >>> money_recipient("How much is the one-off relocation allowance paid to a kandas (returnee) family, in tenge?")
    ['kandas']
    """
    m = _RECIPIENT.search(re.sub(r"\s*\([^)]*\)", "", question))  # 'paid to a kandas (returnee) family'
    words = [re.sub(r"['\u2019]s$", "", w) for w in m.group(1).split()] if m else []
    words = [w for i, w in enumerate(words) if not (w.lower().endswith("ing") and i < len(words) - 1)]  # 'building hospitals':
    # what is built ('the construction of schools' is the same act)
    return [w.lower() for w in words if w.lower() not in _MONEY_WORDS and len(w) > 2 and not YEAR.fullmatch(w)]  # 'set aside
    # for 2023 alone': a year (checked as a figure's year), no recipient


def money_thing(question: str) -> list[str]:
    """The words of the thing a 'how much is the X' question asks the amount of, less the words of money and of a
    period ('monthly'); [] for other questions.

    >>> money_thing("How much is the one-off relocation allowance paid to a kandas (returnee) family, in tenge?")
    ['one-off', 'relocation']
    >>> money_thing("How much is the monthly State disability benefit in tenge?"), money_thing("How much does the State spend?")
    (['disability'], [])
    >>> money_thing("How much is the monthly state payment to parents raising a disabled child?")
    []
    >>> money_thing("How much are the teenage girls from Kyrgyzstan who work as nannies paid?")
    []
    """
    m = _MONEY_THING.search(question)
    if m and re.search(r"\b(?:paid|earn(?:s|ed)?|gets?|receive[sd]?|given)\b(?!\s+(?:to|for)\b)", question[m.end():], re.I):
        return []  # 'How much are the teenage girls who work as nannies paid?': what they are paid, not a thing named
    return [w.lower() for w in m.group(1).split() if w.lower() not in _MONEY_WORDS | _MONEY_KINDS and len(w) > 2 and not YEAR.fullmatch(w)] if m else []


def mandates_missing(question: str, texts: list[str]) -> list[str]:
    """A UN special procedure the question names ('Which UN Special Rapporteur on migrants visited?') when no text
    mentions one of its kind at all: the documents say nothing of such a visit or report.

    >>> mandates_missing("Which Special Rapporteur on migrants visited Kazakhstan?", ["FIDH asks for labour inspections."])
    ['Special Rapporteur']
    >>> mandates_missing("Which Special Rapporteur visited?", ["The special rapporteur on torture visited in 2019."])
    []
    >>> mandates_missing("Which UN special rapporteur came?", ["Migrants lack permits."])
    ['Special Rapporteur']
    """
    asked = dict.fromkeys(re.sub(r"\s+", " ", m.group(0)).rstrip("s").replace(" on", "").title() for m in _MANDATE.finditer(question))
    return [m for m in asked if not any(re.search(m.replace(" ", r"\s+"), t, re.I) for t in texts)]


def names_law(name: str, text: str) -> bool:
    """Does the text name this law by its distinctive words, in their order ('the Population Migration Act' in
    'article 43-1 (2) of the Population Migration Act'; 'the Law on Trade Unions' for 'the Trade Union Act'), not only
    hold them here and there ('domestic workers' ... 'protection' is no Domestic Workers Protection Act)?

    >>> names_law("Trade Union Act", "The Law on Trade Unions was adopted."), names_law("Domestic Workers Protection Act", "protection of domestic workers")
    (True, False)
    """
    words = [w for w in re.findall(r"[A-Za-z]+", name) if len(w) > 2 and w.lower() not in _GENERIC_LAW_WORDS and w[0].isupper()]
    stems = [re.escape(w[:max(4, len(w) - 2)]) + r"\w*" for w in words]
    return bool(stems) and bool(re.search(r"\b" + r"\W+".join(stems), text, re.I))


def _runs(words: list[str]) -> list[list[str]]:
    """['Trade', 'Unions', '', 'Kazakhstan'] -> [['Trade', 'Unions'], ['Kazakhstan']]: the runs between blanks."""
    out = [[]]
    for w in words:
        if w:
            out[-1].append(w)
        else:
            out.append([])
    return [r for r in out if r]


_MEASURE_NAMED = r"(?i:coefficient|index|indices|ratio|scale|score)\b"  # 'the Gini coefficient': a measure known by a name
_KNOWN_BY = r"(?:Convention|Protocol|Charter|Treaty|Principles|Rules)$"  # 'the Istanbul Convention', 'the Maputo Protocol':
# a treaty known by a place or person, which a corpus that never writes that word does not name
_TREATIES = {"iccpr", "icescr", "icerd", "cedaw", "crc", "crpd", "icrmw", "icppcd", "icpped", "cat", "opcat", "opsc", "opac"}  # a
# document of the body calls its treaty 'the Covenant' or 'the Convention'




_PAPER_WORDS = {"loi": r"\blist\s+of\s+(?:issues|themes)\b", "co": r"\bobservations\b", "gc": r"\bgeneral\s+(?:comment|recommendation)\b",
                "replies": r"\b(?:replies|repl(?:y|ied)\s+to|responses?|in\s+writing|information\s+requested)\b"}  # 'concuding observations' (a
# printed typo, holdout cd); 'invited to submit in writing the information requested below ... by 30 November 2024' (holdout gh)
_PAPER_ACTED = re.compile(r"\b(?:adopt|issu|publish|submit|sen[dt]|approv|finali[sz])\w*\s+(?:(?:its|the|their|a|an|his|her)\s+)?(?:[\w'\u2019-]+\s+){0,2}?"
                          r"(?:(?P<loi>list\s+of\s+(?:issues|themes))|(?P<co>concluding\s+observations)|(?P<gc>general\s+(?:comment|recommendation))|"
                          r"(?P<replies>(?:written\s+)?(?:replies|responses)))\b", re.I)  # the paper whose act a 'when' question dates


PROMOTING = {"gives_a_date", "dates_an_event", "another_year", "dates_the_thing", "dates_the_act", "gives_a_deadline",  # asked when
             "names_the_ordinal", "gives_a_symbol",  # the checks a runner-up that passes them goes first for (promote)
             "counts_the_thing", "gives_a_share", "shares_the_whole",  # what share: see promote
             "gives_a_penalty", "gives_a_multiple", "gives_an_article",  # 'How long was X locked up?': the paragraph with the sentence, not the one on the arrest
             "gives_a_duration", "gives_a_month", "gives_days", "names_a_state", "names_a_session", "gives_a_span",  # 'How many years overdue was it?': 'submitted 12 years late'
             "names_the_kind", "names_the_treaty"}  # 'Which law ...?': the runner-up naming one ('the Human Rights Act'); not
# 'figure_for' (a measure's words beside another figure: 'minimum monthly pension' answered by the minimum wage's paragraph)
_FILED_AS_Q = re.compile(rf"\b(?:which|what)\s+numbered\s+(?:\w+\s+)?{INSTRUMENT}\b|\b{INSTRUMENT}\s+number\b|"
                         rf"\bnumber(?:\s+and\s+(?:the\s+)?date)?\s+of\s+(?:the|that|this|its)\s+(?:[\w-]+\s+){{0,4}}?{INSTRUMENT}\b|"  # 'the number
                         # and date of the Ministry of Health order'
                         rf"\b(?:which|what)\s+(?:[\w-]+\s+){{0,3}}?{INSTRUMENT}\b[^?]*\bby\s+(?:its\s+)?number\b", re.I)  # the number an instrument is filed as
_FILED_AS = re.compile(rf"\b(?:No|Nos|N[o°º])\.?\s*(?:[A-Z]{{1,4}}[\s-]?){{0,3}}\d|\bnumber\s+\d|\b(?i:{INSTRUMENT})\s+\d+(?:[/-]\d+)*\b(?!\s*(?:per|%))")  # 'Decree No. 34-2015', 'Law 1/2019'
SESSION_Q = re.compile(r"\b(?:which|what)\s+(?:[\w-]+\s+){0,3}?session\b(?!\s+(?:and|or)\b)", re.I)  # 'At which session was it adopted?'; not
# 'At which session and meetings ...?', which the meetings answer in part; 'For which CEDAW Committee session ...?' too
_SESSION = re.compile(rf"\b(?:\d+\s?(?:st|nd|rd|th)|{ORDINAL}|[a-z]+-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
                      r"[a-z]+(?:tieth|teenth))\s+(?:\(\w+\)\s+)?(?:regular\s+|special\s+|pre-sessional\s+)?session\b|\bsession\s+\d", re.I)
_TIME_Q = re.compile(r"^\s*(?:at\s+)?what\s+time\b(?!\s+(?:frame|period|limit|line|span|scale)s?\b)", re.I)
_CLOCK = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:a\.\s?m\.|p\.\s?m\.|am\b|pm\b|hours\b|h\b)|\bnoon\b|\bmidnight\b|\b\d{1,2}:\d{2}\b", re.I)
_HOW_LATE = re.compile(r"^\s*how (?:late|overdue|long overdue)\b|\bhow\s+long\b(?!\s+ago\b)", re.I)  # a length of time, or a date: no
# check, an order ('How long can foreigners stay without a permit?': 'for up to 30 days', before 'extended until 5 June 2021')
_LAYOUT_Q = re.compile(r"\bhow\s+(?:is|are|was|were)\s+(?:[\w'\u2019-]+\s+){0,8}?(?:organi[sz]ed|structured|laid\s+out|arranged|divided|set\s+out)\b|"
                       r"\b(?:structure|layout|organi[sz]ation)\s+of\s+(?:the|its|this|their)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:report|document|submission|"
                       r"observations|reply|replies|list)\b|\bhow\s+many\s+(?:parts|sections|chapters)\b", re.I)  # how a document is organised
_LAYOUT = re.compile(r"\b(?:divided|organi[sz]ed|structured|arranged|split|grouped)\s+(?:in|into|under)\s+(?:[\w-]+\s+){0,2}?(?:parts|sections|chapters|"
                     r"clusters|themes)\b|\b(?:consists|is\s+composed)\s+of\s+(?:[\w-]+\s+){0,2}?(?:parts|sections|chapters)\b|"
                     r"\b(?:comprises|contains|has)\s+(?:[\w-]+\s+)?(?:parts|sections|chapters)\b", re.I)  # a paragraph saying it: 'The
# report is divided into two sections: section I contains ...'
_JOINED_COUNT = re.compile(r",?\s+and\s+(?:(?:roughly|approximately|about|also|then)\s+)?(how\s+many\b[^?]*\??)\s*$", re.I)  # a count asked second: its figure may stand further down
JOINED = re.compile(r",?\s+and\s+(?:(?:roughly|approximately|about|also|then|by)\s+)?(?:what|how|which|who|when|where|whether|did|does|has|is|are)\b", re.I)  # 'and
# roughly how many', 'and by how much'  # a second question


_WHERE_HELD_Q = re.compile(r"^\s*where\s+(?:was|were|is|are|will|did|does|has|had)\b[^?]*\b(?:held|hosted|convened|(?:take|took|taken|takes)\s+place|organi[sz]ed|meet|met)\b", re.I)
_PLACE_SAID = re.compile(rf"\b(?:in|at|to)\s+(?:the\s+)?(?!(?:{MONTHS}|The|This|That|Its|Their|His|Her)\b)[A-Z][\w'\u2019-]+")


def asks_where_held(question: str) -> bool:
    return bool(_WHERE_HELD_Q.search(question))


def says_where(question: str, sentences_said: list[str]) -> bool:
    """'Where was the seminar held?': does a sentence name a place, in or at a capitalised name ('in Geneva', 'at the
    Palais Wilson'), not a month ('attended in October 2016')? True for questions that ask no place of an event.

    >>> q = "Where was the seminar on inquiry procedures held?"
    >>> says_where(q, ["He had attended a seminar in October 2016 on inquiry procedures."]), says_where(q, ["It met in Geneva in May."])
    (False, True)
    """
    return not asks_where_held(question) or any(_PLACE_SAID.search(s) for s in sentences_said)


def put_first(hit: Hit | None, hits: list[Hit]) -> list[Hit]:
    """The hits with this one first (as they were when it is None)."""
    return hits if hit is None else [hit] + [h for h in hits if h is not hit]


def joined_parts(question: str) -> list[str]:
    """The two questions a question joined of two asks, each as a question of its own; [] for one question.

    >>> joined_parts("How many children with disabilities are there, and what did the Committee say about orphanages?")
    ['How many children with disabilities are there?', 'What did the Committee say about orphanages?']
    >>> joined_parts("What did the Committee recommend?")
    []
    """
    m = JOINED.search(question)
    if not m or "?" in question[:m.start()]:
        return []
    second = question[m.end() - len(m.group(0).split()[-1]):].strip()
    return [question[:m.start()].strip() + "?", second[:1].upper() + second[1:]]


_ONE_COUNT = re.compile(r"^\s*(?:(?:so|and|then|roughly|approximately|about|exactly|precisely),?\s+)?how many\b(?![^?]*\b(?:and|or)\s+(?:what|how|which|who|when|why|did|does|has)\b)[^?]*\?\s*$", re.I)  # nothing else asked
_DAY_Q = re.compile(r"^\s*(?:on\s+)?(?:what|which)\s+(?:(?:exact|precise|specific)\s+)?(?:day|date)s?\b", re.I)
_DATES_Q = re.compile(r"^\s*(?:(?:on|between|from|during)\s+)?(?:what|which)\s+(?:(?:were|are)\s+the\s+)?dates\b", re.I)  # 'On what dates
# did the Special Rapporteur visit Georgia?': several days, not the one of his appointment
_SEVERAL_DAYS = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:,|and|to|until|till|through|-|\u2013|\u2014)\s*\d{{1,2}}(?:st|nd|rd|th)?)+\s+(?:{MONTHS})\b|"
                           rf"\b(?:{MONTHS})\s+\d{{1,2}}\s*(?:-|\u2013|\u2014|to|and|through)\s*\d{{1,2}}\b|"
                           rf"\b\d{{1,2}}\s+(?:{MONTHS})(?:\s+\d{{4}})?\s*(?:-|\u2013|\u2014|to|until|till|and)\s*\d{{1,2}}\s+(?:{MONTHS})\b")


def gives_days(sentence: str) -> bool:
    """Several days: a span or a list ('from 19 to 25 February 2005', '10\u201311 December 2018', 'on 27 and 28
    February', '30 November to 2 December'), or two dates.

    >>> gives_days("He undertook a visit to Georgia from 19 to 25 February 2005."), gives_days("He was appointed on 1 December 2004.")
    (True, False)
    >>> gives_days("It signed on to it on 10\u201311 December 2018."), gives_days("It met on 3 May 2019 and on 9 June 2019.")
    (True, True)
    """
    return bool(_SEVERAL_DAYS.search(sentence)) or len(DAY_MONTH.findall(sentence)) >= 2


_A_DAY_Q = re.compile(r"\b(?:exact|precise|specific|full)\s+date\b|^\s*(?:on\s+)?(?:what|which)\s+day\b|\bday\s+and\s+month\b", re.I)  # a day,
# not a month: 'On what day and month of 2002 ...?'
_EXACT_DATE_Q = re.compile(rf"{_A_DAY_Q.pattern}|^\s*(?:on\s+)?(?:what|which)\s+date\b", re.I)
_DEADLINE_Q = re.compile(r"^\s*(?:(?:by|to|until|till)\s+(?:what|which)\s+(?:date|day|month|year|time)|by\s+when|until\s+when|what\s+(?:is|was)\s+the\s+deadline|what\s+deadline)\b", re.I)
_DEADLINE = re.compile(rf"\b(?:by(?:\s+the\s+end\s+of)?|(?:before|no\s+later\s+than|not\s+later\s+than|until|till|deadline|due|within|extended\s+to)\b"
                       rf"(?:\s+[\w,-]+){{0,4}}?)\s+"  # 'by 31 March 2024', 'due ... in 2025'; not 'submitted by Norway in 2021'
                       rf"(?:\d{{1,2}}\s+(?:{MONTHS})|(?:{MONTHS})|(?:1[89]|20)\d\d|\w+\s+(?:months?|years?|weeks?|days?)\b|(?:its|the)\s+[\w-]+\s+session)", re.I)
_STATES_Q = re.compile(r"^\s*(?:which|what)\s+(?:(?:other|two|three|four|five|six|\d{1,2})\s+)?(?:(?:member\s+)?States|countries|Governments|delegations)\b", re.I)
_BOUND = {"minimum": r"\b(?:at\s+least|no\s+less\s+than|not\s+less\s+than|minimum|limits?|threshold)\b",  # 'The age limit for the sale of
         "maximum": r"\b(?:at\s+most|no\s+more\s+than|not\s+more\s+than|up\s+to|maximum|limits?|ceiling)\b",
         "cap": r"\b(?:at\s+most|no\s+more\s+than|not\s+more\s+than|up\s+to|maximum|limits?|ceiling|cap(?:s|ped)?)\b"}  # 'What
# cap on the number of questions?': 'not more than a total of 30 clear and direct questions'  # tobacco ... from 18 to 21
_SOURCE_CLAUSE = re.compile(r",\s+(?:according\s+to|as\s+(?:noted|reported|stated|said|recorded|described)\s+(?:by|in))\s", re.I)
_YEAR_NAME = re.compile(r"\b(?:the\s+)?(?:1[89]\d\d|20\d\d)\s+(?:[A-Z][\w'\u2019-]*\s*){1,3}")  # 'the 1993 Vienna Declaration'
_YEAR_Q = re.compile(r"^\s*(?:in\s+)?(?:what|which)\s+year\b", re.I)


_INSTRUMENT_KINDS = {"law", "act", "code", "statute", "treaty", "convention"}
_CURRENCY_ASKED = re.compile(r"\b(?:in|into)\s+(?:US\s+|U\.S\.\s+|American\s+)?(dollars|euros?|pounds|roubles|rubles|USD|EUR|GBP)\b", re.I)
_CURRENCY_SAID = {"doll": r"\$|\bUSD\b|\bdollars?\b", "usd": r"\$|\bUSD\b|\bdollars?\b", "euro": r"\u20ac|\bEUR\b|\beuros?\b",
                  "eur": r"\u20ac|\bEUR\b|\beuros?\b", "poun": r"\u00a3|\bGBP\b|\bpounds?\b", "gbp": r"\u00a3|\bGBP\b|\bpounds?\b",
                  "roub": r"\broubles?\b|\brubles?\b|\bRUB\b", "rubl": r"\broubles?\b|\brubles?\b|\bRUB\b"}
_PROPER = re.compile(r"(?!(?:States?|Parties|Party|Governments?|Members?|Committees?|Councils?|Courts?|Ministr(?:y|ies)|Countries|"
                     r"Nations|Peoples?|Persons|Women|Children|Roma)\b)[A-Z][a-z][\w'-]*")  # a name ('Nookat'), not 'States'
_SAID_ABOUT_COUNT = re.compile(r"^\s*what\s+(?:did|does|do|has|have)\s+(?:[\w'\u2019-]+\s+){1,6}?(?:say|said|report|reported|note|noted|find|found|"
                               r"observe|observed|state|stated)\s+about\s+how\s+many\b", re.I)  # what a voice said of a number
_VAGUE_COUNT = re.compile(r"\b(?:a|the)\s+(?:significant|large|high|considerable|growing|increasing|substantial|great|small|low|"
                          r"limited|insufficient)\s+number\s+of\b", re.I)  # a number said in words, without a figure
_SHARE_IN_WORDS = re.compile(r"\b(?:half|(?:one|a|two)\s+thirds?|(?:a|one|three)\s+quarters?|majority|minority)\b", re.I)
_SCOPE = " national nationwide countrywide overall general"  # 'the national minimum monthly wage': the minimum wage
_LOCAL = re.compile(r"\b(?:regions?|oblasts?|provinces?|districts?|cit(?:y|ies)|count(?:y|ies)|municipalit(?:y|ies)|villages?|towns?)\b", re.I)
_GROUP_WORDS = r"(?:women|men|girls|boys|children|youth|young people|older persons|persons with disabilities|migrants|refugees|Roma)"


_MONTH = rf"(?:(?:{MONTHS})\s+)?"
_MONTH_Q = re.compile(r"^\s*(?:in\s+|during\s+)?(?:what|which)\s+month\b", re.I)  # 'In which month of 2015 did ...?'
_IN_MONTH = re.compile(rf"\b(?:{MONTHS})\s+(?:1[89]|20)\d\d\b")  # a month of a year: 'in June 2015', '26 June 2013'
_DOER = re.compile(r"\s*When\s+(?:did|has|had)\s+((?:[A-Z][\w'\u2019.-]*\s+){1,4})(?=[a-z])")  # 'When did Olivier De Schutter visit'
_DATED_THING = re.compile(rf"\b{_MONTH}(1[89]\d\d|20\d\d)\s+(?:[\w-]+\s+)?(?:law|act|code|amendment|reform|decree|election|census|"
                          rf"constitution|referendum)s?\b|\b(?:law|act|code|amendment|decree|reform)s?\s+(?:of|from|"
                          rf"(?:adopted|passed|enacted)\s+in)\s+{_MONTH}(1[89]\d\d|20\d\d)\b|\b(?:adopted|passed|enacted)\s+in\s+"
                          rf"{_MONTH}(1[89]\d\d|20\d\d)\b", re.I)  # 'the April 2024 law', 'the Code of 2020', 'adopted in 2023'
_SAYS = re.compile(rf"\b(?:did|does|do|has|have|had)\s+((?:[\w'\u2019-]+\s+){{1,6}}?){SAID_VERBS}\b", re.I)
_OUTCOME_OF = re.compile(r"\b(?:outcome|result|verdict|ruling|fate)s?\s+of\s+(?:the\s+|an?\s+|her\s+|his\s+|their\s+|its\s+|"
                         r"[\w-]+(?:\s+[\w-]+)?['\u2019]s\s+)?(?:\w+-[\w-]+\s+)?([a-z][\w-]+)|\b(?:win|won|lose|lost)\s+(?:the\s+|an?\s+|her\s+|his\s+|"
                         r"their\s+|its\s+)(appeal|lawsuit|complaint|challenge)s?\b|\b(?:was|were|has|have|had)\s+(?:he|she|they|"
                         r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:ever\s+|later\s+|since\s+|then\s+)?(?:been\s+)?(released|pardoned|acquitted|"
                         r"freed|amnestied|rehabilitated|reinstated|compensated)\b", re.I)  # 'the outcome of Ms. K's appeal', 'did she win her appeal': 'appeal'; 'Was he released early?'; 'outcomes
# of torture-related prosecutions': 'prosecutions'
_OUTCOMES_IN_GENERAL = re.compile(r"(?:outcome|result|verdict|ruling)s\s+of\s+(?!(?:the|an?|her|his|their|its)\b)", re.I)  # 'what
# outcomes of torture-related prosecutions': the kinds a list asks for, not the outcome of one case
_BY_BODY = re.compile(r"\b(?i:according)\s+to\s+(?:the\s+)?(?:UN\s+)?(?:[\w'\u2019-]+\s+){0,5}?(?:Committee(?:\s+(?:on|against)\s+[\w\s]+?)?|[A-Z]{3,6})\b|"
                      r"\b(?:[A-Z]{3,6}|Committee\s+(?:on|against)\s+[\w\s]+?)['\u2019]s?\s+(?:concluding\s+observations|recommendations?|concerns?|views|findings)\b")
_OBSERVATIONS_ON = re.compile(rf"\bconcluding\s+observations\s+(?:on|of|for|about)\s+(?:the\s+|its\s+|[\w'\u2019]+['\u2019]s\s+)?"
                              rf"({ORDINAL})\s+(?:periodic\s+)?report", re.I)
_ASKED_AGAIN = r"\s*(?:and\s+|so\s+|but\s+)?(?:what|how\s+(?:much|high|big|large))\s+(?:was|is|were|will|would)\s+"
_IT_AGAIN = re.compile(_ASKED_AGAIN + r"(?:it|that|this|they)\b", re.I)  # 'what was it': what was told, asked again
_FIGURE_AGAIN = re.compile(_ASKED_AGAIN + r"(?:it|that|this|they|the\s+(?:figure|rate|share|number|gap|level|amount|total))\b", re.I)  # the figure told
_MEASURE_TOLD = re.compile(rf"\b(?:{'|'.join(MEASURE_WORDS.split())}|gap|rates|levels)\b", re.I)  # a measure a premise names
_VOICE_WORDS = {"committee": "the Committee", "state": "the State", "ngo": "the NGOs"}


def whose(voice: str) -> str:
    """'committee' -> "the Committee's", 'ngo' -> "the NGOs'"."""
    words = _VOICE_WORDS.get(voice, voice)
    return words + ("'" if words.endswith("s") else "'s")


_PART_VERB = r"(?:are|were|is|was|live|lived|work|worked|have|had|got|received|come|came|go|went|involved?|concerned?|related)"  # 'of the N X live in rural areas'
_PART_OF = re.compile(r"\bhow\s+many\s+of\s+(?:the\s+|its\s+|these\s+|those\s+|[A-Z][\w-]*['\u2019]s\s+)?(\d[\d,.]*(?:\s+(?:thousand|million))?)\s+"
                      rf"([\w\s-]+?)\s+{_PART_VERB}\s+([^?]+)", re.I)
_PART_OF_THOSE = re.compile(rf"\bhow\s+(?:many\s+of\s+(?:those|them|these)|much\s+of\s+(?:that|this|it|those|them))\b(?:\s+[\w\s-]+?)?\s+"
                            rf"{_PART_VERB}\s+([^?]+)", re.I)  # 'How much of that was recovered from abroad?'
_HOW_MUCH_OF = re.compile(r"\bhow\s+much\s+of\b", re.I)
_NOT_A_PART = {"there", "still", "now", "today", "currently", "actually", "kazakhstan", "country", "in", "the", "of", "a", "an",
               "people", "persons", "with", "and"}


def part_uncounted(question: str, texts: list[str]) -> str:
    """'How many of the 725,000 people with disabilities live in rural areas?': the part of a whole the question
    gives, when no paragraph on the whole (its figure or its words) has a sentence with another figure beside a word
    of what sets the part apart ('rural', 'women'); that part in words, else ''. Cultural centres in rural areas
    are no part of the persons with disabilities.

    >>> part_uncounted("How many of Kazakhstan's 22,456 scientists are women?", ["There are 22,456 scientists, 839 more than in 2021."])
    'women'
    >>> part_uncounted("How many of the 22,456 scientists are women?", ["Of 22,456 scientists, 11,200 are women."])
    ''
    >>> part_uncounted("How many of the 725,000 disabled people live in rural areas?", ["725,000 disabled people.", "1,114 centres in rural areas."])
    'in rural areas'
    >>> part_uncounted("It says 645,750 people wait for housing. How many of those on the list are migrants?", ["645,750 persons wait."])
    'migrants'
    >>> part_uncounted("It says 653 billion tenge were returned. How much of that was recovered from abroad?", ["653 billion tenge, of which 120 billion tenge went to schools."])
    'recovered from abroad'
    >>> part_uncounted("It got 992 appeals in 2023. How many of them were upheld for the complainant?", ["It got appeals (835 in 2022; and 992 in 2023)."])
    'upheld for the complainant'
    >>> part_uncounted("Offences fell to 1,525 in 2023. How many of the 2023 cases involved schools?", ["2,245 in 2019 to 1,525 in 2023."])
    'schools'
    """
    m = _PART_OF.search(question)
    if not m:  # 'The government says 645,750 people wait for housing. How many of those are migrant workers?'
        told, those = premise(question), _PART_OF_THOSE.search(question)
        figures = counted_figures(told) if told and those else []
        if not figures:
            return ""
        whole, whole_words, part = re.sub(r"\D", "", figures[0]), [], those.group(1)
    else:
        whole, part = re.sub(r"\D", "", m.group(1)), m.group(3)
        whole_words = [w for w in re.findall(r"[A-Za-z][\w-]{2,}", m.group(2)) if w.lower() not in _NOT_A_PART]
    told = premise(question) if not m else ""  # the whole's own words do not set the part apart: 'of them' after '992 appeals'
    words = [w for w in re.findall(r"[A-Za-z][\w-]{2,}", part) if w.lower() not in _NOT_A_PART and not (told and names_word(told, w))]
    for t in texts:
        if whole not in re.sub(r"[^\d\s]", "", t).split() and not any(names_word(t, w) for w in whole_words):
            continue  # a paragraph on something else
        for a, b in sentences(t):
            figures = [f for f in counted_figures(t[a:b]) if re.sub(r"\D", "", f) != whole]
            if figures and any(names_word(t[a:b], w) for w in words):
                return ""
    return part.strip() if words else ""


def named_unit(question: str) -> str | None:
    """A question written as a heading ('Planned social spending share of the budget for 2023?', 'Ombudsman complaints
    in 2023?') asks for the figure it names: a share when it names one, else a number; None for any other question.

    >>> named_unit("Planned social share of national budget in 2023?"), named_unit("Ombudsman complaints in 2023?")
    ('share', 'number')
    >>> named_unit("What did the Committee recommend in 2019?") is None
    True
    """
    if not asks_by_naming(question):
        return None
    return "share" if re.search(r"\b(?:share|percentage|proportion|per ?cent)\b", question, re.I) else "number"


class AnswerKindChecks:
    """Needs: tokenize, idf, lexical.unseen, reader, paragraph_at, max_citations, margin, off_topic and _context
    (Composer's)."""

    def gaps(self, question: str, hits: list[Hit], cited: list[Hit] | None = None) -> dict[str, str]:
        """What the paragraphs an answer would cite (`cited`, by default the best and those within the margin) lack of
        what the question asks for (evidence key -> the reason, in words): checks of the kind of answer that the
        answerability model, which weighs shares of words, cannot make."""
        cited = self.with_voices(question, hits, cited or self._cited(hits))
        texts, contexts = [self._text(h) for h in cited], [self._context(h) for h in cited]
        lead = asker_lead_in(question)
        instrument = without_story(question)  # 'I read about the Istanbul Convention. Has Kazakhstan signed it?': the
        # treaty the asker names is what is asked about
        question = question[len(lead):]  # 'I'm looking at X. On what date ...?': what is asked
        out = {}
        if hits[0].dense < self.off_topic and not names_a_paragraph(question) and self.as_typed(question, hits[0].paragraph) < self.off_topic:
            out["off_topic"] = ""  # the model was fitted on questions about the documents' topics; this one is not (as
            # searched, 'CEDAW' written out, 0.12 from 'Liberia acceded to CEDAW in 1984'; as typed, 0.64)
        if countries := [c for c in countries_named(question) if not any(mentions_country(c, x) for x in contexts)]:
            out["countries_found"] = f"the closest paragraphs do not mention {' or '.join(countries)}"
        if (place := recipient_named(question)) or asks_where_held(asked_part(question)):  # few questions: the sentences split for them only
            said = [x[a:b] for x in texts for a, b in sentences(x)]
            if not says_where(asked_part(question), said):
                out["names_a_place"] = "no sentence of the closest paragraphs says where it took place"
            if place and not counts_for_place(place, said):
                out["counts_for_the_place"] = f"no sentence of the closest paragraphs gives a figure for {place}"  # a total, its recipients listed
        on = [i for i, x in enumerate(contexts) if all(mentions_country(c, x) for c in countries_named(asked_part(question)))]
        on = on if on and not self.in_two_parts(question) else range(len(cited))  # what the answer kind is read in: 'When did
        # Ecuador ratify the OPCAT?' is answered by a paragraph on Ecuador, not by Romania's ratification cited beside one
        on_cited, on_texts, on_leads = [cited[i] for i in on], [texts[i] for i in on], [self.lead(cited[i].paragraph) for i in on]
        if addressed := [c for c in addressed_countries(question)
                         if all(d and country_key(d) != country_key(c) for d in (self.docs.get(h.paragraph.symbol, {}).get("country") for h in cited))]:
            out["country_reviewed"] = f"the closest paragraphs are of documents on another State than {' or '.join(addressed)}"
        if late := self.said_before(question):
            out["dated_before"] = late
        if other := self.body_not_here(question):
            out["body_here"] = other
        elif voice := self.voice_unheard(question, cited):
            out["voice_heard"] = f"none of the closest paragraphs is in {whose(voice)} words"
        elif named := self.document_unheard(question, cited):
            out["document_heard"] = f"none of the closest paragraphs is from {named}"
        elif said := self.said_elsewhere(question, cited):
            out["voice_says_it"] = said
        if SYMBOL.search(question) and (symbols := symbols_missing(  # the library's names read only for a question with a symbol
                question, [a for d in self.docs.values() for a in (d.get("symbol"), d.get("cite_as"), *(d.get("aliases") or []))], contexts)):
            out["names_the_document"] = f"{' and '.join(symbols)} {'is' if len(symbols) == 1 else 'are'} not among the documents here"
        if other := self.observations_not_here(question):
            out["observations_here"] = other
        outcome = _OUTCOME_OF.search(asked_part(question))  # 'the outcome of her appeal', 'did she win her appeal'
        thing = next((g for g in outcome.groups() if g), "") if outcome and not _OUTCOMES_IN_GENERAL.match(outcome.group(0)) else ""
        if thing and not any(mentions(thing, x) for x in contexts):
            out["names_the_outcome"] = (f"the closest paragraphs do not say that anyone was {thing}" if thing.endswith("ed")
                                        else f"the closest paragraphs do not mention the {thing}")
        if (lost := self.named_after(question, contexts)) and (lost := self.named_after(question, [c + " " + self.front(h.paragraph.symbol) for h, c in zip(cited, contexts)])):
            # a name its document's title gives ('the guidelines' of a note titled '... (the Addis Ababa guidelines)')
            out["names_the_thing"] = f"the closest paragraphs do not mention the {' or the '.join(lost)}"
        if places := places_missing(question, contexts):
            out["names_the_place"] = f"the closest paragraphs do not mention {' or '.join(places)}"
        if years := self.years_without_figure(question, on_texts, on_cited):
            out["figure_for_year"] = f"the closest paragraphs give no figure for {' and '.join(years)}"
        person = asks_for_person(question) and not ((chairs_a_body(question) or _LED_DELEGATION.search(question)) and any(_CHAIRED_BY_OFFICE.search(t) for t in texts)) \
            and not (_WHICH_OFFICIAL.match(question) and any(_OFFICE.search(t) for t in texts)
                     and (not role_asked(asked_part(question)) or any(_CHAIRED_BY_OFFICE.search(t) for t in texts)))  # 'Which official
        # headed the delegation?': an office said to head it, not 'the Civil Rights Defenders' (a title's word)
        # 'Who chairs the Coordination Council?' is answered by an office: 'chaired by the Prime Minister'; 'Which
        # independent official took part?' by one: 'the New Zealand Disability Rights Commissioner'
        if person and not any(person_names(t, self.rare) for t in texts):
            out["names_a_person"] = "the closest paragraphs name no person"
        elif person and (role := role_asked(asked_part(question))) \
                and not any(holds_role(role, t, question, self.rare) for t in texts):
            out["names_the_office_holder"] = f"no sentence of the closest paragraphs names the {role.split('|')[0]} asked for"
        out.update(self.date_gaps(question, on_texts))
        if unheard := self.unheard_of(question, hits):
            out["names_in_corpus"] = f"no paragraph mentions {' or '.join(unheard)}"
        elif (titles := [n for n in self.things(question)[1] if len(re.findall(r"\b[A-Z][\w'\u2019-]*", n)) >= 3 and not countries_named(n)]) \
                and (long := [n for n in self.missing(question, hits) if n in titles]):
            out["names_the_title"] = f"none of the closest paragraphs mentions the {' or the '.join(long)}"  # a name of three
            # capitalised words or more ('National Plan of Action for Children'): its words elsewhere name other things
        if numbered := numbered_missing(question, [c + " " + communication_of(h.paragraph.symbol) for h, c in zip(cited, contexts)]):
            out["names_the_number"] = f"the closest paragraphs do not mention {' or '.join(numbered)}"
        # 'It was raised in its first review. ...': context; a summary record's session is in its front matter, not in each paragraph
        if (ordinals := ordinals_missing(asked_part(question), contexts)) and \
                (ordinals := ordinals_missing(asked_part(question), [c + " " + self.front(h.paragraph.symbol) + " " + self.opening(h.paragraph) + " " + report_named(h.paragraph.symbol)
                                                                     + " " + session_named(h.paragraph.symbol) for h, c in zip(cited, contexts)])):
            if [o for o in ordinals if not re.search(r"\breports?$", o, re.I)] or any(self.numbers_reports(h.paragraph) for h in cited):
                out["names_the_ordinal"] = f"the closest paragraphs do not mention the {' or '.join(ordinals)}"
            # an excerpt that names no report by its number, before or in the paragraph: nothing says it is another report
        if laws := laws_missing(question, contexts, naming_words(question)):
            out["names_the_law"] = f"the closest paragraphs do not mention the {' or '.join(laws)}"
        if (treaties := treaties_missing(instrument, [" ".join(h.paragraph.headings) + " " + t for h, t in zip(cited, texts)])) and \
                (treaties := treaties_missing(instrument, [" ".join(h.paragraph.headings) + " " + t + ("" if _A_TREATY.search(t) else " " + self.front(h.paragraph.symbol))
                                                         for h, t in zip(cited, texts)])):
            # the treaty a whole document is under, in its front matter ('... UNDER ARTICLE 12 (1) OF THE OPTIONAL PROTOCOL ... ON
            # THE SALE OF CHILDREN'), as a session is; not for a paragraph naming treaties of its own (a State report's front names
            # the Covenant, its 'Optional Protocol to the Convention on the Rights of the Child' is no Optional Protocol to it)
            out["names_the_treaty"] = f"the closest paragraphs do not mention the treaty asked about ({' or '.join(treaties)})"
        own = [c + " " + self.front(h.paragraph.symbol) for h, c in zip(cited, contexts)  # its subject in its title too
               if self.docs.get(h.paragraph.symbol, {}).get("kind") in ("general comment", "general recommendation")]
        if comments := comments_missing(question, contexts, own):
            out["names_the_comment"] = f"no general comment the closest paragraphs cite is on {' or '.join(comments)}"
        if _MANDATE.search(question) and (mandates := mandates_missing(question, [self._context(h) + " " + self.front(h.paragraph.symbol) for h in hits[:5]])):
            # a special rapporteur's own report: its title names the mandate its paragraphs speak for
            out["names_the_mandate"] = f"none of the closest paragraphs mentions a {' or '.join(mandates)}"
        if asks_for_symbol(question) and not any(gives_symbol(t) for t in texts):
            out["gives_a_symbol"] = "the closest paragraphs give no document symbol"
        if _COMMUNICATION_Q.search(asked_part(question)) and not any(
                _COMMUNICATION_NO.search(t + " " + communication_of(h.paragraph.symbol)) for h, t in zip(cited, texts)):
            out["gives_a_communication_number"] = "the closest paragraphs give no communication's number"  # 'the decision
            # of UN CEDAW on individual case against Russia (2016)' numbers none
        if _FILED_AS_Q.search(asked_part(question)) and not filed_number(question, texts):
            out["gives_a_number"] = "the closest paragraphs give no number of the instrument asked"  # 'Under which numbered
            # military decree was the Constitution suspended?': 'ruling by military decrees' names none
        if SESSION_Q.search(question) and not any(_SESSION.search(t[a:b]) and not other_numbered(question, t[a:b], _SESSION) for t in texts for a, b in sentences(t)):
            out["names_a_session"] = "the closest paragraphs name no session"  # (of the numbered thing asked, if one is)
        if _STATES_Q.search(asked_part(question)) and not any(set(countries_named(t)) - set(countries_named(question)) or KIND_OF_STATES.search(t) for t in texts):
            out["names_a_state"] = "the closest paragraphs name no State"  # 'Which States sent questions in advance to
            # Ghana?': not the paragraph on the session, which names none
        if _TIME_Q.search(asked_part(question)) and not any(_CLOCK.search(t) for t in texts):
            out["gives_a_time"] = "the closest paragraphs give no time of day"  # 'At what time did the meeting rise?': '1 p.m.'
        if not _FILED_AS_Q.search(asked_part(question)) and (measure := self.unmeasured(question, cited)):  # 'What is the
            # law number of the Act?': the number it is filed as ('(No. 10354)'), checked above
            out["figure_for"] = f"the closest paragraphs give no figure for the {measure}"
        out.update(self.kind_gaps(question, on_texts, on_leads, lead, [self.docs.get(h.paragraph.symbol, {}).get("title") or "" for h in on_cited]))
        if asks_for_money(question) and "gives_money" not in out and (names := self.money_for(question, texts, contexts)):
            out["money_for"] = f"no paragraph of the closest that gives an amount of money mentions {' and '.join(names)}"
        if (currency := _CURRENCY_ASKED.search(asked_part(question))) and not any(
                re.search(_CURRENCY_SAID[currency.group(1).lower().rstrip("s")[:4]], t) for t in on_texts):
            out["gives_the_currency"] = f"the closest paragraphs give no amount in {currency.group(1)}"  # 'the minimum wage
            # expressed in US dollars': '85,000 tenge' is another currency, and converting it is not quoting
        out.update(self.count_gaps(question, on_texts, on_cited))
        if _HOW_MUCH_OF.search(question):  # an amount: count_gaps reads only 'how many'
            out.update(self.part_gap(question, texts))
            if not any(gives_money(s) or gives_share(s) for t in texts for a, b in sentences(t) for s in [t[a:b]]):
                out["gives_an_amount"] = "the closest paragraphs give no amount of money or share"  # 'How much of the
                # transfers went to those regions?': an amount or a part ('up to 50 per cent'), either
        return out

    def said_before(self, question: str) -> str:
        """'What did the Committee say about the April 2024 law that criminalized battery?': the one voice the question
        names has no document here dated in or after the year of the thing it asks about (a law, a reform, a census
        dated, or adopted in that year), so its words cannot be on it; the reason, else ''. A voice's undated document
        says nothing either way. Not a year the voice sets as a deadline ('report by 2024'): that is no dated thing;
        not a question naming two voices (the other may speak of it)."""
        voice = self.voice_asked(question, named=True)
        dated = [int(y) for m in _DATED_THING.finditer(asked_part(question)) for y in m.groups() if y]
        if not voice or not dated:
            return ""
        if (joined := _AND_ASKS.search(asked_part(question))) and not any(
                self.reader.voices_named(part) for part in (asked_part(question)[:joined.start() + 1], asked_part(question)[joined.start() + 1:])
                if _DATED_THING.search(part)):
            return ""  # 'What did the Committee ask about unions, and how did the 2020 amendments change ...?': the part that
            # names the year asks no voice's words (the State's follow-up may answer it)
        years = [d.get("date", "")[:4] for d in self.docs.values() if d.get("author_kind") == voice]
        if not years or not all(y.isdigit() for y in years) or max(dated) <= max(map(int, years)):
            return ""
        return (f"no document of {_VOICE_WORDS.get(voice, voice)} here is dated after {max(map(int, years))}, and the question asks "
                f"about something of {max(dated)}")

    def voice_asked(self, question: str, named: bool = False) -> str:
        """The one voice whose words the part that asks wants ('In its observations on the State's report, what did the
        Committee say': the Committee), or, with `named`, that names one without saying ('According to FIDH, ...'); ''
        when none ('After the Committee asked X, what did the 2020 law give?') or the question names two voices ('What
        did the Committee recommend? And what did the State reply?': the other may answer)."""
        asked = asked_part(question)
        said = _SAYS.search(asked)
        voices = self.reader.voices_named(said.group(1)) if said else self.reader.voices_named(asked) if named else []
        return voices[0] if len(voices) == 1 and len(self.reader.voices_named(question)) <= 1 else ""

    def body_not_here(self, question: str) -> str:
        """'What did the UN Committee against Torture recommend about X?' asked of documents no committee but CESCR
        wrote: the reason, else ''. Only the body whose words are asked ('did CAT recommend', 'according to CAT', 'CAT's
        concerns'), not one the question only mentions ('How many reports went to CAT?'); only when every document's
        author is known from metadata (an author or body read from a text can be wrong: held-out corpus ef lost an
        answer) and every committee document's body is known."""
        asked = asked_part(question)
        who = " ".join([m.group(1) for m in _SAYS.finditer(asked)] + [m.group(0) for m in _BY_BODY.finditer(asked)])
        named = bodies_named(who)
        authors = {d.get("body") for d in self.docs.values() if d.get("author_kind") == "committee"}
        if not named or not authors or not all(authors) or named & authors or not self.authors_known():
            return ""
        return f"no document here is by {' or '.join(sorted(named))}; the committee's documents here are by {' and '.join(sorted(authors))}"

    def named_after(self, question: str, contexts: list[str]) -> list[str]:
        """'The Ombudsman is elected for five years. How long is the term of the Commissioner for Children's Rights?':
        the names of two words or more that the part asking after a premise gives and none of the paragraphs the
        answer would cite holds (the premise found them: they speak of what it tells)."""
        if not premise(question):
            return []
        names = [n for n in self.things(asked_part(question))[1] if len(n.split()) > 1]
        return [n for n in names if not any(holds(n, x) for x in contexts)]

    def authors_known(self) -> bool:
        """Does every document's metadata name its author (a catalog's or the user's), rather than a guess from its text?"""
        return all(d.get("author") for d in self.docs.values())

    def voice_unheard(self, question: str, cited: list[Hit]) -> str:
        """'What did CESCR recommend on safe drinking water?': the one voice whose words are asked ('did the Committee
        recommend', 'does FIDH say') when no paragraph the answer would cite is in its words (the State's paragraph
        on the Water Code is no recommendation of the Committee's); else ''. Not for a question naming two voices
        ('What did the Committee recommend? And what did the State reply?': the State's paragraphs answer its second
        part, and the Committee's may rank below them). Only when every document's author is
        known (a catalog's or the user's metadata): the kind of author read from a text can be wrong (CESCR's annual
        report E/1995/22 read as a State's reply, held-out corpus cd), and then the Committee's words would be lost."""
        voice = self.voice_asked(question)
        if not voice or not self.authors_known() or any(self.docs.get(h.paragraph.symbol, {}).get("author_kind") == voice for h in cited):
            return ""
        return voice

    def said_elsewhere(self, question: str, cited: list[Hit]) -> str:
        """'What did the Committee say about the 2017 closure of the Confederation of Independent Trade Unions?': the
        one voice whose words are asked is cited, but the names and numbers the question asks about are in another
        voice's cited paragraph only (FIDH's), not in its own: what that voice said of it is not here; the reason, else ''."""
        voice = self.voice_asked(question)
        if not voice or not self.authors_known():
            return ""
        own = [h for h in cited if self.docs.get(h.paragraph.symbol, {}).get("author_kind") == voice]
        others = [h for h in cited if h not in own]
        if not own or not others:
            return ""
        part = asked_part(question)
        if len(parts := joined_parts(part)) == 2 and len(voiced := [p for p in parts if self.reader.voices_named(p)]) == 1:
            part = voiced[0]  # 'When did it ratify the 1951 refugee treaty, and what does the Government say it requires?': the
            # year is anyone's to give
        nums, names = self.things(part[:m.start()] if (m := _JOINED_COUNT.search(part)) else part)  # a count asked second: anyone's
        lost = [t for t in nums + names if not any(holds(t, self._context(h)) for h in own) and any(holds(t, self._context(h)) for h in others)]
        return f"{whose(voice)} paragraphs do not mention {' or '.join(lost)}; another voice's do" if lost else ""

    def document_unheard(self, question: str, cited: list[Hit]) -> str:
        """'What did FIDH say about evictions of families behind on their mortgages?', 'In its 2021 follow-up, what did
        the Government say about X?': the one document a question in one part names as the one whose words it wants
        (QuestionReader.documents_as_source), when no paragraph the answer would cite is from it (another NGO's
        paragraph is not FIDH's words); else ''. Not a question that tells something first or asks in two parts, nor
        one naming another document too: its other part may be answered elsewhere ('The Committee asked for X. What
        does the 2024 report say is planned?' cites the Committee's paragraph first)."""
        asked = asked_part(question)
        if premise(question) or self.in_two_parts(question) or len(self.reader.documents_named(asked)) != 1:
            return ""
        named = self.reader.documents_as_source(question)
        if len(named) != 1 or any(h.paragraph.symbol == named[0]["cite_as"] for h in cited):
            return ""
        if re.search(r"\b(?:1[89]|20)\d\d\s+report\b", asked) and any(not self.docs.get(h.paragraph.symbol, {}).get("date") for h in cited[:1]):
            return ""  # 'per his 2013 report': named by its year only, and the best paragraph's document prints no date (an
            # excerpt of A/68/317): it may be that year's report
        return named[0]["cite_as"]

    def observations_not_here(self, question: str) -> str:
        """'What did the Committee say in its concluding observations on the third periodic report?' when the concluding
        observations here are on another report (their titles: 'Concluding observations on the second periodic report
        of Kazakhstan'): the reason, else ''. Not when no concluding observations are here, or their titles say no
        ordinal."""
        m = _OBSERVATIONS_ON.search(question)
        titles = [d.get("title") or "" for d in self.docs.values() if d.get("kind") == "concluding observations"]
        ordinals = [o.group(0).lower() for t in titles for o in [re.search(rf"\b{ORDINAL}\b", t, re.I)] if o]
        if not m or not ordinals or len(ordinals) < len(titles) or m.group(1).lower() in ordinals:
            return ""
        return f"the concluding observations here are on the {' and '.join(sorted(set(ordinals)))} report, not the {m.group(1).lower()}"

    def unheard_of(self, question: str, hits: list[Hit]) -> list[str]:
        """The names of the question ('PISA', 'GANHRI', 'Human Rights Watch') with a capitalised word no paragraph of the
        corpus uses, that no good paragraph spells out either: an acronym, a name of two capitalised words or more, or
        one long word no English text uses ('Semipalatinsk'), less the words naming a voice, body, country or core
        treaty (one word such as 'French' or 'Ombudsman' may stand for a name the documents spell otherwise)."""
        known = naming_words(question) | {w.lower() for c in countries_named(question) for w in c.split()} | _TREATIES

        def unheard(name: str) -> bool:
            words = [w for w in re.findall(r"\b[A-Z][\w]*", name) if w.lower() not in known and not is_demonym(w)]  # 'COVID-era':
            # 'COVID'; 'OHCHR for Nigeria': none; 'the Brazilian Constitution' is 'the Constitution of Brazil'
            if len(words) < 2 and not (words and (re.fullmatch(r"[A-Z]{2,}s?", words[0]) or re.search(rf"\b{re.escape(words[0])} {_KNOWN_BY}", name)
                                                   or re.search(rf"\b{re.escape(words[0])}\s+{_MEASURE_NAMED}", question) or self.place_name(words[0]))):
                return False  # one capitalised word ('French', 'Ombudsman') may stand for a name the corpus spells otherwise
            return any(t not in self.lexical.vocab and not self.lexical.spelled_otherwise(t) for t in self.tokenize([" ".join(words)])[0])
        names = [n for n in self.things(question)[1] if unheard(n)]
        return [n for n in names if n in self.missing(question, hits)] if names else []

    def place_name(self, word: str) -> bool:
        """A long capitalised word no English text uses (the background table's): a name, such as 'Semipalatinsk' or
        'Baikonur', not a word a name may be spelled with ('Ombudsman', 'Parliament')."""
        return len(word) >= 8 and word[1:].islower() and not is_demonym(word) \
            and all(t not in self.lexical.idf_table for t in self.tokenize([word])[0])  # 'Congolese' is the Congo's

    def count_gaps(self, question: str, texts: list[str], cited: list[Hit] = ()) -> dict[str, str]:
        """A one-part 'how many' question: some sentence must hold a figure that counts (not a year, an article
        number, a document symbol or a per cent; a number in words beside the unit asked), and, when the question
        names a group ('How many Roma ...?'), one with the group beside it."""
        if not asks_a_count(question) or (self.in_two_parts(question) and not (_ONE_COUNT.search(question) or self.counted_after(question))):
            return {}
        said = [t[a:b] for t in texts for a, b in sentences(t)]
        unit = asked_unit(question)
        if _SAID_ABOUT_COUNT.search(question) and any(_VAGUE_COUNT.search(s) for s in said):
            return {}  # 'What did the Committee report about how many children lack early education?': 'A significant
            # number of children do not have access to early education' is what it reported
        if not any(counts(s, shares=False) or (counts_in_words(s, unit, question) if unit != "number" else bool(WORD_COUNT.search(s))) for s in said):
            # 'how many are there?': 'only two boarding schools', a figure in words
            return {"counts_something": "the closest paragraphs give no figure that counts anything"}
        if unit != "number" and (others := others_counted(question, said)):
            return {"counts_the_thing": f"the figures of the closest paragraphs count {' and '.join(others)}, not {unit}"}
        counting = [s for s in said if counts(s, shares=False)]  # the sentences with a figure that counts
        groups = groups_named(without_where_filed(question))  # not 'the report it filed in Geneva'
        told = [" ".join(q.text for q in self.before(h.paragraph, 2) if q.headings == h.paragraph.headings) for h in cited] \
            if groups and cited else [""] * len(texts)
        if groups and not any(all(mentions(g, s) or _PROPER.fullmatch(g) and not mentions(g, x) and re.search(rf"\b{re.escape(g)}\b", t) for g in groups)
                              for t, x in zip(told, texts) for a, b in sentences(x) if counts(s := x[a:b], shares=False)):
            # a place or name the story told just before, under the same heading, and its paragraph does not name again
            # ('some Nookat residents held a protest ... police arrested ... At their trial, 30 of the 32 defendants ...'), by
            # that word: 'migration from countries such as Uzbekistan' before '11,000 migrants were deported' counts no Uzbeks
            return {"counts_the_group": f"no sentence of the closest paragraphs gives a figure for {' and '.join(groups)}"}
        if other := other_sex_counted(question, counting):
            return {"counts_the_group": f"the figures of the closest paragraphs count {other}, not {'men' if other == 'women' else 'women'}"}
        if sex_uncounted(unit, counting):  # 'How many women are judges?': not '47 training courses were held for judges'
            return {"counts_the_group": f"no sentence of the closest paragraphs gives a figure of {unit}"}
        if (kind := kind_of_people(question)) and not any(all(names_word(s, w) for w in kind) for s in counting):
            return {"counts_the_group": f"no sentence of the closest paragraphs gives a figure of the people asked about ({' '.join(kind)})"}
        if part := self.part_gap(question, texts):
            return part
        if event := event_uncounted(question, said):
            return {"counts_the_event": f"no sentence of the closest paragraphs gives a figure of those {event}"}
        if counted_after_the_change(question, counting):
            return {"counts_before": "the closest paragraphs give the figure since that change, not the one before it"}
        return {}

    def topic_share(self, question: str, text: str, unit: str) -> bool | None:
        """Does the text hold a third of the IDF weight of the words of the part that asks, less the unit, the
        words for people, the words naming a country or voice and the years ('How many complaints from migrant
        workers did the Office receive in 2023?': not appeals of anyone)? None when no such word is left."""
        drop = set(self.tokenize([" ".join([unit, *_PEOPLE, *naming_words(question), *years(question)]) + " " + MEASURE_WORDS])[0])
        topic = set(self.tokenize([asked_part(question)])[0]) - drop
        total = sum(self.idf(w) for w in topic)
        return None if total <= 0 else sum(self.idf(w) for w in topic & set(self.tokenize([text])[0])) >= total / 3

    def part_gap(self, question: str, texts: list[str]) -> dict[str, str]:
        """A part of a whole the question gives ('How many of the 725,000 ... live in rural areas?', 'How much of that
        came from abroad?') that no sentence counts (part_uncounted)."""
        part = part_uncounted(question, texts)
        return {"counts_the_part": f"no sentence of the closest paragraphs gives a figure for the part asked ({part})"} if part else {}

    def lead(self, p: Paragraph) -> str:
        """What a paragraph's items stand under: the lead-in of the paragraph it is an item of (its own, if none). Not
        its headings: under 'A. Introduction' a date is no day anything was introduced or adopted."""
        parent = self.paragraph_at((p.symbol, p.parent)) if p.parent else p
        return lead_in(parent.text if parent else "")

    def kind_gaps(self, question: str, texts: list[str], leads: list[str] = (), asker: str = "", titles: list[str] = ()) -> dict[str, str]:
        """The kinds of answer one sentence must hold: a per cent (of the thing asked), an amount of money, a named
        court or law, a date beside the thing done (or the act dated, in the sentence or the lead-in of its list:
        `leads`, one per text), a length of time, a penalty (imposed on the person named, also in the asker's lead-in
        `asker` when the question says 'she' or 'him'); an either-or question: one of its two things."""
        ask = self.told_then_asked(question)  # 'The government mentions a taxi pilot. Which agency funded it?'
        of, things = share_of(question), self.things_done(question)
        money, kind = asks_for_money(question) or asks_for_money(ask), asked_kind(question) or asked_kind(ask)
        duration, pair, (act, act_words) = asks_for_duration(question), alternatives(question), act_asked(question)
        span = asks_for_span(question)
        multiple, article = asks_for_multiple(question), asks_for_article(asked_part(question))
        plan = plan_asked(question) if asks_for_date(question) else []  # 'When did it adopt its plan on business and human rights?'
        persons = []  # "I'm writing a profile of Larisa Kharkova. What sentence did she get?": hers
        if asks_for_penalty(question):
            persons = self.persons_asked(question) or (self.persons_asked(asker) if re.search(r"\b(?:s?he|her|him|his)\b", question, re.I) else [])
            persons = [p for p in persons if not known_country(p)]  # 'the maximum fine for breaching Papua New Guinea's Act'
        penalty = bool(persons) or asks_for_penalty(question) and bool(re.search(r"\b(?:prison|jail|sentenc|locked up)", question, re.I))
        # a law's 'What penalties does the Code set?' is answered by 'the penalties have been increased'
        if of is None and not (money or kind or things or duration or pair or act or penalty or multiple or plan or article or span):
            return {}  # most questions: no sentence to split
        said = [t[a:b] for t in texts for a, b in sentences(t)]
        out = {}
        shares = [s for t in texts for s in with_sentence_before(t)]  # 'The number of such persons ... 36 per cent of the total'
        if of is not None and not any(gives_share(s, of) for s in shares):
            out["gives_a_share"] = f"the closest paragraphs give no percentage{' of ' + of if of else ''}"
        elif of and len(whole := self.share_whole(question)) > 1 and not any(
                gives_share(s) and all(mentions(w, s) or names_word(s, w) or w.isupper() and spelled_out(w, s) for w in whole) for s in shares):  # 'SDG': written out
            out["shares_the_whole"] = f"the closest paragraphs give no percentage of the {' '.join(whole)}"
        if money and not any(gives_money(s) for s in said):
            out["gives_money"] = "the closest paragraphs give no amount of money"
        elif money and asks_each(question) and not any(gives_an_amount_each(s) for s in said):
            out["money_each"] = "the closest paragraphs give only total sums, in billions, not an amount for each"
        if kind and not any(names_kind(kind, s, question) for s in said):
            out["names_the_kind"] = f"the closest paragraphs give no {kind}'s name"
        if article and not any(gives_article(t, law := article_of(question)) for t in texts):
            out["gives_an_article"] = f"the closest paragraphs give no article's number{' of the ' + law if law else ''}"
        if things and not any(dated(s) and (all(mentions(w, without_protocols(without_body_names(s), question)) or described(w, s) for w in things)
                                            or numbered_named(question, s)) for s in said):
            a, b = question.find(things[0]), question.rfind(things[-1])
            named = question[a: b + len(things[-1])] if 0 <= a <= b else ", ".join(things)
            out["dates_the_thing"] = f"no sentence of the closest paragraphs gives a date for the {named}"
        if plan and not any(dated(s) and names_plan(plan, s) for s in said):  # not another plan's date
            out["dates_the_plan"] = f"no dated sentence of the closest paragraphs names a plan on {plan_topic(question)}"
        if act and not any(dates_the_act(act_words, t[a:b], lead) for t, lead in zip(texts, list(leads) + [""] * len(texts))
                           for a, b in sentences(t)):
            out["dates_the_act"] = f"no dated sentence of the closest paragraphs says when it was done ('{act}')"
        elif act and (paper := _PAPER_ACTED.search(asked_part(question))) and not any(
                dates_the_act(act_words, t[a:b], lead) and re.search(_PAPER_WORDS[paper.lastgroup], f"{t[a:b]} {lead} {title}", re.I)
                for t, lead, title in zip(texts, list(leads) + [""] * len(texts), list(titles) + [""] * len(texts)) for a, b in sentences(t)):
            out["dates_the_act"] = f"no dated sentence of the closest paragraphs dates the {paper.group(paper.lastgroup)} ('{act}')"  # 'adopted
            # the present concluding observations' on 11 September 2019 dates no list of issues; a paragraph of the paper
            # asked (its title names it: 'Concluding observations on ...') may date it without naming it
        if multiple and not any(gives_multiple(s) for s in said):
            out["gives_a_multiple"] = "the closest paragraphs give no multiple ('N times')"
        if duration and not any(gives_duration(s) for s in said):
            out["gives_a_duration"] = "the closest paragraphs give no length of time"
        if span and not any(gives_span(s) for s in said):
            out["gives_a_span"] = "the closest paragraphs give no span of years"
        if penalty and not all(any(gives_penalty(s, [p]) for s in said) for p in persons or [""]):
            out["gives_a_penalty"] = f"the closest paragraphs give no penalty{' imposed on ' + ' or '.join(persons) if persons else ''}"
        if pair and not any(names_alternative(pair, t) for t in texts):
            out["names_an_alternative"] = f"the closest paragraphs mention neither {pair[0]} nor {pair[1]}"
        return out

    def money_for(self, question: str, texts: list[str], contexts: list[str]) -> list[str]:
        """The names of what an amount of money is asked for ("the Ombudsman's Office"), when no paragraph that gives an
        amount holds them all (in its text, headings or document's names: `contexts`), else []: the tenge of the social
        budget, cited beside a paragraph on the Office's staff, is not the Office's budget; the birth payments are no
        relocation allowance ('How much is the one-off relocation allowance?'). Countries do not count."""
        during = " ".join(m.group(0) for m in _DURING.finditer(question))  # 'during the COVID-19 state of emergency': when
        names = [n for n in self.things(question)[1] if not countries_named(n) and n not in during] + money_recipient(question) + money_thing(question)
        given = [c for t, c in zip(texts, contexts) if any(gives_money(t[a:b]) for a, b in sentences(t))]
        return [] if not names or any(all(holds(n, c) or names_word(c, n) for n in names) for c in given) else names

    def persons_asked(self, question: str) -> list[str]:
        """The persons a question names: 'Larisa Kharkova', both of 'X and Y'; not 'Criminal Code', 'Article', 'FIDH',
        nor a group ('Roma communities': counts.groups_named)."""
        groups = set(groups_named(question))
        return [n for name in self.things(question)[1] for n in name.split(" and ")
                if n not in groups and all(re.fullmatch(r"[A-Z][a-z'\u2019-]+", w) and not ORG_WORDS.fullmatch(w) and not TEXT_WORDS.fullmatch(w) for w in n.split())]

    @staticmethod
    def share_whole(question: str) -> list[str]:
        """The words of what a share is asked of, less countries and voices: 'the rural population' -> ['rural',
        'population'] (a per cent of the whole population does not answer for its rural part)."""
        generic = naming_words(question) | {"total", "overall", "whole", "entire", "all",  # 'of total public spending'
                                            "those", "these", "that", "this", "them", "its", "their", "such"}  # 'of those employees'
        return [w for w in share_words(question) if w.lower() not in generic and not countries_named(w)]

    def things_done(self, question: str) -> list[str]:
        """The names of what a 'when was X done' question asks about, cut at the words naming a voice, body or
        country: 'the Optional Protocol to the Convention against Torture' -> ['Optional Protocol', 'Torture']; not at
        the source the question names after it (', according to the Committee's Views in the Paraga case')."""
        names = named_things(without_body_names(_SOURCE_CLAUSE.split(question)[0]))
        if not names:
            return []
        generic = naming_words(question) | {w.lower() for c in countries_named(question) for w in c.split()}
        if (doer := _DOER.match(question)) and person_names(doer.group(1), self.rare):  # 'When did Olivier De Schutter carry
            generic |= {w.lower() for w in doer.group(1).split()}  # out his visit?': who did it, not what is dated (a person, by
            # evidence.person_names; 'When did the Protocol take effect?' dates the Protocol)
        cut = [re.split(r"\s+", r) for r in names if r.lower() not in generic]  # 'Human Rights Committee': a body, its author
        parts = [" ".join(ws) for r in cut for ws in _runs([w if w.lower() not in generic else "" for w in r])]
        return [p for p in parts if p]

    def promote(self, question: str, hits: list[Hit]) -> list[Hit]:
        """A question that asks for a person: the best paragraph of the top one's document that names one goes first
        (the kind of answer asked for outranks some similarity; another document's person would answer another
        question). A question that asks when, how many or for a document symbol, or names a numbered report or
        session: the runner-up goes first if it passes those checks and the best does not ('When did X ratify the
        CRPD?': 'Ratify the CRPD' before 'welcoming the ratification of the CRPD in 2015'; 'How many jobs are closed
        to women?': the list cut 'from 287 to 191' before '528,200 women were placed in jobs'; 'the third report'
        asked, the Committee's paragraph first); deeper than the runner-up, no-answer questions got answered (fixture
        group, holdout cd), so the second to fourth go first only by figure_further_down's stricter test (the runner-up
        too since stop 45: 'Data for 2022 show ... 43.4 per cent' for a share asked of 2022). Not done for the year of a count: a figure for that year in a paragraph on something else
        is the commonest wrong answer (the eval: no-answer abstention 0.50 -> 0.36 when tried). Asked what share, the
        runner-up's percentage must also be about the question's topic (shares_topic): a share of GDP is not a share
        of GDP spent on education."""
        share = asked_unit(question) == "share"
        hits = self.country_first(question, hits)
        if _HOW_LATE.search(question) and len(hits) > 1 and not gives_duration(self._text(hits[0])) and gives_duration(self._text(hits[1])):
            return [hits[1], hits[0]] + hits[2:]  # 'How late was the report?': 'submitted 12 years late' before the meetings
        if _LAYOUT_Q.search(question) and not _LAYOUT.search(self._text(hits[0])):  # 'How is the third periodic report
            # organised?': the paragraph saying 'The report is divided into two sections', not the one on its statistics
            named = {d["cite_as"] for d in self.reader.documents_named(question)}
            return put_first(next((h for h in hits[1:8] if _LAYOUT.search(self._text(h)) and (not named or h.paragraph.symbol in named)), None), hits)
        by_kind = (asks_for_date(question) or asks_a_count(question) or named_unit(question) or _ORDINAL_THING.search(question) or share or _MONTH_Q.search(asked_part(question))
                   or asks_for_symbol(question) or asks_for_span(question) or asks_for_penalty(question) or asks_for_multiple(question) or asks_for_article(asked_part(question))
                   or _STATES_Q.search(asked_part(question)) or SESSION_Q.search(question) or asked_kind(asked_part(question)))
        if (by_kind or self.measured(question) and self._count_years(question)) and len(hits) > 1 and (not self.in_two_parts(question) or self.told_then_asked(question) or self.figure_after_told(question)):
            first, second = set(self.gaps(question, hits[:1])), set(self.gaps(question, hits[1:2]))
            measure = next((h for h in hits[1:6] if self.measure_further_down(question, h, first)), None) \
                if "figure_for_year" in first and self.measured(question) else None  # asked a measure of a year: a strict
            # test (the year, a figure and the measure's words in one sentence) that reaches the sixth
            if not by_kind:
                return put_first(measure, hits)
            second_first = PROMOTING & first and not PROMOTING & second or self.counts_for_year(question, hits, first, second)
            second_first = second_first and (not share or self.shares_topic(question, hits[1])) and not self.loses_things(question, hits[0], hits[1])
            if second_first:
                return [hits[1], hits[0]] + hits[2:]
            deeper = next((h for h in hits[1:4] if (self.figure_further_down(question, h, first) or self.article_further_down(question, h, first)
                                                     or self.deadline_further_down(question, h, first)
                                                     or self.act_further_down(question, hits[0], h, first))
                           and not self.loses_things(question, hits[0], h)), None) or measure
            if deeper is None and "gives_a_span" in first:  # 'Which years does the third periodic report cover?': its paragraph
                # giving '2019–2023', third behind the Committee's on the report
                deeper = next((h for h in hits[2:4] if not set(self.gaps(question, [h])) & PROMOTING and not self.loses_things(question, hits[0], h)), None)
            if deeper is None and "names_the_kind" in first and "names_the_kind" in second and asked_kind(asked_part(question)) in _INSTRUMENT_KINDS:  # 'Which Dominican law on an ombudsman's
                # office did it ask about?': its list of issues' paragraph naming 'Law No. 19-01', sixth behind its title; of the
                # best one's document only, and holding the question's things; a law, not a city or region (a list of cities
                # 'highly rated' is no answer to which came last)
                deeper = next((h for h in hits[2:6] if h.paragraph.doc_id == hits[0].paragraph.doc_id and not set(self.gaps(question, [h])) & PROMOTING
                               and not self.loses_things(question, hits[0], h)), None)
            if deeper or not asks_for_person(question):  # 'Who headed the delegation when it reviewed the fourth report?': a person
                return put_first(deeper, hits)
        if not hits or not asks_for_person(question):
            return hits
        doc, role = hits[0].paragraph.doc_id, role_asked(asked_part(question))
        own = [(i, h) for i, h in enumerate(hits) if h.paragraph.doc_id == doc]
        i = next((i for i, h in own if role and holds_role(role, h.paragraph.text, question, self.rare)), None)  # 'Who led
        # the delegation?': 'X, Minister of Justice and head of delegation', before a paragraph naming an expert
        i = i if i is not None else next((i for i, h in own if person_names(h.paragraph.text, self.rare)), None)
        return hits if not i else [hits[i]] + hits[:i] + hits[i + 1:]

    def act_further_down(self, question: str, best: Hit, h: Hit, first: set[str]) -> bool:
        """'On what date did the Committee agree to Denmark's request to lift interim measures?': no dated sentence of the
        best paragraph says the act asked ('requested the State party to refrain from deporting', 29 January 2014), this
        one, further down in the same document, passes every check ('On 1 October 2014, the Committee ... accepted the
        State party's request to lift')."""
        return first & PROMOTING == {"dates_the_act"} and h.paragraph.doc_id == best.paragraph.doc_id \
            and not set(self.gaps(question, [h])) & PROMOTING and bool(self.topic_share(question, self._text(h), ""))  # the
        # best gives a date, of something else; this one holds a third of what is asked about ('request to lift interim measures')

    def article_further_down(self, question: str, h: Hit, first: set[str]) -> bool:
        """'Which article of the Constitution bans discrimination?': the best paragraph gives no article of it, this one,
        further down, passes every check (an NGO's recommendations on the topic rank above the State's 'article 14 of the
        Constitution provides that ...')."""
        return "gives_an_article" in first and not set(self.gaps(question, [h])) & PROMOTING

    def deadline_further_down(self, question: str, h: Hit, first: set[str]) -> bool:
        """'By what date was Kazakhstan asked to submit its third periodic report?': the best paragraph gives no date by
        which anything is due (none, or a law's 'of 6 April 2016'); this one, further down, passes every check and holds a third of
        what is asked about ('requests the State party to submit its third periodic report ... by 31 March 2024')."""
        return bool(_DEADLINE_Q.search(asked_part(question))) and bool(first & {"gives_a_deadline", "gives_a_date", "dates_an_event"}) \
            and not set(self.gaps(question, [h])) & PROMOTING and bool(self.topic_share(question, self._text(h), ""))

    def numbers_reports(self, p: Paragraph) -> bool:
        """Does the paragraph's document name some report by its number (its symbol, its front matter, this paragraph
        or one before it: 'the second periodic report of Mexico', 'E/C.12/KAZ/CO/2')? An excerpt from the middle of
        1993 observations may name none: no ground to say it is not on the report a question names."""
        texts = [self.front(p.symbol), report_named(p.symbol), p.text] + [q.text for q in self.before(p, p.order)]
        return any(_ORDINAL_THING.search(t) and re.search(r"\breports?\b", t, re.I) for t in texts if t)

    def opening(self, p: Paragraph) -> str:
        """An unnumbered text's first paragraph, which says what the whole page is about ('The Human Rights Committee
        this morning concluded its consideration of the sixth periodic report of Uruguay ...'): '' for a numbered one."""
        if not p.paragraph.startswith(("intro, para.", "issue ")):
            return ""
        earlier = self.before(p, p.order) if p.order else []
        return (earlier[-1] if earlier else p).text

    def loses_things(self, question: str, best: Hit, other: Hit) -> bool:
        """Does the other paragraph lack a name of several words the question gives ('the Sustainable Rural Development
        Fund') that the best holds? Then it does not go first for having the kind of answer asked (a year, a count): that would
        be the year or count of something else."""
        names = [t for t in self.things(question)[1] if len(t.split()) > 1]  # a name of words: not 'Ombudsman', which 'the Office' may be
        return any(holds(t, self._context(best)) and not (holds(t, self._context(other)) or self.referred(t, other.paragraph)
                                                          or by_surname(t, other.paragraph.text)) for t in names)

    def country_first(self, question: str, hits: list[Hit]) -> list[Hit]:
        """'What is the date of the Committee's concluding observations ... that Germany responds to?': when the best
        paragraph does not mention the country the question names (a follow-up report on no one State), those of the
        best three from documents on that country go first, in their order."""
        countries = countries_named(question)
        if len(hits) < 2 or not countries or all(mentions_country(c, self._context(hits[0])) for c in countries):
            return hits
        keys = {country_key(c) for c in countries}
        names = [n for n in self.things(question)[1] if len(n.split()) > 1 and not countries_named(n)]  # 'Special Migration
        # Programme': not another programme of a document on Mexico
        on = [h for h in hits[:3] if country_key(self.docs.get(h.paragraph.symbol, {}).get("country") or "-") in keys
              and all(holds(n, self._context(h)) for n in names)]
        return on + [h for h in hits if h not in on] if on else hits

    def counts_for_year(self, question: str, hits: list[Hit], first: set[str], second: set[str]) -> bool:
        """'How many drug-dependent people were registered in 2023?': the best paragraph gives no figure at all (the
        Committee's concern) and the runner-up passes every check, with a figure for the year beside the thing counted
        ('the number of drug-dependent persons registered in 2023 stood at 18,226'). The paragraph must name the thing
        counted (or a name of the same thing: 'appeals' for complaints): a figure for the year of something else
        ('403,500 children were born in 2022' for employers fined) is the commonest wrong answer. `first`, `second`: the
        gaps of the two paragraphs."""
        ys, unit = self._count_years(question), asked_unit(question)
        if not ys or "counts_something" not in first or second & (PROMOTING | {"counts_something", "figure_for_year"}):
            return False
        t = self._text(hits[1])
        if unit not in (None, "number") and not names_word(t, unit):  # in the paragraph: the items of its list '(275 in 2019; ...)' do not repeat it
            return False
        return figure_for_year(ys, [t[a:b] for a, b in sentences(t) if counts(t[a:b], shares=False)])

    def figure_further_down(self, question: str, h: Hit, first: set[str]) -> bool:
        """When the best paragraph gives no figure (for the year asked), does this one (the runner-up or further down)
        pass every check and give the figure asked, in a paragraph holding a third of the question's topic (topic_share,
        weighed on the paragraph with its headings and its document's names: 'according to FIDH')? For a year
        ('How many complaints did the Ombudsman get in 2023?'): a figure for that year in a sentence that counts, the
        thing counted named in the paragraph (or a share beside the question's topic: shares_topic). Without a year
        ('How many kinds of work did that list shut women out of?', the best paragraph its repeal): a sentence that
        counts the thing asked by name. A multiple ('By how many times did spending grow?'): a sentence that gives one
        ('increased by 3.8 times'). `first`: the best paragraph's gaps."""
        if "gives_a_multiple" in first:
            t = self._text(h)
            return not set(self.gaps(question, [h])) & PROMOTING and gives_multiple(t) and bool(self.topic_share(question, t, "times"))
        ys, unit = self._count_years(question), asked_unit(question) or named_unit(question)
        if ys and (not unit or not first & {"counts_something", "figure_for_year", "gives_a_share"}):
            return False
        if not ys and ("counts_something" not in first or unit in (None, "number", "share")):
            return False
        if set(self.gaps(question, [h])) & (PROMOTING | {"counts_something", "counts_the_thing", "figure_for_year"}):
            return False
        t = self._text(h)
        said = [t[a:b] for a, b in sentences(t)]
        if unit == "share":
            return self.shares_topic(question, h) and figure_for_year(ys, [s for s in said if gives_share(s)])
        if unit != "number" and not names_word(t, unit):
            return False
        counting = [s for s in said if counts(s, shares=False) and (ys or names_word(s, unit))]
        return bool(counting) and bool(self.topic_share(question, self._context(h), unit)) and (not ys or figure_for_year(ys, counting))  # not
        # appeals of anyone for 'appeals from migrants'

    def measure_further_down(self, question: str, h: Hit, first: set[str]) -> bool:
        """A measure asked of a year ('How big was the gap in average monthly pay in 2022?') that the best paragraph gives
        no figure for that year: does this one pass every check and give it, the year, a figure and every word of the
        measure in one sentence ('the gender gap in average monthly wages, which stood at 25.2 per cent in 2022', sixth
        behind the Committee's concern at the gap, the question's premise)?"""
        ys, measure = self._count_years(question), self.measured(question)
        if not (ys and measure and "figure_for_year" in first) or set(self.gaps(question, [h])) & (PROMOTING | {"figure_for_year", "figure_for"}):
            return False
        words = [w for w in re.findall(r"[\w-]+", measure) if len(w) > 2 and w.lower() not in ("the", "and", "per")]
        t = self._text(h)
        return any(figure_for_year(ys, [t[a:b]]) and all(names_word(t[a:b], w) for w in words) for a, b in sentences(t))

    def joined_part(self, question: str, hits: list[Hit]) -> list[Hit]:
        """A question joined of two ('What is the minimum age to marry, and how many marriages of minors does the NGO
        count?'): when the paragraphs the answer would cite fail the checks and the runner-up with them passes, all of
        them, each answering a part; else []. A count asked after a voice's words ('The Committee wanted case law; how
        many rulings cited it?'): the first of the best five that, cited with them, passes, whose figure stands in a
        sentence with a word of the part that asks besides 'people', and that is in another voice's words or names the
        thing counted (the State's figure ranks below the Committee's words the question repeats; a figure for the year
        in the same voice's next paragraphs, or of young people reached for 'how many people receive that therapy',
        counts something else)."""
        cited = self._cited(hits)
        counted = _JOINED_COUNT.search(asked_part(question))  # 'What did the Committee ask, and how many rulings ...?'
        after = self.counted_after(question) or bool(counted)
        if not (JOINED.search(asked_part(question)) or after) or len(hits) < 2:
            return []
        part = counted.group(1) if counted else asked_part(question)
        voices, unit = {self.docs.get(h.paragraph.symbol, {}).get("author_kind") for h in cited}, asked_unit(question)
        asked = set(self.tokenize([part])[0]) - set(self.tokenize([" ".join(_PEOPLE | naming_words(question))])[0]) \
            - set(years(question))  # a sentence of the year asked is not on the thing asked: drug-dependent persons in 2023
        names = self.things(part)[1] if after else []
        for h in hits[1:5] if after else hits[1:2]:
            if after and (not self.counts_beside(h, asked, voices, unit) or not all(holds(n, self._context(h)) for n in names)):
                continue  # 'how many victims did IOM identify in 2016?': not FIDH's 2016 estimate of slavery victims
            if h not in cited and not self.gaps(question, hits, wider := cited + [h]):
                return wider
        return []

    def counts_beside(self, h: Hit, asked: set[str], voices: set[str], unit: str | None) -> bool:
        """Does the paragraph give a figure in a sentence with a word of the part that asks (`asked`, its tokens), and is
        it in another voice's words than `voices` or does it name the thing counted (`unit`)?"""
        t = self._text(h)
        counting = [t[a:b] for a, b in sentences(t) if counts(t[a:b], shares=False)]
        if not counting or not any(asked & set(toks) for toks in self.tokenize(counting)):
            return False
        other_voice = self.docs.get(h.paragraph.symbol, {}).get("author_kind") not in voices
        return other_voice or unit not in (None, "number") and names_word(t, unit)

    def told_then_asked(self, question: str) -> str:
        """The part that asks, when a question tells first what one voice said or did and then asks one thing that
        names no other voice ('The Committee said PISA results are low. What was the average reading score?'): its
        kind of answer (a measure's figure, a named city or agency, an amount of money) is what the paragraphs must
        give, whoever gives it. '' for a question on follow-through ('The Committee wanted X. When was it made a
        crime?': the State's replies answer) or one naming two voices. Not read for a date after a voice's words
        (date_gaps: two answers were lost, ranking_tried.md section 19)."""
        if not premise(question) or self.reader.asks_about_follow_through(question) or len(self.reader.voices_named(question)) > 1:
            return ""
        return asked_part(question)

    def figure_after_told(self, question: str) -> bool:
        """'The Committee recommended X. In the 2021 follow-up, what share ... would go to social spending in 2023?': one
        count or share for a year, asked after what a voice said; the State's paragraph that gives it answers."""
        ask = asked_part(question)
        return bool(premise(question)) and not self.in_two_parts(ask) and bool(self._count_years(ask)) \
            and (asked_unit(ask) is not None)

    def counted_after(self, question: str) -> bool:
        """One 'how many' asked after what a voice said or did ('The Committee called for substitution therapy. How many
        people receive it?'): one count, whose figure any voice may give; not a question on follow-through, whose
        figure the State's replies give ('The Committee wanted X; what did the State do, how many ...?')."""
        rest = question[len(asker_lead_in(question)):]  # 'I'm an outreach worker. How many ...?': nothing a voice said
        return bool(premise(rest) and _ONE_COUNT.search(asked_part(question))
                    and not self.reader.asks_about_follow_through(question))

    def shares_topic(self, question: str, h: Hit) -> bool:
        """Does a sentence of this paragraph give the share asked ('of the national budget') beside a word of the
        question's topic other than the share's own ('social' in 'what share of the national budget went to social
        spending?'; not 'the national budget has increased as a share of GDP' for education)?"""
        drop = set(self.tokenize([" ".join(share_words(question)) + " " + MEASURE_WORDS + " " + " ".join(naming_words(question))])[0])
        topic = set(self.tokenize([question])[0]) - drop
        t = self._text(h)
        said = [t[a:b] for a, b in sentences(t) if gives_share(t[a:b], share_of(question) or "")]
        return any(topic & set(toks) for toks in self.tokenize(said)) if said else False

    def date_gaps(self, question: str, texts: list[str]) -> dict[str, str]:
        """A question asking when: a date in some sentence, not only a year in a name ('the 1995 Constitution'), nor
        only the years the question names ('In what year ..., before the 2019 visit?' is not answered by 2019)."""
        told = premise(question)  # 'All three unions signed the agreement for 2024-2026. On what date was it signed?', 'The
        # report says X. On what date did that take effect?'; not after what a voice asked for ('The Committee wanted X.
        # When was it made a crime?': the State's replies may date it)
        voiced = told and self.reader.voices_named(told) and (asks_for_recommendation(told) or self.reader.asks_about_follow_through(question))
        if _MONTH_Q.search(asked_part(question)) and not self.in_two_parts(question):
            ys = [y for y in years(asked_part(question)) if y not in document_years(question)]  # not 'in its 1994 concluding observations'
            spans = [[t[a:b] for a, b in sentences(t)] for t in texts]
            said = [(s, s + " " + (ss[i + 1] if i + 1 < len(ss) else "")) for ss in spans for i, s in enumerate(ss)]
            if not any(_IN_MONTH.search(s) and (not ys or any(re.search(rf"\b(?:{MONTHS})\s+{y}\b", s) for y in ys))
                       and self.topic_share(question, window, "month") is not False for s, window in said):  # the month of
                # the thing asked, told in its sentence or the next ('On 15 April 2024, the Head of State signed the Act
                # ... battery ... criminalized'), not another item's ('(b) The amendments ..., in October 2015')
                return {"gives_a_month": f"the closest paragraphs give no month{' of ' + ' or '.join(ys) if ys else ''}"}
            return {}
        if not (asks_for_date(question) or told and not voiced and asks_for_date(asked_part(question))):
            return {}
        said = [t[a:b] for t in texts for a, b in sentences(t)]
        others = [s for s in said if other_numbered(question, s)]  # 'general comments No. 6, adopted ... (1982)': not No. 36's
        said = [s for s in said if s not in others]
        day = _DAY_Q.search(question) or re.match(r"\s*when\b", asked_part(question), re.I)  # 'On what day did the Committee release
        # it?': 'released ... on 29 June', the year the document's own (no year is asked); 'When was the thirty-second
        # session held?': 'the thirty-second (12-16 June)'
        if not any(dated(s) or day and DAY_MONTH.search(s) for s in said):
            return {"gives_a_date": f"the closest paragraphs give no date{' but those of other things they name' if others else ''}"}
        if _DEADLINE_Q.search(asked_part(question)) and not any(_DEADLINE.search(s) for s in said):
            return {"gives_a_deadline": "the closest paragraphs give no date by which it is due"}  # 'By what date were
            # States asked to submit their replies?': not 'the working group would meet from 12 to 16 March 2018'
        month_told = _IN_MONTH.search(question)  # 'On what exact date in July 2013 were the elections held?': not 'in July 2013'
        exact = _A_DAY_Q.search(question)  # a day: not 'In May 2018' (another thing's month), nor 'Presidential Decree, of 2002'
        if _EXACT_DATE_Q.search(question) and not any(DAY_MONTH.search(s) or not (month_told or exact) and _IN_MONTH.search(s) for s in said):
            return {"gives_a_day": f"the closest paragraphs give {'only a month or a year' if exact and not month_told else 'only the month' if month_told else 'a year'}, not the date asked"}  # 'On
            # what exact date did the Act enter into force?': '(b) The Act, in 2015;'
        if _DATES_Q.search(asked_part(question)) and not self.in_two_parts(question) and not any(gives_days(s) for s in said):
            return {"gives_days": "the closest paragraphs give no span of days"}
        if not any(event_dated(s) or day and DAY_MONTH.search(s) for s in said):
            name = next((m.group(0).strip() for s in said if (m := _YEAR_NAME.search(s))), "")
            return {"dates_an_event": f"the closest paragraphs give a year only as part of a name{f' ({name!r})' if name else ''}"}
        named = set(years(question))
        if _YEAR_Q.search(question) and named and not any(set(years(s)) - named for s in said if dated(s)):
            return {"another_year": f"the closest paragraphs give no year but {' and '.join(sorted(named))}"}
        return {}

    def _count_years(self, question: str) -> list[str]:
        """The years a one-part count or measure question asks about ('How many ... in 2018?', 'What was the poverty
        rate in 2019?'), else []; not the two years that bound a period ('grow ... between 2010 and 2020': 'increased by
        3.8 times' over the past 10 years), nor those of an opening clause that sets the scene (premise_years)."""
        context = set(range_years(question) + premise_years(question) + naming_years(question) + review_years(question))
        ys = [y for y in event_years(question) if y not in context]
        asks = asked_unit(question) is not None or asks_a_total(question) or bool(self.measured(question)) or asks_by_naming(question) or asks_for_money(question) \
            or bool(_FIGURE_AGAIN.match(asked_part(question)) and (counts(told := premise(question)) or _IT_AGAIN.match(asked_part(question)) and _MEASURE_TOLD.search(told)))  # '25.2 per
        # cent in 2022. What was it in 2023?'; 'It gives the gender gap in wages for some years — what was it in 2020?'
        return ys if ys and asks and not self.in_two_parts(asked_part(question), joined=True) else []  # what it tells first is no part

    def years_without_figure(self, question: str, texts: list[str], cited: list[Hit] = ()) -> list[str]:
        """The years a count question asks about when no sentence of these texts gives a figure for them ([] when it
        asks for no year, or is in two parts). `cited`: the hit of each text; a figure in a sentence that
        names no year is of its document's year ('The Chairperson said that 163 States had become parties', in a summary
        record of June 1999, for 'How many States were parties in June 1999?'), when it counts the thing asked by name
        (not '3 years' for 'How many migrant workers were deported in 2018?' in an NGO's text of 2018)."""
        ys = self._count_years(question)
        if not ys:
            return []
        said = [s for t in texts for s in with_sentence_before(t, _year_told_before)]
        if rank_for_year(question, ys, said):  # 'to fifty-ninth place': a rank in words
            return []
        if figure_for_year(ys, [s for s in said if counts(s)]):  # 'June 1 to 30 October 2021': no figure
            return []
        if all(any(re.search(rf"(?<!\d){y}(?!\d)", s) and WORD_COUNT.search(s) for s in said) for y in ys):
            return []  # a figure in words: 'six people were on death row at the end of 2012'
        unit = asked_unit(question)
        if len(ys) > 1 or unit in (None, "number"):
            return ys
        dated = [(self.docs.get(h.paragraph.symbol, {}).get("date") or "")[:4] for h in cited]  # each text's document's year
        of = (share_of(question) or "") if unit == "share" else ""  # 'What share of the world's population did OHCHR tell
        # the Committee in 2009 ...?': 'who accounted for 10 per cent of the world's population', in its record of 2009
        gives = (lambda s: gives_share(s, of)) if unit == "share" else (lambda s: counts_by_name(s, unit))
        own = {y for t, y in zip(texts, dated) if (unit != "share" or of) and any(gives(t[a:b]) and not YEAR.search(t[a:b]) for a, b in sentences(t))}
        return [] if ys[0] in own else ys  # the thing counted by name: not '3 years' of a sentence for 'how many workers

    def unmeasured(self, question: str, cited: list[Hit]) -> str:
        """'What was the infant mortality rate ...?': the measure asked for, when no sentence of the cited paragraphs
        gives a figure beside all its words ('mortality' alone is another rate), and beside the group or the rural or
        urban areas it is asked of ('the unemployment rate among women': in the sentence, not only in a heading on
        women's work); else ''."""
        phrase = self.measured(question)
        if not phrase:
            return ""
        among = re.search(rf"{re.escape(phrase)}\s+(?:at\s+birth\s+)?(?:(?:among|for|of)\s+(?:the\s+)?({_GROUP_WORDS})|in\s+(?:the\s+)?(rural|urban)\b)\b", question, re.I)  # 'life
        # expectancy at birth for women': theirs
        group = set(self.tokenize([among.group(1) or among.group(2)])[0]) if among else set()  # 'in rural areas': 'rural'
        # beside the figure ('the poverty rate is 5.2 per cent' is the country's)
        scope = "" if _LOCAL.search(question) else _SCOPE  # 'the nationwide total', a region's told: the scope is what is asked
        phrase = re.sub(r"\bdeath\s+rate", "mortality rate", phrase, flags=re.I)  # 'the overall death rate': 'the mortality rate ... 7.2 per 1,000'
        words = set(self.tokenize([phrase])[0]) - set(self.tokenize([" ".join(naming_words(question)) + " " + MEASURE_WORDS + scope])[0])
        if rank_for_year(question, event_years(question), [h.paragraph.text[a:b] for h in cited for a, b in sentences(h.paragraph.text)]):
            return ""  # 'What rank did it reach in the Index for 2021?': 'for 2021, to fifty-ninth place'
        share_words_asked = bool(re.search(r"\b(?:share|proportion|percentage|fraction)\b", phrase, re.I))  # 'what proportion of Roma
        # children ...?': 'only half of Roma children attend'
        for h in cited:
            t, heads = h.paragraph.text, set(self.tokenize([" ".join(h.paragraph.headings)])[0])
            spans = [t[a:b] for a, b in sentences(t)]
            for s, toks in zip(spans, self.tokenize(spans)):
                if (re.search(r"\d", _ARTICLE_NUMBER.sub(" ", s)) or share_words_asked and _SHARE_IN_WORDS.search(s)) and all(w in toks or w in heads or names_word(s, w) or _BOUND.get(w) and re.search(_BOUND[w], s, re.I)
                                                                       for w in words) and all(g in toks or names_word(s, g) for g in group):  # 'minimum share': 'at least 30 per cent'
                    return ""
        return phrase + (" " + among.group(0)[len(phrase):].strip() + (" areas" if among.group(2) else "") if among else "")

    def _cited(self, hits: list[Hit]) -> list[Hit]:
        """The paragraphs an answer would quote: the best, and those within `margin` of it."""
        return [h for h in hits[: self.max_citations] if abs(hits[0].score - h.score) <= self.margin]  # a paragraph put first by name: not those far above it

    def with_voices(self, question: str, hits: list[Hit], cited: list[Hit]) -> list[Hit]:
        """`cited` and, for a question naming several voices ('What does the NGO say, and the State's third report?'),
        the best paragraph of each voice it lacks: the answer quotes one per voice asked, so the checks read them; the
        same for several documents named as where to look ('according to both the follow-up and the third periodic
        report'), from the best five."""
        voices, countries = self.reader.voices_named(question), countries_named(question)
        out = list(cited)
        unit = asked_unit(asked_part(question)) if len(voices) > 1 and asks_a_count(asked_part(question)) else None  # '... - how
        # many schools does the government say provide it?': the voice's paragraph that gives a figure beside the thing counted, of its best three
        for kind in voices if len(voices) > 1 else []:  # of the State asked about: not Jordan's review for 'When did Japan ...?'
            own = [h for h in hits if self.docs.get(h.paragraph.symbol, {}).get("author_kind") == kind
                   and all(mentions_country(c, self._context(h)) for c in countries)]
            best = next((h for h in own[:3] if unit not in (None, "number") and counts_by_name(self._text(h), unit)), own[0] if own else None)
            if best and best not in out:
                out.append(best)
        named = self.reader.documents_named(asked_part(question)) if self.reader.documents_as_source(question) else []
        phrases = {m.group(0).lower() for m in self.reader.alias.finditer(asked_part(question))} if named else set()
        for doc in named if len(named) > 1 and len(phrases) > 1 or len(named) == 1 and premise(question) else []:  # 'as
            # mentioned in both the 2021 follow-up and the third periodic report'; not every general comment for
            # 'according to the general comment'; 'The Committee complained of X. What does the third report say?': the
            # report's, below the complaint (not for one document named alone: 'What did FIDH report about Roma
            # families?' is not answered by FIDH's fifth paragraph on something else)
            best = next((h for h in hits[:5] if h.paragraph.symbol == doc["cite_as"]), None)
            if best and best not in out:
                out.append(best)
        return self.of_state_addressed(question, out)

    def of_state_addressed(self, question: str, cited: list[Hit]) -> list[Hit]:
        """Of the paragraphs an answer would cite, those of documents on the State whose review or report the question
        asks about (addressed_countries) or on no one State, when one is: 'In what year did the Committee consider
        Tunisia's fourth periodic report?' is not answered by Croatia's fourth report beside Tunisia's fifth."""
        keys = {country_key(c) for c in addressed_countries(question)}
        keep = [h for h in cited if not (c := self.docs.get(h.paragraph.symbol, {}).get("country")) or country_key(c) in keys]
        return keep if keys and keep else cited

    def rare(self, word: str) -> bool:
        """A word rarer than most in the background table (a surname, not 'Trade' or 'Unions')."""
        toks = self.tokenize([word])[0]
        return bool(toks) and all(self.idf(t) >= 0.8 * self.lexical.unseen for t in toks)

    def measured(self, question: str) -> str:
        """evidence.measured, of the question after what it tells first when that is one question ('Life expectancy
        fell to 70.23 years in 2021. What was life expectancy in 2023?') or one thing asked after a voice's words
        (told_then_asked); not a part of a question in two ('The Committee noted a pay gap. What does the State's
        report give?' is answered by two paragraphs)."""
        if asks_by_naming(question) and not measured(question) and (named := measured(f"What is the {question.strip()}")) \
                and re.search(r"\b(?:coefficient|index|indices|ratio|score|salar(?:y|ies)|fine|amount)$", named, re.I) \
                and not re.search(r"\bwhat\b", named, re.I):  # 'Gini coefficient of income inequality value?', 'average
            return named  # monthly salary in tenge in 2023?': a heading naming a measure asks as 'What is the ...?' does
        return measured(question) or ("" if self.in_two_parts(question) and not self.told_then_asked(question)
                                      else measured(asked_part(question)))

    def in_two_parts(self, question: str, joined: bool = False) -> bool:
        """'What did the Committee recommend, and what did the State answer?', 'The Committee said X. What did
        Kazakhstan change?', 'After the Committee asked X, what did the law give?': two paragraphs answer it; with
        `joined` (the years a figure is asked for), also two questions joined by 'and' ('How many jobs were closed in
        2015, and what was the list down to in 2019?': no one paragraph need give a figure for both years; its count is
        still checked, and a whole unanswered is searched part by part), and a second count with its own year ('... in
        2012 and how many people were in slavery in 2016?'; not '..., and how many were in forced labour?')."""
        rest = question[len(asker_lead_in(question)):]  # 'I'm preparing a briefing. How many ...?': one
        told = premise(rest)  # 'Life expectancy fell to 70.23 years in 2021. What was it in 2023?': one, its context told
        return self.reader.asks_about_follow_through(question) or len(self.reader.voices_named(question)) > 1 \
            or bool(_TWO_PARTS.search(rest)) and (not told or bool(self.reader.voices_named(told))) or joined and bool(_AND_ASKS.search(rest) or (count := _JOINED_COUNT.search(rest)) and YEAR.search(count.group(1)))
