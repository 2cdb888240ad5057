"""The paths a large index takes (float32 lexical selection, postings look-ups, vector reads) agree with the exact ones.

They are switched on by corpus size, so the bundled corpus never takes them by itself: here they are forced on it.
"""
from __future__ import annotations

import os

import numpy as np

from assistant.search import lexical
from assistant.evaluation.run import load_questions
from assistant.search.index import bm25_tokenize


def _questions(n: int = 60) -> list[list[str]]:
    return [bm25_tokenize([q["question"]])[0] for q in load_questions()[:n]]


def test_lookup_gives_the_scores_of_the_full_sum(bot):
    lex = bot.index.lexical
    for tokens in _questions():
        rows, scores = lex.sparse(tokens)
        assert np.array_equal(lex.lookup(tokens, rows), scores)
        others = np.setdiff1d(np.arange(lex.n_rows), rows)
        assert not lex.lookup(tokens, others).any()


def test_the_compiled_lookup_gives_the_same_sums(bot, monkeypatch):
    """A large index looks its candidates up in compiled code (postings.lookup): the same float sums as numpy's,
    in any order of rows, repeated or absent from every posting."""
    import pytest

    pytest.importorskip("numba")
    lex = bot.index.lexical
    rng = np.random.default_rng(0)
    asked = [np.arange(lex.n_rows), rng.integers(0, lex.n_rows, 500), np.sort(rng.choice(lex.n_rows, 300, replace=False))]
    plain = {tuple(t): [lex.lookup(t, rows) for rows in asked] for t in _questions()}
    monkeypatch.setattr(lexical, "EXACT_TOP_UP_TO", 0)
    for tokens, want in plain.items():
        for rows, expected in zip(asked, want):
            assert np.array_equal(lex.lookup(list(tokens), rows), expected)


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


def test_the_compiled_selection_block_by_block(bot, monkeypatch):
    """postings.py's sums over many blocks of rows are the exact ones but for ties with the k-th; without numba a
    large index takes the exact sums themselves."""
    import pytest

    pytest.importorskip("numba")
    lex = bot.index.lexical
    exact = {tuple(t): set(lex.top(t, 50).tolist()) for t in _questions()}
    monkeypatch.setattr(lexical, "EXACT_TOP_UP_TO", 0)
    monkeypatch.setattr("assistant.search.postings.BLOCK", 64)  # many blocks, as at 1M paragraphs
    for tokens, plain in exact.items():
        tokens = list(tokens)
        compiled = set(lex.top(tokens, 50).tolist())
        assert len(compiled) == len(plain)
        rows, scores = lex.sparse(tokens)
        kth = np.sort(scores)[-50] if len(scores) >= 50 else 0.0
        changed = lex.lookup(tokens, np.array(sorted(compiled ^ plain), dtype=np.int64))
        assert np.all(np.abs(changed - kth) < 1e-6), "only rows tied with the 50th may differ"
        assert np.all(lex.lookup(tokens, np.array(sorted(compiled), dtype=np.int64)) > 0)
    monkeypatch.setattr("assistant.search.postings._compiled", False)  # as if numba were not installed
    for tokens, plain in exact.items():
        assert set(lex.top(list(tokens), 50).tolist()) == plain


def _with_codes(bot, monkeypatch):
    """The bundled corpus searched as a large index is: FAISS over 8-bit codes in an inverted file (IVF, SQ8)."""
    import copy

    from assistant.search import index as ix
    from assistant.search import retrieve

    idx = ix.load(bot.index.gen.parent)
    monkeypatch.setattr(ix, "EXACT_UP_TO", 0)
    idx.use_dense(ix.fill(ix.choose_faiss(len(idx.vectors), idx.vectors.shape[1]), np.asarray(idx.vectors, dtype=np.float32)))
    monkeypatch.setattr(retrieve, "DENSE_DEPTH", 50)  # most lexical candidates are then not among FAISS's
    r = copy.copy(bot.retriever)
    r.index = idx
    return r


def test_cosines_from_the_codes_are_within_the_slack(bot, monkeypatch):
    from assistant.search.retrieve import COSINE_SLACK

    r = _with_codes(bot, monkeypatch)
    assert r.index.has_codes and not bot.index.has_codes
    rows = np.arange(len(r.paragraphs))
    for q in ["trade unions", "minimum wage in 2018", "domestic violence shelters"]:
        qvec = r.embedder.embed([q])[0]
        assert np.abs(r.coded_cosines(qvec, rows) - r.cosines(qvec, rows)).max() < COSINE_SLACK / 2
    assert bot.retriever.coded_cosines(qvec, rows) is None


