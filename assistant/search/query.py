"""What a question says beyond its topic: the documents, paragraphs and voices it names, and what it asks for.

Nothing here names a particular document: the words that name a document come from its catalog entry or from
what `formats.detect` found (`aliases`, `country`, `author`), so a user's own corpus gets the same help.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..ingest.places import countries_by_demonym, countries_named, country_key
from ..records import Paragraph

YEAR = re.compile(r"(?<![\d,.])(1[89]\d\d|20\d\d)(?!\d|,\d{3}\b)")  # 'in 1992,2 states': a footnote marker, not 1,992,2..
_PARA_REF = re.compile(r"\bpara(?:graph)?s?\.?\s*(\d{1,4})(?:\s*\(?([a-z])\))?", re.I)
_WORDING_Q = re.compile(r"\bwhat (?:does|did) (?:the )?para(?:graph)?s?\.?\s*\d+[^?]{0,40}?\b(?:say|state|read|contain)\b|"
                        r"\b(?:text|wording) of (?:the )?para(?:graph)?|"
                        # nothing but the reference: 'Para. 41?', 'Show me paragraph 11 (b) of the concluding observations'
                        r"^\W*(?:please\s+)?(?:(?:show|give|quote|read|display|print)(?:\s+me)?\s+)?(?:the\s+)?"
                        r"para(?:graph)?s?\.?\s*\d{1,4}(?:\s*\(?[a-z]\))?(?:\s+(?:of|in|from)\s+[^?]{1,60}?)?[\s?.!]*$", re.I)
_CITED = re.compile(r"\bpara(?:graph)?s?\.?\s*(\d+)\b")  # in a heading: the paragraph it answers, when _ANSWERS says so
_ANSWERS = re.compile(r"\(|\b(?:relating to|regarding|concerning|in (?:reply|response) to|follow-up (?:to|on))\s+$", re.I)
_RECOMMENDATION_REF = re.compile(r"\brecommendations?\s+(?:(?:in|of|at|under)\s+)?para(?:graph)?s?\.?\s*\d|"
                                 r"\b(?:follow-up|information|repl(?:y|ies)|response|answer)\s+(?:on|to|relating to|regarding|"
                                 r"concerning|about)\s+(?:the\s+Committee\W?s\s+)?(?:recommendations?\s+(?:in\s+)?)?"
                                 r"para(?:graph)?s?\.?\s*\d", re.I)

_VOICE_WORDS = {  # words that say whose words the question is after, in any corpus
    "committee": r"Committee|CESCR|CCPR|CEDAW|CRC|CERD|CRPD|CMW|concluding observations|(?-i:COs)|treaty body|"
                 r"(?:the )?(?:UN|United Nations)(?:'s)? (?:body|experts?|committee)|the (?:(?:19|20)\d\d )?(?:UN|United Nations)\b(?!\s+(?:Convention|Declaration|Charter|Covenant|Guiding|Principles|Protocol|e-Government|Global|Standard|Office|Development|Special|Working)|(?:\s+[\w-]+,?){1,5}?\s+(?:treaty|treaties|convention|covenant)\b)",
    "state": r"State|Government|authorities|periodic report|(?<!guidelines on )follow-up(?!\s+(?:procedure|to\s+(?:its\s+|the\s+)?Views)\b)|the report|(?-i:FU) report",
    # not the Committee's 'guidelines on follow-up to Views' nor its 'follow-up procedure'

    "ngo": r"NGOs?|civil society|shadow report|alternative report|submission|"
           r"(?:local|civil society|advocacy|campaign) (?:groups|organi[sz]ations)|campaigners",
}

_UNITS = r"(?:initial|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
ORDINAL = (rf"(?:{_UNITS}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
           rf"(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)(?:ieth|y-{_UNITS}))")  # 'third', 'twenty-first', 'seventieth'
_BODIES = ("CESCR", "CCPR", "CEDAW", "CRC", "CAT", "CERD", "CRPD", "CMW", "CED", "UN", "UPR", "OHCHR", "Covenant", "Convention")
_FOLLOW_UP = re.compile(r"^\s*(and|but|also|what about|how about|and what|what else|why|so)\b|\b(it|its|they|them|their|this|that|these|those|there|reply|replied|answer|answered|respond|responded)\b", re.I)
_TRACK_Q = re.compile(r"\b(?:recommend|urge[sd]?\b|complain(?:s|ed)?\s+(?:about|of)\b|call(?:s|ed)? (?:on|upon|for)\b|ask(?:s|ed)? (?:for|(?:the \w+|\w+) to)\b|"
                      r"want(?:s|ed)?\b)", re.I)  # what the Committee asked: 'the regional gaps the Committee wanted closed'
_FIGURE_ASKED = re.compile(r"\s*(?:how\s+(?:many|much)|what\s+(?:share|percentage|proportion|number)\b)", re.I)
_DONE = re.compile(r"\b(?:is|are|was|were|has|have|had)\s+(?:being\s+|been\s+)?done\b", re.I)  # 'What is being done about ...?': by the State
_SINCE_CHANGED = re.compile(r"\bsince\s+then\b|\bstill\s+(?:exists?|in\s+force|the\s+case|applies|apply|stands?)\b|"
                            r"\b(?:has|have)\s+(?:the\s+[\w-]+\s+|it\s+|that\s+|anything\s+)?(?:actually\s+|really\s+)?changed\b", re.I)
_REPLY_Q = re.compile(r"\b(State|Government|authorities|reply|replied|answer|respond|did|done|do|implement\w*|happen\w*|follow\w*|action|measures|steps)\b", re.I)
_RECOMMEND_Q = re.compile(r"\b(recommend\w*|urge[sd]?|(?:ask(?:s|ed)?|tell|tells|told) (?:the \w+|\w+)(?: in \d{4})? to|call(?:s|ed)? (?:on|upon)|should|request\w*|"
                          r"(?:asked|pushed|pressed) (?:for\b|(?:the \w+|\w+) to)|ask(?:s|ed|ing)? that|(?:did|does|do) (?:the \w+|\w+) ask for\b|call(?:s|ed)? for|call to|"
                          r"(?:was|were|been) (?:\w+ )?(?:asked|told|urged) to|"
                          r"advice|advis(?:e|ed|es)|suggest(?:s|ed|ing|ions?)?|want(?:s|ed)?|"
                          r"(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\btheir )propos(?:e|es|ed|als?))\b", re.I)  # not 'the proposed law'


_NGOS_AS_THINGS = (re.compile(r"(?:how many|number of|register(?:ed|ing)?(?:\s+as)?|registration of|for|(?<!according )to|run by|get)\s+(?:an?\s+|the\s+)?$", re.I),
                   re.compile(r"\s+(?:registration|registered|crisis|operat\w+|sector|funding|activit\w+|law|centres?|shelters?)\b", re.I))


def _ngos_as_things(question: str, m: re.Match) -> bool:
    """Does this 'NGO' of the question name the organisations it asks about, not whose words it asks for ('How long
    does it take to get an NGO registered?', 'How many NGOs operate ...?', 'NGO crisis centres')?"""
    before, after = _NGOS_AS_THINGS
    return bool(re.fullmatch(r"NGOs?", m.group(0), re.I)) and bool(before.search(question[:m.start()]) or after.match(question, m.end()))


_RELATIVE_BEFORE = re.compile(r"(?<!\band)(?<!\bor)(?<!\bbut)(?<![,;:])(?<=\w)\s+(?:that|which|whom)\s+(?:the\s+)?$", re.I)  # after a noun, not 'Which ...?


def _voice_as_actor(question: str, m: re.Match) -> bool:
    """Is this voice the doer in a clause that describes the thing asked about ('the federation that the authorities
    shut down'), not whose words the question asks for ('the law that the Committee criticised' still asks the
    Committee's words: a saying verb follows)?

    >>> _voice_as_actor("Which government decision approved it?", re.search("government", "Which government decision approved it?"))
    False
    >>> q = "How long was the head of the union that the authorities shut down jailed for?"
    >>> _voice_as_actor(q, re.search("authorities", q)), _voice_as_actor("the law that the Government said it passed", re.search("Government", "the law that the Government said it passed"))
    (True, False)
    >>> q = "What is the date of the observations that the report responds to?"
    >>> _voice_as_actor(q, re.search("the report", q))
    False
    """
    after = re.match(rf"\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+)?(?:{SAID_VERBS}|{_ANSWERING})\b", question[m.end():], re.I)
    return bool(_RELATIVE_BEFORE.search(question[:m.start()])) and not after


_STATE_SAYS = re.compile(r"(?:['\u2019]s?\s+(?:(?:government|authorities|delegation)\s+)?(?:repl(?:y|ies)|response|answers?)\b|"
                         r"\s+(?:has\s+|had\s+|have\s+)?(?:say|said|says|state|states|stated|report|reports|reported|tell|tells|told|"
                         r"claim|claims|claimed|explain|explains|explained|describe|describes|described|mention|mentions|mentioned|"
                         r"answer|answers|answered|repl(?:y|ies|ied)|respond|responds|responded|write|writes|wrote)\b)", re.I)  # after a
# country the corpus is about: 'did Kazakhstan say', 'Kazakhstan's reply', not 'did Kazakhstan give' nor 'ask Kazakhstan to'


_KIND_ASKED = re.compile(r"\b(?:which|what)\s+$", re.I)  # 'which government office': the kind of thing asked for
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,2}$", re.I)  # narrower than
# named_as_source on purpose: 'The Committee noted X. Which government decision ...?' keeps the State's voice (two answers)
_SENT_TO = re.compile(r"\b(?:reports?|submitted|submission|sent|presented|replies|reply|answers?|responses?|respond(?:s|ed|ing)?|repl(?:ied|ying)|answer(?:ed|ing))\s+(?:[\w'\u2019-]+\s+){0,2}?to\s+(?:the\s+)?(?:(?-i:(?:[A-Z][\w-]*\s+){0,3})|(?:UN\s+)?(?:[a-z][\w'\u2019-]*,?\s+){1,5}?(?:rights|torture|discrimination)\s+)$", re.I)
# '... replies to the Human Rights Committee', 'report to the economic, social and cultural rights committee': the name's
# first words before the voice's word


