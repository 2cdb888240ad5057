"""Question -> ranked paragraphs: dense (FAISS) and lexical candidates, scored on absolute scales, fused.

Scores do not depend on the corpus: dense is the cosine of the question with the paragraph's best window;
lexical is the IDF-weighted share of the question found in the paragraph, with IDF from a fixed background
table (lexical.py). So one paragraph gets the same score for one question, and the same decision to answer
or abstain, in a corpus of 20 paragraphs or of a million. Work follows the candidates, not the corpus:
FAISS's top windows and the paragraphs holding a question term, then exact cosines for those only.
"""
from __future__ import annotations

import os
import functools
import re
import threading
from typing import Callable, NamedTuple

import numpy as np

from ..errors import need
from .index import Index, bm25_tokenize, lexical_text, sentence_spans
from ..ingest.structure import concerns_answered
from .query import QuestionReader, asks_about_concern, asks_for_action, asks_for_recommendation, with_context, with_months  # noqa: F401 (re-export)
from ..records import Paragraph

DENSE_DEPTH = 200  # windows fetched from FAISS, at least
LEXICAL_DEPTH = 200  # best lexical paragraphs kept as candidates, at least
PARAGRAPHS_PER_CANDIDATE = 1000  # beyond 200k paragraphs both depths grow with the corpus: 1,000 each at 1M (near-ties
# at the top grow with it; at 1M, 200 + 200 candidates held 0.84 of the exhaustive top 10, 1,000 + 1,000: 0.99)
NAMED_BOOST = 0.3  # for paragraphs a question names by number without naming their document
EXACT_MASK = 50_000  # a filter keeping at most this many paragraphs is searched exhaustively
THREAD_FROM = 100_000  # paragraphs; above, the lexical top-k (6-9 ms at 1M) runs beside the embedding and FAISS
COSINE_SLACK = 0.01  # FAISS's 8-bit vectors put a cosine within 0.0025 of the exact one (1M windows, 30k pairs measured)


class Hit(NamedTuple):
    paragraph: Paragraph
    score: float  # fused
    dense: float  # best cosine of any window of the paragraph
    lexical: float  # background-IDF share of the question found in the paragraph


