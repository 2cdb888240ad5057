"""The chat server the app tests share: `python -m assistant chat` on a free port, started once per test run."""
from __future__ import annotations

import atexit
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 240  # a fresh clone builds the index first (~30 s); then the model loads (~2 s)
_server: dict = {}  # the one server of this test run: url, process, log


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start() -> str:
    """The URL of the running chat; starts it on first call, stops it when the test run ends."""
    if "url" in _server:
        return _server["url"]
    pytest.importorskip("gradio", reason="the chat needs gradio: pip install -e '.[chat]'")
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    log = tempfile.NamedTemporaryFile("w+", prefix="assistant-chat-", suffix=".log", delete=False)
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "chat", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    _server.update(url=url, proc=proc, log=log)
    atexit.register(stop)
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"`assistant chat` exited with {proc.returncode}:\n{tail()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return url
        except OSError:
            time.sleep(0.5)
    stop()
    pytest.fail(f"`assistant chat` did not answer on {url} within {STARTUP_SECONDS} s:\n{tail()}")


def tail(lines: int = 40) -> str:
    log = _server.get("log")
    if log is None:
        return ""
    log.flush()
    return "\n".join(Path(log.name).read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


def stop() -> None:
    proc = _server.get("proc")
    if proc is not None and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    log = _server.pop("log", None)
    if log is not None:  # the run is over: its log is not left in the temp folder
        log.close()
        Path(log.name).unlink(missing_ok=True)


@pytest.fixture(scope="session")
def app_url() -> str:
    return start()
