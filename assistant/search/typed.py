"""A question as the user typed it -> as the readers of questions expect it (Assistant._as_written): a polite
preamble dropped ('Can you tell me ...'), words typed as into a search box phrased as the question they ask ('number
of crisis centres' -> 'How many crisis centres?'), an indirect question put in a direct one's order, and, typed all in lower
case, the capitals of names restored. The readers of names (countries, bodies, treaties, persons, laws) and of what is
asked (a question's first words) were written, and the weights fitted, on questions as written. Pure.
"""
from __future__ import annotations

import re

from ..ingest.places import countries_named
from .query import _COMMITTEES, _TREATY_CODES, QUESTION_WORDS, TREATIES

_ACRONYMS = (*(code for code in _COMMITTEES if code not in ("CAT", "CED")),  # 'cat', 'ced', 'who': words in lower case
             *(code for code in _TREATY_CODES if code.startswith("IC")), "SPT", "UN", "UPR", "NGO", "NGOs", "ILO", "OHCHR", "NHRI", "NHRIs", "UNICEF", "UNHCR", "COVID",
             "HIV", "AIDS", "LGBTI")
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def case_forms(texts) -> dict[str, str]:
    """How a corpus writes the words it capitalises inside sentences, by their lower-case form ('kazakhstan' ->
    'Kazakhstan', 'fidh' -> 'FIDH', 'committee' -> 'Committee'): a word written so at least four times in five, not
    counting the first word of a sentence. Not a common word capitalised only as a part of a longer name
    ('Federation' of 'the Federation of Trade Unions', where the corpus also writes 'federations'): alone, it is
    no name ('the labour federation'); a word the corpus never writes in lower case ('Almaty', 'Nurbek') still is.

    >>> case_forms(["The Committee met in Astana. It asked the Committee of FIDH about the committee."])  # 2 of 3
    {'astana': 'Astana', 'fidh': 'FIDH'}
    >>> case_forms(["It met the Federation of Trade Unions and Nurbek Kushakbayev in Astana, and two federations of trade unions."])
    {'nurbek': 'Nurbek', 'kushakbayev': 'Kushakbayev', 'astana': 'Astana'}
    """
    seen: dict[str, dict[str, int]] = {}
    alone: set[str] = set()  # words capitalised at least once outside a longer name
    for text in texts:
        words = list(_WORD.finditer(text))
        first = [i == 0 or bool(re.search(r"[.?!:;]\s*$|\n\s*$|\(\s*$", text[max(0, m.start() - 3): m.start()])) for i, m in enumerate(words)]
        for i, m in enumerate(words):
            if first[i]:
                continue  # a sentence's first word is capitalised whatever it is
            forms = seen.setdefault(m.group(0).lower(), {})
            forms[m.group(0)] = forms.get(m.group(0), 0) + 1
            if m.group(0)[0].isupper() and not any(_joined(text, words, first, i, j, step) for j, step in ((i - 1, -1), (i + 1, 1))):
                alone.add(m.group(0).lower())
    out = {}
    for low, forms in seen.items():
        form, n = max(forms.items(), key=lambda kv: kv[1])
        common = any(v in seen.get(v, {}) for v in (low + "s", low[:-1] if low.endswith("s") else low))  # 'federations'
        if form != low and n >= 0.8 * sum(forms.values()) and (low in alone or not common):
            out[low] = form
    return out


_NAME_FORMS = {n.lower(): n for n in [  # names a question typed in lower case may hold, as the documents write them
    *TREATIES.values(), "Convention against Torture", "Optional Protocol", "Human Rights Committee", "Human Rights Council",
    "Universal Periodic Review", "Special Rapporteur", "Committee on Economic, Social and Cultural Rights",
    "Committee against Torture", "Committee on the Rights of the Child", "Committee on the Rights of Persons with Disabilities",
    "Committee on the Elimination of Discrimination against Women", "Committee on the Elimination of Racial Discrimination",
    "Committee on Enforced Disappearances", "Committee on Migrant Workers"]}
