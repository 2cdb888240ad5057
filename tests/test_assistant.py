"""Index lifecycle, answers and errors, on a tiny corpus with the fake embedder."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.search import index as ix
from assistant.search.embed import FakeEmbedder
from assistant.errors import CorpusError, EmptyQuestion, QuestionTooLong


def test_answer_cites_document_and_paragraph_with_a_verbatim_quote(tiny_bot):
    ans = tiny_bot.ask("Is the ban on strikes in the oil sector still there?")
    assert not ans.abstained
    labels = [c.label for c in ans.citations]
    assert any(l in ("E/C.12/EXA/CO/1, para. 3 (b)", "state, para. 2") for l in labels[:2]), labels
    for i, c in enumerate(ans.citations, 1):
        assert c.quote and c.quote in c.text
        assert f"[{i}]" in ans.text and c.quote in ans.text


def test_search_returns_ranked_citations(tiny_bot):
    cites = tiny_bot.search("safe drinking water in rural households", k=3)
    assert cites[0].paragraph == "4" and cites[0].symbol == "E/C.12/EXA/CO/1"
    assert [c.score for c in cites] == sorted([c.score for c in cites], reverse=True)


def test_a_named_paragraph_goes_first(tiny_bot):
    assert tiny_bot.search("what does para. 3 (a) of the concluding observations say?")[0].paragraph == "3 (a)"


def test_asked_what_was_recommended_the_recommendation_goes_before_its_concern(tiny_bot):
    about = "the registration of trade unions and restrictions on non-governmental organizations"
    plain = [c.paragraph for c in tiny_bot.search(f"What is said about {about}?", symbols=["E/C.12/EXA/CO/1"])]
    assert plain.index("2") < plain.index("3")  # the concern holds more of the question's words
    asked = [c.paragraph for c in tiny_bot.search(f"What did the Committee recommend about {about}?", symbols=["E/C.12/EXA/CO/1"])]
    assert asked.index("3") == asked.index("2") - 1, asked  # its recommendation just above it
    ans = tiny_bot.ask(f"What did the Committee recommend about {about}?")
    assert ans.citations[0].paragraph.startswith("3"), [c.label for c in ans.citations]


def test_asked_what_worried_the_committee_the_concern_goes_before_its_recommendation(tiny_bot):
    about = "the ban on strikes in the oil sector"  # only the recommendation's item (b) says it
    plain = [c.paragraph for c in tiny_bot.search(f"What is said about {about}?", symbols=["E/C.12/EXA/CO/1"])]
    assert plain.index("3 (b)") < plain.index("2")
    asked = [c.paragraph for c in tiny_bot.search(f"What worried the Committee about {about}?", symbols=["E/C.12/EXA/CO/1"])]
    rest = [x for x in plain if x != "2"]
    first_rec = next(i for i, x in enumerate(rest) if x.startswith("3"))
    assert asked == rest[:first_rec] + ["2"] + rest[first_rec:]  # just above its recommendation; nothing else moved
    told = f"The Committee was worried about {about}. What did it recommend?"
    assert [c.paragraph for c in tiny_bot.search(told, symbols=["E/C.12/EXA/CO/1"])][0].startswith("3")


def test_a_country_named_puts_documents_about_other_countries_below(tiny_corpus, tmp_path):
    from tests.conftest import CO

    other = CO.replace("Examplestan", "Otherland").replace("E/C.12/EXA/CO/1", "E/C.12/OTH/CO/1")
    (tiny_corpus / "other.txt").write_text(other, encoding="utf-8")
    bot = Assistant.load(tiny_corpus, tmp_path / "i", embedder=FakeEmbedder(), progress=False)
    assert {d["country"] for d in bot.index.documents} >= {"Examplestan", "Otherland"}
    ask = "How many rural households lack safe drinking water in {}?"
    firsts = {country: bot.search(ask.format(country), k=2)[0] for country in ("Otherland", "Examplestan")}
    assert [(c.symbol, c.paragraph) for c in firsts.values()] == [("E/C.12/OTH/CO/1", "4"), ("E/C.12/EXA/CO/1", "4")]
    off = Assistant.load(tiny_corpus, tmp_path / "i", embedder=FakeEmbedder(), progress=False, settings={"country_penalty": 0.0})
    assert len({off.search(ask.format(country), k=1)[0].symbol for country in ("Otherland", "Examplestan")}) == 1  # a tie


def test_a_treaty_body_named_puts_other_bodies_documents_below(tiny_corpus, tmp_path):
    from tests.conftest import CO

    cerd = CO.replace("Committee on Economic, Social and Cultural Rights", "Committee on the Elimination of Racial Discrimination")
    (tiny_corpus / "cerd.txt").write_text(cerd.replace("E/C.12/EXA/CO/1", "CERD/C/EXA/CO/1"), encoding="utf-8")
    bot = Assistant.load(tiny_corpus, tmp_path / "i", embedder=FakeEmbedder(), progress=False)
    assert {d["body"] for d in bot.index.documents} >= {"CESCR", "CERD"}
    ask = "How many rural households lack safe drinking water, according to {}?"
    firsts = [bot.search(ask.format(body), k=2)[0].symbol for body in ("CERD", "the Committee on Economic, Social and Cultural Rights")]
    assert firsts == ["CERD/C/EXA/CO/1", "E/C.12/EXA/CO/1"]
    off = Assistant.load(tiny_corpus, tmp_path / "i", embedder=FakeEmbedder(), progress=False, settings={"body_penalty": 0.0})
    assert len({off.search(ask.format(body), k=1)[0].symbol for body in ("CERD", "CESCR")}) == 1  # a tie
    for q in ("How many rural households lack safe drinking water, under CERD?",  # the treaty, not its body
              "How many rural households lack safe drinking water, according to CMW?"):  # no document is by CMW
        assert [(c.symbol, c.score) for c in bot.search(q, k=3)] == [(c.symbol, c.score) for c in off.search(q, k=3)], q


def test_the_words_naming_the_country_body_or_year_of_review_weigh_less_in_the_lexical_score(tiny_corpus, tmp_path):
    """In an excerpt, the paragraph naming the country, the body and the review's year ('The Committee considered the
    report of Examplestan at its meetings in 2019') drew questions that name them; those words weigh naming_weight."""
    q = "How many rural households lack safe drinking water in Examplestan, according to CESCR's 2019 review?"
    bots = {w: Assistant.load(tiny_corpus, tmp_path / "i", embedder=FakeEmbedder(), progress=False, settings={"naming_weight": w})
            for w in (0.5, 1.0)}
    assert bots[0.5].retriever.term_weights(q) == {"examplestan": 0.5, "cescr": 0.5, "2019": 0.5}
    lexical = {w: {h.paragraph.key: h.lexical for h in bot.retriever.search(q, k=20)} for w, bot in bots.items()}
    considered, water = ("E/C.12/EXA/CO/1", "1"), ("E/C.12/EXA/CO/1", "4")
    assert lexical[0.5][considered] < lexical[1.0][considered] and lexical[0.5][water] > lexical[1.0][water], lexical


