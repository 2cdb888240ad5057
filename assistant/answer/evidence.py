"""What kind of answer a question asks for, and whether one sentence of a paragraph holds it, on absolute scales.

Pure functions over the question and one paragraph's text: nothing here looks at other paragraphs or the corpus,
so a paragraph's evidence is the same in a corpus of 20 paragraphs or a million.

>>> asked_unit("How many migrants were deported in 2018?")
'migrants'
>>> asked_unit("How many general education schools were there in 2019?")
'schools'
>>> gives_unit("share", "It stood at 25.2 per cent in 2022.")
True
>>> gives_unit("migrants", "More than 11,000 migrants were deported in 2017.")
True
>>> gives_unit("weeks", "Women may take paid maternity leave.")
False
>>> measured("What was the infant mortality rate in Kazakhstan in 2022?"), measured("What did the Committee say?")
('infant mortality rate', '')
>>> asks_for_date("In what year did Kazakhstan ratify ILO Convention No. 111?"), asks_for_date("When raising enrolment, who?")
(True, False)
>>> dated("It ratified the Discrimination (Employment and Occupation) Convention, 1958 (No. 111)."), dated("It was ratified in 1999.")
(False, True)
>>> dated("General recommendation No. 19, adopted in 1992,2 states that"), dated("It cost 2,024,500 tenge.")
(True, False)
>>> asks_for_person("Who was the country rapporteur?"), asks_for_person("Who elects the Ombudsman?")
(True, False)
>>> asks_for_person("Who was the Committee against Torture's Rapporteur for follow-up?"), asks_for_date("By what date must it reply?")
(True, True)
>>> person_names("A court convicted Larisa Kharkova, head of the National Rapporteur.", lambda w: w in ("Kharkova", "Rapporteur"))
['Larisa Kharkova']
>>> person_names("Its score in the Transparency International Index rose.", lambda w: w == "Transparency")
[]
>>> said = ["In 2023, 4,409 victims were served.", "Since 2022, the centres are funded locally."]
>>> figure_for_year(["2022"], said), figure_for_year(["2023"], said)
(False, True)
"""
from __future__ import annotations

import re

from ..ingest.meta import MONTHS
from ..ingest.places import fold, is_place, known_country, mentions_country
from ..ingest.sentences import sentences
from ..search.query import PERIOD, YEAR, asked_part, naming_words, years

_NUMBER = re.compile(r"(?<![\w])\d[\d,]*(?:\.\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                     r"forty|fifty|hundred|thousand|million|billion|half|third|quarter|dozens?|hundreds|thousands)\b", re.I)
QUALIFIER = r"(?:minimum|maximum|overall|total|average|approximate|exact|combined|target)"  # 'What minimum proportion ...?'
SHARE_Q = re.compile(rf"^\s*(?:what|which)\s+(?:{QUALIFIER}\s+)?(?:share|percentage|proportion|per ?cent|fraction|slice|portion)\b|\b(?:what|which) (?:share|percentage|proportion)\b|\bhow many per ?cent\b|"
                     r"^\s*how\s+(?:large|big|high|wide|much)\b[^?]*?,?\s+in\s+(?:per ?cent|percentage(?:\s+terms)?)\b|"
                     r"^\s*what\s+(?:is|was|are|were|has\s+been)\b[^?]*?\bas\s+an?\s+(?:share|percentage|proportion)\s+of\b|^\s*what\b[^?]*?\((?:in\s+)?(?:per ?cent|%)\)", re.I)  # 'How large, in per
# cent, is the gap?'; 'What was health spending as a percentage of GDP?', 'What HIV prevalence rate (per cent) ...?'
_SHARE_P = re.compile(r"%|\bper ?cent\b|\bpercentage\b|\bhalf\b|\bthird\b|\bquarter\b|\bout of\b", re.I)
_HOW_MANY = re.compile(r"\bhow (?:many|much)\s+(?:of\s+)?(?:the\s+)?((?:[a-z][\w-]*\s*){1,3})", re.I)
_WHAT_NUMBER = re.compile(r"\bwhat (?:(?:is|was|are|were) the (?:maximum |minimum |total |exact |average |overall )?)?(?:number|amount|total|rate) of\s+"
                          r"(?:the\s+)?((?:[a-z][\w-]*\s*){1,3})", re.I)  # 'What is the maximum number of pages allowed?'
INSTRUMENT_WORDS = "decree|law|act|order|ordinance|resolution|regulation|edict|proclamation"  # what is filed under a number
_IDENTIFIER_OF = re.compile(rf"(?:[\w-]+['\u2019]s\s+)?(?:[\w-]+\s+){{0,3}}?(?:{INSTRUMENT_WORDS}|code|bill|report|case|communication|"
                            r"convention|treaty|document)\s*(?:[?,]|$|\s+(?:on|of|that|which|adopted|passed|governing|regulating|"
                            r"concerning|about|for|in|from|to)\b)", re.I)  # the number a law is known by (one law: 'the number of laws' counts)
_ING_NOUNS = r"(?:spend|fund|hous|train|financ|school|cloth|nurs|counsell|traffick|bully|polic)"  # 'public spending', a noun
PHRASE_END = re.compile(rf"^(?:are|is|was|were|be|been|did|does|do|have|has|had|in|of|for|per|from|on|at|to|with|by|under|"
                         r"about|against|among|across|involving|concerning|regarding|between|into|over|"
                         rf"does|can|could|will|would|should|must|may|might|shall|there|this|that|\w+ed|(?!{_ING_NOUNS}ing$)\w+ing|"
                         r"got|gets?|go|goes|went|comes?|came|lives?|took|takes?|made|makes?|says?|said|remains?|exists?|stays?|"
                         r"faces?|needs?|receives?|die|dies|held|holds?|ran|runs?|left|leaves?|lost|loses?|became|becomes?|kept|"
                         r"keeps?|sat|sits?|fell|falls?|rose|rises?|grew|grows?)$", re.I)  # 'how many migrants got ...': migrants
