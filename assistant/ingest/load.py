"""Files -> Document (text + catalog metadata). I/O only; splitting happens in split.py."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..errors import CorpusError
from ..records import Document

BUNDLED = Path(__file__).parent.parent / "corpus"


def document(meta: dict, text: str, path: str) -> Document:
    """A Document from a metadata dict (a catalog entry, a library entry, or what formats.detect found)."""
    return Document(doc_id=meta["doc_id"], cite_as=meta["cite_as"], title=meta["title"], author_kind=meta["author_kind"],
                    author=meta.get("author", ""), date=meta.get("date", ""), language=meta.get("language", "en"),
                    text=text, symbol=meta.get("symbol"), path=path, note=meta.get("symbol_note", ""),
                    kind=meta.get("kind", ""), body=meta.get("body", ""), country=meta.get("country", ""),
                    aliases=tuple(meta.get("aliases") or ()))


def _detected(path: Path, text: str, hints: dict) -> dict:
    """Metadata for a file the catalog does not describe, read off its text."""
    from .formats import detect

    found = detect(text, hints, path.stem)
    return {**found, "doc_id": path.stem, "cite_as": found["symbol"] or path.stem, "author": "", "language": "en",
            "symbol_note": "" if found["symbol"] else "No symbol found in the text; the file name is the id."}


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
    """Every document in a folder (PDF, DOCX, HTML, Markdown, text), with its catalog entry where there is one."""
    from .formats import SUPPORTED, read_file

    folder = (Path(folder) if folder else BUNDLED).resolve()  # one name per folder: a relative path or a link re-embeds nothing
    if not folder.is_dir():
        raise CorpusError(f"No folder of documents at {folder}. Give an existing folder of documents.")
    catalog = load_catalog(folder)
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUPPORTED and p.is_file())
    if not files:
        raise CorpusError(f"{folder} holds no documents ({', '.join(SUPPORTED)}). Add some, or point to another folder.")
    docs = []
    for path in files:
        text, hints = read_file(path)
        docs.append(document(catalog.get(path.name) or _detected(path, text, hints), text, str(path)))
    return docs


def _said(d: Document) -> bytes:
    """What a document says and what the catalog says of it; not where its file lies (a checkout moved to another
    folder, or a corpus copied, re-embeds nothing)."""
    meta = d.meta()
    meta.pop("path")
    return json.dumps(meta, sort_keys=True).encode() + d.text.encode()


def doc_hash(d: Document) -> str:
    """Changes when a document's text or metadata changes: its vectors are then embedded again."""
    return hashlib.sha256(_said(d)).hexdigest()[:16]


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
        if "kind" not in meta:  # added before kind, body and country were kept: read them off its text, as for a new file
            from .formats import detect

            found = detect(text, {}, meta_path.stem)
            meta = {**meta, **{k: found[k] for k in ("kind", "body", "country")}}
        docs.append(document(meta, text, meta.get("source", "")))
    return docs


def corpus_hash(docs: list[Document]) -> str:
    h = hashlib.sha256()
    for d in docs:
        h.update(_said(d))
    return h.hexdigest()[:16]
