"""Kinds of answer one sentence must hold for some questions: a per cent of the thing asked, an amount of money, a
named court or law, a date beside the thing done, a penalty beside the person named, one of the two things an
either-or question names. Pure, like
evidence.py, whose patterns it shares.

>>> share_of("What share of Kazakhstan's population was fully vaccinated?"), share_of("How many schools, and what share is State-run?")
('population', '')
>>> gives_share("It is 96 per cent of the population.", "population"), gives_share("Social spending fell to 2 per cent.", "GDP")
(True, False)
>>> gives_share("It spends 3.1 per cent of gross domestic product on health.", "GDP")
True
>>> asks_for_money("How much is the monthly pension in tenge?"), asks_for_money("How much were women paid compared with men?")
(True, False)
>>> gives_money("They receive on average 100 US dollars a month."), gives_money("It rose by 20 per cent in 2020.")
(True, False)
>>> asked_kind("Which court convicted her?"), asked_kind("Which Ministry of Health order lists diseases?")
('court', '')
>>> asked_kind("Which international treaties did it ratify?"), asked_kind("Which Ontario statute created it?")
('treaty', 'statute')
>>> names_kind("court", "On 25 July, a Kazakh court convicted her."), names_kind("court", "The Almaty City Court convicted her.")
(False, True)
>>> asks_for_duration("How many weeks of paid leave do mothers get?"), asks_for_duration("How many weekly papers are there?")
(True, False)
>>> gives_duration("Leave lasts 126 calendar days."), gives_duration("Mothers may take paid maternity leave.")
(True, False)
>>> gives_duration("He was sentenced to two and a half years in prison."), gives_duration("It ran from 2 April 2013 to 1 January 2015.")
(True, True)
>>> alternatives("Is the pay gap wider in rural or in urban areas?"), alternatives("What did the Committee say?")
(['rural', 'urban'], [])
>>> named_things("When did Kazakhstan ratify the Optional Protocol to the Convention against Torture?")
['Kazakhstan', 'Optional Protocol', 'Convention', 'Torture']
>>> named_things("In what year did the CEDAW Committee adopt it?"), named_things("What did the CEDAW Committee adopt?")
(['Committee'], [])
>>> named_things("In what year was the Association for Human Rights in Central Asia founded?")
['Association', 'Human Rights', 'Central Asia']
>>> mentions("Education Act", "In 2021, a bill on inclusive education in various acts was adopted."), mentions("urban", "Urbanisation")
(False, True)
"""
from __future__ import annotations

import re

from ..ingest.meta import MONTHS, SYMBOL
from ..ingest.places import countries_named, is_demonym, names_subdivision
from ..search.query import PLANS, YEAR, asked_part
from .evidence import INSTRUMENT_WORDS, ORG_WORDS, PHRASE_END, SHARE_Q, asks_for_date, dated, event_dated, spelled_out, word_stem

_PER_CENT = re.compile(r"\d\s*%|\d[\d,.]*\s*(?:per ?cent|percentage points?)\b|\b(?:one|two|three|\d+)\s+(?:in|out of)\s+(?:every\s+)?"
                       r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|(?!(?:1[89]|20)\d\d\b)\d[\d,]*)\b|"  # 'one in five', not '55 in 2023'
                       r"\d[\d,.]*\s+per\s+(?:1,?000|10,?000|100,?000|hundred|thousand)\b|"
                       r"\b(?:half|a third|a quarter|two thirds|three quarters|majority)\b|"
                       r"\bout\s+of\s+(?!(?:1[89]|20)\d\d\b)\d[\d,]*\b[^.;]{0,80}?,\s*(?:only\s+|just\s+)?(?!(?:1[89]|20)\d\d\b)\d[\d,]*\b|"  # 'out
                       r"\b(?!(?:1[89]|20)\d\d\b)\d[\d,]*\s+(?:of|out\s+of)\s+(?:the\s+)?(?!(?:1[89]|20)\d\d\b)\d[\d,]*\s+(?-i:[a-z]+s)\b", re.I)  # of 40
# cases initiated in 2011-2012, only 16 were indicted', '16 of the 40 cases': a share given by its two counts
SHARE_OF = re.compile(r"\b(?:share|percentage|proportion|per ?cent(?:age)?|fraction|slice|portion)\s+of\s+(?:(?:the|an?)\s+)?"
                      r"(?:(?-i:(?:[A-Z][\w-]*\s+(?:(?:and|of|the)\s+)?){1,3}[A-Z][\w-]*['\u2019]s)\s+|[\w-]+['\u2019]s\s+)?((?:[\w-]+\s*){1,4})", re.I)
# 'of Bosnia and Herzegovina's population': the population, a name's possessive before it


_PRONOUNS = {"them", "it", "they", "these", "those", "this", "that"}


def share_phrase(question: str) -> list[str]:
    """The words naming what a share is asked of, up to where that phrase ends, read in the part that asks first (not
    'Women are 19.6 per cent of all members of Parliament' told before 'What share of Senate seats ...?'); [] when it
    names none. share_of takes its head, counts.share_words all its words.

    >>> share_phrase("Women are 19.6 per cent of all members of Parliament. What share of Senate seats do women hold?")
    ['Senate', 'seats']
    >>> share_phrase("What share of Bosnia and Herzegovina's population was Bosniak?"), share_phrase("What share of rural women's pay?")
    (['population'], ['rural', 'women'])
    """
    m = SHARE_OF.search(asked_part(question)) or SHARE_OF.search(question)
    words = m.group(1).split() if m else []
    return words[:next((i for i in range(len(words)) if ends_phrase(words, i)), len(words))]


def share_of(question: str) -> str | None:
    """The head noun of what a share question asks a share of: 'What share of Kazakhstan's population was ...?' ->
    'population'; '' when it names nothing it is a share of ('what share is State-run?', 'what share of them');
    None for other questions.

    >>> share_of("How many people work there, and what share of them are women?"), share_of("What slice of the budget went to it?")
    ('', 'budget')
    >>> share_of("Women are 19.6 per cent of all members of Parliament. What share of Senate seats do women hold?")
    'seats'
    >>> share_of("What share of working-age disabled people actually have a job?")
    'people'
    >>> share_of("What share of men who split from their wives pay towards their kids' upkeep?")
    'men'
    >>> share_of("What share of a firm's employees need special needs for it to be let off taxes?"), share_of("What share of the country's budget?")
    ('employees', 'budget')
    >>> share_of("What share of a company's staff must have special needs?")
    'staff'
    >>> share_of("What was health spending as a percentage of GDP in 2018?"), share_of("What HIV rate (per cent) did it cite?")
    ('GDP', '')
    >>> share_of("What did it report about social spending as a share of the national budget?") is None  # what it said, not a value
    True
    """
    if not SHARE_Q.search(question):
        return None
    words = share_phrase(question)
    who = next((i for i, w in enumerate(words) if i and w.lower() in ("who", "that", "which", "whose", "whom")), len(words))
    head = (words[:who] or [""])[-1]  # 'of men who split from their wives': men
    return "" if head.lower() in _PRONOUNS else head  # 'what share of them are women?': of what the question named before


PEOPLE_NOUNS = {"people", "persons", "women", "men", "children", "workers", "migrants", "refugees", "families", "households",
                 "girls", "boys", "youth", "students", "pupils", "employees"}


_ADVERBS = {"actually", "really", "currently", "still", "now", "ever", "already", "even", "also", "only", "today"}


