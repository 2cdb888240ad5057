"""Question -> ranked paragraphs: dense (FAISS), lexical (BM25), fused; a named paragraph goes first."""
from __future__ import annotations

import re
from typing import NamedTuple

import numpy as np

from .index import Index, bm25_tokenize
from .records import Paragraph

DENSE_DEPTH = 200  # windows fetched from FAISS before they are pooled per paragraph
NAMED_BOOST = 1.5  # z-units for paragraphs a question names by number without naming their document


class Hit(NamedTuple):
    paragraph: Paragraph
    score: float  # fused
    dense: float  # best cosine of any window of the paragraph
    lexical: float  # BM25


_PARA_REF = re.compile(r"\bpara(?:graph)?s?\.?\s*(\d{1,3})(?:\s*\(?([a-z])\))?", re.I)
_DOC_HINTS = [  # words in a question that name a document, matched against its catalog entry
    (re.compile(r"concluding observations|\bCO/2\b", re.I), lambda d: d["author_kind"] == "committee"),
    (re.compile(r"follow-?up", re.I), lambda d: "follow-up" in d["title"].lower()),
    (re.compile(r"periodic report|state(?:'s)? report|third report|KAZ/3\b", re.I), lambda d: "periodic report" in d["title"].lower() and d["author_kind"] == "state"),
    (re.compile(r"\bFIDH\b|list of issues", re.I), lambda d: "list of issues" in d["title"].lower()),
    (re.compile(r"NGO submission|vulnerable groups", re.I), lambda d: "vulnerable groups" in d["title"].lower()),
]


def named_paragraphs(question: str, paragraphs: list[Paragraph], documents: list[dict]) -> tuple[list[Paragraph], bool]:
    """Paragraphs the question names ('para. 33 of the concluding observations'), and whether it also names
    their document. Without a document, the candidates are the Committee's paragraph N and the paragraphs
    written under a heading that cites it ('Recommendation regarding ... (para. 5)')."""
    refs = [(m.group(1), m.group(2)) for m in _PARA_REF.finditer(question)]
    if not refs:
        return [], False
    docs = [d for d in documents if d["cite_as"].lower() in question.lower() or (d.get("symbol") or "\0").lower() in question.lower()]
    if not docs:
        docs = [d for rx, pred in _DOC_HINTS if rx.search(question) for d in documents if pred(d)]
    by_key = {(p.symbol, p.paragraph): p for p in paragraphs}
    labels = [(f"{num} ({letter.lower()})" if letter else num, num) for num, letter in refs]
    if docs:
        found = [by_key.get((d["cite_as"], label)) or by_key.get((d["cite_as"], num)) for d in docs for label, num in labels]
        return list(dict.fromkeys(p for p in found if p)), True
    committee = [d["cite_as"] for d in documents if d["author_kind"] == "committee"]
    found = [by_key.get((sym, label)) or by_key.get((sym, num)) for sym in committee for label, num in labels]
    cites = re.compile(r"\(.*\bparas?\.\s*(?:" + "|".join(num for _, num in labels) + r")\b")
    found += [p for p in paragraphs if p.headings and cites.search(p.headings[-1])]
    return list(dict.fromkeys(p for p in found if p)), False


_VOICE_HINTS = {  # words that say whose words the question is after
    "committee": re.compile(r"\b(Committee|CESCR|concluding observations|treaty body)\b", re.I),
    "state": re.compile(r"\b(State|Government|authorities|periodic report|follow-up|the report)\b", re.I),
    "ngo": re.compile(r"\b(NGOs?|FIDH|civil society|list of issues|submission)\b", re.I),
}


_FOLLOW_UP = re.compile(r"^\s*(and|but|also|what about|how about|and what|what else|why|so)\b|\b(it|its|they|them|their|this|that|these|those|there|reply|replied|answer|answered|respond|responded)\b", re.I)


def with_context(question: str, history: list[str] | None) -> str:
    """A follow-up ('and what did the State reply?', 'what about migrants?') carries the question before it.

    >>> with_context("And what did the State reply?", ["What did the Committee recommend on trade unions?"])
    'What did the Committee recommend on trade unions? And what did the State reply?'
    """
    if not history:
        return question
    words = re.findall(r"\w+", question)
    if len(words) <= 12 and _FOLLOW_UP.search(question):
        return f"{history[-1]} {question}"
    return question


_TRACK_Q = re.compile(r"\brecommend", re.I)
_REPLY_Q = re.compile(r"\b(State|Government|Kazakhstan|authorities|reply|replied|answer|respond|did|done|do|implement\w*|happen\w*|follow\w*|action|measures|steps)\b", re.I)