def reports_of(question: str) -> list[str]:
    """The States whose report, replies, review or dialogue a question names: the documents on them are the ones meant.

    >>> reports_of("Under which symbol were New Zealand's written replies to the list of issues cited?")
    ['New Zealand']
    >>> reports_of("What did Kyrgyzstan's latest periodic report say?"), reports_of("How many migrants come from Kyrgyzstan?")
    (['Kyrgyzstan'], [])
    """
    return [c for c in countries_named(question) if re.search(
        rf"\b{re.escape(c)}['\u2019]s?\s+(?:[\w-]+\s+){{0,3}}?(?:reports?|repl(?:y|ies)|review|dialogue|list of issues|concluding observations)\b",
        question, re.I)]


def _voice_as_recipient(question: str, m: re.Match) -> bool:
    """Is this voice only where a document went ('Japan's sixth report to CEDAW', 'the replies sent to the Committee')
    or what a body talked about ('the dialogue on Kazakhstan's report'), not whose words the question asks for
    ('according to the Committee' still asks them)?

    >>> q = "According to the NGO network, which office wrote Japan's sixth report to CEDAW?"
    >>> _voice_as_recipient(q, re.search("CEDAW", q)), _voice_as_recipient(q, re.search("NGO", q))
    (True, False)
    >>> q = "On which dates did CESCR hold the dialogue on Kazakhstan's second periodic report?"
    >>> _voice_as_recipient(q, re.search("periodic report", q))  # what was talked about
    True
    >>> q = "In Turkmenistan's 2022 replies to the Human Rights Committee, which agency is named?"
    >>> _voice_as_recipient(q, re.search("Committee", q))
    True
    >>> q = "How many chapters does the alternative report to the economic, social and cultural rights committee contain?"
    >>> _voice_as_recipient(q, re.search("committee", q))
    True
    >>> q = "What time span does Peru's fifth CESCR report cover?"
    >>> _voice_as_recipient(q, re.search("CESCR", q))
    True
    >>> q = "What did the State tell the Committee about the housing bill?"
    >>> _voice_as_recipient(q, re.search("Committee", q))
    True
    >>> q = "When did Australia's last constructive dialogue with the Committee against Torture take place?"
    >>> _voice_as_recipient(q, re.search("Committee", q))  # whom it talked with
    True
    """
    before = question[:m.start()]
    return bool(_SENT_TO.search(before) or _EXAMINED.search(before) or _TOLD.search(before) or _SESSION_OF.search(before)
                or _OWNER_BEFORE.search(before) and _REPORT_AFTER.match(question, m.end()))


_OWNER_BEFORE = re.compile(r"\b[A-Z][\w-]*['\u2019]s\s+(?:[\w-]+\s+){0,2}$")  # "Peru's fifth CESCR report": the report
_REPORT_AFTER = re.compile(r"\s+(?:periodic\s+|state\s+|national\s+)?reports?\b", re.I)  # Peru sent to CESCR, not CESCR's words


_SESSION_OF = re.compile(r"\b(?:sessions?|meetings?)\s+of\s+(?:the\s+)?$", re.I)  # 'at which session of the Committee were the
# observations given, according to the report?': when it met, not the Committee's words


_TOLD = re.compile(r"\b(?:tell|tells|told|inform|informs|informed|assure|assures|assured)\s+(?:the\s+)?$", re.I)  # 'What did the
# State tell the Committee about ...?': the State's words, told to the Committee


_ADDRESSED = re.compile(r"\b(?:want\w*|ask\w*|urg\w*|call\w*\s+(?:on|upon)|request\w*|encourag\w*|tell|told|press\w*)\s+(?:the\s+)?$", re.I)


def _voice_as_addressee(question: str, m: re.Match) -> bool:
    """Is this voice only whom another asked to act ('What did FIDH want the authorities to do about ...?'), not whose
    words the question asks for?

    >>> q = "What did FIDH want the authorities to do about data on child domestic workers?"
    >>> _voice_as_addressee(q, re.search("authorities", q)), _voice_as_addressee("What did the authorities do?", re.search("authorities", "What did the authorities do?"))
    (True, False)
    """
    return bool(_ADDRESSED.search(question[:m.start()]) and re.match(r"\s+to\b", question[m.end():]))


_EXAMINED = re.compile(r"\b(?:(?:dialogue|discussion|consideration|examination|review)\s+(?:on|of)|(?:consider|examin|review|discuss)\w*|"
                       r"(?:dialogue|meeting|talks)\s+with)"
                       r"\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}$", re.I)  # 'the dialogue on Kazakhstan's second
# periodic report', 'when did CESCR examine Kazakhstan's report?': the report is what was talked about, not whose words are asked


_ANSWERING = r"(?:respond|responds|responded|responding|repl(?:y|ies|ied|ying)|answer(?:s|ed|ing)?|address(?:es|ed|ing)?|refer(?:s|red|ring)?|discuss(?:es|ed)?|cover(?:s|ed)?)"


_KIND_SHORT = {"concluding observations": ("COs",), "list of issues": ("LOI", "LOIs"), "follow-up": ("FU report", "FUR", "interim report")}
# researchers' short forms ('para. 49 (b) of the COs', 'the FU report'; a follow-up report is the 'interim' one between two
# periodic reports); 'CO' and 'FU' alone, two letters, name too much


def aliases_of(doc: dict) -> list[str]:
    """The phrases that name a document in a question: its catalog aliases, its symbol, its kind and, for a report, its
    year ('the 2024 report').

    >>> aliases_of({"cite_as": "E/C.12/KAZ/3", "kind": "state report", "date": "2024-05-30"})
    ['E/C.12/KAZ/3', 'state report', '2024 report']
    >>> aliases_of({"cite_as": "E/C.12/KAZ/CO/2", "kind": "concluding observations"})
    ['E/C.12/KAZ/CO/2', 'concluding observations', 'COs']
    """
    out = list(doc.get("aliases") or [])
    for key in ("cite_as", "symbol"):
        if doc.get(key):
            out.append(doc[key])
    if doc.get("kind") and doc["kind"] not in ("other", "ngo report"):
        out += [doc["kind"], *_KIND_SHORT.get(doc["kind"], ())]
    year = re.match(r"(1[89]\d\d|20\d\d)\b", str(doc.get("date") or ""))
    if year and "report" in str(doc.get("kind") or ""):
        out.append(f"{year.group(1)} report")  # 'the 2024 report'
    return list(dict.fromkeys(a for a in out if a and len(a) >= 3))


def _phrase(words: list[str]) -> re.Pattern | None:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I) if words else None


def years(question: str) -> list[str]:
    """The years a question names, in order.

    >>> years("How many pensioners were there as at 1 January 2020, and in 2021?")
    ['2020', '2021']
    """
    return list(dict.fromkeys(YEAR.findall(question)))


_DOC_WORDS = (r"(?:State |national |periodic |initial |second |third |fourth |fifth |shadow |parallel |alternative |follow-up |NGO )*"
              r"(?:report|concluding observations|observations|follow-up|review|list of issues|replies|reply|submission|"
              r"letter|dialogue|session|recommendations?|mission|findings|summary records?|visit|meeting|"
              r"(?:universal )?periodic review|UPR)")
_TO_YEAR = r"(?:\s*[-\u2013/]\s*(?:1[89]\d\d|20\d\d|\d\d))?"  # the end of a period: '2008-2009', '2008-09'
_DOC_YEAR = re.compile(rf"\b(1[89]\d\d|20\d\d){_TO_YEAR}(?:'s)?\s+(?:[\w-]+\s+){{0,2}}?{_DOC_WORDS}|"  # 'its 2018 list-of-issues submission'
                       rf"{_DOC_WORDS}\s+(?:of|in|from|dated)\s+(?:(?:early|late|mid)[\s-]+)?(1[89]\d\d|20\d\d){_TO_YEAR}|"  # 'its review in early 2021'
                       rf"{_DOC_WORDS}\s+(?:[\w-]+\s+){{0,3}}?(?:sent|submitted|published|issued)\s+in\s+(1[89]\d\d|20\d\d)\b|"  # 'the follow-up the government sent in 2021'
                       r"\baccording\s+to\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:Committee|State|[Gg]overnment|report|FIDH|NGOs?|coalition|submission)"
                       r"\s+in\s+(?:1[89]\d\d|20\d\d)\b|"  # 'according to the UN Committee in 2019': when it wrote
                       r"\b(?:Committee|CESCR|Rapporteur|Government|State)['\u2019]s\s+(?:1[89]\d\d|20\d\d)\b|"  # 'Reporting back on the Committee's 2019 call ...'
                       r"\bas\s+(?:described|presented|explained|told|reported|put)\s+to\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,6}?in\s+(?:1[89]\d\d|20\d\d)\b|"  # 'as
                       # described to CEDAW in 1999': when it was told
                       r"\bas\s+(?:welcomed|noted|praised|commended|acknowledged|criticized|criticised|regretted)\s+by\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}?in\s+"
                       r"(?:1[89]\d\d|20\d\d)\b|"  # 'as welcomed by the Human Rights Committee in 2014': when it wrote
                       r"\b(?:concerns?|recommendations?|observations?|questions?|criticisms?)\s+(?:raised|expressed|voiced|made|issued|put)\s+by\s+"
                       r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}?in\s+(?:1[89]\d\d|20\d\d)\b|"  # 'according to concerns raised by the women's
                       # committee in 2007': when they were raised
                       r"\b(?:say|said|says|write|wrote|answer|answered|reply|replied|report|reported|concerned(?=\s+about\s+in)|recommended|urged)"
                       r"(?:\s+(?:about|on|of)\s+(?:it|this|that|them|these|those)|(?<=concerned)\s+about)?\s+in\s+(?:1[89]\d\d|20\d\d)"
                       r"(?:\s*,?\s*(?:and|or)\s+(?:in\s+)?(?:1[89]\d\d|20\d\d))?\b", re.I)  # 'what did it say in 2021 and in 2024?'


_SPAN_TO = r"\b(?:years?|decades?|months)\s+(?:up\s+)?(?:to|until|through|ending(?:\s+in)?)\s+(1[89]\d\d|20\d\d)\b"  # 'the ten years to 2020'
PERIOD = re.compile(r"\b(?:between|from|for)\s+(?:\w+\s+)?(1[89]\d\d|20\d\d)\s+(?:and|to|until|up\s+to|till|through)\s+(?:\w+\s+)?(1[89]\d\d|20\d\d)\b|"
                    r"\b(?:improv|ris|rose|fall|fell|gr[eo]w|chang|increas|decreas|declin|drop)\w*\s+(?:[\w-]+\s+){0,3}?by\s+(1[89]\d\d|20\d\d)\b|"
                    + _SPAN_TO + "|"
                    r"\b(1[89]\d\d|20\d\d)\s*(?:[-\u2013\u2014]|\s(?:to|until|through)\s)\s*(1[89]\d\d|20\d\d)\b", re.I)  # 'in 2019-2023': the period; a