def ends_phrase(words: list[str], i: int) -> bool:
    """Does words[i] end the phrase naming what a share or count is of ('registered' in 'of people registered in ...'),
    not an adjective before its noun ('disabled' in 'of working-age disabled people')?

    >>> ends_phrase(["working-age", "disabled", "people"], 1), ends_phrase(["people", "registered", "in"], 1)
    (False, True)
    >>> ends_phrase(["missing", "persons", "were"], 0)  # 'what share of missing persons were women'
    False
    """
    word = words[i].lower()
    if word in _ADVERBS:
        return True  # 'of working-age disabled people actually have'
    return bool(PHRASE_END.match(word)) and not (word.endswith(("ed", "ing")) and i + 1 < len(words) and words[i + 1].lower().strip("?,.") in PEOPLE_NOUNS)


_SAME = [r"pay|wage|salar|earn|income",  # one thing under several names: a share of men's pay is a share of their wages,
         r"seat|deput|mandate|member",  # a share of the seats (or members) of Parliament one of its deputies
         r"senat",  # senators: 'five members from the Senate'
         r"settlement|village|town|localit",  # 'villages and towns' are 'settlements'
         r"kid|child|orphan", r"people|person|population|inhabitant", r"complain|appeal|petition",  # an Ombudsman's 'appeals' are the complaints it gets
         r"spend|expend|budget", r"disab",  # 'disabled people' are 'persons with disabilities'
         r"kind|type",  # 'how many kinds of jobs': '213 types of job'
         r"home(?!less)|hous",  # 'home loans' are 'housing loans' (not the homeless)
         r"workforce|employe|staff|personnel|force\b|working population|economically active",  # 'a share of the workforce': '51 per
         # cent of the employees'; of the labour force: 'of the working population'
         r"labou?r\b|working population|economically active",  # the labour force's first word: 'the working population'
         r"employ|in work\b|in (?:a )?jobs?\b|in paid work",  # 'the employment rate': 'who are in work ... 36 per cent'
         r"interest|annual percentage",  # a loan's interest rate: 'an annual percentage of 2 per cent'
         r"compan|corporat|enterprise|firm|business",  # 'company executives': 'executives in the corporate sector'
         r"year|annual", r"month"]  # 'yearly earnings': 'each year ... income'; 'monthly': 'a month'


def gives_share(sentence: str, of: str = "") -> bool:
    """Does the sentence give a percentage or ratio ('25.2 per cent', 'one in five', '12 per 1,000'), and, when `of`
    is given, name what it is a share of ('population' for 'population', 'GDP' for 'GDP', 'wages' for 'pay')?

    >>> gives_share("women's wages increased slightly, to 67.8 per cent of men's", "pay")
    True
    >>> gives_share("In Parliament, women constitute 19.6 per cent of the total number of deputies.", "seats")
    True
    >>> gives_share("In Parliament, women constitute 19.6 per cent of the total number of deputies.", "members")
    True
    >>> gives_share("one in five women"), gives_share("from 9 centres in 2013 to 55 in 2023"), gives_share("3 in Almaty")
    (True, False, False)
    >>> gives_share("out of 40 criminal cases initiated in 2011-2012, only 16 were indicted"), gives_share("16 of the 40 cases")
    (True, True)
    >>> gives_share("out of 40 cases in 2011, 2012 saw the most"), gives_share("article 5 of 2019"), gives_share("Law No. 5 of 10 March")
    (False, False, False)
    """
    if not _PER_CENT.search(sentence):
        return False
    if re.fullmatch(r"[A-Z]{2,5}s?", of):  # 'GDP': the letters, or words they begin ('gross domestic product'); 'MPs'
        return spelled_out(of, sentence)
    return not of or names_word(sentence, of)


def names_word(sentence: str, word: str) -> bool:
    """Does the sentence name this thing, by its stem or by a name of the same thing (_SAME)?

    >>> names_word("The Office received 992 appeals in 2023.", "complaints"), names_word("403,500 children were born", "employers")
    (True, False)
    >>> names_word("women's wages rose to 67.8 per cent of men's", "earning"), names_word("725,000 persons with disabilities", "disabled")
    (True, True)
    >>> names_word("in which 51 per cent of the employees have special needs", "workforce")
    True
    >>> names_word("there are 385,800 persons with disabilities who are of working age", "working-age")
    True
    >>> names_word("the children will receive 50 per cent of the National Fund’s investment income", "earnings")
    True
    >>> names_word("71.9 billion tenge is envisaged for housing loans", "home"), names_word("housing for all", "homeless")
    (True, False)
    >>> names_word("Each year, the children will receive 50 per cent of the income", "yearly"), names_word("in 2023", "yearly")
    (True, False)
    >>> names_word("women's representation among executives in the corporate sector", "company")
    True
    >>> names_word("the possibility of appointing five members from the Senate", "senators"), names_word("the Senate", "deputies")
    (True, False)
    >>> names_word("In 2022, 55.7 per cent of settlements were provided with amenities.", "villages")
    True
    >>> names_word("the number of such persons who are in work is 138,800, or 36 per cent", "employment"), names_word("only 849 graduates of orphanages", "children")
    (True, True)
    >>> names_word("the women in the working population stood at 4.3 million (48.3 per cent)", "force"), names_word("forced labour", "force")
    (True, False)
    """
    stem = word_stem(word)
    said = next((names for names in _SAME if re.match(names, stem)), re.escape(stem[: max(4, len(stem) - 1)]))
    said = said.replace(r"\-", r"[\s-]")  # 'working-age': 'of working age'
    return bool(re.search(rf"\b(?:{said})", sentence, re.I))


_CURRENCY = None


def currency_pattern() -> re.Pattern:
    """A number beside a currency (ISO 4217 names and codes, from pycountry) or its symbol: '100 US dollars',
    '1,016.6 billion tenge', 'KZT 85,000', '$40'.

    >>> [bool(currency_pattern().search(s)) for s in ("In 2009, CRC welcomed the plan.", "It cost 10,000 CRC.", "1,016.6 billion tenge")]
    [False, True, True]
    """
    global _CURRENCY
    if _CURRENCY is None:
        import pycountry

        not_money = {"account", "gold", "mark", "real", "sum", "silver", "palladium", "platinum", "fomento", "oro", "omani"}
        words = {c.name.split()[-1].lower() for c in pycountry.currencies} | {"rouble", "dollar", "euro", "pound"}
        words = "|".join(sorted(w for w in words if re.fullmatch(r"[a-z]{3,}", w) and w not in not_money))
        codes = "|".join(sorted(c.alpha_3 for c in pycountry.currencies))
        _CURRENCY = re.compile(rf"(?<![\d.,])(?!(?:1[89]|20)\d\d\s+(?:{codes})\b)\d(?:[\d,.]*\d)?\s*(?:(?:thousand|million|billion|trillion|bn)\s+)?"
                               rf"(?:(?:US|U\.S\.|[A-Z][a-z]+)\s+)?(?:(?i:(?:{words})s?)|{codes})\b|(?:[$€£₸]|\b(?:{codes}))\s*\d")  # not 'In
        # 2009, CRC welcomed ...' nor 'its 2019 CRC review': the Committee on the Rights of the Child is no Costa Rican colón
    return _CURRENCY


