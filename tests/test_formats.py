"""Bring your own documents: real PDF, DOCX and HTML files made from the seed texts, and the bad cases."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.search import index as ix
from assistant.search.embed import FakeEmbedder
from assistant.errors import CorpusError
from assistant.ingest.formats import detect, read_file
from assistant.ingest.load import BUNDLED
from assistant.ingest.split import split_text

CO = (BUNDLED / "cescr-concluding-observations-kaz-2019.txt").read_text(encoding="utf-8")
FU = (BUNDLED / "kaz-followup-2021.txt").read_text(encoding="utf-8")


def reference(text: str) -> dict:
    return {p.paragraph: p for p in split_text(text, "X")}


def make_pdf(path: Path, text: str, symbol: str, title: str) -> Path:
    """A UN-style PDF: title, running header with the symbol, page numbers, job number, footnotes in small type."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=12)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10, leading=14)
    story, last = [Paragraph(title, ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=14, leading=18))], None
    for p in split_text(text, "X"):
        if p.kind == "subparagraph":
            continue
        if p.headings and p.headings[-1] != last:
            last = p.headings[-1]
            story.append(Paragraph(last, head))
        story.append(Paragraph(f"{p.paragraph}. " + p.text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>"), body))

    def furniture(c, doc):
        c.saveState()
        c.setFont("Helvetica", 9)
        c.drawString(72, A4[1] - 40, symbol)
        c.drawRightString(A4[0] - 72, 30, str(doc.page))
        c.drawString(72, 30, "GE.19-04500(E)")
        c.setFont("Helvetica", 7)
        c.drawString(72, 50, f"{doc.page} See general comment No. {doc.page} (2005), para. {doc.page + 1}.")
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4)
    doc.addPageTemplates([PageTemplate(frames=[Frame(72, 70, A4[0] - 144, A4[1] - 130)], onPage=furniture)])
    doc.build(story)
    return path


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(path: Path, text: str, symbol: str) -> Path:
    """A Word file: numbered paragraphs as typed text, headings in Heading 2, the symbol in the page header, a PAGE
    field in the footer, and real footnotes (a footnotes part; references in the text, every fifth paragraph)."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = symbol
    d.sections[0].footer.paragraphs[0]._p.append(parse_xml(
        f'<w:fldSimple xmlns:w="{W}" w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    d.add_heading("Information received from Kazakhstan on follow-up to the concluding observations", level=1)
    notes, last = [], None
    for p in split_text(text, "X"):
        if p.headings and p.headings[-1] != last:
            last = p.headings[-1]
            d.add_heading(last, level=2)
        first, *items = p.text.split("\n")
        para = d.add_paragraph(f"{p.paragraph}.\t{first}")
        if int(p.paragraph) % 5 == 0:
            notes.append(f"Footnote {len(notes) + 1}: see the Labour Code, art. {p.paragraph}.")
            para._p.append(parse_xml(f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                     f'<w:footnoteReference w:id="{len(notes)}"/></w:r>'))
        for item in items:
            d.add_paragraph(item)
    body = "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:t>{n}</w:t></w:r></w:p></w:footnote>' for i, n in enumerate(notes, 1))
    xml = (f'<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>{body}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode(), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    d.save(str(path))
    return path


def test_pdf_paragraphs_come_out_as_from_the_text_version(tmp_path):
    pdf = make_pdf(tmp_path / "co.pdf", CO, "E/C.12/KAZ/CO/2", "Concluding observations on the second periodic report of Kazakhstan")
    text, hints = read_file(pdf)
    for furniture in ("GE.19-04500", "See general comment No. 3 (2005), para. 4."):
        assert furniture not in text
    got, want = reference(text), reference(CO)
    assert list(got) == list(want)
    assert [k for k in want if got[k].text != want[k].text] == []
    assert [k for k in want if got[k].headings[-1:] != want[k].headings[-1:]] == []
    meta = detect(text, hints, "co")
    assert meta["symbol"] == "E/C.12/KAZ/CO/2" and meta["author_kind"] == "committee" and meta["date"] == "2019-03-08"


def test_docx_paragraphs_come_out_as_from_the_text_version(tmp_path):
    text, _ = read_file(make_docx(tmp_path / "fu.docx", FU, "E/C.12/KAZ/FCO/2"))
    got, want = reference(text), reference(FU)
    assert list(got) == [str(i) for i in range(1, 64)]
    assert [k for k in want if got[k].text != want[k].text] == []
    assert "E/C.12/KAZ/FCO/2" not in text  # the page header is not body text
    assert "Footnote" not in text and "Labour Code, art. 10." not in text  # nor are the footnotes
    import zipfile

    with zipfile.ZipFile(tmp_path / "fu.docx") as z:  # ... which really are in the file
        assert "Footnote 12" in z.read("word/footnotes.xml").decode() and "footnoteReference" in z.read("word/document.xml").decode()


def test_html_with_footnotes(tmp_path):
    html = tmp_path / "doc.html"
    html.write_text("<html><head><title>NGO report</title><script>alert(1)</script></head><body>"
                    "<h2>I. Housing</h2><p>1. Evictions happen without notice.<sup>1</sup></p><p>2. Courts rarely help.</p>"
                    "<p>3. Queues last decades.</p><h3>Recommendations</h3><ul><li>Stop evictions.</li><li>Build housing.</li></ul>"
                    "<div class='footnotes'><p>1 Source: interviews.</p></div></body></html>", encoding="utf-8")
    text, hints = read_file(html)
    ps = split_text(text, "X")
    assert [p.paragraph for p in ps] == ["1", "2", "3", "sec. I, rec. 1", "sec. I, rec. 2"]
    assert ps[0].text == "Evictions happen without notice." and "alert" not in text and "interviews" not in text
    assert hints["title"] == "NGO report"


def scanned_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.rect(100, 100, 300, 300, fill=1)  # a page with no text layer, like a scan
    c.save()
    return path


def encrypted_pdf(path: Path, tmp: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(tmp / "plain.pdf", "1. One.\n2. Two.\n3. Three.\n", "X/1", "Title")
    w = PdfWriter()
    for page in PdfReader(str(plain)).pages:
        w.add_page(page)
    w.encrypt("secret")
    w.write(str(path))
    return path


@pytest.mark.parametrize("case,message", [
    ("corrupt.pdf", "not a readable PDF"), ("encrypted.pdf", "encrypted"), ("scan.pdf", "needs OCR"),
    ("empty.txt", "empty"), ("sheet.xlsx", "unsupported type"), ("huge.txt", "more than"),
])
def test_bad_files_get_one_clear_message(tmp_path, monkeypatch, case, message):
    path = tmp_path / case
    if case == "corrupt.pdf":
        path.write_bytes(b"%PDF-1.4 this is not really a pdf")
    elif case == "encrypted.pdf":
        encrypted_pdf(path, tmp_path)
    elif case == "scan.pdf":
        scanned_pdf(path)
    elif case == "empty.txt":
        path.write_bytes(b"")
    elif case == "sheet.xlsx":
        path.write_bytes(b"PK\x03\x04")
    else:
        monkeypatch.setattr("assistant.ingest.formats.MAX_BYTES", 100)
        path.write_text("1. x\n" * 100)
    with pytest.raises(CorpusError, match=message):
        read_file(path)


@pytest.fixture()
def bot(tiny_corpus, tmp_path):
    return Assistant.load(tiny_corpus, tmp_path / "index", embedder=FakeEmbedder(), progress=False, settings={"abstain_below": -100.0})


def test_add_is_incremental_and_a_bad_file_harms_nothing(bot, tmp_path):
    new = tmp_path / "new"
    new.mkdir()
    (new / "report.md").write_text("# Report\n\n1. Roma families lack registration.\n2. Children miss school.\n3. Shelters are few.\n")
    (new / "broken.pdf").write_bytes(b"%PDF garbage")
    before = bot.index.manifest["vectors"]
    report = bot.add([new], progress=False)
    assert report.added == ["report"] and [f for f, _ in report.failed] == ["broken.pdf"]
    m = bot.index.manifest
    assert m["embedded_now"] == 3 and m["vectors"] == before + 3  # only the new paragraphs were embedded
    assert bot.search("Roma registration")[0].symbol == "report"
    again = bot.add([new / "report.md"], progress=False)
    assert again.unchanged == ["report"] and not again.changed
    (new / "report.md").write_text("# Report\n\n1. Roma families lack registration.\n2. Children miss school.\n3. Shelters are few.\n4. New.\n")
    assert bot.add([new / "report.md"], progress=False).replaced == ["report"]
    assert bot.paragraph("report", "4") is not None and bot.index.manifest["embedded_now"] == 4
    assert bot.remove("report") == "report"
    assert bot.index.manifest["embedded_now"] == 0 and all(p.symbol != "report" for p in bot.paragraphs)


def test_metadata_from_option_and_sidecar(bot, tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("Some NGO submission\n1. One thing.\n2. Another.\n3. A third.\n")
    (tmp_path / "x.txt.meta.json").write_text(json.dumps({"date": "2020-01-02", "author": "Group A"}))
    bot.add([f], progress=False, symbol="NGO/X/1", author_kind="ngo")
    doc = next(d for d in bot.index.documents if d["doc_id"] == "x")
    assert (doc["cite_as"], doc["author_kind"], doc["date"], doc["author"]) == ("NGO/X/1", "ngo", "2020-01-02", "Group A")


def test_a_citation_id_already_taken_is_refused(bot, tmp_path):
    f = tmp_path / "dup.txt"
    f.write_text("1. One.\n2. Two.\n3. Three.\n")
    report = bot.add([f], progress=False, symbol="state")
    assert report.failed and "already in the index" in report.failed[0][1]


def test_bundled_documents_cannot_be_removed_by_remove(bot):
    with pytest.raises(Exception, match="not an added document"):
        bot.remove("state")


def test_a_document_without_paragraphs_is_refused_and_prose_is_split(bot, tmp_path):
    empty_of_text = tmp_path / "cover.md"
    empty_of_text.write_text("# Cover\n\nShort\n")
    prose = tmp_path / "prose.txt"
    prose.write_text("A short title\nThe first paragraph of plain prose about water.\nA second paragraph about wells.\n")
    report = bot.add([empty_of_text, prose], progress=False)
    assert [f for f, _ in report.failed] == ["cover.md"] and "no paragraph" in report.failed[0][1]
    assert report.added == ["prose"] and [p.paragraph for p in bot.paragraphs if p.symbol == "prose"] == ["intro, para. 1", "intro, para. 2"]
    assert Assistant.load(bot._origin[0], bot._origin[1], embedder=FakeEmbedder(), progress=False).paragraph("prose", "intro, para. 2")


def test_a_corpus_folder_may_hold_pdf_and_word_files(tmp_path):
    from assistant.ingest.load import load_corpus

    folder = tmp_path / "corpus"
    folder.mkdir()
    make_pdf(folder / "co.pdf", CO, "E/C.12/KAZ/CO/2", "Concluding observations on the second periodic report of Kazakhstan")
    make_docx(folder / "fu.docx", FU, "E/C.12/KAZ/FCO/2")
    docs = {d.doc_id: d for d in load_corpus(folder)}
    assert docs["co"].cite_as == "E/C.12/KAZ/CO/2" and docs["co"].author_kind == "committee"
    assert docs["fu"].cite_as == "fu" and "No symbol" in docs["fu"].note  # a Word header is not read: no symbol
