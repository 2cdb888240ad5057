"""Real fixtures (tests/fixtures/real) typeset again as UN-style PDF and Word files, then read back.

Each file keeps the layout a real UN PDF or Word file has: the masthead (symbol top right, "Distr.: General", date,
"Original: English"), the title in larger bold type, bold headings, typed paragraph numbers with a hanging indent,
the symbol as running header on pages 2+, page numbers, a "GE." job number at the first page's foot, footnotes in
small type at the page bottom (Word: in the footnotes part), Word automatic numbering for some paragraphs, and a
paragraph cut by a page break. The words are the fixture's own: the transcript's furniture (its page headers, job
numbers, page numbers, contents table) is taken out and the file adds its own real furniture instead.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from assistant.ingest.formats import detect, read_file
from assistant.ingest.split import split_text

REAL = Path(__file__).parent / "fixtures" / "real"


@dataclass(frozen=True)
class Spec:
    slug: str
    organ: str | None  # the masthead's organ line ("Economic and Social Council"), as the fixture prints it
    front: tuple[str, ...]  # lines between the masthead and the title (committee, session, agenda item)
    title: tuple[str, ...]  # the title's lines (printed large and bold)
    headings: tuple[str, ...] = ()  # body lines that are headings (besides 'A. Introduction' / 'I. Introduction')
    wrapped: bool = False  # the transcript hard-wraps its lines: a line runs on into the next
    glued_notes: bool = False  # footnote markers are digits glued to the text ('joy”.1')
    breaks: tuple[str, ...] = ()  # a run-on transcript: these words start a new line
    skip: tuple[str, str] | None = None  # a region of the transcript not typeset again (a contents table)
    numbering: str = ""  # Word file: 'subs' = automatic numbering for (a), (b); 'all' = for paragraphs and (a), (b)
    cut: tuple[str, ...] = ()  # paragraphs cut by a page break
    masthead_in_header: bool = False  # Word file: the masthead in the first page's header, not in a table at the top


SPECS = [
    Spec("cerd-co-nld-2015", None, ("Advance Unedited Version", "Committee on the Elimination of Racial Discrimination"),
         ("Concluding observations on the nineteenth to twenty-first periodic reports of the Netherlands*",),
         wrapped=True, numbering="subs", cut=("2", "4")),
    Spec("ccpr-co-kaz-2025", "International Covenant on Civil and Political Rights", ("Human Rights Committee",),
         ("Concluding observations on the third periodic report of Kazakhstan *",), numbering="subs", cut=("1", "2"), masthead_in_header=True),
    Spec("cat-co-prt-2019", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
         ("Committee against Torture",), ("Concluding observations on the seventh periodic report of Portugal *",),
         numbering="all", cut=("1", "3")),
    Spec("upr-wg-report-uruguay-2014", "General Assembly",
         ("Human Rights Council", "Twenty-sixth session", "Agenda item 6", "Universal Periodic Review"),
         ("Report of the Working Group on the Universal Periodic Review*", "Uruguay"), headings=("Introduction",),
         wrapped=True, skip=("Contents", "Annex"), cut=("1",)),
    Spec("cedaw-gr35-auv-2017", None, ("ADVANCE UNEDITED VERSION", "Committee on the Elimination of against Women"),
         ("General recommendation No. 35 on -based , updating general recommendation No. 19",), headings=("Preamble",),
         glued_notes=True, breaks=("The Committee acknowledges", "I. Introduction", "1. General recommendation",
                                   "2. For over 25 years", "2 Although the Committee"), cut=("The Committee acknowledges the", "1")),
    Spec("crc-gc25-2021", "Convention on the Rights of the Child", ("Committee on the Rights of the Child",),
         ("General comment No. 25 (2021) on children’s rights in relation to the digital environment",),
         wrapped=True, glued_notes=True, cut=("1", "3"), masthead_in_header=True),
    Spec("cescr-sr-35-2011", "Economic and Social Council", ("Committee on Economic, Social and Cultural Rights", "Forty-seventh session"),
         ("Summary record of the 35th meeting",), headings=("Contents", "Consideration of reports"), numbering="all", cut=("3",),
         masthead_in_header=True),
    Spec("cescr-report-isr-2019", "Economic and Social Council", ("Committee on Economic, Social and Cultural Rights",),
         ("Fourth periodic report submitted by Israel under articles 16 and 17 of the Covenant, due in 2016 * , **",),
         headings=("Introduction", "General"), cut=("2", "4")),
]


# --- the fixture as a document model -------------------------------------------------------
@dataclass
class Block:
    kind: str  # heading | para | sub | text
    text: str
    num: str = ""  # '12' for a paragraph, 'a' for a subparagraph, 'A.' / 'I.' for a heading
    label: str = ""  # '12', '12 (a)'

    @property
    def key(self) -> str:
        """What a Spec's `cut` names: the label, or an unnumbered paragraph's first 30 characters."""
        return self.label or self.text[:30]


@dataclass
class Model:
    spec: Spec
    symbol: str | None
    masthead: list[str]  # 'Distr.: General', the date, ('English'), 'Original: English', ('English, French ... only')
    blocks: list[Block]
    notes: dict[str, str] = field(default_factory=dict)  # marker -> footnote text, where the fixture has it
    job: str = ""  # 'GE.15-12345'


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _span(raw: str, s: str) -> re.Match:
    m = re.search(r"\s*".join(re.escape(w) for w in s.split()), raw)
    assert m, f"not in the fixture: {s!r}"  # every word typeset is the fixture's own
    return m


_TRANSCRIPT_FURNITURE = re.compile(r"^(?:GE\.\d\d-.*|\d{1,3}|You are on page.*|advertisement|\*\d{6,}\*)$")
_HEAD = re.compile(r"^([A-Z]|[IVX]{1,4})\.\s*([A-Z].{1,80})?$")
_PARA = re.compile(r"^(\d{1,3})\.(?=\s|$|[A-Z“\"(])\s*(.*)$")
_SUB = re.compile(r"^\(([a-z]{1,4})\)\s*(.*)$")
_NOTE = re.compile(r"^(\*{1,3}|\d{1,2})\s+([A-Z].*)$")
_GLUED = re.compile(r"(?<=[a-z.,;:”’)\]])(\d{1,2})(?=\s|$)")


def model(spec: Spec) -> Model:
    raw = (REAL / f"{spec.slug}.txt").read_text(encoding="utf-8")
    side = json.loads((REAL / f"{spec.slug}.json").read_text(encoding="utf-8"))
    flat = _norm(raw)
    for s in (spec.organ or "", *spec.front, *spec.headings):
        _span(raw, s)
    block = re.search(r"(Distr\.: General) (\d{1,2} \w+ (\d{4}))( English)? (Original: \w+)( English, French and Spanish only)?", flat)
    masthead = [g.strip() for g in block.group(1, 2, 4, 5, 6) if g]
    date = block.group(3)
    job = m.group(0) if (m := re.search(r"GE\.\d\d-\d{5}", raw)) else f"GE.{date[-2:]}-{sum(map(ord, spec.slug)) % 90000 + 10000}"
    at = 0
    for line in spec.title:
        at += _span(raw[at:], line).end()
    body = raw[at:]
    for b in spec.breaks:
        body = re.sub(r"[ \t]+" + re.escape(b), "\n" + b, body, count=1)
    lines = [l.strip() for l in body.split("\n")]
    if spec.skip:
        a = lines.index(spec.skip[0])
        lines[a:lines.index(spec.skip[1], a) + 1] = []
    lines = [l for l in lines if not _TRANSCRIPT_FURNITURE.match(l) and l != side["symbol"]]
    notes: dict[str, str] = {}
    blocks: list[Block] = []
    cur: Block | None = None
    para = 0
    for i, line in enumerate(lines):
        if not line:
            if not spec.wrapped:
                cur = None
            continue
        nxt = next((l for l in lines[i + 1:] if l), "")
        if (m := _NOTE.match(line)) and not _PARA.match(line):
            notes[m.group(1)] = m.group(2)
            continue
        if line in spec.headings or ((m := _HEAD.match(line)) and not (m.group(2) or "").endswith(".") and (m.group(2) or len(nxt) < 60)):
            num, text = (m.group(1) + ".", m.group(2) or "") if m and line not in spec.headings else ("", line)
            cur = Block("heading", text, num)
            blocks.append(cur)
            if not text:
                continue  # 'A.' alone on its line: the heading's words follow
            cur = None
            continue
        if cur is not None and cur.kind == "heading" and not cur.text:
            cur.text = line
            cur = None
            continue
        if (m := _PARA.match(line)) and int(m.group(1)) == para + 1:
            para += 1
            cur = Block("para", m.group(2), m.group(1), m.group(1))
            blocks.append(cur)
            continue
        if (m := _SUB.match(line)) and para:
            cur = Block("sub", m.group(2), m.group(1), f"{para} ({m.group(1)})")
            blocks.append(cur)
            continue
        if cur is not None and (spec.wrapped or not cur.text):
            cur.text = (cur.text + ("" if cur.text.endswith("-") or not cur.text else " ") + line).strip()
            continue
        cur = Block("text", line)
        blocks.append(cur)
    assert [b.label for b in blocks if b.label] == side["labels"], "the model must number what the document numbers"
    found = [n for b in blocks for _, _, n in markers_in(spec, b.text)]
    assert found == [str(i) for i in range(1, len(found) + 1)], f"footnote markers out of sequence: {found}"
    return Model(spec, side["symbol"], masthead, blocks, notes, job)


def markers_in(spec: Spec, text: str) -> list[tuple[int, int, str]]:
    """(start, end, marker) of the footnote markers in a block's text: digits glued to the words ('joy”.1')."""
    return [(x.start(), x.end(), x.group(1)) for x in _GLUED.finditer(text)] if spec.glued_notes else []