# question's period (range_years) and a paragraph's (evidence.figure_for_year: no figure for the year that ends it)


_NOW = re.compile(r"\b(?:now|currently|today|at present|these days|so far|since then|to date)\b", re.I)  # how things stand
_PREMISE = re.compile(r"^\s*(?:Since|After|Following|With|Under|Given|Despite|Once|Now that|Before|Until|Prior to|"
                      r"When(?!\s+(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|should)\b))\s+(?!\d)(?!(?:when|what|which|how|who|where)\b)"
                      r"(?:[^,?]*\s){2,}[^,?]*,")  # not 'Since when has it been a party to the Covenant on Economic, Social ...?': it asks


_STATED = re.compile(r"^(?:[^?]*?[a-z\d)](?<!\bM[rs])(?<!\bMrs)(?<!\bDr)[.;!]\s+)+(?=[A-Z\u201c\"'])")  # the sentences before the one that asks
_ASKS_ON = re.compile(r"^(?:[^?]*?[a-z\d)](?:;|\s+[\u2013\u2014])\s+)(?=(?:who|what|which|when|where|how|in what|in which)\b)")  # '...; who has
# been appointed?', '... enough staff — how many does it have now?'
QUESTION_WORDS = (r"who|whom|whose|what|which|when|where|why|how|in what|in which|did|does|do|has|have|had|is|are|was|were|can|"
                  r"could|will|would|should")  # the words a question opens with
_ASKS_FIRST = re.compile(rf"^\s*(?:{QUESTION_WORDS})\b", re.I)


@lru_cache(maxsize=1024)  # asked of one question by several stages of its answer
def premise(question: str) -> str:
    """What a question tells before it asks, to set the scene: the sentences before the one that asks ('Kazakhstan
    ratified the disability convention in 2015. How many ...?') or an opening clause ('Since the Social Code took effect
    in July 2023, how many ...?'); '' when it only asks.

    >>> premise("The Committee raised strikes in its first review. In 2019, what did it ask?")
    'The Committee raised strikes in its first review. '
    >>> premise("After the May 2020 labour law, do unions still have to join?"), premise("What did art. 5 say? And art. 6?")
    ('After the May 2020 labour law,', '')
    >>> premise("Was Ms. Kharkova sentenced in 2017?"), premise("When did it ratify the CRPD, and when the Protocol?")
    ('', '')
    >>> premise("Since when has Mauritius been a party to the Covenant on Economic, Social and Cultural Rights?")
    ''
    >>> premise("When the Act was amended in May 2020, how much longer did unions get?")
    'When the Act was amended in May 2020,'
    >>> premise("The NGOs asked for a rapporteur; who was appointed?"), premise("What did it ask for; what was done?")
    ('The NGOs asked for a rapporteur; ', '')
    >>> premise("The Committee said the Office could not hire enough staff — how many does it have now?")
    'The Committee said the Office could not hire enough staff — '
    >>> premise("I track trafficking. The NGO gives figures for 2012; how many victims were there in 2015?")
    'I track trafficking. The NGO gives figures for 2012; '
    """
    m = _STATED.match(question) or _PREMISE.match(question) or not _ASKS_FIRST.match(question) and _ASKS_ON.match(question)
    told = m.group(0) if m and "?" not in m.group(0) else ""
    rest = question[len(told):]
    if told and checks_what_was_told(rest):
        return ""  # 'My draft says the Committee objected to the list. Can you confirm that?': the claim is what is asked
    if told and not _ASKS_FIRST.match(rest) and (more := _ASKS_ON.match(rest)) and "?" not in more.group(0):
        told += more.group(0)  # 'I'm tracking X. The NGO gives figures for 2012; how many ...?': both sentences tell
    return told


_CHECKS_TOLD = re.compile(
    r"^\s*(?:(?:where|(?:in\s+)?which\s+(?:paragraph|document|part|passage|page|section|report))\b[^?]{0,60}?\b(?:say|said|says|"
    r"state|states|stated|raise|raises|raised|mention|mentions|mentioned|write|writes|wrote|put|puts|make|makes|made|appear|appears)"
    r"\b[^?]{0,30}|(?:is|was|are|were)\s+(?:that|this|it|these|those|they)\s+(?:really\s+)?(?:true|right|correct|accurate|so|"
    r"said|mentioned|stated|there|in\s+(?:the|their|its|any)\b)[^?]{0,60}|(?:can|could|would)\s+you\s+(?:please\s+)?(?:confirm|verify|"
    r"check|show|find|point|quote|cite)\b[^?]{0,80}|(?:does|do|did)\s+(?:it|they|the\s+[\w\s'\u2019-]{1,40}?|any\s+document|[A-Z][\w-]+)\s+"
    r"(?:really\s+)?(?:say|state|confirm|back|support|bear)\s+(?:that|this|it|so|out|up|both)\b[^?]{0,40})\?\s*$", re.I)
_UPDATE = re.compile(r"\b(?:still|now|changed?|since|today|currently|any\s+longer|anymore|later|after(?:wards)?)\b", re.I)
_ASKS_MORE = re.compile(r"\b(?:would|will|plans?|how|when|who|which\s+(?:year|law|body))\b", re.I)  # 'Where did it say it would build them?'


_TOLD_SAYING = re.compile(r"^\s*(?:[\w'\u2019-]+\s+){1,6}?(?:called|urged|asked|said|says|recommended|recommends|noted|reported|claimed|"
                          r"complained|wrote|stated|argued|criticized|criticised|demanded|pressed)\b[^,]*[.;]\s*$")


_REFERS_BACK = re.compile(r"\b(?:it|its|that|this|these|those|they|them)\b", re.I)  # 'Which article was it?': the told one's


def checks_what_was_told(asked: str) -> bool:
    """Does the part that asks only ask where, or whether, the documents say what the question told before it
    ('Where does it say that?', 'Is that in the submission?', 'Can you confirm both halves of that sentence?')?
    Then what was told is what is asked, not the scene. Not a question of what has happened since ('Is that still
    true?').

    >>> checks_what_was_told("Where does FIDH raise this?"), checks_what_was_told("Is that in the submission?")
    (True, True)
    >>> checks_what_was_told("Can you show me both statements?"), checks_what_was_told("Is that still the case?")
    (True, False)
    >>> checks_what_was_told("How many staff does it have?"), checks_what_was_told("Where did the State say it would build them?")
    (False, False)
    """
    return bool(_CHECKS_TOLD.match(asked)) and not _UPDATE.search(asked) and not _ASKS_MORE.search(asked.split(" ", 1)[-1])


_ASKER = re.compile(r"^(?:(?:\s*(?:I|I'm|I\u2019m|I've|I\u2019ve|We|We're|We\u2019re|My|Our)\b[^.?!;:]*(?:[.!;:]|\?(?=\s+[^?]+\?\s*$))\s+)+"
                    rf"(?=[A-Z]|(?:{QUESTION_WORDS})\b)|"  # '...; what was', '... nationally: how many'
                    r"\s*(?:For|Ahead of|Before)\s+(?:a|an|my|our|the|this|next\s+week's)\s+[^.?!;:,]{0,60}?\b(?:briefing|meeting|story|report|"
                    r"paper|project|article|workshop|note|presentation|thesis|essay|class|lecture|blog|podcast|campaign|memo|"
                    r"interview|training|seminar|hearing|debate)s?\b[^.?!;:,]{0,40}[:,]\s+(?=[A-Za-z]))")  # 'For an NGO budget meeting: '


_DONE_VERB = r"(?:sign|ratif|join|acced|adopt|pass|approv|implement|enforc|apply|appli)\w*"
_DONE_TO_IT = re.compile(rf"\b{_DONE_VERB}\s+(?:it|this|that|them)\b|\b(?:it|this|that|they)\s+(?:(?:has|have|had|was|were|is|are|been|ever|yet)\s+){{0,2}}{_DONE_VERB}", re.I)
# a thing the asker named before, asked of: 'I read about the Istanbul Convention. Has Kazakhstan signed it?'


def asker_lead_in(question: str) -> str:
    """The sentences in which the asker says who they are or what they are doing ('I'm preparing a briefing on harm
    reduction.'), before the question: about the asker, not a part of what is asked.

    >>> asker_lead_in("I'm preparing a briefing on harm reduction. How many people got therapy?")
    "I'm preparing a briefing on harm reduction. "
    >>> asker_lead_in("I'm compiling trends for a briefing; what was it in 2023?")
    "I'm compiling trends for a briefing; "
    >>> asker_lead_in("I run a shelter and want to know how we compare: how many centres are there?")
    'I run a shelter and want to know how we compare: '
    >>> asker_lead_in("The Committee asked for a law. What did the State do?")
    ''
    >>> asker_lead_in("For an NGO budget meeting: the Committee asked for more. What did the State do?")
    'For an NGO budget meeting: '
    >>> asker_lead_in("For children with disabilities, what did the Committee recommend?")
    ''
    >>> asker_lead_in("My visa expired. I want to go home - will they fine me? Until what date was it forgiven?")
    'My visa expired. I want to go home - will they fine me? '
    >>> asker_lead_in("I am 58 - can I retire?")
    ''
    """
    m = _ASKER.match(question)
    return m.group(0) if m else ""


def without_story(question: str) -> str:
    """The question less the asker's lead-in (asker_lead_in), whose numbers and names are not what is asked ('I'm 64
    and retired. What is the minimum pension?'), unless what follows asks of a thing it named.

    >>> without_story("I'm 64 and retired. What is the minimum pension?")
    'What is the minimum pension?'
    >>> without_story("I read about the Istanbul Convention. Has Kazakhstan signed it?")
    'I read about the Istanbul Convention. Has Kazakhstan signed it?'
    """
    rest = question[len(asker_lead_in(question)):]
    return question if _DONE_TO_IT.search(rest) else rest


