"""Document text -> list[Paragraph], numbered as the document numbers them. Pure: reads no files.

The documents come as PDF-extracted text (hard-wrapped, page footers), Word exports
(footnote markup, bookmarks) and markdown (footnote blocks that cut paragraphs in two).
`clean` removes the furniture; `classify` names each line; `split` assembles units:

>>> [p.paragraph for p in split_text("1. One.\\n  Topic\\n2. It recommends:\\n(a) Do x;\\n(b) Do y.\\n3. Three.", "D")]
['1', '2', '2 (a)', '2 (b)', '3']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .records import Document, Paragraph

PARSER_VERSION = "4"

# --- furniture ---------------------------------------------------------------------------
_INLINE = [
    re.compile(r"\[footnoteRef:\d+\]\**"),  # Word export footnote reference (and its '*')
    re.compile(r"\[\d+:\s[^\]]*\]"),  # Word export footnote text: "[1: \t*\tThe present ...]"
    re.compile(r"\[bookmark:\s*[^\]]*\]"),
    re.compile(r"<sup>\s*\d+\s*</sup>"),  # markdown footnote marker
]
_DROP_LINE = [
    re.compile(r"^\s*\d{1,3}\s*$"),  # page number
    re.compile(r"^\s*(?:[A-Z]{1,6}/)+[A-Z0-9./\-]*\d[A-Z0-9./\-]*\s*$"),  # symbol footer: E/C.12/KAZ/CO/2
    re.compile(r"^\s*GE\.\d{2}-\d{4,}"),  # UN job number
    re.compile(r"^\s*\*{1,3}\s+\S"),  # '* Adopted by the Committee ...' page-bottom note
    re.compile(r"^\s*<sup>\s*\d+\s*</sup>"),  # markdown footnote text
    re.compile(r"^\s*(?:---+|\*\*\*+|___+)\s*$"),  # markdown rule opening a footnote block
]


def clean(text: str) -> list[str]:
    """Text -> lines with footnotes, bookmarks, page numbers and symbol footers removed.

    >>> clean("[bookmark: z1]8.\\tText[footnoteRef:2]\\n\\nE/C.12/KAZ/CO/2 \\n 5 \\n---\\n<sup>4</sup> note")
    ['8.\\tText', '']
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u2011", "-")
    lines = [line for line in text.split("\n") if not any(rx.match(line) for rx in _DROP_LINE)]
    text = "\n".join(lines)
    for rx in _INLINE:
        text = rx.sub("", text)
    return text.split("\n")


# --- line classes ------------------------------------------------------------------------
_PARA = re.compile(r"^\s*(\d{1,4})\.(?!\d)\s*(\S.*)$")
_SUB = re.compile(r"^\s*\(([a-z])\)\s+(\S.*)$")
_BULLET = re.compile(r"^\s*[-\u2022\u25cf\u25aa]\s+(\S.*)$")
_MD_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*\S)\s*$")
_BOLD_LINE = re.compile(r"^\s*\*{2,3}([^*].*?)\*{2,3}:?\s*$")
_REC_HEADING = re.compile(r"^Recommendations?\s*:?$", re.I)
_REC_INLINE = re.compile(r"^\s*Recommendations?\s*:\s*(\S.{20,})$")
_ISSUE = re.compile(r"^\s*Issue\s*:\s*(\S.*)$")
_ROMAN = re.compile(r"^\s*([IVX]{1,5})\.\s*([A-Z].*)$")
_LETTER_SECTION = re.compile(r"^\s*([A-H])\.\s+([A-Z].{2,80})$")
_STRONG_L1 = re.compile(r"^(Articles?\s+\d[\w ,and]*(?: of the Covenant)?|Other recommendations|Follow-up information relating to .*)$")
_STRONG_L2 = re.compile(r"^Recommendations?\b.{0,200}\bparas?\.\s*\d+[^()]*\)$")