def markers(m: Model, text: str) -> list[tuple[int, int, str]]:
    return markers_in(m.spec, text)


def plain(m: Model, text: str) -> str:
    """A block's words without its footnote markers."""
    for a, b, _ in reversed(markers(m, text)):
        text = text[:a] + text[b:]
    return text


# --- PDF -----------------------------------------------------------------------------------
def make_pdf(m: Model, path: Path) -> dict[str, tuple[str, str]]:
    """The model as a UN-style PDF; returns, per paragraph cut by a page break, (words before it, words after it)."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate, Paragraph

    W, H = A4
    L = 56.7  # left margin
    body = ParagraphStyle("SingleTxtG", fontName="Times-Roman", fontSize=10, leading=12, alignment=TA_JUSTIFY,
                          leftIndent=L + 28.35, bulletIndent=L, rightIndent=L, bulletFontName="Times-Roman", bulletFontSize=10)
    sub = ParagraphStyle("sub", parent=body, leftIndent=L + 56.7, bulletIndent=L + 28.35)
    text_style = ParagraphStyle("txt", parent=body, leftIndent=L)
    h1 = ParagraphStyle("H1G", fontName="Times-Bold", fontSize=12, leading=14, leftIndent=L, bulletIndent=L - 28.35,
                        bulletFontName="Times-Bold", bulletFontSize=12, spaceBefore=12, spaceAfter=6)
    h23 = ParagraphStyle("H23G", parent=h1, fontSize=10, leading=12)
    title = ParagraphStyle("HChG", fontName="Times-Bold", fontSize=14, leading=16, leftIndent=L - 28.35, rightIndent=L,
                           spaceBefore=12, spaceAfter=8)
    front = ParagraphStyle("front", fontName="Times-Roman", fontSize=10, leading=12, leftIndent=L - 28.35, rightIndent=L)
    note = ParagraphStyle("FootnoteText", fontName="Times-Roman", fontSize=8, leading=9, leftIndent=L + 8, bulletIndent=L - 4,
                          bulletFontName="Times-Roman", bulletFontSize=8)
    cuts: dict[str, tuple[str, str]] = {}
    first_words: dict[str, int] = {}  # a cut paragraph: how many of its words stay on the first page

    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def marked(text: str) -> str:
        out, last = [], 0
        for a, b, n in markers(m, text):
            out += [esc(text[last:a]), f"<super>{n}</super>"]
            last = b
        return "".join(out + [esc(text[last:])])

    def words(part) -> list[str]:
        out = []
        for line in part.blPara.lines:
            out += line[1] if isinstance(line, tuple) else "".join(f.text for f in line.words).split()
        return [w for w in out if w]

    class Cut(Paragraph):
        """A paragraph that records where a page break cut it."""

        def split(self, aW, aH):
            parts = super().split(aW, aH)
            if len(parts) == 2:
                parts[0].wrap(aW, aH)
                parts[1].wrap(aW, H)
                before, after = words(parts[0])[-3:], words(parts[1])[:3]
                cuts[self.label] = (plain(m, " ".join(before)), plain(m, " ".join(after)))
                first_words[self.label] = len(words(parts[0]))
            for part in parts:
                part.label = self.label
            return parts

    class FillPage(Flowable):
        """Blank space to 2 lines above the frame's foot (and room for a heading): the paragraph that follows is
        cut by the page break."""

        def __init__(self, room: float = 0.0):
            super().__init__()
            self.room = room

        def wrap(self, aW, aH):
            self.height = max(0.0, aH - 2 * 12 - 3 - self.room)
            return aW, self.height

        def draw(self):
            pass

    def flowables() -> list:
        story: list = []
        for text in m.spec.front:
            story.append(Paragraph(esc(text), front))
        for text in m.spec.title:
            story.append(Paragraph(esc(text).replace("*", "<super>*</super>"), title))
        story.append(NextPageTemplate("later"))
        for i, b in enumerate(m.blocks):
            if b.kind == "heading":
                if i + 1 < len(m.blocks) and m.blocks[i + 1].key in m.spec.cut:
                    story.append(FillPage(room=34))  # the heading stays with its paragraph
                story.append(Paragraph(esc(b.text), h1 if b.num else h23, bulletText=b.num or None))
                continue
            if b.key in m.spec.cut and not (i and m.blocks[i - 1].kind == "heading"):
                story.append(FillPage())
            style = {"para": body, "sub": sub}.get(b.kind, text_style)
            bullet = f"{b.num}." if b.kind == "para" else f"({b.num})" if b.kind == "sub" else None
            p = Cut(marked(b.text), style, bulletText=bullet)
            p.label = b.key
            story.append(p)
        return story

    notes_on: dict[int, list[tuple[str, str]]] = {1: [(k, v) for k, v in m.notes.items() if k.startswith("*")]}
    at_page: dict[str, int] = {}

    def furniture(c, doc):
        c.saveState()
        page = doc.page
        if page == 1:  # the masthead: 'United Nations' and the symbol on one baseline, organ, Distr. block
            c.setFont("Helvetica", 10)
            c.drawString(L - 28.35, H - 50, "United Nations")
            if m.symbol:
                c.setFont("Times-Bold", 16)
                c.drawRightString(W - L, H - 50, m.symbol)
            c.setLineWidth(2)
            c.line(L - 28.35, H - 58, W - L, H - 58)
            if m.spec.organ:
                c.setFont("Times-Bold", 16)
                c.drawString(L + 30, H - 85, m.spec.organ if len(m.spec.organ) < 40 else m.spec.organ[:40].rsplit(" ", 1)[0])
                if len(m.spec.organ) >= 40:
                    c.drawString(L + 30, H - 103, m.spec.organ[len(m.spec.organ[:40].rsplit(" ", 1)[0]):].strip())
            c.setFont("Times-Roman", 10)
            y = H - 80
            for line in m.masthead:
                c.drawString(W - 190, y, line)
                y -= 12
            c.setLineWidth(0.5)
            c.line(L - 28.35, y - 4, W - L, y - 4)
            c.setFont("Times-Roman", 8)
            c.drawString(L - 28.35, 40, m.job + "(E)")
        else:  # running header with the symbol, on the outer side; page number at the foot
            c.setFont("Times-Bold", 9)
            if m.symbol:
                (c.drawString if page % 2 == 0 else c.drawRightString)(L if page % 2 == 0 else W - L, H - 45, m.symbol)
            c.setLineWidth(0.5)
            c.line(L, H - 49, W - L, H - 49)
            (c.drawString if page % 2 == 0 else c.drawRightString)(L if page % 2 == 0 else W - L, 40, str(page))
        notes = notes_on.get(page, [])
        if notes:  # footnotes in small type above the foot, under a short rule
            y = 62
            paras = []
            for k, v in notes:
                p = Paragraph(esc(v), note, bulletText=k)
                _, h = p.wrap(W - 2 * L - 8, 200)
                paras.append((p, h))
            top = y + sum(h for _, h in paras) + 4
            c.line(L, top + 2, L + 72, top + 2)
            for p, h in paras:
                top -= h
                p.drawOn(c, 0, top)
        c.restoreState()

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            if getattr(flowable, "label", ""):
                at_page.setdefault(flowable.label, self.page)

    def build():
        doc = Doc(str(path), pagesize=A4, leftMargin=0, rightMargin=0, title="", author="")
        doc.addPageTemplates([
            PageTemplate("first", frames=[Frame(0, 130, W, H - 130 - 150, id="f1")], onPage=furniture),
            PageTemplate("later", frames=[Frame(0, 130, W, H - 130 - 60, id="f2")], onPage=furniture),
        ])
        doc.build(flowables())

    build()  # first pass: on which page each paragraph lands; second: its footnotes at that page's foot
    for b in m.blocks:
        for _, end, n in markers(m, b.text):
            if n in m.notes:  # on the page where its marker is printed
                later = len(b.text[:end].split()) > first_words.get(b.key, 10**6)
                notes_on.setdefault(at_page.get(b.key, 1) + later, []).append((n, m.notes[n]))
    cuts.clear()
    build()
    return cuts


# --- DOCX ----------------------------------------------------------------------------------
WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(m: Model, path: Path) -> dict[str, tuple[str, str]]:
    """The model as a UN-style Word file: masthead table, the symbol in the running header, GE number in the first
    page's footer, PAGE field, Heading styles, typed or automatic numbers, real footnotes, a page break in a paragraph."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    if m.symbol:
        hp = sec.header.paragraphs[0]
        hp.text = m.symbol
        hp.runs[0].bold = True
    sec.first_page_footer.paragraphs[0].text = m.job + "(E)"
    sec.footer.paragraphs[0]._p.append(parse_xml(
        f'<w:fldSimple xmlns:w="{WNS}" w:instr="PAGE"><w:r><w:t>2</w:t></w:r></w:fldSimple>'))

    if m.spec.masthead_in_header:
        table = sec.first_page_header.add_table(rows=2, cols=2, width=Cm(17))
    else:
        table = d.add_table(rows=2, cols=2)  # the masthead
    table.cell(0, 0).text = "United Nations"
    if m.symbol:
        table.cell(0, 1).text = m.symbol
        table.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        table.cell(0, 1).paragraphs[0].runs[0].font.size = Pt(20)
    if m.spec.organ:
        table.cell(1, 0).text = m.spec.organ
        table.cell(1, 0).paragraphs[0].runs[0].bold = True
    right = table.cell(1, 1)
    right.text = m.masthead[0]
    for line in m.masthead[1:]:
        right.add_paragraph(line)

    notes: list[str] = []

    def note_ref(para, text: str, custom: str = "") -> None:
        notes.append(text)
        mark = f'<w:t>{custom}</w:t>' if custom else ""
        attr = ' w:customMarkFollows="1"' if custom else ""
        para._p.append(parse_xml(f'<w:r xmlns:w="{WNS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                 f'<w:footnoteReference{attr} w:id="{len(notes)}"/>{mark}</w:r>'))

    for text in m.spec.front:
        d.add_paragraph(text)
    for text in m.spec.title:
        p = d.add_paragraph()
        stars = re.search(r"\s*(\*[\s,*]*)$", text)
        run = p.add_run(text[:stars.start()] if stars else text)
        run.bold, run.font.size = True, Pt(14)
        for star in re.findall(r"\*+", stars.group(1) if stars else ""):
            if star in m.notes:
                note_ref(p, m.notes[star], star)
            else:
                r = p.add_run(star)
                r.font.superscript = True

    # Word automatic numbering: level 0 '1.', level 1 '(a)'
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum xmlns:w="{WNS}" w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>'
        '</w:abstractNum>'))
    next_num = [90]

    def new_list() -> int:
        next_num[0] += 1
        numbering.append(parse_xml(f'<w:num xmlns:w="{WNS}" w:numId="{next_num[0]}"><w:abstractNumId w:val="90"/></w:num>'))
        return next_num[0]

    def number(para, num_id: int, level: int) -> None:
        ppr = para._p.get_or_add_pPr()
        ppr.insert(0, parse_xml(f'<w:numPr xmlns:w="{WNS}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))

    cuts: dict[str, tuple[str, str]] = {}
    whole = new_list() if m.spec.numbering == "all" else None
    subs_list = None
    for b in m.blocks:
        if b.kind == "heading":
            if b.num and b.num not in ("A.", "I."):  # a hard page break before a later chapter
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            d.add_heading(f"{b.num}\t{b.text}" if b.num else b.text, level=1 if b.num else 2)
            continue
        auto = (whole is not None and b.kind in ("para", "sub")) or (m.spec.numbering == "subs" and b.kind == "sub")
        if b.kind == "para":
            subs_list = None
        typed = "" if auto else f"{b.num}.\t" if b.kind == "para" else f"({b.num})\t" if b.kind == "sub" else ""
        p = d.add_paragraph()
        fmt = p.paragraph_format
        fmt.left_indent = Cm(3 if b.kind != "sub" else 4) if b.kind != "text" else Cm(2)
        fmt.first_line_indent = Cm(-1) if b.kind != "text" else None
        if auto:
            if whole is not None:
                number(p, whole, 0 if b.kind == "para" else 1)
            else:
                subs_list = subs_list or new_list()
                number(p, subs_list, 1)
        words = b.text.split(" ")
        at = len(words) // 2 if b.key in m.spec.cut else None
        pieces = [typed + " ".join(words[:at]) + " ", " ".join(words[at:])] if at else [typed + b.text]
        for k, piece in enumerate(pieces):
            if k:  # where Word last broke the page: inside this paragraph
                p._p.append(parse_xml(f'<w:r xmlns:w="{WNS}"><w:lastRenderedPageBreak/></w:r>'))
            last = 0
            for s, e, n in markers(m, piece):
                p.add_run(piece[last:s])
                if n in m.notes:
                    note_ref(p, m.notes[n])
                last = e
            p.add_run(piece[last:])
        if at:
            cuts[b.key] = (plain(m, " ".join(words[:at][-3:])), plain(m, " ".join(words[at:][:3])))
    body = "".join(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                   f'<w:r><w:t xml:space="preserve">{_xml(n)}</w:t></w:r></w:p></w:footnote>' for i, n in enumerate(notes, 1))
    xml = (f'<w:footnotes xmlns:w="{WNS}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>{body}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode(), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    d.save(str(path))
    return cuts


def _xml(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- the tests -----------------------------------------------------------------------------
def furniture_is_there(m: Model, path: Path) -> None:
    """The built file really carries the furniture the reader must leave out (else the test proves nothing)."""
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        pages = [p.extract_text() for p in PdfReader(str(path)).pages]
        raw = "\n".join(pages)
        assert len(pages) >= 2 and m.job in pages[0] and "Distr.: General" in pages[0]
        assert not m.symbol or all(m.symbol in p for p in pages)  # masthead, then running header
        assert all(re.search(rf"(?m)^\s*{i}\s*$", p) for i, p in enumerate(pages[1:], 2))  # page numbers
        assert all(_norm(n)[:25] in _norm(raw) for n in m.notes.values())  # footnotes in small type
    else:
        import zipfile

        with zipfile.ZipFile(path) as z:
            parts = {n: z.read(n).decode() for n in z.namelist() if n.endswith(".xml")}
        headers = " ".join(v for k, v in parts.items() if "header" in k)
        assert not m.symbol or m.symbol in headers
        assert "lastRenderedPageBreak" in parts["word/document.xml"] and "PAGE" in " ".join(v for k, v in parts.items() if "footer" in k)
        assert all(_xml(n)[:25] in parts["word/footnotes.xml"] for n in m.notes.values())
        assert ("<w:numPr>" in parts["word/document.xml"]) == bool(m.spec.numbering)


def in_order(want: list[str], got: list[str]) -> list[str]:
    """The labels of `want` not found in `got` in the same order."""
    missed, at = [], 0
    for label in want:
        if label in got[at:]:
            at = got.index(label, at) + 1
        else:
            missed.append(label)
    return missed


RESULTS: dict[tuple[str, str], tuple[int, list[str]]] = {}
BUILD = {"pdf": make_pdf, "docx": make_docx}


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("spec", SPECS, ids=[s.slug for s in SPECS])
def test_a_real_document_typeset_as_pdf_or_word_reads_back(spec, fmt, tmp_path):
    side = json.loads((REAL / f"{spec.slug}.json").read_text(encoding="utf-8"))
    m = model(spec)
    path = tmp_path / f"{spec.slug}.{fmt}"
    cuts = BUILD[fmt](m, path)
    assert set(cuts) == set(spec.cut), f"the page breaks fell elsewhere: {cuts}"

    furniture_is_there(m, path)

    text, hints = read_file(path)
    meta = detect(text, hints, spec.slug)
    paras = split_text(text, meta["symbol"] or spec.slug)
    got = [p.paragraph for p in paras]
    missed = in_order(side["labels"], got)
    RESULTS[(spec.slug, fmt)] = (len(side["labels"]), missed)
    assert not missed, f"labels missed: {missed}; read: {got}\n{text}"
    if side["symbol"]:
        assert meta["symbol"] == side["symbol"], (hints, text[:300])

    by = {p.paragraph: p for p in paras}
    own = " ".join(b.text for b in m.blocks)
    for p in paras:
        lines = [l.strip() for l in p.text.split("\n")]
        assert "GE." not in p.text and "Distr." not in p.text and "Original:" not in p.text, (p.paragraph, p.text)
        assert not [l for l in lines if re.fullmatch(r"\d{1,3}", l)], (p.paragraph, p.text)
        if m.symbol and m.symbol not in own:
            assert m.symbol not in p.text, (p.paragraph, p.text)  # no running header
        for note in m.notes.values():
            assert note[:30] not in p.text, (p.paragraph, p.text)  # no footnote text
    for b in m.blocks:  # each paragraph's own words, whole: no note marker, no furniture, nothing lost at a break
        if b.label:
            assert _norm(plain(m, b.text)) in _norm(by[b.label].text), (b.label, plain(m, b.text), by[b.label].text)
    for key, (before, after) in cuts.items():  # the paragraph cut by a page break reads on across it
        whole = by[key].text if key in by else text
        assert _norm(f"{before} {after}") in _norm(whole), (key, before, after, whole)
    for label, start in side["starts"].items():
        assert _norm(start) in _norm(by[label].text), (label, start, by[label].text)


def test_the_typeset_documents_keep_their_labels_overall():
    """Over all files built above: >= 95% of the sidecars' labels found in order (runs after the tests above)."""
    if len(RESULTS) < 2 * len(SPECS):
        pytest.skip("run with the whole module")
    total = sum(n for n, _ in RESULTS.values())
    missed = {k: v for k, (_, v) in RESULTS.items() if v}
    assert total - sum(len(v) for v in missed.values()) >= 0.95 * total, missed


# --- reader fixes, each on a tiny built file ---------------------------------------------------
def test_pdf_note_marker_in_smaller_type_is_dropped_where_it_stands(tmp_path):
    """A superscript marker one text run reports at the run's start x stays in place, and is dropped (8 on 10 pt)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    path = tmp_path / "sup.pdf"
    style = ParagraphStyle("b", fontName="Times-Roman", fontSize=10, leading=12)
    SimpleDocTemplate(str(path)).build([Paragraph("1. The Committee notes the report.<super>1</super> It welcomes it.", style)])
    text, _ = read_file(path)
    assert "1. The Committee notes the report. It welcomes it." in text and "report.1" not in text


def test_pdf_running_header_and_page_number_of_a_short_document_are_furniture(tmp_path):
    """Two pages: the bold symbol over page 2 is a running header even though only one page repeats it, and a
    footnote in small type above the page number (9 pt bold) is still a footnote."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "short.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Times-Roman", 10)
    for i, line in enumerate(["1. The Committee is concerned that the State party", "has not yet adopted the law."]):
        c.drawString(72, 700 - 12 * i, line)
    c.drawString(72, 676, "2. The Committee recommends that the State party adopt")
    c.showPage()
    c.setFont("Times-Bold", 9)
    c.drawString(72, 800, "CCPR/C/ABC/CO/1")
    c.setFont("Times-Roman", 10)
    c.drawString(72, 760, "the law without delay.")
    c.setFont("Times-Roman", 8)
    c.drawString(72, 80, "3 See CCPR/C/GC/36, para. 12.")
    c.setFont("Times-Bold", 9)
    c.drawString(72, 50, "2")
    c.save()
    text, _ = read_file(path)
    ps = {p.paragraph: p.text for p in split_text(text, "X")}
    assert ps["2"] == "The Committee recommends that the State party adopt the law without delay."
    assert "CCPR/C/ABC/CO/1" not in text and "See CCPR" not in text


@pytest.mark.parametrize("where", ["table", "first-page header", "running header"])
def test_docx_symbol_from_the_masthead(tmp_path, where):
    """The symbol in the first page's masthead (a table at the top, or the first page's own header) is read;
    a running header on the other pages is not."""
    import docx

    d = docx.Document()
    sec = d.sections[0]
    if where == "table":
        d.add_table(rows=1, cols=2).cell(0, 1).text = "CERD/C/NLD/CO/19-21"
    elif where == "first-page header":
        sec.different_first_page_header_footer = True
        sec.first_page_header.paragraphs[0].text = "CERD/C/NLD/CO/19-21"
    else:
        sec.header.paragraphs[0].text = "CERD/C/NLD/CO/19-21"
    d.add_paragraph("1.\tThe Committee considered the report.")
    d.save(str(tmp_path / "m.docx"))
    text, hints = read_file(tmp_path / "m.docx")
    assert "CERD/C/NLD/CO/19-21" not in text
    assert hints.get("symbol") == (None if where == "running header" else "CERD/C/NLD/CO/19-21")
