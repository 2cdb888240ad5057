"""Performance benchmark: warm latency against its floor, cold start, build, memory, LlamaIndex, scale.

    .venv/bin/python benchmarks/bench.py            # full run, writes benchmarks/results.json
    .venv/bin/python benchmarks/bench.py --quick    # CI: smaller scale, fewer repeats, no figures asserted
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from assistant import Assistant  # noqa: E402
from assistant.search import index as ix  # noqa: E402
from assistant.evaluation.run import load_questions  # noqa: E402


def pct(xs: list[float], p: float) -> float:
    return float(np.percentile(np.asarray(xs) * 1000, p))


def timed(fn, items) -> list[float]:
    out = []
    for it in items:
        t0 = time.perf_counter()
        fn(it)
        out.append(time.perf_counter() - t0)
    return out


def summary(xs: list[float]) -> dict:
    return {"median_ms": pct(xs, 50), "p95_ms": pct(xs, 95), "p99_ms": pct(xs, 99)}


def warm(bot, questions: list[str]) -> dict:
    for q in questions[:20]:
        bot.ask(q)
    emb, dense = bot.retriever.embedder, bot.index.dense
    floor = timed(lambda q: dense.search(emb.embed([q]), 10), questions)
    ask = timed(bot.ask, questions)
    search = timed(lambda q: bot.search(q, k=10), questions)
    return {"ask": summary(ask), "search": summary(search), "floor": summary(floor),
            "ask_over_floor": pct(ask, 50) / pct(floor, 50)}


def cold(runs: int) -> dict:
    cmd = [str(ROOT / ".venv" / "bin" / "assistant"), "ask", "How are trade unions registered?"]
    if not Path(cmd[0]).exists():
        cmd = [sys.executable, "-m", "assistant", "ask", "How are trade unions registered?"]
    secs = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
        secs.append(time.perf_counter() - t0)
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"cold_ask_s": statistics.median(secs), "cli_peak_rss_mb": rss}


def fresh_process_seconds(code: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - t0


OUR_BUILD = """
import sys, tempfile
from pathlib import Path
from assistant.search import index as ix
from assistant.search.embed import LazyEmbedder
from assistant.ingest.load import load_corpus
with tempfile.TemporaryDirectory() as tmp:  # as `assistant index build` does
    ix.build(load_corpus(), Path(tmp), LazyEmbedder(), progress=False)
