"""Metadata a document states about itself: its own symbol, title, date, treaty body, kind, country, author. Pure.

The own symbol is the one printed in the header block (alone on a line, beside 'Distr.'), in the first
lines, or repeated as a running header, never one the text merely cites in parentheses:

>>> d = detect("United Nations\\nE/C.12/2011/SR.12\\nDistr.: General\\n2 May 2012\\nSummary record of the 12th meeting\\n"
...            "1. The report of Yemen (E/C.12/YEM/Q/2) and (E/C.12/YEM/Q/2/Add.1).", {}, "x")
>>> d["symbol"], d["kind"], d["body"], d["author_kind"], d["date"]
('E/C.12/2011/SR.12', 'summary record', 'CESCR', 'committee', '2012-05-02')
"""
from __future__ import annotations

import re
from datetime import datetime

from .places import countries_by_demonym, countries_named, country_in_name, country_in_symbol, country_key, known_country

_PREFIX = (r"(?:E/C\.12|E/CN\.4(?:/Sub\.2)?|(?:CCPR|CEDAW|CRC|CAT|CERD|CRPD|CMW|CED|SPT)/C|A/HRC|A/C\.3|A/RES|"
           r"A/\d{2}|E/\d{4}|HRI/(?:CORE|GEN|MC))")
SYMBOL = re.compile(rf"(?<![A-Z0-9/.]){_PREFIX}(?:/ ?[A-Z0-9](?:[A-Z0-9.\-]*[A-Z0-9])?(?![a-z]))+(?:/(?:Add|Rev|Corr)\.\d+)*")
_DOTTED = re.compile(r"^\s*(?:\S+\s+)?((?:CCPR|CEDAW|CRC|CAT|CERD|CRPD|CMW|CED)\.C(?:\.[A-Z0-9][A-Z0-9\-]*)+)\s*$", re.M)
_BODIES = [  # the body's names as documents print them; the first one found in the title block wins
    ("CESCR", r"Committee on Economic, Social and Cultural Rights|Covenant on Economic, Social and Cultural Rights|\bCESCR\b|"
              r"\barticles 1 to 15 of the Covenant|\bE/19[89]\d/[3-6]/Add\.\s?\d"),  # 1990s observations: 'the initial report of
    # Mauritius on articles 1 to 15 of the Covenant (E/1990/5/Add.21)', the Council's symbol of a report to the Committee
    ("CCPR", r"Human Rights Committee|Covenant on Civil and Political Rights"),
    ("CEDAW", r"Elimination of Discrimination\s*against Women|Elimination of A\s?ll Forms of Discrimination against Women|\bCEDAW\b"),
    ("CRC", r"Committee on the Rights of the Child|Convention on the\s+Rights of the Child"),
    ("CAT", r"Committee against Torture|Convention against Torture"),
    ("CERD", r"Elimination of Racial Discrimination|\bCERD\b"),
    ("CRPD", r"Rights of Persons with Disabilities"),
    ("CMW", r"Migrant Workers"),
    ("CED", r"Enforced Disappearance"),
    ("UPR", r"Universal Periodic Review"),
    ("SP", r"Special Rapporteur|Independent Expert|Working Group on (?!the Universal)"),
]
_BY_SYMBOL = {"E/C.12": "CESCR", "CCPR": "CCPR", "CEDAW": "CEDAW", "CRC": "CRC", "CAT": "CAT", "CERD": "CERD",
              "CRPD": "CRPD", "CMW": "CMW", "CED": "CED", "A/HRC/WG.6": "UPR"}
