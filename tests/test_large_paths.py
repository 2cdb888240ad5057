"""The paths a large index takes (float32 lexical selection, postings look-ups, vector reads) agree with the exact ones.

They are switched on by corpus size, so the bundled corpus never takes them by itself: here they are forced on it.
"""
from __future__ import annotations

import numpy as np

from assistant import lexical
from assistant.evaluate import load_questions
from assistant.index import bm25_tokenize


def _questions(n: int = 60) -> list[list[str]]:
    return [bm25_tokenize([q["question"]])[0] for q in load_questions()[:n]]


def test_lookup_gives_the_scores_of_the_full_sum(bot):
    lex = bot.index.lexical
    for tokens in _questions():
        rows, scores = lex.sparse(tokens)
        assert np.array_equal(lex.lookup(tokens, rows), scores)
        others = np.setdiff1d(np.arange(lex.n_rows), rows)
        assert not lex.lookup(tokens, others).any()


def test_the_float32_selection_keeps_the_best_rows(bot, monkeypatch):
    lex = bot.index.lexical
    exact = {tuple(t): set(lex.top(t, 50).tolist()) for t in _questions()}
    monkeypatch.setattr(lexical, "EXACT_TOP_UP_TO", 0)
    for tokens, want in exact.items():
        got = set(lex.top(list(tokens), 50).tolist())
        rows, scores = lex.sparse(list(tokens))
        kth = np.sort(scores)[-50] if len(scores) >= 50 else 0.0
        changed = lex.lookup(list(tokens), np.array(sorted(got ^ want), dtype=np.int64))
        assert np.all(np.abs(changed - kth) < 1e-5), "only rows tied with the 50th may change places"


def test_window_vectors_are_the_stored_rows(bot):
    idx = bot.index
    windows = np.array([0, 1, 2, 5, 7, 8, 8, 3, len(idx.vectors) - 1])
    assert np.array_equal(idx.window_vectors(windows), np.asarray(idx.vectors[windows]))
    assert idx.window_vectors(np.array([], dtype=np.int64)).shape == (0, idx.vectors.shape[1])