def asks_about_follow_through(question: str) -> bool:
    """'What did the Committee recommend on X, and what did the State answer?'"""
    return bool(_TRACK_Q.search(question) and _REPLY_Q.search(question) and re.search(r"\b(State|Government|Kazakhstan|authorities)\b", question))


def voices_named(question: str) -> list[str]:
    """Author kinds a question names: 'What did the Committee recommend?' -> ['committee']."""
    return [kind for kind, rx in _VOICE_HINTS.items() if rx.search(question)]


class Retriever:
    """Scores every paragraph both ways and fuses the scores (weighted sum of z-scores).

    Fused = w * z(dense) + (1 - w) * z(BM25), plus `voice_boost` for paragraphs by an author the
    question names. Weights are calibrated on the dev split (assistant/settings.json).
    """

    def __init__(self, index: Index, embedder, dense_weight: float = 0.7, voice_boost: float = 1.0):
        self.index = index
        self.embedder = embedder
        self.dense_weight = dense_weight
        self.voice_boost = voice_boost
        self.paragraphs = index.paragraphs
        kinds = {d["cite_as"]: d["author_kind"] for d in index.documents}
        self.author_kinds = np.array([kinds.get(p.symbol, "unknown") for p in self.paragraphs])
        self.rows = {p.key: i for i, p in enumerate(self.paragraphs)}

    def dense_scores(self, question: str) -> np.ndarray:
        """Best window cosine per paragraph (0 for paragraphs with no window in the top DENSE_DEPTH)."""
        q = self.embedder.embed([question])
        k = min(DENSE_DEPTH, self.index.dense.ntotal)
        sims, ids = self.index.dense.search(q, k)
        scores = np.zeros(len(self.paragraphs), dtype=np.float32)
        valid = ids[0] >= 0
        np.maximum.at(scores, self.index.window_rows[ids[0][valid]], sims[0][valid])
        return scores

    def lexical_scores(self, question: str) -> np.ndarray:
        tokens = bm25_tokenize([question])[0]
        vocab = self.index.bm25.vocab_dict
        tokens = [t for t in tokens if t in vocab]
        if not tokens:
            return np.zeros(len(self.paragraphs), dtype=np.float32)
        return np.asarray(self.index.bm25.get_scores(tokens), dtype=np.float32)

    def scores(self, question: str, voice_of: str | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Dense, BM25 and fused score of every paragraph."""
        dense = self.dense_scores(question)
        lexical = self.lexical_scores(question)
        fused = self.dense_weight * _z(dense) + (1 - self.dense_weight) * _z(lexical)
        named_voices = voices_named(voice_of if voice_of is not None else question)
        if self.voice_boost and 0 < len(named_voices) < 3:
            fused = fused + self.voice_boost * np.isin(self.author_kinds, named_voices)
        return dense, lexical, fused

    def search(self, question: str, k: int = 10, mask: np.ndarray | None = None, voice_of: str | None = None) -> list[Hit]:
        """Best paragraphs for `question`; `voice_of` is the text whose named author gets the boost
        (a follow-up's own words, when `question` also carries the earlier question)."""
        return self.search_scored(question, k, mask, voice_of)[0]

    def search_scored(self, question: str, k: int = 10, mask: np.ndarray | None = None, voice_of: str | None = None):
        """(hits, (dense, lexical, fused) of every paragraph): for callers that rank more than the hits."""
        dense, lexical, fused = scores = self.scores(question, voice_of)
        if mask is not None:
            fused = np.where(mask, fused, -np.inf)
        top = np.argsort(-fused, kind="stable")[: k * 2]
        hits = [Hit(self.paragraphs[i], float(fused[i]), float(dense[i]), float(lexical[i])) for i in top if np.isfinite(fused[i])]
        named, sure = named_paragraphs(question, self.paragraphs, self.index.documents)
        if named and sure:  # 'para. 33 of the concluding observations': that paragraph first
            first = [Hit(p, float(fused.max()) + 1.0, float(dense[self.rows[p.key]]), float(lexical[self.rows[p.key]]))
                     for p in named if mask is None or mask[self.rows[p.key]]]
            hits = first + [h for h in hits if h.paragraph not in named]
        elif named:  # 'in the reply on ... (para. 5)': a strong hint, not an order
            boosted = fused.copy()
            boosted[[self.rows[p.key] for p in named]] += NAMED_BOOST
            top = np.argsort(-boosted, kind="stable")[: k * 2]
            hits = [Hit(self.paragraphs[i], float(boosted[i]), float(dense[i]), float(lexical[i])) for i in top if np.isfinite(boosted[i])]
        return hits[:k], scores


def _z(scores: np.ndarray) -> np.ndarray:
    """Standard scores, so that cosines and BM25 points can be added."""
    return (scores - scores.mean()) / (scores.std() + 1e-9)