_HOW_DECIDED = re.compile(r"\b(?:decid|determin|calculat|comput|assess|establish|work\s+out|set)\w*\s+how\s+much\b", re.I)
_MONEY_Q = re.compile(r"(?<!\babout )(?<!\bover )(?<!\bon )(?<!\bof )\bhow much\b(?!\s+of\b)(?![^?]*\b(?:gaps?|rates?|ratios?|disparit(?:y|ies))\b)(?=.*\b(?:costs?|spen[dt]s?|paid|pay|salar(?:y|ies)|wages?|pensions?|allowances?|benefits?|fees?|"
                      r"tuition|budget|fines?|price|earns?|invest(?:s|ed)?|allocat(?:es?|ed)|fund(?:s|ed|ing)?|worth|devot(?:es?|ed)|rents?|arrears|debts?|owe[sd]?|"
                      r"compensation|damages|reparations?|award(?:s|ed)?|"
                      r"puts?\s+(?:in|into|aside)(?!\s+(?:practice|place|effect|force|action|operation)\b)|sets?\s+aside)\b)|\bhow much money\b|"
                      r"\bhow much of (?:the|this|that|these|those|its|their)\s+(?-i:money|funds?|sums?|proceeds|revenues?)\b(?!['\u2019])|"  # a part of
                      # a sum: in money (not 'of the Fund's investment income': a share)
                      r"(?<!\bby )\bhow much\b(?!\s+of\b)(?=.*\b(?:payments?|grants?)\b)|"  # 'How much does a family receive per newborn under
                      # the birth payment?' (not 'By how much were payments raised?': 'by 8.5 per cent')
                      r"\bhow\s+(?:big|large|high|steep|heavy)\s+(?:is|was|are|were|would be|will be)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:fines?|fees?)\b|"
                      r"\bwhat\s+(?:did|does|do|will|would)\s+(?:(?!(?:say|said|think|note|recommend|report|mention|ask|about|on)\b)[\w'\u2019-]+\s+){1,12}?"
                      r"(?:cost\b(?!\s+of\b)|(?:get|be)\s+paid\b|earn\b|spend\s+(?:on|for)\b)|"
                      r"^\s*what\b[^?]{0,120}?\b(?:are|is|were|was|get|gets|got)\s+paid\s*\??\s*$|"  # 'What does FIDH say girls working as nannies are paid?'
                      r"\bwhat\s+(?:is|was|are|were)\s+the\s+(?:(?:exact|precise|total|actual)\s+)?(?:amount|size|sum|value)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?"
                      r"(?:fines?|fees?|compensation|damages|budget|funding|allowances?|pensions?|benefits?|salar(?:y|ies)|wages?|grants?|payments?|bail)\b|"  # 'What
                      # was the exact amount of the fine imposed on her?'
                      r"\bwhat\s+(?:monthly|annual|yearly|weekly|daily)\s+(?:stipends?|allowances?|benefits?|payments?|pensions?|salar(?:y|ies)|wages?|grants?|income)\b|"  # 'What
                      # monthly stipend do young people get?'
                      r"\bwhat(?:\s+(?:is|was|are|were)|['\u2019]s)\s+(?:the\s+|an?\s+)?(?:(?:average|mean|median|monthly|annual|yearly|daily|basic|"
                      r"minimum|maximum|typical|gross|net)\s+){0,3}(?:pay|salary|salaries|wages?|pensions?|allowances?|income)\b"
                      r"(?!\s+(?:gap|growth|rate|increase|level|index|share|ratio|arrears|system|policy|reform|inequality|age|fund|scheme|savings|"
                      r"contributions?|coverage|entitlements?|eligibility|assets|insurance|thresholds?|criteri(?:on|a)|limits?|ceilings?|tests?)\b)", re.I)  # 'What
# did their construction cost?', 'What do nannies get paid?', 'What do nurses earn?', 'What is the average monthly pay of a
# social worker?'; not 'What did it say about the cost of care?'
_COMPARED = re.compile(r"\b(?:compared?|than|relative|ratio|share|per ?cent|percentage|proportion)\b", re.I)


def asks_for_money(question: str) -> bool:
    """'How much does tuition cost?', 'How much ... in tenge?': an amount of money (not 'How much were women paid
    compared with men?', which a ratio answers; nor 'What worried the Committee about how much it spends?').

    >>> asks_for_money("How much does the State spend on welfare?"), asks_for_money("What worried it about how much the State spends?")
    (True, False)
    >>> asks_for_money("How many tenge does the budget give the Office?"), asks_for_money("How many staff does the Office have?")
    (True, False)
    >>> asks_for_money("What is the subsistence level in tenge?"), asks_for_money("What was the poverty rate in rural areas?")
    (True, False)
    >>> asks_for_money("What's the average monthly pension in tenge that a retiree receives?")
    True
    >>> asks_for_money("How much in tenge did each child get?"), asks_for_money("What did the two new centres in Semey cost to build?")
    (True, True)
    >>> asks_for_money("What did the Committee say about the cost of care?"), asks_for_money("What did high fuel costs do?")
    (False, False)
    >>> asks_for_money("How big is the fine for hiring a minor?"), asks_for_money("How big is the gap in fines?")
    (True, False)
    >>> asks_for_money("How much of their pension savings can they hand to private managers?")  # a part: 'up to 50 per cent'
    False
    >>> asks_for_money("How much compensation have courts awarded to families of the children infected?")
    True
    >>> asks_for_money("How much rent did the authors owe when they were evicted?")
    True
    >>> asks_for_money("How much of the money recovered from illegal assets was spent on building hospitals?")
    True
    >>> asks_for_money("How much of the Fund's yearly investment earnings is meant to go to children?")
    False
    >>> asks_for_money("How large is the annual budget of the Commissioner's office, in tenge?")
    True
    >>> asks_for_money("Roughly how much does the state put into free legal aid each year?"), asks_for_money("How much does it put into practice?")
    (True, False)
    >>> asks_for_money("What do teenage girls working as nannies usually get paid?"), asks_for_money("What did the NGO say about paid leave?")
    (True, False)
    >>> asks_for_money("How much does a family receive per newborn under the one-off birth payment?")
    True
    >>> asks_for_money("By how much were payments to families with children raised from January 2023?")
    False
    >>> asks_for_money("What is the average monthly pay of a social worker?"), asks_for_money("What was the wage gap in 2022?")
    (True, False)
    >>> asks_for_money("What is the pension age for men and women?"), asks_for_money("What is the total budget, in tenge, for the Framework?")
    (False, True)
    >>> asks_for_money("What did Kazakhstan spend on pensions in 2020?"), asks_for_money("What did the Committee say about the spend on health?")
    (True, False)
    >>> asks_for_money("How much did the gap in average monthly wages narrow between 2018 and 2022?")  # points of a share
    False
    >>> asks_for_money("What monthly stipend do young people receive when they leave an orphanage?")
    True
    >>> asks_for_money("How large, in tenge, is the fine for living without registration?")
    True
    >>> asks_for_money("What fine in tenge do non-citizens pay?"), asks_for_money("What does FIDH say girls working as nannies are paid?")
    (True, True)
    >>> asks_for_money("What share in rural areas?"), asks_for_money("What did FIDH say about how workers are paid in cash?")
    (False, False)
    >>> asks_for_money("What was the exact amount of the fine imposed on her?"), asks_for_money("What was the amount of rainfall?")
    (True, False)
    >>> asks_for_money("How does the State say it decides how much money in transfers each region gets?")
    False
    """
    if _HOW_DECIDED.search(question):
        return False  # 'How does the State decide how much money each region gets?': the way it is set, not a sum
    unit = re.search(r"\b(?i:what)(?:\s+(?:is|was|are|were)|['\u2019]s)\b.*\bin ([a-z]+s?|[A-Z]{3})\b(?=\s*\??\s*$|\s+(?:that|which)\b|,)|\b(?i:how much)\b.*\bin ([a-z]+s?|[A-Z]{3})\b|"
                     r"\b(?i:how (?:large|big|high))\b.*\bin ([a-z]+s?|[A-Z]{3})\b(?=\s*\??\s*$)|"
                     r"\b(?i:how (?:large|big|high))\s*,\s*in ([a-z]+s?|[A-Z]{3})\s*,|"  # 'How large, in tenge, is the fine ...?'
                     r"^\s*(?i:what)\s+(?:[\w-]+\s+){1,2}?in ([a-z]+s?|[A-Z]{3})\b|"  # 'What fine in tenge do they pay?'

                     r"\b(?i:how many)\s+([a-z]+s?|[A-Z]{3})\b", question)  # "how many tenge", "What is the subsistence level in tenge?"
    return not _COMPARED.search(question) and bool(_MONEY_Q.search(question) or unit and currency_pattern().search("1 " + next(g for g in unit.groups() if g)))


