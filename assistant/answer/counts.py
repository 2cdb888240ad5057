"""What a count, a share or a date must show in one sentence: a figure that counts (not a year, an article number,
a document symbol, a per cent or the day of a month), the group a count names, every word of what a share is of, a
year that dates an event rather than names a thing. Pure, like evidence.py and kinds.py.

>>> counts("It registered 2,245 offences."), counts("Under article 319 of the Criminal Code (2019-2023), art. 12.")
(True, False)
>>> counts("It entered into force in 2007 (arts. 6, 7 and 11)."), counts("It was set up by Council resolution 5/1.")
(False, False)
>>> counts("It is a summary of 41stakeholders' submissions."), counts("At its 41st meeting"), counts("at its 15th")
(True, False, False)
>>> counts("The census was conducted from June 1 to 30 October 2021."), counts("Members of more than 100 groups live here.")
(False, True)
>>> counts("It thanks the State for its replies (CRPD/C/ARM/Q/1/Add.1)."), counts("They are over 40 per cent of them.", shares=False)
(False, False)
>>> counts("All grounds, as set out in article 2 (2) of the Covenant."), counts("Under article 10 (1) of the Code, 40 firms closed.")
(False, True)
>>> counts("The ILO found a violation of its Convention 87 on freedom of association.")
False
>>> others_counted("How many jobs are closed to women?", ["In 2023, 528,200 women were placed in jobs (54 per cent)."])
['women']
>>> others_counted("How many jobs are closed to women?", ["The list of jobs closed to women fell from 287 to 191."])
[]
>>> counts_in_words("He left after three attempts.", "attempts"), counts_in_words("Nine newspapers appear in Uzbek.", "schools")
(True, False)
>>> asks_a_count("How many Roma live in Kazakhstan?"), asks_a_count("What share of schools are State-run?")
(True, False)
>>> groups_named("How many Roma live in Kazakhstan?"), groups_named("How many enterprises have joined the Vision Zero concept?")
(['Roma'], [])
>>> groups_named("How many schools teach in the Uzbek language?"), groups_named("How many appeals did the Ombudsman's Office receive?")
(['Uzbek'], [])
>>> groups_named("How many bills were pending in the House of Representatives?")
[]
>>> share_words("What share of the rural population has access to water?"), share_words("What share of working-age persons is employed?")
(['rural', 'population'], ['working', 'age', 'persons'])
>>> asks_each("How much is the monthly basic pension in tenge?"), asks_each("How much was spent on pensions in 2023?")
(True, False)
>>> gives_an_amount_each("It spent 1,016.6 billion tenge on the basic pension."), gives_an_amount_each("The pension is 70,000 tenge.")
(False, True)
>>> asks_a_total("What total population did the 2021 national census record?"), asks_a_total("What did the 2021 census show?")
(True, False)
"""
from __future__ import annotations

import re

from ..ingest.meta import MONTHS
from ..ingest.places import CAPITALISED_RUN, countries_named, is_place, mentions_country
from .evidence import ORG_WORDS, PHRASE_END, ROLE, TEXT_WORDS, asked_unit, counted_phrase, word_stem
from ..search.query import ORDINAL, PERIOD, QUESTION_WORDS, YEAR, naming_words
from .kinds import PEOPLE_NOUNS, asks_for_money, currency_pattern, mentions, names_word, share_phrase

