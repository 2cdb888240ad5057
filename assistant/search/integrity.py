"""Integrity of an index generation: content hashes recorded at build, checked at load; readers pin their generation.

Every file of a generation (the query model included) is listed in its manifest with its size and SHA-256:
    "files": {"dense.faiss": {"bytes": 1259565, "sha256": "9f2c..."}, "lexical/vocab.json": {...}, ...}
Loading checks every size, and the hash of every file it reads (all but the 90 MB model and the vectors kept
for reuse, ~3 ms); `full` checks those two as well (~80 ms): at build, on `index status` / `index verify`, after
an unclean stop (a build's temp folder left behind) and when the model file's mtime changed since the build.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
from contextlib import contextmanager
from pathlib import Path

from ..errors import IndexError_

LARGE = ("model.onnx", "vectors.npy")  # hashed only in a full check (or when their mtime moved)


class IndexDamaged(IndexError_):
    """A generation whose files differ from what its manifest recorded."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def record(folder: Path) -> dict:
    """{relative path: {bytes, sha256, mtime_ns}} for every file under `folder` (the manifest excepted)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_file() and rel != "manifest.json":
            st = p.stat()
            out[rel] = {"bytes": st.st_size, "sha256": _hash_file(p), "mtime_ns": st.st_mtime_ns}
    return out


def _hash_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def damaged(gen: Path, name: str, why: str) -> IndexDamaged:
    return IndexDamaged(f"The index at {gen} is damaged: {name} {why}. Rebuild it: assistant index build")


def files_of(gen: Path, manifest: dict) -> dict:
    files = manifest.get("files")
    if not isinstance(files, dict) or not files:
        raise IndexDamaged(f"The index at {gen} records no file hashes (built by an older version). "
                           "Rebuild it: assistant index build")
    return files


def read_checked(gen: Path, manifest: dict, name: str, full: bool = False) -> bytes:
    """The bytes of one file of the generation, after checking its size and (unless large and not `full`) its hash."""
    info = files_of(gen, manifest).get(name)
    if info is None:
        raise damaged(gen, name, "is not listed in its manifest")
    try:
        data = (gen / name).read_bytes()
    except FileNotFoundError:
        raise
    except OSError as e:
        raise damaged(gen, name, f"cannot be read ({e.strerror})") from e
    if len(data) != info["bytes"]:
        raise damaged(gen, name, f"has {len(data):,} bytes, its manifest says {info['bytes']:,}")
    if (full or name not in LARGE or _moved(gen, name, info)) and sha256(data) != info["sha256"]:
        raise damaged(gen, name, "differs from its manifest (SHA-256)")
    return data


def check(gen: Path, manifest: dict, full: bool = False, skip: tuple[str, ...] = ()) -> None:
    """Sizes of every file; hashes too when `full`. Raises IndexDamaged (missing files: FileNotFoundError)."""
    for name, info in files_of(gen, manifest).items():
        if name in skip:
            continue
        size = (gen / name).stat().st_size
        if size != info["bytes"]:
            raise damaged(gen, name, f"has {size:,} bytes, its manifest says {info['bytes']:,}")
        if full and _hash_file(gen / name) != info["sha256"]:
            raise damaged(gen, name, "differs from its manifest (SHA-256)")


def _moved(gen: Path, name: str, info: dict) -> bool:
    try:
        return (gen / name).stat().st_mtime_ns != info.get("mtime_ns")
    except OSError:
        return True


def unclean(index_dir: Path) -> bool:
    """A build's temp folder is there: one was stopped (or runs now): check everything."""
    try:
        return any(p.name.startswith(".tmp-") for p in index_dir.iterdir())
    except OSError:
        return False


@contextmanager
def pinned(gen: Path):
    """Hold a shared lock on the generation folder while reading it: a build never removes a pinned generation."""
    fd = os.open(gen, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
        yield
    finally:
        os.close(fd)


def try_remove(folder: Path) -> bool:
    """Remove an old generation unless a reader has it pinned (it is removed by a later build)."""
    import shutil

    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return False
    try:
        shutil.rmtree(folder, ignore_errors=True)
    finally:
        os.close(fd)
    return True
