"""The eval suite: known questions through the public API and through peers; metrics, report, gate."""
from __future__ import annotations

import json
import os
import re
import statistics
import time
from dataclasses import replace
from pathlib import Path

from ..records import Paragraph

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = ROOT / "evals" / "questions.jsonl"
THRESHOLDS = ROOT / "evals" / "thresholds.json"


def load_questions(path: Path = QUESTIONS, split: str = "all") -> list[dict]:
    qs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [q for q in qs if split == "all" or q["split"] == split]


def key(symbol: str, paragraph: str) -> str:
    return f"{symbol}|{paragraph}"


def relevant(q: dict, paragraphs: list[Paragraph]) -> set[str]:
    """Gold keys, plus the parent of a gold subparagraph and the subparagraphs of a gold paragraph:
    a citation to '49 (c)' points inside gold '49', and '11' holds the whole of gold '11 (b)'."""
    gold = {key(g["symbol"], g["paragraph"]) for g in q["gold"]}
    family = set()
    for p in paragraphs:
        if p.parent and (key(p.symbol, p.parent) in gold or key(p.symbol, p.paragraph) in gold):
            family |= {key(p.symbol, p.parent), key(p.symbol, p.paragraph)}
    return gold | family


def ir_metrics(qrels: dict[str, dict[str, int]], run: dict[str, dict[str, float]]) -> dict[str, float]:
    """hit@1, hit@5, MRR@10, nDCG@10 from ranx (a maintained IR-metrics library)."""
    from ranx import Qrels, Run, evaluate

    qrels = {q: r for q, r in qrels.items() if r}
    run = {q: (run.get(q) or {"__none__": 0.0}) for q in qrels}
    if not qrels:
        return {}
    names = ["hit_rate@1", "hit_rate@5", "mrr@10", "ndcg@10"]
    scores = evaluate(Qrels(qrels), Run(run), names, make_comparable=True)
    return {"hit@1": scores["hit_rate@1"], "hit@5": scores["hit_rate@5"], "mrr@10": scores["mrr@10"], "ndcg@10": scores["ndcg@10"]}


def ranked(keys_scores: list[tuple[str, float]]) -> dict[str, float]:
    """A ranking as a ranx run: strictly decreasing scores, first occurrence of a key kept."""
    out: dict[str, float] = {}
    for i, (k, _) in enumerate(keys_scores):
        out.setdefault(k, float(len(keys_scores) - i))
    return out


# --- systems -----------------------------------------------------------------------------
def run_assistant(bot, questions: list[dict]) -> dict:
    """Every question through the public API; with an LLM configured, through its verified answers."""
    runs, answers, seconds, kept, dropped = {}, {}, [], 0, 0
    for q in questions:
        t0 = time.perf_counter()
        if bot.generator is not None:
            g = bot.generate(q["question"])
            kept, dropped = kept + g.kept, dropped + g.dropped
            ans = replace(g.answer, text=g.text)
        else:
            ans = bot.ask(q["question"])
        seconds.append(time.perf_counter() - t0)
        cites = bot.search(q["question"], k=10)
        runs[q["id"]] = ranked([(key(c.symbol, c.paragraph), c.score) for c in cites])
        answers[q["id"]] = ans
    llm = {"llm_sentences_kept_share": kept / (kept + dropped) if kept + dropped else None} if bot.generator else {}
    return {"runs": runs, "answers": answers, "seconds": seconds, "llm": llm}