def gives_money(sentence: str) -> bool:
    """Does the sentence give an amount of money?"""
    return bool(currency_pattern().search(sentence))


_KINDS = {"court": "court|tribunal", "region": "region|oblast|province|city|district", "province": "province|oblast|region",
          "oblast": "oblast|region|province", "city": "city|town", "law": "law|act|code|decree|ordinance|statute|bill",
          "act": "act|law|code|ordinance|bill", "code": "code|law|act", "ministry": "ministry", "treaty": "treaty|convention|covenant|protocol",
          "convention": "convention|treaty|protocol", "statute": "statute|law|act|code|decree|ordinance|bill"}  # 'The
# Citizenship (Amendment) Ordinance 2008' is a law; 'the Immigration Bill' a draft one
_NAMED_KINDS = "law|act|code|statute|treaty|treaties|convention"  # also after a word: "Which ILO convention" (not "which district courts")
_KIND_Q = re.compile(rf"^\s*(?:(?i:in|by)\s+)?(?i:which)\s+(?:(?:[A-Z][a-z][\w-]*\s+)?({'|'.join(_KINDS)})|(?:[\w-]+\s+){{1,2}}({_NAMED_KINDS}))(?:s|ies)?\b(?!\s+bod(?:y|ies)\b)")  # lower case: 'Which Ministry of
# Health order' names one; 'Which UN treaty body' asks for a body, not a treaty


def asked_kind(question: str) -> str:
    """'Which court convicted her?' -> 'court': the kind of named thing asked for; '' for other questions.

    >>> asked_kind("Which companies were named as using forced labour?"), names_kind("company", "Tobacco companies hire migrants.")
    ('company', False)
    >>> asked_kind("Which international agency funded it?"), names_kind("agency", "It was funded with UNICEF."), names_kind("agency", "Partners funded it.")
    ('agency', True, False)
    >>> names_kind("agency", "It was submitted by Privacy International and the Centre for Internet and Society.")
    True
    >>> asked_kind("Which NGO runs the shelter?"), names_kind("NGO", "It is financed by the Ministry of Justice."), names_kind("NGO", "The Sana Sezim Centre runs it.")
    ('NGO', False, True)
    >>> asked_kind("Which UN treaty body decision called the bans discriminatory?"), asked_kind("Which UN treaty did it ratify?")
    ('', 'treaty')
    >>> asked_kind("Which specific anti-discrimination law did it adopt?"), asked_kind("Which specific act undermining its rights did it condemn?")
    ('law', '')
    >>> asked_kind("Which Spanish court issued the eviction order?"), asked_kind("Which district courts heard it?")
    ('court', '')
    """
    m = _KIND_Q.search(question)
    kind = (m.group(1) or m.group(2)) if m else ""
    if kind == "act" and re.match(r"\s+(?:of|that|which|[a-z]+ing)\b", question[m.end():]):
        return ""  # 'Which specific act undermining the rights of Cyprus did the resolution condemn?': a deed, no Act of parliament
    if not kind and re.match(r"\s*(?:(?:in|by)\s+)?which\s+(?:[\w-]+\s+)?compan(?:y|ies)\b", question, re.I):
        return "company"  # 'Which companies were named as using forced labour?'
    if not kind and re.match(r"\s*(?:(?:in|by)\s+)?which\s+(?:[\w-]+\s+)?(?:NGOs?|charit(?:y|ies)|non-governmental\s+organi[sz]ations?)\b", question, re.I):
        return "NGO"  # 'Which NGO runs the shelter?': a name, not the State's ministry that funds it
    if not kind and re.match(r"\s*(?:(?:in|by)\s+)?which\s+(?:[\w-]+\s+)?(?:agenc(?:y|ies)|donors?|organi[sz]ations?)\b", question, re.I):
        return "agency"  # 'Which international agency funded it?'
    if not kind and re.match(r"\s*(?:(?:in|by|from)\s+)?which\s+countr(?:y|ies)(?:['\u2019]s?)?\b", question, re.I):
        return "country"  # "Which country's action plan should the UK learn from?": another country, named
    return "treaty" if kind == "treaties" else kind


_ARTICLE_Q = re.compile(r"^\s*(?:(?:under|in|by)\s+)?(?:which|what)\s+(?:[\w-]+\s+){0,2}?articles?\b(?!\s*\d)(?!\s+(?:says?|said|states?|stated|notes?|noted|on|about)\b)", re.I)
_ARTICLE = re.compile(r"\b(?:articles?|arts?\.)\s*\d", re.I)


_ARTICLE_OF = re.compile(r"\barticles?\s+of\s+(?:the\s+|its\s+|their\s+)?((?:[A-Z][\w'\u2019-]*\s*){1,4})")
_LAW_ARTICLE = re.compile(r"((?:[A-Z][\w'\u2019-]*\s+){1,3})articles?\b")


def article_of(question: str) -> str:
    """The law whose article is asked for: 'Which article of the Constitution ...?' -> 'Constitution', 'Which Criminal
    Code article ...?' -> 'Criminal Code'; '' when the question names none.

    >>> article_of("Which article of the Constitution bans it?"), article_of("Under which Criminal Code article?"), article_of("Which article bans it?")
    ('Constitution', 'Criminal Code', '')
    >>> article_of("Which article of the Brazilian Constitution?"), article_of("Which article of Japan's basic law?"), article_of("Which article of Armenia's amended Constitution?")
    ('Constitution', '', '')
    """
    m = _ARTICLE_OF.search(question) or _LAW_ARTICLE.search(question)
    words = re.sub(r"['\u2019]s?\b", "", m.group(1)).split() if m else []  # 'Japan's basic law': no 'Japan' (a law of Japan
    # need not name it), nor 'Brazilian', 'Irish'
    return " ".join(w for w in words if w not in ("Which", "What", "Under", "In", "By") and not is_demonym(w) and not countries_named(w))


def asks_for_article(question: str) -> bool:
    """'Which article of the Constitution bans discrimination?', 'Under which Criminal Code article ...?': an article's
    number (not 'What article says ...?' about a news article, nor 'What does article 14 say?').

    >>> asks_for_article("Which article of the Constitution bans discrimination?"), asks_for_article("Under what Criminal Code article is it a crime?")
    (True, True)
    >>> asks_for_article("What does article 14 say?"), asks_for_article("Which articles on torture did it adopt?")
    (False, False)
    """
    return bool(_ARTICLE_Q.search(question))


def gives_article(sentence: str, law: str = "") -> bool:
    """Does the text give an article's number ('article 14', 'art. 86', 'arts. 1, 8 and 56'), of the law named when
    one is, by its words ('Constitution': not the Labour Code's article 26; 'Health Code': 'the Code on Public Health')?

    >>> gives_article("article 14 of the Constitution provides that no one ...", "Constitution"), gives_article("the Labour Code (Article 26)", "Constitution")
    (True, False)
    """
    return bool(_ARTICLE.search(sentence)) and (not law or all(names_word(sentence, w) for w in law.split()))


_SYMBOL_Q = re.compile(r"\b(?:document )?symbol\b|\b(?:document|UN|United Nations)\s+(?:reference\s+)?number\b", re.I)


def asks_for_symbol(question: str) -> bool:
    """'What is the document symbol of Chile's national report?', 'What is the document number of Egypt's report?'

    >>> asks_for_symbol("What is the document number of Egypt's initial report?"), asks_for_symbol("How many documents?")
    (True, False)
    """
    return bool(_SYMBOL_Q.search(question))


