"""Document text -> list[Paragraph], numbered as the document numbers them. Pure: reads no files.

The documents come as PDF-extracted text (hard-wrapped, page furniture), Word exports (footnote markup,
'21.This'), web transcripts (several paragraphs run on in one line) and markdown. `pages.clean` removes the
furniture; `numbering` finds the paragraph numbers (the longest run N, N+1, N+2 ... among line starts and
sentence starts); `classify` names each line; `split` assembles units:

>>> [p.paragraph for p in split_text("1. One.\\n  Topic\\n2. It recommends:\\n(a) Do x;\\n(b) Do y.\\n3. Three.", "D")]
['1', '2', '2 (a)', '2 (b)', '3']
>>> [p.paragraph for p in split_text("Title 7. One rights.6 Two. 8. It asks: (a) Do x; and (b) Do y. 9. Three.", "D")]
['7', '8', '8 (a)', '8 (b)', '9']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .numbering import ROMANS, explode
from .pages import clean
from .records import Document, Paragraph

PARSER_VERSION = "5"
__all__ = ["PARSER_VERSION", "classify", "clean", "split", "split_text"]

# --- line classes ------------------------------------------------------------------------
_PARA = re.compile(r"^\s*(\d{1,4})(?:\.(?!\d)|:(?=\s+[A-Z]))\s*(.*)$")
_DOTTED = re.compile(r"^\s*(\d{1,3})\.(\d{1,3})\.?\s+(\S.*)$")  # UPR recommendation '118.1 Ratify ...'
_SUB = re.compile(r"^\s*\(([a-z]|[ivx]{1,5})\)\s*(\S.*)$")
_BULLET = re.compile(r"^\s*[-\u2022\u25cf\u25aa]\s+(\S.*)$")
_MD_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*\S)\s*$")
_BOLD_LINE = re.compile(r"^\s*\*{2,3}([^*].*?)\*{2,3}:?\s*$")
_REC_HEADING = re.compile(r"^Recommendations?\s*:?$", re.I)
_REC_INLINE = re.compile(r"^\s*Recommendations?\s*:\s*(\S.{20,})$")
_ISSUE = re.compile(r"^\s*Issue\s*:\s*(\S.*)$")
_ROMAN = re.compile(r"^\s*([IVX]{1,5})\.\s*([A-Z].*)$")
_LETTER_SECTION = re.compile(r"^\s*([A-H])[.)]\s*([A-Z].{2,80})$")
_STRONG_L1 = re.compile(r"^(Articles?\s+\d[\w ,and]*(?: of the Covenant)?|Other recommendations|Follow-up information relating to .*)$")
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

    >>> classify("  Gender wage gap ", True).kind, classify("25. While noting", True).num, classify("A.Introduction", True).text
    ('heading', '25', 'A. Introduction')
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
        return Line("sub", _tidy(m.group(2)), num=m.group(1), indented=indented, full=s)
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
        return Line("heading", s, 2, full=s)
    return Line("text", s, indented=indented)


def _plain_heading(s: str) -> bool:
    """A short unpunctuated line that may be a heading: 'Trade union rights', '1-2: Ratification' (not 'Covenant.12',
    not '(art. 8)')."""
    s = re.sub(r"^\d{1,3}\s*[\u2013-]\s*\d{1,3}:\s*", "", s.strip())
    return (2 < len(s) <= 160 and s[0].isupper() and not s.endswith(_ENDS + (":", "-", "\u2013"))
            and not re.search(r"[.;:,]\d{1,3}$|\d$", s) and len(s.split()) <= 20)


# --- assembly ----------------------------------------------------------------------------
@dataclass
class _Unit:
    label: str
    kind: str
    headings: tuple[str, ...]
    parts: list[str] = field(default_factory=list)
    parent: str | None = None
    token: str = ""  # 'b' for '11 (b)': where its own text starts inside its parent

    def add(self, text: str, sep: str) -> None:
        if not self.parts:
            self.parts.append(text)
            return
        prev = self.parts[-1]
        if sep == " " and re.search(r"[A-Za-z]-$", prev):
            sep = ""  # 'non-' / 'governmental' -> 'non-governmental'
        if text[:1] in ".,;:)]":
            sep = ""
            self.parts[-1] = prev.rstrip()
        self.parts.append(sep + text)

    @property
    def text(self) -> str:
        return re.sub(r" {2,}", " ", "".join(self.parts)).strip()


def _hard_wrapped(lines: list[str]) -> bool:
    """PDF text keeps the page's line breaks: many lines run on into a lower-case next line."""
    body = [l.strip() for l in lines if l.strip()]
    runs_on = sum(b[:1].islower() for b in body[1:])
    return len(body) > 1 and runs_on > 0.2 * len(body)


