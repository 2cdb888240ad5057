"""Soak: the chat's memory (RSS of this process) after N questions, after M uploads, after K more questions.

    .venv/bin/python benchmarks/soak.py [questions uploads more]   # default 50 10 500; prints JSON

Runs the chat's handlers (assistant.app.Chat) in this process on a copy of the index in a temp folder, as
`assistant chat` does: every upload is added in a child process and the server swaps to the new index.
Printed figures, not a timed test.
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import Assistant  # noqa: E402
from assistant.app import Chat  # noqa: E402
from assistant.evaluation.run import load_questions  # noqa: E402


def rss_mb() -> float:
    status = Path("/proc/self/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmRSS")).split()[1]) / 1024


def main(n_questions: int = 50, n_uploads: int = 10, n_more: int = 500) -> dict:
    questions = [q["question"] for q in load_questions()]
    source = Assistant.load(progress=False, llm=None)._origin[1]
    with tempfile.TemporaryDirectory(prefix="assistant-soak-") as tmp:
        where = Path(tmp) / "index"
        shutil.copytree(source, where, ignore=shutil.ignore_patterns("library", ".lock"))
        chat = Chat(Assistant.load(index_dir=where, progress=False, llm=None), delay=0)
        import gradio  # noqa: F401 - the server has it loaded before any upload
        out = {"questions": n_questions, "uploads": n_uploads, "more": n_more, "start_mb": rss_mb()}
        for i in range(n_questions):
            chat.ask(questions[i % len(questions)])
        out["after_questions_mb"] = rss_mb()
        t0, after = time.perf_counter(), []
        for i in range(n_uploads):
            f = Path(tmp) / f"upload-{i}" / f"district-{i}.txt"
            f.parent.mkdir()
            f.write_text(f"Water in district {i}\n1. District {i} drilled {10 + i} wells in 2022.\n"
                         f"2. Tariffs in district {i} were frozen.\n3. Pipes were repaired.\n", encoding="utf-8")
            report = chat.add_files([str(f)])[0]
            assert "added:" in report, report
            after.append(rss_mb())
        out["upload_s_median"] = round((time.perf_counter() - t0) / max(n_uploads, 1), 1)
        out["after_1_upload_mb"] = after[0] if after else None
        out["after_uploads_mb"] = rss_mb()
        for i in range(n_more):
            chat.ask(questions[i % len(questions)])
        out["after_more_questions_mb"] = rss_mb()
        out["documents"] = len(chat.bot.index.documents)
    return {k: round(v, 1) if isinstance(v, float) else v for k, v in out.items()}


if __name__ == "__main__":
    print(json.dumps(main(*map(int, sys.argv[1:4]))))