def test_the_dense_model_reads_the_question_without_the_names_that_choose_documents(tiny_bot, monkeypatch):
    seen, embed = [], tiny_bot.retriever.embedder.embed
    monkeypatch.setattr(tiny_bot.retriever.embedder, "embed", lambda texts, *a, **k: seen.extend(texts) or embed(texts, *a, **k))
    tiny_bot.search("How many rural households in Examplestan lack safe water, according to CESCR's 2019 review?")
    assert seen == ["How many rural households in the country lack safe water, according to the Committee's review?"]


def test_filters_narrow_the_search(tiny_bot):
    cites = tiny_bot.search("trade unions registration", symbols=["state"])
    assert cites and all(c.symbol == "state" for c in cites)


def test_abstains_when_nothing_matches(tiny_corpus, tmp_path):
    bot = Assistant.load(tiny_corpus, tmp_path / "i", embedder=FakeEmbedder(), progress=False)
    ans = bot.ask("zebra migration patterns in Antarctica")
    assert ans.abstained and ans.citations == () and "Not found" in ans.text


@pytest.mark.parametrize("question,error", [("", EmptyQuestion), ("   \n ", EmptyQuestion), ("x" * 5000, QuestionTooLong)])
def test_bad_questions_get_clear_errors(tiny_bot, question, error):
    with pytest.raises(error, match="."):
        tiny_bot.ask(question)


