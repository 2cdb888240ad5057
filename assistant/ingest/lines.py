"""One line of a document -> what it is: a numbered paragraph, an item, a heading, or text that runs on. Pure.

>>> classify("  Gender wage gap ", True).kind, classify("25. While noting", True).num, classify("A.Introduction", True).text
('heading', '25', 'A. Introduction')
>>> [l.kind for l in headings_checked(["1. One.", "Trade union rights", "2. Two", "of the State", "3. Three."], [True, False, True, False, True], True)]
['para', 'heading', 'para', 'text', 'para']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# --- line classes ------------------------------------------------------------------------
_PARA = re.compile(r"^\s*(\d{1,4})(?:\.(?!\d)|:(?=\s+[A-Z]))\s*(.*)$")
_DOTTED = re.compile(r"^\s*(\d{1,3})\.(\d{1,3})[.:]?\s+(\S.*)$")  # UPR recommendation '118.1 Ratify ...', '99.8: Ratify ...'
_SUB = re.compile(r"^\s*(\()?([a-z]|[ivx]{1,5})\)\s*(\S.*)$")  # '(a) Adopt', or 'a) the scope' as some lists of issues print it
_BULLET = re.compile(r"^\s*[-\u2022\u25cf\u25aa]\s+(\S.*)$")
_MD_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*\S)\s*$")
_BOLD_LINE = re.compile(r"^\s*\*{2,3}([^*].*?)\*{2,3}:?\s*$")
_REC_HEADING = re.compile(r"^Recommendations?\s*:?$", re.I)
_REC_INLINE = re.compile(r"^\s*Recommendations?\s*:\s*(\S.{20,})$")
_ISSUE = re.compile(r"^\s*Issue\s*:\s*(\S.*)$")
_ROMAN = re.compile(r"^\s*([IVX]{1,5})\.\s*([A-Z].*)$")
_LETTER_SECTION = re.compile(r"^\s*([A-H])[.)]\s*([A-Z].{2,80})$")
_STRONG_L1 = re.compile(r"^((?=.{0,70}$)Articles?\s+\d[\w ,and]*(?: of the Covenant)?(?<!\bof)(?<!\bwithout)(?<!\bthe)|Other recommendations|"
                        r"Follow-up information relating to .*)$")  # not a wrapped sentence: 'Article 6 of the Covenant guarantees this right
# for all human beings, without distinction of' / 'any kind, ...
_STRONG_L2 = re.compile(r"^Recommendations?\b.{0,200}\bparas?\.\s*\d+[^()]*\)$")
_ENDS = (".", ";", ",", ":")


@dataclass(frozen=True)
class Line:
    kind: str  # blank | para | dotted | sub | bullet | heading | rec_inline | text
    text: str
    level: int = 0
    num: str = ""
    indented: bool = False
    full: str = ""  # the whole tidied line, for when it turns out to be a continuation
    bare: bool = False  # an item marked 'a)', without the opening bracket: its text keeps the mark as printed

    @property
    def body(self) -> str:
        return self.full or self.text


def _tidy(s: str) -> str:
    s = re.sub(r"[ \t]+", " ", s).strip()
    return re.sub("(\\w) \u2019 (\\w)", "\\1\u2019\\2", s)  # 'women ’ s' -> 'women’s'


def _heading_title(s: str) -> str:
    return _tidy(s.replace("*", "")).rstrip(":").strip()


def _heading_level(title: str, hashes: int = 2) -> int:
    if hashes == 1:
        return 0  # '# Title' is the document's title, not a section
    return 2 if _REC_HEADING.match(title) else 1


def classify(raw: str, after_first: bool) -> Line:
    """Name one cleaned line. `after_first`: a numbered paragraph has been seen already.

    >>> classify("  Gender wage gap ", True).kind, classify("25. While noting", True).num
    ('heading', '25')
    """
    s = _tidy(raw)
    indented = raw[:1] in (" ", "\t")
    if not s:
        return Line("blank", "")
    if m := _MD_HEADING.match(raw):
        title = _heading_title(m.group(2))
        return Line("heading", title, _heading_level(title, len(m.group(1))))
    if m := _BOLD_LINE.match(raw):
        title = _heading_title(m.group(1))
        return Line("heading", title, _heading_level(title))
    if m := _PARA.match(raw):
        return Line("para", _tidy(m.group(2)), num=m.group(1), indented=indented, full=s)
    if m := _DOTTED.match(raw):
        return Line("dotted", _tidy(m.group(3)), num=f"{m.group(1)}.{m.group(2)}", indented=indented, full=s)
    if m := _SUB.match(raw):
        return Line("sub", _tidy(m.group(3)), num=m.group(2), indented=indented, full=s, bare=not m.group(1))
    if m := _BULLET.match(raw):
        return Line("bullet", _tidy(m.group(1)), indented=indented, full=s)
    if m := _ISSUE.match(raw):
        return Line("heading", _heading_title(m.group(1)), 1)
    if m := _REC_INLINE.match(raw):
        return Line("rec_inline", _tidy(m.group(1)))
    if _REC_HEADING.match(s):
        return Line("heading", _heading_title(s), 2)
    if _ROMAN.match(raw) and len(s) < 120 and not s.endswith(_ENDS):
        return Line("heading", re.sub(r"^([IVX]+)\.(?=\S)", r"\1. ", s), 1, full=s)
    if _STRONG_L1.match(s):
        return Line("heading", s, 1)
    if _STRONG_L2.match(s):
        return Line("heading", s, 2)
    if _LETTER_SECTION.match(raw) and not s.endswith(_ENDS):
        return Line("heading", re.sub(r"^([A-H])([.)])(?=\S)", r"\1\2 ", s), 1, full=s)
    if after_first and indented and len(s) <= 90 and s[0].isupper() and not s.endswith(_ENDS + (":",)):
        return Line("heading", s, 2, indented=True, full=s)
    return Line("text", s, indented=indented)


def _plain_heading(s: str) -> bool:
    """A short unpunctuated line that may be a heading: 'Trade union rights', '1-2: Ratification' (not 'Covenant.12',
    not '(art. 8)')."""
    s = re.sub(r"^\d{1,3}\s*[\u2013-]\s*\d{1,3}:\s*", "", s.strip())
    return (2 < len(s) <= 160 and s[0].isupper() and not s.endswith(_ENDS + (":", "-", "\u2013"))
            and not re.search(r"[.;:,]\d{1,3}$|\d$", s) and len(s.split()) <= 20)


def headings_checked(lines: list[str], starts: list[bool], numbered: bool) -> list[Line]:
    """Classify every line; in a numbered document a plain short line is a heading only when a numbered
    paragraph (or another heading) follows it, so that a short wrapped line stays text."""
    out: list[Line] = []
    seen = False
    for raw, start in zip(lines, starts):
        seen = seen or (start and numbered)
        out.append(classify(raw, after_first=seen or not numbered))
    if not numbered:  # an indented line that goes on with the line before ('... with the United' / '   Nations Human
        out = [Line("text", l.full, indented=l.indented) if l.kind == "heading" and l.indented and not _closed(out, i) else l
               for i, l in enumerate(out)]  # Rights system, ...'): no heading
        return _unnumbered_headings(out)
    first = next((i for i, s in enumerate(starts) if s), len(out))
    nxt = "end"
    for i in range(len(out) - 1, -1, -1):
        line = out[i]
        if line.kind == "blank":
            continue
        follows = ("para", "heading", "sub") if i < first else ("para", "heading")
        if line.kind == "heading" and line.full and nxt not in ("para", "heading", "end"):
            out[i] = Line("text", line.full, indented=line.indented)  # an indented or lettered line that runs on
        elif line.kind == "text" and nxt in follows and _plain_heading(line.text) and _closed(out, i, i < first):
            out[i] = Line("heading", line.text, 2)
        elif line.kind == "para" and not starts[i]:
            out[i] = Line("text", line.full, indented=line.indented)
        nxt = "para" if out[i].kind == "para" or out[i].kind == "dotted" and starts[i] else out[i].kind  # Views' '2.1'
    return out


def _closed(out: list[Line], i: int, title_block: bool = False) -> bool:
    """The line before ends a sentence, a heading, a list item or (in the title block) a short title line, so line i
    does not continue it."""
    prev = next((l for l in reversed(out[:i]) if l.kind != "blank"), None)
    if prev is None or prev.kind == "heading" or re.search(r"[.;:!?)\]\u201d\"*]\W{0,2}\d{0,3}$", prev.body):
        return True
    return title_block and len(prev.body) <= 60 and not re.search(r"\b(?:of|the|and|on|to|in|for|a|an|with|by|or|from)$", prev.body, re.I)


_CAPITALS = re.compile(r"(?=(?:.*[A-Z]){4})[A-Z0-9 ,'\u2019&()/-]{4,80}\??")  # 'WHY IS CEDAW IMPORTANT?', 'BACKGROUND': a heading
_ARTICLE_LINE = re.compile(r"\((?:arts?\.|articles?)\s*\d+[\w\s,.\u2013-]*\)", re.I)  # '(Article 12)' under 'Environmental Health'


def _unnumbered_headings(out: list[Line]) -> list[Line]:
    r"""Without numbers, a short unpunctuated line just before a long paragraph is its heading ('Introduction'); a
    line of the articles it is on ('(Article 12)') is part of the heading above it, not a paragraph.

    >>> long = "Arsenic occurs naturally in the groundwater and contaminates the drinking water of many millions of the rural poor, who have no other water to drink at all."
    >>> [l.kind for l in _unnumbered_headings([classify(s, True) for s in ["Environmental Health", "", "(Article 12)", "", "Arsenic", "", long]])]
    ['heading', 'blank', 'heading', 'blank', 'heading', 'blank', 'text']

    A line in capitals is a heading before a shorter paragraph too (an explainer's 'WHY IS CEDAW IMPORTANT?').

    >>> [l.kind for l in _unnumbered_headings([classify(s, True) for s in ["WHY IS IT IMPORTANT?", "", "It addresses basic rights."]])]
    ['heading', 'blank', 'text']
    """
    for i, line in enumerate(out):
        before = next((j for j in range(i - 1, -1, -1) if out[j].kind != "blank"), None)
        if line.kind == "text" and _ARTICLE_LINE.fullmatch(line.text.strip()) and before is not None and out[before].kind in ("text", "heading") \
                and _plain_heading(out[before].text) and _closed(out, before, True):
            out[before], out[i] = Line("heading", out[before].text, 2), Line("heading", line.text, 2)
    for i, line in enumerate(out):
        nxt = next((l for l in out[i + 1:] if l.kind != "blank"), None)
        if (line.kind == "text" and not line.indented and nxt is not None and nxt.kind == "text" and _plain_heading(line.text)
                and (len(nxt.text.split()) >= 25 or _CAPITALS.fullmatch(line.text)) and nxt.text[:1].isupper()
                and _closed(out, i, not any(l.kind == "text" and len(l.text.split()) >= 25 for l in out[:i]))):
            out[i] = Line("heading", line.text, 2)
    return out