def whereabouts(question: str) -> list[str]:
    """The places where the asker says they are or work ('I run a shelter in Almaty', 'a clinic near Taldykorgan'):
    about the asker, not what is asked; a place the question itself names stays asked.

    >>> whereabouts("I teach at a village school near Kyzylorda and in North Kazakhstan. How many children moved?")
    ['Kyzylorda', 'North Kazakhstan']
    >>> whereabouts("I'm preparing a briefing on Convention No. 189. Has it been ratified?")
    []
    """
    return re.findall(r"\b(?:in|near|at|from|outside|around)\s+((?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)*)", asker_lead_in(question))


def asked_part(question: str) -> str:
    """The question less what it tells first (`premise`): the part that asks.

    >>> asked_part("The Committee raised strikes in its first review. In 2019, what did it ask?")
    'In 2019, what did it ask?'
    """
    return question[len(premise(question)):]


def premise_years(question: str) -> list[str]:
    """The years of what a question tells to set the scene (`premise`): context the answering paragraph need not
    repeat. Not a year that bounds the time asked ('Since 2015, how many ...?').

    >>> premise_years("Since the Social Code took effect in July 2023, how many pensioners can withdraw their savings?")
    ['2023']
    >>> premise_years("Since 2015, how many women have been elected?"), premise_years("How many, after the 2019 review?")
    ([], [])
    >>> premise_years("Kazakhstan ratified the disability convention in 2015. How many persons with disabilities are there?")
    ['2015']
    """
    return YEAR.findall(premise(question))


def range_years(question: str) -> list[str]:
    """The years that bound a period the question asks about: a change over it, not a figure for each.

    >>> range_years("By how many times did spending grow between 2010 and 2020?"), range_years("How many in 2019 and 2020?")
    (['2010', '2020'], [])
    >>> range_years("By how much did spending grow over the ten years to 2020?")
    ['2020']
    >>> range_years("How many court rulings cited the Covenant in 2019\u20132023?")
    ['2019', '2023']
    >>> range_years("How many rulings did it count for 2019 to 2023?"), range_years("How much has its score improved by 2023?")
    (['2019', '2023'], ['2023'])
    >>> range_years("How many decisions cited it over the 2019 to 2023 period?")
    ['2019', '2023']
    >>> range_years("By how many times had spending grown compared with 2010?"), range_years("How many before the 2021 changes?")
    (['2010'], ['2021'])
    """
    return [y for m in PERIOD.finditer(question) for y in m.groups() if y] + [y for m in _BASE_YEAR.finditer(question) for y in m.groups() if y]


def naming_years(question: str) -> list[str]:
    """The years that are part of the name of an act or a plan the question names ('Which 2020 act replaced ...?', 'the
    national plan for persons with disabilities up to 2025'): no year a figure is asked for.

    >>> naming_years("Which 2020 act replaced the word, and how many had the status by 2023?")
    ['2020']
    >>> naming_years("How many measures does the national plan for persons with disabilities up to 2025 contain?")
    ['2025']
    >>> naming_years("How many people did the plan help in 2021?"), naming_years("How many were counted in the 2021 census?")
    ([], [])
    """
    return [y for m in _NAMING_YEAR.finditer(question) for y in m.groups() if y]


PLANS = r"(?:plan|programme|program|strategy|policy|concept|road ?map|agenda)"  # what a plan is called (here, answer/kinds.py)
_NAMING_YEAR = re.compile(rf"\b(1[89]\d\d|20\d\d)\s+(?:[\w-]+\s+)?(?:act|law|code|decree|{PLANS})\b|"  # 'the 2020 act'
                          rf"\b{PLANS}\b(?:\s+(?!in\b|by\b|since\b|during\b)[\w'\u2019-]+){{0,8}}?\s+(?:up\s+to|until|till|through)\s+(?:the\s+year\s+)?"
                          r"(1[89]\d\d|20\d\d)\b", re.I)  # 'the plan ... up to 2025': the plan's name


_BASE_YEAR = re.compile(r"\b(?:compared\s+(?:with|to)|relative\s+to)\s+(?:the\s+level\s+(?:of|in)\s+)?(1[89]\d\d|20\d\d)\b|"
                        r"\b(?:before|prior\s+to|until)\s+(?:the\s+|its\s+)?(1[89]\d\d|20\d\d)\s+(?=[a-z])", re.I)  # what a
# growth asked is measured from ('by how many times ... compared with 2010?'), the event that ends the time asked ('before the
# 2021 changes to the Labour Code'), in a question; in a paragraph, 'compared with 2018' gives the year of a figure


def span_end_years(question: str) -> list[str]:
    """The years that end a span counted back from them ('over the ten years up to 2020'): a text may say 'the past 10
    years' without the year.

    >>> span_end_years("By what factor did spending grow over the ten years up to 2020?"), span_end_years("How many in 2020?")
    (['2020'], [])
    """
    return re.findall(_SPAN_TO, question, re.I)


def event_years(question: str) -> list[str]:
    """The years a question asks about, less those that only name a document ('the 2024 State report').

    >>> event_years("How many NGOs were registered in 2019, according to the 2024 State report?")
    ['2019']
    >>> event_years("Up to what date is the follow-up in the 2008-2009 annual report updated?")
    []
    >>> event_years("In its 2018 list-of-issues submission, how many migrants does FIDH say were deported in 2017?")
    ['2017']
    >>> event_years("Has it passed the law? What did it say in 2021 and in 2024?")  # the years of what it wrote
    []
    >>> event_years("What did Kazakhstan say about it in 2021?"), event_years("How many did it report were jobless in 2021?")
    ([], ['2021'])
    >>> event_years("In the follow-up the government sent in 2021, by how much had spending grown?")
    []
    >>> event_years("How much shorter did the list get, according to the UN Committee in 2019?")
    []
    >>> event_years("What gap in the law on housing was the Committee concerned about in 2003?")  # when it wrote
    []
    >>> event_years("How many submissions did OHCHR summarize for Nauru's universal periodic review in early 2021?")
    []
    >>> event_years("Reporting back on the Committee's 2019 call to use the maximum resources, what share went on social needs in 2020?")
    ['2020']
    >>> event_years("How many ministries make up China's National Committee, as described to CEDAW in 1999?")
    []
    >>> event_years("How many regimes governed marriage in Kenya, according to concerns raised by the women's committee in 2007?")
    []
    >>> event_years("By how much did Georgia raise the age of criminal responsibility, as welcomed by the Committee in 2014?")
    []
    """
    return list(_event_years(question))


@lru_cache(maxsize=1024)  # asked of one question by several stages of its answer
def _event_years(question: str) -> tuple[str, ...]:
    named = {y for m in _DOC_YEAR.finditer(question) for y in YEAR.findall(m.group(0))}  # '2008-2009 annual report': both
    return tuple(y for y in years(question) if y not in named)


def states_by_demonym(question: str) -> list[str]:
    """The States a question names by their people's word before their delegation, government or authorities ('the
    British delegation': the United Kingdom), not the people or things of a country ('Tajik workers').

    >>> states_by_demonym("What raised the quality of the dialogue with the British delegation?"), states_by_demonym("How many Tajik workers?")
    (['United Kingdom'], [])
    >>> states_by_demonym("Which Ugandan law did the Committee ask about?"), states_by_demonym("Which Dominican law?")
    (['Uganda'], [])
    """
    return list(dict.fromkeys(c for m in _DEMONYM_STATE.finditer(question) if len(found := countries_by_demonym(m.group(1))) == 1
                              for c in found))  # 'Dominican': Dominica's or the Dominican Republic's


_DEMONYM_STATE = re.compile(r"\b([A-Z][a-z]+)\s+(?:delegation|[Gg]overnment|authorities|State\s+party|State\s+report|laws?|legislation|"
                            r"[Cc]onstitution|courts?|[Pp]arliament|[Mm]inistry|police)\b")  # 'Which Ugandan law ...?': Uganda's


_REVIEW_YEAR = re.compile(r"\bwhen\s+(?:the\s+)?(?:UN\s+)?Committee\s+(?:last\s+|first\s+)?(?:review|examin|consider)\w*\s+(?:[\w'\u2019-]+\s+){0,3}?"
                          r"in\s+(1[89]\d\d|20\d\d)\b"
                          r"|\b(?:at|during)\s+(?:its|their|the)\s+(?:(?:first|second|third|previous|last|initial)\s+)?(?:Universal\s+Periodic\s+Review|UPR|"
                          r"review|periodic\s+review|dialogue)\s+(?:held\s+)?in\s+(?:[A-Z][a-z]+\s+)?(1[89]\d\d|20\d\d)\b", re.I)  # 'How many
# recommendations did Bhutan receive at its first Universal Periodic Review in December 2009?': 99, the review's


def review_years(question: str) -> list[str]:
    """The year of a review the question dates what it asks by ('By how much had spending fallen when the Committee
    reviewed Kazakhstan in 2019?'): the figure is the one the review gave, of whatever year.

    >>> review_years("By how much had spending fallen when the Committee reviewed Kazakhstan in 2019?"), review_years("How many cases were reviewed in 2019?")
    (['2019'], [])
    >>> review_years("How many recommendations did Bhutan receive at its first Universal Periodic Review in December 2009?")
    ['2009']
    """
    return [a or b for a, b in _REVIEW_YEAR.findall(question)]


def document_years(question: str) -> list[str]:
    """The years that only date a document ('in its 2017 review' -> ['2017'])."""
    return sorted(set(years(question)) - set(event_years(question)))


_FORMAL = {  # a treaty body's code in the documents' metadata (ingest/meta.py) -> its full names
    "CESCR": r"Committee on Economic, Social and Cultural Rights", "CCPR": r"Human Rights Committee",
    "CEDAW": r"Committee on (?:the )?Elimination of (?:All Forms of )?Discrimination against Women",
    "CRC": r"Committee on (?:the )?Rights of the Child", "CAT": r"Committee against Torture",
    "CERD": r"Committee on (?:the )?Elimination of (?:All Forms of )?Racial Discrimination",
    "CRPD": r"Committee on (?:the )?Rights of Persons with Disabilities",
    "CMW": r"Committee on (?:the )?(?:Protection of the Rights of All )?Migrant Workers(?: and Members of Their Families)?",
    "CED": r"Committee on Enforced Disappearances"}