_MONTH = rf"(?:{MONTHS})"
_NOT_A_COUNT = re.compile(rf"\b(?:art(?:icle)?s?|No|Nos|paras?|paragraphs?|chap(?:ter)?s?|annex|section|conventions?)\.?\s*\d[\d.]*(?:\s*\((?:\d+|[a-z])\))?(?:\s*(?:,|and|or|to|-|\u2013)\s*\d[\d.]*(?:\s*\((?:\d+|[a-z])\))?)*|"  # 'article 2 (2)', 'paragraphs 12 (a), 14 (c) and 17'
                          r"\b\d+/\d+\b|"  # a resolution or decision: 'resolution 5/1'
                          r"\[\d{1,3}\]|"  # a note's mark: 'and adopted [1] the following comments'
                          r"(?<![\w(.,/])\d{1,2}\)(?=\s)|"  # an item's number: 'because: 1) courthouses are not adapted; 2) ...'
                          r"\b(?:over|in|during|for|within)\s+the\s+(?:past|last|previous|next|coming)\s+\d{1,3}\s+(?:years?|months?|weeks?|days?|decades?)\b|"  # a
                          # period: 'over the past 10 years, armed groups had committed numerous abuses'
                          r"\b(?:https?://|www\.)[^\s)\]]+|"  # a web address: 'https://100suraq.kz/rus' counts no appeals
                          r"(?m:^\s*\d{1,3}(?:\.\d{1,3})+\.?(?=\s+[A-Z]))|"  # a recommendation's own number at a line's start: '65.1 Consider ...'
                          r"\b[A-Za-z]+-\d+\b|"  # a name with a number: 'COVID-19', 'G-20'
                          r"\b\d{1,3}-(?:year|month|week|day)\b(?!-old)|"  # a length naming a plan: 'its 10-year (2015–2025) anti-corruption strategy'
                          r"(?-i:\b[A-Z][A-Z\d.]*/[\w./-]+(?:\s*(?:,|and)\s*\d+\b)*)|"  # a document symbol: 'CRPD/C/ARM/Q/1/Add.1',
                          # 'CERD/C/SR.2131'; the numbers of a list of them: '(CCPR/C/SR.3098 and 3099)'
                          rf"\b\d{{1,2}}\s+(?=(?:(?:to|and|-|\u2013)\s*\d{{1,2}}\s+)?{_MONTH})|\b{_MONTH}\s+\d{{1,2}}\b|"
                          rf"\b(?:1[89]\d\d|20\d\d)\s*[-\u2013/]\s*(?:1[89]\d\d|20\d\d|\d\d)\b|"
                          r"\b(?:aged|ages?)\s+(?:of\s+|between\s+)*\d{1,2}(?:\s*(?:-|\u2013|to|and)\s*\d{1,2})?\b|"  # an age: 'girls aged
                          r"\b\d{1,2}(?:\s*(?:-|\u2013|to)\s*\d{1,2})?[\s-]+years?[\s-]+(?:old|of\s+age)\b", re.I)  # 13-17', '15-year-old'

WORD_COUNT = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                         r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                         r"hundreds?|thousands?|millions?|dozens?)\b(?![\s-]+(?:th|st|nd|rd)\b)"
                         r"(?!-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b)", re.I)  # 'one' is mostly a
# pronoun; 'the fifty-third session' counts nothing
_FIGURE = re.compile(r"(?<![\w.])\d[\d,\u00a0\u202f ]*(?:\.\d+)?(?:(?![\w])|(?=[a-z]{3})(?!(?:st|nd|rd|th)\b))")  # '41stakeholders': glued by a PDF


_FOOTNOTED = re.compile(r"(?:1[89]\d\d|20\d\d),\d{1,2}")  # 'at its eleventh session in 1992,2 states': a year and its footnote mark


_SHARE = re.compile(r"\d[\d,.]*\s*(?:%|per ?cent\b|percentage points?\b)", re.I)


def _counting(sentence: str, shares: bool = True) -> tuple[str, list[re.Match]]:
    """The sentence without what counts no one, and the figures left in it that are not years."""
    rest = _NOT_A_COUNT.sub(" ", sentence if shares else _SHARE.sub(" ", sentence))
    return rest, [m for m in _FIGURE.finditer(rest) if not YEAR.fullmatch(f := m.group(0).strip().rstrip(",")) and not _FOOTNOTED.fullmatch(f)]


def counted_figures(sentence: str) -> list[str]:
    """The figures of a sentence that can count or measure something (shares too), as written.

    >>> counted_figures("On 25 July 2017 the court fined 1,500 people under article 402 (1); 40 per cent appealed.")
    ['1,500', '40']
    >>> counted_figures("More Kyrgyz girls aged 13-17 work as nannies; 1,200 children aged 5 to 9 and some 12-year-old boys too.")
    ['1,200']
    >>> counted_figures("The QazVac vaccine helped prevent the spread of COVID-19."), counted_figures("G-20 members sent 12 experts.")
    ([], ['12'])
    >>> counted_figures("General recommendation No. 19, adopted at its eleventh session in 1992,2 states that ...")  # a footnote mark
    []
    >>> counted_figures("Rights Council:\\n65.1 Consider participating in core human rights treaties (Ukraine);"), counted_figures("It counted 65.1 thousand Kazakhs.")
    ([], ['65.1'])
    >>> counted_figures("It considered the report at its 1376th meeting and adopted [1] the following comments:")  # a note's mark
    []
    >>> counted_figures("It asks about the results of complaints and its 10-year (2015\u20132025) anti-corruption strategy.")
    []
    """
    return [m.group(0).strip().rstrip(",").strip() for m in _counting(sentence)[1]]


def counts_by_name(sentence: str, unit: str) -> bool:
    """Does a figure of the sentence count this thing, named within four words after it ('4,674 general education
    schools'; not '32 legislation acts' for NGOs, which the sentence names elsewhere)?

    >>> counts_by_name("It is provided at 4,674 general education schools.", "schools")
    True
    >>> counts_by_name("With disability NGOs a proposal to amend 32 legislation acts was developed.", "NGOs")
    False
    """
    rest, figures = _counting(sentence, False)
    return any(names_word(" ".join(w for w in _NEXT_WORDS.match(rest, f.end()).groups() if w), unit) for f in figures)