def gives_symbol(sentence: str) -> bool:
    """Does the sentence hold a UN document symbol ('A/HRC/WG.6/18/CHL/1'; not 'resolution 5/1')?"""
    return bool(SYMBOL.search(sentence))


_STATE_BODY = re.compile(r"\b(?:Ministry|Government|State|Parliament|Senate|Court|Police|Procuracy|Prosecutor|Inspectorate|"
                         r"Department|Authority|Akimat|Republic|Code|Law|Act|Convention|Committee on|United Nations|President)\b")


KIND_OF_STATES = re.compile(r"\b(?:countries|States)\s+(?:that|which|whose|where)\b(?!\s+(?:sent|submitted|made|took|asked|participated))|"
                            r"\b(?:developing|developed|low-income|middle-income|high-income|island|neighbouring|those|such)\s+(?:countries|States)\b")  # 'Which
# countries are most vulnerable?': 'those countries and populations that have contributed the least', a kind of State


def names_kind(kind: str, sentence: str, asker: str = "") -> bool:
    """Does the sentence name a thing of this kind, by a capitalised name ('the Almaty City Court', 'the Labour
    Code'), not only the word ('a Kazakh court')? A country: one the question (`asker`) does not name.

    >>> q = "Which country's action plan does the EHRC suggest the UK learn from?"
    >>> asked_kind(q), names_kind("country", "a UK plan, learning from ’s National Action Plan", q), names_kind("country", "learning from Ireland’s Plan", q)
    ('country', False, True)

    >>> names_kind("law", "It notes the approval of law No. 53 of 8 March 2000."), names_kind("law", "a new law was passed")
    (True, False)
    >>> names_kind("law", "Please inform the Committee about the adoption of the Immigration Bill (para. 107).")
    True
    >>> names_kind("law", "It urged it to adopt the law on equal rights and equal opportunities for women and men."), names_kind("law", "the law on this matter")
    (True, False)
    """
    if kind == "company":  # 'Philip Morris Kazakhstan LLP', 'the Kazakhmys Corporation'; not 'tobacco companies'
        return bool(re.search(r"\b(?:LLP|JSC|LLC|Ltd|Inc|PLC|GmbH|AG|Company|Corporation)\b", sentence))
    if kind in ("agency", "NGO"):  # 'the United Nations Development Programme', 'Privacy International', 'UNICEF'; not 'partners'
        runs = re.finditer(r"\b[A-Z][\w'-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-Z][\w'-]*)+", sentence)
        if kind == "NGO":  # an organisation's name, not a body of the State ('the Ministry of Justice')
            return any(any(ORG_WORDS.fullmatch(w) for w in m.group(0).split()) and not _STATE_BODY.search(m.group(0)) for m in runs)
        return any(any(ORG_WORDS.fullmatch(w) for w in m.group(0).split()) for m in runs) or \
            bool(re.search(r"\b(?:UN[A-Z]{2,}|USAID|WHO|ILO|IOM|OSCE|OHCHR|EU)\b", sentence))
    if kind == "country":  # a country other than those the asker names ('the UK' learning 'from Ireland’s plan'); asked
        # 'Which countries ...?', a kind of them ('those countries ... that have contributed the least')
        return bool(set(countries_named(sentence)) - set(countries_named(asker))) or bool(re.search(r"\bcountries\b", asker, re.I) and KIND_OF_STATES.search(sentence))
    if kind in ("region", "province", "oblast", "city") and names_subdivision(sentence):  # 'in Abkhazia and South Ossetia'
        return True
    if kind in ("law", "act", "statute", "code") and re.search(rf"\b{INSTRUMENT}\s+No\.?\s*\d", sentence, re.I):
        return True  # 'the approval of law No. 53 of 8 March 2000': a law named by its number
    if kind in ("law", "act", "statute") and _LAW_ON.search(sentence):
        return True  # 'the adoption of the law on equal rights and equal opportunities for women and men': by its subject
    return bool(re.search(rf"(?<!^)\b(?:{_KINDS[kind].title()})s?\b", sentence))


_LAW_ON = re.compile(r"\bthe\s+(?:draft\s+|new\s+)?(?:law|act|bill)\s+on\s+(?!(?:this|that|these|those|it|the\s+(?:matter|subject|issue))\b)"
                     r"(?:the\s+)?[a-z][\w-]+(?:\s+(?:and|of|for|in|to|against|the)\b)?\s+[a-z][\w-]+")  # 'the law on equal rights and ...'


_CHOICE_Q = re.compile(r"^\s*(?:is|are|was|were|does|do|did|has|have)\b.*?\b(\w+)\s+or\s+(?:(?:in|on|at|the|a|an)\s+)*(\w+)", re.I)


def alternatives(question: str) -> list[str]:
    """The two things an either-or question chooses between: 'Is the gap wider in rural or in urban areas?' ->
    ['rural', 'urban']; [] for other questions. An 'or' set off by commas is an aside, not the choice asked.

    >>> alternatives("Is the gap wider in rural or in urban areas?")
    ['rural', 'urban']
    >>> alternatives("Is there a phone line people can ring, day or night, to report officials taking bribes?")
    []
    """
    m = _CHOICE_Q.search(_ASIDE_OR.sub(",", question))
    return list(m.groups()) if m else []


_ASIDE_OR = re.compile(r",\s+(?:[\w'\u2019-]+\s+){0,2}or\s+(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+\s*,")  # 'ring, day or night, to report'


_DIRECTION = re.compile(r"(?:rise|rose|risen|fall|fell|fallen|increase|decrease|grow|grew|shrink|shrank|improve|worsen|decline|drop|"
                        r"up|down|higher|lower|more|less|better|worse)", re.I)
_MOVED = re.compile(r"\b(?:increas|decreas|ris[ei]|rose|fell|fall|declin|drop|grew|grow|shr[ai]nk|reduc|cut|doubl|halv|tripl|improv|"
                    r"worsen|deteriorat|higher|lower|up\s+from|down\s+from|from\s+[\d.,]+\s*(?:per\s*cent|%)?\s+to)\w*", re.I)


_KIN = {"mum": "parent", "mom": "parent", "mother": "parent", "dad": "parent", "father": "parent", "son": "child", "daughter": "child",
        "boy": "child", "girl": "child", "husband": "spouse", "wife": "spouse"}  # 'a mum or dad': either is a parent


def names_alternative(pair: list[str], text: str) -> bool:
    """Does the text name one of an either-or question's two things, or, when they are two ways a figure moves ('rise
    or fall', 'up or down'), say which way it moved in any words ('the recent decrease in social security spending')?

    >>> names_alternative(["rise", "fall"], "The Committee is concerned at the decrease in spending, from 4 to 2 per cent.")
    True
    >>> names_alternative(["rise", "fall"], "Spending on social security is low."), names_alternative(["rural", "urban"], "in urban areas")
    (False, True)
    >>> names_alternative(["mum", "dad"], "Adult children are required to care for parents who are unable to work.")  # both are parents
    True
    """
    if any(mentions(w, text) for w in pair):
        return True
    wholes = {_KIN.get(w.lower().rstrip("s")) for w in pair}
    if len(wholes) == 1 and None not in wholes and mentions(wholes.pop(), text):
        return True
    return all(_DIRECTION.fullmatch(w) for w in pair) and bool(_MOVED.search(text))


def mentions(words: str, text: str) -> bool:
    """Does the text hold the words, side by side, in any of their forms ('urban': 'urbanisation'; 'Education Act':
    'Education Acts', not 'education in various acts')?"""
    forms = [re.escape(word_stem(w)[: max(4, len(word_stem(w)) - 1)]) + r"\w*" for w in words.split()]
    return bool(re.search(r"\b" + r"[\s-]+".join(forms), text, re.I))