class _Assembler:
    """Walks classified lines once, keeping the heading path and the units being written."""

    def __init__(self, numbered: bool, wrapped: bool):
        self.numbered, self.wrapped = numbered, wrapped
        self.heads: dict[int, str] = {}
        self.units: list[_Unit] = []
        self.cur: _Unit | None = None
        self.open: list[_Unit] = []  # the paragraph, its lettered and its roman item being written
        self.blank = False
        self.letter = self.roman = ""
        self.minor = 0
        self.section_no = 0
        self.counters: dict[tuple[int, str], int] = {}

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(self.heads[k] for k in sorted(self.heads))

    def heading(self, line: Line) -> None:
        if line.level == 0:
            return
        if line.level == 1:
            self.section_no += 1
        self.heads = {k: v for k, v in self.heads.items() if k < line.level}
        self.heads[line.level] = line.text
        self.cur = None
        self.open = []

    def start(self, label: str, kind: str, text: str, parent: str | None = None, token: str = "") -> None:
        self.cur = _Unit(label, kind, self.path, [text], parent, token)
        self.units.append(self.cur)

    def sep(self, line: Line) -> str:
        """How a continuation line joins: a list item keeps its line; a wrapped or cut line does not."""
        if self.wrapped or self.blank:
            return " "
        if re.match(r"\((?:\d{1,2}|[a-z])\)\s", line.body):
            return "\n"
        return " " if line.indented or line.body[:1].islower() else "\n"

    def ordinal(self, what: str) -> int:
        key = (self.section_no, what)
        self.counters[key] = self.counters.get(key, 0) + 1
        return self.counters[key]

    def section_tag(self) -> str:
        head = self.heads.get(1, "")
        m = re.match(r"([IVX]+)\.", head)
        if self.numbered:
            return f"sec. {m.group(1)}" if m else f"sec. {self.section_no}"
        return f"issue {self.section_no}" if self.section_no else "intro"

    def under_recommendations(self) -> bool:
        return bool(_REC_HEADING.match(self.heads.get(2, "")))

    def item(self, line: Line) -> bool:
        """'(b)' after '(a)', '(ii)' after '(i)', '118.2' after '118.1': a new subparagraph unit."""
        if not self.open:
            return False
        para = self.open[0]
        if line.kind == "dotted":
            major, minor = map(int, line.num.split("."))
            if major != int(para.label) or minor != self.minor + 1:
                return False
            self.minor = minor
            para.add(line.body, "\n")
            self.open = [para]
            self.start(line.num, "subparagraph", line.body, para.label, line.num)
            self.open.append(self.cur)
            return True
        t = line.num
        next_letter = chr(ord(self.letter) + 1) if self.letter else "a"
        next_roman = ROMANS[ROMANS.index(self.roman) + 1] if self.roman else "i"
        is_letter, is_roman = t == next_letter, t == next_roman
        if is_letter and is_roman:  # '(i)' after '(h)': a letter, unless '(h)' opened a list of its own
            is_letter = not (len(self.open) > 1 and self.open[-1].text.endswith(":"))
            is_roman = not is_letter
        if not (is_letter or is_roman):
            return False
        own = f"({t}) {line.text}"
        if is_letter:
            self.letter, self.roman = t, ""
            owner = para
        else:
            self.roman = t
            owner = next((u for u in self.open[1:] if u.token == self.letter), para) if self.letter else para
        keep = self.open[: self.open.index(owner) + 1]
        for u in keep:
            u.add(own, "\n")
        self.start(f"{owner.label} ({t})", "subparagraph", own, owner.label, t)
        self.open = keep + [self.cur]
        return True

    def feed(self, line: Line, start: bool) -> None:
        if line.kind == "blank":
            self.blank = True
            return
        if line.kind == "heading":
            self.heading(line)
        elif line.kind == "para" and start:
            self.letter = self.roman = ""
            self.minor = 0
            self.start(line.num, "paragraph", line.text)
            self.open = [self.cur]
        elif line.kind in ("sub", "dotted") and self.numbered and self.item(line):
            pass
        elif line.kind in ("bullet", "rec_inline") and (line.kind == "rec_inline" or self.under_recommendations()):
            if line.text[:1].islower() and self.cur is not None and self.cur.kind == "recommendation":
                self.cur.add(line.text, " ")  # a bullet cut in two by a footnote block
            else:
                self.start(f"{self.section_tag()}, rec. {self.ordinal('rec')}", "recommendation", line.text)
        elif not self.numbered and line.kind == "text" and not line.indented and _starts_sentence(line.text):
            if not self.section_no and not self.units and len(line.text.split()) < 25 and not line.text.endswith((".", "!", "?", ";", ":")):
                self.cur = None  # the title block of an unnumbered document: short unpunctuated lines before its first paragraph
                return
            self.start(f"{self.section_tag()}, para. {self.ordinal('para')}", "paragraph", line.text)
        elif self.cur is not None:
            sep = self.sep(line)
            for u in self.open if self.cur in self.open else [self.cur]:
                u.add(line.body, sep)
        self.blank = False


