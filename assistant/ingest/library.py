"""Documents a user adds: read any supported file, keep its text and metadata beside the index. I/O only."""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ..errors import AssistantError, CorpusError
from ..records import AUTHOR_KINDS
from .formats import SUPPORTED, detect, read_file

MAX_PARAGRAPHS = 20_000  # per document; the largest bundled one has 420
META_FIELDS = ("symbol", "cite_as", "title", "author_kind", "author", "date", "language", "kind", "body", "country")


@dataclass
class AddReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, message)
    undo: list[tuple[Path, bytes | None]] = field(default_factory=list, repr=False)  # library files as they were

    def rollback(self) -> None:
        """Put the library back as it was before this add (the index build after it failed)."""
        for path, before in reversed(self.undo):
            _restore(path, before)
        self.undo.clear()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced)

    def lines(self) -> list[str]:
        out = [f"added: {d}" for d in self.added] + [f"replaced: {d}" for d in self.replaced]
        out += [f"unchanged, skipped: {d}" for d in self.unchanged] + [f"NOT added: {f}: {m}" for f, m in self.failed]
        return out


def files_in(paths) -> list[Path]:
    out = []
    for p in map(Path, [paths] if isinstance(paths, (str, Path)) else paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED and not f.name.endswith(".meta.json"))
        else:
            out.append(p)
    return out


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60] or "document"


def add(paths, folder: Path, overrides: dict, reserved: set[str], taken: dict[str, str] | None = None,
        sources: dict | None = None) -> AddReport:
    """Read each file and write it into the library folder; a bad file is reported, the rest go on.
    `reserved`: ids of documents not in the library; `taken`: citation id -> document id, for all documents;
    `sources`: path -> the name it is known by (a chat upload: its file name, not the server's temp copy), so
    that adding it again replaces it."""
    report = AddReport()
    taken = dict(taken or {})
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise AssistantError(f"Cannot write the library at {folder} ({e.strerror or e}). Make the folder writable, "
                             "or set ASSISTANT_INDEX_DIR to another folder.") from e
    known = {m["source"]: m for m in _entries(folder)}
    for path in files_in(paths):
        try:
            text, hints = read_file(path)
            sidecar = _sidecar(path)
            source = (sources or {}).get(str(path)) or str(path.resolve())
            old = known.get(source)
            doc_id = old["doc_id"] if old else _new_id(slug(path.stem), folder, reserved)
            meta = _meta(text, hints, doc_id, {**sidecar, **{k: v for k, v in overrides.items() if v}})
            digest = hashlib.sha256(text.encode() + json.dumps(meta, sort_keys=True).encode()).hexdigest()
            if old and old.get("sha256") == digest:
                report.unchanged.append(doc_id)
                continue
            n = len(_paragraphs(text, meta, doc_id))
            if not n:
                raise CorpusError(f"{path.name}: no paragraph could be found in its text. Check it is the document itself "
                                  "(not a cover page or an image), or convert it to text with one paragraph per line.")
            if n > MAX_PARAGRAPHS:
                raise CorpusError(f"{path.name} has {n:,} paragraphs, more than the {MAX_PARAGRAPHS:,} allowed. Split it first.")
            if taken.get(meta["cite_as"], doc_id) != doc_id:
                raise CorpusError(f"{meta['cite_as']} is already in the index (document {taken[meta['cite_as']]}). "
                                  "Remove that one first, or give this file another id: --symbol ...")
            taken[meta["cite_as"]] = doc_id
            entry = {**meta, "doc_id": doc_id, "source": source, "sha256": digest,
                     "added_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
            mark = len(report.undo)
            try:
                for name, content in ((f"{doc_id}.txt", text), (f"{doc_id}.json", json.dumps(entry, ensure_ascii=False, indent=1))):
                    report.undo.append((folder / name, _bytes(folder / name)))
                    _write(folder / name, content)
            except OSError:
                for p, before in reversed(report.undo[mark:]):  # no half-written entry
                    _restore(p, before)
                del report.undo[mark:]
                raise
            (report.replaced if old else report.added).append(doc_id)
        except OSError as e:
            report.failed.append((path.name, f"cannot be stored in the library at {folder} ({e.strerror or e}). "
                                              "Free some space or make the folder writable."))
        except CorpusError as e:
            report.failed.append((path.name, str(e)))
    return report


def _bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _restore(path: Path, before: bytes | None) -> None:
    try:
        if before is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(before)
    except OSError:
        pass


def _paragraphs(text: str, meta: dict, doc_id: str) -> list:
    from .split import split_text

    return split_text(text, meta["cite_as"], doc_id)


def remove(doc: str, folder: Path) -> str:
    for m in _entries(folder):
        if doc in (m["doc_id"], m.get("cite_as"), m.get("symbol")):
            (folder / f"{m['doc_id']}.json").unlink()
            (folder / f"{m['doc_id']}.txt").unlink(missing_ok=True)
            return m["doc_id"]
    raise AssistantError(f"No added document '{doc}'. See the documents: assistant index status")


def _meta(text: str, hints: dict, doc_id: str, given: dict) -> dict:
    found = detect(text, hints, doc_id)
    meta = {"symbol": found["symbol"], "title": found["title"], "author_kind": found["author_kind"], "author": "",
            "date": found["date"], "language": "en", "kind": found["kind"], "body": found["body"], "country": found["country"],
            "aliases": found.get("aliases") or []}  # the names its text gives it: a general comment's, its author's
    meta.update({k: v for k, v in given.items() if k in META_FIELDS})
    if meta["author_kind"] not in AUTHOR_KINDS:
        raise CorpusError(f"author_kind must be one of {', '.join(AUTHOR_KINDS)}, not '{meta['author_kind']}'.")
    meta["cite_as"] = given.get("cite_as") or meta["symbol"] or doc_id
    meta["symbol_note"] = "" if meta["symbol"] else f"No symbol found in the text; '{meta['cite_as']}' is its id here."
    return meta


def _sidecar(path: Path) -> dict:
    """Metadata a user wrote beside the file: 'report.pdf.meta.json' = {"symbol": ..., "date": ...}."""
    side = path.with_name(path.name + ".meta.json")
    if not side.exists():
        return {}
    try:
        return json.loads(side.read_text(encoding="utf-8"))
    except ValueError as e:
        raise CorpusError(f"{side.name} is not valid JSON ({e}). Fix it or delete it.") from e


def _entries(folder: Path) -> list[dict]:
    out = []
    for p in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            out.append(json.loads(p.read_text(encoding="utf-8")))
        except ValueError:
            continue
    return out


def _new_id(base: str, folder: Path, reserved: set[str]) -> str:
    doc_id, n = base, 2
    while doc_id in reserved or (folder / f"{doc_id}.json").exists():
        doc_id, n = f"{base}-{n}", n + 1
    return doc_id


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
