"""End-to-end `ask` on large synthetic corpora (100k, 1M paragraphs), through the public Assistant API.

    .venv/bin/python benchmarks/ask_scale.py --sizes 100000,1000000 --out benchmarks/ask_scale.json --plot benchmarks/ask_scale.png
    .venv/bin/python benchmarks/ask_scale.py --n 20000          # one size, one JSON row on stdout (what the driver runs)

The corpus: documents of numbered paragraphs whose sentences are the bundled corpus's sentences recombined at random
(real words, real lengths, so BM25 does real work), with a catalog that gives them Committee, State and NGO voices.
The dense side: each window's vector is a real paragraph vector of the bundled index plus noise (clustered like real
ones), keyed by the text, so the build needs no model; questions are embedded by the real ONNX query model. Each size
runs in a fresh process: its peak RSS is that size's. Build time is Assistant.load on an empty index folder.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
PER_DOC = 10_000  # paragraphs per synthetic document
VOICES = ("committee", "state", "ngo")


class SyntheticEmbedder:
    """Document vectors without a model: a real paragraph vector chosen by the text's hash, plus noise."""

    name = "synthetic-minilm-384"
    dim = 384

    def __init__(self, base: np.ndarray, noise: float = 0.1):
        self.base, self.noise = base, noise

    def count_tokens(self, text: str) -> int:
        return int(len(text.split()) * 1.3)

    def embed(self, texts: list[str], progress: bool = False) -> np.ndarray:
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            h = int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(), "little")
            rng = np.random.default_rng(h)
            out[i] = self.base[h % len(self.base)] + rng.normal(0, self.noise, self.dim)
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    def export_query_model(self, folder: Path) -> None:
        pass


def make_corpus(n: int, folder: Path, seed: int = 0) -> Path:
    """n paragraphs in documents of PER_DOC, sentences of the bundled corpus recombined; a catalog with voices."""
    from assistant import Assistant
    from assistant.answer import sentences

    bot = Assistant.load(progress=False, llm=None)
    pool = [p.text[a:b] for p in bot.paragraphs for a, b in sentences(p.text) if b - a > 30 and not p.text[a:b].rstrip().endswith(":")]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    docs = []
    for d in range((n + PER_DOC - 1) // PER_DOC):
        count = min(PER_DOC, n - d * PER_DOC)
        body = "\n\n".join(f"{i}. " + " ".join(rng.choice(pool) for _ in range(rng.randint(1, 3))) for i in range(1, count + 1))
        name = f"synthetic-{d:04d}.txt"
        (folder / name).write_text(f"Synthetic report {d}\n\n{body}\n", encoding="utf-8")
        voice = VOICES[d % 3]
        docs.append({"file": name, "doc_id": f"syn-{d}", "symbol": None, "cite_as": f"SYN-{d}", "title": f"Synthetic report {d}",
                     "author_kind": voice, "author": voice, "date": f"{2000 + d % 25}-01-01", "language": "en"})
    (folder / "catalog.json").write_text(json.dumps({"format": 1, "documents": docs}), encoding="utf-8")
    return folder


def one_size(n: int, questions: int = 200) -> dict:
    """Build (timed) and ask (timed) at one size, in this process."""
    from assistant import Assistant
    from assistant.embed import QueryEmbedder
    from assistant.evaluate import load_questions

    default = Assistant.load(progress=False, llm=None)
    base = np.load(default.index.gen / "vectors.npy")
    query_model = QueryEmbedder(default.index.gen / "model.onnx", default.index.gen / "tokenizer.json")
    qs = [q["question"] for q in load_questions()][:questions]
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        corpus = make_corpus(n, Path(tmp) / "corpus")
        gen_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        bot = Assistant.load(corpus, Path(tmp) / "index", embedder=SyntheticEmbedder(base), progress=False, llm=None)
        build_s = time.perf_counter() - t0
        bot.retriever.embedder = query_model  # questions as in production: the ONNX model
        for q in qs[:10]:
            bot.ask(q)
        lat = []
        for q in qs:
            t = time.perf_counter()
            bot.ask(q)
            lat.append(1000 * (time.perf_counter() - t))
        filtered = []
        for q in qs[:50]:
            t = time.perf_counter()
            bot.ask(q, author_kinds=["committee"])
            filtered.append(1000 * (time.perf_counter() - t))
    return {"n": n, "paragraphs": len(bot.paragraphs), "generate_s": round(gen_s, 1), "build_s": round(build_s, 1),
            "ask_p50_ms": round(float(np.percentile(lat, 50)), 2), "ask_p95_ms": round(float(np.percentile(lat, 95)), 2),
            "ask_filtered_p50_ms": round(float(np.percentile(filtered, 50)), 2),
            "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024), "questions": len(qs)}


def run(sizes: list[int]) -> list[dict]:
    """Each size in a fresh process (its own peak RSS)."""
    rows = []
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--n", str(n)], capture_output=True, text=True, cwd=ROOT, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), file=sys.stderr)
    return rows


def plot(rows: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    n = [r["paragraphs"] for r in rows]
    fig, ax = plt.subplots(1, 2, figsize=(9, 3.5))
    ax[0].plot(n, [r["ask_p50_ms"] for r in rows], "o-", label="p50")
    ax[0].plot(n, [r["ask_p95_ms"] for r in rows], "o-", label="p95")
    ax[0].set(xscale="log", xlabel="paragraphs", ylabel="ask (ms)", title="ask latency")
    ax[0].legend()
    ax[1].plot(n, [r["rss_mb"] for r in rows], "o-")
    ax[1].set(xscale="log", xlabel="paragraphs", ylabel="peak RSS (MB)", title="memory")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, help="one size, in this process; prints one JSON row")
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--out", help="write the rows as JSON")
    ap.add_argument("--plot", help="write the cost-against-size plot (PNG)")
    args = ap.parse_args()
    if args.n:
        print(json.dumps(one_size(args.n)))
        return 0
    rows = run([int(s) for s in args.sizes.split(",")])
    if args.out:
        Path(args.out).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    if args.plot:
        plot(rows, Path(args.plot))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
