"""Sentence vectors: each sentence of a paragraph of several is embedded at build, and a paragraph whose one sentence
answers a question rises among the best candidates (Retriever.by_sentence). With the fake embedder (fast)."""
from __future__ import annotations

import numpy as np
import pytest

from assistant import Assistant
from assistant.search import index as ix
from assistant.search.embed import FakeEmbedder

REPORT = """Committee on Economic, Social and Cultural Rights
Second periodic report submitted by Examplestan
[Date received: 1 May 2022]
Water and sanitation
1. The Government reviewed housing, roads, schools, clinics, pensions, taxes, courts, prisons, museums, parks and
libraries in every region of the country during the period under review. Wells were drilled in forty villages. The
ministries of finance, justice and culture also reported on pensions, taxes, courts, prisons, museums and parks.
2. Villages where wells were drilled, housing, roads, schools, clinics, pensions, taxes, courts, prisons, museums and
parks: the many topics that the ministries of finance, justice and culture listed in the report of the country.
3. The Committee on tariffs met twice.
"""
QUESTION = "Where were wells drilled in villages?"
NO_ANSWER_CHECKS = {"answerability": {"bias": 10.0, "weights": {}, "threshold": 0.5}}  # calibrated for the real model


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    return folder


def load(corpus, where, **settings):
    return Assistant.load(corpus, where, embedder=FakeEmbedder(), progress=False, settings={**NO_ANSWER_CHECKS, **settings})


def test_each_sentence_of_a_paragraph_of_several_is_embedded_under_its_headings(corpus, tmp_path):
    bot = load(corpus, tmp_path / "index")
    m = ix.read_manifest(tmp_path / "index")
    rows = bot.index.sentence_rows
    assert m["sentences"] == len(rows) == len(bot.index.sentence_vectors) == 3  # para. 1's three; paras 2 and 3: one each
    assert {bot.paragraphs[r].paragraph for r in rows} == {"1"}
    said = FakeEmbedder().embed(["Water and sanitation: Wells were drilled in forty villages."])[0]
    assert np.isclose(bot.index.sentence_vectors @ said, 1.0, atol=1e-6).sum() == 1


def test_a_paragraph_whose_one_sentence_answers_comes_first(corpus, tmp_path):
    dense_only = {"lexical_weight": 0.0}  # the fake embedder's scale is not the real one's: the two cosines alone
    whole = [h.paragraph.paragraph for h in load(corpus, tmp_path / "a", sentence_weight=0.0, **dense_only).retriever.search(QUESTION)]
    by_sentence = load(corpus, tmp_path / "b", sentence_weight=0.5, **dense_only)
    hits = by_sentence.retriever.search(QUESTION)
    assert whole[:2] == ["2", "1"]  # the whole of para. 1 is diluted by its other sentences
    assert [h.paragraph.paragraph for h in hits][:2] == ["1", "2"]
    assert hits[0].score < hits[1].score  # the fused scores are kept as they were (the answer checks read them)
    assert by_sentence.ask(QUESTION).citations[0].paragraph == "1"


def test_sentences_are_reused_when_a_document_is_added(corpus, tmp_path):
    bot = load(corpus, tmp_path / "index")
    doc = tmp_path / "wells.txt"
    doc.write_text("Water\n1. The district drilled 40 wells. Tariffs were frozen in 2020 and 2021.\n2. Pipes were repaired.\n")
    bot.add([doc], progress=False)
    m = ix.read_manifest(tmp_path / "index")
    assert m["sentences"] == 5 and m["embedded_now"] == 2 + 2  # the new document's two windows and two sentences


def test_an_index_without_sentence_vectors_searches_as_before(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(ix, "SENTENCES_UP_TO", 0)  # as for a corpus over the limit
    bot = load(corpus, tmp_path / "index", sentence_weight=0.5, lexical_weight=0.0)
    assert ix.read_manifest(tmp_path / "index")["sentences"] == 0 and len(bot.index.sentence_vectors) == 0
    assert not (ix.current(tmp_path / "index") / "sentences.npy").exists()
    assert [h.paragraph.paragraph for h in bot.retriever.search(QUESTION)][:2] == ["2", "1"]
    assert bot.retriever.search(QUESTION)[0].score > bot.retriever.search(QUESTION)[1].score


def test_each_sentence_with_a_vector_gets_its_own_cosine(corpus, tmp_path):
    bot = load(corpus, tmp_path / "index")
    p = next(x for x in bot.paragraphs if x.paragraph == "1")
    said = bot.retriever.sentences_said(QUESTION, p)
    assert len(said) == 3 and all(p.text[a:b] for a, b in said)
    best = max(said, key=said.get)
    assert p.text[best[0]:best[1]] == "Wells were drilled in forty villages."
    assert bot.retriever.sentences_said(QUESTION, next(x for x in bot.paragraphs if x.paragraph == "3")) == {}  # one sentence


@pytest.mark.model
@pytest.mark.parametrize("question, quoted", [
    ("At what age can people marry in Kazakhstan?", "The minimum age for marriage is set at 18 years."),
    ("What does the law on surgical sterilization require from the patient?", "only with the informed consent of the patient"),
])
def test_the_quote_is_the_sentence_that_answers_not_the_one_that_repeats_the_question(bot, question, quoted):
    """E/C.12/KAZ/3 paras. 344 and 338: their first sentences repeat the question's words ('the minimum age for
    marriage', 'Article 151 (Surgical sterilization)'); the one that answers comes later, and its cosine says so."""
    c = bot.ask(question).citations[0]
    assert c.label in ("E/C.12/KAZ/3, para. 344", "E/C.12/KAZ/3, para. 338") and quoted in c.quote
    plain = Assistant(bot.documents, bot.index, bot.retriever.embedder, {"quote_sentence_weight": 0.0})
    assert quoted not in plain.ask(question).citations[0].quote  # by the IDF of its words alone: the other sentence


def test_a_chapter_of_a_code_ends_no_sentence():
    """Held-out bi (CRPD/C/MLT/CO/1): 'the Equal Opportunities (Persons with Disability) Act (chap. 413)' was cut after
    'chap.', and the next 'sentence', '413) and the ...', counted 413 persons with disabilities for a near miss."""
    from assistant.ingest.sentences import sentences

    t = "It welcomes the Equal Opportunities (Persons with Disability) Act (chap. 413) and the Autism Act (chap. 557). It notes."
    assert [t[a:b] for a, b in sentences(t)][0].endswith("(chap. 557).")