_NAMES = re.compile("|".join(re.escape(n) for n in sorted(_NAME_FORMS, key=len, reverse=True)), re.I)
_LAW = re.compile(r"(?:(?<=\bthe )|(?<='s )|(?<=\u2019s ))(?:(?!the\b|of\b|on\b|and\b)[a-z]+ ){1,2}(?:[Aa]ct|[Cc]ode)\b")


def _joined(text: str, words: list, first: list[bool], i: int, j: int, step: int) -> bool:
    """Is word j, next to word i (step -1 before, +1 after), capitalised and in the same name: only spaces between
    them, or a connector ('Federation of Trade Unions', 'Ministry of Health')? A sentence's first word is no name's."""
    if not 0 <= j < len(words) or first[j]:
        return False
    a, b = sorted((i, j))
    if not re.fullmatch(r"\s+", text[words[a].end(): words[b].start()]):
        return False
    if words[j].group(0)[0].isupper():
        return True
    return words[j].group(0) in _CONNECTORS and _joined(text, words, first, j, j + step, step)


_CONNECTORS = {"of", "for", "on", "and", "the", "de"}


def truecased(question: str, forms: dict[str, str]) -> str:
    """A question typed all in lower case, with the capitals the readers of names need: countries, treaty bodies and
    the common UN acronyms, and the words the corpus capitalises (`forms`, from case_forms). A question with any
    capital but its first letter is left as typed.

    >>> truecased("when did kazakhstan ratify the icescr, and what did fidh say?", {"fidh": "FIDH"})
    'When did Kazakhstan ratify the ICESCR, and what did FIDH say?'
    >>> truecased("when was kazakhstan's education act adopted, under the convention on the rights of the child?", {})
    "When was Kazakhstan's Education Act adopted, under the Convention on the Rights of the Child?"
    >>> truecased("What did CESCR say about kazakhstan?", {})
    'What did CESCR say about kazakhstan?'
    """
    if any(c.isupper() for c in question[1:]):
        return question
    known = {a.lower(): a for a in _ACRONYMS} | forms
    out = _WORD.sub(lambda m: known.get(m.group(0).lower(), m.group(0)), question)
    for name in countries_named(_WORD.sub(lambda m: m.group(0).capitalize() if len(m.group(0)) > 3 else m.group(0), out)):
        out = re.sub(rf"\b{re.escape(name)}\b", name, out, flags=re.I)
    out = _NAMES.sub(lambda m: _NAME_FORMS[m.group(0).lower()], out)
    out = _LAW.sub(lambda m: m.group(0).title(), out)  # 'the education act' -> 'the Education Act'
    return out[:1].upper() + out[1:]


_PREAMBLE = re.compile(r"^(?:(?:hi|hello|dear \w+)\W*\s+)?(?:"
                       r"(?:fact[- ]?check(?:ing)?|quick question|question|query|verify|fyi)(?=\s*:)|"  # a label: 'Fact-check: on what date ...?'
                       r"(?:can|could|would|will) you (?:please |kindly )?(?:tell|show|give|let) (?:me|us)(?: know)?(?: about)?|"
                       r"(?:can|could|would|will) you (?:please |kindly )?(?:find(?: out)?|check|explain|say|look up)|"
                       r"please(?: (?:tell|show|let) (?:me|us)(?: know)?)?|(?:tell|show) me|"
                       r"(?:i|we)(?:'d| would| want| need| wish)(?: like)? to (?:know|find out|understand|ask)|"
                       r"(?:do|does) (?:you|anyone) know|i(?:'m| am) (?:wondering|curious)(?: about)?|i wonder)\b[\s,:\-]*", re.I)