@dataclass(frozen=True)
class Line:
    kind: str  # blank | para | sub | bullet | heading | rec_inline | text
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
    if _ROMAN.match(raw) and len(s) < 120 and not s.endswith((".", ";", ",")):
        return Line("heading", re.sub(r"^([IVX]+)\.(?=\S)", r"\1. ", s), 1)
    if _STRONG_L1.match(s):
        return Line("heading", s, 1)
    if _STRONG_L2.match(s):
        return Line("heading", s, 2)
    if _LETTER_SECTION.match(raw) and not s.endswith((".", ";", ",")):
        return Line("heading", s, 1)
    if after_first and indented and len(s) <= 90 and s[0].isupper() and not s.endswith((".", ";", ",", ":")):
        return Line("heading", s, 2)
    return Line("text", s, indented=indented)


# --- assembly ----------------------------------------------------------------------------
@dataclass
class _Unit:
    label: str
    kind: str
    headings: tuple[str, ...]
    parts: list[str] = field(default_factory=list)
    parent: str | None = None

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


def _is_numbered(lines: list[str]) -> bool:
    nums = [int(m.group(1)) for l in lines if (m := _PARA.match(l))]
    run, best = 0, 0
    for a, b in zip(nums, nums[1:]):
        run = run + 1 if b == a + 1 else 0
        best = max(best, run)
    return best >= 2  # three paragraphs numbered in sequence


class _Assembler:
    """Walks classified lines once, keeping the heading path and the unit being written."""

    def __init__(self, numbered: bool, wrapped: bool):
        self.numbered, self.wrapped = numbered, wrapped
        self.heads: dict[int, str] = {}
        self.units: list[_Unit] = []
        self.cur: _Unit | None = None
        self.blank = False
        self.last_num = 0
        self.last_letter = ""
        self.lead_in: _Unit | None = None
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

    def start(self, label: str, kind: str, text: str, parent: str | None = None) -> None:
        self.cur = _Unit(label, kind, self.path, [text], parent)
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

    def feed(self, line: Line) -> None:
        if line.kind == "blank":
            self.blank = True
            return
        if line.kind == "heading":
            self.heading(line)
        elif line.kind == "para" and self.numbered and int(line.num) == self.last_num + 1:
            self.last_num, self.last_letter = int(line.num), ""
            self.start(line.num, "paragraph", line.text)
            self.lead_in = self.cur
        elif line.kind == "sub" and self.numbered and self.lead_in and ord(line.num) == ord(self.last_letter or "`") + 1:
            self.last_letter = line.num
            parent = self.lead_in.label
            self.lead_in.add(f"({line.num}) {line.text}", "\n")
            self.start(f"{parent} ({line.num})", "subparagraph", f"({line.num}) {line.text}", parent)
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
            if self.cur.kind == "subparagraph" and self.lead_in is not None:
                self.lead_in.add(line.body, self.sep(line))
            self.cur.add(line.body, self.sep(line))
        self.blank = False


def _starts_sentence(s: str) -> bool:
    return s[:1].isupper() or s[:1].isdigit() or s[:1] in "\u201c\"'"


def split_text(text: str, symbol: str, doc_id: str = "") -> list[Paragraph]:
    """Document text -> its citable units, in document order."""
    lines = clean(text)
    asm = _Assembler(_is_numbered(lines), _hard_wrapped(lines))
    for raw in lines:
        asm.feed(classify(raw, after_first=asm.last_num > 0 or not asm.numbered))
    out: list[Paragraph] = []
    for unit in asm.units:
        body = unit.text
        if unit.kind == "subparagraph":
            body = _lead_in(asm.units, unit.parent) + "\n" + body
        out.append(Paragraph(doc_id or symbol, symbol, unit.label, body, unit.headings, len(out), unit.kind, unit.parent))
    return out


def _lead_in(units: list[_Unit], parent: str | None) -> str:
    """'11' -> 'The Committee recommends that the State party:' (the text before '(a)')."""
    whole = next(u.text for u in units if u.label == parent and u.kind == "paragraph")
    return whole.split("\n(a) ", 1)[0].strip()


def split(doc: Document) -> list[Paragraph]:
    return split_text(doc.text, doc.cite_as, doc.doc_id)
