"""Files -> Document (text + catalog metadata). I/O only; splitting happens in split.py."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from .errors import CorpusError
from .records import Document

BUNDLED = Path(__file__).parent / "corpus"
SUFFIXES = (".txt", ".md")
MAX_BYTES = 20_000_000


def read_text(path: Path) -> str:
    """A file's text, or a CorpusError that says what to do."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise CorpusError(f"Cannot read {path}: {e.strerror}. Check the path and its permissions.") from e
    if len(data) > MAX_BYTES:
        raise CorpusError(f"{path} is {len(data):,} bytes, more than the {MAX_BYTES:,} allowed. Split it first.")
    if b"\x00" in data[:4096]:
        raise CorpusError(f"{path} is not a text file. Convert it to .txt or .md first.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise CorpusError(f"{path} is not UTF-8 text ({e.reason} at byte {e.start}). Re-save it as UTF-8.") from e


def _guess(path: Path, text: str) -> dict:
    """Metadata for a file the catalog does not describe, read off its first lines."""
    head = text[:3000]
    symbol = m.group(0) if (m := re.search(r"\b(?:E/C\.12|CCPR/C|CEDAW/C|CRC/C|CAT/C|A/HRC)/[A-Z0-9/.]+\d\b", head)) else None
    title = next((re.sub(r"[#*\[\]]", "", l).strip() for l in head.splitlines() if len(l.strip()) > 15), path.stem)
    lower = head.lower()
    kind = "committee" if "concluding observations on" in lower and "information received" not in lower else (
        "state" if re.search(r"periodic report submitted by|information received from|replies of", lower) else "unknown")
    date = m.group(1) if (m := re.search(r"Date received:\s*([^\]\n]+)", head)) else ""
    return {"doc_id": path.stem, "symbol": symbol, "cite_as": symbol or path.stem, "title": title[:200],
            "author_kind": kind, "author": "", "date": date, "language": "en",
            "symbol_note": "" if symbol else "No symbol found in the text; the file name is the id."}


def load_catalog(folder: Path) -> dict[str, dict]:
    path = folder / "catalog.json"
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {d["file"]: d for d in data["documents"]}
    except (ValueError, KeyError, TypeError) as e:
        raise CorpusError(f"{path} is not a valid catalog ({e}). Fix it or delete it to let the files speak for themselves.") from e


def load_corpus(folder: str | Path | None = None) -> list[Document]:
    """Every .txt/.md document in a folder, with its catalog entry where there is one."""
    folder = Path(folder) if folder else BUNDLED
    if not folder.is_dir():
        raise CorpusError(f"No folder of documents at {folder}. Give an existing folder of .txt or .md files.")
    catalog = load_catalog(folder)
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
    if not files:
        raise CorpusError(f"{folder} holds no .txt or .md documents. Add some, or point to another folder.")
    docs = []
    for path in files:
        text = read_text(path)
        meta = catalog.get(path.name) or _guess(path, text)
        docs.append(Document(
            doc_id=meta["doc_id"], cite_as=meta["cite_as"], title=meta["title"], author_kind=meta["author_kind"],
            author=meta.get("author", ""), date=meta.get("date", ""), language=meta.get("language", "en"),
            text=text, symbol=meta.get("symbol"), path=str(path), note=meta.get("symbol_note", "")))
    return docs


def doc_hash(d: Document) -> str:
    """Changes when a document's text or metadata changes: its vectors are then embedded again."""
    return hashlib.sha256(json.dumps(d.meta(), sort_keys=True).encode() + d.text.encode()).hexdigest()[:16]


def load_library(folder: Path) -> list[Document]:
    """Documents a user added (assistant add): their extracted text and metadata, kept beside the index."""
    if not folder.is_dir():
        return []
    docs = []
    for meta_path in sorted(folder.glob("*.json")):
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            text = meta_path.with_suffix(".txt").read_text(encoding="utf-8")
        except (OSError, ValueError) as e:
            raise CorpusError(f"The added document {meta_path.stem} is damaged ({e}). Remove it: assistant remove {meta_path.stem}") from e
        docs.append(Document(doc_id=meta["doc_id"], cite_as=meta["cite_as"], title=meta["title"], author_kind=meta["author_kind"],
                             author=meta.get("author", ""), date=meta.get("date", ""), language=meta.get("language", "en"),
                             text=text, symbol=meta.get("symbol"), path=meta.get("source", ""), note=meta.get("symbol_note", "")))
    return docs


def corpus_hash(docs: list[Document]) -> str:
    h = hashlib.sha256()
    for d in docs:
        h.update(json.dumps(d.meta(), sort_keys=True).encode())
        h.update(d.text.encode())
    return h.hexdigest()[:16]
