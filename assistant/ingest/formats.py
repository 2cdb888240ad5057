"""Files -> text the splitter reads: PDF, DOCX, HTML, Markdown, plain text; plus metadata the text states.

PDF furniture goes here, where positions and font sizes are known: running headers and footers (lines
repeated at the top or bottom of many pages: the symbol, 'GE.19-...' job numbers), page numbers, and
footnotes (small type at the page bottom). Paragraphs cut by a page break are joined later by split.py.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from pathlib import Path

from ..errors import CorpusError, need

SUPPORTED = (".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt")
MAX_BYTES = 50_000_000
MAX_UNPACKED = 200_000_000  # a .docx's members, decompressed, all together (a zip bomb inflates far beyond)
MAX_XML = 50_000_000  # one XML part of a .docx, unpacked (python-docx parses it whole; a 500-page report has ~15 MB)
MAX_HTML_BYTES = 10_000_000
MAX_PDF_PAGES = 3_000
MAX_CHARS = 5_000_000  # per document; the largest bundled one has 0.45 M


def read_file(path: Path) -> tuple[str, dict]:
    """(text, hints): the document's text, and metadata read off furniture the text loses (a PDF's header symbol)."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise CorpusError(f"{path.name}: unsupported type '{suffix or '(none)'}'. Supported: {', '.join(SUPPORTED)}.")
    try:
        size = path.stat().st_size
    except OSError as e:
        raise CorpusError(f"Cannot read {path}: {e.strerror}. Check the path and its permissions.") from e
    if size == 0:
        raise CorpusError(f"{path.name} is empty.")
    if size > MAX_BYTES:
        raise CorpusError(f"{path.name} is {size / 1e6:.0f} MB, more than the {MAX_BYTES / 1e6:.0f} MB allowed. Split it first.")
    if suffix in (".html", ".htm") and size > MAX_HTML_BYTES:
        raise CorpusError(f"{path.name} is {size / 1e6:.0f} MB of HTML, more than the {MAX_HTML_BYTES / 1e6:.0f} MB allowed. "
                          "Save the page as text, or split it.")
    reader = {".pdf": read_pdf, ".docx": read_docx, ".html": read_html, ".htm": read_html}.get(suffix)
    text, hints = reader(path) if reader else (_read_plain(path), {})
    if not text.strip():
        raise CorpusError(f"{path.name} holds no text.")
    _check_chars(path, len(text))
    return text, hints


def _check_chars(path: Path, n: int) -> None:
    if n > MAX_CHARS:
        raise CorpusError(f"{path.name} holds more than {MAX_CHARS:,} characters of text, the most one document may have. "
                          "Split it first.")


