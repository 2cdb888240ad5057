"""The eval report: JSON, Markdown with a chart by question kind, and the threshold gate."""
from __future__ import annotations

import json
from pathlib import Path

COLUMNS = ["hit@1", "hit@5", "mrr@10", "ndcg@10", "hit@1_strict", "hit@5_strict", "answer_contains", "citation_precision", "citation_recall",
           "quote_verbatim", "abstain_on_no_answer", "abstain_precision", "wrong_abstain", "median_s", "p95_s", "chars_per_citation"]


def _fmt(v) -> str:
    if v is None or v == "":
        return "–"
    if isinstance(v, float):
        return f"{v:.3f}" if v < 10 else f"{v:,.0f}"
    return str(v)


def table(rows: dict[str, dict], columns: list[str]) -> str:
    cols = [c for c in columns if any(c in r for r in rows.values())]
    lines = ["| | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for name, r in rows.items():
        lines.append(f"| {name} | " + " | ".join(_fmt(r.get(c)) for c in cols) + " |")
    return "\n".join(lines)


def chart(report: dict, path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    kinds = list(report["by_kind"])
    fig, ax = plt.subplots(figsize=(8, 3.6))
    width = 0.2
    for i, m in enumerate(["hit@1", "hit@5", "mrr@10", "ndcg@10"]):
        ax.bar([x + i * width for x in range(len(kinds))], [report["by_kind"][k].get(m, 0) for k in kinds], width, label=m)
    ax.set_xticks([x + 1.5 * width for x in range(len(kinds))], [f"{k}\n(n={report['by_kind'][k]['n']})" for k in kinds], fontsize=8)
    ax.set_ylim(0, 1)
    ax.set_title("Retrieval by question kind")
    ax.legend(fontsize=7, ncol=4, loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


def reliability_chart(report: dict, path: Path) -> bool:
    """Predicted P(answerable) against the observed share answerable, per bin (the answerability model's calibration)."""
    bins = report.get("reliability") or []
    return bool(bins) and reliability_plot({f"{report.get('split', 'all')} split": bins}, path)


def reliability_plot(series: dict[str, list[dict]], path: Path, threshold: float | None = None) -> bool:
    """One line per named series of bins ({'bin', 'n', 'predicted', 'observed'}), the diagonal, and the threshold."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    fig, ax = plt.subplots(figsize=(4.6, 4.2))
    ax.plot([0, 1], [0, 1], ":", color="grey", label="perfect calibration")
    for name, bins in series.items():
        ax.plot([b["predicted"] for b in bins], [b["observed"] for b in bins], "o-", label=f"{name} (n={sum(b['n'] for b in bins)})")
        for b in bins:
            ax.annotate(str(b["n"]), (b["predicted"], b["observed"]), fontsize=7, xytext=(3, -9), textcoords="offset points")
    if threshold is not None:
        ax.axvline(threshold, color="red", lw=0.8, label=f"threshold {threshold:.2f}")
    ax.set_xlabel("predicted P(answerable)")
    ax.set_ylabel("observed share answerable")
    ax.set_title("Answerability: reliability (n per point)")
    ax.legend(fontsize=7, loc="upper left")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


def write_report(report: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    has_chart = chart(report, out / "by_kind.png")
    md = [f"# Eval report ({report.get('split', 'all')} split: {report['questions']} questions, {report['answerable']} answerable)", "",
          "## Systems side by side", "", table(report["systems"], COLUMNS), "",
          "hit@k, MRR and nDCG from ranx; a citation to a subparagraph of a gold paragraph (or to the paragraph holding a gold "
          "subparagraph) counts as relevant. Peers: BM25 and dense alone rank the same paragraphs; LlamaIndex's default pipeline "
          "(SimpleDirectoryReader + SentenceSplitter + VectorStoreIndex, same model) is scored by whether a returned chunk holds "
          "the gold paragraph's text; it returns its default top-k "
          f"({report['systems'].get('llamaindex_default', {}).get('default_top_k', '?')}) to a user, ranked here to 10. "
          "chars_per_citation: text a reader must read per citation. *_strict: only the exact gold label counts.", "",
          "## By question kind", "", table(report["by_kind"], ["n", "hit@1", "hit@5", "mrr@10", "ndcg@10"]), ""]
    if has_chart:
        md += ["![metrics by question kind](by_kind.png)", ""]
    md += ["## Answerability", "",
           "Abstention as a detector of no-answer questions: recall = abstain_on_no_answer, precision = abstain_precision "
           "(share of abstentions that were on no-answer questions); wrong_abstain = abstentions on answerable questions. "
           "Reliability: the chance that a question has an answer as the answer states it (`ans.evidence['chance_answerable']`: "
           "the answerability model's P where no check decided, else the share of check-stopped questions that had one where "
           "it was fitted) against the observed share, per bin.", "",
           table({b["bin"]: b for b in report.get("reliability", [])}, ["n", "predicted", "observed"]), ""]
    if reliability_chart(report, out / "reliability.png"):
        md += ["![reliability of P(answerable)](reliability.png)", ""]
    md += ["## By document (first gold paragraph)", "", table(report["by_document"], ["n", "hit@1", "hit@5", "mrr@10", "ndcg@10"]), "",
           f"## Failures ({len(report['failures'])})", "",
           "| id | kind | question | gold | returned (top 3) |", "|---|---|---|---|---|"]
    for f in report["failures"]:
        ret = "abstained" if f["abstained"] else "; ".join(f["returned"])
        md.append(f"| {f['id']} | {f['kind']} | {f['question']} | {'; '.join(f['gold']) or '(none)'} | {ret} |")
    (out / "report.md").write_text("\n".join(md) + "\n", encoding="utf-8")


def gate(report: dict, thresholds: dict) -> list[str]:
    """Every metric of ours that falls below its threshold (or above, for *_max keys)."""
    ours = report["systems"]["assistant"]
    problems = []
    for name, limit in thresholds.items():
        if name.startswith("_"):
            continue
        if name.endswith("_max"):
            value = ours.get(name[:-4])
            if value is None or value > limit:
                problems.append(f"{name[:-4]} = {value} is above {limit}")
        else:
            value = ours.get(name)
            if value is None or value < limit:
                problems.append(f"{name} = {value} is below {limit}")
    return problems