def test_paragraph_records(tiny_bot):
    p = tiny_bot.paragraphs[1]
    assert (p.symbol, p.paragraph) == ("E/C.12/EXA/CO/1", "2")
    assert "non-governmental organizations" in p.text and "E/C.12" not in p.text
    assert p.headings == ("A. Introduction", "Trade union rights")


def test_stale_index_is_rebuilt_with_a_message(tiny_corpus, tmp_path, capsys):
    where = tmp_path / "i"
    Assistant.load(tiny_corpus, where, embedder=FakeEmbedder(), progress=False)
    (tiny_corpus / "co.txt").write_text((tiny_corpus / "co.txt").read_text() + "\n5. The Committee requests a new report by 2030.\n")
    bot = Assistant.load(tiny_corpus, where, embedder=FakeEmbedder(), settings={"abstain_below": -100.0})
    assert "corpus_hash" in capsys.readouterr().err
    assert bot.paragraph("E/C.12/EXA/CO/1", "5") is not None


def test_the_same_folder_named_another_way_reuses_the_index(tiny_corpus, tmp_path, monkeypatch, capsys):
    """A relative path, an absolute one or one through a link name the same documents: nothing is rebuilt."""
    where = tmp_path / "i"
    Assistant.load(tiny_corpus.resolve(), where, embedder=FakeEmbedder(), progress=False)
    gen = ix.current(where)
    (tmp_path / "link").symlink_to(tiny_corpus.resolve())
    monkeypatch.chdir(tiny_corpus.resolve().parent)
    for named in (Path(tiny_corpus.resolve().name), tmp_path / "link"):
        Assistant.load(named, where, embedder=FakeEmbedder(), progress=False)
        assert ix.current(where) == gen, named
    assert "rebuild" not in capsys.readouterr().err.lower()


def test_a_corpus_moved_to_another_folder_reuses_the_index(tiny_corpus, tmp_path, capsys):
    """Where the files lie is not what they say: a checkout moved elsewhere neither rebuilds nor re-embeds."""
    where = tmp_path / "i"
    Assistant.load(tiny_corpus, where, embedder=FakeEmbedder(), progress=False)
    gen = ix.current(where)
    moved = shutil.move(str(tiny_corpus), tmp_path / "elsewhere")
    bot = Assistant.load(moved, where, embedder=FakeEmbedder(), progress=False)
    assert ix.current(where) == gen and "rebuild" not in capsys.readouterr().err.lower()
    (Path(moved) / "co.txt").write_text((Path(moved) / "co.txt").read_text() + "\n5. The Committee requests a report by 2030.\n")
    bot = Assistant.load(moved, where, embedder=FakeEmbedder(), progress=False)
    m = bot.index.manifest  # the changed document is embedded again, the other one is not
    assert ix.current(where) != gen and 0 < m["embedded_now"] < m["vectors"] + m["sentences"]


def test_corrupt_index_is_rebuilt_not_used(tiny_corpus, tmp_path, capsys):
    where = tmp_path / "i"
    Assistant.load(tiny_corpus, where, embedder=FakeEmbedder(), progress=False)
    gen = ix.current(where)
    (gen / "dense.faiss").write_bytes(b"garbage")
    bot = Assistant.load(tiny_corpus, where, embedder=FakeEmbedder(), settings={"abstain_below": -100.0})
    assert "damaged: dense.faiss" in capsys.readouterr().err
    assert bot.search("trade unions")


def test_interrupted_build_leaves_the_previous_index(tiny_corpus, tmp_path, monkeypatch):
    where = tmp_path / "i"
    Assistant.load(tiny_corpus, where, embedder=FakeEmbedder(), progress=False)
    before = ix.current(where)

    class Boom(FakeEmbedder):
        def export_query_model(self, folder):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        Assistant.load(tiny_corpus, where, embedder=Boom(), rebuild=True, progress=False)
    assert ix.current(where) == before
    assert not [p for p in where.iterdir() if p.name.startswith(".tmp-")]
    assert Assistant.load(tiny_corpus, where, embedder=FakeEmbedder(), progress=False).search("water")