def counts(sentence: str, shares: bool = True) -> bool:
    """Does the sentence hold a figure that can count something: not a year, a period ('2019-2023'), an article,
    paragraph or convention number, a document symbol or the day of a month; with `shares` False, not a per cent
    either ('more than 40 per cent' counts no one for 'how many')?

    >>> counts("It considered the report at its 3098th and 3099th meetings (CCPR/C/SR.3098 and 3099), held on 7 and 8 October 2014.")
    False
    >>> counts("An electronic platform (https://100suraq.kz/rus) has been introduced."), counts("It has 100 staff (www.gov.kz).")
    (False, True)
    >>> counts("concern identified by the Committee in paragraphs 12 (a), 14 (c) and 17."), counts("the Equal Opportunities Act (chap. 413)")
    (False, False)
    >>> counts("because: 1) courts are not adapted; 2) rights are not protected (lack of interpreters)"), counts("up to 2) 40 judges")
    (False, True)
    >>> counts("over the past 10 years, armed groups had committed numerous abuses"), counts("in the past 10 years, 40 people vanished")
    (False, True)
    """
    return bool(_counting(sentence, shares)[1])


_WORD = r"([A-Za-z][\w'\u2019-]*)"
_NEXT_WORDS = re.compile(rf"\s*{_WORD}?(?:\s+{_WORD})?(?:\s+{_WORD})?(?:\s+{_WORD})?")  # 'women', 'young women', 'general
# education schools', 'special social service providers'; always matches
_HOW_MANY_WHAT = re.compile(r"\bhow many\s+((?:[a-z][\w'\u2019-]*\s*){1,3})", re.I)
_NOT_COUNTED = {"what", "which", "when", "where", "many", "much", "there"}


def others_counted(question: str, said: list[str]) -> list[str]:
    """'How many jobs are still closed to women?': when every figure of these sentences that counts ('how many': no
    per cent) has another word of the question just after it and not the thing asked ('528,200 women were placed in
    jobs' counts women), those words; else [] (a figure of the thing asked, or of something the question does not
    name, may answer it). The thing asked is every word of 'how many ...' up to its verb ('women took
    entrepreneurship courses': any of the three). A word after 'and' is not what the figure counts.

    >>> others_counted("How many jobs are closed to women?", ["In all, 528,200 women were placed in jobs."])
    ['women']
    >>> others_counted("How many staff, and any regional offices?", ["The staff rose to 105 and regional offices opened."])
    []
    >>> others_counted("How many children with disabilities are there?", ["This year, 386 million tenge has been allocated."])
    ['tenge']
    >>> others_counted("How many schools provide inclusive education?", ["It is provided at 4,674 general education schools."])
    []
    >>> others_counted("How many providers of special social services were visited?", ["It visited 419 special social service providers."])
    []
    >>> others_counted("Which Kazakh term did kandas replace, and how many people held it?", ["Since then 19,476 ethnic Kazakhs have held it."])
    []
    >>> others_counted("How many women's entrepreneurship centres had opened by 2023?", ["In 2023, some 84,000 women took courses."])
    ['women']
    >>> others_counted("How many teachers work in rural schools?", ["The number of general education schools in rural areas is 5,280."])
    ['school']
    """
    m = _HOW_MANY_WHAT.search(question)
    phrase = counted_phrase(m.group(1)) if m else []
    asked = [word_stem(w) for i, w in enumerate(phrase) if not (re.search(r"['\u2019]s$", w) and i < len(phrase) - 1)]  # 'women's
    # entrepreneurship centres' counts centres: '84,000 women took courses' counts women
    if not asked:
        return []
    head = [w for i, w in enumerate(phrase) if not (re.search(r"['\u2019]s$", w) and i < len(phrase) - 1)]
    naming, people = naming_words(question), bool(head) and head[0].lower() in _PEOPLE
    others = {word_stem(re.sub(r"['\u2019]s$", "", w)) for w in re.findall(r"[A-Za-z][\w'\u2019-]{3,}", question)
              if not PHRASE_END.match(w) and w.lower() not in naming and w.lower() not in _NOT_COUNTED} - set(asked)
    found, asks_money = [], asks_for_money(question)  # 'How many ..., and how much did the budget spend?': money, too
    for sentence in said:
        rest, figures = _counting(sentence, shares=False)
        for f in figures:
            money = currency_pattern().match(rest, f.start())
            if money and not asks_money and not set(asked) & {word_stem(w) for w in re.findall(r"[A-Za-z]+", money.group(0))}:
                found.append(money.group(0).split()[-1])  # '386 million tenge' counts tenge, not children
                continue
            raw = []
            for w in _NEXT_WORDS.match(rest, f.end()).groups():  # '105 and regional offices': the figure counts no office
                if not w or PHRASE_END.match(w) or w.lower() in ("and", "or", "but"):
                    break
                raw.append(w)
            if not raw and (named := _NUMBER_OF_IS.search(rest, 0, f.start())) and (phrase_before := counted_phrase(named.group(1))):
                raw = phrase_before[-1:]  # 'The number of general education schools in rural areas is 5,280': schools
            after = [word_stem(w) for w in raw]
            if any(w in asked for w in after) or not others & set(after) or people and any(
                    w.lower() in _PEOPLE_WORDS or w[0].isupper() and w.endswith("s") for w in raw):
                return []  # 'how many people': '19,476 ethnic Kazakhs' (a people's name), '528,200 women'
            found += [w for w in after if w in others]
    return sorted(set(found))