def run_scores(bot, questions: list[dict], which: str) -> dict:
    """BM25 alone or dense alone, over the same paragraphs."""
    import numpy as np

    runs, seconds = {}, []
    for q in questions:
        t0 = time.perf_counter()
        s = bot.retriever.lexical_scores(q["question"]) if which == "bm25" else bot.retriever.dense_scores(q["question"])
        top = np.argsort(-s)[:10]
        seconds.append(time.perf_counter() - t0)
        runs[q["id"]] = ranked([(key(bot.paragraphs[i].symbol, bot.paragraphs[i].paragraph), float(s[i])) for i in top if s[i] > 0])
    return {"runs": runs, "seconds": seconds}


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def run_llamaindex(bot, questions: list[dict], corpus: Path) -> dict:
    """LlamaIndex's default pipeline: SimpleDirectoryReader + SentenceSplitter (default) + VectorStoreIndex,
    the same embedding model. Scored per chunk: a returned chunk is a hit when it holds the text of a
    gold paragraph (or of a part of it, where the splitter cut it)."""
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    from ..search.embed import model_dir

    Settings.embed_model = HuggingFaceEmbedding(model_name=str(model_dir()), device="cpu")
    Settings.llm = None
    t0 = time.perf_counter()
    docs = SimpleDirectoryReader(str(corpus), required_exts=[".txt", ".md"]).load_data()
    index = VectorStoreIndex.from_documents(docs)
    build = time.perf_counter() - t0
    default_k = index.as_retriever().similarity_top_k
    retriever = index.as_retriever(similarity_top_k=10)
    chunks = {nid: _norm(n.get_content()) for nid, n in index.docstore.docs.items()}
    probes = {key(p.symbol, p.paragraph): _probe(p.text) for p in bot.paragraphs}
    runs, qrels, seconds, chars = {}, {}, [], []
    for q in questions:
        rel = relevant(q, bot.paragraphs)
        holds = lambda text: any(pr in text for k in rel for pr in probes.get(k, []))
        qrels[q["id"]] = {nid: 1 for nid, text in chunks.items() if holds(text)}
        t0 = time.perf_counter()
        nodes = retriever.retrieve(q["question"])
        seconds.append(time.perf_counter() - t0)
        runs[q["id"]] = ranked([(n.node.node_id, n.score or 0.0) for n in nodes])
        chars += [len(n.node.get_content()) for n in nodes[:default_k]]
    return {"metrics": ir_metrics(qrels, runs), "seconds": seconds, "build_seconds": build,
            "chars_per_citation": statistics.mean(chars), "default_top_k": default_k}


def _probe(text: str) -> list[str]:
    """Two pieces of a paragraph's normalized text (its start and its middle) to find it inside a chunk."""
    t = _norm(text)
    if len(t) < 40:
        return [t] if len(t) >= 25 else []
    mid = len(t) // 2
    return [t[:80], t[mid - 40: mid + 40]]


# --- scoring -----------------------------------------------------------------------------
def score_answers(questions: list[dict], answers: dict, paragraphs: list[Paragraph]) -> dict:
    ans_q = [q for q in questions if q["kind"] != "no_answer"]
    none_q = [q for q in questions if q["kind"] == "no_answer"]
    contains, prec, rec, verbatim, n_cites = [], [], [], 0, 0
    for q in ans_q:
        a = answers[q["id"]]
        if a.abstained:
            contains.append(0.0)
            rec.append(0.0)
            continue
        contains.append(float(any(x.lower() in a.text.lower() for x in q["answers"])))
        rel = relevant(q, paragraphs)
        cited = [key(c.symbol, c.paragraph) for c in a.citations]
        prec.append(sum(c in rel for c in cited) / len(cited))
        gold = [key(g["symbol"], g["paragraph"]) for g in q["gold"]]
        fam = {g: relevant({"gold": [dict(zip(("symbol", "paragraph"), g.split("|")))]}, paragraphs) for g in gold}
        rec.append(sum(any(c in fam[g] for c in cited) for g in gold) / len(gold))
    for a in answers.values():
        for c in a.citations:
            n_cites += 1
            verbatim += c.quote in c.text and bool(c.quote)
    mean = lambda xs: statistics.mean(xs) if xs else 0.0
    abstained = [q for q in questions if answers[q["id"]].abstained]
    return {"answer_contains": mean(contains), "citation_precision": mean(prec), "citation_recall": mean(rec),
            "quote_verbatim": verbatim / n_cites if n_cites else 1.0,
            "abstain_on_no_answer": mean([float(answers[q["id"]].abstained) for q in none_q]),
            "wrong_abstain": mean([float(answers[q["id"]].abstained) for q in ans_q]),
            "abstain_precision": mean([float(q["kind"] == "no_answer") for q in abstained]) if abstained else None}