def _read_plain(path: Path) -> str:
    """A text file's content (UTF-8), or a CorpusError that says what to do."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise CorpusError(f"Cannot read {path}: {e.strerror}. Check the path and its permissions.") from e
    if b"\x00" in data[:4096]:
        raise CorpusError(f"{path.name} is not a text file. Convert it to .txt or .md first.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise CorpusError(f"{path.name} is not UTF-8 text ({e.reason} at byte {e.start}). Re-save it as UTF-8.") from e


# --- PDF ---------------------------------------------------------------------------------
def read_pdf(path: Path) -> tuple[str, dict]:
    pypdf = need("pypdf", "pypdf")
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings on damaged files become our one message
    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise CorpusError(f"{path.name} is encrypted. Save an unprotected copy and add that.")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise CorpusError(f"{path.name} has {len(reader.pages):,} pages, more than the {MAX_PDF_PAGES:,} allowed. Split it first.")
        pages, chars = [], 0
        for page in reader.pages:  # the text is counted while it is read: a page of inflated streams stops here
            pages.append(_pdf_lines(page))
            chars += sum(len(t) for _, _, t in pages[-1])
            _check_chars(path, chars)
    except CorpusError:
        raise
    except Exception as e:  # pypdf raises many types for damaged files
        raise CorpusError(f"{path.name} is not a readable PDF ({type(e).__name__}: {str(e)[:80]}). Re-export it.") from e
    if not any(text.strip() for lines in pages for _, _, text in lines):
        raise CorpusError(f"{path.name} has no text layer (a scanned PDF?). It needs OCR first, e.g. ocrmypdf.")
    repeated = _running(pages)
    body = Counter(round(size) for lines in pages for _, size, text in lines for _ in text)
    body_size = body.most_common(1)[0][0] if body else 10
    out, header_text = [], []
    for lines in pages:
        furniture = [_is_furniture(i, lines, repeated) for i in range(len(lines))]
        for i, (y, size, text) in enumerate(lines):
            if furniture[i]:
                header_text.append(text)
                continue
            if size < 0.85 * body_size and _is_footnote_zone(lines, i, body_size, furniture):
                continue
            out.append(text)
        out.append("")
    hints = {}
    if m := SYMBOL.search(" ".join(header_text) + " " + " ".join(out[:40])):
        hints["symbol"] = m.group(0)
    return "\n".join(out), hints


def _pdf_lines(page) -> list[tuple[float, float, str]]:
    """(y, font size, text) per line, top of the page first; digits or asterisks set small inside a line
    (note markers) dropped."""
    frags: list[tuple[float, float, float, str]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            y = tm[5] * cm[3] + tm[4] * cm[1] + cm[5]
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            bold = "bold" in str((font_dict or {}).get("/BaseFont", "")).lower()
            frags.append((round(y, 0), x, abs(font_size * (tm[3] or 1) * (cm[3] or 1)), text, bold))

    page.extract_text(visitor_text=visit)
    lines: dict[float, list] = {}
    for y, x, size, text, bold in frags:
        lines.setdefault(y, []).append((x, size, text, bold))
    out = []
    for y in sorted(lines, reverse=True):
        parts = sorted(lines[y], key=lambda p: p[0])  # stable: fragments one text run reports at one x keep their order
        size = max(p[1] for p in parts)
        text = "".join(t for _, s, t, _ in parts if not (s < 0.85 * size and re.fullmatch(r"\s*(?:\d{1,3}|\*{1,3})\s*", t)))
        text = text.replace("\n", " ").rstrip()
        out.append((y, size, text, all(p[3] for p in parts)))
    body = Counter(round(s) for _, s, t, _ in out for _ in t).most_common(1)
    body_size = body[0][0] if body else 10
    return [(y, size, _mark_heading(text, bold or size >= 1.05 * body_size, size >= 1.25 * body_size))
            for y, size, text, bold in out]


def _mark_heading(text: str, emphasised: bool, title: bool) -> str:
    """A short bold or large line that is not a numbered paragraph is a heading ('## Trade union rights');
    much larger type is the document's title ('# ...', not part of any heading path)."""
    t = text.strip()
    if emphasised and 2 < len(t) < 120 and t[:1].isupper() and not t.endswith((".", ";", ",", ":")) \
            and not re.match(r"\d+\.\s|\([a-z]\)\s", t):
        return ("# " if title else "## ") + t
    return text


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def _running(pages: list[list]) -> set[str]:
    """Line shapes that open or close at least 30% of pages (3 or more): running headers and footers."""
    counts = Counter(key for lines in pages for key in {_shape(t) for _, _, t in lines[:3] + lines[-4:]})
    return {k for k, n in counts.items() if n >= max(3, 0.3 * len(pages)) and k}


def _is_furniture(i: int, lines: list, repeated: set[str]) -> bool:
    """A running header or footer, page number or job number: near a page edge, repeated on many pages or of a
    furniture shape ('12', 'GE.19-04500', a document symbol alone, with or without a page number)."""
    if not (i < 3 or i >= len(lines) - 4):
        return False
    text = lines[i][2]
    bare = re.sub(r"^#+ ", "", text).strip()
    return (_shape(text) in repeated or bool(re.fullmatch(r"\d{1,4}", bare)) or bool(re.match(r"GE\.\d\d-", bare))
            or bool(re.fullmatch(rf"(?:\d{{1,4}}\s+)?{SYMBOL.pattern}(?:\s+\d{{1,4}})?", bare)))


def _is_footnote_zone(lines: list, i: int, body_size: float, furniture: list[bool] | None = None) -> bool:
    """Small type below the last body-size line of the page (a page number or running footer below does not count)."""
    last_body = max((j for j, (_, s, _) in enumerate(lines) if s >= 0.85 * body_size and not (furniture and furniture[j])),
                    default=-1)
    return i > last_body