_NUMBER_OF_IS = re.compile(r"\b(?:number|total)\s+of\s+([^.;:]{3,80}?)\s+(?:is|was|are|were|stood\s+at|reached|totall?ed)\s+"
                           r"(?:about\s+|some\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+)?$", re.I)  # a figure named before it
_EVENTS = [  # what befell the things counted -> the words a sentence counting them must hold
    (r"killed|died|murdered|deaths?|fatalities", r"kill|death|dead|died|\bdie|murder|homicid|femicid|fatal|lives|mortality"),
    (r"(?:find|found)(?!\s+(?:a\s+|new\s+)?(?:work|jobs?|employment|housing|shelter|homes?)\b)|identified|detected|discovered|uncovered", r"found|identif|detect|discover|uncover|reveal|establish"),
]


def event_uncounted(question: str, said: list[str]) -> str:
    """'How many women were killed by partners in 2023?': a count of a death, or of a finding ('how many working
    children were found in the raids?'), when no sentence with a figure that counts says such a thing happened; the
    event's word, else ''. A figure of women in work, or of raids conducted, does not answer it.

    >>> event_uncounted("How many women were killed in 2023?", ["In 2023, 4.3 million women were in work."])
    'killed'
    >>> event_uncounted("How many women died?", ["In 2023, 40 women lost their lives."]), event_uncounted("How many raids?", [])
    ('', '')
    >>> event_uncounted("How many people were on death row?", ["six people were on death row at the end of 2012"])  # in words
    ''
    """
    m = _HOW_MANY_WHAT.search(question)
    rest = question[m.start():] if m else ""
    for asked, forms in _EVENTS:
        if e := re.search(rf"\b(?:{asked})\b", rest, re.I):
            return "" if any((counts(x, shares=False) or WORD_COUNT.search(x)) and re.search(forms, x, re.I) for x in said) else re.sub(r"(?i)^find$", "found", e.group(0))
    return ""


_BEFORE_A_CHANGE = re.compile(r"\bbefore\s+(?:it|they|the\s+\w+(?:\s+\w+)?)\s+(?:was|were|had\s+been|got|became)\b", re.I)  # 'before it was
# given constitutional status', 'before the Office became ...' (not 'before the 2019 review')
_CHANGED_TO = re.compile(r"\b(?:since|after|following|as\s+a\s+result\s+of)\b.*\b(?:increased|raised|risen|rose|grown|grew|expanded|"
                         r"reduced|decreased|cut|fallen|fell|brought)\s+to\s+(?:about\s+|over\s+)?\d", re.I)
_CHANGED_FROM = re.compile(r"\bfrom\s+(?:about\s+|over\s+)?\d[\d,.]*\b[^.;]*?\bto\s+\d", re.I)


def counted_after_the_change(question: str, counting: list[str]) -> bool:
    """'How many staff did the Office have before it was given constitutional status?' when every sentence that
    counts (`counting`) says what the figure became since that change ('Since ... the granting of constitutional status ..., the
    staffing level has been increased to 105'): the figure is of after, and the one before is not given.

    >>> counted_after_the_change("How many staff did it have before it was given constitutional status?",
    ...     ["Since the granting of constitutional status to the Office, the staffing level has been increased to 105."])
    True
    >>> counted_after_the_change("How many staff did it have before it was given constitutional status?",
    ...     ["Since the reform, the staff has increased from 60 to 105."])
    False
    >>> counted_after_the_change("How many jobs were women shut out of before the list was scrapped?",
    ...     ["Women had been shut out of 213 types of job; the list was abolished in 2021."])
    False
    """
    if not _BEFORE_A_CHANGE.search(question):
        return False
    return bool(counting) and all(_CHANGED_TO.search(s) and not _CHANGED_FROM.search(s) for s in counting)


_TO_PLACE = re.compile(r"^\s*how\s+(?:much|many)\b[^?]*?\b(?:give|gave|given|gives|provid\w*|sen[dt]s?|donat\w*|allocat\w*|contribut\w*|"
                       r"grant(?:ed|s)?|transfer\w*|pa(?:y|id|ys)|lent|lend|export\w*)\b[^?]*?\bto\s+([^?]+)", re.I)


