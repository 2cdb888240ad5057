"""Question -> ranked paragraphs from a Milvus collection: one hybrid search, fused in the server, filters pushed down.

The same public surface as retrieve.Retriever (search, search_scored, rows, paragraphs, author_kinds), so the
Assistant answers and cites the same way over either backend. Scores are absolute (see milvus.py):
fused = w * cosine + (1 - w) * BM25 / M, and Hit.lexical is the normalised BM25 in [0, 1].
"""
from __future__ import annotations

import numpy as np

from .milvus import DEPTH, Filter, MilvusIndex
from .retrieve import Hit, named_paragraphs, voices_named

NAMED_BOOST = 0.15  # absolute units added to paragraphs a question names by number without naming their document
OUT = ["pid", "dense"]


class MilvusRetriever:
    """Hybrid (dense + BM25) search in Milvus. `mask` may be a Filter (pushed down as an expression) or, as for the
    embedded Retriever, a boolean array over paragraphs: a mask that selects whole documents becomes `symbol in
    [...]`, any other becomes `pid in [...]`.

    Voice boost: paragraphs by an author the question names get `voice_boost` (absolute units) added; their best
    candidates are fetched by a second request filtered to those authors, so the boost never misses one.
    """

    def __init__(self, index: MilvusIndex, embedder, dense_weight: float = 0.7, voice_boost: float = 0.1):
        self.index = index
        self.store = index.store
        self.embedder = embedder
        self.dense_weight = dense_weight
        self.voice_boost = voice_boost
        self.paragraphs = index.paragraphs
        kinds = {d["cite_as"]: d["author_kind"] for d in index.documents}
        self.author_kinds = np.array([kinds.get(p.symbol, "unknown") for p in self.paragraphs])
        self.symbols = np.array([p.symbol for p in self.paragraphs])
        self.rows = {p.key: i for i, p in enumerate(self.paragraphs)}

    # --- the query ---------------------------------------------------------------------------
    def _hybrid(self, q: np.ndarray, question: str, limit: int, flt: Filter | None) -> list[Hit]:
        """Paragraphs ranked by the server's weighted fusion; each with its cosine and normalised BM25."""
        pm = self._pm()
        expr = flt.expr() if flt else ""
        m = self.index.bm25.max_score(question)
        w = self.dense_weight
        reqs = [pm.AnnSearchRequest([q.tolist()], "dense", {"metric_type": "IP", "params": {"ef": 2 * DEPTH}},
                                    limit=DEPTH, expr=expr)]
        weights = [w]
        if m > 0:
            from .milvus import analyzed

            reqs.append(pm.AnnSearchRequest(analyzed([question]), "sparse", {"metric_type": "BM25"}, limit=DEPTH, expr=expr))
            weights.append((1 - w) / m)
        res = self.store.client.hybrid_search(self.store.name, reqs, pm.WeightedRanker(*weights, norm_score=False),
                                              limit=limit, output_fields=OUT, group_by_field="pid")
        hits = []
        for h in res[0]:
            e = h["entity"]
            cos = float(np.dot(np.asarray(e["dense"], dtype=np.float32), q))
            fused = float(h["distance"])
            in_dense = fused >= w * cos - 1e-5  # else the window was not among the dense candidates: counted as 0
            lexical = max(0.0, (fused - w * cos * in_dense) / (1 - w)) if m > 0 else 0.0
            hits.append(Hit(self.paragraphs[e["pid"]], fused, cos, lexical))
        return hits

    def search(self, question: str, k: int = 10, mask=None, voice_of: str | None = None) -> list[Hit]:
        return self.search_scored(question, k, mask, voice_of)[0]

    def search_scored(self, question: str, k: int = 10, mask=None, voice_of: str | None = None):
        """(hits, (dense, lexical, fused)): the three score sequences are indexed by paragraph row and fetched from
        the server for the rows a caller reads (the Assistant reads a few, for the replies to a recommendation)."""
        q = self.embedder.embed([question])[0].astype(np.float32)
        flt = self._filter(mask)
        depth = max(2 * k, 20)
        hits = self._hybrid(q, question, depth, flt)
        voices = voices_named(voice_of if voice_of is not None else question)
        best_of: dict[str, Hit] = {}
        if self.voice_boost and 0 < len(voices) < 3:  # one request per voice named: each has its candidates
            merged = {h.paragraph.key: h for h in hits}
            for voice in voices:
                found = self._hybrid(q, question, k, _and(flt, Filter(author_kinds=(voice,))))
                merged.update({h.paragraph.key: h for h in found})
                if found:
                    best_of[voice] = found[0]._replace(score=found[0].score + self.voice_boost)
            hits = [h._replace(score=h.score + self.voice_boost) if self._kind(h) in voices else h for h in merged.values()]
        hits = sorted(hits, key=lambda h: -h.score)
        if len(best_of) > 1:  # 'what did the Committee say and the State do': the best of each voice stays in the top k
            missing = [h for h in best_of.values() if h.paragraph not in [x.paragraph for x in hits[:k]]]
            kept = [h for h in hits if h.paragraph not in [m.paragraph for m in missing]][:k - len(missing)]
            hits = sorted(kept + missing, key=lambda h: -h.score)
        named, sure = named_paragraphs(question, self.paragraphs, self.index.documents)
        named = [p for p in named if self._allowed(p, flt)]
        if named:
            scored = {h.paragraph.key: h for h in self._hybrid(q, question, len(named), _and(flt, Filter(pids=tuple(self.rows[p.key] for p in named))))}
            top = hits[0].score if hits else 0.0
            extra = [scored.get(p.key) or Hit(p, 0.0, 0.0, 0.0) for p in named]
            if sure:  # 'para. 33 of the concluding observations': that paragraph first
                first = [h._replace(score=top + 1.0) for h in extra]
                hits = first + [h for h in hits if h.paragraph not in named]
            else:  # a strong hint, not an order
                boosted = {h.paragraph.key: h._replace(score=h.score + NAMED_BOOST) for h in extra}
                hits = sorted([boosted.get(h.paragraph.key, h) for h in hits] +
                              [h for key, h in boosted.items() if key not in {x.paragraph.key for x in hits}], key=lambda h: -h.score)
        return hits[:k], _LazyScores(self, q, question, flt).triple()

    def scores_of(self, q: np.ndarray, question: str, rows: list[int], flt: Filter | None = None) -> dict[int, Hit]:
        """The hybrid scores of given paragraph rows (a pid filter; one request)."""
        hits = self._hybrid(q, question, len(rows), _and(flt, Filter(pids=tuple(rows))))
        return {self.rows[h.paragraph.key]: h for h in hits}

    # --- filters -----------------------------------------------------------------------------
    def _filter(self, mask) -> Filter | None:
        if mask is None or isinstance(mask, Filter):
            return mask
        mask = np.asarray(mask, dtype=bool)
        chosen = sorted(set(self.symbols[mask].tolist()))
        if np.array_equal(mask, np.isin(self.symbols, chosen)):
            return Filter(symbols=tuple(chosen)) if chosen else Filter(pids=(-1,))
        return Filter(pids=tuple(int(i) for i in np.flatnonzero(mask)))

    def _allowed(self, p, flt: Filter | None) -> bool:
        if flt is None:
            return True
        row = self.rows[p.key]
        return (not flt.symbols or p.symbol in flt.symbols) and (not flt.pids or row in flt.pids) and \
               (not flt.author_kinds or self.author_kinds[row] in flt.author_kinds) and not (flt.bodies or flt.countries or flt.date_from or flt.date_to)

    def _kind(self, h: Hit) -> str:
        return str(self.author_kinds[self.rows[h.paragraph.key]])

    @staticmethod
    def _pm():
        from .milvus import pymilvus

        return pymilvus()