_VISIT = r"visit|mission|travel"  # the words dating a visit, or a mission sent
_IN_FORCE = (r"enter\w* into force|(?:take[sn]?|took|taking) effect|(?:come|came|comes|coming) into (?:force|effect)|"
             r"(?:go|goes|went|gone) into effect|bec(?:a|o)mes? effective")  # 'When did the Law take effect?': 'came into force on ...'

_ACT_FORMS = [  # the act a 'when was X done' question names -> the words of a sentence (or its lead-in) dating that act
    (r"ratif\w*|accede\w*|accession", r"ratif|acce[ds]|accession|(?<!State )(?<!States )part(?:y|ies)\b"),  # 'became a party'; not
    # 'the State party', the reporting State of every sentence
    (r"join\w*|sign(?:ed|s|ing)? up", r"join|acce[ds]|accession|member|affiliat|ratif|part(?:y|ies)\b"),
    (r"sign(?:ed|s|ing)? off", r"sign|approv|agree|adopt|endors"),  # to approve
    (r"sign\w*", r"sign"),
    (_IN_FORCE, r"force|effect"),
    (r"adopt\w*|pass\w*|enact\w*|approv\w*|introduc\w*", r"adopt|pass|enact|approv|introduc|promulgat|sign|force|effect|issu|"
     r"law|act|code|decree|order|resolution|policy|plan|strategy|programme|measures"),  # 'welcomes the following measures: (a) the
    # Law, in 2017'; 'Resolution 16/21 (12 April 2011)'
    (r"establish\w*|creat\w*|found(?:ed|ing)|launch\w*", r"establish|creat|found|set up|launch|open|introduc|form|inaugurat|adopt"),
    (r"abolish\w*", r"abolish|abolition|repeal|eliminat"),
    (r"submit\w*|hand(?:ed|s|ing)? in|sen[dt]\w*|file[ds]?|transmit\w*", r"submi|present(?:ed|s|ing|ation)\b|receiv|transmit|remit|sent\b|lodg|filed|provided\b"),  # 'a reply ... was provided on 26 November 2015'; not 'adopted the present concluding observations'
    (r"visit\w*", _VISIT),
    (r"agree|accept|grant|consent", r"agree|accept|grant|consent|approv|recogni|declaration\s+under\s+article"),  # 'accept its
    # competence' to hear petitions: 'made the declaration under article 14 of the Convention on 27 June 2001',  # 'When did the Committee agree to lift interim
    # measures?': 'accepted the State party's request to lift', not the day it requested them
    (r"born", r"\bborn\b|\bbirth"),  # 'In what year was the author born?': not the day his communication is dated
    (r"resign\w*|step(?:ped|s)? down|retire[ds]?", r"resign|step(?:ped|s)? down|retire|left\b|replac|succeed")]  # 'When did the
# rapporteur resign?': not the day he was appointed
_DONE_Q = re.compile(rf"\b(?:ratif\w*|accede\w*|accession|adopt\w*|sign(?:ed|s|ing)? (?:up|off)|sign\w*|{_IN_FORCE}|join\w*|establish\w*|"
                     r"creat\w*|introduc\w*|pass\w*|enact\w*|abolish\w*|launch\w*|approv\w*|submit\w*|hand(?:ed|s|ing)? in|sen[dt]\w*|file[ds]?|transmit\w*|"
                     r"found(?:ed|ing)|visit\w*|amend\w*|agree|accept|grant|consent|born|resign\w*|step(?:ped|s)? down|retire[ds]?)\b(?!\s+(?:treaties|conventions|instruments|laws)\b)", re.I)  # not
# 'what do ratified treaties now do?': an adjective


_SENT_PEOPLE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:mission|delegation|team|experts?|envoy|rapporteur|inspectors?)s?\b", re.I)


def _act_in(question: str) -> tuple[str, re.Match | None]:
    """(the part that asks, where it names the act a 'when' question dates, or None): the verb's, not a participle's
    that names the thing ('When did the protocol abolishing the death penalty take effect?': 'take effect')."""
    asked = asked_part(question)  # 'It signed the Protocol in 2010. On what date did it ratify it?': 'ratify'
    found = list(_DONE_Q.finditer(asked)) if asks_for_date(question) or asks_for_date(asked) else []
    return asked, next((f for f in found if not f.group(0).lower().endswith("ing")), found[0]) if found else None


def act_asked(question: str) -> tuple[str, str]:
    """(the act a 'when was X done' question asks about, a pattern of the words that name it) or ('', ''):
    'When did Kenya submit its report?' -> ('submit', 'submi|present|receiv|...'); 'sign up to' is to join.

    >>> act_asked("When did New Zealand sign up to the Convention on the Reduction of Statelessness?")[0]
    'sign up'
    >>> act_asked("When did officials sign off the amendments with the ILO?")[0]
    'sign off'
    >>> act_asked("By what date was Kazakhstan asked to hand in its third report?")[0]
    'hand in'
    >>> act_asked("How many reports were submitted in 2020?")
    ('', '')
    >>> act_asked("Kazakhstan signed the Optional Protocol in 2010. On what date did it ratify it?")[0]
    'ratify'
    >>> act_asked("When did the ILO send a high-level mission to Kazakhstan?")[1] == act_asked("When did it visit?")[1]  # a visit
    True
    >>> act_asked("When was the Constitution amended and what does the State say ratified treaties now do?")  # no form of 'amend' is read
    ('', '')
    >>> act_asked("When did Lithuania's Law on Equal Treatment take effect?")
    ('take effect', 'force|effect')
    >>> act_asked("When did the UN protocol abolishing the death penalty take effect for Kazakhstan?")[0]
    'take effect'
    >>> act_asked("In what year was the author of the communication born?")[0]
    'born'
    """
    asked, m = _act_in(question)
    if m and re.fullmatch(r"sen[dt]\w*", m.group(0), re.I) and _SENT_PEOPLE.match(asked, m.end()):
        return m.group(0), _VISIT  # 'When did the ILO send a high-level mission?': 'a mission from ILO visited'
    for asked, forms in _ACT_FORMS if m else ():
        if re.fullmatch(asked, m.group(0), re.I):
            return m.group(0), forms
    return "", ""


_DOER_CUT = re.compile(r"\s+(?:on|of|to|for|against|in|that|which|who|from|under|with|[a-z]+ing)\b.*", re.I | re.S)


def act_subject(question: str) -> str:
    """The thing a 'when was X done' question dates, by its head word: 'When did the UN protocol abolishing the death
    penalty take effect?' -> 'protocol' (a sentence on the constitutional amendments that abolish it, which took
    effect too, dates another thing); '' when no act is asked or the thing is a country or a pronoun.

    >>> act_subject("When did the UN protocol abolishing the death penalty take effect for Kazakhstan?")
    'protocol'
    >>> act_subject("When did Lithuania's Law on Equal Treatment take effect?"), act_subject("When did Kenya submit its report?")
    ('Law', '')
    >>> act_subject("When did it ratify the Convention?"), act_subject("How many laws were adopted?")
    ('', '')
    """
    asked, m = _act_in(question)
    if not m or m.group(0).lower().endswith("ing") or not act_asked(question)[0]:
        return ""
    before = re.split(r"\b(?:did|does|do|was|were|is|are|has|have|had|will)\b", asked[:m.start()], flags=re.I)[-1]
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", _DOER_CUT.sub("", before))
    head = re.sub(r"['\u2019]s$", "", words[-1]) if words else ""
    if len(head) < 3 or head.lower() in ("the", "its", "their", "this", "that", "they", "it") or countries_named(head) or is_demonym(head):
        return ""
    return head