class Scores:
    """A question's scores for any paragraph row, computed on demand (the candidates' are already known)."""

    def __init__(self, retriever: "Retriever", qvec: np.ndarray, tokens: list[str], boost, weights: dict[str, float] | None = None):
        self.r, self.qvec, self.tokens, self.boost, self.weights = retriever, qvec, tokens, boost, weights

    def lexical(self, rows: np.ndarray) -> np.ndarray:
        """Looked up in the postings of the question's terms (absent: 0)."""
        return self.r.index.lexical.lookup(self.tokens, rows, self.weights)

    def of(self, rows) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(dense, lexical, fused) of these rows."""
        rows = np.asarray(rows, dtype=np.int64)
        dense = self.r.cosines(self.qvec, rows)
        lexical = self.lexical(rows)
        return dense, lexical, self.r.fuse(dense, lexical) + self.boost(rows)

    def hit(self, row: int) -> Hit:
        d, l, f = self.of([row])
        return Hit(self.r.paragraphs[row], float(f[0]), float(d[0]), float(l[0]))


def answered_by(paragraphs: list[Paragraph], author_kinds, rows: dict) -> dict[int, int]:
    """Row of each Committee concern paragraph -> row of the recommendation it leads to (ingest.structure).
    At load: 2.9 s for a million paragraphs (299,105 pairs), 0.5 ms for the bundled corpus (23 pairs)."""
    committee = [p for p, kind in zip(paragraphs, author_kinds) if kind == "committee"]
    return {rows[c.key]: rows[r.key] for c, r in concerns_answered(committee)}



def heard_in(vocab: dict) -> Callable[[str], bool]:
    """A name -> do the paragraphs use every word of it (QuestionReader reads a name no paragraph uses from file names)."""
    return lambda name: all(t in vocab for t in bm25_tokenize([name])[0])

class Retriever:
    """Fused = dense + lexical_weight * lexical, plus boosts for the voice, document or kind the question asks for
    (and a penalty for recommendations when it asks what is, not what should be).
    Weights are calibrated on the dev split (assistant/settings.json)."""

    def __init__(self, index: Index, embedder, lexical_weight: float = 0.25, voice_boost: float = 0.05,
                 recommendation_boost: float = 0.03, document_boost: float = 0.05, recommendation_penalty: float = 0.0,
                 country_penalty: float = 0.0, body_penalty: float = 0.0, naming_weight: float = 1.0,
                 sentence_weight: float = 0.0, source_boost: float = 0.0):
        self.index, self.embedder = index, embedder
        self.lexical_weight, self.voice_boost = lexical_weight, voice_boost
        self.recommendation_boost, self.document_boost = recommendation_boost, document_boost
        self.source_boost = source_boost  # to the documents whose words the question asks for ('according to FIDH')
        self.recommendation_penalty = recommendation_penalty  # off recommendations when a question asks for none
        self.country_penalty = country_penalty  # off documents about another country than the one the question names
        self.body_penalty = body_penalty  # off documents of another treaty body than the one the question names
        self.naming_weight = naming_weight  # of the words naming a country or body, in the lexical score
        self.sentence_weight = sentence_weight  # of a paragraph's best sentence, in the order of the best 2k (by_sentence)
        self.paragraphs = index.paragraphs
        self.question_vector = functools.lru_cache(maxsize=64)(self._question_vector)  # the answer asks again
        said_rows = getattr(index, "sentence_rows", np.zeros(0, dtype=np.int32))  # an index built without them: none
        self.sentence_start = np.searchsorted(said_rows, np.arange(len(self.paragraphs) + 1))
        kinds = {d["cite_as"]: d["author_kind"] for d in index.documents}
        self.doc_code = {d["cite_as"]: i for i, d in enumerate(index.documents)}
        self.doc_codes = np.array([self.doc_code.get(p.symbol, -1) for p in self.paragraphs], dtype=np.int32)
        self.author_kinds = np.array([kinds.get(d["cite_as"], "unknown") for d in index.documents] + ["unknown"])[self.doc_codes]
        self.kind_names, kind_codes = np.unique(self.author_kinds, return_inverse=True)
        self.kind_codes = kind_codes.astype(np.int8)  # the boosts compare small integers, not strings
        self.recommends = np.array([asks_for_action(p) for p in self.paragraphs], dtype=bool)
        self.rows = {p.key: i for i, p in enumerate(self.paragraphs)}
        self.answered = answered_by(self.paragraphs, self.author_kinds, self.rows)
        self.answering = set(self.answered.values())  # the recommendations a concern leads to
        self.reader = QuestionReader(index.documents, heard=heard_in(index.lexical.vocab))
        self.window_start = np.searchsorted(index.window_rows, np.arange(len(self.paragraphs) + 1))
        # one question at a time: over an exact index threads only wait on each other; an inverted file splits the
        # question's lists between two (at 1M, same process, alternating: ask p50/p95 17.2/28.9 -> 16.2/25.5 ms)
        need("faiss", "faiss-cpu").omp_set_num_threads(min(2, os.cpu_count() or 1) if index.has_codes else 1)

    # --- the two scales --------------------------------------------------------------------
    def fuse(self, dense: np.ndarray, lexical: np.ndarray) -> np.ndarray:
        return dense + self.lexical_weight * lexical

    def cosines(self, qvec: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Exact best-window cosine of each row's paragraph."""
        return self._best_window(qvec, rows, self.index.window_vectors)

    def coded_cosines(self, qvec: np.ndarray, rows: np.ndarray) -> np.ndarray | None:
        """Best-window cosines from FAISS's 8-bit codes (within COSINE_SLACK of the exact ones), None for an exact index."""
        if not self.index.has_codes:
            return None
        return self._best_window(qvec, rows, self.index.coded_vectors)

    def _best_window(self, qvec: np.ndarray, rows: np.ndarray, vectors) -> np.ndarray:
        if len(rows) == 0:
            return np.zeros(0, dtype=np.float32)
        starts, ends = self.window_start[rows], self.window_start[rows + 1]
        windows, first = _runs(starts, np.maximum(ends - starts, 1))
        windows = np.minimum(windows, len(self.index.vectors) - 1)
        sims = vectors(windows) @ qvec
        return np.maximum.reduceat(sims, first).astype(np.float32)

    def lexical_sparse(self, question: str) -> tuple[np.ndarray, np.ndarray]:
        return self.index.lexical.sparse(bm25_tokenize([question])[0])

    # --- peers of the eval: each scale alone over every paragraph --------------------------
    def dense_scores(self, question: str) -> np.ndarray:
        return self.cosines(self.embedder.embed([question])[0], np.arange(len(self.paragraphs)))

    def lexical_scores(self, question: str) -> np.ndarray:
        """Plain BM25 (bm25s, the corpus's own IDF) over every paragraph: the eval's BM25 peer, built on first use."""
        if getattr(self, "_bm25", None) is None:
            bm25s = need("bm25s", "bm25s")
            self._bm25 = bm25s.BM25()
            self._bm25.index(bm25_tokenize([lexical_text(p) for p in self.paragraphs]), show_progress=False)
        tokens = [t for t in bm25_tokenize([question])[0] if t in self._bm25.vocab_dict]
        if not tokens:
            return np.zeros(len(self.paragraphs), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

    # --- search ----------------------------------------------------------------------------
    def term_weights(self, question: str) -> dict[str, float] | None:
        """The lexical weights of the question's terms that only name its country, body or document's year."""
        if self.naming_weight == 1.0:
            return None
        return dict.fromkeys(bm25_tokenize([" ".join(self.reader.naming_phrases(question))])[0], self.naming_weight) or None

    def boosts(self, question: str, voice_of: str | None):
        """rows -> the boosts of those rows for this question (author, document and recommendation hints)."""
        named_voices = self.reader.voices_named(voice_of if voice_of is not None else question)
        voices = named_voices if self.voice_boost and 0 < len(named_voices) < 3 else []
        docs = [self.doc_code[d["cite_as"]] for d in self.reader.documents_named(question)]
        docs = docs if self.document_boost and len(docs) < len(self.index.documents) else []
        sources = [self.doc_code[d["cite_as"]] for d in self.reader.documents_as_source(question)] if self.source_boost else []
        elsewhere = [self.doc_code[d["cite_as"]] for d in self.reader.documents_elsewhere(question)] if self.country_penalty else []
        others = [self.doc_code[d["cite_as"]] for d in self.reader.documents_of_other_bodies(question)] if self.body_penalty else []
        recommend = asks_for_recommendation(question)
        voice_codes = np.flatnonzero(np.isin(self.kind_names, voices))
        retold = np.flatnonzero(np.isin(self.kind_names, self.reader.voices_retold(question))) if self.voice_boost else []

        def boost(rows: np.ndarray) -> np.ndarray:
            out = np.zeros(len(rows), dtype=np.float32)
            if voices:
                out += self.voice_boost * np.isin(self.kind_codes[rows], voice_codes)
            if len(retold):  # 'The Committee complained X. How many ... now?': a later voice says how things stand
                out -= self.voice_boost * np.isin(self.kind_codes[rows], retold)
            if docs:
                out += self.document_boost * np.isin(self.doc_codes[rows], docs)
            if sources:  # 'according to the NGO submission': that document's words, not another NGO's
                out += self.source_boost * np.isin(self.doc_codes[rows], sources)
            if elsewhere:  # a question about France is not answered by a document about Israel
                out -= self.country_penalty * np.isin(self.doc_codes[rows], elsewhere)
            if others:  # 'according to CERD' is not answered by the Committee against Torture's documents
                out -= self.body_penalty * np.isin(self.doc_codes[rows], others)
            if recommend:
                out += self.recommendation_boost * self.recommends[rows]
            elif self.recommendation_penalty:  # a question that asks for no recommendation: the body paragraph first
                out -= self.recommendation_penalty * self.recommends[rows]
            return out

        return boost

    def candidates(self, question: str, tokens: list[str], mask: np.ndarray | None,
                   weights: dict[str, float] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
        """The question's vector; candidate rows (ascending); the most each one's cosine can be: FAISS's own score
        of its best window (8-bit vectors above 50k: within COSINE_SLACK), and the most for any row FAISS did not
        propose (the last score it proposed). Above THREAD_FROM paragraphs the lexical top-k is taken in another
        thread while the question is embedded and FAISS searched (the two share the machine's cores)."""
        if mask is not None and mask.sum() <= EXACT_MASK:
            rows = np.flatnonzero(mask)  # a narrow filter: every paragraph it keeps is a candidate
            return self.question_vector(question), rows, np.full(len(rows), np.inf), np.inf
        grow = len(self.paragraphs) // PARAGRAPHS_PER_CANDIDATE
        lexical = _later(len(self.paragraphs) > THREAD_FROM, self.index.lexical.top, tokens, max(LEXICAL_DEPTH, grow), weights)
        qvec = self.question_vector(question)
        depth = min(max(DENSE_DEPTH, grow) * (4 if mask is not None else 1), self.index.dense.ntotal)
        sims, ids = self.index.dense.search(qvec[None, :], depth)
        found = ids[0] >= 0
        dense_rows, sims = self.index.window_rows[ids[0][found]], sims[0][found]
        rows = np.union1d(dense_rows, lexical())
        last = sims[-1] if len(sims) == depth < self.index.dense.ntotal else np.inf
        bound = np.full(len(rows), last + COSINE_SLACK, dtype=np.float64)
        proposed, best = np.unique(dense_rows, return_index=True)  # best first: a row's first window is its best
        bound[np.searchsorted(rows, proposed)] = sims[best] + COSINE_SLACK
        if mask is not None:
            rows, bound = rows[mask[rows]], bound[mask[rows]]
        return qvec, rows, bound, last + COSINE_SLACK

    def search(self, question: str, k: int = 10, mask: np.ndarray | None = None, voice_of: str | None = None) -> list[Hit]:
        return self.search_scored(question, k, mask, voice_of)[0]

    def search_scored(self, question: str, k: int = 10, mask: np.ndarray | None = None, voice_of: str | None = None):
        """(hits, Scores): the best paragraphs for `question`, and its scores for any other paragraph.
        `voice_of` is the text whose named author gets the boost (a follow-up's own words)."""
        searched = with_months(question)  # 'within two years' also as the documents write it: 'within 24 months'
        tokens = bm25_tokenize([searched])[0]
        weights = self.term_weights(question)
        qvec, rows, bound, unseen = self.candidates(self.reader.unnamed(searched), tokens, mask, weights)
        scores = Scores(self, qvec, tokens, self.boosts(question, voice_of), weights)
        named, sure = self.reader.named_paragraphs(question, self.paragraphs, self.rows)
        named_rows = [self.rows[p.key] for p in named if mask is None or mask[self.rows[p.key]]]
        if named_rows:  # named with their document: always scored exactly; without: bounded like any candidate
            more = np.setdiff1d(named_rows, rows)
            rows, bound = np.append(rows, more), np.append(bound, np.full(len(more), unseen))
            order = np.argsort(rows, kind="stable")
            rows, bound = rows[order], np.where(sure & np.isin(rows[order], named_rows), np.inf, bound[order])
        lexical = scores.lexical(rows)
        extra = scores.boost(rows) + (NAMED_BOOST * np.isin(rows, named_rows) if named_rows and not sure else 0)
        dense = self._cosines_that_count(qvec, rows, bound, lexical, extra, k * 2, unseen)
        fused = self.fuse(dense, lexical) + extra
        top = _top(fused, k * 2) if named_rows else self.by_sentence(qvec, rows, _top(fused, k * 2), fused, dense)
        hits = [Hit(self.paragraphs[rows[i]], float(fused[i]), float(dense[i]), float(lexical[i])) for i in top]
        if named_rows and sure:  # 'para. 33 of the concluding observations': that paragraph first
            first = [scores.hit(r) for r in named_rows]
            hits = first + [h for h in hits if h.paragraph not in named]
        hits = self.recommendations_first(question, hits, scores, lambda row: mask is None or mask[row], k)
        hits = self.concerns_first(question, hits, k)
        return (item_asked(question, hits) if asks_for_recommendation(question) else hits), scores

    def _question_vector(self, text: str) -> np.ndarray:
        """The question's vector (through `question_vector`, which keeps the last 64: the answer asks again for the
        cosines of its cited paragraphs' sentences)."""
        return self.embedder.embed([text])[0]

    def cosine_as_typed(self, question: str, p: Paragraph) -> float:
        """The best-window cosine of a paragraph with the question as typed, names and acronyms kept (the search reads
        it `unnamed`: 'CEDAW' written out is far from a paragraph that writes 'CEDAW'); 0 for a paragraph not here."""
        row = self.rows.get(p.key)
        return 0.0 if row is None else float(self.cosines(self.question_vector(question), np.array([row]))[0])

    def sentences_said(self, question: str, p: Paragraph) -> dict[tuple[int, int], float]:
        """Span of each sentence of a paragraph that has a vector -> its cosine with the question (empty: none)."""
        row = self.rows.get(p.key)
        if row is None or self.sentence_start[row + 1] == self.sentence_start[row]:
            return {}
        spans = sentence_spans(self.paragraphs[row])
        vecs = self.index.sentence_vectors[self.sentence_start[row]:self.sentence_start[row + 1]]
        if len(spans) != len(vecs):
            return {}
        return dict(zip(spans, (vecs @ self.question_vector(self.reader.unnamed(question))).tolist()))

    def sentence_cosines(self, qvec: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """The best cosine of any one sentence of each row's paragraph; NaN for a paragraph without sentence vectors
        (of one sentence, or an index built without them)."""
        starts, ends = self.sentence_start[rows], self.sentence_start[rows + 1]
        out = np.full(len(rows), np.nan, dtype=np.float32)
        has = ends > starts
        if has.any():
            said, first = _runs(starts[has], (ends - starts)[has])
            out[has] = np.maximum.reduceat(self.index.sentence_vectors[said] @ qvec, first)
        return out

    def by_sentence(self, qvec: np.ndarray, rows: np.ndarray, top: np.ndarray, fused: np.ndarray, dense: np.ndarray) -> np.ndarray:
        """The best candidates (`top`, indexes into `rows`) in the order of fused + sentence_weight x the best cosine
        of one of their sentences (a one-sentence paragraph's: its own). A long question in everyday words often
        matches one sentence of a long paragraph better than the whole ('spot families in hardship without them
        applying' -> the sentence on the Digital Family Map); not a question that names a paragraph ('on
        recommendation para. 15'), which points rather than describes. Their fused scores are kept as they are: the
        citation margin and the answer checks read those. Weight chosen on the dev split and the opened question sets
        (evals/report/ranking_tried.md section 17)."""
        if not self.sentence_weight or self.sentence_start[-1] == 0 or len(top) < 2:
            return top
        best = self.sentence_cosines(qvec, rows[top])
        best = np.where(np.isnan(best), dense[top], best)
        return top[np.argsort(-(fused[top] + self.sentence_weight * best), kind="stable")]

    def recommendations_first(self, question: str, hits: list[Hit], scores, allowed, k: int) -> list[Hit]:
        """'What did the Committee recommend on X?': a concern paragraph among the first k hits brings the
        recommendation it leads to (under its heading, ingest.structure) just above itself, the answer asked for
        before its reason. Nothing else moves; `allowed(row)`: the question's filter."""
        if not asks_for_recommendation(question):
            return hits[:k]
        at = {self.rows[h.paragraph.key]: h for h in hits}
        wanted = {self.recommendation_of(row) for row in list(at)[:k]} - {None}
        missing = [rec for rec in wanted if rec not in at and allowed(rec)]
        if missing:  # scored in one call (~1 ms a call at 1M paragraphs; one request to Milvus)
            dense, lexical, fused = scores.of(missing)
            at.update({rec: Hit(self.paragraphs[rec], float(f), float(d), float(l)) for rec, d, l, f in zip(missing, dense, lexical, fused)})
        out, placed, brought = [], set(), set()
        for h in hits:
            if len(out) >= k:
                break
            row = self.rows[h.paragraph.key]
            rec = self.recommendation_of(row)
            if rec in at and rec not in placed and rec not in brought:  # in at: among the hits, or scored above (the filter allows it)
                brought.add(rec)
                best = item_answering(h, at[rec], [x for x in hits if self.rows[x.paragraph.key] not in placed], question)
                out.append(best)
                placed.add(self.rows[best.paragraph.key])
            if row not in placed:
                out.append(h)
                placed.add(row)
        return out

    def concerns_first(self, question: str, hits: list[Hit], k: int) -> list[Hit]:
        """'What worried the Committee about X?' (`asks_about_concern`): a recommendation (or one of its lettered
        items) above the concern that leads to it, both among the first k hits, gives way to that concern, the finding
        asked for before its remedy. The mirror of `recommendations_first`; nothing else moves."""
        if not self.answered or not asks_about_concern(question):
            return hits
        out, n = list(hits), min(k, len(hits))
        leads_to = [self.recommendation_of(self.rows[h.paragraph.key]) for h in out[:n]]  # each hit's recommendation if a concern
        i = 0
        while i < n:
            rec = self.whole_row(out[i].paragraph)
            later = next((j for j in range(i + 1, n) if leads_to[j] == rec), None) if rec in self.answering else None
            if later is not None and rec not in leads_to[:i]:  # no concern of it above it yet
                out.insert(i, out.pop(later))
                leads_to.insert(i, leads_to.pop(later))
                i += 1
            i += 1
        return out

    def recommendation_of(self, row: int) -> int | None:
        """The row of the recommendation a concern paragraph leads to (ingest.structure); a concern's lettered item
        leads to its paragraph's."""
        return self.answered.get(self.whole_row(self.paragraphs[row]))

    def whole_row(self, p: Paragraph) -> int | None:
        """The row of a paragraph, or, for a lettered item, of the paragraph it is an item of."""
        return self.rows.get(p.key if p.parent is None else (p.symbol, p.parent))

    def _cosines_that_count(self, qvec: np.ndarray, rows: np.ndarray, bound: np.ndarray, lexical: np.ndarray, extra,
                            k: int, unseen: float) -> np.ndarray:
        """Exact cosines of the rows that can still be among the k best fused scores (-inf for the others): the
        rows whose fused score can be highest are read first, then only those whose most reaches the k-th best
        exact score found. A row FAISS did not propose (its bound: `unseen`, the last score FAISS proposed) that
        could still reach it is bounded again from its 8-bit codes, where FAISS holds them (~4 us a window, against
        ~2 us for a read of vectors.npy from the page cache, 100-170 us from disk). At 1M paragraphs, ~40 of ~2,000
        candidates are read."""
        most = bound + self.lexical_weight * lexical + extra
        loose = (bound == unseen) & (unseen < np.inf) & self.index.has_codes
        dense = np.full(len(rows), -np.inf, dtype=np.float32)
        for _ in range(2):  # the best bounded rows, then the rows bounded again from their codes
            first = np.flatnonzero(~loose & np.isneginf(dense))
            first = np.sort(first[np.argsort(-most[first], kind="stable")[:k]])
            dense[first] = self.cosines(qvec, rows[first])
            fused = self.fuse(dense, lexical) + extra
            kth = np.partition(fused, len(fused) - k)[len(fused) - k] if len(fused) > k else -np.inf
            again = np.flatnonzero(loose & (most >= kth))
            if not len(again):
                break
            most[again] += self.coded_cosines(qvec, rows[again]) + COSINE_SLACK - unseen
            loose[again] = False
        rest = np.flatnonzero(np.isneginf(dense) & (most >= kth))
        if len(rest):
            dense[rest] = self.cosines(qvec, rows[rest])
        return dense


_threads = None
_threads_made = threading.Lock()


def _later(background: bool, f, *args):
    """A thunk giving f(*args): started now in a worker thread when `background` (numba's and FAISS's loops and
    onnxruntime release the GIL), else computed when asked for. One pool serves every user of the process."""
    global _threads
    if not background:
        return lambda: f(*args)
    with _threads_made:
        if _threads is None:
            from concurrent.futures import ThreadPoolExecutor

            _threads = ThreadPoolExecutor(max_workers=4, thread_name_prefix="assistant-lexical")
    return _threads.submit(f, *args).result


def query_threads(n_paragraphs: int) -> int:
    """onnxruntime threads for embedding a question: one where the lexical top-k takes the other core meanwhile
    (measured at 1M paragraphs, 2 cores, with the lexical thread: ask p50/p95 23.1/32.1 -> 19.7/27.6 ms), else up to two."""
    return 1 if n_paragraphs > THREAD_FROM else min(2, os.cpu_count() or 1)


def _runs(starts: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The positions starts[i], starts[i] + 1, ... (lengths[i] of them) for every i, one after another, and where each
    run begins among them (for np.maximum.reduceat).

    >>> [a.tolist() for a in _runs(np.array([5, 2]), np.array([2, 3]))]
    [[5, 6, 2, 3, 4], [0, 2]]
    """
    first = np.cumsum(lengths) - lengths
    return np.arange(lengths.sum()) + np.repeat(starts - first, lengths), first


def _top(values: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k largest values, best first (argpartition: cost follows k, not the corpus).

    >>> _top(np.array([0.1, 0.5, 0.3, 0.9]), 2).tolist()
    [3, 1]
    """
    if len(values) > k:
        part = np.argpartition(-values, k)[:k]
        return part[np.argsort(-values[part], kind="stable")]
    return np.argsort(-values, kind="stable")


def item_answering(concern: Hit, recommendation: Hit, hits: list[Hit], question: str = "") -> Hit:
    """A concern's lettered item ('(b) Corruption remains prevalent in the education system ... enrolment or higher
    grades') is answered by the recommendation's item among the hits that shares most words with it ('(b) ... put an
    end to corruption in educational institutions by ... transparent enrolment systems'), not by the recommendation's
    first item or its lead-in alone; without such an item, by the recommendation. A concern of several sentences
    ('... under article 94, part 2 ..., doctors may ... The Committee is also concerned that, under article 180 ...')
    is read as the sentence that shares most words with the question, so its item answers ('(a) Consider amending
    article 94, part 2'); when no one item shares most words with that sentence, the recommendation answers."""
    if concern.paragraph.parent is not None:
        said = _own_words(concern)
    else:
        told = [set(t) for t in bm25_tokenize(_SENTENCE_END.split(concern.paragraph.text))]
        asked = set(bm25_tokenize([question])[0])
        overlap = [len(asked & t) for t in told]
        if len(told) < 2 or overlap.count(max(overlap)) > 1:
            return recommendation
        said = told[overlap.index(max(overlap))]
    items = _items_of(recommendation, hits)
    shared = [len(said & _own_words(h)) for h in items]
    if not shared or max(shared) == 0 or concern.paragraph.parent is None and shared.count(max(shared)) > 1:
        return recommendation
    return items[shared.index(max(shared))]


def item_asked(question: str, hits: list[Hit]) -> list[Hit]:
    """A recommendation first whose lettered item among the hits shares at least two more of the question's words
    than any other of its items ('Which clause did the Committee suggest scrapping because it lets new medicines be
    tested on psychiatric patients ...?': '(b) Consider the removal of the exception ... clinical tests of ... medicines
    on persons with mental disorders'): that item first, the recommendation after it."""
    items = _items_of(hits[0], hits) if hits else []
    if len(items) < 2:
        return hits
    asked = set(bm25_tokenize([question])[0])
    shared = [len(asked & _own_words(h)) for h in items]
    first, second = sorted(shared, reverse=True)[:2]
    best = items[shared.index(first)]
    return [best] + [h for h in hits if h is not best] if first >= second + 2 else hits


def _items_of(parent: Hit, hits: list[Hit]) -> list[Hit]:
    """The hits that are lettered items of this paragraph."""
    return [h for h in hits if h.paragraph.symbol == parent.paragraph.symbol and h.paragraph.parent == parent.paragraph.paragraph]


def _own_words(h: Hit) -> set[str]:
    """An item's words, without its lead-in ('The Committee recommends that the State party:')."""
    return set(bm25_tokenize([h.paragraph.text.split("\n", 1)[-1]])[0])


_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-Z])")