def reliability(questions: list[dict], answers: dict, bins: int = 10) -> list[dict]:
    """The chance that a question has an answer, as the answer states it (ans.evidence: 'chance_answerable', the
    checks' and the model's decision; else the model's 'answerable'), against the observed share, per bin.

    >>> class A: pass
    >>> a, b = A(), A(); a.evidence, b.evidence = {"answerable": 0.9}, {"answerable": 0.95, "chance_answerable": 0.15}
    >>> reliability([{"id": 1, "kind": "fact"}, {"id": 2, "kind": "no_answer"}], {1: a, 2: b}, bins=5)
    [{'bin': '0.0-0.2', 'n': 1, 'predicted': 0.15, 'observed': 0.0}, {'bin': '0.8-1.0', 'n': 1, 'predicted': 0.9, 'observed': 1.0}]
    """
    pairs = [(ev.get("chance_answerable", ev["answerable"]), q["kind"] != "no_answer") for q in questions
             for ev in [answers[q["id"]].evidence] if "answerable" in ev]
    out = []
    for i in range(bins):
        lo, hi = i / bins, (i + 1) / bins
        group = [(p, y) for p, y in pairs if lo <= p < hi or (i == bins - 1 and p == 1.0)]
        if group:
            out.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": len(group), "predicted": round(statistics.mean(p for p, _ in group), 3),
                        "observed": round(statistics.mean(float(y) for _, y in group), 3)})
    return out


def breakdown(questions, runs, paragraphs, field) -> dict[str, dict]:
    groups: dict[str, list[dict]] = {}
    for q in questions:
        if q["kind"] == "no_answer":
            continue
        g = q["kind"] if field == "kind" else q["gold"][0]["symbol"]
        groups.setdefault(g, []).append(q)
    return {g: {"n": len(qs), **ir_metrics({q["id"]: {k: 1 for k in relevant(q, paragraphs)} for q in qs}, runs)}
            for g, qs in sorted(groups.items())}


def evaluate_all(bot, questions: list[dict], peers: bool = False, corpus: Path | None = None) -> dict:
    paragraphs = bot.paragraphs
    answerable = [q for q in questions if q["kind"] != "no_answer"]
    qrels = {q["id"]: {k: 1 for k in relevant(q, paragraphs)} for q in answerable}
    ours = run_assistant(bot, questions)
    strict = {q["id"]: {key(g["symbol"], g["paragraph"]): 1 for g in q["gold"]} for q in answerable}
    strict_m = {f"{m}_strict": v for m, v in ir_metrics(strict, ours["runs"]).items() if m in ("hit@1", "hit@5")}
    secs = sorted(ours["seconds"])
    report = {"questions": len(questions), "answerable": len(answerable),
              "systems": {"assistant": {**ir_metrics(qrels, ours["runs"]), **strict_m, **score_answers(questions, ours["answers"], paragraphs),
                                        "median_s": statistics.median(secs), "p95_s": secs[int(0.95 * (len(secs) - 1))],
                                        "chars_per_citation": statistics.mean(len(c.text) for a in ours["answers"].values() for c in a.citations),
                                        **ours["llm"]}},
              "reliability": reliability(questions, ours["answers"]),
              "by_kind": breakdown(questions, ours["runs"], paragraphs, "kind"),
              "by_document": breakdown(questions, ours["runs"], paragraphs, "doc")}
    if peers:
        for name in ("bm25", "dense"):
            r = run_scores(bot, answerable, name)
            report["systems"][name] = {**ir_metrics(qrels, r["runs"]), "median_s": statistics.median(r["seconds"])}
        from ..ingest.load import BUNDLED

        li = run_llamaindex(bot, answerable, corpus or BUNDLED)
        report["systems"]["llamaindex_default"] = {**li["metrics"], "median_s": statistics.median(li["seconds"]),
                                                   "build_s": li["build_seconds"], "chars_per_citation": li["chars_per_citation"],
                                                   "default_top_k": li["default_top_k"]}
    report["failures"] = [
        {"id": q["id"], "kind": q["kind"], "question": q["question"], "gold": [f"{g['symbol']}, {g['paragraph']}" for g in q["gold"]],
         "abstained": ours["answers"][q["id"]].abstained,
         "returned": [k.replace("|", ", ") for k in list(ours["runs"][q["id"]])[:3]]}
        for q in questions
        if (q["kind"] == "no_answer") != ours["answers"][q["id"]].abstained
        or (q["kind"] != "no_answer" and not set(list(ours["runs"][q["id"]])[:1]) & qrels[q["id"]].keys())]
    return report