INSTRUMENT = rf"(?:{INSTRUMENT_WORDS})s?"  # what is filed under a number
_NUMBERED = rf"(?:{INSTRUMENT}|decisions?)\s+(?:No\.?\s*)?"


def numbered_named(question: str, sentence: str) -> bool:
    """Does the sentence name an instrument the question names by its number? The number is the name: 'Resolution
    16/21 (12 April 2011)' names 'Council resolution 16/21' without the Council.

    >>> numbered_named("On what date was Council resolution 16/21 adopted?", "Resolution 16/21 (12 April 2011) provides:")
    True
    >>> numbered_named("When was Council resolution 16/21 adopted?", "It recalls resolution 5/1 of 18 June 2007.")
    False
    >>> numbered_named("When was the Council's resolution adopted?", "Resolution 16/21 (12 April 2011) provides:")
    False
    """
    numbers = re.findall(rf"\b{_NUMBERED}(\d+(?:[/-]\d+)*)\b", question, re.I)
    return any(re.search(rf"\b{_NUMBERED}{re.escape(n)}(?![/-]?\d)", sentence, re.I) for n in numbers)


_CLAUSE = re.compile(r",\s+and\s+|;\s+")  # 'considered it at meetings held on 1 and 4 May 2009, and adopted, at its 892nd meeting, ...'


def dates_the_act(forms: str, sentence: str, lead: str = "") -> bool:
    """Does a dated sentence, or the lead-in of the list it is an item of, name the act? ('The Committee considered
    the report on 9 May' dates no submission; '(b) The Optional Protocol (22 September 2010);' under 'welcomes the
    ratification of:' dates one.)

    >>> dates_the_act("submi|present", "It considered the initial report at its 12th meeting on 9 May 1994.")
    False
    >>> dates_the_act("ratif|acce[ds]", "(b) The Optional Protocol (22 September 2010);", "It welcomes the ratification of:")
    True
    >>> ratify = act_asked("In what year did Brazil ratify the Convention?")[1]  # 'the State party' became no party then
    >>> dates_the_act(ratify, "It welcomes the measures taken by the State party, by Law No. 13812/2019."), dates_the_act(ratify, "It became a party in 2010.")
    (False, True)
    >>> dates_the_act("adopt", "It considered the report at meetings held on 1 and 4 May 2009, and adopted, at its 892nd meeting, these observations.")
    False
    >>> dates_the_act("adopt", "At its 2580th and 2582nd meetings, held on 23 and 24 August, it adopted the following concluding observations.")
    True
    >>> dates_the_act("ratif", "A provision of the 1995 Kazakh Constitution is contrary to ILO Convention 87, ratified by Kazakhstan.")
    False
    >>> dates_the_act("agree|accept", "On 1 October 2014, the Committee, acting through its Special Rapporteur, accepted the request to lift them.")
    True
    >>> dates_the_act("adopt", "On 9 May 2009, it considered the report, and adopted these observations at a later meeting.")
    False
    """
    if re.search(rf"\b(?:{forms})", lead, re.I):
        return dated(sentence)
    if (opening := _DATE_OPENS.match(sentence)) and re.search(rf"\b(?:{forms})", re.split(r",\s+and\b|;", sentence[opening.end():])[0], re.I):
        return True  # 'On 1 October 2014, the Committee, acting through ..., accepted ...': the date of the sentence's own verb
    return any((event_dated(c) or DAY_MONTH.search(c)) and re.search(rf"\b(?:{forms})", c, re.I) for c in _CLAUSE.split(sentence))


_DATE_OPENS = re.compile(rf"\s*(?:On|In|By)\s+(?:\d{{1,2}}\s+)?(?:{MONTHS})\s+(?:\d{{1,2}},?\s+)?\d{{4}}\s*,")


DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:\s*(?:and|to|-|\u2013)\s*\d{{1,2}})?\s*(?:{MONTHS})\b|\b(?:{MONTHS})\s+\d{{1,2}}\b")  # '23 and 24
# August': a day in the year the document's own date gives


_NAME_WORD = r"(?:[A-Z][\w'\u2019-]*|on|of|the|and|against|for|in|to|all|with)"
_PROTOCOL_TO = re.compile(rf"\bOptional\s+Protocols?\s+(?:thereto|to\s+the\s+{_NAME_WORD}(?:,?\s+{_NAME_WORD})*)")


def without_protocols(sentence: str, question: str) -> str:
    """The sentence without the optional protocols it names, unless the question asks about a protocol: ratifying
    'the Optional Protocol to the Convention on the Rights of the Child' is not ratifying that Convention.

    >>> without_protocols("In 2023 it ratified the Optional Protocol to the Convention on the Rights of the Child on a "
    ...                   "communications procedure.", "When did it ratify the Convention on the Rights of the Child?")
    'In 2023 it ratified the  a communications procedure.'
    >>> without_protocols("It ratified the Optional Protocol in 2010.", "When was the Optional Protocol ratified?")
    'It ratified the Optional Protocol in 2010.'
    """
    return sentence if re.search(r"\bprotocol", question, re.I) else _PROTOCOL_TO.sub("", sentence)


_PLAN_ON = re.compile(rf"\b{PLANS}(?:\s+of\s+action)?\s+(?:on|for|against|to\s+(?:combat|end|fight|prevent))\s+"
                      r"((?:(?!(?:in|by|at|was|were|did|does|do|is|are|has|had|adopted|approved|launched|and\s+when|and\s+what)\b)[\w'\u2019-]+\s*){1,6})", re.I)
_PLAN_NAME_END = re.compile(r"[,;:(]|\s(?:was|were|is|are|has|had|have|approved|adopted|launched|which|that|by|in\s+(?:1[89]|20)\d\d)\b", re.I)


def plan_asked(question: str) -> list[str]:
    """The words of the topic a plan, strategy or programme asked about is named for: 'When did Kazakhstan adopt its
    national action plan on business and human rights?' -> ['business', 'human', 'rights'].

    >>> plan_asked("When did Kazakhstan adopt its national action plan on business and human rights?")
    ['business', 'human', 'rights']
    >>> plan_asked("When was the strategy to combat trafficking in persons approved?"), plan_asked("When was the plan adopted?")
    (['trafficking'], [])
    >>> plan_asked("In which month and year was its plan on business and human rights formally adopted?")
    ['business', 'human', 'rights']
    """
    return [w for w in re.findall(r"[A-Za-z][\w'\u2019-]+", plan_topic(question)) if w.lower() not in {"and", "the", "of", "all", "its", "their"}]


def plan_topic(question: str) -> str:
    """'... its national action plan on business and human rights?' -> 'business and human rights'; else ''."""
    m = _PLAN_ON.search(asked_part(question))
    return re.sub(r"(?:\s+\w+ly)+$", "", m.group(1).strip()) if m else ""  # not '... human rights formally' (adopted)


def names_plan(topic: list[str], sentence: str) -> bool:
    """Does the sentence name a plan, strategy or programme on this topic: each word in its name, from a few words
    before the plan's word to the end of its name (a comma, a verb)? 'The Plan of Action on Human Rights and the Rule of
    Law, approved ... on 8 December 2023, provides for ... human rights in business activities' names no plan on
    business and human rights.

    >>> t = ["business", "human", "rights"]
    >>> names_plan(t, "The Plan of Action on Human Rights and the Rule of Law, approved on 8 December 2023, covers business.")
    False
    >>> names_plan(t, "On 8 December 2023, it adopted the National Action Plan on Business and Human Rights (2024-2026).")
    True
    >>> names_plan(t, "The Business and Human Rights Action Plan was approved on 8 December 2023.")
    True
    """
    for m in re.finditer(rf"\b{PLANS}\b", sentence, re.I):
        before = " ".join(re.split(r"[,;:()]", sentence[: m.start()])[-1].split()[-5:])
        name = before + " " + _PLAN_NAME_END.split(sentence[m.start():])[0]
        if all(re.search(rf"\b{re.escape(word_stem(w)[: max(4, len(word_stem(w)) - 1)])}", name, re.I) for w in topic):
            return True
    return False


