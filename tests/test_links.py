"""Links from the documents' own cross-references, and the recommendation tracker."""
from __future__ import annotations

import re

import pytest

from assistant.track.links import concern_pairs, find_links, paragraph_refs
from assistant.ingest.load import load_corpus
from assistant.records import Paragraph
from assistant.ingest.split import split


@pytest.mark.parametrize("text,refs", [
    ("Follow-up information relating to paragraph 11 (a) and (b) of the concluding observations", ["11 (a)", "11 (b)"]),
    ("Recommendations regarding the gender wage gap (para. 26) and just and favourable conditions of work (para. 30)", ["26", "30"]),
    ("(recommendation, para. 47)", ["47"]),
    ("see paras. 17 and 47 (a)", ["17", "47 (a)"]),
    ("para. 17 (a) to (c)", ["17 (a)", "17 (b)", "17 (c)"]),
    ("no reference here", []),
])
def test_paragraph_refs(text, refs):
    assert paragraph_refs(text) == refs


def test_concern_and_recommendation_pairs_under_one_heading():
    ps = [Paragraph("d", "CO", "1", "The Committee is concerned about x.", ("Topic A",)),
          Paragraph("d", "CO", "2", "The Committee recommends that the State party do y.", ("Topic A",)),
          Paragraph("d", "CO", "3", "The Committee is concerned about z.", ("Topic B",)),
          Paragraph("d", "CO", "4", "The Committee urges the State party to do w.", ("Topic B",))]
    assert [(l.source, l.target) for l in concern_pairs(ps)] == [("2", "1"), ("4", "3")]


@pytest.fixture(scope="module")
def real():
    docs = load_corpus()
    paragraphs = [p for d in docs for p in split(d)]
    return paragraphs, find_links(paragraphs, [d.meta() for d in docs])


def test_every_recommendation_heading_of_the_state_report_resolves(real):
    paragraphs, links = real
    heading = re.compile(r"\(.*paras?\.\s*\d+")
    under = [p for p in paragraphs if p.symbol == "E/C.12/KAZ/3" and p.headings and heading.search(p.headings[-1])]
    assert len(under) > 400
    for p in under:
        wanted = set(paragraph_refs(p.headings[-1]))
        got = {l.target for l in links if (l.source_symbol, l.source) == p.key and l.how == "heading"}
        assert got == wanted, p.citation
        assert all(l.resolved and l.target_symbol == "E/C.12/KAZ/CO/2" for l in links if (l.source_symbol, l.source) == p.key)


def test_follow_up_report_links_to_the_paragraphs_it_answers(real):
    _, links = real
    fu = {(l.source, l.target) for l in links if l.source_symbol == "KAZ-FU-2021"}
    assert ("2", "11 (a)") in fu and ("2", "11 (b)") in fu and ("41", "20") in fu and ("54", "33") in fu
    assert not any(s == "1" for s, _ in fu)  # para. 1 sits under no heading


def test_references_outside_the_corpus_are_kept_unresolved(real):
    _, links = real
    out = {(l.source, l.target_symbol, l.target) for l in links if not l.resolved}
    assert out == {("27", "E/C.12/KAZ/CO/1", "22"), ("34", "E/C.12/KAZ/CO/1", "23"), ("38", "E/C.12/KAZ/CO/1", "27")}


def test_pairs_and_follow_up_request_of_the_concluding_observations(real):
    _, links = real
    pairs = {(l.source, l.target) for l in links if l.how == "pair"}
    assert {("24", "23"), ("33", "32"), ("11", "10")} <= pairs and ("57", "56") not in pairs
    assert {l.target for l in links if l.how == "follow-up request"} == {"11 (a)", "11 (b)", "20", "33"}


@pytest.mark.model
def test_track_a_recommendation_from_its_concern(bot):
    t = bot.track("E/C.12/KAZ/CO/2", "23")
    assert t.recommendation.paragraph == "24" and [c.paragraph for c in t.concerns] == ["23"]
    assert ("E/C.12/KAZ/3", "247") in {(c.symbol, c.paragraph) for c in t.replies}
    assert all(c.author_kind == "ngo" for c in t.ngo)


@pytest.mark.model
def test_recommendations_table(bot):
    rows = {r["paragraph"]: r for r in bot.recommendations("E/C.12/KAZ/CO/2")}
    assert rows["33"]["follow_up_requested"] and "KAZ-FU-2021 paras. 54\u201363" in rows["33"]["replies"]
    assert rows["11"]["replied"] and not rows["57"]["replied"]


@pytest.mark.model
def test_answer_by_voice_keeps_voices_apart(bot):
    ans = bot.ask("The Committee recommended reviewing the list of jobs prohibited for women in 2019; what did the State say it did?")
    kinds = [c.author_kind for c in ans.citations]
    assert "committee" in kinds and "state" in kinds
    assert ans.text.index("The Committee (") < ans.text.index("The State (")
    assert all(f"[{i}]" in ans.text for i in range(1, len(ans.citations) + 1))