def without_preamble(question: str) -> str:
    """A question without the polite words before it ('Can you tell me how many jobs are closed to women?' -> 'How many
    jobs are closed to women?'): the readers of what is asked look at a question's first words.

    >>> without_preamble("Could you please tell me: how many jobs are closed to women?")
    'How many jobs are closed to women?'
    >>> without_preamble("I would like to know what FIDH said."), without_preamble("Please, who chairs the Committee?")
    ('What FIDH said.', 'Who chairs the Committee?')
    >>> without_preamble("Fact-check: on what date did it adopt them?")
    'On what date did it adopt them?'
    >>> without_preamble("Can Kazakh unions get money from abroad?")
    'Can Kazakh unions get money from abroad?'
    """
    rest = _PREAMBLE.sub("", question, count=1)
    if not rest or rest == question:
        return question
    return rest[:1].upper() + rest[1:]


_OPENS_QUESTION = re.compile(rf"^\s*(?:{QUESTION_WORDS}|shall|may|might|must|in|on|at|by|from|since|under|for|according|after|before|"
                             r"if|please|i|we|the committee|committee)\b", re.I)  # a question or a sentence: not a search box's words
_KEYWORDS_ASK = [  # words typed as into a search box, by what they ask for -> the question
    (re.compile(r"^(?:the\s+)?(?:total\s+)?(?:number|count)\s+of\s+(.+)$", re.I), "How many {}?"),
    (re.compile(r"^(?:the\s+)?(?:year|date|day)\s+(?:of|for)\s+(.+)$", re.I), "When was {}?"),
    (re.compile(r"^(?:the\s+)?(?:year|date|day)\s+(?:when\s+|that\s+)?(.+)$", re.I), "When {}?"),
    (re.compile(r"^(.+?)\s+(?:length|duration)$", re.I), "How long was {}?"),
    # a measure or a sum named in a few words (six at most): a longer run of words has its own say ('share of social
    # spending in public expenditure 2020'); a measure with a year is read by the checks of a figure for that year
    (re.compile(r"^((?!.*\b(?:1[89]|20)\d\d\b)(?!(?:\S+\s+){6})\S.*\b(?:rate|ratio|coefficient|index|scores?|percentage|proportion|share)\b.*)$", re.I),
     "What is the {}?"),
    (re.compile(r"^((?!.*\b(?:rate|ratio|share|percentage|proportion)\b)(?!(?:\S+\s+){6})\S.*\b(?:tenge|dollars?|euros?|amount|budget|cost|price|"
                r"salary|wage|pension|allowance)\b.*)$", re.I), "How much is {}?"),  # not a share of a budget
]


def phrased(question: str) -> str:
    """Words typed as into a search box, no question and no sentence, phrased as the question their head word asks:
    the readers of what is asked ('how many', 'when', 'how much') look for it in a question's words. Read so, the
    near misses typed this way ('ombudsman office annual budget tenge', 'Gini coefficient Kazakhstan') are no longer
    answered by a paragraph on the topic that gives no such figure.

    >>> phrased("number of crisis centres for domestic violence victims"), phrased("year Kazakhstan ratified the Aarhus Convention")
    ('How many crisis centres for domestic violence victims?', 'When did Kazakhstan ratified the Aarhus Convention?')
    >>> phrased("Larisa Kharkova sentence length"), phrased("ombudsman office annual budget tenge"), phrased("Gini coefficient Kazakhstan")
    ('How long was Larisa Kharkova sentence?', 'How much is ombudsman office annual budget tenge?', 'What is the Gini coefficient Kazakhstan?')
    >>> phrased("Planned social spending share of the national budget for 2023?"), phrased("Planned social spending share")
    ('Planned social spending share of the national budget for 2023?', 'What is the Planned social spending share?')
    >>> phrased("money the State spends on the ombudsman office each year")  # seven words or more: as typed
    'money the State spends on the ombudsman office each year'
    >>> phrased("How much is the budget?"), phrased("Committee recommendation on the minimum wage"), phrased("The budget fell. Why?")
    ('How much is the budget?', 'Committee recommendation on the minimum wage', 'The budget fell. Why?')
    """
    text = question.strip().rstrip("?").strip()
    if _OPENS_QUESTION.match(text) or len(text.split()) > 10 or re.search(r"[.;:!?,\u2013\u2014]|\s-\s", text):
        return question
    for pattern, form in _KEYWORDS_ASK:
        if m := pattern.match(text):
            return direct(form.format(m.group(1)))  # 'When Kazakhstan ratified X?' -> 'When did ...?', as the date readers expect
    return question


