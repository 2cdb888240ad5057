"""A Milvus collection as the index: paragraphs, dense vectors and server-side BM25, searched and fused in Milvus.

One row per embedding window (most paragraphs have one): the paragraph's fields, its window vector, and its heading +
text, which Milvus's BM25 function turns into a sparse vector. A question is one `hybrid_search`: dense (inner product)
and BM25 requests, both under the same filter expression, fused in the server with a WeightedRanker without
normalisation, grouped by paragraph, on the embedded engine's absolute scales (retrieve.py):

    fused = cosine + lexical_weight * BM25 / W      W = sum(idf(t) for t in the question's distinct terms)

so the lexical part reads, as the embedded one does, as the IDF-weighted share of the question found in the paragraph
(about 1.0 when every term occurs once in a paragraph of average length; k1 = 1.2, b = 0.75 as lexical.py). What differs:
Milvus's BM25 takes IDF and average length from the collection itself, the embedded index from a fixed background
table. W is computed here from the paragraphs' term statistics. The BM25 field and request hold text analyzed by our
own analyzer (stop words, Snowball stems), so Milvus counts the terms the embedded index counts. Windows of one
paragraph carry the same text, so the best window of a paragraph is its score, as in the embedded index.
"""
from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import DependencyMissing, IndexError_
from ..ingest.places import symbol_codes
from ..records import Document, Paragraph

SCALE_INSTALL = "pip install 'treaty-assistant[scale]'"
COLLECTION = "assistant_paragraphs"
BM25_K1, BM25_B = 1.2, 0.75  # lexical.py's, so both backends saturate term frequency alike
DEPTH = 200  # candidates each request (dense, BM25) hands to the fusion
EXACT_UP_TO = 50_000  # vectors: exact (FLAT) search up to this, HNSW above (search ef = 2 * DEPTH)
MAX_TEXT = 65_535
_BODIES = {"E/C.12": "CESCR", "CCPR": "CCPR", "CEDAW": "CEDAW", "CRC": "CRC", "CAT": "CAT", "CERD": "CERD",
           "CRPD": "CRPD", "CED": "CED", "CMW": "CMW", "A/HRC": "HRC"}  # UN symbol prefix -> treaty body


def pymilvus():
    """The pymilvus module, or an error naming the install that brings it."""
    try:
        import pymilvus as pm
    except ImportError as e:
        raise DependencyMissing(f"pymilvus is not available - install it: {SCALE_INSTALL}") from e
    return pm


def facets(symbol: str | None) -> tuple[str, str]:
    """Treaty body and country read off a UN symbol.

    >>> facets("E/C.12/KAZ/CO/2"), facets("CCPR/C/FRA/6"), facets(None)
    (('CESCR', 'KAZ'), ('CCPR', 'FRA'), ('', ''))
    """
    if not symbol:
        return "", ""
    body = next((b for prefix, b in _BODIES.items() if symbol.startswith(prefix + "/")), "")
    codes = symbol_codes(symbol)
    return body, (codes[0] if codes and body else "")


@dataclass(frozen=True)
class Filter:
    """What a search may return, as a Milvus boolean expression (pushed into both requests).

    >>> Filter(symbols=("E/C.12/KAZ/CO/2",), date_from="2019").expr()
    'symbol in ["E/C.12/KAZ/CO/2"] and date >= "2019"'
    """

    symbols: tuple[str, ...] = ()
    author_kinds: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    date_from: str = ""  # ISO prefix, compared as text: "2019" <= "2019-03-08"
    date_to: str = ""
    pids: tuple[int, ...] = ()

    def expr(self) -> str:
        parts = [f"{field} in {json.dumps(list(vals), ensure_ascii=False)}" for field, vals in
                 (("symbol", self.symbols), ("author_kind", self.author_kinds), ("body", self.bodies),
                  ("country", self.countries), ("pid", self.pids)) if vals]
        if self.date_from:
            parts.append(f"date >= {json.dumps(self.date_from)}")
        if self.date_to:
            parts.append(f"date <= {json.dumps(self.date_to + '~')}")  # "2021~" keeps "2021-03-10" ('~' sorts after digits)
        return " and ".join(parts)


def analyzer() -> dict:
    """Milvus's analyzer: it only splits the text, which is analyzed already (see `analyzed`)."""
    return {"tokenizer": "standard", "filter": ["lowercase"]}