_VIEWS = r"\bViews under article 5|^\s*Alleged victims?:|\bDate of (?:the )?communication:|^\s*Communication No\.\s*\d{1,4}/\d{4}\s*$"  # the header of Views on a communication
_OWN_STATEMENT = re.compile(r"\bStatement\s+(?:of|by|adopted\s+by)\s+the\s+Committee\b", re.I)  # 'Statement of the Committee on
# Economic, Social and Cultural Rights' to a world conference, in its annual report's annex
_RESOLUTION = r"(?m)^\s*(?:1[89]\d\d|20\d\d|\d{1,3})\s*/\s*\d{1,3}\.\s+[A-Z]|\bresolution adopted by\b"
_KINDS = [  # (kind, title words), tried in order on the title block
    ("summary record", r"summary record(?:\s*\([^)]{1,20}\))?\W{0,3}\s*of"),  # 'Summary record (partial)** of the 1st meeting'
    ("general comment", r"\bgeneral (?:comment|recommendation) (?:No|\d)"),  # 'General Comment 12, Article 1' (a library's heading)
    ("other", _RESOLUTION),  # a resolution ('1991/77. Situation of human rights in Haiti', '50 / 2. Situation ...'): not a report of
    # the expert its preamble takes account of
    ("upr report", r"(?:report of|by) (?:the |UNHRC |HRC )?working group on the universal periodic review|summary of (?:other )?stakeholders|"
                   r"compilation (?:of|on) .{0,40}(?:United Nations|UN) information|compilation prepared by the Office"),
    ("special procedures report", r"report (?:of|by) the (?:special rapporteur|independent expert|working group on (?!the universal))"),
    ("other", _VIEWS),  # Views on a communication: the Committee's, though its header says 'Date of communication: ... (initial submission)'
    ("ngo report", r"\bNGOs?\b|shadow report|alternative report|(?<!prior to )(?<!prior to the )submission(?! of (?:the |its )?(?:\w+ ){0,4}?(?:periodic |initial )?reports?\b)|coalition|\bDPO\b|joint contribution|"
                   r"stakeholders?['\u2019]? report|prepared by (?!the )"),
    ("reply", r"\brepl(?:y|ies) (?:of|by|to)\b|\bwritten replies|information received from .{0,60} on follow-up"),
    ("list of issues", r"list of (?:issues|themes)"),  # before follow-up: 'List of issues prior to submission ...' asks 'Follow-up questions'
    ("follow-up", r"follow-up to (?:the )?concluding observations|follow-up report"),
    ("concluding observations", r"concluding (?:observations|comments)|conclusions and recommendations of the Committee"),
    ("other", r"report of the pre-?session(?:al)? working group"),  # the Committee's own working group: no State's report
    ("state report", r"national report|(?:periodic|initial|combined) reports?\b.{0,80}(?:submitted|due)|reports? (?:of|submitted by) states parties|report submitted by"),
    ("special procedures report", r"special rapporteur|independent expert|mission to|working group on (?:arbitrary detention|"
                                  r"enforced or involuntary|the use of mercenaries|business and human rights|people of african)|"
                                  r"\bspecial procedures\b|\bUN (?:human rights )?experts\b"),  # a press release: 'Press releases Special
    # Procedures', 'UAE: UN experts call for ...' (an NGO's, without those words, before)
]
_UN_HEADER = re.compile(r"United Nations|UNITED NATIONS|Distr\.|Committee on|COMMITTEE ON|Committee against|Human Rights (?:Council|Committee)|General Assembly|"
                        r"Economic and Social Council")
_AUTHOR = {"concluding observations": "committee", "list of issues": "committee", "general comment": "committee",
           "summary record": "committee", "follow-up": "committee", "reply": "state", "state report": "state",
           "ngo report": "ngo", "upr report": "other", "special procedures report": "other"}
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_PLACE = r"((?:the )?[A-Z][\w'\u2019\-]+(?:\s+(?:of|and|the|[A-Z][\w'\u2019\-]+)){0,7}?)"  # 'the United Kingdom of Great Britain and Northern Ireland'
_LINE_END = rf"\b(?:[Ii][Nn]|[Tt][Oo]) {_PLACE}\s*\n"  # a wrapped line's end: a place only when a country ('to the Human' /
# 'Rights Council')
_COUNTRY = [
    rf"(?m)^[ \t]*State\s+party\s*:[ \t]*{_PLACE}[ \t]*$",  # Views' and decisions' header: 'State party:Denmark'
    rf"(?:[Rr]eports?|[Rr]eplies)\s+(?:of|from|submitted\s+by|on)\s+{_PLACE}(?=\s*[*(,.:;\n\[]|\s+(?:under|concerning|due|submitted|as|on|in)\b|\s*$)",
    rf"(?:information received from|mission to|visit to|replies of) {_PLACE}(?=\s*[*(,.:;\n\[]|\s+(?:on|in|under)\b|\s*$)",
    _LINE_END,
]
_NOT_PLACE = re.compile(r"\b(?:Committee|Discrimination|Elimination|Rights|Working|Group|Convention|Covenant|Review|Session|"
                        r"Report|Council|Nations|Assembly|Contents|Introduction|Government|States?|Addendum|Universal|"
                        r"Periodic|General|English|Original|Distr|Annex|Paragraphs|Page|Chairperson|Agenda|Item|Observations|Comments|"
                        r"Follow|Reporting|Core|Document|International|National|Optional|Protocol|Child|Children|Women|"  # 'Protocol to the
                        r"Persons|Disabilities|Torture|Migrant|Workers|Families|Economic|Social|Cultural|Civil|Political)\b", re.I)  # International
# \nCovenant', 'COMMITTEE ON THE RIGHTS\nOF THE CHILD': words no country's name holds
_TITLE_WORDS = re.compile(r"concluding observations|periodic review|addendum|national report|list of issues", re.I)


_FIRST_PARAGRAPH = re.compile(r"^[ \t]*\d{1,3}\.[ \t]*\n?[ \t]*[A-Z]", re.M)  # '1. The Committee', or '1.' alone on its line