def named_things(question: str) -> list[str]:
    """'When did Kazakhstan ratify the Optional Protocol to the Convention against Torture?': the names in a question
    that asks when something was done, as runs of capitalised words (['Kazakhstan', 'Optional Protocol', 'Convention',
    'Torture']), less its first word and acronyms, which a paragraph may spell out; [] for other questions.

    >>> named_things("What is the date of the Polish act amending the law on employment promotion?")
    []
    """
    if not (asks_for_date(question) and _DONE_Q.search(question)):
        return []
    runs = re.findall(r"(?<!^)(?<![.?!]\s)\b[A-Z][a-z][\w-]+(?:\s+[A-Z][a-z][\w-]+)*", question.strip())
    return [r for r in dict.fromkeys(runs) if r not in ("The", "State", "Government", "President") and not is_demonym(r)]  # who
    # did it, not what; 'the Polish act amending the law': the country's, which the paragraph on it need not name


_TIME = r"(?:second|minute|hour|day|week|month|year|decade)s?"
_HOW_MANY_TIME = re.compile(rf"\bhow many\s+(?:\w+\s+)?{_TIME}\b", re.I)
_LENGTH = re.compile(rf"(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                     rf"hundred))[\s-]+(?:and\s+a\s+half\s+|\w+[\s-]+)?{_TIME}\b", re.I)  # 'two and a half years'


_MULTIPLE_Q = re.compile(r"\bhow many times\b[^?]*\b(?:grow|grew|grown|increas\w*|rise|rose|risen|multipl\w*|expand\w*|higher|more|"
                         r"larger|bigger|greater)\b|\bhow many times\s+(?:over|as\s+(?:much|many|high|large))\b|\bby what factor\b|\bhow many-?fold\b", re.I)
_MULTIPLE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:times\b|-?fold\b)|\b(?:two|three|four|five|six|seven|eight|nine|ten)(?:\s+times\b|-?fold\b)|"
                       r"\b(?:doubled|tripled|trebled|quadrupled)\b", re.I)


def asks_for_multiple(question: str) -> bool:
    """'By how many times did spending grow?', 'by what factor': a multiple, not a count of occasions ('How many
    times did the Committee meet?').

    >>> asks_for_multiple("By how many times had its outlays multiplied?"), asks_for_multiple("How many times did it meet?")
    (True, False)
    """
    return bool(_MULTIPLE_Q.search(question))


def gives_multiple(sentence: str) -> bool:
    """Does the sentence give a multiple ('increased by 3.8 times', 'a fourfold rise', 'doubled')?

    >>> gives_multiple("Spending has increased by 3.8 times (from 2.4 trillion tenge)."), gives_multiple("It stood at 9,375,573 million tenge.")
    (True, False)
    """
    return bool(_MULTIPLE.search(sentence))


def asks_for_duration(question: str) -> bool:
    """'How many weeks of leave ...?', 'after how many days?': a length of time, in any unit of time."""
    return bool(_HOW_MANY_TIME.search(question))


def gives_duration(sentence: str) -> bool:
    """Does the sentence give a length of time ('126 calendar days', 'three years', an '18-month' term)?"""
    return bool(_LENGTH.search(sentence) or _PERIOD.search(sentence))


def asks_for_span(question: str) -> bool:
    """'Which years does the National Development Plan cover?', 'What period does the strategy span?': a span of years.

    >>> asks_for_span("Which years does Ecuador's National Development Plan cover?"), asks_for_span("Which years did it report on?")
    (True, False)
    """
    return bool(_SPAN_Q.search(question))


def gives_span(sentence: str) -> bool:
    """Does the sentence give a span of years ('2017-2021', 'the period 2008–2013', 'from 2010 to 2015')?

    >>> gives_span("The 10th Five Year Plan covering the period 2008–2013 was completed."), gives_span("It was adopted in 2017.")
    (True, False)
    """
    return len(set(YEAR.findall(sentence))) > 1 or bool(_SHORT_SPAN.search(sentence) or _BOUND_YEAR.search(sentence))  # any two
    # years may bound it (a range, 'from June 1996 to May 2000', 'between 1980 and 2000'), or one with its end cut short


_SPAN_Q = re.compile(r"\b(?:which|what)\s+(?:years|period|time\s*(?:span|frame)|timeframe)\s+(?:does|did|do|will|would|is|was)\b[^?]*?"
                     r"\b(?:cover|span|run)\w*", re.I)
_BOUND_YEAR = re.compile(r"\b(?:until|up\s+to|through|till|since|by|ending(?:\s+in)?)\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b")
_SHORT_SPAN = re.compile(r"\b(?:1[89]|20)\d\d\s*[-\u2013\u2014/]\s*\d\d\b")  # '2008-09'
_PERIOD = re.compile(r"\bfrom\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\s+(?:to|until|till)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b")


_PENALTY_Q = re.compile(r"\b(?:what(?:(?:['\u2019]s|\s+(?:is|was|are|were))\s+the)?|which|how long(?: a)?)\s+(?:\w+\s+)?(?:(?:prison|jail) (?:term|sentence|time)|sentence|penalty|penalties|"
                        r"punishment|fine)s?\b|\bwhat\s+(?:was|were|is)\s+(?:\w+\s+){1,4}sentenced to\b|"
                        r"\bhow long\s+(?:was|were|is|did)\b[^?]*\b(?:sentenced|jailed|imprisoned|locked up|in prison|behind bars|prison sentence|prison term|sentence)\b", re.I)
_PENALTY = re.compile(r"\b(?:sentenced|sentences?\s+(?:of|to)|imprison\w*|in prison|behind bars|jail\w*|prison terms?|"
                      r"fined|fines?\s+of|penalt(?:y|ies)\s+of|restriction of (?:liberty|freedom)|probation|suspended sentence|"
                      r"community service|corrective labour|banned from|deprivation of the right)\b", re.I)


def asks_for_penalty(question: str) -> bool:
    """'What prison term did the court impose on X?', 'How long was X sentenced to?': a penalty.

    >>> asks_for_penalty("What prison term or other penalty did the court impose on Larisa Kharkova?")
    True
    >>> asks_for_penalty("How long was Nurbek Kushakbayev sentenced to prison?"), asks_for_penalty("What did the court decide?")
    (True, False)
    >>> asks_for_penalty("How long was its deputy head locked up?")
    True
    >>> asks_for_penalty("How long was the prison sentence handed to Larisa Kharkova?"), asks_for_penalty("How long is the sentence?")
    (True, True)
    >>> asks_for_penalty("What jail term did she end up with?"), asks_for_penalty("What's the maximum prison term for trafficking?")
    (True, True)
    """
    return bool(_PENALTY_Q.search(question))


def gives_penalty(sentence: str, persons: list[str] = ()) -> bool:
    """Does the sentence give a penalty, to the persons named (by surname) if any?

    >>> s = "In April 2017 Nurbek Kushakbayev was sentenced to two and a half years in prison."
    >>> gives_penalty(s, ["Nurbek Kushakbayev"]), gives_penalty(s, ["Larisa Kharkova"])
    (True, False)
    >>> gives_penalty("On 25 July 2017 a court convicted Larisa Kharkova of abuse of office.", ["Larisa Kharkova"])
    False
    """
    return bool(_PENALTY.search(sentence)) and all(re.search(rf"\b{re.escape(p.split()[-1])}\b", sentence) for p in persons if p)
