"""Every user error is one line on every surface: bad bytes and lone surrogates, a closed pipe, a missing paragraph."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.errors import AssistantError

ROOT = Path(__file__).resolve().parent.parent


def test_lone_surrogates_are_replaced_and_non_text_refused(tiny_bot):
    assert tiny_bot.ask("\ud800 oil strikes", history=["\udcff water"]).question == "\ufffd oil strikes"
    assert tiny_bot.search("\udcff trade unions")
    with pytest.raises(AssistantError, match="must be text"):
        tiny_bot.ask(b"oil strikes")


def test_a_paragraph_that_does_not_exist_is_said_plainly(tiny_bot):
    ans = tiny_bot.ask("What does paragraph 999 (z) of E/C.12/EXA/CO/1 say?")
    assert ans.text.startswith("E/C.12/EXA/CO/1 has no paragraph 999 (z) (its paragraphs are numbered 1 to 4).")
    assert ans.abstained and "Related paragraphs, not the one asked for:" in ans.text
    sub = tiny_bot.ask("What does para. 3 (z) of E/C.12/EXA/CO/1 say?")
    assert sub.text.startswith("E/C.12/EXA/CO/1 has no paragraph 3 (z)")
    real = tiny_bot.ask("What does para. 3 (b) of E/C.12/EXA/CO/1 say?")
    assert not real.abstained and real.citations[0].paragraph == "3 (b)"


def cli(*args: bytes | str, **kw) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "assistant", *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **kw)


@pytest.mark.model
def test_cli_invalid_utf8_closed_pipe_and_missing_paragraph(bot):
    out, err = cli("ask", b"\xff\xfe What did the Committee recommend on trade unions?").communicate(timeout=300)
    assert b"E/C.12/KAZ/CO/2" in out and err == b""
    p = cli("ask", "What did the Committee recommend on trade unions?")  # `| head -1`: the reader goes away
    p.stdout.readline()
    p.stdout.close()
    err = p.stderr.read()
    assert p.wait(300) == 0 and b"Traceback" not in err and b"BrokenPipe" not in err
    out, _ = cli("ask", "what does paragraph 999 (z) of E/C.12/KAZ/CO/2 say?").communicate(timeout=300)
    first = out.decode().splitlines()[0]
    assert first == "E/C.12/KAZ/CO/2 has no paragraph 999 (z) (its paragraphs are numbered 1 to 57)."


@pytest.mark.model
def test_the_real_tokenizer_takes_a_lone_surrogate(bot):
    assert bot.ask("\ud800 What did the Committee recommend on trade unions?").citations
    assert bot.search("\udcff trade unions")


def test_cli_index_status_and_verify_say_damage_in_one_line(tiny_corpus, tmp_path):
    from assistant.search import index as ix
    from assistant.cli import _damage
    from assistant.search.embed import FakeEmbedder

    where = tmp_path / "index"
    Assistant.load(tiny_corpus, where, embedder=FakeEmbedder(), progress=False)
    assert _damage(where) is None
    path = ix.current(where) / "dense.faiss"
    data = bytearray(path.read_bytes())
    data[-10:] = b"0123456789"
    path.write_bytes(bytes(data))
    r = subprocess.run([sys.executable, "-m", "assistant", "--corpus", str(tiny_corpus), "--index-dir", str(where), "index", "status"],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 1 and "files: DAMAGED - " in r.stdout and "dense.faiss differs from its manifest (SHA-256)" in r.stdout