_WHEN_Q = re.compile(r"^\s*(?:when|in what year|which year|since when|by when|what year|on what date|what date)\b", re.I)
_WHO_Q = re.compile(r"^\s*(?:who|whom|which (?:court|body|bodies|organi[sz]ations?|ministry|agency|institution|authority|NGOs?|person|official))\b", re.I)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+(?:of|for|on|and|the)?\s*[A-Z][\w-]+)+|\b[A-Z]{2,}\b")
_DATE = re.compile(rf"\b(?:{MONTHS})\b|" + YEAR.pattern)
_FILLER = {"much", "many", "more", "the", "of", "a", "an", "is", "are", "was", "were", "does", "do", "did", "has", "have", "in", "per"}


FIGURE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")  # a number as printed: "4.4", "11,000"


def figure_for_year(years_asked: list[str], sentences: list[str]) -> bool:
    """Does each of these years have a sentence that holds it and a figure that is not a year (a list's items are
    sentences of their own: '(275 in 2019; 186 in 2020; ... and 992 in 2023)')?

    >>> figure_for_year(["2023", "2019"], ["(275 in 2019;", "186 in 2020;", "and 992 in 2023)."])
    True
    >>> figure_for_year(["2023", "2019"], ["275 in 2019.", "In 2023 it grew."]), figure_for_year(["2022"], ["since 2022"])
    (False, False)
    >>> figure_for_year(["2019"], ["Between 2015 and 2019, it helped 800,000 people."])  # a figure for the period, not the year
    False
    """
    def given(y: str) -> bool:
        return any(re.search(rf"(?<!\d){y}(?!\d)", PERIOD.sub(" ", s)) and any(not YEAR.fullmatch(m.group(0).rstrip(",")) for m in FIGURE.finditer(s))
                   for s in sentences)
    return bool(years_asked) and all(given(y) for y in years_asked)


_ROLE = (r"(?:rapporteur|chair\w*|head|commissioner|ombudsman|ombudsperson|minister|president|director|leader|speaker|secretary|judge|prosecutor|governor|mayor|"
         r"representative|ambassador|envoy|facilitator|expert)")
ROLE = re.compile(_ROLE, re.I)  # an office holder's title
_PERSON_Q = re.compile(rf"^\s*(?:who\s+(?:(?:currently|now|still)\s+)?(?:chairs|chaired|heads|headed|leads|led|(?:\w+ly\s+|now\s+)?(?:holds|held|occupies|occupied)|"
                       rf"(?:is|was|were|are)\s+(?:leading|heading|chairing|running))\b|who\s+(?:\w+ly\s+|now\s+)?(?:serves|served|acts|acted)\s+as\b|who\s+(?:(?:has|had|have)\s+been|was|were)\s+(?:\w+ly\s+|the\s+(?:first|last|current|latest|new)\s+(?:\w+\s+)?(?:to\s+be\s+)?)?"
                       rf"(?:appointed|elected|named|nominated)\b|who\s+(?:presented|introduced)\s+(?:[\w'\u2019-]+\s+){{0,6}}?reports?\b|"  # a summary
                       # record's 'Mr. Telavi (Tuvalu), introducing his country's report'
                       rf"which\s+(?!(?:coalition|network|alliance|platform|federation|confederation|union|campaign)\b)(?:[\w-]+\s+){{0,2}}?(?:member|expert|official|person)s?\b(?!\s+[Ss]tates)|"  # not 'member States'
                       rf"who\s+(?:is|was|were|are)\s+(?:the\s+|[\w']+'s\s+)?"
                       rf"(?:[\w'\u2019-]+\s+){{0,5}}?{_ROLE}s?\b|(?:what\s+(?:is|was|are|were)\s+)?(?:the\s+)?names?\s+of\s+(?:the\s+|[\w']+'s\s+)?(?:\w+\s+){{0,4}}?(?:{_ROLE}|person)s?\b|"
                       rf"(?:what\s+(?:is|was)\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,4}}?(?:{_ROLE}|person)['\u2019]s\s+(?:full\s+)?name\b)", re.I)  # 'the Commissioner's name'
