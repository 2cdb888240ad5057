"""The chat's pure views (escaping, exact highlight, document context, add reports, recommendations) and its handlers
on the tiny corpus: streaming (with a scripted LLM too), adding documents, the recommendation tracker."""
from __future__ import annotations

import doctest
import html
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant import app_views
from assistant.app import (MAX_FILES, Chat, SharedLock, answer_html, answer_markdown, citation_html, context_html, esc,
                           filter_note, highlight, kind_choices, neighbours, recommendation_rows, report_html, stream_prefixes,
                           track_html)
from assistant.errors import DependencyMissing
from assistant.records import Answer, Citation, Paragraph
from test_generate import prompt_of, server  # noqa: F401 - the scripted OpenAI-protocol server (Scripted) on loopback

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def cite(paragraph="33", text="First sentence. It also recommends <b>this</b> & that. Last one.",
         quote="It also recommends <b>this</b> & that.", kind="committee") -> Citation:
    return Citation("E/C.12/KAZ/CO/2", paragraph, text, quote, 4.2, kind, ("C. Concerns", "Trade union rights"),
                    "Concluding observations", "2019-03-08", "co")


def visible_text(fragment: str) -> str:
    """What a browser shows for an HTML fragment, tags removed."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_esc_leaves_no_markup():
    out = esc(EVIL)
    assert "<" not in out and ">" not in out and '"' not in out
    assert html.unescape(out) == EVIL


def test_highlight_marks_exactly_the_quote_and_escapes_the_rest():
    c = cite()
    out = highlight(c.text, c.quote)
    assert re.findall(r"<mark>(.*?)</mark>", out) == [esc(c.quote)]
    assert "<b>" not in out
    assert visible_text(out) == c.text


def test_highlight_without_the_quote_marks_nothing():
    assert highlight("A <i>b</i>.", "not there") == "A &lt;i&gt;b&lt;/i&gt;."
    assert highlight("A.", "") == "A."


def test_answer_html_markers_name_paragraph_and_voice():
    c1, c2 = cite("32", quote="First sentence."), cite("33", kind="state")
    text = f"The Committee (2019, {c1.label}): \u201cFirst sentence.\u201d [1]\nThe State (2019, {c2.label}): \u201c{c2.quote}\u201d [2]"
    out = answer_html(text, (c1, c2), filter_note(None, ["ngo"]))
    assert 'title="E/C.12/KAZ/CO/2, para. 32 (Committee)">[1]</span>' in out
    assert 'title="E/C.12/KAZ/CO/2, para. 33 (State)">[2]</span>' in out
    assert "[1] E/C.12/KAZ/CO/2, para. 32" in visible_text(out) and "[2] E/C.12/KAZ/CO/2, para. 33" in visible_text(out)
    assert "&lt;b&gt;this&lt;/b&gt;" in out and "<b>" not in out
    assert "Searching: NGO documents." in out


def test_answer_html_escapes_a_question_echoed_in_text():
    out = answer_html(f"Not found in these documents: {EVIL} [1]")
    assert "<script" not in out and "<img" not in out and "[1]" in out  # no citation 1: the marker stays plain


def test_stream_prefixes_grow_to_the_whole_text():
    text = "The Committee (2019, X, para. 1): \u201cA b c d e.\u201d [1]\nThe State: \u201cF.\u201d [2]"
    parts = list(stream_prefixes(text, 3))
    assert len(parts) > 3 and parts[-1] == text
    assert all(b.startswith(a) and len(b) > len(a) for a, b in zip(parts, parts[1:]))


def test_citation_html_shows_title_date_headings_and_the_whole_paragraph():
    out = citation_html(cite(), 2)
    shown = visible_text(out)
    for part in ("[2] E/C.12/KAZ/CO/2, para. 33", "Committee", "Concluding observations", "2019-03-08",
                 "C. Concerns › Trade union rights", cite().text):
        assert part in shown
    assert out.count("<mark>") == 1 and "<b>this" not in out


def paragraphs() -> list[Paragraph]:
    heads = [("A. Intro",)] * 2 + [("B. Work", "Unions")] * 4
    ps = [Paragraph("co", "CO", str(n), f"Text {n} <i>x</i>.", heads[n - 1], n) for n in range(1, 7)]
    other = [Paragraph("rep", "REP", str(n), f"Report {n}.", (), n) for n in range(1, 4)]
    return [*other, *ps]


def test_neighbours_keep_document_order_and_stop_at_the_edges():
    assert [p.paragraph for p in neighbours(paragraphs(), "CO", "4", around=2)] == ["2", "3", "4", "5", "6"]
    assert [p.paragraph for p in neighbours(paragraphs(), "CO", "1", around=2)] == ["1", "2", "3"]
    assert [p.paragraph for p in neighbours(paragraphs(), "REP", "2", around=5)] == ["1", "2", "3"]
    assert neighbours(paragraphs(), "CO", "99") == []


def test_context_html_marks_the_cited_paragraph_in_order():
    c = Citation("CO", "3", "Text 3 <i>x</i>.", "<i>x</i>", 1.0, "committee", ("B. Work", "Unions"), "T", "2019")
    out = context_html(neighbours(paragraphs(), "CO", "3", around=2), c)
    assert re.findall(r'class="num">para\. (\d+)', out) == ["1", "2", "3", "4", "5"]
    assert out.count('id="ctx-cited"') == 1
    assert re.search(r'id="ctx-cited"><span class="num">para\. 3</span>Text 3 <mark>&lt;i&gt;x&lt;/i&gt;</mark>\.', out)
    assert visible_text(out).count("B. Work › Unions") == 1 and "A. Intro" in visible_text(out)
    assert "<i>" not in out


def test_filter_note_says_what_is_searched():
    assert filter_note(None, None) == filter_note([], []) == "Searching all documents."
    assert filter_note(["KAZ-FU-2021"], ["state", "ngo"]) == "Searching: State and NGO documents; only KAZ-FU-2021."


def test_answer_markdown_writes_every_citation_out():
    c = cite()
    md = answer_markdown(Answer("What was recommended?", f"\u201c{c.quote}\u201d [1]", (c,)), filter_note(None, ["committee"]))
    assert md.startswith("**Question:** What was recommended?")
    assert f"[1] {c.label} (Committee, 2019-03-08): \u201c{c.quote}\u201d" in md
    assert "Searching: Committee documents." in md


def test_importing_the_app_loads_no_gradio():
    code = "import sys, assistant.app; print('gradio' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_build_without_gradio_says_what_to_install(monkeypatch, tiny_bot):
    from assistant.app import build

    monkeypatch.setitem(sys.modules, "gradio", None)
    with pytest.raises(DependencyMissing, match=r"pip install 'treaty-assistant\[chat\]'"):
        build(tiny_bot)


# --- the handlers, on the tiny corpus with the fake embedder -------------------------------------
def new_state() -> dict:
    return {"turns": [], "shown": None, "open": None}


def test_respond_streams_then_keeps_the_turn_in_the_session(tiny_bot):
    chat, state = Chat(tiny_bot, delay=0), new_state()
    steps = list(chat.respond("Are trade unions registered?", [], [], [], state))
    assert len(steps) > 2
    box, messages, state = steps[-1]
    assert box == "" and [m["role"] for m in messages] == ["user", "assistant"]
    ans, note = state["turns"][0]
    assert not ans.abstained and 'class="sources"' in messages[-1]["content"]
    assert all('class="sources"' not in s[1][-1]["content"] for s in steps[:-1])  # the list comes with the last step


def test_follow_up_gets_the_session_history(tiny_bot, monkeypatch):
    chat, state, seen = Chat(tiny_bot, delay=0), new_state(), []
    ask = tiny_bot.ask
    monkeypatch.setattr(tiny_bot, "ask", lambda q, **kw: seen.append(kw["history"]) or ask(q, **kw))
    *_, (_, messages, state) = chat.respond("Are trade unions registered?", [], [], [], state)
    *_, (_, messages, state) = chat.respond("And what did the State reply?", [], ["state"], messages, state)
    assert seen == [None, ["Are trade unions registered?"]]
    assert len(messages) == 4 and {c.author_kind for c in state["turns"][1][0].citations} <= {"state"}


def test_errors_become_a_message_in_the_chat(tiny_bot, monkeypatch):
    chat, state = Chat(tiny_bot, delay=0), new_state()
    *_, (_, messages, state) = chat.respond("   ", [], [], [], state)
    assert "The question is empty" in messages[-1]["content"] and state["turns"] == [None]
    monkeypatch.setattr(tiny_bot, "ask", lambda *a, **k: 1 / 0)
    *_, (_, messages, state) = chat.respond(EVIL, [], [], messages, state)
    assert "Something went wrong (ZeroDivisionError" in messages[-1]["content"]
    assert "<script" not in messages[-2]["content"]


def test_open_citation_and_its_document(tiny_bot):
    pytest.importorskip("gradio")
    chat, state = Chat(tiny_bot, delay=0), new_state()
    *_, (_, _, state) = chat.respond("Are trade unions registered?", [], [], [], state)
    state, choices, viewer, context, md, path = chat.sources(state)
    ans = state["turns"][0][0]
    assert [v for _, v in choices["choices"]] == [str(i) for i in range(len(ans.citations))]
    assert ans.citations[0].label in visible_text(viewer) and md.startswith("**Question:**")
    assert open(path, encoding="utf-8").read() == md
    state, viewer, _ = chat.open_citation(str(len(ans.citations) - 1), state)
    last = ans.citations[-1]
    assert last.text in visible_text(viewer)
    assert 'id="ctx-cited"><span class="num">' + esc(f"para. {last.paragraph}") in chat.show_in_document(state)


def test_view_docstring_examples():
    result = doctest.testmod(app_views)
    assert result.attempted > 0 and result.failed == 0


def test_generated_answer_markers_name_their_paragraph_too():
    c1, c2 = cite("32", quote="First sentence."), cite("33", kind="state")
    out = answer_html("The list was cut [1]. The State replied [2][1]. Footnote [7].", (c1, c2))
    assert out.count('title="E/C.12/KAZ/CO/2, para. 32 (Committee)">[1]</span>') == 2
    assert 'title="E/C.12/KAZ/CO/2, para. 33 (State)">[2]</span>' in out and "Footnote [7]." in out


# --- adding documents: one library per index, shared by everyone ---------------------------------
WATER = """Report of the Examplestan water board