def test_bounds_from_the_codes_lose_no_hit(bot, monkeypatch):
    """Candidates whose bound cannot reach the top are never read exactly: the hits are those of reading them all,
    with exact cosines."""
    from assistant.search import retrieve

    r = _with_codes(bot, monkeypatch)
    questions = [q["question"] for q in load_questions()[:60]]
    pruned = [r.search(q, 10) for q in questions]
    monkeypatch.setattr(retrieve, "COSINE_SLACK", 10.0)  # every bound reaches the top: every candidate read
    for q, got in zip(questions, pruned):
        want = r.search(q, 10)
        assert [h.paragraph.key for h in got] == [h.paragraph.key for h in want]
        assert [h.dense for h in got] == [h.dense for h in want]
        rows = np.array([r.rows[h.paragraph.key] for h in got])
        assert np.allclose([h.dense for h in got], r.cosines(r.embedder.embed([r.reader.unnamed(q)])[0], rows), atol=1e-6)


def test_the_lexical_top_in_a_thread_gives_the_same_hits(bot, monkeypatch):
    """Above THREAD_FROM paragraphs the lexical top-k runs in a worker thread while the question is embedded: the
    same candidates, so the same hits; and the embedding then takes one onnxruntime thread."""
    import threading

    from assistant.search import retrieve

    r, lex = bot.retriever, bot.index.lexical
    questions = [q["question"] for q in load_questions()[:40]]
    inline = [[(h.paragraph.key, h.score) for h in r.search(q, 10)] for q in questions]
    monkeypatch.setattr(retrieve, "THREAD_FROM", 0)
    seen = []
    top = lex.top
    monkeypatch.setattr(lex, "top", lambda *a: seen.append(threading.current_thread().name) or top(*a))
    threaded = [[(h.paragraph.key, h.score) for h in r.search(q, 10)] for q in questions]
    assert threaded == inline
    assert len(seen) == len(questions) and all(name.startswith("assistant-lexical") for name in seen)
    from concurrent.futures import ThreadPoolExecutor  # users asking at once share the pool: the same hits each

    with ThreadPoolExecutor(max_workers=4) as users:
        at_once = list(users.map(lambda q: [(h.paragraph.key, h.score) for h in r.search(q, 10)], questions))
    assert at_once == inline
    assert retrieve.query_threads(len(r.paragraphs)) == 1
    monkeypatch.setattr(retrieve, "THREAD_FROM", 10**9)
    assert retrieve.query_threads(len(r.paragraphs)) == min(2, os.cpu_count() or 1)


def test_a_heading_citing_the_paragraph_named(bot):
    """'para. 41' finds the paragraphs written under a heading citing it in parentheses: not para. 410, and not a
    heading that names it without a parenthesis."""
    from assistant.search.query import QuestionReader
    from assistant.records import Paragraph

    docs = [{"cite_as": "CO", "author_kind": "committee"}, {"cite_as": "R", "author_kind": "state"}]
    paras = [Paragraph("co", "CO", "41", "The Committee recommends."),
             Paragraph("r", "R", "1", "A reply.", ("Recommendation regarding housing (para. 41)",)),
             Paragraph("r", "R", "2", "Another.", ("Recommendations (paras. 410 and 12)",)),
             Paragraph("r", "R", "3", "A third.", ("On para. 41 of the guidelines",)),
             Paragraph("r", "R", "4", "A fourth.", ("Reply (see paras. 12, para. 41)",))]
    reader = QuestionReader(docs)
    found, sure = reader.named_paragraphs("What has been done on para. 41?", paras)
    assert [p.key for p in found] == [("CO", "41"), ("R", "1"), ("R", "4")] and not sure
    found, _ = reader.named_paragraphs("And on para. 12?", paras)
    assert [p.key for p in found] == [("R", "4")]  # only the number right after 'para.' is read: not '410 and 12'



def test_the_analyzer_is_bm25s_word_for_word(bot):
    """lexical._tokenize is bm25s.tokenize's analyzer without its overheads: the same stems for every paragraph and
    question (the background IDF table and the Milvus backend's BM25 are built on them)."""
    import bm25s

    from assistant.search.index import lexical_text

    texts = [lexical_text(p) for p in bot.paragraphs] + [q["question"] for q in load_questions()]
    texts += ["", "Ünïcödé Straße 2019-2021 CO/2 para. 11 (b) e-Government", "THE The the", "x y z 7 77"]
    want = bm25s.tokenize(texts, stopwords=sorted(lexical._stopwords()), stemmer=lexical._stemmer(), show_progress=False,
                          return_ids=False)
    assert lexical._tokenize(texts) == want