def recipient_named(question: str) -> str:
    """The country a 'how much / how many ... given to' question names as receiving it ('How much aid did Kazakhstan
    give to Afghanistan in 2021?' -> 'Afghanistan'), else ''.

    >>> recipient_named("How much aid did Kazakhstan give to Afghanistan in 2021?"), recipient_named("How much did it give to schools?")
    ('Afghanistan', '')
    """
    m = _TO_PLACE.search(question)
    places = countries_named(m.group(1)) if m else []
    return places[0] if places else ""


def counts_for_place(place: str, said: list[str]) -> bool:
    """Does a sentence give a figure (not a year) beside the place? A total over several recipients, the place named
    among them in the next sentence, is no figure for it.

    >>> counts_for_place("Afghanistan", ["It gave $43.56 million in 2021.", "The recipients were Afghanistan and Egypt."])
    False
    >>> counts_for_place("Afghanistan", ["It gave $3 million to Afghanistan in 2021."])
    True
    """
    return any(re.search(r"\d", YEAR.sub("", s)) and mentions_country(place, s) for s in said)


_SEXES = {"men": r"\b(?:men|man|boys?|males?|fathers?|husbands?)\b", "women": r"\b(?:women|woman|girls?|females?|mothers?|wives|wife)\b"}


def other_sex_counted(question: str, counting: list[str]) -> str:
    """'How many men found work through the project?' when every sentence that counts (`counting`) speaks of women only ('More than
    8,200 women have found work under the project'): 'women' (the other sex), else ''.

    >>> other_sex_counted("How many men found work through the project?", ["More than 8,200 women have found work under it."])
    'women'
    >>> other_sex_counted("How many women found work?", ["More than 8,200 women have found work."]), other_sex_counted("How many men?", ["8,200 persons."])
    ('', '')
    """
    m = _HOW_MANY_WHAT.search(question)
    asked = sex_of(m.group(1).split()[0] if m and m.group(1).split() else "")  # 'men' of 'How many men found work ...?'
    if not asked:
        return ""
    other = "women" if asked == "men" else "men"
    if counting and not any(re.search(_SEXES[asked], s, re.I) for s in counting) and all(re.search(_SEXES[other], s, re.I) for s in counting):
        return other
    return ""


def sex_of(word: str) -> str:
    """'women', 'girls' -> 'women'; 'men', 'boys' -> 'men'; else ''."""
    return next((sex for sex, words in _SEXES.items() if re.fullmatch(words, word, re.I)), "")


def sex_uncounted(unit: str, counting: list[str]) -> bool:
    """'How many women are judges?' (`unit`: the thing counted, evidence.asked_unit) when no sentence that counts
    speaks of women ('47 training courses were held for judges'); a figure of one sex needs its words.

    >>> sex_uncounted("women", ["47 training courses were held for judges."]), sex_uncounted("women", ["Female judges number 120."])
    (True, False)
    >>> sex_uncounted("fathers", ["22 parents were deprived of parental rights."])  # 'How many mothers and fathers ...?'
    False
    """
    sex = sex_of(unit) if unit.lower() in ("women", "men", "girls", "boys") else ""  # not 'mothers and fathers', both
    return bool(sex) and not any(re.search(_SEXES[sex], s, re.I) for s in counting)


_PEOPLE = {"people", "persons", "individuals", "citizens", "residents", "inhabitants"}
_PEOPLE_WORDS = _PEOPLE | PEOPLE_NOUNS  # a figure of these counts people
_AGES = {"young", "younger", "old", "older", "elderly", "aged", "adult", "adults"}  # said many ways: 'youth', 'orphanage leavers', 'pensioners'


def kind_of_people(question: str) -> list[str]:
    """'How many stateless people live there?': the words that say which people, when the counted noun says only
    'people' ('stateless'); [] otherwise.

    >>> kind_of_people("How many stateless people live in Kazakhstan?"), kind_of_people("How many people live there?")
    (['stateless'], [])
    >>> kind_of_people("How many people living with HIV were registered?"), kind_of_people("How many persons with disabilities work?")
    (['HIV'], [])
    >>> kind_of_people("How many people were actually receiving substitution therapy in 2023?")
    ['substitution', 'therapy']
    >>> kind_of_people("How many people who inject drugs were receiving opioid substitution therapy?")
    ['opioid', 'substitution', 'therapy']
    >>> kind_of_people("How many people in Kazakhstan are currently receiving opioid substitution therapy?")
    ['opioid', 'substitution', 'therapy']
    >>> kind_of_people("How many people were receiving substitution therapy now?")
    ['substitution', 'therapy']
    >>> kind_of_people("I work with people who inject drugs; how many of them were living with HIV in 2023?")
    ['HIV']
    >>> kind_of_people("How many people were granted refugee status in 2023?")  # not the status of kandas
    ['refugee', 'status']
    """
    m = _HOW_MANY_WHAT.search(question)
    if m and (them := re.match(r"(?:of\s+)?(?:them|those|these)\b", m.group(1), re.I)):  # 'people who inject drugs; how
        after = _LIVING_WITH.match(question, m.start(1) + them.end())  # many of them were living with HIV?'
        return [w for w in counted_phrase(after.group(1)) if w.lower() not in _NOT_COUNTED] if after else []
    words = counted_phrase(m.group(1)) if m else []
    lower = [w.lower() for w in words]
    words = words[:lower.index("who")] if "who" in lower else words  # 'people who inject drugs': 'people'
    if not words or words[-1].lower() not in _PEOPLE:
        return []
    after = _LIVING_WITH.match(question, m.start(1) + len(" ".join(words)))  # 'people living with HIV'
    return [w for w in words[:-1] + (counted_phrase(after.group(1)) if after else []) if w.lower() not in _NOT_COUNTED | _AGES | {"more", "the", "of", "such", "other"}]


