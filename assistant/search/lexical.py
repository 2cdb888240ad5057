"""Lexical scores that mean the same in any corpus: BM25 with a fixed background IDF and length norm; the analyzer.

bm25s weighs a term by how rare it is in the corpus at hand, so one paragraph's score for one question
changes when documents are added or removed, and a corpus of 20 paragraphs scores nothing like one of
100,000. Here a term's weight comes from a background table shipped with the package (document
frequencies of UN human-rights paragraphs, `background_idf.json`); a term the table lacks counts as
rare. The score is normalised by the question's own weight, so it reads as an IDF-weighted share of the
question found in the paragraph (about 1.0 when every term occurs once in a paragraph of average length):

>>> lex = Lexical.from_tokens([["trade", "union"], ["union", "union", "water"], ["water"]], avgdl=2.0)
>>> [round(float(s), 2) for s in lex.scores(["trade", "union"])]
[1.0, 0.6, 0.0]
"""
from __future__ import annotations

import gzip
import io
import json
import math
import re
import threading
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from . import postings

K1, B = 1.2, 0.75
EXACT_TOP_UP_TO = 100_000  # paragraphs; above, `top` takes the compiled float32 sums (postings.py; the same rows but for near-ties)
BACKGROUND = Path(__file__).parent / "background_idf.json.gz"


@lru_cache(maxsize=1)
def background() -> dict:
    """{'idf': {term: idf}, 'avgdl': float, 'unseen_idf': float} (built by `background_table`)."""
    try:
        with gzip.open(BACKGROUND, "rt", encoding="utf-8") as f:
            return json.load(f)
    except OSError:  # pragma: no cover - a source checkout without the table: every term weighs the same
        return {"idf": {}, "avgdl": 40.0, "unseen_idf": 1.0}


def background_table(token_lists: list[list[str]]) -> dict:
    """The table from a reference collection of paragraphs (tokenized as the index tokenizes)."""
    n = len(token_lists)
    df: dict[str, int] = {}
    for toks in token_lists:
        for t in set(toks):
            df[t] = df.get(t, 0) + 1
    idf = {t: round(_idf(n, d), 4) for t, d in sorted(df.items())}
    return {"n": n, "avgdl": sum(map(len, token_lists)) / max(n, 1), "unseen_idf": round(_idf(n, 1), 4), "idf": idf}