def own_symbol(text: str, hints: dict) -> str | None:
    """The document's own symbol: the PDF header's, one alone on a line near the top or repeated as a running
    header, or one in the first lines outside parentheses; the file-name form ('CERD.C.ISR.CO.14-16') last."""
    if hints.get("symbol"):
        return hints["symbol"]
    head = joined_symbols(text[:2500])
    alone = [m for m in SYMBOL.finditer(head) if _on_own_line(head, m) and not _cited(head, m.start())]
    end = len(head)
    if len({_tidy(m.group(0)) for m in alone}) >= 3 and (body := _FIRST_PARAGRAPH.search(head)):
        end = body.start()  # a table of other documents' symbols, one to a cell, inside the text: none is its header
        alone = [m for m in alone if m.start() < end]
    table = len({_tidy(m.group(0)) for m in alone}) >= 3  # reports and their symbols at the top of an excerpt ('Finland /
    if table:  # Fifth periodic report / E/C.12/FIN/5 / Latvia ...'): only a symbol beside a UN header is its own
        alone = [m for m in alone if _UN_HEADER.search(head[max(0, m.start() - 150): m.end() + 150])]
    if alone:
        return _tidy(alone[0].group(0))
    first = [m for m in SYMBOL.finditer(text[:min(400, end)]) if not _cited(text, m.start())]
    if first and not table:
        return _tidy(first[0].group(0))
    titled = [m for m in SYMBOL.finditer(text[:min(600, end)]) if re.search(r"\breport\s+(?:of|on|by)\b[^\n(]*\(\s*$", text[max(0, m.start() - 300):m.start()], re.I)
              and re.match(r"\s*\)", text[m.end():]) and not re.search(r"repl(?:y|ies)|follow-up|list of issues|concluding|consider|examin|review", text[max(0, m.start() - 300):m.start()], re.I)]
    if titled and not table:  # 'Situation of human rights in Colombia - Report of the United Nations High Commissioner for
        return _tidy(titled[0].group(0))  # Human Rights (A/HRC/43/3/Add.3)': a report's title gives its own symbol in brackets
    counts: dict[str, int] = {}
    for m in SYMBOL.finditer(text[:100000]):
        if _on_own_line(text, m):
            counts[_tidy(m.group(0))] = counts.get(_tidy(m.group(0)), 0) + 1
    if counts and max(counts.values()) >= 2:
        return max(counts, key=counts.get)
    if m := _DOTTED.search(text[:600]):
        return m.group(1).replace(".", "/")
    return None


_SPLIT_SYMBOL = re.compile(r"(\b[A-Z][A-Z0-9]*(?:/[A-Z0-9.\-]+)+[./])[ \t]*\n(?:[ \t]*\n)*[ \t]*([0-9][A-Z0-9.\-]*(?:/[A-Z0-9.\-]+)+)")


def joined_symbols(text: str) -> str:
    r"""A symbol a PDF's layout split over lines, joined: 'United Nations A/HRC/WG.' / '' / '6/45/NGA/3' (the header of
    A/HRC/WG.6/45/NGA/3 as the text extraction prints it).

    >>> joined_symbols("United Nations A/HRC/WG.\n\n6/45/NGA/3\nGeneral Assembly")
    'United Nations A/HRC/WG.6/45/NGA/3\nGeneral Assembly'
    >>> joined_symbols("see E/C.12/KAZ/CO/2.\n\n3. The Committee")
    'see E/C.12/KAZ/CO/2.\n\n3. The Committee'
    """
    return _SPLIT_SYMBOL.sub(r"\1\2", text)


def _tidy(symbol: str) -> str:
    return re.sub(r"\s+", "", symbol)