# What the people counted live with or receive, said after 'people': 'people living with HIV', 'people (who inject
# drugs | in Kazakhstan) were receiving substitution therapy', 'people were granted refugee status'. Not 'with
# disabilities': said many ways ('with impairments', 'disabled persons').
_LIVING_WITH = re.compile(r"\s+(?:(?:who\s+[a-z]+\s+[a-z]+|in\s+[A-Z][\w-]*)\s+(?=(?:were|are|was|is)\s))?"
                          r"(?:(?:(?:who\s+)?(?:were|are|was|is)\s+)?(?:living|infected|diagnosed)\s+with|(?:(?:who\s+)?(?:were|are|was|is)\s+)?(?:\w+ly\s+)?"
                          r"(?:receiving|undergoing|granted|given|awarded|issued))\s+((?:[A-Za-z][\w-]*)(?:\s+(?!(?:in|on|at|by|and|for|from|now|today|currently|each|every|per|a|an|this|last|that)\b)[a-z][\w-]*){0,2})")


def counts_in_words(sentence: str, unit: str, question: str = "") -> bool:
    """A count spelled out beside the thing counted ('after three attempts' for 'attempts'): a number in words is often
    no count of what was asked ('two sides', 'Nine newspapers ... in Uzbek' for schools), so the unit must be there;
    not one the question itself gives ('How many children wait for the two boarding schools?': 'two boarding schools').

    >>> counts_in_words("There are only two boarding schools for blind children.", "children", "How many wait for the two boarding schools?")
    False
    >>> counts_in_words("Insurance covering five types of social risk was introduced.", "kinds")  # a name of the same thing
    True
    """
    def said(text: str) -> list[str]:  # each number in words with the word after it: 'two boarding'
        return [(m.group(0) + " " + (re.match(r"\s*(\w*)", text[m.end():]).group(1))).lower() for m in WORD_COUNT.finditer(text)]
    told = set(said(question))
    return any(n not in told for n in said(sentence)) and (mentions(unit, sentence) or names_word(sentence, unit))


_RANK_Q = re.compile(r"\b(?:what|which)\s+(?:rank|ranking|place|position)\b|\bhow\s+(?:high|low|well)\s+(?:did|does|do|is|was|has)\b[^?]*\b(?:rank|ranked|ranking|index)\b", re.I)
_RANKED = re.compile(rf"\b(?:\d+(?:st|nd|rd|th)|{ORDINAL})\s+(?:place|position|rank)\b|\branked\s+(?:[a-z]+\s+){{0,2}}?(?:\d+(?:st|nd|rd|th)?|{ORDINAL})\b", re.I)


def gives_rank(sentence: str) -> bool:
    """A rank or place, in figures or words: 'to fifty-ninth place', 'ranked 59th', 'the 3rd position'."""
    return bool(_RANKED.search(sentence))


def rank_for_year(question: str, years_asked: list[str], said: list[str]) -> bool:
    """Asked what rank or place ('What rank did it reach in the Index for 2021?'): does each year asked have a sentence
    that holds it and gives a rank, in figures or words ('to fifty-ninth place', 'ranked 59th')?

    >>> rank_for_year("What rank did it reach in 2021?", ["2021"], ["It moved up six places in the Index for 2021, to fifty-ninth place."])
    True
    >>> rank_for_year("What rank did it reach in 2021?", ["2021"], ["It moved up six places in 2020, to 59th place.", "In 2021 it rose."])
    False
    >>> rank_for_year("How many did it reach in 2021?", ["2021"], ["In 2021, to fifty-ninth place."])
    False
    >>> rank_for_year("What was its rank in 2023?", ["2023"], ["Over 2016\u20132023 it rose eight positions (to sixty-third place)."])
    False
    """
    if not _RANK_Q.search(question):
        return False
    ranked = [s for s in said if gives_rank(s)]
    return bool(years_asked) and all(any(re.search(rf"(?<!\d){y}(?!\d)", PERIOD.sub(" ", s)) for s in ranked) for y in years_asked)


