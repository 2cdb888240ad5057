"""The real embedding model on the bundled corpus (marked `model`: slower, builds index/default once)."""
from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.model


def test_query_encoder_matches_sentence_transformers(bot):
    """The ONNX twin used for questions gives the vectors sentence-transformers gives."""
    from assistant.search.embed import DocumentEmbedder

    texts = ["How many jobs are still closed to women?", "trade union registration " * 30]
    st = DocumentEmbedder().embed(texts)
    onnx = bot.retriever.embedder.embed(texts)
    assert np.allclose(st, onnx, atol=2e-4)


def test_long_paragraphs_are_embedded_in_windows_citing_the_same_paragraph(bot):
    rows = bot.index.window_rows
    assert len(rows) > len(bot.paragraphs)  # some paragraphs have more than one window
    counts = np.bincount(rows)
    longest = bot.paragraphs[int(counts.argmax())]
    assert counts.max() >= 2 and len(longest.text) > 1200


def test_the_known_question_is_answered_from_the_committee_with_the_figure(bot):
    ans = bot.ask("How many jobs are still closed to women?")
    assert not ans.abstained
    top5 = [(c.symbol, c.paragraph) for c in bot.search("How many jobs are still closed to women?", k=5)]
    assert ("E/C.12/KAZ/CO/2", "23") in top5
    assert all(c.quote in c.text for c in ans.citations)


def test_a_named_paragraph_is_returned_first(bot):
    c = bot.search("what does para. 33 of the concluding observations say?")[0]
    assert (c.symbol, c.paragraph) == ("E/C.12/KAZ/CO/2", "33")
    c = bot.search("paragraph 11 (b) of the concluding observations")[0]
    assert (c.symbol, c.paragraph) == ("E/C.12/KAZ/CO/2", "11 (b)")


def test_a_recommendation_paragraph_is_the_committees_whatever_report_the_question_names(bot):
    """'the State report on recommendation para. 15' names the State report, but para. 15 is the Committee's."""
    hits = bot.search("What did the State report on recommendation para. 15?", k=5)
    assert ("E/C.12/KAZ/3", "15") not in [(c.symbol, c.paragraph) for c in hits]
    assert (hits[0].symbol, hits[0].paragraph) == ("E/C.12/KAZ/CO/2", "15") or "(para. 15)" in hits[0].headings[-1]


def test_the_follow_up_on_a_paragraph_is_the_follow_up_written_under_it(bot):
    """'the follow-up on paragraph 20' is the follow-up's part answering the Committee's para. 20 (its heading:
    'Follow-up information relating to paragraph 20 ...'), not the follow-up's own para. 20."""
    hits = bot.search("In the follow-up on paragraph 20, what share of the national budget went to social spending?", k=3)
    assert ("KAZ-FU-2021", "20") not in [(c.symbol, c.paragraph) for c in hits]
    assert all("relating to paragraph 20" in c.headings[-1] for c in hits), [c.label for c in hits]


def test_abstains_on_a_question_the_documents_cannot_answer(bot):
    ans = bot.ask("Who won the Eurovision song contest?")
    assert ans.abstained and ans.citations == ()


def test_abstains_on_an_off_topic_question_that_shares_a_year(bot):
    for q in ["What was the score of the 2018 football World Cup final?", "What is the capital of France?"]:
        assert bot.ask(q).abstained, q


def test_voice_filter(bot):
    cites = bot.search("trade unions", author_kinds=["ngo"], k=5)
    assert cites and {c.author_kind for c in cites} == {"ngo"}


def test_a_follow_up_is_understood_in_the_context_of_the_conversation(bot):
    first = "What did the Committee recommend on trade union rights?"
    ans = bot.ask("And what did the State reply?", history=[first])
    assert not ans.abstained and ans.question == "And what did the State reply?"
    assert ans.citations[0].author_kind == "state"
    assert any("trade union" in c.text.lower() for c in ans.citations)


def test_what_a_paragraph_says_is_that_paragraph_alone(bot):
    """'What does para. 41 say?': the Committee's para. 41 (the only document with one), cited alone - not the State
    report's paragraphs under a heading that cites para. 41, nor an abstention because it shares no words."""
    ans = bot.ask("What does para. 41 say?")
    assert not ans.abstained and [c.label for c in ans.citations] == ["E/C.12/KAZ/CO/2, para. 41"]
    assert ans.evidence["asked_by_number"] is True


@pytest.mark.parametrize("question, label", [
    ("Para. 41?", "E/C.12/KAZ/CO/2, para. 41"),
    ("paragraph 11 (b)", "E/C.12/KAZ/CO/2, para. 11 (b)"),
    ("Show me paragraph 41 of the concluding observations", "E/C.12/KAZ/CO/2, para. 41"),
    ("Quote para. 5 of E/C.12/KAZ/3", "E/C.12/KAZ/3, para. 5"),
])
def test_a_bare_reference_is_that_paragraph(bot, question, label):
    """A question that is nothing but a paragraph reference asks for that paragraph (it abstained, 'no paragraph
    mentions 41', or cited the State's replies to it)."""
    ans = bot.ask(question)
    assert not ans.abstained and [c.label for c in ans.citations] == [label]


def test_a_paragraph_a_document_named_by_alias_lacks(bot):
    """'para. 12 in the list of issues': the document called that has no para. 12, and the answer says so first."""
    ans = bot.ask("Show me para. 12 in the list of issues")
    assert ans.abstained and ans.text.startswith("FIDH-LOI-2018 has no paragraph 12.")
    follow_up = bot.ask("In the 2021 follow-up on para. 11 (b), what did Kazakhstan say about health care for migrants?")
    assert not follow_up.text.startswith("KAZ-FU-2021 has no")  # the paragraph is the Committee's, not the follow-up's


@pytest.mark.parametrize("question, voices", [
    ("What does the UN want done so that abuse at home becomes a crime?", ["committee"]),
    ("How did the UN body describe the homes where disabled children live?", ["committee"]),
    ("Has Kazakhstan ratified the UN Convention on migrant workers?", []),
])
def test_the_un_in_a_question_is_the_committees_voice(bot, question, voices):
    assert bot.retriever.reader.voices_named(question) == voices
