"""The chat's API through gradio_client: answers with their citations as data, per-session conversations,
the recommendation tracker, and taking added documents out."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from app_server import app_url  # noqa: F401 - the shared server fixture

FIRST = "What did the Committee recommend on trade unions?"
FOLLOW_UP = "And what did the State reply?"

pytestmark = pytest.mark.model


@pytest.fixture()
def client(app_url):  # noqa: F811
    gradio_client = pytest.importorskip("gradio_client")
    return gradio_client.Client(app_url, verbose=False)


def labels(citations) -> list[str]:
    return [c["label"] if isinstance(c, dict) else c.label for c in citations]


def test_named_endpoints(client):
    assert {"/ask", "/context", "/chat", "/track", "/recommendations", "/remove"} <= set(client.view_api(print_info=False, return_format="dict")["named_endpoints"])


def test_ask_returns_the_answer_with_its_citations(client, bot):
    got, want = client.predict(FIRST, api_name="/ask"), bot.ask(FIRST)
    assert got["text"] == want.text and not got["abstained"]
    assert labels(got["citations"]) == labels(want.citations)
    c = got["citations"][0]
    assert c["quote"] in c["text"] and c["voice"] == "Committee" and c["headings"] and c["title"] and c["date"]


def test_ask_with_history_and_filters(client, bot):
    got = client.predict(FOLLOW_UP, None, None, [FIRST], api_name="/ask")
    assert labels(got["citations"]) == labels(bot.ask(FOLLOW_UP, history=[FIRST]).citations)
    ngo = client.predict("forced evictions", None, ["ngo"], None, api_name="/ask")
    assert ngo["citations"] and {c["voice"] for c in ngo["citations"]} == {"NGO"}
    one = client.predict("trade unions", ["KAZ-FU-2021"], None, None, api_name="/ask")
    assert {c["symbol"] for c in one["citations"]} == {"KAZ-FU-2021"}
    assert client.predict("What is the capital of France?", api_name="/ask")["abstained"]


def test_ask_errors_are_readable(client):
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="The question is empty"):
        client.predict("  ", api_name="/ask")


def test_context_is_the_document_around_a_paragraph(client, bot):
    rows = client.predict("E/C.12/KAZ/CO/2", "33", 2, api_name="/context")
    assert [r["paragraph"] for r in rows] == ["31", "32", "33", "34", "35"]
    assert [r["cited"] for r in rows] == [False, False, True, False, False]
    assert rows[2]["text"] == bot.paragraph("E/C.12/KAZ/CO/2", "33").text


def test_chat_streams_and_remembers_only_its_own_session(app_url, bot):  # noqa: F811
    gradio_client = pytest.importorskip("gradio_client")
    alice, bob = (gradio_client.Client(app_url, verbose=False) for _ in range(2))
    job = alice.submit(FIRST, [], [], api_name="/chat")
    job.result()
    assert len(job.outputs()) > 3  # streamed: many partial answers before the last
    with ThreadPoolExecutor(2) as pool:  # both ask the follow-up at once; only Alice asked FIRST before
        a, b = pool.map(lambda c: c.predict(FOLLOW_UP, [], [], api_name="/chat")[1], (alice, bob))  # history: server-side
    with_history, without = bot.ask(FOLLOW_UP, history=[FIRST]), bot.ask(FOLLOW_UP)
    assert labels(with_history.citations) != labels(without.citations)

    def answer(messages) -> str:
        content = messages[-1]["content"]
        return content if isinstance(content, str) else " ".join(part.get("text", "") for part in content)

    assert all(f"[{i}] {label}" in answer(a) for i, label in enumerate(labels(with_history.citations), 1))
    assert all(f"[{i}] {label}" in answer(b) for i, label in enumerate(labels(without.citations), 1))


def test_track_returns_a_recommendation_with_its_concern_and_replies(client, bot):
    got, want = client.predict("E/C.12/KAZ/CO/2", "24", api_name="/track"), bot.track("E/C.12/KAZ/CO/2", "24")
    assert got["recommendation"]["label"] == "E/C.12/KAZ/CO/2, para. 24" and got["topic"] == want.topic
    assert labels(got["concerns"]) == ["E/C.12/KAZ/CO/2, para. 23"]
    assert "E/C.12/KAZ/3, para. 247" in labels(got["replies"]) and labels(got["replies"]) == labels(want.replies)
    assert labels(got["ngo_found_by_retrieval"]) == labels(want.ngo)
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="No recommendation at E/C.12/KAZ/CO/2, para. 99"):
        client.predict("E/C.12/KAZ/CO/2", "99", api_name="/track")


def test_recommendations_are_the_tracker_table(client, bot):
    rows = client.predict(None, api_name="/recommendations")
    assert [(r["paragraph"], r["topic"], r["replies"]) for r in rows] == [(r["paragraph"], r["topic"], r["replies"]) for r in bot.recommendations()]
    assert next(r for r in rows if r["paragraph"] == "33")["follow_up_requested"]


def test_remove_takes_only_added_documents_out(client):
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="part of the corpus folder"):
        client.predict("E/C.12/KAZ/CO/2", api_name="/remove")
    with pytest.raises(AppError, match="No added document 'no-such-document'"):
        client.predict("no-such-document", api_name="/remove")


def call(url: str, api: str, *data) -> str:
    """Gradio's HTTP API by hand: JSON with \\ud800 escapes, which gradio_client cannot send. The event stream's text."""
    import json
    import urllib.request

    body = json.dumps({"data": list(data)}).encode()  # ASCII: a lone surrogate travels as an escape
    req = urllib.request.Request(f"{url}gradio_api/call/{api}", body, {"Content-Type": "application/json"})
    event = json.loads(urllib.request.urlopen(req, timeout=60).read())["event_id"]
    return urllib.request.urlopen(f"{url}gradio_api/call/{api}/{event}", timeout=120).read().decode()


def test_user_errors_through_the_api_are_one_line_in_the_server_log(client, app_url):  # noqa: F811
    from gradio_client.exceptions import AppError

    from app_server import tail

    got = call(app_url, "ask", "\ud800 What did the Committee recommend on trade unions?", None, None, None)  # a lone surrogate
    assert "event: complete" in got and "E/C.12/KAZ/CO/2" in got
    got = call(app_url, "chat", "\udcff What did the Committee recommend on trade unions?", [], [], [])
    assert "event: complete" in got and "E/C.12/KAZ" in got
    with pytest.raises(AppError, match="The question is empty"):
        client.predict("   ", api_name="/ask")
    with pytest.raises(AppError, match="No recommendation"):
        client.predict("E/C.12/KAZ/CO/2", "99", api_name="/track")
    log = tail(200)
    assert "Traceback" not in log and "user error (/ask): The question is empty" in log


def test_a_stopped_server_leaves_no_folder_behind(tmp_path):
    """`assistant chat` stopped as a service manager stops it (SIGTERM) exits as on Ctrl-C: its folder of Markdown
    exports, made in the temp folder, is removed (a server restarted every day left one each time)."""
    import os
    import signal
    import subprocess
    import sys
    import time
    import urllib.request

    from app_server import ROOT, free_port

    pytest.importorskip("gradio")
    port = free_port()
    env = {**os.environ, "TMPDIR": str(tmp_path), "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "chat", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        assert list(tmp_path.glob("assistant-chat-*")), "the running chat keeps its exports in the temp folder"
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert not list(tmp_path.glob("assistant-chat-*"))
