"""Document text -> list[Paragraph], numbered as the document numbers them. Pure: reads no files.

The documents come as PDF-extracted text (hard-wrapped, page furniture), Word exports (footnote markup,
'21.This'), web transcripts (several paragraphs run on in one line) and markdown. `pages.clean` removes the
furniture; `numbering` finds the paragraph numbers (the longest run N, N+1, N+2 ... among line starts and
sentence starts); `lines.classify` names each line; `split` assembles units:

>>> [p.paragraph for p in split_text("1. One.\\n  Topic\\n2. It recommends:\\n(a) Do x;\\n(b) Do y.\\n3. Three.", "D")]
['1', '2', '2 (a)', '2 (b)', '3']
>>> [p.paragraph for p in split_text("Title 7. One rights.6 Two. 8. It asks: (a) Do x; and (b) Do y. 9. Three.", "D")]
['7', '8', '8 (a)', '8 (b)', '9']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lines import _REC_HEADING, Line, classify, headings_checked
from .numbering import ROMANS, explode
from .pages import clean
from .sentences import CUT_WORDS
from ..records import Document, Paragraph

PARSER_VERSION = "38"
__all__ = ["PARSER_VERSION", "classify", "clean", "split", "split_text"]


# --- assembly ----------------------------------------------------------------------------
@dataclass
class _Unit:
    label: str
    kind: str
    headings: tuple[str, ...]
    parts: list[str] = field(default_factory=list)
    parent: str | None = None
    token: str = ""  # 'b' for '11 (b)': where its own text starts inside its parent
    bullet: bool = False  # an unnumbered text's paragraph printed as a list item ('- In paragraph 33 of ...')
    lettered: bool = False  # an unnumbered text's paragraph that a letter opens ('b. As South Africa's ...')
    quoted: bool = False  # an unnumbered text's quote of another document's paragraph, under 'Paragraph 27: Violence against women'

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


def _spaced(lines: list[str]) -> bool:
    """A transcript that sets a blank line after nearly every line, also inside a sentence: of its lines before a blank,
    one in five or more ends on a word no sentence ends on or a figure ('... (Prevention and' / '' / 'Atrocities) Act').

    >>> _spaced(["It rose under the", "", "Act of 1989 and the", "", "Code.", "", "It fell."]), _spaced(["One.", "", "Two.", "", "Three"])
    (True, False)
    """
    ends = [lines[i].strip() for i in range(len(lines) - 1) if lines[i].strip() and not lines[i + 1].strip()]
    cut = sum(bool(_CUT_AFTER.search(e) or e[-1].isdigit()) for e in ends)
    return len(ends) >= 3 and cut >= 0.2 * len(ends)


class _Assembler:
    """Walks classified lines once, keeping the heading path and the units being written."""

    def __init__(self, numbered: bool, wrapped: bool, spaced: bool = False):
        self.numbered, self.wrapped, self.spaced = numbered, wrapped, spaced
        self.heads: dict[int, str] = {}
        self.units: list[_Unit] = []
        self.cur: _Unit | None = None
        self.open: list[_Unit] = []  # the paragraph, its lettered and its roman item being written
        self.blank = False
        self.last = ""  # the line fed before, as printed
        self.letter = self.roman = ""
        self.minor = 0
        self.section_no = 0
        self.dropped = ""  # the line just taken for an unnumbered text's title block
        self.quoted = ""  # the number of the paragraph an unnumbered text's heading says it quotes next: 'Paragraph 27: ...'
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
        m = None if self.numbered else _QUOTED_PARAGRAPH.match(line.text)
        self.quoted = m.group(1) if m else ""

    def start(self, label: str, kind: str, text: str, parent: str | None = None, token: str = "") -> None:
        self.cur = _Unit(label, kind, self.path, [text], parent, token)
        self.units.append(self.cur)

    def sep(self, line: Line) -> str:
        """How a continuation line joins: a list item keeps its line; a wrapped or cut line does not."""
        if self.wrapped or self.blank:
            return " "
        if re.match(r"\((?:\d{1,2}|[a-z])\)\s", line.body):
            return "\n"
        if _CUT_AFTER.search(self.last):
            return " "  # 'The delegation of' / 'Turkmenistan was headed by': no line ends there but a page's
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

    def standing_heading(self, line: Line) -> bool:
        """In an unnumbered text, a short line standing alone between blank lines is no paragraph: before the first
        paragraph, a number opening one is the title block's ('34.a. U.S. follow-up report on torture (July 25,
        2007).'); after it, one that ends no sentence is a heading the paragraphs below stand under ('Paragraph 16',
        'Response:')."""
        text = line.body.strip()
        if len(text.split()) >= (_SHORT if not self.units or not _AGENDA_ITEM.search(text) else 25):
            return False  # an agenda item of a summary record, however long, stands as its heading: 'Consideration of reports
            # submitted by States parties under article 40 of the Covenant (continued)'
        if not self.units:
            if line.kind == "para":  # the title block's own numbers: '34.a. U.S. follow-up report ...'
                self.cur = None
            return line.kind == "para"
        if text.rstrip("\u201d\"\u2019')]").endswith((".", "!", "?", ";", ",")) or text.endswith(":") and len(text.split()) > 3:
            return False
        self.heading(Line("heading", text.rstrip(":").strip(), level=3))
        self.blank = True
        return True

    def under_recommendations(self) -> bool:
        return bool(_REC_HEADING.match(self.heads.get(2, "")))

    def item(self, line: Line) -> bool:
        """'(b)' after '(a)', '(ii)' after '(i)', '118.2' after '118.1': a new subparagraph unit."""
        if not self.open:
            return False
        para = self.open[0]
        if line.kind == "dotted":
            major, minor = map(int, line.num.split("."))
            if not para.label.isdigit() or major != int(para.label) or minor != self.minor + 1:  # '2.2' after '2.1': a paragraph of Views
                return False
            self.minor = minor
            para.add(line.body, "\n")
            self.open = [para]
            self.start(line.num, "subparagraph", line.body, para.label, line.num)
            self.open.append(self.cur)
            return True
        t = line.num
        next_letter = chr(ord(self.letter) + 1) if self.letter else "a"
        next_roman = ROMANS[ROMANS.index(self.roman) + 1] if self.roman in ROMANS[:-1] else ("" if self.roman else "i")
        is_letter, is_roman = t == next_letter, t == next_roman
        if is_letter and is_roman:  # '(i)' after '(h)': a letter, unless '(h)' opened a list of its own
            is_letter = not (len(self.open) > 1 and self.open[-1].text.endswith(":"))
            is_roman = not is_letter
        if not (is_letter or is_roman):
            return False
        own = line.full if line.bare else f"({t}) {line.text}"  # a quote as printed: 'a) the State party's ...'
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

    def feed(self, line: Line, start: bool, alone: bool = False) -> None:
        """One classified line; `alone`: a blank line (or the end) before and after it."""
        if not self.numbered and alone and line.kind in ("text", "para") and self.standing_heading(line):
            return
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
        elif line.kind in ("sub", "dotted") and (self.numbered or self.open and self.open[0].quoted) and self.item(line):
            pass
        elif line.kind == "dotted" and start:  # a reply cites the recommendation it answers: '99.3.'; Views' '2.1'
            self.letter = self.roman = ""
            self.start(line.num, "paragraph", line.text)
            self.open = [self.cur]
        elif not self.numbered and line.kind == "dotted" and self.own_decimal(line):
            # a text too short for its numbers to make a run that numbers its paragraphs '1.0', '1.1', '2.0', ...: each
            # its own paragraph under its number as printed, not run into the paragraph before
            self.letter = self.roman = ""
            self.start(line.num, "paragraph", line.text)
            self.open = [self.cur]
        elif line.kind in ("bullet", "rec_inline") and (line.kind == "rec_inline" or self.under_recommendations()):
            if line.text[:1].islower() and self.cur is not None and self.cur.kind == "recommendation":
                self.cur.add(line.text, " ")  # a bullet cut in two by a footnote block
            else:
                self.start(f"{self.section_tag()}, rec. {self.ordinal('rec')}", "recommendation", line.text)
        elif (not self.numbered and line.kind == "bullet" and (self.cur is None or self.cur.bullet) and len(line.text.split()) >= 8
              and _starts_sentence(line.text)):  # a list of issues whose paragraphs are items: '- With reference to ...'
            self.start(f"{self.section_tag()}, para. {self.ordinal('para')}", "paragraph", line.text)
            self.cur.bullet = True
        elif not self.numbered and line.kind == "text" and not line.indented and _starts_sentence(line.text) and not self.runs_on(line.text):
            if not self.section_no and not self.units and (not line.text.endswith((".", "!", "?", ";", ":")) and (
                    len(line.text.split()) < 40 or _DOC_TITLE.match(line.text)) or _HELD_AT.match(line.text)):
                self.cur = None  # the title block of an unnumbered document: short unpunctuated lines before its first paragraph
                self.dropped = "" if line.text.isupper() else line.text if self.blank or not self.dropped else f"{self.dropped} {line.text}"
                self.blank = False
                return
            if self.quoted and self.quoted not in {u.label for u in self.units}:  # a follow-up report's quote of the
                # recommendation it assesses, under 'Paragraph 27: Violence against women': its paragraph 27, items 27 (a) ...
                self.start(self.quoted, "paragraph", line.text)
                self.cur.quoted, self.open, self.quoted = True, [self.cur], ""
                self.letter = self.roman = ""
                self.minor = 0
            else:
                self.start(f"{self.section_tag()}, para. {self.ordinal('para')}", "paragraph", line.text)
        elif not self.numbered and (self.cur is None or self.cur.lettered) and (m := _OWN_LETTER.match(line.body)):
            # a text that letters its own paragraphs ('a. Good morning Chairperson ...', 'b. As South Africa's ...'), or
            # items with no paragraph before them to belong to: each its own paragraph under its letter, never lost
            letter = m.group(1) or m.group(2)
            used = {u.label for u in self.units}
            self.start(letter if letter not in used else f"{self.section_tag()}, {letter}", "paragraph", line.body[m.end():])
            self.cur.lettered = True
        elif self.cur is None and not self.numbered and line.kind == "para":
            # an unnumbered text's first line that looks numbered ('4. The Committee ...' whose numbers did not run):
            # its own paragraph, not lost
            self.start(f"{self.section_tag()}, para. {self.ordinal('para')}", "paragraph", line.body)
        elif self.cur is None and not self.numbered and line.kind == "text" and len(line.text.split()) >= 8 \
                and not _HELD_AT.match(f"{self.dropped} {line.text}"):  # not 'Held at the Palais Wilson, Geneva,' / 'on Tuesday, ...'

            # a wrapped line of text going on from one taken for the title block ('The Czech Women's Lobby (CWL), as a
            # network of 28 NGO's and academic institutions focusing on' / 'gender equality, submits this Shadow report
            # ...'), or a paragraph whose first word a web page glued to its furniture ('cedawGENEVA (22 February 2016) –
            # The Committee ...'): a paragraph, not lost (a short one, 'of the CESCR', goes with the title block)
            text = f"{self.dropped} {line.text}" if self.dropped and not self.blank and not _starts_sentence(line.text) else line.text
            self.start(f"{self.section_tag()}, para. {self.ordinal('para')}", "paragraph", text)
        elif self.numbered and self.cur is None and not self.units and line.kind == "text" and _PREAMBLE.match(line.text):
            # a resolution's preamble before its first operative paragraph ('The Commission on Human Rights, Guided by
            # ..., Recalling ..., Expressing ...,' run on before '1. Welcomes'): a paragraph, not lost with the title block
            # (other text before a first number is a title block, or a summary that would outrank the paragraphs)
            self.start(f"intro, para. {self.ordinal('para')}", "paragraph", line.text)
        elif self.cur is not None:
            sep = self.sep(line)
            for u in self.open if self.cur in self.open else [self.cur]:
                u.add(line.body, sep)
        self.blank = False
        self.last = line.body
        self.dropped = ""

    def own_decimal(self, line: Line) -> bool:
        """'1.0 Ratification ...', then '1.1 The Commission ...': a number that opens a section ('N.0', 'N.1') or follows
        the last one ('1.2' after '1.1', '2.0' or '2.1' after '1.x'), before a capital; not '2.5 million ...'."""
        if not line.text[:1].isupper():
            return False
        major, minor = map(int, line.num.split("."))
        last = next((u.label for u in reversed(self.units) if re.fullmatch(r"\d+\.\d+", u.label)), "")
        if not last:
            return minor <= 1 and major <= 2
        a, b = map(int, last.split("."))
        return (major, minor) in ((a, b + 1), (a + 1, 0), (a + 1, 1))

    def runs_on(self, text: str = "") -> bool:
        """In a PDF's wrapped lines, a capitalised line just after a full line that ends no sentence goes on with it
        ('... reaffirm their support for General' / 'Assembly Resolution 68/268 ...'), not a new paragraph."""
        return (self.wrapped and not self.blank and self.cur is not None and len(self.last) >= 60
                and not re.search(r"[.;:!?)\]\u201d\"*]\W{0,2}\d{0,3}$", self.last)) \
            or (not self.blank and self.cur is not None and len(self.last) >= 60 and bool(_CUT_AFTER.search(self.last))) \
            or (self.blank and self.spaced and self.cur is not None and len(self.last) >= 60 and bool(_CUT_AFTER.search(self.last) or self.last[-1:].isdigit())
                and re.match(r"[A-Z][a-z]", text) is not None)  # not '4 TABLE OF CONTENTS', a page's number and heading
        # '... at the Committee on Economic, Social and Cultural Rights (the' / 'Committee)’ 57 th session ...': no line ends
        # there; in a transcript that sets a blank line between its lines, not across that blank either ('... registered
        # under the 1989' / '' / 'Scheduled Castes and Scheduled Tribes ... Act')


_CUT_AFTER = re.compile(rf"(?:,|\b(?:{CUT_WORDS}|was|were|is|are|that|which))\s*$")  # a
# line cut mid-sentence
_QUOTED_PARAGRAPH = re.compile(r"Paragraph\s+(\d{1,3})\b(?:\s*[:.\u2013\u2014-]\s*\S|\s*$)")  # 'Paragraph 27: Violence against women'
_DOC_TITLE = re.compile(r"(?:List\s+of\s+issues|Concluding\s+observations|Report\s+of|Views\s+adopted|Decision\s+adopted|Replies\s+of|"
                        r"Summary\s+(?:record|prepared)|Compilation\s+prepared|National\s+report|General\s+comment)\b")  # a title however long:
# 'List of issues to be taken up in connection with the consideration of the initial report of Tunisia (CRPD/C/TUN/1), concerning ...'
_OWN_LETTER = re.compile(r"^\s*(?:([a-z])\.|\(?([a-z])\))\s+(?=\S)")  # 'a. Good morning', '(b) Ensure', 'c) The'
_HELD_AT = re.compile(r"^Held\s+at\s+(?:the\s+)?[A-Z].{0,80}?\bon\s.{0,40}?\b(?:1[89]|20)\d\d\b")  # a summary record's header: 'Held at the Palais
# Wilson, Geneva, on Friday, 12 May 2017, at 10 a.m.', the title block's, no paragraph
_AGENDA_ITEM = re.compile(r"^(?:Consideration|Adoption|Organization|Organisation|Implementation|Submission|Election|Opening|Closure|Closing|"
                          r"Follow-up|Statement|Report)\s+(?:of|by|to|on)\b|\((?:continued|cont[\u2019']d)\)$")
_PREAMBLE = re.compile(r"^(?:[A-Z]+(?:/[\w.]+)+\s+)?(?:The\s+[A-Z][\w-]*(?:\s+(?:on|of|for|and|the|[A-Z][\w-]*)){0,8},\s+)?"
                       r"(?:Recalling|Reaffirming|Welcoming|Guided|Noting|Expressing|Recogni[sz]ing|Bearing|Mindful|Deeply|"
                       r"Gravely|Taking|Acknowledging|Emphasi[sz]ing|Stressing|Considering|Convinced|Alarmed|Aware|Affirming|"
                       r"Having|Reiterating|Underlining)\b(?=(?:\W+\w+){30})")  # 'A/HRC/RES/50/10 Welcoming ...', 'The
# Commission on Human Rights, Guided by ...': a resolution's preamble, thirty words or more
_SHORT = 12  # words: a line standing alone and shorter is a heading ('Paragraph 16', 'Response:') or a title, no paragraph


def _starts_sentence(s: str) -> bool:
    return s[:1].isupper() or s[:1].isdigit() or s[:1] in "\u201c\"'"


def split_text(text: str, symbol: str, doc_id: str = "") -> list[Paragraph]:
    """Document text -> its citable units, in document order."""
    lines, starts, numbered = explode(clean(text))
    asm = _Assembler(numbered, _hard_wrapped(lines), _spaced(lines))
    checked = headings_checked(lines, starts, numbered)
    for i, (line, start) in enumerate(zip(checked, starts)):
        alone = (i == 0 or checked[i - 1].kind == "blank") and (i + 1 == len(checked) or checked[i + 1].kind == "blank")
        asm.feed(line, start, alone)
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
        if parent.kind == "paragraph" and "." in first:
            heads.append(parent.text.split(f"\n{first} ", 1)[0].strip())
        else:  # '(a) Adopt', or 'a) the scope' as printed
            heads.append(re.split(rf"\n\(?{re.escape(first)}\)\s?", parent.text, maxsplit=1)[0].strip())
        unit = parent
    return "\n".join(reversed(heads))


def split(doc: Document) -> list[Paragraph]:
    return split_text(doc.text, doc.cite_as, doc.doc_id)