# --- DOCX --------------------------------------------------------------------------------
def check_zip(path: Path, limit: int | None = None) -> None:
    """Refuse a zip (a .docx) whose members would inflate beyond `limit` bytes: their declared sizes first, then
    each member read in blocks and counted, so a header that lies is caught too (zipfile stops at the declared size)."""
    import zipfile

    limit = limit or MAX_UNPACKED
    try:
        with zipfile.ZipFile(path) as z:
            members = z.infolist()
            xml = max((m for m in members if m.filename.endswith((".xml", ".rels"))), key=lambda m: m.file_size, default=None)
            if xml is not None and xml.file_size > MAX_XML:
                raise CorpusError(f"{path.name}: its part {xml.filename} would unpack to {xml.file_size / 1e6:,.0f} MB, more than "
                                  f"the {MAX_XML / 1e6:.0f} MB allowed (a compressed 'bomb'?). Re-save it, or split it.")
            if sum(m.file_size for m in members) > limit:
                raise CorpusError(f"{path.name} would unpack to {sum(m.file_size for m in members) / 1e6:,.0f} MB, more than "
                                  f"the {limit / 1e6:.0f} MB allowed (a compressed 'bomb'?). Re-save it, or split it.")
            total = 0
            for m in members:
                with z.open(m) as f:
                    while block := f.read(1 << 20):
                        total += len(block)
                        if total > limit:
                            raise CorpusError(f"{path.name} unpacks to more than the {limit / 1e6:.0f} MB allowed. Re-save it, or split it.")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError) as e:
        raise CorpusError(f"{path.name} is not a readable Word file ({type(e).__name__}). Re-save it as .docx.") from e


def read_docx(path: Path) -> tuple[str, dict]:
    docx = need("docx", "python-docx")
    check_zip(path)
    try:
        document = docx.Document(str(path))
    except Exception as e:
        raise CorpusError(f"{path.name} is not a readable Word file ({type(e).__name__}). Re-save it as .docx.") from e
    out, counters = [], {}
    for para in document.paragraphs:  # footnotes, headers and footers live in other parts: not read
        text = para.text.strip()
        if not text:
            continue
        style = (para.style.name or "").lower() if para.style is not None else ""
        if style.startswith("heading") or style == "title":
            level = int(m.group(1)) + 1 if (m := re.search(r"(\d)", style)) else 1
            out.append("#" * min(level, 6) + " " + text)
            continue
        out.append(_auto_number(para, counters) + text)
    symbol = _docx_masthead_symbol(document)
    return "\n".join(out), {"symbol": symbol} if symbol else {}


def _docx_masthead_symbol(document) -> str | None:
    """The symbol in the first page's masthead: a table at the top of the body, or the first page's own header
    (Word's 'different first page'). Running headers on the other pages are not read."""
    texts = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            texts += [cell.text for row in block.rows for cell in row.cells]
        elif block.text.strip():
            break
    for section in document.sections[:1]:
        if section.different_first_page_header_footer:
            header = section.first_page_header
            texts += [p.text for p in header.paragraphs]
            texts += [cell.text for table in header.tables for row in table.rows for cell in row.cells]
    m = SYMBOL.search("\n".join(texts))
    return m.group(0) if m else None


def _auto_number(para, counters: dict) -> str:
    """Word's automatic numbering is not in the text: rebuild '12. ' and '(a) ' from the list level."""
    num_pr = para._p.pPr.numPr if para._p.pPr is not None else None
    if num_pr is None or num_pr.numId is None or re.match(r"\s*(\d+\.|\([a-z]\))", para.text):
        return ""
    level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    key = (num_pr.numId.val, level)
    counters[key] = counters.get(key, 0) + 1
    for (nid, lvl) in list(counters):
        if nid == num_pr.numId.val and lvl > level:
            counters[(nid, lvl)] = 0
    n = counters[key]
    return f"{n}. " if level == 0 else f"({chr(ord('a') + n - 1)}) "


# --- HTML --------------------------------------------------------------------------------
def read_html(path: Path) -> tuple[str, dict]:
    bs4 = need("bs4", "beautifulsoup4")
    soup = bs4.BeautifulSoup(_read_plain(path), "html.parser")
    for el in soup(["script", "style", "nav", "header", "footer", "noscript", "form"]):
        el.decompose()
    for el in soup.find_all(lambda t: any("footnote" in str(v).lower() for v in (t.get("class") or []) + [t.get("id") or ""])):
        el.decompose()
    for sup in soup.find_all("sup"):
        if re.fullmatch(r"\s*\[?\d{1,3}\]?\s*", sup.get_text()):
            sup.decompose()
    out = []
    for el in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li"]):
        if el.name in ("p", "li") and el.find_parent(["p", "li"]) is not None:
            continue
        text = re.sub(r"\s+", " ", el.get_text(" ", strip=True)).strip()
        if text:
            out.append(("#" * int(el.name[1]) + " " + text) if el.name[0] == "h" else (f"- {text}" if el.name == "li" and not re.match(r"\(?[a-z0-9]{1,3}[.)]", text) else text))
    title = soup.title.get_text(strip=True) if soup.title else ""
    return "\n".join(out), {"title": title} if title else {}


# --- metadata the text states ------------------------------------------------------------
from .meta import SYMBOL, detect  # noqa: E402  (own symbol, title, date, body, kind, country, author: meta.py)