def _on_own_line(text: str, m: re.Match) -> bool:
    """The symbol has its line to itself, or shares it with header words ('United Nations', 'Distr.', 'page 3')."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    rest = (text[start: m.start()] + " " + text[m.end(): end if end >= 0 else len(text)]).strip(" |.\t")
    return not rest or bool(re.fullmatch(r"(?:United Nations|UNITED NATIONS|page \d+|\d{1,3}|Distr\.?:?.*|GE\.\S+)?[\s|]*", rest))


def _cited(text: str, pos: int) -> bool:
    """Inside parentheses, or after 'see': the text refers to another document."""
    before = text[max(0, pos - 200): pos]
    return before.rfind("(") > before.rfind(")") or bool(re.search(r"\b(?:see|in|and|of)\s*$", before, re.I))


_PARAGRAPH_ONE = re.compile(r"(?:^|\n|\s|(?<=[a-z]{3}))1\.(?:[ \t]{0,8}|[ \t]*\n[ \t]*)[A-Z\u201c]|(?:^|\n)1(?=[A-Z][a-z]{2,})")  # or glued to the word before,
# in a transcript that lost its line breaks: '... of theCovenant1. Please provide'; or alone on its line ('1.' / 'The Committee')


def _title_block(text: str) -> str:
    """The lines before the first numbered paragraph (at most 3,000 characters)."""
    if re.match(r"\s*\d{1,3}\.\s*[A-Z\u201c]", text):
        return ""  # a text that opens at its paragraph 1 has no title block: the words after it are the paragraph's
    m = _PARAGRAPH_ONE.search(text[:3000])
    return text[: m.start()] if m and m.start() > 40 else text[:1500]


def front_matter(text: str) -> str:
    """The words a document prints before its first numbered paragraph (its title, author, date: 'This report is
    submitted by the Equality and Human Rights Commission (EHRC) ...'), flattened, at most 800 characters; '' when it
    numbers no paragraph 1 and opens at no other number.

    >>> front_matter("Submission by the EHRC\\n\\nAbout the Commission:\\n\\n1. This report covers 12 themes.")
    'Submission by the EHRC About the Commission:'
    >>> front_matter("General comment No. 4\\nArticle 24: Right to inclusive education\\n1INTRODUCTION\\n1Historically viewed as ...")
    'General comment No. 4 Article 24: Right to inclusive education 1INTRODUCTION'
    >>> front_matter("List of issues prior to submission of the seventh periodicreport of Japan of theCovenant1. Please provide data.")
    'List of issues prior to submission of the seventh periodicreport of Japan of theCovenant'
    """
    m = _PARAGRAPH_ONE.search(text[:3000])
    block = text[: m.start()] if m else _excerpt_block(text)
    return re.sub(r"\s+", " ", block).strip()[:800]


def title_block(text: str, first: str) -> str:
    """The words a text prints before its first paragraph as split (`first`, that paragraph's text), flattened, at most
    800 characters: an unnumbered text's title block; '' when the paragraph is not found or nothing stands before it.

    >>> title_block("Alternative report\\n\\nREDRESS, UK; ACAT, France\\n\\nThis report seeks to identify problems.", "This report seeks to")
    'Alternative report REDRESS, UK; ACAT, France'
    """
    words = first.split()[:6]
    m = re.search(r"\s+".join(re.escape(w) for w in words), text) if words else None
    return re.sub(r"\s+", " ", text[: m.start()]).strip()[:800] if m else ""


def _excerpt_block(text: str) -> str:
    """In an excerpt that opens at a paragraph of another number ('159. The Committee considered ...', '15.' alone on
    its line), the lines before it; '' when the text has a paragraph 1 or opens at none."""
    if _PARAGRAPH_ONE.search(text[:3000]):
        return ""
    m = re.search(r"(?:^|\n)[ \t]*\d{1,3}\.(?:[ \t]{0,8}[A-Z\u201c]|[ \t]*\n[ \t]*[A-Z])", text[:3000])
    return text[: m.start()] if m and m.start() > 40 else ""


def detect(text: str, hints: dict, fallback_id: str) -> dict:
    """Symbol, title, date, body, kind, country and author kind, where the text says them."""
    symbol = own_symbol(text, hints)
    block = _title_block(text)
    flat = re.sub(r"\s+", " ", block)
    kind = _kind(block, symbol)
    if kind in ("other", "ngo report") and (first := _FIRST_PARAGRAPH.search(text[:3000])) and \
            _CO_OPENING.search(re.sub(r"\s+", " ", text[first.start(): first.start() + 800])):
        kind = "concluding observations"  # no title: '1. The Committee considered the third periodic report of ... and
        # adopted ... the following concluding observations.'
    speaks = _committee_speaks(text)
    if (head := _excerpt_block(text)) and (said := _kind(head, symbol)) not in ("other", "ngo report"):
        kind = said  # the excerpt's own heading ('Conclusions and recommendations ...') before words of its paragraphs
    elif head and _AUTHOR.get(kind) != "committee" and speaks:
        kind = "other"  # its paragraphs' words ('independent expert members') name no kind of a text the Committee speaks
    author = _AUTHOR.get(kind, "unknown")
    if (author == "unknown" or kind == "ngo report" and not _NGO_SAID.search(flat)) and speaks:
        kind, author = "other", "committee"  # a working group's report, an annual report's chapter: 'The Committee decided'
    elif author == "unknown" and kind == "other" and (_headed_by_committee(block) or re.search(r"/D/\d+/\d{4}$", symbol or "")
                                                      or re.search(_VIEWS, flat, re.I | re.M) or _OWN_STATEMENT.search(flat)):
        author = "committee"  # its guidelines, statements: under its own name; its Views on a communication ('CCPR/C/130/D/2500/2014')
    body = "" if kind == "other" and re.search(_RESOLUTION, block, re.I) else \
        _body(symbol, flat, kind) or _body(None, re.sub(r"\s+", " ", text[:4000]), kind) or _cited_body(text[:4000])  # a
    # Commission's or Council's resolution is no treaty body's ('the International Covenants' its preamble recalls)
    opening = _before_items(block)  # a page opening at an item of a paragraph before its first number: no words of that item
    return {"symbol": symbol, "title": _title(opening, hints, fallback_id, kind)[:200], "author_kind": author, "date": _date(text[:4000] if opening == block else opening),
            "body": body, "kind": kind, "country": _country(block, symbol, text, fallback_id),
            "aliases": comment_names(symbol, flat if kind == "general comment" or symbol else "") + ([by] if author in ("ngo", "other", "unknown") and (by := _said_author(block)) else [])}


_SUBMITTED_BY = re.compile(r"^[ \t#*]*(?i:(?:(?:joint\s+)?(?:submission|report|information|statement|contribution)\s+)?(?:submitted\s+|prepared\s+)?by:?"
                           r"[ \t]+(?:the[ \t]+)?)([A-Z][\w'\u2019&.-]*(?:[ \t]+(?:of|for|on|and|the|OF|FOR|ON|AND|THE|&|[A-Z][\w'\u2019&.()-]*)){0,9})"
                           r"[ \t*]*$", re.M)  # the name in capitals: not 'By resolution 5/1 the Council ...'


def _said_author(block: str) -> str:
    """Who a submission says it is by, on a line of its own before its first paragraph ('SUBMISSION BY THE
    AUSTRALIAN HUMAN RIGHTS COMMISSION', 'Submitted by: Human Rights Watch'), as names are written; '' if none.

    >>> _said_author("Skip to main content\\n\\nSUBMISSION BY THE AUSTRALIAN HUMAN RIGHTS COMMISSION\\n\\n27 June 2016")
    'Australian Human Rights Commission'
    >>> _said_author("Joint submission by Amnesty International and Human Rights Watch\\n"), _said_author("Adopted by the Committee at its 60th session\\n")
    ('Amnesty International and Human Rights Watch', '')
    >>> _said_author("By resolution 5/1 the Council decided\\n"), _said_author("Submitted by the Government of Chad\\n")
    ('', '')
    """
    m = _SUBMITTED_BY.search(block[:3000])
    name = m.group(1).strip() if m else ""
    if not name or re.match(r"(?:Committee|Working Group|General Assembly|Human Rights Council|Government|State)\b", name, re.I):
        return ""
    return _titlecase_capitals(name) if name.isupper() else name


_GENERAL_COMMENT = re.compile(r"^([A-Z]+)[\w./]*?/GC/(\d+)\b")


def comment_names(symbol: str | None, title: str = "") -> list[str]:
    """What questions call a general comment by its symbol: 'CRPD/C/GC/6' -> 'general comment No. 6'; CEDAW's and
    CERD's are general recommendations. With the year its title prints after its number ('GENERAL COMMENT No. 7
    (2005)', how it is cited): 'general comment No. 7 (2005)' ('its 2005 general comment' names that year, not the
    2006 of its revision's date).

    >>> comment_names("CRPD/C/GC/6"), comment_names("CEDAW/C/GC/35"), comment_names("E/C.12/GC/24"), comment_names("E/C.12/KAZ/CO/2")
    (['general comment No. 6'], ['general recommendation No. 35'], ['general comment No. 24'], [])
    >>> comment_names("CRC/C/GC/7/Rev.1", "20 September 2006 GENERAL COMMENT No. 7 (2005) Implementing child rights")
    ['general comment No. 7', 'general comment No. 7 (2005)']
    >>> comment_names(None, "Human Rights Committee, General Comment 12, Article 1 (Twenty-first session, 1984)")
    ['general comment No. 12', 'general comment 12']
    """
    m = _GENERAL_COMMENT.match(symbol or "")
    if not m:  # a library page without the symbol: the number its heading gives ('General Comment 12, Article 1')
        said = re.search(r"\bGeneral\s+(Comment|Recommendation)\s+(?:No\.?\s*)?(\d{1,3})\b", title[:400], re.I)
        return [f"general {said.group(1).lower()} No. {said.group(2)}", f"general {said.group(1).lower()} {said.group(2)}"] if said else []
    name = f"general {'recommendation' if m.group(1) in ('CEDAW', 'CERD') else 'comment'} No. {m.group(2)}"
    year = re.search(rf"\bGENERAL\s+(?:COMMENT|RECOMMENDATION)\s+No\.?\s*{m.group(2)}\s*\(((?:19|20)\d\d)\)", title, re.I)
    return [name] + ([f"{name} ({year.group(1)})"] if year else [])


_NGO_SAID = re.compile(dict(_KINDS)["ngo report"], re.I)
_CO_OPENING = re.compile(r"^\d{1,3}\.\s*(?:The\s+)?Committee\b.{0,80}?\bconsidered\b.{0,300}?\breports?\b.{0,500}?\badopted\b.{0,200}?"
                         r"\bconcluding\s+(?:observations|comments)\b", re.I)
_OPENING = re.compile(r"(?:^|\n)[ \t]*\d{1,3}\.[ \t]*\n?[ \t]*([^\n]{0,90})")
_COMMITTEE_OPENS = re.compile(r"^(?:[\w,'\u2019-]+\s+){0,6}?(?:the|its)\s+Committee\b(?!\s+(?:of|on|for)\s+(?:the\s+)?(?:National|Parliament|Senate))", re.I)


def _committee_speaks(text: str) -> bool:
    r"""Do at least three numbered paragraphs, and a third of the first 40 (in an excerpt of five or fewer, two and
    half), open with the Committee as who acts ('The Committee decided ...', 'At its sixteenth session, the Committee
    adopted ...')? A text whose kind its title does not say is then the Committee's words.

    >>> _committee_speaks("1. The Committee met.\n2. It adopted X.\n3. At its session, the Committee decided Y.\n4. The Committee ended.")
    True
    >>> _committee_speaks("1. The Government notes X.\n2. The Committee of the Senate met.\n3. We urge the Committee to act.")
    False
    """
    openings = [m.group(1) for m in _OPENING.finditer(text[:60000])][:40]
    said = sum(bool(_COMMITTEE_OPENS.match(o)) for o in openings)
    return said >= 3 and 3 * said >= len(openings) or len(openings) < 6 and said >= 2 and 2 * said >= len(openings)  # a short excerpt


_PROSE = re.compile(r"^(?=(?:\S+\s+){14,}\S)(?:.*[.;:!?][\"\u201d\u2019)]?(?:\[\d+\]|\d{1,3})?$|.*[a-z]{2}[.!?](?:\[\d+\]|\d{1,3})?\s+[A-Z])")
# a sentence of 15 words or more, ended (a footnote's mark after it), or two: no title line


def _kind(block: str, symbol: str | None) -> str:
    """The first kind whose title words the title block uses (page-bottom '* ...' notes left out); a text with no
    UN symbol and no UN header is a non-governmental report, and one with a UN symbol never is."""
    lines = [re.sub(r"^([A-Z]) (?=[a-z]{2,})", r"\1", l.strip()) for l in block.splitlines() if l.strip() and not l.lstrip().startswith("*")]  # a
    # PDF's drop capital set apart: 'L ist of issues to be taken up'
    flat = re.sub(r"[\u2010-\u2015]", "-", " ".join(lines))  # 'Follow\u2011up': a non-breaking hyphen is a hyphen
    titles = re.sub(r"[\u2010-\u2015]", "-", " \n ".join(l for l in lines if not _PROSE.match(l)))
    if kind := _symbol_kind(symbol):
        return kind
    for words in (titles, flat):  # its title lines first: a note's sentence ('No written replies are required.') names
        for kind, rx in _KINDS:  # other documents
            if kind == "ngo report" and symbol:
                continue  # a document with its own UN symbol is the UN's ('prior to submission of the ... report')
            if re.search(rx, words, re.I):
                return kind
    return "ngo report" if symbol is None and flat and not _UN_HEADER.search(flat) else "other"  # no title block: unknown


_TREATY_BODY = r"(?:E/C\.12|(?:CCPR|CEDAW|CRC|CAT|CERD|CRPD|CMW|CED)/C)"
_SYMBOL_KINDS = [  # what the parts of a UN symbol say a document is: the UN's own filing, surer than title words
    (r"/SR\.\d", "summary record"),
    (r"/RES/", "other"),  # a resolution ('A/HRC/RES/50/10', 'A/RES/37/253'): no report of the expert or body it names
    (r"/CO/[^/]+$", "concluding observations"),  # not '/CO/1/Add.1': a State's follow-up or the observations' addendum
    (r"/(?:Q|QPR|LOIPR)/[^/]+$", "list of issues"),
    (r"/(?:Q|QPR|LOIPR)/.+/Add\.\d|/RQ/", "reply"),
    (r"/GC/|/GR/", "general comment"),
    (r"^(?:E/C\.12/1|CRC/C/15|CCPR/C/79|CERD/C/304)/Add\.\d+$", "concluding observations"),  # 1990s-2000s: 'E/C.12/1/Add.57'
    (r"^HRI/CORE", "state report"),  # the core document, the first part of every State party's reports
    (rf"^{_TREATY_BODY}/[A-Z]{{3}}/\d+(?:-\d+)?$", "state report"),  # 'E/C.12/FIN/5', 'CERD/C/BRA/18-20'
    (r"^A/HRC/WG\.6/\d+/[A-Z]{3}/1$", "state report"),  # a UPR national report
    (r"^A/HRC/WG\.6/\d+/[A-Z]{3}/[23]$", "upr report"),  # the UN compilation, the stakeholders' summary
]


def _symbol_kind(symbol: str | None) -> str:
    """'CEDAW/C/SR.1405' -> 'summary record', 'E/C.12/FIN/5' -> 'state report'; '' when the symbol does not say."""
    return next((kind for rx, kind in _SYMBOL_KINDS if symbol and re.search(rx, symbol)), "")


def _body(symbol: str | None, flat: str, kind: str) -> str:
    if kind == "ngo report":
        return "NGO"
    for prefix, body in sorted(_BY_SYMBOL.items(), key=lambda kv: -len(kv[0])):
        if symbol and symbol.startswith(prefix + "/"):
            return body
    found = [(m.start(), body) for body, rx in _BODIES if (m := re.search(rx, flat))]
    if kind == "upr report" or (kind == "state report" and re.search(r"Universal Periodic Review|resolution 16/21|resolution 5/1", flat)):
        return "UPR"
    if kind == "special procedures report" or (symbol or "").startswith("E/CN.4/"):
        return "SP" if any(b == "SP" for _, b in found) or kind == "special procedures report" else (min(found)[1] if found else "")
    return min(found)[1] if found else ""


def _cited_body(text: str) -> str:
    """The body whose symbols the opening pages cite most ('(CEDAW/C/COK/2-3)' -> 'CEDAW')."""
    counts: dict[str, int] = {}
    for m in SYMBOL.finditer(text):
        for prefix, body in _BY_SYMBOL.items():
            if m.group(0).startswith(prefix + "/"):
                counts[body] = counts.get(body, 0) + 1
    return max(counts, key=counts.get) if counts else ""


def _country(block: str, symbol: str | None = None, text: str = "", name: str = "") -> str:
    """'... periodic report of France', 'Mission to Hungary', or a name alone on the line after the title; when that
    is no country ISO 3166 knows ('Practice'), or there is none, the country the symbol's code names
    ('CAT/C/NZL/CO/5'), else the one country the title block names, if only one; else the one a file named for the
    document gives by its code (`name`: 'cescr-co-tto-2002', an excerpt of paragraphs 32-35 that never names Trinidad
    and Tobago); else, in a page that names no country (an excerpt of E/C.12/1/Add.57 says only 'Honduran workers'),
    the one whose adjective the text uses (not before the file's code: 'crc-co-btn-2008' names children 'of Nepalese
    ethnic' origin and is on Bhutan)."""
    said = _said_country(block)
    if said and known_country(said):
        return said
    if coded := country_in_symbol(symbol):
        return coded
    if not said and (coded := country_in_name(name)):  # a file named for the document ('cat-decision-fra-264-2005')
        return coded  # before a country its title block happens to name (an excerpt opening in paragraph 1.2, on Tunisia)
    named = {country_key(c): c for c in countries_named(_titlecase_capitals(block))}
    if len(named) == 1:
        return next(iter(named.values()))  # 'UZBEKISTAN Joint Submission to the UPR'
    first = _FIRST_PARAGRAPH.search(text)
    if not said and first and known_country(opening := _said_country(re.sub(r"\s+", " ", text[first.start(): first.start() + 600]))):
        return opening  # a title block naming none, the first paragraph's 'considered the initial report of Ghana'
    if said or named or countries_named(text[:20000]):
        return said
    people = countries_by_demonym(text[:20000], irregular=False)  # 'Original: Spanish' names a language
    return people[0] if len(people) == 1 else ""


def _said_country(block: str) -> str:
    for rx in _COUNTRY:
        for m in re.finditer(rx, block):
            if (name := _place(m.group(1))) and (rx != _LINE_END or known_country(name)):
                return name
    lines = [l.strip(" *\t|[]") for l in block.splitlines() if l.strip()]
    for i, line in enumerate(lines):
        if _TITLE_WORDS.search(line):
            for nxt in lines[i + 1: i + 5]:
                if re.fullmatch(_PLACE, nxt) and (name := _place(nxt)):
                    return name
    return ""


def _titlecase_capitals(text: str) -> str:
    """'UZBEKISTAN Joint Submission' -> 'Uzbekistan Joint Submission': words in capitals as names are written."""
    return re.sub(r"\b[A-Z]{2}[A-Z'\u2019-]*\b", lambda m: m.group(0).title(), text)


def _place(name: str) -> str:
    name = re.sub(r"^the ", "", name.strip(), flags=re.I)
    if not name or (_NOT_PLACE.search(name) and not name.startswith("United States")) or len(name) > 52:  # the longest: the United Kingdom's
        return ""
    return name.title() if name.isupper() else name


_TITLE_START = re.compile(r"^\W*(?:Concluding|List of issues|General (?:comment|recommendation)|Draft general|Summary record|"
                          r"Report|Draft report|National report|Repl(?:y|ies)|Information received|\w+ periodic report|"
                          r"Initial report|Combined|Joint)", re.I)


_WEB_CHROME = re.compile(r"(?:skip\s+to\s+(?:main\s+)?content|jump\s+to\s+navigation|toggle\s+navigation|main\s+menu|"
                         r"download\s+(?:pdf|word|the\s+report)|you\s+are\s+here|share\s+this\s+page)\b", re.I)  # a saved web
# page's first lines


def _title(block: str, hints: dict, fallback_id: str, kind: str = "other") -> str:
    """The line that names the document ('Concluding observations on ...'), a wrapped second line joined; in a
    run-on header, the words from the title's first word to the first paragraph or note mark; not a saved web page's
    'Skip to main content'.

    >>> _title("Skip to main content\\n\\nInformation for List of Issues Prior to Reporting - Australia: Submission\\n", {}, "x")
    'Information for List of Issues Prior to Reporting - Australia: Submission'
    >>> _title("Joint NGO response to the report of the co-facilitators of the UN General\\n   Assembly\u2019s review of the system\\n", {}, "x")
    'Joint NGO response to the report of the co-facilitators of the UN General Assembly\u2019s review of the system'
    """
    if hints.get("title"):
        return hints["title"]
    lines = [re.sub(r"[#*\[\]|]", "", l).strip() for l in block.splitlines()]
    named = dict(_KINDS).get(kind, "$^")
    for line in (l for l in lines if len(l) > 300 and re.search(r"Distr\.|United Nations", l[:400])):  # a run-on header
        if m := re.search(rf"\b(?:{_TITLE_START.pattern[7:-1]}).*?(?=\s+(?:\d{{1,3}}|[IVX]{{1,4}})\.\s|\s\(|\*|$)", line):
            return m.group(0).strip()
    found = [i for i, l in enumerate(lines) if _TITLE_START.match(l) and len(l) > 12]
    for i in sorted(found, key=lambda i: not re.search(named, lines[i], re.I)):
        line = lines[i]
        for nxt in lines[i + 1: i + 3]:  # 'Concluding observations on the second periodic report of' / 'Kazakhstan'; '...
            # of the UN General' / 'Assembly’s review of the UN human rights treaty body system'
            if not (re.search(r"\b(?:of|on|the|and|to|in|for|from)$", line) and nxt[:1].isalpha() or re.search(r"\w$", line) and (
                    nxt[:1].islower() or re.match(r"[A-Z][\w-]*['\u2019]s\s", nxt))):
                break
            line = f"{line} {nxt}"
        return line.rstrip(" *")
    named = [l for l in lines if len(l) > 15 and not SYMBOL.fullmatch(l) and not _WEB_CHROME.match(l)]
    return next((l for l in named if not _COMMITTEE_LINE.fullmatch(l)), named[0] if named else fallback_id)  # under the
    # 'Human Rights Committee' it heads: 'Guidelines on the procedure for follow-up to Views'


_COMMITTEE_LINE = re.compile(r"(?:The\s+)?(?:Human Rights Committee|Committee (?:on|against) [A-Z][\w ,]+|Subcommittee on [\w ,]+)", re.I)


def _headed_by_committee(block: str) -> bool:
    r"""Does the text open with a treaty body's name alone on its line ('Human Rights Committee', then 'Guidelines on
    the procedure for follow-up to Views')? A text of no kind its title says is then the Committee's own.

    >>> _headed_by_committee("Human Rights Committee\nGuidelines on the procedure for follow-up to Views *"), _headed_by_committee("Report of Amnesty")
    (True, False)
    """
    first = next((l.strip() for l in block.splitlines() if l.strip()), "")
    return bool(_COMMITTEE_LINE.fullmatch(first))


def _before_items(block: str) -> str:
    """A page that opens at item '(c)' of a paragraph before its first number: the lines before that item, which hold
    its title and date if it has any, not the item's words."""
    m = re.search(r"(?m)^[ \t]*\(?[a-z]{1,4}\)(?:\s|$)", block)
    return block[: m.start()] if m else block


def _date(head: str) -> str:
    if m := re.search(r"\bDate:\s*([0-9]{4}) ([A-Z][a-z]{2})\b", head):  # 'Date: 2015 Apr' -> '2015-04'
        try:
            return datetime.strptime(" ".join(m.groups()), "%Y %b").strftime("%Y-%m")
        except ValueError:
            pass
    if m := re.search(r"\b(?i:date)\s*:?\s*((?:19|20)\d\d-[01]\d-[0-3]\d)\b", head):  # a saved page's ' date 2018-06-01'
        try:
            return datetime.strptime(m.group(1), "%Y-%m-%d").date().isoformat()
        except ValueError:
            pass
    for rx in (r"Distr\.?:?\s*(?:General|Restricted|Limited|GENERAL)\s+(?:\S+\s+)?([0-9]{1,2} \w+ [0-9]{4})", r"Date received:\s*([0-9]{1,2} \w+ [0-9]{4})",
               r"\[\s*([0-9]{1,2} \w+ [0-9]{4})\s*\]", r"held on ([0-9]{1,2} \w+ [0-9]{4})",
               rf"\b([0-9]{{1,2}} (?:{MONTHS}) [0-9]{{4}})\b"):
        if m := re.search(rx, head):
            try:
                return datetime.strptime(m.group(1), "%d %B %Y").date().isoformat()
            except ValueError:
                continue
    return ""
