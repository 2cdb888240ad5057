"""Nothing leaves the machine: the CLI (ask, add), the Python API and the chat run under strace, and any connection
or DNS query beyond loopback fails the test. A control run proves the trace would see a DNS query."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from app_server import free_port

ROOT = Path(__file__).resolve().parent.parent
QUIET = ("ORT_DISABLE_TELEMETRY", "HF_HUB_OFFLINE", "HF_HUB_DISABLE_TELEMETRY", "GRADIO_ANALYTICS_ENABLED", "DO_NOT_TRACK",
         "TRANSFORMERS_OFFLINE")

pytestmark = [pytest.mark.model,
              pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed (apt-get install strace)")]


def bare_env(**extra) -> dict:
    """The environment without any of the variables the package must set itself."""
    env = {k: v for k, v in os.environ.items() if k not in QUIET}
    return {**env, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1", **extra}


def strace(log: Path) -> list[str]:
    return ["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(log)]


def off_machine(trace: str) -> list[str]:
    """Lines of a trace that reach beyond loopback: an IPv4/IPv6 peer that is not loopback, or anything to port 53."""
    bad = []
    for line in trace.splitlines():
        if "AF_INET" not in line:
            continue  # AF_UNIX (local sockets), AF_NETLINK (the kernel)
        v4 = re.findall(r'inet_addr\("([\d.]+)"\)', line)
        v6 = re.findall(r'inet_pton\(AF_INET6, "([^"]+)"', line)
        ports = re.findall(r"htons\((\d+)\)", line)
        if "53" in ports or any(not a.startswith("127.") for a in v4) or any(a not in ("::1",) and not a.startswith("::ffff:127.") for a in v6):
            bad.append(line)
    return bad


def traced(tmp_path: Path, name: str, args: list[str], **env) -> tuple[subprocess.CompletedProcess, list[str]]:
    log = tmp_path / f"{name}.strace"
    r = subprocess.run(strace(log) + [sys.executable, *args], cwd=ROOT, env=bare_env(**env), capture_output=True, text=True, timeout=600)
    return r, off_machine(log.read_text())


def test_the_trace_sees_a_dns_query(tmp_path):
    """The control: a name lookup is caught (if this fails, the other tests here would prove nothing)."""
    _, bad = traced(tmp_path, "control", ["-c", "import socket\ntry: socket.getaddrinfo('example.com', 443)\nexcept OSError: pass"])
    if not bad and not Path("/etc/resolv.conf").exists():
        pytest.skip("no resolver configured: a lookup sends nothing to trace")
    assert bad


def test_the_package_sets_every_switch_at_import():
    code = f"import os, assistant; print([os.environ.get(k) for k in {QUIET!r}])"
    out = subprocess.run([sys.executable, "-c", code], env=bare_env(), capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['1', '1', '1', 'False', '1', '1']"


def test_cli_ask_and_add_and_the_python_api_stay_on_the_machine(tmp_path, bot):
    index = tmp_path / "index"
    shutil.copytree(bot._origin[1], index / "default", ignore=shutil.ignore_patterns("library"))
    r, bad = traced(tmp_path, "ask", ["-m", "assistant", "ask", "What did the Committee recommend on trade unions?"],
                    ASSISTANT_INDEX_DIR=str(index))
    assert r.returncode == 0 and "E/C.12/KAZ/CO/2" in r.stdout and bad == []
    doc = tmp_path / "wells.txt"
    doc.write_text("Water\n1. The district drilled 40 wells in 2022.\n2. Tariffs were frozen.\n3. Pipes were repaired.\n")
    r, bad = traced(tmp_path, "add", ["-m", "assistant", "add", str(doc)], ASSISTANT_INDEX_DIR=str(index))
    assert r.returncode == 0 and "added: wells" in r.stdout and bad == []
    api = "from assistant import Assistant\nprint(Assistant.load(progress=False).ask('How many wells were drilled?').citations[0].symbol)"
    r, bad = traced(tmp_path, "api", ["-c", api], ASSISTANT_INDEX_DIR=str(index))
    assert r.returncode == 0 and bad == [], r.stderr


def test_the_chat_server_stays_on_the_machine(tmp_path, bot):
    gradio_client = pytest.importorskip("gradio_client")
    index = tmp_path / "index"
    shutil.copytree(bot._origin[1], index / "default", ignore=shutil.ignore_patterns("library"))
    port, log = free_port(), tmp_path / "chat.strace"
    proc = subprocess.Popen(strace(log) + [sys.executable, "-m", "assistant", "chat", "--port", str(port)], cwd=ROOT,
                            env=bare_env(ASSISTANT_INDEX_DIR=str(index)), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        url, deadline = f"http://127.0.0.1:{port}/", time.monotonic() + 240
        while True:
            assert proc.poll() is None and time.monotonic() < deadline, "the chat did not start"
            try:
                urllib.request.urlopen(url, timeout=2).close()
                break
            except OSError:
                time.sleep(0.5)
        got = gradio_client.Client(url, verbose=False).predict("What did the Committee recommend on trade unions?", api_name="/ask")
        assert got["citations"]
        time.sleep(2)  # anything sent after a request (analytics) has had its chance
    finally:
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        for pid in (children.read_text().split() if children.exists() else []):
            os.kill(int(pid), signal.SIGTERM)
        proc.wait(30)
    assert off_machine(log.read_text()) == []