def test_concurrent_first_loads_build_once_and_all_answer(tiny_corpus, tmp_path):
    where, results, errors = tmp_path / "i", [], []

    def run():
        try:
            results.append(Assistant.load(tiny_corpus, where, embedder=FakeEmbedder(), progress=False).ask("oil strikes"))
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=run) for _ in range(4)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert errors == [] and len(results) == 4
    assert len([p for p in where.iterdir() if p.name.startswith("gen-")]) == 1


def test_unknown_folder_and_unreadable_file(tmp_path):
    with pytest.raises(CorpusError, match="No folder"):
        Assistant.load(tmp_path / "nope", tmp_path / "i", embedder=FakeEmbedder())
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    with pytest.raises(CorpusError, match="not"):
        Assistant.load(bad, tmp_path / "i", embedder=FakeEmbedder())


def test_import_assistant_loads_no_heavy_library():
    code = "import sys, assistant; print(sorted(m for m in ('torch','faiss','gradio','sentence_transformers','onnxruntime','transformers') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, cwd=cwd)


def test_cli_errors_are_one_line_and_exit_1(tmp_path):
    r = run_cli("--corpus", str(tmp_path / "missing"), "ask", "anything")
    assert r.returncode == 1 and r.stderr.strip().count("\n") == 0 and "No folder" in r.stderr
    r = run_cli("--index-dir", str(tmp_path / "none"), "index", "status")
    assert r.returncode == 1 and "assistant index build" in r.stderr and "Traceback" not in r.stderr


def test_answer_to_dict_is_json(tiny_bot):
    d = json.loads(json.dumps(tiny_bot.ask("oil sector strikes").to_dict()))
    assert {"text", "abstained", "citations"} <= set(d) and d["citations"][0]["label"]


def test_the_tracker_is_built_once_for_concurrent_users(tiny_corpus, tmp_path, monkeypatch):
    from assistant.track import tracker

    built = []
    real = tracker.Tracker.__post_init__
    monkeypatch.setattr(tracker.Tracker, "__post_init__", lambda self: (built.append(1), time.sleep(0.2), real(self)))
    bot = Assistant.load(tiny_corpus, tmp_path / "i", embedder=FakeEmbedder(), progress=False)
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(bot.tracker)) for _ in range(4)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert len(built) == 1 and all(t is seen[0] for t in seen)


def test_an_added_document_keeps_its_kind_body_and_country(tiny_bot, tmp_path):
    from tests.conftest import CO

    path = tmp_path / "other.txt"
    path.write_text(CO.replace("Examplestan", "Otherland").replace("E/C.12/EXA/CO/1", "E/C.12/OTH/CO/1"), encoding="utf-8")
    tiny_bot.add([path], progress=False)
    doc = next(d for d in tiny_bot.index.documents if d["cite_as"] == "E/C.12/OTH/CO/1")
    assert (doc["kind"], doc["body"], doc["country"]) == ("concluding observations", "CESCR", "Otherland")
    first = tiny_bot.search("How many rural households lack safe drinking water in Otherland?", k=1)[0]
    assert (first.symbol, first.paragraph) == ("E/C.12/OTH/CO/1", "4")  # the country rule holds for added documents


def test_a_upr_report_can_be_added_and_is_cited_as_another_un_source(tiny_bot):
    """A UPR working group's report (a real one, A/HRC/26/7) is written by neither a Committee, a State nor an NGO:
    its author kind 'other' was refused by `add` until the library knew it."""
    tiny_bot.add([Path(__file__).parent / "fixtures" / "real" / "upr-wg-report-uruguay-2014.txt"], progress=False)
    doc = next(d for d in tiny_bot.index.documents if d["cite_as"] == "A/HRC/26/7")
    assert (doc["kind"], doc["author_kind"]) == ("upr report", "other")
    hit = next(h for h in tiny_bot.search("Who headed the delegation of Uruguay?", k=5) if h.symbol == "A/HRC/26/7")
    assert hit.voice == "Other UN source"