def _starts_sentence(s: str) -> bool:
    return s[:1].isupper() or s[:1].isdigit() or s[:1] in "\u201c\"'"


def _headings_checked(lines: list[str], starts: list[bool], numbered: bool) -> list[Line]:
    """Classify every line; in a numbered document a plain short line is a heading only when a numbered
    paragraph (or another heading) follows it, so that a short wrapped line stays text."""
    out: list[Line] = []
    seen = False
    for raw, start in zip(lines, starts):
        seen = seen or (start and numbered)
        out.append(classify(raw, after_first=seen or not numbered))
    if not numbered:
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
        nxt = "para" if out[i].kind == "para" else out[i].kind
    return out


def _closed(out: list[Line], i: int, title_block: bool = False) -> bool:
    """The line before ends a sentence, a heading, a list item or (in the title block) a short title line, so line i
    does not continue it."""
    prev = next((l for l in reversed(out[:i]) if l.kind != "blank"), None)
    if prev is None or prev.kind == "heading" or re.search(r"[.;:!?)\]\u201d\"*]\W{0,2}\d{0,3}$", prev.body):
        return True
    return title_block and len(prev.body) <= 60 and not re.search(r"\b(?:of|the|and|on|to|in|for|a|an|with|by|or|from)$", prev.body, re.I)


def _unnumbered_headings(out: list[Line]) -> list[Line]:
    """Without numbers, a short unpunctuated line just before a long paragraph is its heading ('Introduction')."""
    for i, line in enumerate(out):
        nxt = next((l for l in out[i + 1:] if l.kind != "blank"), None)
        if (line.kind == "text" and not line.indented and nxt is not None and nxt.kind == "text" and _plain_heading(line.text)
                and len(nxt.text.split()) >= 25 and nxt.text[:1].isupper()
                and _closed(out, i, not any(l.kind == "text" and len(l.text.split()) >= 25 for l in out[:i]))):
            out[i] = Line("heading", line.text, 2)
    return out


def split_text(text: str, symbol: str, doc_id: str = "") -> list[Paragraph]:
    """Document text -> its citable units, in document order."""
    lines, starts, numbered = explode(clean(text))
    asm = _Assembler(numbered, _hard_wrapped(lines))
    for line, start in zip(_headings_checked(lines, starts, numbered), starts):
        asm.feed(line, start)
    out: list[Paragraph] = []
    by_label = {u.label: u for u in asm.units}
    for unit in asm.units:
        body = unit.text
        if unit.kind == "subparagraph":
            body = _context(by_label, unit) + "\n" + body
        out.append(Paragraph(doc_id or symbol, symbol, unit.label, body, unit.headings, len(out), unit.kind, unit.parent))
    return out


def _context(by_label: dict[str, _Unit], unit: _Unit) -> str:
    """'11 (b)' -> 'The Committee recommends that the State party:' (the text of its parents before their first item)."""
    heads = []
    while unit.parent and (parent := by_label.get(unit.parent)) is not None:
        first = next((u.token for u in by_label.values() if u.parent == parent.label), unit.token)
        mark = f"\n{first} " if parent.kind == "paragraph" and "." in first else f"\n({first}) "
        heads.append(parent.text.split(mark, 1)[0].strip())
        unit = parent
    return "\n".join(reversed(heads))


def split(doc: Document) -> list[Paragraph]:
    return split_text(doc.text, doc.cite_as, doc.doc_id)