_UN = r"(?:(?i:UN|United Nations)\s+)?"
_INFORMAL = {  # how a question may name a treaty body in plain words ('the UN women's rights committee'): read as its name
    "CESCR": r"economic,? (?:and )?social(?:,? and cultural)? rights committee|ESCR Committee", "CCPR": r"civil and political rights committee",
    "CEDAW": r"women[\u2019']?s rights committee", "CRC": r"child(?:ren[\u2019']?s)? rights committee",
    "CAT": r"(?:anti-)?torture committee", "CERD": r"(?:racial|race) discrimination committee",
    "CRPD": r"disability rights committee", "CMW": r"migrant workers[\u2019']? committee",
    "CED": r"enforced disappearances? committee"}
_COMMITTEES = {code: rf"{formal}|{_UN}(?i:{_INFORMAL[code]})" for code, formal in _FORMAL.items()}  # either way
TREATIES = {  # a treaty body's code -> its treaty's full name, which its documents call 'the Covenant' or 'the Convention'
    "CESCR": "International Covenant on Economic, Social and Cultural Rights",
    "CCPR": "International Covenant on Civil and Political Rights",
    "CEDAW": "Convention on the Elimination of All Forms of Discrimination against Women",
    "CRC": "Convention on the Rights of the Child",
    "CAT": "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
    "CERD": "International Convention on the Elimination of All Forms of Racial Discrimination",
    "CRPD": "Convention on the Rights of Persons with Disabilities",
    "CMW": "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
    "CED": "International Convention for the Protection of All Persons from Enforced Disappearance"}


_TREATY_BEFORE = re.compile(r"(?:ratif\w*|acce\w*|accession|part(?:y|ies)|sign\w*|join\w*|Protocol|under|article \d+ of)"
                            r"\s+(?:to\s+)?(?:the\s+)?$", re.I)
_TREATY_CODES = {"ICESCR": "CESCR", "ICCPR": "CCPR", "ICERD": "CERD", "ICRMW": "CMW", "ICPPED": "CED",  # a treaty's
                 "CEDAW": "CEDAW", "CRC": "CRC", "CAT": "CAT", "CRPD": "CRPD"}  # acronym -> its body's code (TREATIES)
_TREATY_ACRONYM = re.compile(r"(\bthe\s+)?\b(" + "|".join(_TREATY_CODES) + r")\b")


_TREATY_ONLY = re.compile(r"\b(?:ICESCR|ICCPR|ICERD|ICRMW|ICPPED)\b(?!\s*\()")  # acronyms no committee shares (not 'CEDAW')


_YEARS_SPAN = re.compile(r"\bwithin\s+(?:a\s+period\s+of\s+)?(one|two|three|four|five|[1-5])\s+years?\b(?!\s*\()", re.I)
_SMALL_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def with_months(question: str) -> str:
    """A deadline in years also in months, as the documents set deadlines ('within two years': 'within 24 months', the
    follow-up procedure's words); not other spans of years ('every five years' is how the documents say it).

    >>> with_months("Which recommendations must be reported on within two years?"), with_months("within 1 year"), with_months("every 5 years")
    ('Which recommendations must be reported on within two years (24 months)?', 'within 1 year (12 months)', 'every 5 years')
    """
    def months(m: re.Match) -> str:
        n = _SMALL_NUMBERS.get(m.group(1).lower()) or int(m.group(1))
        return f"{m.group(0)} ({12 * n} months)"
    return _YEARS_SPAN.sub(months, question)


def treaties_spelled_out(question: str) -> str:
    """A question with its treaties' acronyms written out, for the dense model, which reads 'ICESCR' as a few
    unrelated word pieces (cosine to the paragraph that answers 0.18 spelled short, 0.47 in full). An acronym that
    is also its committee's ('CEDAW', 'CRC') only where it names the treaty ('accede to CEDAW').

    >>> treaties_spelled_out("When did Honduras ratify the Optional Protocol to the ICESCR?")
    'When did Honduras ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights?'
    >>> treaties_spelled_out("When did it accede to CEDAW?"), treaties_spelled_out("What did CEDAW say about it?")
    ('When did it accede to the Convention on the Elimination of All Forms of Discrimination against Women?', 'What did CEDAW say about it?')
    """
    def full(m: re.Match) -> str:
        code = m.group(2)
        if not code.startswith("IC") and not _TREATY_BEFORE.search(question, 0, m.start()):
            return m.group(0)
        return (m.group(1) or "the ") + TREATIES[_TREATY_CODES[code]]
    return _TREATY_ACRONYM.sub(full, question)


def treaty_spelled_out(text: str, body: str | None) -> str:
    """A treaty body's text with its treaty's short name written out: in a CCPR document 'the Covenant' is the
    International Covenant on Civil and Political Rights ('the Convention on ...' names another treaty).

    >>> treaty_spelled_out("The Covenant came into force for the Gambia on 22 June 1979.", "CCPR")
    'The International Covenant on Civil and Political Rights came into force for the Gambia on 22 June 1979.'
    >>> treaty_spelled_out("It ratified the Convention on the Rights of the Child.", "CCPR")
    'It ratified the Convention on the Rights of the Child.'

    An acronym only a treaty has is written out in any text (a compilation's table: 'ICCPR 21 Dec. 1978').

    >>> treaty_spelled_out("ICCPR 21 Dec. 1978", "")
    'ICCPR (International Covenant on Civil and Political Rights) 21 Dec. 1978'
    """
    text = _TREATY_ONLY.sub(lambda m: f"{m.group(0)} ({TREATIES[_TREATY_CODES[m.group(0)]]})", text)  # 'ICCPR 21 Dec. 1978'
    full = TREATIES.get(body or "")
    if not full:
        return text
    short = "Covenant" if "Covenant" in full else "Convention"
    return re.sub(rf"\b([Tt]he) {short}\b(?!\s+(?:on|against|for|to|of)\b|\s+No\b)", lambda m: f"{m.group(1)} {full}", text)


_COMMITTEE = re.compile("|".join(rf"(?P<{code}>\b(?:{name})\b|\b{code}\b)" for code, name in _COMMITTEES.items()))


def bodies_named(question: str) -> set[str]:
    """The treaty bodies a question names as an author ('according to CERD', 'the Committee against Torture'), less
    acronyms that name their treaty ('ratify CEDAW', 'under the CRC').

    >>> sorted(bodies_named("What did CESCR ask Kenya after the Committee against Torture's review?"))
    ['CAT', 'CESCR']
    >>> bodies_named("When did Kazakhstan accede to CEDAW?"), bodies_named("Which CAT did the cat eat?")
    (set(), {'CAT'})
    >>> bodies_named("What worried the UN economic and social rights committee?"), bodies_named("the child rights committee")
    ({'CESCR'}, {'CRC'})
    """
    return {m.lastgroup for m in _COMMITTEE.finditer(question) if not _names_treaty(question, m)}


def _names_treaty(question: str, m: re.Match) -> bool:
    return m.group(0).isupper() and bool(_TREATY_BEFORE.search(question, 0, m.start()))


SAID_VERBS = (r"(?:say|said|says|state|states|stated|report|reports|reported|describe|describes|described|mention|mentions|"
              r"mentioned|note|notes|noted|claim|claims|claimed|argue|argues|argued|write|writes|wrote|complain|complains|"
              r"complained|explain|explains|explained|give|gives|gave|list|lists|listed|cite|cites|cited|recommend|"
              r"recommends|recommended|propose|proposes|proposed|criticise|criticize|criticised|criticized|tell|tells|told|"
              r"welcome|welcomed|observe|observed|urge|urged|ask|asked|comment|commented|conclude|concluded|regret|regretted|"
              r"express|expressed|quote|quotes|quoted)")  # what a voice does with words: 'did FIDH say', 'the report describes'
_SAID_VERB = re.compile(rf"\s+{SAID_VERBS}\b", re.I)
_SOURCE_BEFORE = re.compile(r"(?:\baccording\s+to|\bin|\bper|\bfrom|\bunder)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|"
                            r"[\w'\u2019-]+['\u2019]s?\s+)?(?:[\w-]+\s+){0,3}$", re.I)  # 'according to the NGO submission'
_HANDED_IN = re.compile(r"\b(?:hand|hands|handed|send|sent|turn|turned|submit|submitted)\s+in\s+\S+\s+(?:[\w-]+\s+){0,3}$", re.I)
_SOURCE_AFTER = re.compile(r"(?:['\u2019]s?)?(?:\s+(?!(?:about|on|of|in|to|that)\b)[\w-]+){0,2}?" + _SAID_VERB.pattern, re.I)  # 'the NGO submission says'
_ASKS_SAID = re.compile(r"\b(?:did|does|do|has|have|had)\s+(?:the\s+)?$", re.I)  # 'what did FIDH report about X'


def named_as_source(question: str, start: int, end: int) -> bool:
    """Does the document named at question[start:end] say where the answer's words are ('according to the NGO
    submission', 'in its 2021 follow-up', 'what did FIDH report', 'the replies (E/C.12/KAZ/Q/2/Add.1) say'), rather than
    what is asked about ('When was E/1990/5/Add.17 submitted?', 'to hand in its third report')?

    >>> q = "What did the replies (E/C.12/KAZ/Q/2/Add.1) say about quotas?"
    >>> named_as_source(q, q.index("("), q.index(")")), named_as_source("When was R3 submitted?", 9, 11)
    (True, False)
    """
    before, after = question[max(0, start - 60): start], question[end: end + 40].lstrip(")")
    return bool(_SOURCE_BEFORE.search(before) and not _HANDED_IN.search(before) or _SOURCE_AFTER.match(after)
                or _ASKS_SAID.search(before) and _SAID_VERB.match(after))


def names_file(name: str, doc_id: str) -> bool:
    """Does a document's file name give this name of several capitalised words, by its initials ('Human Rights
    Watch': 'ngo-hrw-cedaw-afg-2013') or its letters run together ('UNA Austin': 'faq-cedaw-unaaustin')? A user's file
    name says whose text it is when the text does not.

    >>> names_file("Human Rights Watch", "ngo-hrw-cedaw-afg-2013"), names_file("UNA Austin", "faq-cedaw-unaaustin")
    (True, True)
    >>> names_file("Human Rights Watch", "hrc-dec-14-119-som-2010"), names_file("Amnesty International", "ngo-hrw-2013")
    (False, False)
    """
    return bool(_name_keys(name) & file_parts(doc_id))


def file_parts(doc_id: str) -> set[str]:
    """'ngo-hrw-cedaw-afg-2013' -> {'ngo', 'hrw', 'cedaw', 'afg', '2013'}."""
    return set(re.split(r"[\W_]+", doc_id.lower()))