def _unnumbered_gold(paragraphs: list, answer: str, start: str) -> str:
    """In a document that numbers no paragraphs, the label the splitter gave the one paragraph that holds the sidecar's
    verbatim answer, else the one that opens with the first words the sidecar gives for it; '' when neither is one
    paragraph. Counting paragraphs differs between readers (is the page's title line a paragraph?), the text does not."""
    flat = lambda t: " ".join(t.split())
    for want, test in ((flat(answer), lambda t, w: w in t), (flat(start), lambda t, w: t.startswith(w))):
        found = [p.paragraph for p in paragraphs if want and test(flat(p.text), want)]
        if len(found) == 1:
            return found[0]
    return ""


def fixture_questions(bot, folder: Path) -> list[dict]:
    """The questions in a corpus folder's sidecars (`<file>.json` beside `<file>.txt`, tests/fixtures/real.md), with
    gold keyed by the citation id the loader gave that file: the fixture group of the eval."""
    docs = {Path(d.path).stem: d for d in bot.documents}
    out = []
    for sidecar in sorted(Path(folder).glob("*.json")):
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        doc = docs.get(sidecar.stem)
        if doc is None or "questions" not in meta:
            continue
        own = [p for p in bot.paragraphs if p.doc_id == doc.doc_id]
        labels = [p.paragraph for p in own]
        for i, q in enumerate(meta["questions"]):
            label = q.get("paragraph")
            if label and meta.get("numbered") is False:  # an unnumbered document: the paragraph holding the answer, else
                label = _unnumbered_gold(own, q.get("answer") or "", (meta.get("starts") or {}).get(label, "")) \
                    or (labels[int(label) - 1] if int(label) <= len(labels) else label)  # the one its first words open, else the Nth
            out.append({"id": f"{sidecar.stem}#{i + 1}", "split": "test", "kind": "fixture" if label else "no_answer",
                        "question": q["question"], "gold": [{"symbol": doc.cite_as, "paragraph": label}] if label else [],
                        "answers": [q["answer"]] if q.get("answer") else []})
    return out


def main(args) -> int:
    from ..assistant import Assistant
    from ..errors import AssistantError
    from .report import gate, write_report

    backend = getattr(args, "backend", None)
    if args.peers and (backend or os.environ.get("ASSISTANT_BACKEND") or "embedded") != "embedded":
        raise AssistantError("--peers scores BM25 and dense alone over the embedded index; run it without --backend milvus.")
    bot = Assistant.load(args.corpus, args.index_dir, progress=True, backend=backend, uri=getattr(args, "uri", None),
                         ray=getattr(args, "ray", None))
    if args.sidecars:
        questions = fixture_questions(bot, Path(args.corpus))
    elif getattr(args, "questions", None):
        questions = load_questions(Path(args.questions), args.split)
    else:
        questions = load_questions(split=args.split)
    report = evaluate_all(bot, questions, peers=args.peers)
    report["split"] = args.split
    out = Path(args.out)
    write_report(report, out)
    print((out / "report.md").read_text(encoding="utf-8").split("## Failures")[0])
    if args.gate:
        problems = gate(report, json.loads(THRESHOLDS.read_text(encoding="utf-8")))
        for p in problems:
            print(f"GATE FAILED: {p}")
        return 1 if problems else 0
    return 0