_AUX = r"(?:was|were|is|are|has|have|had)"
_ASKS = r"(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|should|may|must)"
_WHEN = r"When|(?:In|On|By|Since) (?:what|which) (?:year|date|month)|What year"


_THAT_YEAR = re.compile(r"\b(?:in\s+)?(?:that|the\s+same|that\s+same)\s+year\b(?!\s+(?:of|when|in\s+which))", re.I)


def year_told(question: str) -> str:
    """'That year' written as the one year told before it: 'My cousin was deported in 2020. How many migrants were
    deported that year?' -> '... How many migrants were deported in 2020?', so the year is checked as asked. Left as
    it is when the text before names no year or several.

    >>> year_told("My cousin was deported in 2020. How many migrants were deported that year?")
    'My cousin was deported in 2020. How many migrants were deported in 2020?'
    >>> year_told("The 2019 review named a plan due that year; when was it approved?")
    'The 2019 review named a plan due that year; when was it approved?'
    >>> year_told("It rose from 2019 to 2021. What was it that year?"), year_told("What happened that year?")
    ('It rose from 2019 to 2021. What was it that year?', 'What happened that year?')
    """
    m = _THAT_YEAR.search(question)
    if not m:
        return question
    before = question[:m.start()]
    if not re.search(r"\b(?:19|20)\d\d\b[^.;?!]*[.;?!]", before):  # 'a plan due that year' in the sentence that names none
        return question
    told = set(re.findall(r"\b(?:19|20)\d\d\b", before))
    return question[:m.start()] + f"in {told.pop()}" + question[m.end():] if len(told) == 1 else question


def direct(question: str) -> str:
    """A question typed in an indirect question's order (after a preamble, or not), in the order a direct one has,
    for the readers of 'when did', 'who was', 'what is': 'When Kazakhstan ratified the CRPD?' -> 'When did Kazakhstan
    ratified the CRPD?' (the readers match the verb by its stem; 'In what year ...' alike); 'When the law was
    adopted?' -> 'When was the law adopted?'; 'Who the country rapporteur was?' -> 'Who was the country rapporteur?'.
    A question already direct is left as it is.

    >>> direct("When Kazakhstan ratified the CRPD?"), direct("When the law was adopted?"), direct("Who the rapporteur was?")
    ('When did Kazakhstan ratified the CRPD?', 'When was the law adopted?', 'Who was the rapporteur?')
    >>> direct("When did it end?"), direct("Who chairs the Committee?"), direct("When the Committee asked X, what did the State do?")
    ('When did it end?', 'Who chairs the Committee?', 'When the Committee asked X, what did the State do?')
    >>> direct("When Kazakhstan ratified the CRPD, according to the Committee?")
    'When did Kazakhstan ratified the CRPD, according to the Committee?'
    >>> direct("In what year Kazakhstan ratified the CRPD?"), direct("When and where did CERD meet?")
    ('In what year did Kazakhstan ratified the CRPD?', 'When and where did CERD meet?')
    """
    if m := re.match(rf"^({_WHEN}) (?!{_ASKS}\b|and\b|or\b)(?:(?!,\s*(?:what|how|which|who|when|where|why|{_ASKS})\b)[^;?])*\?$",
                     question, re.I):
        when, rest = m.group(1), question[len(m.group(1)) + 1:]
        if m := re.match(rf"^(.*?)\b({_AUX}) (.*)$", rest):
            return f"{when} {m.group(2)} {m.group(1)}{m.group(3)}"
        return f"{when} did {rest}"
    if m := re.match(rf"^(Who|What) (?!{_ASKS}\b)([^,;?]*?) ({_AUX})\?$", question):
        return f"{m.group(1)} {m.group(3)} {m.group(2)}?"
    return question