1. The Examplestan water board inspects every well in the northern valleys twice a year.

2. In 2023 the Examplestan water board closed 14 wells contaminated by arsenic and opened 9 new ones.

3. The water board publishes its inspection results on the notice board of each village council.
"""


def test_report_html_is_plain_text_line_by_line():
    out = report_html(["added: water", f"NOT added: {EVIL}.md: {EVIL}.md is empty."])
    assert "<script" not in out and "<img" not in out
    assert visible_text(out) == f"added: waterNOT added: {EVIL}.md: {EVIL}.md is empty."
    assert out.count('class="failed"') == 1


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def test_upload_adds_answers_at_once_and_a_bad_file_is_reported_escaped(tiny_bot, tmp_path):
    chat, uploads = Chat(tiny_bot, delay=0), tmp_path / "gradio-uploads" / "abc123"  # where Gradio keeps its copies
    uploads.mkdir(parents=True)
    (uploads / "water.md").write_text(WATER, encoding="utf-8")
    (uploads / "<script>alert(1)<.md").write_text("", encoding="utf-8")  # an empty file with markup in its name
    before = files_under(tmp_path)
    assert [k for _, k in kind_choices(tiny_bot.index.documents)] == ["committee", "state"]
    report, choices, box, kinds = chat.add_files([str(uploads / "water.md"), str(uploads / "<script>alert(1)<.md")])
    assert visible_text(report) == "added: waterNOT added: <script>alert(1)<.md: <script>alert(1)<.md is empty."
    assert "<script" not in report and box is None
    assert "water" in [v for _, v in choices["choices"]]
    water = next(d for d in tiny_bot.index.documents if d["cite_as"] == "water")
    assert water["author_kind"] not in ("committee", "state") and water["author_kind"] in [k for _, k in kinds["choices"]]
    library = tmp_path / "index" / "library"
    written = files_under(tmp_path) - before
    assert {p.relative_to(library) for p in written if library in p.parents} == {Path("water.txt"), Path("water.json")}
    assert all((tmp_path / "index") in p.parents for p in written)  # the index and its library, nothing else
    *_, (_, messages, state) = chat.respond("How many wells did the Examplestan water board close?", [], [], [], new_state())
    ans = state["turns"][0][0]
    assert ans.citations[0].symbol == "water" and "closed 14 wells" in ans.citations[0].quote
    assert "[1] water, para. 2" in visible_text(messages[-1]["content"])
    assert chat.api_remove("water") == "water" and not (library / "water.txt").exists()
    assert "water" not in {d["cite_as"] for d in tiny_bot.index.documents}


def test_too_many_files_or_none_are_refused_before_adding(tiny_bot, monkeypatch):
    pytest.importorskip("gradio")
    chat = Chat(tiny_bot, delay=0, isolate=False)
    monkeypatch.setattr(tiny_bot, "add", lambda *a, **k: pytest.fail("add was called"))
    report, *_ = chat.add_files([f"/tmp/f{i}.txt" for i in range(MAX_FILES + 1)])
    assert f"{MAX_FILES + 1} files at once; the limit is {MAX_FILES}" in visible_text(report)
    assert "Choose one or more files" in visible_text(chat.add_files([])[0])


def test_remove_refuses_a_bundled_document_with_a_readable_error(tiny_bot):
    gr = pytest.importorskip("gradio")
    with pytest.raises(gr.Error, match="not an added document"):
        Chat(tiny_bot).api_remove("E/C.12/EXA/CO/1")


# --- recommendation tracker -------------------------------------------------------------------------
def test_recommendations_table_and_a_recommendation_beside_its_replies(tiny_bot):
    pytest.importorskip("gradio")
    chat = Chat(tiny_bot, delay=0)
    table, picker, _ = chat.show_recommendations("E/C.12/EXA/CO/1")
    assert table["data"] == [["3", "Trade union rights", "", "state paras. 1\u20133", 0]]
    assert picker["choices"] == [("para. 3: Trade union rights", "3")]
    out = chat.show_track("E/C.12/EXA/CO/1", "3")
    left, right = out.split('<div class="track-col">')[1:]
    assert "E/C.12/EXA/CO/1, para. 3" in visible_text(left) and "E/C.12/EXA/CO/1, para. 2" in visible_text(left)
    assert re.findall(r"state, para\. (\d)", visible_text(right)) == ["1", "2", "3"]  # oldest first, in document order
    assert "found by retrieval, not cited by them" in right
    assert chat.api_track("E/C.12/EXA/CO/1", "2") == tiny_bot.track("E/C.12/EXA/CO/1", "3").to_dict()  # a concern leads to it
    assert "No recommendation at" in visible_text(chat.show_track("E/C.12/EXA/CO/1", "99"))


def test_track_html_escapes_document_text(tiny_bot):
    from dataclasses import replace

    t = tiny_bot.track("E/C.12/EXA/CO/1", "3")
    t = replace(t, recommendation=replace(t.recommendation, text=EVIL), topic=EVIL)
    out = track_html(t)
    assert "<script" not in out and "<img" not in out and EVIL in visible_text(out)
    assert recommendation_rows([{"paragraph": "5", "topic": "T", "follow_up_requested": True, "replies": "", "n_ngo": 2}]) \
        == [["5", "T", "yes", "(none cites it)", 2]]


# --- questions share the Assistant; add and remove have it alone -------------------------------------
def test_shared_lock_lets_questions_run_together_and_an_add_wait():
    lock, events = SharedLock(), []
    with lock.shared():
        with lock.shared():  # a second question does not wait for the first
            events.append("two readers")

        def writer():
            with lock.exclusive():
                events.append("writer")

        t = threading.Thread(target=writer)
        t.start()
        time.sleep(0.05)
        events.append("reader done")
    t.join(1)
    assert events == ["two readers", "reader done", "writer"]


# --- with a language model: the answer streams from it, verified -------------------------------------
def llm_bot(server, tiny_corpus, tmp_path, monkeypatch):
    from assistant import Assistant
    from assistant.search.embed import FakeEmbedder

    monkeypatch.setenv("ASSISTANT_LLM_BASE_URL", f"http://127.0.0.1:{server.server_address[1]}/v1")
    monkeypatch.setenv("ASSISTANT_LLM_MODEL", "local")
    return Assistant.load(tiny_corpus, tmp_path / "i", embedder=FakeEmbedder(), progress=False, settings={"abstain_below": -100.0})


def test_llm_answer_streams_sentence_by_sentence_and_ends_verified(server, tiny_corpus, tmp_path, monkeypatch):
    pytest.importorskip("llama_index.llms.openai_like")

    def script(body):
        n = {label: i for i, label in re.findall(r"^\[(\d+)\] (.+?) \|", prompt_of(body), re.M)}
        oil, unions = n["state, para. 2"], n["state, para. 1"]
        return {"pause": 0.03, "text": f"The ban on strikes in the oil sector was lifted in 2021 [{oil}]. Trade unions are now "
                f"registered within ten days under the Trade Union Act [{unions}]. The ban was lifted after 7,777 strikes [{oil}]."}

    server.script = script
    bot = llm_bot(server, tiny_corpus, tmp_path, monkeypatch)
    chat, state, steps = Chat(bot, delay=0), new_state(), []
    for step in chat.respond("Was the ban on strikes lifted, and how are trade unions registered?", [], [], [], state):
        steps.append((time.monotonic(), step[1][-1]["content"]))
    partial, (t_final, final) = steps[:-1], steps[-1]
    assert len(partial) >= 2 and all(b.startswith(a) for (_, a), (_, b) in zip(partial, partial[1:]))
    assert partial[0][1] == "The ban on strikes in the oil sector was lifted in 2021 [1]."
    assert t_final - partial[0][0] > 0.1  # shown while the model was still writing
    ans = state["turns"][0][0]
    assert ans.text == ("(1 sentence of the generated answer was left out: the paragraphs it cited do not support it.)\n"
                        "The ban on strikes in the oil sector was lifted in 2021 [1]. Trade unions are now registered within "
                        "ten days under the Trade Union Act [2].")
    assert "7,777" not in ans.text and "7,777" not in "".join(s for _, s in steps)
    assert [c.label for c in ans.citations] == ["state, para. 2", "state, para. 1"]
    assert 'class="sources"' in final and 'title="state, para. 2 (State)">[1]</span>' in final


def test_llm_failure_shows_the_extractive_answer_with_its_note(server, tiny_corpus, tmp_path, monkeypatch):
    pytest.importorskip("llama_index.llms.openai_like")
    server.script = lambda body: {"status": 500}
    bot = llm_bot(server, tiny_corpus, tmp_path, monkeypatch)
    question, state = "Was the ban on strikes in the oil sector lifted?", new_state()
    steps = list(Chat(bot, delay=0).respond(question, [], [], [], state))
    extractive, ans = bot.ask(question, generate=False), state["turns"][0][0]
    assert ans.text == "(The language model failed (HTTP 500); showing the extractive answer.)\n" + extractive.text
    assert len(steps) == 1 and steps[0][1][-1]["content"] == answer_html(ans.text, extractive.citations, filter_note(None, None))


def test_an_add_that_breaks_is_a_message_and_the_chat_keeps_answering(tiny_bot, monkeypatch):
    pytest.importorskip("gradio")
    chat = Chat(tiny_bot, delay=0, isolate=False)  # in process: the broken add is this bot's
    monkeypatch.setattr(tiny_bot, "add", lambda *a, **k: [][1])
    report, *_ = chat.add_files(["/tmp/x.md"])
    assert "NOT added: the index could not be rebuilt (IndexError" in visible_text(report)
    assert chat.ask("Are trade unions registered?").citations


def test_the_chat_names_another_un_source_as_the_cli_does():
    """A UPR working group's or a special rapporteur's paragraph: 'Other UN source' in the chat's badge, as in the CLI's
    citation (records.voice_of), not 'Unknown author'."""
    from assistant.app_views import voice_badge

    assert ">Other UN source<" in voice_badge("other") and ">Unknown author<" in voice_badge("unknown")


def test_the_author_filter_offers_the_author_kinds_the_library_holds():
    """A UPR report or a special rapporteur's report is 'other', a document whose author is not known 'unknown': the
    chat's 'Only these authors' filter offers each kind the library holds (and only those: a box that can only ever
    find nothing is a trap), as `assistant ask --author` accepts them."""
    from assistant.cli import _parser

    documents = [{"author_kind": k} for k in ("unknown", "committee", "other", "committee")]
    assert kind_choices(documents) == [("Committee", "committee"), ("Other UN source", "other"), ("Unknown author", "unknown")]
    assert kind_choices([]) == []
    assert _parser().parse_args(["ask", "x", "--author", "other", "--author", "unknown"]).author == ["other", "unknown"]
    assert filter_note(None, ["other", "unknown"]) == "Searching: Other UN source and Unknown author documents."


def test_exports_are_pruned_and_the_folder_goes_with_the_chat(tiny_bot):
    """A server that runs for months: each answer's Markdown export is a file; files older than an hour go when the
    next is written, and the chat's folder is removed when the Chat is (or at exit)."""
    import gc
    import os

    from assistant.app import EXPORT_AGE

    pytest.importorskip("gradio")
    chat, state = Chat(tiny_bot, delay=0), new_state()
    *_, (_, _, state) = chat.respond("Are trade unions registered?", [], [], [], state)
    old = chat.sources(state)[-1]
    os.utime(old, (time.time() - EXPORT_AGE - 5,) * 2)
    recent = chat.sources(state)[-1]
    assert not Path(old).exists() and Path(recent).exists()
    folder = Path(chat.tmp)
    del chat
    gc.collect()
    assert not folder.exists()