_BY_NAME = re.compile(r"\b(who)\s*,?\s+(?:by\s+name|exactly|precisely)\s*,?\s+", re.I)
_LOW = r"a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f'’"  # the letters after a name's capital, accents too: 'Suzana Paunović'
_CAPITALISED_PAIR = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+([A-Z][\w'-]+)|(?<![.!?]\s)(?<!^)(?<!\bthe\s)(?<!\bThe\s)(?<!\ban\s)(?<!\ba\s)"
                               rf"(?<!\bof\s)(?<!\bfor\s)(?<!\bon\s)(?<!\band\s)(?<!\bor\s)\b(?:([A-Z][{_LOW}]+(?:-[A-Z]?[{_LOW}]+)*)\s+([A-Z][{_LOW}]+(?:-[A-Z]?[{_LOW}]+)*)"
                               r"(?![\w'’-])(?!\s+(?:(?:of|for|on|and|or)\s+)?[A-Z])(?!,\s+[A-Z][a-z]+\s+(?:and|or)\s+[A-Z]))|"
                               rf"(?<![.!?]\s)\b([A-Z][{_LOW}]+)\s+[A-Z]\.\s+((?:[a-z]{{1,3}})?[A-Z][{_LOW}]+)(?![\w'’-])")  # 'Tony A. deBrum'
# a name ends its run of capitalised words: 'District Human' in 'the Federal District Human Rights Commission',
# 'Military Justice' in 'the Procurator for Military Justice' and 'Other Cruel' in 'the Convention against Torture
# and Other Cruel, Inhuman or Degrading Treatment or Punishment' name institutions and treaties


_DATE_Q = re.compile(r"^\s*(?:when\s+(?:did|was|were|has|have|will)\b|"
                     r"when\s+(?:is|does|do)\b(?![^?]*\b(?:allowed|permitted|entitled|eligible|lawful|justified)\b)|(?:in\s+)?(?:what|which)\s+(?:month\s+and\s+)?year\b|since\s+when\b|"
                     r"(?:on\s+|by\s+|to\s+|until\s+)?(?:what|which)\s+(?:(?:is|was|were|are)\s+the\s+)?(?:(?:exact|precise|specific|new|next)\s+)?(?:date|day|deadline)s?\b(?!\s+off\b)|by\s+when\b|(?:what\s+(?:is|was)\s+the\s+)?(?:date|year)\s+of\b)", re.I)
_NOT_A_DATE = re.compile(r"(?:Convention|Covenant|Protocol|Recommendation|Declaration|Charter),?\s+(?:1[89]\d\d|20\d\d)\b|"
                         r"\b(?:1[89]\d\d|20\d\d)\s*[-\u2013\u2014/]\s*(?:1[89]\d\d|20\d\d|\d\d)\b|\b\d{4} Agenda\b|"
                         r"\bfor (?:the period (?:up )?(?:to )?)?(?:1[89]\d\d|20\d\d)(?:\s*[-\u2013\u2014/]\s*(?:1[89]\d\d|20\d\d|\d\d))?\b|"
                         r"\b[A-Z][A-Z.\d]*(?:/[\w.\-]+){2,}|"  # a document symbol: 'E/C.12/2008/2'
                         r"\b\d+/\d{3}/(?:1[89]\d\d|20\d\d)\b")  # an index number ('AI Index: MDE 30/002/2008'): no month has three digits



_MEASURE = r"(?:rate|ratio|number|share|percentage|proportion|level|amount|index|scores?|value|wage|salary|pension|(?:minimum|maximum)\s+age|minimum|" \
           r"expectancy|gap|coefficient|total|figure|budget|cost|price|rank|ranking|fine|estimate|turnout)"
_NOT_MEASURED = r"(?!\s+(?:issues?|meetings?|delegations?|panels?|segments?|dialogues?|missions?|visits?|officials?)\b)"  # 'high
# level issues': a kind of issue, not a level
_MEASURED_Q = re.compile(rf"^\s*what\s+(?:(?:was|is|were|are|will)\s+(?:the\s+|[\w']+'s\s+)?((?:[\w-]+['\u2019]?\s+){{0,4}}?{_MEASURE})\b{_NOT_MEASURED}|"
                         rf"((?:[\w-]+\s+){{0,4}}?{_MEASURE})(?:\s+or\s+[\w-]+)?\s+(?:per|for|in|of|among|does|did|do|has|have|had|was|were|is|are)\b|"  # 'What scores did'
                         rf"(?:did|does|do)\s+(?:[\w'\u2019-]+\s+){{1,6}}?(?:estimate|put|give|report|record)\s+as\s+the\s+((?:[\w-]+\s+){{0,4}}?{_MEASURE})\b|"
                         r"(?:figures|statistics|data|numbers)\s+(?:on|about|for)\s+(?:the\s+)?((?:[\w-]+\s+){1,4}?)(?:did|does|do|has|have|had|was|were|is|are)\b)|"  # 'What figures on X did it cite?': X
                         rf"^\s*how\s+(?:big|large|wide|high|great)\s+(?:was|is|were|are|will\s+be)\s+(?:the\s+|[\w']+'s\s+)?((?:[\w-]+\s+){{0,3}}?{_MEASURE})\b|"
                         rf"^\s*(?:which|what)\s+(?:exact\s+)?figure\b[^?]*?\b(?:gives?|reports?|cites?|states?|records?|puts?)\s+for\s+(?:the\s+)?((?:[\w-]+\s+){{0,4}}?{_MEASURE})\b", re.I)  # 'How big
# was the gap in average monthly pay in 2022?': the gap
MEASURE_WORDS = "rate ratio number share percentage proportion fraction slice portion level amount total figure value estimate"


def measured(question: str) -> str:
    """What a 'what was the X' question measures: 'What was the infant mortality rate in 2022?' -> 'infant mortality
    rate'; '' for other questions.

    >>> measured("What infant mortality rate per 1,000 live births does the State report?"), measured("What is it?")
    ('infant mortality rate', '')
    >>> measured("What is the legal minimum age to marry in Kazakhstan?"), measured("What scores did students get in PISA?")
    ('minimum age', 'scores')
    >>> measured("What score or ranking did Kazakhstan get in PISA?")  # either: the first must have a figure
    'score'
    >>> measured("What is the maximum fine for calling for a strike?"), measured("What did the NGO estimate as the number of victims?")
    ('fine', 'number')
    >>> measured("What was life expectancy at birth in 2023?"), measured("What was that minimum in tenge?")
    ('life expectancy', 'minimum')
    >>> measured("What HIV prevalence rate among people who inject drugs did it cite?")
    'HIV prevalence rate'
    >>> measured("What will the minimum monthly wage be in 2025?"), measured("What is the minimum monthly pension?")  # a figure to come
    ('minimum wage', 'minimum pension')
    >>> measured("What is the minimum subsistence level in tenge per month for 2024?"), measured("What was voter turnout in the referendum?")
    ('subsistence level', 'voter turnout')
    >>> measured("What were Kazakh fifteen-year-olds' PISA scores in reading?")  # a plural's possessive
    "Kazakh fifteen-year-olds' PISA scores"
    >>> measured("What figures on violations of protective orders did it cite?")
    'violations of protective orders'
    >>> measured("What was the date and number of that order?"), measured("What was the number of victims of the law?")
    ('', 'number')
    >>> measured("What conditions of age or number of children must a patient meet?")
    'number'
    >>> measured("What is the subsistence minimum amount in tenge for 2023?")
    'subsistence minimum amount'
    >>> measured("What is the smallest number of people needed to found an association?")
    'number'
    >>> measured("What is the first high level issue the Commission raises?")
    ''
    >>> measured("What phone number do you dial to report a bribe?")  # 'the toll-free 24-hour number 1424'
    'number'
    >>> measured("What is the minimum number of founders needed to set up an association?")
    'number'
    >>> measured("What is the document number of Egypt's initial report under the Covenant?")
    ''
    >>> measured("How big was the gap in average monthly pay in 2022?"), measured("How big is the budget compared to the economy?")
    ('gap', '')
    >>> measured("What gap in Estonian law on discrimination in housing was the Committee concerned about?")  # a lacuna
    ''
    >>> measured("What gap do the NGOs identify in Kazakhstan's law on sexual harassment?"), measured("What information gap did it see?")
    ('', '')
    >>> measured("What minimum age of criminal responsibility does the 2014 Act set?")  # 'the Act 2014 protects juveniles': no age
    'minimum age'
    >>> measured("Which figure, to the decimal, does the report give for the maternal mortality ratio in 2022?")
    'maternal mortality ratio'
    """
    m = _MEASURED_Q.search(question)
    if m and m.group(5) and not re.search(r"\b(?:1[89]|20)\d\d\b", question):
        return ""  # 'How big is the budget compared to the economy?': a comparison; 'How big was the gap in 2022?': a measure
    if m and _LACUNA.match(question, m.end(g := next(i for i, x in enumerate(m.groups(), 1) if x))) and re.search(r"\bgaps?$", m.group(g), re.I):
        return ""  # 'What gap in the law on housing ...?': a lacuna, no figure
    if m and _NUMBER_OF_A_TEXT.match(question, m.end()) and re.search(r"\bnumbers?$", m.group(0), re.I):
        return ""  # 'What was the date and number of that order?': what the order is filed as, no measure
    phrase = re.sub(_QUALIFIERS, "", next(g for g in m.groups() if g)).strip() if m else ""
    if " or " in phrase and not re.search(r"\bor\s+(?:more|less|fewer|so)$", phrase):
        phrase = phrase.rsplit(" or ", 1)[1]  # 'What conditions of age or number of children ...?': a number; any figure
    if re.search(r"\b(?:information|data|knowledge|protection|implementation|legal|legislative|policy|accountability|research)\s+gaps?$", phrase, re.I):
        return ""  # 'What information gap did the Committee identify?': a lacuna, no figure
    if re.search(r"\b(?:document|symbol|reference|file|serial|case|decree|resolution|report)\s+numbers?$", phrase, re.I):
        return ""  # 'What is the document number of its initial report?': what it is filed as, no measure (asks_for_symbol)
    if m and re.search(r"\b(?:minimum|maximum)$", phrase, re.I) and (noun := re.match(r"\s+(number|amount|level|share|total)\b", question[m.end():], re.I)):
        return f"{phrase} {noun.group(1)}" if " " in phrase else noun.group(1)  # 'the minimum number of founders': 'reducing
        # the number required ... from 10 to 3 people'; 'the subsistence minimum amount': of subsistence, not any amount
    if m and re.search(r"\b(?:minimum|maximum)$", phrase, re.I) and (noun := re.match(
            r"\s+(?:(?:monthly|annual|yearly|daily|hourly|basic|state|old-age|social|guaranteed)\s+){0,2}(pension|wage|salary|benefit|allowance)s?\b", question[m.end():], re.I)):
        return f"{phrase} {noun.group(1)}"  # 'the minimum monthly pension': of a pension, not the minimum wage
    if m and re.search(r"\b(?:minimum|maximum)$", phrase, re.I) and (noun := re.match(r"\s+([\w-]+\s+level)\b", question[m.end():], re.I)):
        return noun.group(1)  # 'the minimum subsistence level': a level of subsistence, not any minimum (the minimum wage)
    return phrase


_LACUNA = re.compile(r"(?:\s+(?:do|does|did|have|has)\s+(?:the\s+)?[\w'\u2019-]+\s+(?:identify|identified|see|find|found|point\s+to|"
                     r"note|noted|flag|flagged|highlight|highlighted|describe|described))?\s+in\s+(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:law|laws|legislation|legal|protection|framework|"
                     r"coverage|code|act|policy|policies|system)\b", re.I)  # 'a gap in Estonian law', not 'the gap in pay'
_NUMBER_OF_A_TEXT = re.compile(r"\s+of\s+(?:the\s+|that\s+|this\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:order|decree|law|act|resolution|"
                               r"decision|regulation|document|report|ruling|judgment|judgement)s?\b", re.I)


_QUALIFIERS = re.compile(r"\b(?:legal|statutory|official|current|latest|actual|exact|reported|maximum|highest|largest|smallest|lowest|fewest|that|this|such|(?:tele)?phone|hotline|helpline)\s+", re.I)  # 'the legal minimum
# age': a text gives 'the minimum age for marriage is set at 18' without the word


_NOT_INITIALS = {"MP": r"\b(?:parliament|deput)",  # abbreviations a text does not spell out by their initials
                 "SME": r"\bsmall\s+and\s+medium",  # 'small and medium-sized business' (or enterprises, firms)
                 "CCTV": r"\b(?:video|surveillance)[\s-]*(?:camera|surveillance|monitoring)|\bclosed[\s-]+circuit"}  # 'equipped
# with video cameras'

_SMALL = r"(?:and|of|the|for|on|with|in|to)"


def spelled_out(acronym: str, text: str) -> bool:
    """An acronym of the question in the text, in the singular ('DPOs': 'DPO') or written out: 'SDGs' as 'Sustainable
    Development Goals', 'ESC' as 'economic, social and cultural' (a word's initials, small words between them skipped).

    >>> spelled_out("SDGs", "the Sustainable Development Goals"), spelled_out("ESC", "economic, social and cultural rights")
    (True, True)
    >>> spelled_out("ESC", "economic and political"), spelled_out("Roma", "rights of older migrants")
    (False, False)
    >>> spelled_out("DPOs", "by the Armenian DPO Community"), spelled_out("OHCHR", "the Office of the United Nations High Commissioner for Human Rights")
    (True, True)
    >>> spelled_out("MPs", "women account for 19.6 per cent of the deputies")  # an abbreviation, no initials
    True
    >>> spelled_out("CCTV", "All schools are equipped with video cameras."), spelled_out("CCTV", "a video about schools")
    (True, False)
    """
    letters = re.fullmatch(r"([A-Z]{2,6})s?", acronym)
    if not letters:
        return False
    if letters.group(1) in _NOT_INITIALS and re.search(_NOT_INITIALS[letters.group(1)], text, re.I):
        return True
    if re.search(rf"\b{letters.group(1)}", text):  # 'DPOs' as 'the Armenian DPO Community'
        return True
    gap = rf"[\s,'\u2019-]+(?:(?:{_SMALL}|United Nations)[\s,'\u2019-]+)*"  # 'OHCHR': the Office of the United Nations High ...
    return bool(re.search(r"\b" + gap.join(f"(?i:{c})\\w*" for c in letters.group(1)), text))


def asks_for_date(question: str) -> bool:
    """'When did Kazakhstan ratify ...?', 'In what year ...?', 'Date of the order ...?' (not 'When raising enrolment, which
    ...').

    >>> asks_for_date("Date of the ministry order listing jobs closed to women?"), asks_for_date("What was the date of the visit?")
    (True, True)
    >>> asks_for_date("On which days did the Committee meet the delegation?"), asks_for_date("Which days off do workers get?")
    (True, False)
    >>> asks_for_date("When is the report due?"), asks_for_date("When is the State allowed to restrict freedoms?")
    (True, False)
    >>> asks_for_date("By what deadline did the Committee ask it to ratify the Optional Protocol?")
    True
    >>> asks_for_date("In which month and year was the plan adopted?"), asks_for_date("What is the deadline for the next periodic report?")
    (True, True)
    """
    return bool(_DATE_Q.search(question))


def dated(sentence: str) -> bool:
    """Does the sentence give a date or year, other than one in a title ('Convention, 1958'), a period ('2017-2021',
    'for 2025'), an agenda ('2030 Agenda') or a document symbol?

    >>> dated("It follows the guidelines (E/C.12/2008/2)."), dated("It was submitted on 5 May 2008.")
    (False, True)
    >>> dated("They signed the general agreement for 2024\u20132026."), dated("AI Index MDE 30/002/2008 Introduction")
    (False, False)
    >>> dated("Despite the adoption of the new Rules on Public Hearings as of 26.03.13, ..."), dated("See paras. 118.1.")
    (True, False)
    """
    return bool(YEAR.search(_NOT_A_DATE.sub(" ", sentence)) or _NUMERIC_DATE.search(sentence))


def event_dated(sentence: str) -> bool:
    """Does the sentence give a date or year other than one that is part of a thing's name ('the 1995 Kazakh
    Constitution', 'the 2014 Trade Union law')?

    >>> event_dated("A provision of the 1995 Kazakh Constitution bans it."), event_dated("Kazakhstan ratified it in 1995.")
    (False, True)
    >>> event_dated("The restrictive 2014 Trade Union law closed it in January 2017.")
    True
    """
    return dated(_NAME_YEAR.sub(" ", sentence))


_NAME_YEAR = re.compile(r"\b(?:the|its|a|an)\s+(?:1[89]\d\d|20\d\d)\s+(?=[A-Z])")
_NUMERIC_DATE = re.compile(r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:(?:19|20)\d\d|\d\d)(?![\d.]\d)")  # '26.03.13', a
# date as post-Soviet texts print it (day, month, year)


_FIRST_ITEM = re.compile(r"(?:^|(?<=[\s:;]))\(?(?:a|i)\)(?:\s|(?=[A-Z]))")  # '(a)The Law': a PDF's glued item


def lead_in(text: str) -> str:
    """The words before a paragraph's first lettered item, which say what the items are ('welcomes the ratification
    of the following instruments:'); '' when it has none.

    >>> lead_in("The Committee welcomes the ratification of: (a) the Convention (2010); (b) the Protocol (2012).")
    'The Committee welcomes the ratification of:'
    >>> lead_in("It welcomes the following measures: (a)The Migration Law, in 2017;")
    'It welcomes the following measures:'
    >>> lead_in("It rose in 2010 (a 5 per cent rise).")
    ''
    """
    m = _FIRST_ITEM.search(text)
    return text[:m.start()].strip() if m else ""


ORG_WORDS = re.compile(r"International|National|Organi[sz]ation|Committee|Council|Federation|Confederation|Union|Foundation|"
                        r"Association|Agency|Ministry|Office|Institute|Cent(?:re|er)|Bank|Fund|Forum|Watch|Index|Programme|"
                        r"Commission|Court|Parliament|Code|Law|Act|Convention|Republic|Group|Network|Coalition|Alliance|"
                        r"Chamber|Assembly|Senate|Board|Service|Authority|Department|Inspectorate|Police|Procuracy|Tribunal|"
                        r"Administration|Secretariat|Directorate|Bureau")
TEXT_WORDS = re.compile(r"Articles?|Sections?|Chapters?|Parts?|Paragraphs?|Clauses?|Rules?|Decrees?|Orders?|Annex(?:es)?|Views|Guidelines|"
                        r"Principles|Protocols?|Charter|Constitution|Declaration|Statute|Decisions")  # a text or its part: no
# person ('Article 14') and no group of people ('follow-up to Views')


def asks_for_person(question: str) -> bool:
    """'Who chairs the Federation?', 'Who was the country rapporteur?', 'the name of the Commissioner': a person's name.

    >>> asks_for_person("What is the name of the person serving as Ombudsman?"), asks_for_person("Who has been appointed as Rapporteur?")
    (True, True)
    >>> asks_for_person("Who has been affected by the reform?"), asks_for_person("Who currently serves as Ombudsman?")
    (False, True)
    >>> asks_for_person("The post was created in 2016. Who was the first person appointed to it?"), asks_for_person("Who holds the post?")
    (True, True)
    >>> asks_for_person("The NGOs asked for a National Rapporteur. Who was eventually appointed to that post?")  # after a telling
    True
    >>> asks_for_person("Under the NGO's recommendations, which experts should take part?")  # may be bodies: 'experts from ILO'
    False
    >>> asks_for_person("Who was the independent expert on the situation of human rights in Somalia?")
    True
    >>> asks_for_person("Which coalition member is abbreviated AWO?")  # an organisation: 'The Arab Women Organization (AWO)'
    False
    >>> asks_for_person("FIDH says a court convicted the union head in 2017. What was the name of the judge who did it?")
    True
    >>> asks_for_person("Who, by name, currently serves as Ombudsman?"), asks_for_person("Who exactly holds the post?")
    (True, True)
    >>> asks_for_person("What is the Commissioner's name?"), asks_for_person("What is the Committee's name for it?")
    (True, False)
    >>> asks_for_person("What are the names of the two special rapporteurs who prepared it?")
    True
    >>> asks_for_person("What are the names of the two Permanent Representatives who co-facilitated the review?")  # not 'the Permanent Representatives of Morocco and Switzerland'
    True
    >>> asks_for_person("Who presented Tuvalu's combined report to the Committee?"), asks_for_person("Who introduced the tenth to twelfth reports?")
    (True, True)
    >>> asks_for_person("Who currently heads the Agency for Combating Corruption?"), asks_for_person("name of the current ombudsman?")
    (True, True)
    """
    question = _BY_NAME.sub(r"\1 ", question)  # 'Who, by name, serves as ...?': 'Who serves as ...?'
    asked = asked_part(question)  # after what it tells first, a 'who' or 'what was the name' question ('which experts': may be bodies)
    return bool(_PERSON_Q.search(question) or re.match(r"\s*(?:who|what\s+(?:is|was|were|are)\s+the\s+names?)\b", asked, re.I)
                and _PERSON_Q.search(asked))


_ROLE_ASKED = re.compile(rf"\b(?:who|which\s+(?:[\w-]+\s+){{0,2}}?(?:official|officer|minister|person))\s+(?:(?:is|was|were|are)\s+)?(chair|head|lead|led|presid|runn)\w*|(?:\bwho\s+(?:is|was|were|are)\s+(?:the\s+|[\w']+'s\s+)?"
                         rf"(?:[\w'\u2019-]+\s+){{0,5}}?|\bnames?\s+of\s+(?:the\s+|[\w']+'s\s+)?(?:\w+\s+){{0,4}}?|\bwhich\s+)({_ROLE})s?\b", re.I)


def role_asked(question: str) -> str:
    """The office whose holder a question asks for, as a pattern of the words that say it ('the name of the judge who
    convicted her' -> 'judge'; 'Who chairs the Commission?', 'Who led it?': any word for leading); '' when none
    ('Who was appointed?'). A sentence that names a person must say the office too: the defendant is no judge.

    >>> role_asked("What was the name of the judge who convicted her?"), role_asked("Who led the delegation?")
    ('judge', 'head|lead|led|chair|presid')
    >>> asks_for_person("The union was refused registration. Who was leading it?"), role_asked("Who was leading it?")
    (True, 'head|lead|led|chair|presid')
    >>> role_asked("Who was appointed in 2016?"), role_asked("Which official headed the government delegation?")
    ('', 'head|lead|led|chair|presid')
    """
    m = _ROLE_ASKED.search(_BY_NAME.sub(r"\1 ", question))
    role = (m.group(1) or m.group(2)).lower() if m else ""
    if role.startswith(("lead", "led", "head", "chair", "presid", "runn")):  # one office said many ways: 'led' the delegation
        return "head|lead|led|chair|presid"  # that 'was headed by' Ms. X
    return role


def holds_role(role: str, text: str, question: str, rare) -> bool:
    """Does a sentence of the text (with the one before it) name a person the question does not, and the office asked
    (`role_asked`)?

    >>> rare = lambda w: w in ("Kharkova", "Abenov")
    >>> holds_role("judge", "On 25 July 2017, a court convicted Larisa Kharkova, head of the union.", "Which judge?", rare)
    False
    >>> holds_role("judge", "Judge Serik Abenov presided. The court convicted Larisa Kharkova.", "Which judge?", rare)
    True
    >>> holds_role(role_asked("Who led the delegation?"), "The delegation was headed by Serik Abenov, Minister.", "Who led it?", rare)
    True
    >>> met = "He met the Minister for Internal Security; the Minister of Defence, Mr. Serik Abenov; and the Chief Justice."
    >>> holds_role("minister", met, "Who is the Minister for Internal Security?", rare), holds_role("minister", met, "Who is the Minister of Defence?", rare)
    (False, True)
    >>> holds_role("chairperson", "The Committee elected its officers. Chairperson:Mr. Serik Abenov (2006-2008)", "Who was Chairperson of CERD?", rare)
    True
    """
    spans = sentences(text)
    said = [text[spans[i - 1][0]:b] if i else text[a:b] for i, (a, b) in enumerate(spans)]
    if title := _TITLE.search(question):  # 'the Minister for Internal Security': that office, in the item that names its holder
        words = [w for w in re.findall(r"[A-Z][\w'\u2019-]+", title.group(2)) if w.lower() not in naming_words(question)]  # 'Chairperson
        # of CERD': the Committee's chair, whom its report names without 'CERD'
        said = [p for s in said for p in s.split(";") if all(re.search(rf"\b{re.escape(w)}", p) for w in words)] if words else said
    return any(re.search(rf"\b(?:{role})", s, re.I) and any(n not in question for n in person_names(s, rare)) for s in said)


_TITLE = re.compile(rf"\b((?i:{_ROLE}))\s+(?:of|for|on)\s+(?:the\s+)?([A-Z][\w'\u2019-]*(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w'\u2019-]*)*)")  # 'Minister for
# Internal Security', 'Minister of Foreign Affairs': an office by its full title


def person_names(text: str, rare) -> list[str]:
    """'Ms. Smith', or two capitalised words of which one is a rare word (`rare(word)`) and no article before them:
    a surname, not 'Trade Unions' or 'the National Rapporteur'.

    >>> rare = lambda w: w in ("Gakosso", "Kharkova", "Judicature", "Procurator")
    >>> person_names("It was headed by Jean-Claude Gakosso, Minister of Foreign Affairs.", rare)
    ['Jean-Claude Gakosso']
    >>> person_names("He met the Procurator for Military Justice and the Federal Judicature Council.", rare)
    []
    >>> person_names("Members of the Supreme Audit Chamber may join trade unions.", lambda w: w == "Audit")  # a body
    []
    >>> person_names("Territories under Interim Administration are listed.", lambda w: w == "Interim")  # a body, too
    []
    >>> person_names("It asked the United Nations High Judicature Commissioner for Human Rights.", rare)
    []
    >>> person_names("The delegation was headed by the Minister for Foreign Affairs, Tony A. deBrum.", lambda w: w == "deBrum")
    ['Tony A. deBrum']
    >>> person_names("Ms. Rebong (Philippines) said that it ranked among the top 10.", rare)  # a summary record's speaker
    ['Ms. Rebong']
    >>> person_names("the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", lambda w: True)
    []
    >>> person_names("the Commission for Combating Illicit Export, Import and Trafficking", lambda w: True)  # a list of names
    []
    >>> person_names("It was headed by Shirley Ayorkor Botchwey, Minister.", lambda w: w == "Botchwey")  # three words: one person
    ['Ayorkor Botchwey']
    >>> person_names("It was headed by the Acting Director of the Office, Suzana Paunović.", lambda w: w == "Paunović")
    ['Suzana Paunović']
    >>> person_names("The Chairs met in San José in June 2015.", lambda w: w == "José")  # a city
    []
    >>> person_names("It follows the visits of previous Special Rapporteurs in 2002.", lambda w: w == "Rapporteurs")  # an office
    []
    >>> person_names("the Presidential Commission on Discrimination and Racism against Indigenous Peoples", lambda w: w == "Indigenous")
    []
    >>> person_names("It endorsed the European Immunization Agenda 2030.", lambda w: w == "Immunization")  # a plan
    []
    >>> person_names("She went to Kaduna (Kaduna State) and met the National Labour Congress.", lambda w: w in ("Kaduna", "Labour"))
    []
    """
    def named(m: re.Match) -> bool:
        words = [w for w in m.group(2, 3, 4, 5) if w]
        return any(rare(w) for w in words) and not any(ORG_WORDS.fullmatch(w) or _NOT_A_NAME.fullmatch(w) for w in words)
    return [m.group(0) for m in _CAPITALISED_PAIR.finditer(text) if m.group(1) or named(m) and not is_place(m.group(0))]  # not 'San José'


_NOT_A_NAME = re.compile(r"(?:Special|Rapporteurs?|Representatives?|Commissioners?|Ombudsm[ae]n|Ministers?|Presidents?|Chair(?:person)?s?|"
                         r"Secretar(?:y|ies)|Directors?|Experts?|Ambassadors?|Envoys?|Advis[eo]rs?|"  # an office: 'previous Special Rapporteurs'
                         r"Agenda|Plan|Strategy|Initiative|Campaign|Project|Policy|Goals?|Day|Decade|"  # a plan: 'the European
                         r"Peoples?|Persons|Women|Children|Indigenous|Racism|Discrimination|"  # Immunization Agenda 2030'; a group
                         r"States?|Provinces?|Regions?|Districts?|Count(?:y|ies)|Congress|Party|Parties|Movement|Society|University)")
# or a cause: 'the Commission on Discrimination and Racism against Indigenous Peoples'; a place or body: 'Kaduna State',
# 'the National Labour Congress'


def asked_unit(question: str) -> str | None:
    """What a count or amount is asked in: 'how many migrants' -> 'migrants'; 'what share' -> 'share'; else None.

    >>> asked_unit("How many migrants got deported in 2017?"), asked_unit("How many Roma live there?"), asked_unit("What slice of it?")
    ('migrants', 'roma', 'share')
    >>> asked_unit("How many working children were found?"), asked_unit("How many displaced persons returned?")
    ('children', 'persons')
    >>> asked_unit("How many complaints about economic, social and cultural rights were there?")
    'complaints'
    >>> asked_unit("What is the number of Rwanda's law on access to information?"), asked_unit("What is the number of law graduates?")
    (None, 'graduates')
    """
    if SHARE_Q.search(question):
        return "share"
    m = _HOW_MANY.search(question) or _WHAT_NUMBER.search(question)
    if not m or m.re is _WHAT_NUMBER and _IDENTIFIER_OF.match(question, m.start(1)):
        return None  # 'What is the number of Rwanda's law on access to information?': its number, 'Law No. 4/2013'
    words = counted_phrase(m.group(1))  # the head noun: the last word before a verb or preposition
    head = words[-1].lower() if words else None
    return head if head and head not in _FILLER else "number"


def counted_phrase(words_after: str) -> list[str]:
    """The words after 'how many' up to the verb or preposition: what is counted. The first word is not the verb even
    when it looks like one ('working children', 'displaced persons').

    >>> counted_phrase("working children did the"), counted_phrase("women were killed"), counted_phrase("in 2019")
    (['working', 'children'], ['women'], [])
    >>> counted_phrase("specialised boarding schools for"), counted_phrase("women receiving benefits")
    (['specialised', 'boarding', 'schools'], ['women'])
    >>> counted_phrase("trafficking victims IOM found in 2012"), counted_phrase("national SDG indicators does it track")
    (['trafficking', 'victims'], ['national', 'SDG', 'indicators'])
    """
    out = []
    words = words_after.split()
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        # 'specialised boarding schools': a noun of two words; not 'women receiving benefits', where the first is counted
        compound = (re.fullmatch(r"[a-z]\w+ing", word) and re.fullmatch(r"[a-z]\w+s", nxt) and not PHRASE_END.match(nxt)
                    and not re.search(r"(?:s|men|children|people)$", out[-1] if out else "s"))
        if PHRASE_END.match(word) and not (i == 0 and re.fullmatch(r"[a-z]\w+(?:ed|ing)", word)) and not compound:
            break
        if out and re.fullmatch(r"[A-Z]{2,}", word) and out[-1].islower() and (not nxt or PHRASE_END.match(nxt) or nxt in ("found", "identified")):
            break  # 'trafficking victims IOM found': who found them, after what is counted (not 'national SDG indicators')
        out.append(word)
    return out


def word_stem(word: str) -> str:
    """A word without its plural ending, lower case: 'Families' -> 'family', 'courts' -> 'court', 'gas' -> 'gas';
    'es' only after ss, x, z, ch or sh ('taxes' -> 'tax', but 'sites' -> 'site', as 'site' is).

    >>> [word_stem(w) for w in ("Families", "sites", "taxes", "businesses", "churches", "cases", "gas")]
    ['family', 'site', 'tax', 'business', 'church', 'case', 'gas']
    """
    w = word.lower()
    if w.endswith("ies") and len(w) >= 6:
        return w[:-3] + "y"
    if re.search(r"(?:ss|[xz]|ch|sh)es$", w) and len(w) >= 5:  # 'cases', 'houses', 'diseases': the 'e' is the word's
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) >= 4:
        return w[:-1]
    return w