def analyzed(texts: list[str]) -> list[str]:
    """Texts as the embedded index's BM25 sees them (index.bm25_tokenize: stop words out, Snowball stems), joined by
    spaces: what goes into the BM25 field and into the BM25 request, so both backends count the same terms.
    (milvus-lite 3.2.2 accepts but ignores the analyzer's stemmer filter: measured, docs/scale.md.)"""
    from .index import bm25_tokenize

    return [" ".join(toks) for toks in bm25_tokenize(texts)]


def both_forms(params: dict) -> dict:
    """Index parameters as pymilvus >= 2.5 sends them (one key each) and, under "params", as JSON, the form
    milvus-lite 3.2.2 reads: it ignores the flat keys, so BM25 ran with its default k1 = 1.5, not ours (measured:
    raw BM25 scores equal the formula with k1 = 1.5). Milvus reads both forms.

    >>> both_forms({"bm25_k1": 1.2})
    {'bm25_k1': 1.2, 'params': {'bm25_k1': 1.2}}
    """
    return {**params, "params": dict(params)}


class MilvusStore:
    """The collection: create, write, read back paragraphs, documents and the manifest."""

    def __init__(self, uri: str, collection: str = COLLECTION, token: str | None = None):
        pm = pymilvus()
        self.uri, self.name = uri, collection
        try:
            self.client = pm.MilvusClient(uri=uri, token=token or os.environ.get("ASSISTANT_MILVUS_TOKEN", ""))
        except Exception as e:
            raise IndexError_(f"Cannot reach Milvus at {uri} ({type(e).__name__}: {e}). Start it, or pass --uri") from e

    def exists(self) -> bool:
        return self.client.has_collection(self.name)

    def manifest(self) -> dict | None:
        if not self.exists():
            return None
        props = self.client.describe_collection(self.name).get("properties") or {}
        try:
            return json.loads(props.get("assistant.manifest", ""))
        except ValueError:
            return None

    def create(self, dim: int, rows: int = 0) -> None:
        pm = pymilvus()
        if self.exists():
            self.client.drop_collection(self.name)
        s = self.client.create_schema(auto_id=False)
        s.add_field("id", pm.DataType.INT64, is_primary=True)
        s.add_field("pid", pm.DataType.INT64)  # paragraph row
        for name, length in (("doc_id", 256), ("symbol", 256), ("paragraph", 128), ("kind", 32), ("parent", 128),
                             ("author_kind", 32), ("date", 64), ("body", 32), ("country", 8)):
            s.add_field(name, pm.DataType.VARCHAR, max_length=length)
        s.add_field("ord", pm.DataType.INT64)
        s.add_field("headings", pm.DataType.VARCHAR, max_length=MAX_TEXT)  # JSON list
        s.add_field("body_text", pm.DataType.VARCHAR, max_length=MAX_TEXT)  # the paragraph, verbatim
        s.add_field("text", pm.DataType.VARCHAR, max_length=MAX_TEXT, enable_analyzer=True, analyzer_params=analyzer())
        s.add_field("dense", pm.DataType.FLOAT_VECTOR, dim=dim)
        s.add_field("sparse", pm.DataType.SPARSE_FLOAT_VECTOR)
        s.add_function(pm.Function(name="bm25", function_type=pm.FunctionType.BM25, input_field_names=["text"],
                                   output_field_names=["sparse"]))
        ip = self.client.prepare_index_params()
        if rows <= EXACT_UP_TO:  # exact, as the embedded index (milvus-lite's AUTOINDEX missed 0.61-cosine neighbours)
            ip.add_index("dense", index_type="FLAT", metric_type="IP")
        else:
            ip.add_index("dense", index_type="HNSW", metric_type="IP", params=both_forms({"M": 16, "efConstruction": 200}))
        ip.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25",
                     params=both_forms({"bm25_k1": BM25_K1, "bm25_b": BM25_B}))
        self.client.create_collection(self.name, schema=s, index_params=ip)

    def write(self, paragraphs: list[Paragraph], documents: list[dict], window_rows: np.ndarray, vecs: np.ndarray,
              manifest: dict, batch: int = 512) -> None:
        """Replace the collection with these paragraphs and window vectors; the manifest goes last."""
        from .index import lexical_text

        self.create(vecs.shape[1], len(vecs))
        docs = {d["cite_as"]: d for d in documents}
        lexical = analyzed([lexical_text(p) for p in paragraphs])
        rows = []
        for i, (pid, v) in enumerate(zip(window_rows.tolist(), vecs)):
            p = paragraphs[pid]
            d = docs.get(p.symbol, {})
            body, country = facets(d.get("symbol"))
            rows.append({"id": i, "pid": pid, "doc_id": p.doc_id, "symbol": p.symbol, "paragraph": p.paragraph,
                         "kind": p.kind, "parent": p.parent or "", "author_kind": d.get("author_kind", "unknown"),
                         "date": d.get("date", ""), "body": body, "country": country, "ord": p.order,
                         "headings": json.dumps(list(p.headings), ensure_ascii=False), "body_text": p.text[:MAX_TEXT],
                         "text": lexical[pid][:MAX_TEXT], "dense": v.tolist()})
            if len(rows) == batch:
                self.client.insert(self.name, rows)
                rows = []
        if rows:
            self.client.insert(self.name, rows)
        self.client.flush(self.name)
        self.client.load_collection(self.name)
        meta = {"assistant.manifest": json.dumps(manifest), "assistant.documents": json.dumps(documents, ensure_ascii=False)}
        self.client.alter_collection_properties(self.name, properties=meta)

    def documents(self) -> list[dict]:
        props = self.client.describe_collection(self.name).get("properties") or {}
        return json.loads(props.get("assistant.documents", "[]"))

    def paragraphs(self) -> list[Paragraph]:
        """Every paragraph, in row order (first window of each)."""
        fields = ["pid", "doc_id", "symbol", "paragraph", "kind", "parent", "ord", "headings", "body_text"]
        self.client.load_collection(self.name)
        logging.getLogger("pymilvus").setLevel(logging.ERROR)  # the iterator warns that it uses the client's clock
        it = self.client.query_iterator(self.name, batch_size=1000, filter="pid >= 0", output_fields=fields)
        by_pid: dict[int, Paragraph] = {}
        while batch := it.next():
            for r in batch:
                by_pid.setdefault(r["pid"], Paragraph(r["doc_id"], r["symbol"], r["paragraph"], r["body_text"],
                                                      tuple(json.loads(r["headings"])), r["ord"], r["kind"], r["parent"] or None))
        it.close()
        return [by_pid[i] for i in range(len(by_pid))]