def asks_a_count(question: str) -> bool:
    """'How many X ...?', 'What is the maximum number of X ...?': a count (not 'how much', not a share).

    >>> asks_a_count("What is the maximum number of pages allowed?"), asks_a_count("What was the rate of unemployment?")
    (True, False)
    """
    return asked_unit(question) not in (None, "share") and bool(re.search(r"\bhow many\b|\bwhat (?:(?:is|was|are|were) the (?:\w+ )?)?number of\b", question, re.I))




_OF_THE_STATE = re.compile(r"\s+(?:(?:criminal|civil|labour|labor|administrative|supreme|local|national|central|state)\s+)?"
                           r"(?:courts?|judges|judiciary|law|laws|legislation|government|authorities|police|parliament|"
                           r"officials|ministry|ministries|states?|provinces|regions|municipalities|constitution|code|budget|"
                           r"civil\s+society|NGOs?|organi[sz]ations|(?:[\w-]+\s+)?(?:reports?|submissions?))\b", re.I)  # 'Kazakh courts', 'Mexican
# states', 'the Mexican civil society alternative report' (whose writers, not a group counted)


def groups_named(question: str) -> list[str]:
    """The single capitalised words of a question that name a group, a people or a language ('Roma', 'Uzbek',
    'Dutch'): not its first word, a run of names ('Vision Zero', "Ombudsman's Office"), an acronym, a country or a
    word naming a voice or body; nor a people's word before its State's courts, laws or government ('Kazakh courts'
    are the country's, not a group's).

    >>> groups_named("How many times did Kazakh courts cite the Covenant?"), groups_named("How many Kazakh children were there?")
    ([], ['Kazakh'])
    >>> groups_named("How many appeals did the Ombudsman get?")  # an office holder, not a group: 'the Office received'
    []
    >>> groups_named("How many Mexican states did the study cover?"), groups_named("How many cases did the Committee against Torture get?")
    ([], [])
    >>> groups_named("How many chapters does the 2017 Mexican civil society alternative report contain?")
    []
    >>> groups_named("Since the Code took effect in July 2023, how many Roma pensioners can withdraw savings?")
    ['Roma']
    >>> groups_named("How many objectives does the Global Compact for Safe, Orderly and Regular Migration have?")
    []
    >>> groups_named("How many themes does the Equality and Human Rights Commission cover?"), groups_named("How many Roma and Sinti children?")
    ([], ['Roma'])
    >>> groups_named("How many cases does it lack the capacity to follow up, in its guidelines on follow-up to Views?")  # its decisions
    []
    >>> groups_named("How many areas did it name in its report to the UN Committee on the Rights of the Child?")
    []
    """
    generic = naming_words(question) | {w.lower() for c in countries_named(question) for w in c.split()}
    out = []
    for m in CAPITALISED_RUN.finditer(question.strip()):
        word = m.group(0)
        if m.start() == 0 or " " in word or not re.fullmatch(r"[A-Z][a-z]+", word):
            continue
        if re.search(r"[A-Z][\w'\u2019-]*\s+(?:of|for|on|and|against)\s+(?:the\s+)?$", question[:m.start()]) or \
                re.match(r"\s+(?:of|for|on)\s+(?:the\s+)?[A-Z]|\s+and\s+[A-Z][\w-]*\s+[A-Z]", question[m.end():]):
            continue  # 'House', 'Representatives' in 'the House of Representatives', 'Equality' in 'the Equality and Human
            # Rights Commission', 'Rights' and 'Child' in 'the Committee on the Rights of the Child': part of a name
        if re.search(r"[A-Z][\w'\u2019-]*,\s+$", question[:m.start()]) and re.match(r",?\s+(?:and\s+)?[A-Z]", question[m.end():]):
            continue  # 'Orderly' in 'the Global Compact for Safe, Orderly and Regular Migration'
        if _OF_THE_STATE.match(question, m.end()):
            continue
        if is_place(word):
            continue  # 'the centre UNDP opened in Astana': a city (places_missing reads it), not a group of people
        if word.lower() not in generic and not ORG_WORDS.fullmatch(word) and not ROLE.fullmatch(word) and word not in ("No", "The") \
                and not re.fullmatch(MONTHS, word) and not TEXT_WORDS.fullmatch(word):  # 'in July 2023': a date
            out.append(word)
    return out


def share_words(question: str) -> list[str]:
    """Every word of what a share question asks a share of, up to its head noun, hyphenated words split: 'the rural
    population' -> ['rural', 'population']; [] when it names none. Of the part that asks first (not 'Women are 19.6 per
    cent of all members of Parliament' told before 'What share of Senate seats ...?').

    >>> share_words("Women are 19.6 per cent of all members of Parliament. What share of Senate seats do women hold?")
    ['Senate', 'seats']
    """
    return [w for word in share_phrase(question) for w in word.split("-") if w]