def gives_unit(unit: str, text: str) -> bool:
    """Does the text give a number in this unit: a per cent for a share; else a number within four words of the unit."""
    if unit == "share":
        return bool(_SHARE_P.search(text)) and bool(re.search(r"\d|\bhalf\b|\bthird\b|\bquarter\b", text))
    if unit == "number":
        return bool(_NUMBER.search(text))
    stem = re.escape(word_stem(unit)[: max(4, len(word_stem(unit)) - 1)])
    words = re.findall(r"[\w%][\w,.%-]*", text)
    for i, w in enumerate(words):
        if re.match(stem, w, re.I):
            near = words[max(0, i - 5): i] + words[i + 1: i + 3]
            if any(_NUMBER.fullmatch(x.rstrip(".,")) or re.fullmatch(r"\d[\d,.]*", x.rstrip(".,")) for x in near):
                return True
    return False


def gives_kind(question: str, text: str, strict: bool = False) -> float:
    """1.0 when the text holds the kind of answer asked for (a number - `strict`: in the asked unit -, a per cent,
    a date, a name), or none is asked for; else 0.0."""
    unit = asked_unit(question)
    if unit is not None:
        return float(gives_unit(unit if strict or unit == "share" else "number", text))
    if _WHEN_Q.search(question):
        return float(bool(_DATE.search(text)))
    if _WHO_Q.search(question):
        return float(bool(_NAME.search(text)))
    return 1.0