class TermStats:
    """Document frequencies of the collection's terms: the question's weight W = the sum of its terms' idf, as Milvus
    computes idf over the collection. A term the collection lacks counts as rare (document frequency 1), as lexical.py
    counts a term its background table lacks: otherwise it would weigh nothing, and the share of the question's other
    terms would grow (a question with an absent term scored up to 6x the embedded engine's lexical share).

    >>> t = TermStats([["trade", "union"], ["union"], ["water"]])
    >>> round(t.of(["trade", "union"]), 3), round(t.of(["trade", "union", "right"]), 3), round(t.unseen, 3)
    (1.451, 2.432, 0.981)
    """

    def __init__(self, token_lists: list[list[str]]):
        from .lexical import _idf

        df: dict[str, int] = {}
        for toks in token_lists:
            for t in set(toks):
                df[t] = df.get(t, 0) + 1
        n = max(len(token_lists), 1)
        self.idf = {t: _idf(n, d) for t, d in df.items()}
        self.unseen = _idf(n, 1)

    def of(self, terms) -> float:
        """W: the summed idf of these (analyzed, distinct) terms."""
        return sum(self.idf.get(t, self.unseen) for t in terms)


class MilvusIndex:
    """What the Assistant reads from an index, served by a Milvus collection (paragraphs are read back once)."""

    def __init__(self, store: MilvusStore):
        self.store = store
        self.manifest = store.manifest()
        if self.manifest is None:
            raise IndexError_(f"No index in Milvus collection {store.name} at {store.uri}. "
                              f"Build it: assistant index build --backend milvus --uri {store.uri}")
        store.client.load_collection(store.name)
        from .index import bm25_tokenize, lexical_text
        from .lexical import Lexical

        self.paragraphs = store.paragraphs()
        self.documents = store.documents()
        tokens = bm25_tokenize([lexical_text(p) for p in self.paragraphs])
        self.terms = TermStats(tokens)
        self.lexical = Lexical.from_tokens(tokens)  # what the answer stage reads (idf, the question's evidence)
        self.gen = f"{store.uri} collection {store.name}"
        self.model_sha = self.query_model = None
        if len(self.paragraphs) != self.manifest.get("paragraphs"):
            raise IndexError_(f"The Milvus collection {store.name} is inconsistent (counts differ from its manifest). "
                              f"Rebuild it: assistant index build --backend milvus --uri {store.uri}")