_TOTAL_Q = re.compile(r"^\s*what\s+(?:(?:is|was|were|are)\s+the\s+)?(?:total|number|amount)\b", re.I)


def asks_a_total(question: str) -> bool:
    """'What total population did the 2021 census record?': a figure, asked without 'how many'.

    >>> asks_a_total("What was the total amount spent in 2015?"), asks_a_total("What was the law's aim?")
    (True, False)
    """
    return bool(_TOTAL_Q.search(question))


_CLAUSE_START = re.compile(rf"^\s*(?:{QUESTION_WORDS}|may|might|must|in|on|under|according|after|since|before|by|between|for|to|"
                           r"as|if|please|list|give|tell|describe|summari[sz]e|name|compare|show|find|quote|explain|i|i'm|we|my|our)\b", re.I)


def asks_by_naming(question: str) -> bool:
    """A question written as a short heading ('Gender pay gap in 2022?', 'Ombudsman complaints on social rights in
    2023?'): a noun phrase and a question mark, no question word, no verb first; it asks for the figure it names.

    >>> asks_by_naming("IOM-identified trafficking victims in 2013?"), asks_by_naming("Minimum wage from January 2024?")
    (True, True)
    >>> asks_by_naming("What was the gap in 2022?"), asks_by_naming("In 2019, what did it ask?"), asks_by_naming("Roma. Why?")
    (False, False, False)
    """
    q = question.strip()
    return q.endswith("?") and not _CLAUSE_START.match(q) and len(q.split()) <= 12 and not re.search(r"[.;:!]\s", q)


_EACH = re.compile(r"\b(?:monthly|weekly|daily|annual|yearly|per (?:month|week|day|year|person|head|pupil|student|child|newborn|baby|birth|"
                   r"family|household|recipient|beneficiary|worker)|an? (?:month|week|day|year)|each (?:month|week|day|year))\b", re.I)  # 'How
# much does a family receive per newborn?': not the 67.9 billion tenge paid to all
_TOTAL_SUM = re.compile(r"\b(?:billion|trillion|bn)\b", re.I)


_SPENT = re.compile(r"\b(?:spen[dt]s?|spending|allocat\w*|fund(?:s|ed|ing)?|budget\w*|invest\w*|puts?\s+(?:in|into)|devot\w*|"
                    r"set\s+aside|financ\w*|expenditure)\b")  # lower case: not the 'National Fund for Children'
_FOR_EACH = re.compile(r"\b(?:each|per|every|a)\s+(?!year\b|annum\b)(?:child|person|pupil|student|family|household|recipient|worker|"
                       r"month|week|day|head|beneficiar)", re.I)


def asks_spending(question: str) -> bool:
    """'How much does the state put into free legal aid?', 'How much was allocated?': a sum spent, a total.

    >>> asks_spending("How much does the state put into free legal aid each year?"), asks_spending("How much is the allowance?")
    (True, False)
    """
    return bool(_SPENT.search(question))


def asks_each(question: str) -> bool:
    """'How much is the monthly pension?': an amount per month, year or person (not a total); not what is spent a year
    ('How much does the state put into free legal aid each year?': 'About 1.5 billion tenge ... annually').

    >>> asks_each("How much is the annual allowance for a child?"), asks_each("How much does the State put into legal aid each year?")
    (True, False)
    >>> asks_each("How many tenge will each child receive per year from the National Fund for Children?")
    True
    >>> asks_each("How much does a family receive per newborn under the one-off birth payment?")
    True
    """
    each = [m.group(0) for m in _EACH.finditer(question)]
    return bool(each) and not (asks_spending(question) and not _FOR_EACH.search(question) and all(re.search(r"year|annual", e, re.I) for e in each))


_RELATIVE_SUM = re.compile(r"\b\d+(?:[.,]\d+)?\s+times\s+the\s+(?:[\w-]+\s+){0,3}?(?:minimum|subsistence|average|calculation|wage|salary)", re.I)


def gives_an_amount_each(sentence: str) -> bool:
    """Does the sentence give an amount of money that is not a total in billions ('1,016.6 billion tenge' is what the
    State spent, not anyone's pension), or one a law sets as a multiple of a minimum ('1.61 times the minimum
    subsistence level')?

    >>> gives_an_amount_each("They are paid an allowance which amounts to 1.61 times the minimum subsistence level.")
    True
    >>> gives_an_amount_each("In 2023, 1.4 million people received benefits totalling 655.7 billion tenge.")
    False
    """
    return any(not _TOTAL_SUM.search(m.group(0)) for m in currency_pattern().finditer(sentence)) or bool(_RELATIVE_SUM.search(sentence))
