"""The chat's pure helpers (escaping, exact highlight, document context) and its handlers on the tiny corpus."""
from __future__ import annotations

import html
import re
import subprocess
import sys

import pytest

from assistant.app import (Chat, answer_html, answer_markdown, citation_html, context_html, esc, filter_note, highlight,
                           neighbours, stream_prefixes)
from assistant.errors import DependencyMissing
from assistant.records import Answer, Citation, Paragraph

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
