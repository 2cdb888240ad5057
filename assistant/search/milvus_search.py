"""Question -> ranked paragraphs from a Milvus collection: one hybrid search, fused in the server, filters pushed down.

The same public surface as retrieve.Retriever (search, search_scored -> (hits, Scores with .hit(row)), rows,
paragraphs, author_kinds, reader), so the Assistant answers and cites the same way over either backend. Scores are
on the embedded engine's absolute scales (see milvus.py): fused = cosine + lexical_weight * BM25 / sum(idf), plus the
same boosts for the voice, document or kind a question asks for (retrieve.Retriever.boosts, on the candidates).
"""
from __future__ import annotations

import numpy as np

from .milvus import DEPTH, Filter, MilvusIndex
from .index import bm25_tokenize
from .query import QuestionReader, asks_for_action, asks_for_recommendation
from .retrieve import NAMED_BOOST, Hit, Retriever, answered_by, heard_in, item_asked

OUT = ["pid", "dense"]


class MilvusRetriever:
    """Hybrid (dense + BM25) search in Milvus. `mask` may be a Filter (pushed down as an expression) or, as for the
    embedded Retriever, a boolean array over paragraphs: a mask that selects whole documents becomes `symbol in
    [...]`, any other becomes `pid in [...]`.

    Voice boost: paragraphs by an author the question names get `voice_boost` (absolute units) added; their best
    candidates are fetched by a second request filtered to those authors, so the boost never misses one.
    """

    def __init__(self, index: MilvusIndex, embedder, lexical_weight: float = 0.25, voice_boost: float = 0.05,
                 recommendation_boost: float = 0.03, document_boost: float = 0.05, recommendation_penalty: float = 0.0,
                 country_penalty: float = 0.0, body_penalty: float = 0.0, naming_weight: float = 1.0,
                 sentence_weight: float = 0.0, source_boost: float = 0.0):  # sentence_weight: Milvus holds no sentence vectors (unused)
        self.index, self.store, self.embedder = index, index.store, embedder
        self.recommendation_penalty = recommendation_penalty
        self.country_penalty, self.body_penalty = country_penalty, body_penalty
        self.naming_weight = naming_weight
        self.lexical_weight, self.voice_boost = lexical_weight, voice_boost
        self.recommendation_boost, self.document_boost = recommendation_boost, document_boost
        self.source_boost = source_boost  # to the documents whose words the question asks for ('according to FIDH')
        self.paragraphs = index.paragraphs
        kinds = {d["cite_as"]: d["author_kind"] for d in index.documents}
        self.doc_code = {d["cite_as"]: i for i, d in enumerate(index.documents)}
        self.doc_codes = np.array([self.doc_code.get(p.symbol, -1) for p in self.paragraphs], dtype=np.int32)
        self.author_kinds = np.array([kinds.get(p.symbol, "unknown") for p in self.paragraphs])
        self.kind_names, kind_codes = np.unique(self.author_kinds, return_inverse=True)  # as Retriever's, for boosts
        self.kind_codes = kind_codes.astype(np.int8)
        self.recommends = np.array([asks_for_action(p) for p in self.paragraphs], dtype=bool)
        self.symbols = np.array([p.symbol for p in self.paragraphs])
        self.rows = {p.key: i for i, p in enumerate(self.paragraphs)}
        self.answered = answered_by(self.paragraphs, self.author_kinds, self.rows)
        self.answering = set(self.answered.values())  # the recommendations a concern leads to
        self.reader = QuestionReader(index.documents, heard=heard_in(index.lexical.vocab))

    boosts = Retriever.boosts  # one definition of the voice, document and recommendation boosts
    term_weights = Retriever.term_weights  # and of the lexical weights of the question's terms
    recommendations_first = Retriever.recommendations_first  # and of a recommendation before its concern
    recommendation_of = Retriever.recommendation_of
    whole_row = Retriever.whole_row
    concerns_first = Retriever.concerns_first  # and of a concern before its recommendation

    # --- the query ---------------------------------------------------------------------------
    def _hybrid(self, q: np.ndarray, question: str, limit: int, flt: Filter | None) -> list[Hit]:
        """Paragraphs ranked by the server's weighted fusion; each with its cosine and normalised BM25."""
        pm = self._pm()
        expr = flt.expr() if flt else ""
        groups = self.term_groups(question)
        m = sum(tw * self.index.terms.of(ts) for tw, ts in groups.items())
        w, lw = 1.0, self.lexical_weight
        reqs = [pm.AnnSearchRequest([q.tolist()], "dense", {"metric_type": "IP", "params": {"ef": 2 * DEPTH}},
                                    limit=DEPTH, expr=expr)]
        weights = [w]
        for tw, ts in groups.items() if m > 0 else ():  # one BM25 request per term weight: the server weighs each as asked
            reqs.append(pm.AnnSearchRequest([" ".join(ts)], "sparse", {"metric_type": "BM25"}, limit=DEPTH, expr=expr))
            weights.append(lw * tw / m)
        res = self.store.client.hybrid_search(self.store.name, reqs, pm.WeightedRanker(*weights, norm_score=False),
                                              limit=limit, output_fields=OUT, group_by_field="pid")
        hits = []
        for h in res[0]:
            e = h["entity"]
            cos = float(np.dot(np.asarray(e["dense"], dtype=np.float32), q))
            fused = float(h["distance"])
            in_dense = fused >= w * cos - 1e-5  # else the window was not among the dense candidates: counted as 0
            lexical = max(0.0, (fused - w * cos * in_dense) / lw) if m > 0 and lw else 0.0
            hits.append(Hit(self.paragraphs[e["pid"]], fused, cos, lexical))
        return hits

    def term_groups(self, question: str) -> dict[float, list[str]]:
        """The question's distinct analyzed terms by their lexical weight (Retriever.term_weights: the words that only
        name a country or body weigh naming_weight)."""
        weights = self.term_weights(question) or {}
        groups: dict[float, list[str]] = {}
        for t in dict.fromkeys(bm25_tokenize([question])[0]):
            groups.setdefault(weights.get(t, 1.0), []).append(t)
        return groups

    def search(self, question: str, k: int = 10, mask=None, voice_of: str | None = None) -> list[Hit]:
        return self.search_scored(question, k, mask, voice_of)[0]

    def search_scored(self, question: str, k: int = 10, mask=None, voice_of: str | None = None):
        """(hits, Scores): the best paragraphs, and the question's scores for any other paragraph row (asked of the
        server when read: the Assistant reads a few, for the replies to a recommendation)."""
        q = self.embedder.embed([self.reader.unnamed(question)])[0].astype(np.float32)
        flt = self._filter(mask)
        boost = self.boosts(question, voice_of)
        depth = max(2 * k, 20)
        found = {h.paragraph.key: h for h in self._hybrid(q, question, depth, flt)}
        voices = self.reader.voices_named(voice_of if voice_of is not None else question)
        if self.voice_boost and 0 < len(voices) < 3:  # one request per voice named: each has its candidates
            for voice in voices:
                found.update({h.paragraph.key: h for h in self._hybrid(q, question, k, _and(flt, Filter(author_kinds=(voice,))))})
        named, sure = self.reader.named_paragraphs(question, self.paragraphs, self.rows)
        named = [p for p in named if self._allowed(p, flt)]
        missing = [self.rows[p.key] for p in named if p.key not in found]
        if missing:
            found.update({h.paragraph.key: h for h in self._hybrid(q, question, len(missing), _and(flt, Filter(pids=tuple(missing))))})
        rows = np.array([self.rows[key] for key in found], dtype=np.int64)
        extra = boost(rows) + NAMED_BOOST * np.isin(rows, [self.rows[p.key] for p in named]) * (not sure)
        hits = sorted((h._replace(score=h.score + float(b)) for h, b in zip(found.values(), extra)), key=lambda h: -h.score)
        if named and sure:  # 'para. 33 of the concluding observations': that paragraph first
            first = [found[p.key] if p.key in found else Hit(p, 0.0, 0.0, 0.0) for p in named]
            hits = first + [h for h in hits if h.paragraph not in named]
        scores = Scores(self, q, question, flt, boost)
        hits = self.recommendations_first(question, hits, scores, lambda row: self._allowed(self.paragraphs[row], flt), k)
        hits = self.concerns_first(question, hits, k)
        return (item_asked(question, hits) if asks_for_recommendation(question) else hits), scores

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


class Scores:
    """A question's scores for any paragraph row, asked of the server (a pid filter) and cached."""

    def __init__(self, retriever: MilvusRetriever, q: np.ndarray, question: str, flt: Filter | None, boost):
        self.r, self.q, self.question, self.flt, self.boost = retriever, q, question, flt, boost
        self.cache: dict[int, Hit] = {}

    def hits(self, rows) -> list[Hit]:
        """The rows' hits; those not cached yet asked for in one request."""
        rows = [int(r) for r in rows]
        todo = list(dict.fromkeys(r for r in rows if r not in self.cache))
        if todo:
            got = self.r.scores_of(self.q, self.question, todo, self.flt)
            for row, b in zip(todo, self.boost(np.array(todo))):
                h = got.get(row) or Hit(self.r.paragraphs[row], 0.0, 0.0, 0.0)
                self.cache[row] = h._replace(score=h.score + float(b))
        return [self.cache[r] for r in rows]

    def hit(self, row: int) -> Hit:
        return self.hits([row])[0]

    def of(self, rows) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        hits = self.hits(rows)
        return tuple(np.array([h[i] for h in hits], dtype=np.float32) for i in (2, 3, 1))