def _name_keys(name: str) -> set[str]:
    """How a file name may write a name of several capitalised words: its initials (three or more) and its letters run
    together (six or more); none for a name of one word."""
    caps = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", name) if w[0].isupper()]
    initials, squashed = "".join(w[0] for w in caps).lower(), re.sub(r"[^a-z]", "", name.lower())
    return {k for k, least in ((initials, 3), (squashed, 6)) if len(caps) >= 2 and len(k) >= least}


_NAME_RUN = re.compile(r"\b[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-Z][\w'\u2019-]*)+")  # 'Human Rights Watch'


class QuestionReader:
    """Reads questions against one corpus's documents (a list of catalog/detected metadata dicts)."""

    def __init__(self, documents: list[dict], heard=None):
        self.documents = documents
        self.heard = heard or (lambda name: False)  # a name -> do the documents' paragraphs use all its words?
        self.files = [(d, file_parts(d.get("doc_id") or d["cite_as"])) for d in documents]  # names_file's, split once
        self._filed = lru_cache(maxsize=256)(self._find_filed)  # asked by the boosts, the checks and the reader alike
        self._sources = lru_cache(maxsize=256)(self._find_sources)  # the boosts, the checks, the citations and the
        # question's vector (documents_as_source, source_phrases) ask it of the same question (~0.1 ms a call)
        self.voices_named = lru_cache(maxsize=256)(self._voices_named)  # asked ~18 times of one question (~0.03 ms a call)
        self.order = {d["cite_as"]: i for i, d in enumerate(documents)}  # catalog order, without a pass over every document
        self.by_alias: dict[str, list[dict]] = {}
        for d in documents:
            for a in aliases_of(d):
                self.by_alias.setdefault(a.lower(), []).append(d)
        self.alias = _phrase(list(self.by_alias))  # one pattern for every document's names: one pass per question
        names = {"ngo": [a for d in documents if d.get("author_kind") == "ngo" for a in d.get("aliases") or [] if a.isupper()]}
        self.voice = {kind: re.compile(rf"\b(?:{words})\b" + (f"|{_phrase(names.get(kind, [])).pattern}" if _phrase(names.get(kind, [])) else ""), re.I)
                      for kind, words in _VOICE_WORDS.items()}
        self.country = _phrase([d.get("country", "") for d in documents])
        self.doc_country = [country_key(d["country"]) if d.get("country") else "" for d in documents]
        self.country_keys = set(self.doc_country) - {""}
        self.state_countries = {k for k, d in zip(self.doc_country, documents) if k and d.get("author_kind") == "state"}  # whose
        # own words the corpus holds: 'What did Kazakhstan say?' asks for them
        self.bodies = {d.get("body") for d in documents} & set(_COMMITTEES)  # the treaty bodies whose documents these are

    def _cited_by(self, paragraphs: list[Paragraph]) -> dict[str, list[int]]:
        """Paragraph number -> rows (ascending) whose last heading says it answers it ('Recommendation regarding ...
        (para. 5)', 'Follow-up information relating to paragraph 20 of the concluding observations'), built once:
        a question naming a number looks it up instead of scanning them."""
        if getattr(self, "_cited", None) is None or self._cited[0] is not paragraphs:
            cited: dict[str, list[int]] = {}
            for i, p in enumerate(paragraphs):
                heading = p.headings[-1] if p.headings else ""
                if "para" in heading:
                    for num in dict.fromkeys(m.group(1) for m in _CITED.finditer(heading) if _ANSWERS.search(heading, 0, m.start())):
                        cited.setdefault(num, []).append(i)
            self._cited = (paragraphs, cited)
        return self._cited[1]

    def _voices_named(self, question: str) -> list[str]:
        """Author kinds a question names: 'What did the Committee recommend?' -> ['committee']; not 'ngo' for the NGOs
        it asks about (_ngos_as_things).

        >>> voices_named("How long does it take to get an NGO registered?"), voices_named("What does the NGO say about it?")
        ([], ['ngo'])
        >>> voices_named("Which groups had trouble getting registered as NGOs?"), voices_named("Local groups say it barely works. Since when?")
        ([], ['ngo'])
        >>> r = QuestionReader([{"cite_as": "x", "author_kind": "state", "country": "Kazakhstan"}])
        >>> r.voices_named("What did Kazakhstan say it changed?"), r.voices_named("By when was Kazakhstan told to report?")
        (['state'], [])
        >>> r.voices_named("Responding to the Committee's recommendation, what does the State say the code provides?")  # whom it answers
        ['state']
        >>> voices_named("beating only an administrative offence (committee concern) - is it criminalized now by the 2024 acts?")
        []
        """
        said = {kind: [m for m in rx.finditer(question) if not _ngos_as_things(question, m) and not _voice_as_actor(question, m)
                       and not _voice_as_recipient(question, m) and not _voice_as_addressee(question, m)
                       and question.count("(", 0, m.start()) <= question.count(")", 0, m.start())]  # not '(committee concern)': a note
                for kind, rx in self.voice.items()}
        if not said["state"] and self.state_countries:  # 'What did Kazakhstan say it changed?': the State's words
            said["state"] = [m for m in self.country.finditer(question) if _STATE_SAYS.match(question, m.end())
                             and country_key(m.group(0)) in self.state_countries
                             and not re.search(r"\b(?:was|were|is|are|been|being)\s+$", question[:m.start()], re.I)]  # not 'was Kazakhstan told'
        if any(_ACCORDING_TO.search(question[:m.start()]) for found in said.values() for m in found):  # a source named:
            said = {kind: [m for m in found if not _KIND_ASKED.search(question[:m.start()])] for kind, found in said.items()}
        return [kind for kind, found in said.items() if found]  # 'According to the NGOs, which government office ...?': theirs

    def voices_retold(self, question: str) -> list[str]:
        """The voices a question names only in what it tells first (`premise`), when it asks how things stand now: the
        answer is in a later voice's words, not in those it retells ('The Committee complained the Office could not
        hire enough people. How many staff does it have now?' asks for the State's figure, not the Committee's
        complaint). Not when the telling names a document, which says where to look.

        >>> r = QuestionReader([{"cite_as": "x", "author_kind": "committee"}])
        >>> r.voices_retold("The Committee said the Office lacked staff. How many staff does it have now?")
        ['committee']
        >>> r.voices_retold("The Committee said the Office lacked staff. How many staff did it have then?")
        []
        """
        told = self.voices_told_first(question)
        return told if told and _NOW.search(asked_part(question)) else []

    def voices_told_first(self, question: str) -> list[str] | None:
        """The voices named in what a question tells first (`premise`) when the part that asks names none: [] if the
        telling names none either; None when there is no telling, the asking part names a voice ('FIDH said X. What
        does the State say?': both are asked for) or the telling names a document, which says where to look ('Under
        "Other recommendations" in the third periodic report, ...').

        >>> r = QuestionReader([{"cite_as": "x", "author_kind": "committee"}, {"cite_as": "y", "author_kind": "state"}])
        >>> r.voices_told_first("The Committee said the Office lacked staff. How many staff does it have?")
        ['committee']
        >>> r.voices_told_first("The Committee said the Office lacked staff. What does the State say?")  # both asked for
        >>> r = QuestionReader([{"cite_as": "N", "author_kind": "ngo", "kind": "ngo report", "aliases": ["NGO submission"]}])
        >>> r.voices_told_first("The NGO submission urged it to ratify the protocol; when did Parliament approve the protocol?")
        ['ngo']
        """
        told, asked = premise(question), asked_part(question)
        if not told or self.voices_named(asked):
            return None
        voices = self.voices_named(told)
        if self.documents_named(told) and not (_TOLD_SAYING.search(told) and len(voices) == 1 and not _REFERS_BACK.search(asked)):
            return None  # 'The NGO submission called on it to ratify X; when did Parliament approve the protocol?': what
            # the submission said is told, not where to look (unless what is asked refers back to it: 'Which article was it?')
        return voices

    def documents_named(self, question: str) -> list[dict]:
        """Documents the question names by symbol, alias or kind ('the list of issues', 'FIDH', 'CO/2')."""
        if self.alias is None:
            return []
        found = {d["cite_as"]: d for m in self.alias.finditer(question) for d in self.by_alias.get(m.group(0).lower(), [])}
        found.update({d["cite_as"]: d for _, d in self._filed(question)})
        return sorted(found.values(), key=lambda d: self.order[d["cite_as"]]) if len(found) < 50 else list(found.values())

    def documents_as_source(self, question: str) -> list[dict]:
        """The documents the part that asks names as the one whose words it wants: 'according to the NGO submission',
        'in its 2021 follow-up', 'what did FIDH say', 'the third report says'; by an author the part names, if it names
        one. Not a document it asks about ('Which years does the third periodic report cover?', 'to hand in its third
        periodic report', 'the second periodic report' for a 'periodic report' that is the third).

        >>> r = QuestionReader([{"cite_as": "FU", "author_kind": "state", "aliases": ["follow-up"]},
        ...                     {"cite_as": "R3", "author_kind": "state", "kind": "state report", "aliases": ["periodic report"],
        ...                      "title": "Third periodic report"}])
        >>> [d["cite_as"] for d in r.documents_as_source("In its 2021 follow-up, what did the Government say about X?")]
        ['FU']
        >>> r.documents_as_source("By when was it to hand in its third periodic report?"), r.documents_as_source(
        ...     "What did the State say in its second periodic report?")
        ([], [])
        >>> [d["cite_as"] for d in r.documents_as_source("What does the third periodic report say about housing?")]
        ['R3']
        >>> r = QuestionReader([{"cite_as": "LOI", "author_kind": "committee", "kind": "list of issues", "country": "Yugoslavia"}])
        >>> r.documents_as_source("Under which symbol were New Zealand's replies to the list of issues cited?")
        []
        """
        return list({d["cite_as"]: d for _, d in self._sources(question)}.values())

    def _find_sources(self, question: str) -> list[tuple[re.Match, dict]]:
        """(where the part that asks names it, document) for each document named as the one whose words it wants."""
        asked = asked_part(question)
        if self.alias is None:
            return []
        voices = self.voices_named(asked)
        owners = {country_key(c) for c in reports_of(question)}
        elsewhere = {d["cite_as"] for d, key in zip(self.documents, self.doc_country) if owners and key and key not in owners}
        # "New Zealand's replies to the list of issues": not the list of issues on Yugoslavia (a country the question
        # names otherwise, 'migrants from Kyrgyzstan', says nothing of which document is meant)
        found = [(m, d) for m, d in self._filed(asked) if named_as_source(asked, m.start(), m.end())]  # 'according to Human
        # Rights Watch's 2013 submission': the file 'ngo-hrw-cedaw-afg-2013'
        for m in self.alias.finditer(asked):
            if not named_as_source(asked, m.start(), m.end()):
                continue
            ordinal = re.search(rf"\b({ORDINAL})\s+$", asked[max(0, m.start() - 60): m.start()], re.I)
            for d in self.by_alias.get(m.group(0).lower(), []):
                if ordinal and ordinal.group(1).lower() not in str(d.get("title") or "").lower() or d["cite_as"] in elsewhere:
                    continue  # 'the second periodic report' is not the third
                if not voices or d.get("author_kind") in voices:
                    found.append((m, d))
        return found

    def _find_filed(self, question: str) -> list[tuple[re.Match, dict]]:
        """(where, document) for each name of capitalised words the question gives that only a document's file name
        gives (names_file): no document's names hold it, and the paragraphs do not use all its words."""
        return [(m, d) for m in _NAME_RUN.finditer(question) if (keys := _name_keys(m.group(0))) and not self.alias_of(m.group(0))
                and not self.heard(m.group(0)) for d, parts in self.files if keys & parts]  # not 'Human Rights
        # Committee', which the paragraphs name, for the file 'hrc-res-19-26-2012' (a Human Rights Council resolution)

    def alias_of(self, name: str) -> bool:
        return bool(self.alias and self.alias.search(name))

    def source_phrases(self, question: str) -> list[str]:
        """The words naming the document whose words the question wants ('in its follow-up reply': 'follow-up'): the
        source boost chooses it; left in the question's vector, they drew it to the paragraphs on the follow-up
        procedure ('In accordance with the procedure on follow-up to concluding observations ...').

        >>> r = QuestionReader([{"cite_as": "FU", "author_kind": "state", "aliases": ["follow-up"]}])
        >>> r.source_phrases("What did the Committee recommend, and what did the State answer in its follow-up reply?")
        ['follow-up']
        >>> r.unnamed("What did the Committee recommend, and what did the State answer in its follow-up reply?")
        'What did the Committee recommend, and what did the State answer in its reply?'
        """
        return list(dict.fromkeys(m.group(0) for m, _ in self._sources(question)))

    def documents_elsewhere(self, question: str) -> list[dict]:
        """Documents about another country than the ones the question names ('examining Equatorial Guinea': every
        document whose own country is known and is not Equatorial Guinea); [] when it names none. For a country ISO
        3166 knows, a document's place in this list depends only on the question and that document; a name ISO does
        not know ('Examplestan') is read as a country only when some document of the corpus is about it."""
        named = countries_named(question) + states_by_demonym(question) + ([m.group(0) for m in self.country.finditer(question)] if self.country else [])
        if not named:
            return []
        keys = {country_key(n) for n in named}
        return [d for d, key in zip(self.documents, self.doc_country) if key and key not in keys]

    def naming_phrases(self, question: str) -> list[str]:
        """The words of a question that say which country or treaty body it is about (one some document is about or by),
        and the years that only date a document ('CERD's 2022 concluding observations on Brazil' -> ['CERD', 'Brazil',
        '2022']). They choose documents (country_penalty, body_penalty), so they weigh less in the lexical score: in an
        excerpt, the paragraph that names the country, the body and the review's dates is seldom the one asked for.

        >>> r = QuestionReader([{"cite_as": "CERD/C/BRA/CO/18-20", "country": "Brazil", "body": "CERD"}])
        >>> sorted(r.naming_phrases("Which treaty did Brazil ratify in 2021, according to CERD's 2022 review of France?"))
        ['2022', 'Brazil', 'CERD']
        """
        return self.countries_here(question) + [m.group(0) for m in self.bodies_here(question)] + document_years(question)

    def bodies_here(self, question: str) -> list[re.Match]:
        """Where the question names, as an author, a treaty body some document is by."""
        return [m for m in _COMMITTEE.finditer(question) if m.lastgroup in self.bodies and not _names_treaty(question, m)]

    def countries_here(self, question: str) -> list[str]:
        """The countries a question names that some document is about, as the question spells them."""
        named = countries_named(question) + states_by_demonym(question) + ([m.group(0) for m in self.country.finditer(question)] if self.country else [])
        return [n for n in dict.fromkeys(named) if country_key(n) in self.country_keys]

    def unnamed(self, question: str) -> str:
        """The question as the dense model reads it: the countries it names as 'the country' and the treaty bodies as 'the
        Committee' (those some document is about or by: another name is a real mismatch), without the years that
        only date a document, and with its treaties' acronyms written out (treaties_spelled_out). The penalties and
        weights above already choose documents by those names; left in, they drew the question's vector to the
        paragraph that names them all.

        >>> r = QuestionReader([{"cite_as": "x", "country": "Brazil", "body": "CERD"}, {"cite_as": "y", "country": "Kazakhstan", "body": "CEDAW"}])
        >>> r.unnamed("Which treaty did Brazil ratify in 2021, according to CERD's 2022 concluding observations?")
        "Which treaty did the country ratify in 2021, according to the Committee's concluding observations?"
        >>> r.unnamed("When did Kazakhstan accede to CEDAW, says the report of 2024?")
        'When did the country accede to the Convention on the Elimination of All Forms of Discrimination against Women, says the report?'
        >>> r.unnamed("Until when does CERD's 2008-2009 annual report follow States up?")
        "Until when does the Committee's annual report follow States up?"
        >>> r.unnamed("The Netherlands and Brazil: when did the CERD Committee meet?")
        'The Netherlands and the country: when did the Committee meet?'
        >>> r.unnamed("What is the capital of France, according to CESCR?")  # no document is about France, or by CESCR
        'What is the capital of France, according to CESCR?'
        """
        out = question
        for m in reversed(self.bodies_here(question)):  # 'the CRPD Committee', 'CERD's': one 'the Committee'
            start = m.start() - 4 if question[:m.start()].lower().endswith("the ") else m.start()
            end = m.end() + 10 if question[m.end():].startswith(" Committee") else m.end()
            out = out[:start] + ("The" if out[start:start + 1] == "T" else "the") + " Committee" + out[end:]
        for name in sorted(self.countries_here(question), key=len, reverse=True):
            out = re.sub(rf"(?<!\w)(?:[Tt]he )?{re.escape(name)}(?!\w)",
                         lambda m: ("The" if m.group(0).startswith("The ") else "the") + " country", out)
        for y in document_years(question):
            out = re.sub(rf"(?:\s+(?:of|in|from|dated))?\s+(?:\d{{4}}\s*[-\u2013/]\s*)?{y}{_TO_YEAR}\b", "", out)  # '2008-2009'
        for phrase in self.source_phrases(question):
            out = re.sub(rf"\s*(?<!\w){re.escape(phrase)}(?!\w)", "", out, count=1)  # 'in its follow-up reply': 'in its reply'
        return treaties_spelled_out(out)

    def documents_of_other_bodies(self, question: str) -> list[dict]:
        """Documents of another treaty body than the ones the question names ('according to CERD': every document of
        CESCR, CAT, ...) when some document is by one it names; documents of no treaty body (NGOs, the UPR, special
        procedures) are never among them."""
        named = bodies_named(question) & self.bodies
        return [d for d in self.documents if d.get("body") in _COMMITTEES and d["body"] not in named] if named else []

    def asks_about_follow_through(self, question: str) -> bool:
        """'What did the Committee recommend on X, and what did the State answer?'"""
        state = re.search(r"\b(State|Government|authorities)\b", question) or (self.country and self.country.search(question)) \
            or _DONE.search(question)
        since = _SINCE_CHANGED.search(asked_part(question))  # 'The UN wanted it made a crime - has the law changed since
        # then?': what the State did since
        return bool(_TRACK_Q.search(question) and (since or _REPLY_Q.search(question) and state)) \
            and not _FIGURE_ASKED.match(asked_part(question))  # 'The Committee wanted X. How many people ...?': one figure

    def named_paragraphs(self, question: str, paragraphs: list[Paragraph], rows: dict | None = None) -> tuple[list[Paragraph], bool]:
        """Paragraphs the question names ('para. 33 of the concluding observations') and whether it also names their
        document (absent.py says when a named paragraph does not exist). Without a document, the candidates are the
        Committees' paragraph N and the paragraphs written under a heading that cites it."""
        refs = [(m.group(1), m.group(2)) for m in _PARA_REF.finditer(question)]
        issue = _ISSUE_REF.search(question) if not refs else None
        if not refs and not issue:
            return [], False
        rows = rows if rows is not None else {p.key: i for i, p in enumerate(paragraphs)}
        by_key = _Lookup(paragraphs, rows)
        if issue:  # 'What problem does issue 3 of the FIDH submission deal with?': that issue's paragraphs, as the
            # citations number an unnumbered text's sections ('issue 3, para. 1'), first, in their order
            found = [by_key.get((d["cite_as"], f"issue {issue.group(1)}, {what}. {n}")) for d in self.documents_named(question)
                     for what in ("para", "rec") for n in range(1, 7)]
            found = [p for p in found if p][:6]
            return found, bool(found)
        docs = self.documents_named(question)
        if _RECOMMENDATION_REF.search(question):  # 'what did the State report on recommendation para. 15': a Committee's
            docs = [d for d in docs if d.get("author_kind") == "committee"]  # paragraph, whatever report is named
        labels = [(f"{num} ({letter.lower()})" if letter else num, num) for num, letter in refs]
        if docs:
            own = [self._written_before(question, m) for m in _PARA_REF.finditer(question)]  # 'CO/2 para. 20': that
            # document's paragraph 20, not the follow-up report's the question also names
            found = [by_key.get((d["cite_as"], label)) or by_key.get((d["cite_as"], num)) for (label, num), mine in zip(labels, own)
                     for d in (mine or docs)]
            return list(dict.fromkeys(p for p in found if p)), True
        committee = [d["cite_as"] for d in self.documents if d.get("author_kind") == "committee"]
        found = [by_key.get((sym, label)) or by_key.get((sym, num)) for sym in committee for label, num in labels]
        if _WORDING_Q.search(question) and "state" not in self.voices_named(question):  # 'what does para. 12 say?'
            found = list(dict.fromkeys(p for p in found if p))
            return found, len(found) == 1  # the paragraph itself, not the replies citing it; sure if only one has it
        cited = self._cited_by(paragraphs)
        found += [paragraphs[i] for i in sorted({i for _, num in labels for i in cited.get(num, [])})]
        return list(dict.fromkeys(p for p in found if p)), False


    def _written_before(self, question: str, ref: re.Match) -> list[dict]:
        """The documents whose name stands just before a paragraph's reference ('CO/2 para. 20', 'E/C.12/KAZ/CO/2,
        para. 23'); [] when none does."""
        before = question[max(0, ref.start() - 60): ref.start()]
        m = next((m for m in self.alias.finditer(before) if re.fullmatch(r"[\s,(]*", before[m.end():])), None) if self.alias else None
        return self.by_alias.get(m.group(0).lower(), []) if m else []