"""

THEIR_BUILD = """
import os
os.environ["HF_HUB_OFFLINE"] = "1"
from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex
from llama_index.embeddings.huggingface import HuggingFaceEmbedding
from assistant.search.embed import model_dir
from assistant.ingest.load import BUNDLED
Settings.embed_model = HuggingFaceEmbedding(model_name=str(model_dir()), device="cpu")
Settings.llm = None
VectorStoreIndex.from_documents(SimpleDirectoryReader(str(BUNDLED), required_exts=[".txt", ".md"]).load_data())
"""


def build(bot) -> dict:
    """Both builds in a fresh process, imports included (a user's first build)."""
    secs = fresh_process_seconds(OUR_BUILD)
    size = sum(p.stat().st_size for p in bot.index.gen.rglob("*") if p.is_file())
    return {"build_s": secs, "paragraphs_per_s": len(bot.paragraphs) / secs, "index_mb_on_disk": size / 1e6,
            "index_mb_without_query_model": (size - (bot.index.gen / "model.onnx").stat().st_size) / 1e6}


def llamaindex(questions: list[str]) -> dict:
    """LlamaIndex's default pipeline on the same corpus and model: build (fresh process) and retrieve (warm)."""
    from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    from assistant.search.embed import model_dir
    from assistant.ingest.load import BUNDLED

    build_s = fresh_process_seconds(THEIR_BUILD)
    Settings.embed_model = HuggingFaceEmbedding(model_name=str(model_dir()), device="cpu")
    Settings.llm = None
    index = VectorStoreIndex.from_documents(SimpleDirectoryReader(str(BUNDLED), required_exts=[".txt", ".md"]).load_data())
    retriever = index.as_retriever()
    for q in questions[:20]:
        retriever.retrieve(q)
    return {"build_s": build_s, "chunks": len(index.docstore.docs), "retrieve": summary(timed(retriever.retrieve, questions))}


def chat_server(questions: list[str]) -> dict:
    """Peak RSS of `assistant chat` after answering the questions through its API (gradio_client)."""
    import socket
    import urllib.request

    from gradio_client import Client

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "chat", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/"
        for _ in range(240):
            try:
                urllib.request.urlopen(url, timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        client = Client(url, verbose=False)
        secs = timed(lambda q: client.predict(q, api_name="/ask"), questions)
        status = Path(f"/proc/{proc.pid}/status").read_text()
        peak = int(next(l for l in status.splitlines() if l.startswith("VmHWM")).split()[1]) / 1024
        return {"questions": len(questions), "peak_rss_mb": peak, "api_ask_median_ms": pct(secs, 50)}
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def soak(questions: int, uploads: int, more: int) -> dict:
    """The chat's RSS after questions, uploads, more questions (benchmarks/soak.py, in a fresh process)."""
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "soak.py"), str(questions), str(uploads), str(more)],
                         check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def scale(n: int, queries: np.ndarray, base: np.ndarray, seed: int = 0) -> dict:
    """n synthetic vectors: real paragraph vectors plus noise. The index the assistant would choose."""
    import faiss

    rng = np.random.default_rng(seed)
    x = base[rng.integers(0, len(base), n)] + rng.normal(0, 0.1, (n, base.shape[1])).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    index = ix.fill(ix.choose_faiss(n, x.shape[1]), x)
    build_s = time.perf_counter() - t0
    lat = timed(lambda q: index.search(q[None], 10), queries)
    _, got = index.search(queries, 10)
    exact = faiss.IndexFlatIP(x.shape[1])
    exact.add(x)
    _, want = exact.search(queries, 10)
    recall = float(np.mean([len(set(a) & set(b)) / 10 for a, b in zip(got, want)]))
    return {"n": n, "index": type(index).__name__, "build_s": build_s, **summary(lat), "recall@10": recall,
            "index_mb": len(faiss.serialize_index(index)) / 1e6, "process_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "rss_before_mb": rss0}


def table(r: dict) -> str:
    w, b, s = r["warm"], r.get("build", {}), r.get("llamaindex", {})
    rows = [
        ("warm ask, median / p95 / p99 (ms)", f"{w['ask']['median_ms']:.1f} / {w['ask']['p95_ms']:.1f} / {w['ask']['p99_ms']:.1f}"),
        ("warm search, median / p95 / p99 (ms)", f"{w['search']['median_ms']:.1f} / {w['search']['p95_ms']:.1f} / {w['search']['p99_ms']:.1f}"),
        ("floor: embed question + FAISS, median (ms)", f"{w['floor']['median_ms']:.1f}"),
        ("ask / floor (median)", f"{w['ask_over_floor']:.2f}"),
        ("cold `assistant ask`, index built (s)", f"{r['cold']['cold_ask_s']:.2f}"),
        ("CLI peak RSS (MB)", f"{r['cold']['cli_peak_rss_mb']:.0f}"),
    ]
    if "peak_rss_mb" in r.get("chat", {}):
        c = r["chat"]
        rows.append((f"chat server peak RSS after {c['questions']} questions (MB); API ask median (ms)",
                     f"{c['peak_rss_mb']:.0f}; {c['api_ask_median_ms']:.0f}"))
    if "start_mb" in r.get("soak", {}):
        k = r["soak"]
        rows.append((f"chat soak RSS (MB): start / after {k['questions']} questions / after 1 upload / after {k['uploads']} uploads"
                     f" / after {k['more']} more questions",
                     " / ".join(f"{k[m]:.0f}" for m in ("start_mb", "after_questions_mb", "after_1_upload_mb", "after_uploads_mb",
                                                        "after_more_questions_mb"))))
    if b:
        rows += [("index build of bundled corpus (s)", f"{b['build_s']:.1f} ({b['paragraphs_per_s']:.0f} paragraphs/s)"),
                 ("index on disk (MB; without the ONNX query model)", f"{b['index_mb_on_disk']:.1f} ({b['index_mb_without_query_model']:.1f})")]
    if s:
        rows += [("LlamaIndex default: build (s)", f"{s['build_s']:.1f} (ours/theirs {b.get('build_s', float('nan')) / s['build_s']:.2f})"),
                 ("LlamaIndex default: retrieve median / p95 (ms)", f"{s['retrieve']['median_ms']:.1f} / {s['retrieve']['p95_ms']:.1f} "
                  f"(our ask/their retrieve {w['ask']['median_ms'] / s['retrieve']['median_ms']:.2f})")]
    for sc in r.get("scale", []):
        rows.append((f"{sc['n']:,} vectors ({sc['index']}): search median / p95 (ms), recall@10, build (s), index (MB)",
                     f"{sc['median_ms']:.2f} / {sc['p95_ms']:.2f}, {sc['recall@10']:.3f}, {sc['build_s']:.0f}, {sc['index_mb']:.0f}"))
    return "| measure | value |\n|---|---|\n" + "\n".join(f"| {a} | {v} |" for a, v in rows)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="small and fast (CI): no build, no LlamaIndex, 20k vectors")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results.json"))
    args = ap.parse_args()
    bot = Assistant.load(progress=False)
    questions = [q["question"] for q in load_questions()]
    if args.quick:
        questions = questions[:60]
    r = {"machine": f"{os.cpu_count()} cores", "date": time.strftime("%Y-%m-%d"), "questions": len(questions),
         "warm": warm(bot, questions), "cold": cold(1 if args.quick else 5)}
    if not args.quick:
        r["build"] = build(bot)
        r["llamaindex"] = llamaindex(questions)
    try:
        r["chat"] = chat_server(questions[: 10 if args.quick else 50])
    except ImportError as e:
        r["chat"] = {"skipped": f"{e}: install the chat extra"}
    try:
        r["soak"] = soak(*((20, 3, 60) if args.quick else (50, 10, 500)))
    except (ImportError, subprocess.CalledProcessError) as e:
        r["soak"] = {"skipped": f"{type(e).__name__}: {getattr(e, 'stderr', '') or e}"[-300:]}
    base = bot.index.dense.reconstruct_n(0, bot.index.dense.ntotal)
    qv = bot.retriever.embedder.embed(questions[:200])
    r["scale"] = [scale(n, qv, base) for n in ((20_000, 60_000) if args.quick else (100_000, 1_000_000))]
    print(table(r))
    Path(args.out).write_text(json.dumps(r, indent=1), encoding="utf-8")
    print(f"\nwritten: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