def build(docs: list[Document], store: MilvusStore, embedder, progress: bool = True) -> dict:
    """Split, embed (any embedder: in process, or on Ray) and write the collection. Returns the manifest."""
    from .embed import windows
    from .index import embed_text, log
    from ..ingest.load import corpus_hash, doc_hash
    from ..ingest.split import PARSER_VERSION, split

    t0 = time.perf_counter()
    if hasattr(embedder, "split"):  # RayEmbedder: documents split in parallel tasks
        paragraphs, texts, rows = embedder.split(docs)
    else:
        paragraphs, texts, rows = [], [], []
        for d in docs:
            for p in split(d):
                for w in windows(embed_text(p), embedder.count_tokens):
                    texts.append(w)
                    rows.append(len(paragraphs))
                paragraphs.append(p)
    if not paragraphs:
        raise IndexError_("No paragraphs found in the documents; check that they hold text.")
    if progress:
        log(f"Embedding {len(texts)} windows ({len(paragraphs)} paragraphs) for Milvus at {store.uri} ...")
    vecs = np.asarray(embedder.embed(texts, progress=progress), dtype=np.float32)
    from .index import FORMAT_VERSION

    manifest = {"format_version": FORMAT_VERSION, "model": embedder.name, "dim": int(vecs.shape[1]),
                "corpus_hash": corpus_hash(docs), "parser_version": PARSER_VERSION, "paragraphs": len(paragraphs),
                "vectors": len(rows), "documents": len(docs), "doc_hashes": {d.doc_id: doc_hash(d) for d in docs},
                "backend": "milvus", "built_seconds": 0.0, "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    store.write(paragraphs, [d.meta() for d in docs], np.asarray(rows), vecs, manifest)
    manifest["built_seconds"] = round(time.perf_counter() - t0, 2)
    if progress:
        log(f"Milvus collection {store.name} built in {manifest['built_seconds']:.1f} s: {len(paragraphs)} paragraphs")
    return manifest


def staleness(store: MilvusStore, docs: list[Document], model: str) -> str | None:
    from .index import FORMAT_VERSION
    from ..ingest.load import corpus_hash
    from ..ingest.split import PARSER_VERSION

    m = store.manifest()
    if m is None:
        return f"there is no collection {store.name} at {store.uri}"
    for key, want in (("format_version", FORMAT_VERSION), ("model", model), ("parser_version", PARSER_VERSION),
                      ("corpus_hash", corpus_hash(docs))):
        if m.get(key) != want:
            return f"the collection was built with {key}={m.get(key)!r}, this version needs {want!r}"
    return None


def open_index(docs: list[Document], where: Path, uri: str, model: str, embedder, rebuild: bool, progress: bool,
               ray: str | None = None):
    """(index, query embedder, retriever class) for Assistant.load(backend="milvus"); builds when stale."""
    from .index import build_lock, log

    store = MilvusStore(uri, os.environ.get("ASSISTANT_MILVUS_COLLECTION", COLLECTION))
    why = "a rebuild was asked for" if rebuild else staleness(store, docs, model)
    doc_embedder = embedder
    if why is not None:
        with build_lock(where):
            if progress:
                log(f"Building the Milvus collection {store.name} at {uri} ({why}) ...")
            doc_embedder = _document_embedder(embedder, ray)
            build(docs, store, doc_embedder, progress)
    idx = MilvusIndex(store)
    from .milvus_search import MilvusRetriever

    return idx, _query_embedder(where, embedder, doc_embedder), MilvusRetriever


def _document_embedder(embedder, ray: str | None):
    if ray:
        from .distributed import RayEmbedder

        return RayEmbedder(ray)
    if embedder is not None:
        return embedder
    from .embed import LazyEmbedder

    return LazyEmbedder()


def _query_embedder(where: Path, embedder, doc_embedder):
    """The ONNX question encoder, kept in a local folder beside where the embedded index would live."""
    if embedder is not None:
        return embedder
    from .embed import LazyEmbedder, QueryEmbedder

    folder = where / "milvus-query-model"
    if not (folder / "model.onnx").exists():
        folder.mkdir(parents=True, exist_ok=True)
        (doc_embedder if doc_embedder is not None else LazyEmbedder()).export_query_model(folder)
    return QueryEmbedder(folder / "model.onnx", folder / "tokenizer.json")
