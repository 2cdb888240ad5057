"""End-to-end `ask` on large synthetic corpora, in one process: cost against corpus size.

    .venv/bin/python benchmarks/scale.py --sizes 10000 100000 1000000   # writes benchmarks/scale.json and scale.png

Each synthetic paragraph is a bundled paragraph with its later sentences swapped for sentences of other paragraphs
(real-looking text for the lexical side), in documents of 100 numbered paragraphs; its vector is the real vector of
the paragraph it starts like, plus noise (clustered like real ones). Questions are embedded by the real ONNX model.
The index is built by the product's own `index.build`. Reported per size: build seconds, load seconds, RSS after
load, `ask` p50/p95 over the eval's questions, and recall@10 of `search` against an exhaustive ranking (every
paragraph scored exactly on the same absolute scales).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from assistant import Assistant  # noqa: E402
from assistant.search import index as ix  # noqa: E402
from assistant.search.embed import MODEL_NAME  # noqa: E402
from assistant.evaluation.run import load_questions  # noqa: E402
from assistant.records import Document  # noqa: E402
from assistant.search.retrieve import Hit, Scores  # noqa: E402

PER_DOC = 100


class SyntheticEmbedder:
    """Document vectors: the real vector of the source paragraph a text starts like, plus noise."""

    name, dim = MODEL_NAME, 384

    def __init__(self, starts: dict[str, np.ndarray], source_gen: Path, noise: float = 0.35, seed: int = 0):
        self.starts, self.source_gen, self.noise = starts, source_gen, noise
        self.rng = np.random.default_rng(seed)
        self.pool = np.stack(list(starts.values()))

    def count_tokens(self, text: str) -> int:
        return int(len(text.split()) * 1.3)

    def embed(self, texts: list[str], progress: bool = False) -> np.ndarray:
        base = np.stack([self.starts.get(_key(t), self.pool[self.rng.integers(len(self.pool))]) for t in texts])
        v = base + self.noise * self.rng.standard_normal(base.shape).astype(np.float32) / np.sqrt(self.dim)
        return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)

    def export_query_model(self, folder: Path) -> None:
        for name in ("model.onnx", "tokenizer.json"):
            shutil.copy(self.source_gen / name, folder / name)


def _key(text: str) -> str:
    return " ".join(text.split()[:10])


def synthetic_docs(n: int, paragraphs, seed: int = 0) -> list[Document]:
    rng = np.random.default_rng(seed)
    sents = [s for p in paragraphs for s in re.split(r"(?<=[.;])\s+", p.text) if len(s) > 30]
    docs = []
    for d in range((n + PER_DOC - 1) // PER_DOC):
        lines = []
        for i in range(min(PER_DOC, n - d * PER_DOC)):
            src = paragraphs[rng.integers(len(paragraphs))].text.replace("\n", " ")
            first = re.split(r"(?<=[.;])\s+", src)[0]
            rest = " ".join(sents[j] for j in rng.integers(len(sents), size=int(rng.integers(1, 4))))
            lines.append(f"{i + 1}. {first} {rest}")
        docs.append(Document(f"syn-{d}", f"SYN/{d}", f"Synthetic document {d}", ["committee", "state", "ngo"][d % 3], "", "2020-01-01",
                             "en", "\n".join(lines)))
    return docs


def exhaustive_top(bot, question: str, k: int = 10) -> list[int]:
    r = bot.retriever
    qvec = r.embedder.embed([question])[0]
    n = len(r.paragraphs)
    dense = np.zeros(n, dtype=np.float32)
    for a in range(0, n, 100_000):
        rows = np.arange(a, min(n, a + 100_000))
        dense[rows] = r.cosines(qvec, rows)
    lex_rows, lex_vals = r.lexical_sparse(question)
    lexical = np.zeros(n, dtype=np.float32)
    lexical[lex_rows] = lex_vals
    fused = r.fuse(dense, lexical) + r.boosts(question, None)(np.arange(n))
    top = r.by_sentence(qvec, np.arange(n), np.argsort(-fused, kind="stable")[:k * 2], fused, dense)  # as search orders them
    hits = [Hit(r.paragraphs[i], float(fused[i]), float(dense[i]), float(lexical[i])) for i in top]
    scores = Scores(r, qvec, ix.bm25_tokenize([question])[0], r.boosts(question, None))
    hits = r.recommendations_first(question, hits, scores, lambda row: True, k)  # as search orders them
    return [r.rows[h.paragraph.key] for h in hits]


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmRSS")) / 1024


def build(n: int, work: Path) -> float:
    base = Assistant.load(progress=False, llm=None)
    where = work / f"syn-{n}"
    shutil.rmtree(where, ignore_errors=True)
    starts = {_key(p.text): v for p, v in zip(base.paragraphs, _paragraph_vectors(base))}
    docs = synthetic_docs(n, base.paragraphs)
    t0 = time.perf_counter()
    ix.build(docs, where, SyntheticEmbedder(starts, ix.current(ROOT / "index" / "default")), progress=False)
    return time.perf_counter() - t0


def measure(n: int, work: Path, questions: list[str]) -> dict:
    """In a fresh process: load the index, then ask."""
    t0 = time.perf_counter()
    bot = _load(work / f"syn-{n}")
    load = time.perf_counter() - t0
    rss_loaded = rss_mb()
    for q in questions[:20]:
        bot.ask(q)
    times = []
    for q in questions:
        t = time.perf_counter()
        bot.ask(q)
        times.append(time.perf_counter() - t)
    rss_asked = rss_mb()  # before the exhaustive reference below maps every vector
    recall = []
    for q in questions[:50]:
        got = {bot.retriever.rows[(c.symbol, c.paragraph)] for c in bot.search(q, k=10)}
        ref = set(exhaustive_top(bot, q))
        recall.append(len(got & ref) / len(ref))
    return {"paragraphs": n, "load_s": round(load, 2), "rss_loaded_mb": round(rss_loaded), "rss_after_asks_mb": round(rss_asked),
            "ask_p50_ms": round(1000 * float(np.percentile(times, 50)), 2), "ask_p95_ms": round(1000 * float(np.percentile(times, 95)), 2),
            "recall@10_vs_exhaustive": round(float(np.mean(recall)), 3)}


def _load(where: Path):
    """The index as it is (no corpus folder to compare it with): an Assistant over it."""
    from assistant.assistant import _query_embedder

    idx = ix.load(where)
    docs = []
    return Assistant(docs, idx, _query_embedder(idx, None), None, None)


def _paragraph_vectors(bot) -> np.ndarray:
    r = bot.retriever
    return np.stack([np.asarray(bot.index.vectors[r.window_start[i]], dtype=np.float32) for i in range(len(bot.paragraphs))])


def plot(rows: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.5))
    xs = [r["paragraphs"] for r in rows]
    ax.plot(xs, [r["ask_p50_ms"] for r in rows], "o-", label="ask p50")
    ax.plot(xs, [r["ask_p95_ms"] for r in rows], "s-", label="ask p95")
    ax.axhline(30, color="grey", linestyle="--", linewidth=1, label="p95 target at 1M")
    ax.set_xscale("log")
    ax.set_ylim(0, max(35, 1.15 * max(r["ask_p95_ms"] for r in rows)))
    ax.set_xlabel("paragraphs in the index")
    ax.set_ylabel("ms (2 cores)")
    ax.set_title("End-to-end ask against corpus size")
    ax.grid(alpha=0.3)
    rss = ax.twinx()  # memory on the right
    rss.plot(xs, [r["rss_after_asks_mb"] / 1024 for r in rows], "^:", color="tab:green", label="RSS after the asks")
    rss.set_ylabel("GB")
    rss.set_ylim(bottom=0)
    lines = ax.get_legend_handles_labels()
    more = rss.get_legend_handles_labels()
    ax.legend(lines[0] + more[0], lines[1] + more[1], loc="upper left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--work", default="/tmp/assistant-scale")
    ap.add_argument("--questions", type=int, default=200)
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "scale.json"))
    ap.add_argument("--keep", action="store_true", help="keep the built indexes (in --work)")
    ap.add_argument("--reuse", action="store_true", help="measure an index kept in --work instead of building it again "
                    "(its build time is the one its manifest records)")
    ap.add_argument("--build", type=int, help=argparse.SUPPRESS)  # each step of each size runs in its own process
    ap.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    work = Path(args.work)
    if args.build:
        print(json.dumps({"build_s": round(build(args.build, work), 1)}))
        return
    if args.measure:
        print(json.dumps(measure(args.measure, work, [q["question"] for q in load_questions()][: args.questions])))
        return
    import subprocess

    def step(flag: str, n: int) -> dict:
        done = subprocess.run([sys.executable, __file__, flag, str(n), "--work", args.work, "--questions", str(args.questions)],
                              capture_output=True, text=True)
        line = next((l for l in done.stdout.splitlines() if l.startswith("{")), None)
        if line is None:
            sys.exit(f"{flag} {n} failed:\n{done.stderr[-2000:]}")
        return json.loads(line)

    rows = []
    for n in args.sizes:
        kept = ix.current(work / f"syn-{n}") if args.reuse else None
        built = {"build_s": json.loads((kept / "manifest.json").read_text())["built_seconds"]} if kept else step("--build", n)
        row = {**built, **step("--measure", n)}
        if not args.keep and not args.reuse:
            shutil.rmtree(work / f"syn-{n}", ignore_errors=True)
        rows.append(row)
        print(json.dumps(row), flush=True)
    Path(args.out).write_text(json.dumps({"measured": time.strftime("%Y-%m-%d"), "rows": rows}, indent=1) + "\n", encoding="utf-8")
    plot(rows, Path(args.out).with_suffix(".png"))


if __name__ == "__main__":
    main()