def _and(a: Filter | None, b: Filter) -> Filter:
    """Both filters at once (b's non-empty fields narrow a's)."""
    if a is None:
        return b
    return Filter(merge(a.symbols, b.symbols), merge(a.author_kinds, b.author_kinds), merge(a.bodies, b.bodies),
                  merge(a.countries, b.countries), b.date_from or a.date_from, b.date_to or a.date_to, merge(a.pids, b.pids))


def merge(x: tuple, y: tuple) -> tuple:
    """Values allowed by both (an empty tuple allows all; nothing in common allows none)."""
    if not (x and y):
        return x or y
    return tuple(v for v in x if v in y) or ((-1,) if isinstance(y[0], int) else ("\0",))


class _LazyScores:
    """Dense, lexical and fused scores by paragraph row, asked of the server row by row and cached."""

    def __init__(self, retriever: MilvusRetriever, q: np.ndarray, question: str, flt: Filter | None):
        self.r, self.q, self.question, self.flt = retriever, q, question, flt
        self.cache: dict[int, Hit] = {}

    def hit(self, row: int) -> Hit | None:
        if row not in self.cache:
            self.cache.update(self.r.scores_of(self.q, self.question, [row], self.flt))
            self.cache.setdefault(row, None)
        return self.cache[row]

    def triple(self):
        return _Column(self, 2), _Column(self, 3), _Column(self, 1)


class _Column:
    def __init__(self, scores: _LazyScores, field: int):
        self.scores, self.field = scores, field

    def __getitem__(self, row) -> float:
        h = self.scores.hit(int(row))
        return float(h[self.field]) if h is not None else 0.0