def years_held(question: str, text: str) -> float:
    """Share of the question's years the text holds (1.0 when it names none)."""
    ys = years(question)
    return sum(bool(re.search(rf"(?<!\d){y}(?!\d)", text)) for y in ys) / len(ys) if ys else 1.0


_SCALES = {"thousand": 3, "million": 6, "billion": 9}


_ALSO = {"President": r"\bHead of State\b", "Head of State": r"\bPresident\b"}  # one office, as State reports name it


def holds(thing: str, text: str) -> bool:
    """Does the text hold this thing of the question: a number as printed ('3,000', '3000'; also '3 thousand',
    '1.5 million'), a name by its words' stems or its acronym spelled out.

    >>> holds("3,000", "about 3 thousand marriages"), holds("1,500,000", "1.5 million people"), holds("3,000", "30,000")
    (True, True, False)
    >>> holds("2013", "the new Rules on Public Hearings as of 26.03.13"), holds("2013", "Rules No. 13 of 2.03.2012")
    (True, False)
    >>> holds("Laos", "the sixteenth periodic reports of the Lao People’s Democratic Republic")  # a country by another name
    True
    >>> holds("President", "On the instructions of the Head of State, the Auyl Amanaty programme ... has been launched.")
    True
    >>> holds("Human Rights Watch and Forum Menschenrechte", "Joint HRW Submission on Germany, with Forum Menschenrechte")
    True
    >>> holds("Human Rights Watch", "Joint submission of Forum Menschenrechte (HR)")
    False
    """
    if re.fullmatch(r"(?:1[89]|20)\d\d", thing) and re.search(rf"(?<![\d.])\d{{1,2}}\.\d{{1,2}}\.{thing[2:]}(?!\.?\d)", text):
        return True  # a year in a date written day.month.year in two digits
    if thing[:1].isdigit() or thing.startswith("No."):
        digits = re.sub(r"[^\d.]", "", thing).strip(".")
        if re.search(r"(?<![\d])" + r",?".join(re.escape(c) for c in digits) + r"(?![\d])", text):
            return True
        return any(re.search(rf"(?<![\d.,]){re.escape(f'{int(digits) / 10 ** zeros:g}')}\s+{scale}\b", text, re.I)
                   for scale, zeros in _SCALES.items() if digits.isdigit() and int(digits) % 10 ** (zeros - 1) == 0 and int(digits) >= 10 ** zeros)
    if thing[:1].isupper() and known_country(thing) and mentions_country(thing, text):
        return True  # 'Laos': 'the Lao People’s Democratic Republic'
    if (also := _ALSO.get(thing)) and re.search(also, text):
        return True  # 'on the President's orders': 'On the instructions of the Head of State'
    words = [w for w in re.findall(r"\w+", thing) if len(w) > 2 and w.lower() not in ("the", "and", "for")
             and not (w.lower() in ("led", "based", "run", "backed", "funded", "owned") and re.search(rf"-{w}\b", thing))]  # 'REDRESS-led'
    unheld = [w for w in words if not (re.search(r"\b" + re.escape(w[:max(4, len(w) - 2)]), text, re.I) or spelled_out(w, text))]
    if unheld and not (thing.isascii() and text.isascii()) and (thing, text) != (fold(thing), fold(text)):
        return holds(fold(thing), fold(text))  # 'Kuhistoni Badakhshon': 'the Kŭhistoni Badakhshon Autonomous Province'
    return not unheld or set(unheld) <= by_acronym(thing, text)  # 'Human Rights Watch': 'HRW', looked for only when its words are not there


def by_acronym(name: str, text: str) -> set[str]:
    """The words of a name that an acronym of three letters or more in the text stands for: 'Human Rights Watch' as
    'HRW' (the initials of capitalised words, small words between them skipped).

    >>> sorted(by_acronym("Human Rights Watch and Forum Menschenrechte", "a joint HRW submission"))
    ['Human', 'Rights', 'Watch']
    >>> by_acronym("Human Rights Watch", "the HR committee and hrw"), by_acronym("Rights Watch", "RW")
    (set(), set())
    """
    words = re.findall(r"[\w'\u2019-]+", name)
    out = set()
    for i, first in enumerate(words):
        run = []
        for w in words[i:]:
            if not w[:1].isupper() and w.lower() not in ("of", "the", "for", "on", "against"):
                break
            run.append(w)
            initials = "".join(x[0] for x in run if x[:1].isupper())
            if first[:1].isupper() and w[:1].isupper() and len(initials) >= 3 and re.search(rf"\b{initials}s?\b", text):
                out |= set(run)
    return out