_ISSUE_REF = re.compile(r"\bissue\s+(?:no\.?\s*)?(\d{1,2})\b(?!\s*,?\s*(?:para|rec))", re.I)  # 'issue 3', not 'issue 3, para. 1'


class _Lookup:
    """(symbol, label) -> Paragraph through the retriever's row map, without a second dict over the corpus."""

    def __init__(self, paragraphs: list[Paragraph], rows: dict):
        self.paragraphs, self.rows = paragraphs, rows

    def get(self, key):
        row = self.rows.get(key)
        return None if row is None else self.paragraphs[row]


def wording_asked(question: str) -> list[str]:
    """The labels of the paragraphs whose wording a question asks for ('What does para. 11 (b) say?' -> ['11 (b)'])."""
    if not _WORDING_Q.search(question):
        return []
    return [f"{num} ({letter.lower()})" if letter else num for num, letter in _PARA_REF.findall(question)]


def without_paragraph_numbers(question: str) -> str:
    """The question without its paragraph references: 'para. 7' names a paragraph's label, not words it holds; so
    does 'issue 7' (a section as the citations number them).

    >>> without_paragraph_numbers("What does issue 7 of the FIDH submission say about para. 2?")
    'What does   of the FIDH submission say about  ?'
    """
    return _ISSUE_REF.sub(" ", _PARA_REF.sub(" ", question))