def _idf(n: int, df: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


# bm25s's English list (33 words) plus the words questions are made of, which say nothing of the topic
QUESTION_WORDS = """what which who whom whose when where why how many much does did do done has have had is are was were
be been being can could would should will shall may might must say says said tell told about there any some your you our
we i me my its it this that these those from into than so also according regarding concerning"""


def bm25_tokenize(texts: list[str]):
    """Stemmed content words of each text (bm25s's analyzer); one text at a time is cached (a question is
    tokenized by several stages of one answer)."""
    if len(texts) == 1:
        return [list(_tokens_of(texts[0]))]
    return _tokenize(texts)


@lru_cache(maxsize=1024)
def _tokens_of(text: str) -> tuple[str, ...]:
    return tuple(_tokenize([text])[0])


_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # bm25s's (and scikit-learn's) token pattern


def _tokenize(texts: list[str]) -> list[list[str]]:
    """bm25s.tokenize's analyzer, word for word (lower case, its token pattern, stop words, then the Snowball stemmer),
    without its per-text set of stop words and progress bars: 3-4x faster on a question or a paragraph's sentences."""
    stop, stem = _stopwords(), _stemmer()
    out = []
    for text in texts:
        words = [w for w in _TOKEN.findall(text.lower()) if w not in stop]
        out.append(stem(words) if stem is not None else words)
    return out


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN

    return frozenset(STOPWORDS_EN) | frozenset(QUESTION_WORDS.split())


_stemmers = threading.local()  # a PyStemmer object is not safe to share between threads


def _stemmer():
    if not hasattr(_stemmers, "stem"):
        try:
            import Stemmer

            _stemmers.stem = Stemmer.Stemmer("english").stemWords
        except ImportError:  # pragma: no cover
            _stemmers.stem = None
    return _stemmers.stem


def _as_arrays(shares: list[tuple[int, float]]) -> tuple[np.ndarray, np.ndarray]:
    """(term ids, float32 shares): what the compiled kernels of postings.py take."""
    return np.array([i for i, _ in shares], dtype=np.int64), np.array([s for _, s in shares], dtype=np.float32)


_NPY_HEADERS = threading.Lock()


def load_npy(source, **kwargs) -> np.ndarray:
    """np.load, one thread at a time: numpy reads a .npy header with ast.literal_eval, and two threads parsing at once
    in CPython 3.11 can fail with "SystemError: AST constructor recursion depth mismatch" (python/cpython#106905),
    which made a sound index read as corrupt (tests/test_integrity.py, readers during builds: 1 run in 12)."""
    with _NPY_HEADERS:
        return np.load(source, **kwargs)



def translit_key(word: str) -> str:
    """A word as transliterations of Russian and Kazakh names agree on: 'zh', 'dzh' and 'j' one letter, 'kh' as 'h',
    'y' as 'i', doubled letters single ('Mazhilis' and 'Majilis', 'Zhanaozen' and 'Janaozen').

    >>> translit_key("mazhilis") == translit_key("majilis"), translit_key("zhanaozen") == translit_key("janaozen")
    (True, True)
    """
    w = re.sub(r"dzh|dj|zh|j", "j", word.lower())
    w = w.replace("kh", "h").replace("y", "i")
    return re.sub(r"(.)\1", r"\1", w)

class Lexical:
    """Per-term postings of (row, saturated term frequency); scores for a question sum idf-weighted postings."""

    def __init__(self, vocab: dict[str, int], indptr: np.ndarray, rows: np.ndarray, weights: np.ndarray, n_rows: int):
        self.vocab, self.indptr, self.rows, self.weights, self.n_rows = vocab, indptr, rows, weights, n_rows
        bg = background()
        self.idf_table, self.unseen = bg["idf"], bg["unseen_idf"]

    @classmethod
    def from_tokens(cls, token_lists: list[list[str]], avgdl: float | None = None) -> "Lexical":
        avgdl = avgdl or background()["avgdl"]
        vocab: dict[str, int] = {}
        terms = np.fromiter((vocab.setdefault(t, len(vocab)) for toks in token_lists for t in toks), dtype=np.int64)
        lengths = np.fromiter((len(toks) for toks in token_lists), dtype=np.int64, count=len(token_lists))
        docs = np.repeat(np.arange(len(token_lists), dtype=np.int64), lengths)
        keys, tf = np.unique(terms * max(len(token_lists), 1) + docs, return_counts=True)  # sorted by term, then row
        term_of, rows = np.divmod(keys, max(len(token_lists), 1))
        norm = K1 * (1 - B + B * lengths[rows] / avgdl)
        weights = (tf * (K1 + 1) / (tf + norm)).astype(np.float32)
        indptr = np.zeros(len(vocab) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum(np.bincount(term_of, minlength=len(vocab)))
        return cls(vocab, indptr, rows.astype(np.int32), weights, len(token_lists))

    def idf(self, term: str) -> float:
        return self.idf_table.get(term, self.unseen)

    @cached_property
    def folded(self) -> dict[str, str]:
        """Each word of the vocabulary with accents, by its form without them; read once, when first needed."""
        from ..ingest.places import fold

        return {fold(t): t for t in self.vocab if not t.isascii()}

    @cached_property
    def transliterated(self) -> dict[str, str]:
        """Each longer word of the vocabulary by its transliteration key (`translit_key`); read once, when first needed."""
        return {translit_key(t): t for t in self.vocab if len(t) >= 6 and t.isalpha()}

    def spelled_otherwise(self, term: str) -> str | None:
        """The word of the corpus a long term is one letter away from (dropped, added, changed or two swapped):
        'kazakstan' for 'kazakhstan', a name typed quickly, not a name the documents lack; None for a short term,
        where one letter makes another word ('iran', 'iraq').

        >>> lex = Lexical.from_tokens([["kazakhstan", "semipalatinsk", "kŭhistoni"]])
        >>> lex.spelled_otherwise("kazakstan"), lex.spelled_otherwise("semipalatinks"), lex.spelled_otherwise("baikonur")
        ('kazakhstan', 'semipalatinsk', None)
        >>> lex.spelled_otherwise("kuhistoni"), Lexical.from_tokens([["majilis"]]).spelled_otherwise("mazhilis")
        ('kŭhistoni', 'majilis')
        """
        if term in self.vocab:
            return None
        if term in self.folded:  # 'kuhistoni' for 'kŭhistoni': a name's accents left out
            return self.folded[term]
        if len(term) >= 6 and (other := self.transliterated.get(translit_key(term))) and other != term:
            return other  # 'mazhilis' for 'majilis': a Russian or Kazakh name written in another transliteration
        if len(term) < 7:
            return None
        letters = "abcdefghijklmnopqrstuvwxyz"
        cuts = [(term[:i], term[i:]) for i in range(len(term) + 1)]
        edits = ([a + b[1:] for a, b in cuts if b] + [a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1]
                 + [a + c + b[1:] for a, b in cuts if b for c in letters] + [a + c + b for a, b in cuts for c in letters])
        return next((e for e in edits if e != term and e in self.vocab), None)

    def query_terms(self, tokens: list[str]) -> list[str]:
        return list(dict.fromkeys(tokens))

    def shares(self, tokens: list[str], weights: dict[str, float] | None = None) -> list[tuple[int, float]]:
        """(term id, idf / the question's total idf) of each distinct question term the postings hold, in question order;
        `weights` scales some terms' idf (the words that only name a country or body: QuestionReader.naming_phrases).

        >>> lex = Lexical.from_tokens([["zorblax"], ["examplestan"]], avgdl=1.0)  # two words the background lacks: equal idf
        >>> [round(s, 2) for _, s in lex.shares(["zorblax", "examplestan"])], [round(s, 2) for _, s in lex.shares(["zorblax", "examplestan"], {"examplestan": 0.5})]
        ([0.5, 0.5], [0.67, 0.33])
        """
        terms = self.query_terms(tokens)
        weights = weights or {}
        idf = {t: self.idf(t) * weights.get(t, 1.0) for t in terms}
        total = sum(idf.values())
        return [(self.vocab[t], idf[t] / total) for t in terms if t in self.vocab] if total > 0 else []

    def sparse(self, tokens: list[str], weights: dict[str, float] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(rows, scores) of the paragraphs holding any question term, rows ascending: cost follows the postings."""
        return self._sum(self.shares(tokens, weights))

    def _sum(self, shares: list[tuple[int, float]]) -> tuple[np.ndarray, np.ndarray]:
        if not shares:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)
        rows = np.concatenate([self.rows[self.indptr[i]:self.indptr[i + 1]] for i, _ in shares])
        vals = np.concatenate([self.weights[self.indptr[i]:self.indptr[i + 1]] * share for i, share in shares])
        if len(rows) * 8 > self.n_rows:  # long postings: one pass over an array the corpus's size beats sorting them
            summed = np.bincount(rows, weights=vals, minlength=self.n_rows)
            hit = np.flatnonzero(summed)
            return hit.astype(np.int32), summed[hit].astype(np.float32)
        uniq, inv = np.unique(rows, return_inverse=True)
        return uniq.astype(np.int32), np.bincount(inv, weights=vals).astype(np.float32)

    def lookup(self, tokens: list[str], rows: np.ndarray, weights: dict[str, float] | None = None) -> np.ndarray:
        """The scores of these rows, as `sparse` computes them (the same sums in the same order), by binary search
        in each term's postings: cost follows the rows asked for, not the postings' length."""
        rows = np.asarray(rows, dtype=np.int64)
        shares = self.shares(tokens, weights)
        if self.n_rows > EXACT_TOP_UP_TO and len(rows) > 100 and shares:  # a large index's candidates: compiled, the same sums
            found = postings.lookup(self.indptr, self.rows, self.weights, *_as_arrays(shares), rows)
            if found is not None:
                return found
        acc = np.zeros(len(rows))
        for i, share in shares:
            post = self.rows[self.indptr[i]:self.indptr[i + 1]]
            at = np.minimum(np.searchsorted(post, rows), len(post) - 1)
            acc += np.where(post[at] == rows, self.weights[self.indptr[i] + at] * share, 0)
        return acc.astype(np.float32)

    def top(self, tokens: list[str], k: int, weights: dict[str, float] | None = None) -> np.ndarray:
        """Rows of the k best paragraphs (in no order): the k best of `sparse`. Above EXACT_TOP_UP_TO paragraphs the
        sums are taken in float32, compiled, block by block of rows (postings.py: 2-3x faster than numpy at 1M
        paragraphs); only scores equal to ~1e-7 can change places. The scores themselves come from `lookup`, exact.

        >>> lex = Lexical.from_tokens([["trade", "union"], ["union", "water"], ["union"], ["water"]], avgdl=1.0)
        >>> [round(float(s), 2) for s in lex.scores(["trade", "union"])], sorted(lex.top(["trade", "union"], 2).tolist())
        ([0.71, 0.35, 0.5, 0.0], [0, 2])
        """
        shares = self.shares(tokens, weights)
        if self.n_rows > EXACT_TOP_UP_TO:
            best = postings.top(self.indptr, self.rows, self.weights, *_as_arrays(shares), self.n_rows, k)
            if best is not None:
                return best
        rows, scores = self._sum(shares)  # small corpora (and large ones without numba): the exact sums, sorted out
        return rows[np.argpartition(-scores, k)[:k]] if len(rows) > k else rows

    def scores(self, tokens: list[str]) -> np.ndarray:
        """Every paragraph's score (for small corpora, tests and the BM25 peer)."""
        out = np.zeros(self.n_rows, dtype=np.float32)
        rows, vals = self.sparse(tokens)
        out[rows] = vals
        return out

    # --- files ---------------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / "indptr.npy", self.indptr)
        np.save(folder / "rows.npy", self.rows)
        np.save(folder / "weights.npy", self.weights)
        (folder / "vocab.json").write_text(json.dumps({"n_rows": self.n_rows, "vocab": self.vocab}, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, read=None) -> "Lexical":
        """`read(name) -> bytes` reads a file of the folder (the index passes one that checks its hash)."""
        read = read or (lambda name: (folder / name).read_bytes())
        arr = lambda name: load_npy(io.BytesIO(read(name)), allow_pickle=False)  # noqa: E731
        meta = json.loads(read("vocab.json"))
        lex = cls(meta["vocab"], arr("indptr.npy"), arr("rows.npy"), arr("weights.npy"), meta["n_rows"])
        if len(lex.indptr) != len(lex.vocab) + 1 or int(lex.indptr[-1]) != len(lex.rows) or len(lex.rows) != len(lex.weights) \
                or (len(lex.rows) and (lex.rows.min() < 0 or lex.rows.max() >= lex.n_rows)):
            raise ValueError("lexical postings do not match their vocabulary")
        return lex