def names_a_paragraph(question: str) -> bool:
    """'What did the State report on recommendation para. 41?', 'What does issue 3 of the FIDH submission deal with?' -
    found by its number, not by what it says."""
    return bool(_PARA_REF.search(question) or _ISSUE_REF.search(question))


def asks_for_recommendation(question: str) -> bool:
    """'What did the Committee recommend on X?' / 'What should the State do about Y?' / 'the Committee's advice'.

    >>> asks_for_recommendation("What was the Committee's advice on the list of jobs?"), asks_for_recommendation("Did it suggest a law?")
    (True, True)
    >>> asks_for_recommendation("What did the Committee note about the list of jobs?")
    False
    >>> asks_for_recommendation("Did it ask the government to act?"), asks_for_recommendation("What did it tell Kazakhstan to do?")
    (True, True)
    >>> asks_for_recommendation("By what date was Kazakhstan asked to report?"), asks_for_recommendation("It told Kazakhstan in 2019 to act.")
    (True, True)
    >>> asks_for_recommendation("The Committee's suggestion for more women in top jobs?"), asks_for_recommendation("Did it go as far as suggesting a ban?")
    (True, True)
    >>> asks_for_recommendation("What did it propose for women?"), asks_for_recommendation("What is in the proposed law?")
    (True, False)
    >>> asks_for_recommendation("The Committee asked for all violence to be a crime. Has it been?"), asks_for_recommendation(
    ...     "It pushed Kazakhstan to act. Did it?"), asks_for_recommendation("Who asked about the law?")
    (True, True, False)
    >>> asks_for_recommendation("It asked that beatings be made a crime. Done?"), asks_for_recommendation("After its call to act, what changed?")
    (True, True)
    >>> asks_for_recommendation("What did the Committee ask for on court cases?"), asks_for_recommendation("What did the Committee ask about the law?")
    (True, False)
    >>> asks_for_recommendation("What did the Committee say still limits strikes, despite its earlier recommendation?")  # a past one
    False
    """
    return bool(_RECOMMEND_Q.search(_DESPITE_RECOMMENDATION.sub("", question)))


_DESPITE_RECOMMENDATION = re.compile(r"\b(?:despite|in spite of|notwithstanding)\s+(?:its|the|their|an?|(?:the\s+)?[\w-]+['\u2019]s)\s+"
                                     r"(?:(?:earlier|previous|prior|past|former|last|(?:19|20)\d\d)\s+)?recommendations?\b", re.I)  # what
# was asked before, that a concern says was not followed: the concern is asked for


_CONCERN_Q = re.compile(r"\b(why|concern(?:ed|s)?|worr(?:y|ied|ies|ying)|regret(?:s|ted)?|hear(?:d|s)?|rais(?:e|ed|es|ing)|"
                        r"not(?:e|ed|es|ic(?:e|ed))|problems?|criticis\w*|criticiz\w*|deplor\w*|alarm\w*|troubl\w*|flag(?:s|ged)?|"
                        r"(?:dis)?satisf(?:ied|action)|(?:un)?happy|(?:dis)?pleased|content\s+with|impressed)\b", re.I)  # 'Was it satisfied with X?'


def asks_about_concern(question: str) -> bool:
    """'What worried the Committee about X?' / 'Did it raise Y?' / 'What did it hear about Z?': the asking part (not
    what the question tells first) asks what was found wrong, not what should be done.

    >>> asks_about_concern("In which sectors did the Committee hear of forced labour?"), asks_about_concern("What problem did it flag?")
    (True, True)
    >>> asks_about_concern("The Committee was worried about schools. What did it recommend?")
    False
    >>> asks_about_concern("What did the Committee recommend on trade unions?"), asks_about_concern("How many jobs are closed to women?")
    (False, False)
    >>> asks_about_concern("Was the Committee satisfied with inclusive schooling for children with disabilities?")
    True
    >>> asks_about_concern("Why do NGOs think labour inspections fail?"), asks_about_concern("Why did the Committee recommend it?")  # a reason, not a remedy
    (True, False)
    """
    asked = asked_part(question)
    return bool(_CONCERN_Q.search(asked)) and not asks_for_recommendation(asked)


_RECOMMENDATION = re.compile(r"\b(recommends?|urges?|calls? (?:up)?on|encourages?|requests?|invites?|should|reiterates its recommendation)\b", re.I)


def asks_for_action(p: Paragraph) -> bool:
    """A paragraph that asks for something: 'The Committee recommends that ...', 'The State party should ...', an NGO's
    recommendation. Broader than ingest.structure.is_recommendation (the Committee's own words only): it feeds the
    ranking's recommendation boost and penalty."""
    return p.kind in ("recommendation", "subparagraph") and bool(p.parent or p.kind == "recommendation") \
        or bool(_RECOMMENDATION.search(p.text[:400])) or any(h.lower().startswith("recommendation") for h in p.headings[-1:])


def with_context(question: str, history: list[str] | None) -> str:
    """A follow-up ('and what did the State reply?', 'what about migrants?') carries the question before it.

    >>> with_context("And what did the State reply?", ["What did the Committee recommend on trade unions?"])
    'What did the Committee recommend on trade unions? And what did the State reply?'
    """
    if not history:
        return question
    words = re.findall(r"\w+", question)
    if len(words) <= 12 and _FOLLOW_UP.search(question):
        return f"{history[-1]} {question}"
    return question


_ANY_CORPUS = QuestionReader([])


def voices_named(question: str) -> list[str]:
    """Author kinds a question names in words any corpus shares: 'What did the Committee recommend?' -> ['committee'];
    'the UN' is the Committee, also with a year ('the 2019 UN review'), but not in a treaty's name ('the UN economic
    and social rights treaty').

    >>> voices_named("What share did the 2019 UN review give?"), voices_named("How often did judges cite the UN economic and social rights treaty?")
    (['committee'], [])
    >>> voices_named("According to the NGO network, which government office wrote Japan's report to CEDAW?")  # theirs; what; where it went
    ['ngo']
    >>> voices_named("Under the Human Rights Committee's guidelines on follow-up to Views, which cases are on List B?")  # its own
    ['committee']
    """
    return _ANY_CORPUS.voices_named(question)


_BODY_NAMES = re.compile(r"\b(?:Human Rights Council|Sub-?[Cc]ommittee on (?:the )?Prevention of Torture|"  # and the treaty bodies
                         r"Working Group on the Universal Periodic Review|" + "|".join(_COMMITTEES.values()) + ")")


_FILED_IN = re.compile(r"\b(?:filed|submitted|presented|sent|delivered|lodged|tabled)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?"
                       r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*")


def without_where_filed(question: str) -> str:
    """The question without where a document was handed in ('the self-assessment Kazakhstan filed in Geneva'): no place
    the answer must name or count for.

    >>> without_where_filed("How many children studied, according to the report Kazakhstan filed in Geneva?")
    'How many children studied, according to the report Kazakhstan ?'
    """
    return _FILED_IN.sub("", question)


def without_body_names(question: str) -> str:
    """The question with the bodies' full names as 'the body': 'as noted by the Committee against Torture' names
    its author, not a thing the answer must mention ('Torture').

    >>> without_body_names("as noted by the Committee against Torture"), without_body_names("Did the UN women's rights committee?")
    ('as noted by the body', 'Did the body?')
    """
    return re.sub(rf"(?:\b[Tt]he\s+)?{_BODY_NAMES.pattern}", "the body", question)


@lru_cache(maxsize=1024)  # asked of one question by several stages of its answer
def naming_words(question: str) -> frozenset[str]:
    """Words of a question that only say whose voice or which body it is about (lower case), in any corpus, and the
    bodies' full names ('human rights committee'): a paragraph need not repeat its author's name.

    >>> sorted(naming_words("When did the Human Rights Committee adopt it?") - {w.lower() for w in _BODIES})
    ['committee', 'human rights committee']
    """
    found = {m.group(0).lower() for rx in _ANY_CORPUS.voice.values() for m in rx.finditer(question)}
    return frozenset(found | {m.group(0).lower() for m in _BODY_NAMES.finditer(question)} | {w.lower() for w in _BODIES})
