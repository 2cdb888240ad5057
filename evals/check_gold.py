"""Check the evaluation question set (evals/questions.jsonl) against the corpus.

    .venv/bin/python evals/check_gold.py [questions.jsonl]

Loads every corpus document with `assistant.ingest.split.split_text`, then checks each question:
id unique; fields present and valid; every gold (symbol, paragraph) exists; every answer
string occurs (after collapsing whitespace, exact case) in at least one gold paragraph's
text; no_answer questions have empty gold and answers; track questions cite a Committee
recommendation and a State paragraph; and the set as a whole meets the
minimum counts and split stratification. Prints one problem per line, then a summary of
counts by kind, split and document. Exit code 1 on any problem.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from assistant.ingest.split import split_text  # noqa: E402

CORPUS_DIR = ROOT / "assistant" / "corpus"
QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"

# The one place that says which file is cited by which symbol.
DOCUMENTS: dict[str, str] = {
    "kaz-followup-2021.txt": "KAZ-FU-2021",
    "kaz-third-periodic-report-2024.txt": "E/C.12/KAZ/3",
    "cescr-concluding-observations-kaz-2019.txt": "E/C.12/KAZ/CO/2",
    "fidh-list-of-issues-2018.txt": "FIDH-LOI-2018",
    "ngo-submission-escr-vulnerable-groups.md": "NGO-ESCR-KAZ",
}
COMMITTEE_SYMBOL = "E/C.12/KAZ/CO/2"

KINDS = ("fact", "paraphrase", "subparagraph", "section", "two_docs", "voices", "track", "no_answer")
STATE_SYMBOLS = ("KAZ-FU-2021", "E/C.12/KAZ/3")  # the State party's own reports
SPLITS = ("dev", "test")
REQUIRED = ("id", "split", "kind", "question", "gold", "answers")
OPTIONAL = ("note",)

MIN_TOTAL = 240
MIN_NO_ANSWER = 36
MIN_PER_DOCUMENT = 25  # answerable questions with at least one gold unit in the document
MIN_PARAPHRASE_SHARE = 0.25  # of the answerable questions
MAX_ANSWERS = 3
DEV_SHARE = (0.30, 0.50)  # "about 40% dev"


def norm(s: str) -> str:
    """Collapse all runs of whitespace to one space."""
    return " ".join(s.split())


def load_corpus(corpus_dir: Path = CORPUS_DIR) -> dict[tuple[str, str], object]:
    """(symbol, paragraph label) -> Paragraph, for every document in DOCUMENTS."""
    units: dict[tuple[str, str], object] = {}
    for file, symbol in DOCUMENTS.items():
        text = (corpus_dir / file).read_text(encoding="utf-8")
        for p in split_text(text, symbol):
            units[(p.symbol, p.paragraph)] = p
    return units


def _check_one(q: dict, units: dict, where: str, splits: tuple[str, ...] = SPLITS) -> list[str]:
    problems: list[str] = []
    missing = [f for f in REQUIRED if f not in q]
    if missing:
        return [f"{where}: missing field(s) {', '.join(missing)}"]
    extra = sorted(set(q) - set(REQUIRED) - set(OPTIONAL))
    if extra:
        problems.append(f"{where}: unknown field(s) {', '.join(extra)}")
    if q["split"] not in splits:
        problems.append(f"{where}: split {q['split']!r} is not one of {splits}")
    if q["kind"] not in KINDS:
        problems.append(f"{where}: kind {q['kind']!r} is not one of {KINDS}")
    if not isinstance(q["question"], str) or not q["question"].strip():
        problems.append(f"{where}: question must be a non-empty string")
    if "note" in q and not isinstance(q["note"], str):
        problems.append(f"{where}: note must be a string")
    gold, answers = q["gold"], q["answers"]
    if not isinstance(gold, list) or not isinstance(answers, list):
        return problems + [f"{where}: gold and answers must be lists"]

    if q["kind"] == "no_answer":
        if gold or answers:
            problems.append(f"{where}: a no_answer question must have empty gold and answers")
        return problems

    if not gold:
        problems.append(f"{where}: an answerable question needs at least one gold paragraph")
    if not 1 <= len(answers) <= MAX_ANSWERS:
        problems.append(f"{where}: needs 1-{MAX_ANSWERS} answers, has {len(answers)}")

    texts: list[str] = []
    seen: set[tuple[str, str]] = set()
    gold_units = []
    for g in gold:
        if not isinstance(g, dict) or set(g) != {"symbol", "paragraph"}:
            problems.append(f"{where}: gold entry {g!r} must be {{'symbol': ..., 'paragraph': ...}}")
            continue
        key = (g["symbol"], g["paragraph"])
        if key in seen:
            problems.append(f"{where}: gold {key} listed twice")
        seen.add(key)
        if g["symbol"] not in DOCUMENTS.values():
            problems.append(f"{where}: gold symbol {g['symbol']!r} is not a corpus document")
        elif key not in units:
            problems.append(f"{where}: gold paragraph {g['paragraph']!r} does not exist in {g['symbol']}")
        else:
            gold_units.append(units[key])
            texts.append(norm(units[key].text))

    for a in answers:
        if not isinstance(a, str) or not a.strip():
            problems.append(f"{where}: answer {a!r} must be a non-empty string")
        elif texts and not any(norm(a) in t for t in texts):
            problems.append(f"{where}: answer {a!r} is not found in any gold paragraph")

    if q["kind"] == "subparagraph" and not any(
        p.symbol == COMMITTEE_SYMBOL and p.kind == "subparagraph" for p in gold_units
    ):
        problems.append(f"{where}: a subparagraph question needs a lettered subparagraph of {COMMITTEE_SYMBOL} as gold")
    if q["kind"] in ("two_docs", "voices") and len({g.get("symbol") for g in gold if isinstance(g, dict)}) < 2:
        problems.append(f"{where}: a {q['kind']} question needs gold from at least two documents")
    if q["kind"] == "track":
        symbols = {g.get("symbol") for g in gold if isinstance(g, dict)}
        if COMMITTEE_SYMBOL not in symbols:
            problems.append(f"{where}: a track question needs a {COMMITTEE_SYMBOL} recommendation paragraph as gold")
        if not symbols & set(STATE_SYMBOLS):
            problems.append(f"{where}: a track question needs a State paragraph ({' or '.join(STATE_SYMBOLS)}) as gold")
    return problems


def check(path: Path = QUESTIONS, corpus_dir: Path = CORPUS_DIR) -> tuple[list[str], dict]:
    """Returns (problems, summary)."""
    units = load_corpus(corpus_dir)
    problems: list[str] = []
    questions: list[dict] = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {n}: not valid JSON ({e})")
            continue
        if not isinstance(q, dict):
            problems.append(f"line {n}: not a JSON object")
            continue
        questions.append(q)
        problems += _check_one(q, units, f"line {n} ({q.get('id', '?')})")

    ids = Counter(q.get("id") for q in questions)
    problems += [f"id {i!r} is used {c} times" for i, c in ids.items() if c > 1]
    texts = Counter(norm(str(q.get("question", ""))).lower() for q in questions)
    problems += [f"question {t!r} appears {c} times" for t, c in texts.items() if c > 1]

    valid = [q for q in questions if q.get("kind") in KINDS and q.get("split") in SPLITS]
    answerable = [q for q in valid if q["kind"] != "no_answer"]
    by_kind = {k: Counter(q["split"] for q in valid if q["kind"] == k) for k in KINDS}
    by_doc: dict[str, Counter] = {}
    for symbol in DOCUMENTS.values():
        by_doc[symbol] = Counter(
            q["split"] for q in answerable
            if any(isinstance(g, dict) and g.get("symbol") == symbol for g in q["gold"])
        )
    by_split = Counter(q["split"] for q in valid)

    if len(questions) < MIN_TOTAL:
        problems.append(f"only {len(questions)} questions; need at least {MIN_TOTAL}")
    n_no = sum(by_kind["no_answer"].values())
    if n_no < MIN_NO_ANSWER:
        problems.append(f"only {n_no} no_answer questions; need at least {MIN_NO_ANSWER}")
    n_para = sum(by_kind["paraphrase"].values())
    if answerable and n_para < MIN_PARAPHRASE_SHARE * len(answerable):
        problems.append(
            f"only {n_para} of {len(answerable)} answerable questions are paraphrase; need at least {MIN_PARAPHRASE_SHARE:.0%}"
        )
    for symbol, c in by_doc.items():
        if sum(c.values()) < MIN_PER_DOCUMENT:
            problems.append(f"only {sum(c.values())} answerable questions cite {symbol}; need at least {MIN_PER_DOCUMENT}")
    for name, c in [*by_kind.items(), *by_doc.items()]:
        missing = [s for s in SPLITS if not c[s]]
        if missing:
            problems.append(f"{name} has no question in split(s) {', '.join(missing)}")
    if valid:
        share = by_split["dev"] / len(valid)
        if not DEV_SHARE[0] <= share <= DEV_SHARE[1]:
            problems.append(f"dev share is {share:.0%}; expected {DEV_SHARE[0]:.0%}-{DEV_SHARE[1]:.0%}")

    summary = {
        "total": len(questions),
        "answerable": len(answerable),
        "by_split": dict(by_split),
        "by_kind": {k: dict(c) for k, c in by_kind.items()},
        "by_document": {s: dict(c) for s, c in by_doc.items()},
    }
    return problems, summary


def check_fresh(path: Path, units: dict | None = None) -> list[str]:
    """A fresh set (evals/fresh/*.jsonl, split "fresh"): each question as above, ids unique; no counts by split or
    kind (a small set written at one time, evals/fresh/README.md). `units`: load_corpus(), if already loaded."""
    units = units if units is not None else load_corpus()
    questions = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    problems = [p for n, q in enumerate(questions, 1) for p in _check_one(q, units, f"{Path(path).name} line {n} ({q.get('id', '?')})", ("fresh",))]
    ids = Counter(q.get("id") for q in questions)
    return problems + [f"id {i!r} is used {c} times" for i, c in ids.items() if c > 1]


def _table(title: str, rows: dict[str, dict]) -> str:
    out = [f"{title:<24}{'dev':>6}{'test':>6}{'all':>6}"]
    for name, c in rows.items():
        d, t = c.get("dev", 0), c.get("test", 0)
        out.append(f"{name:<24}{d:>6}{t:>6}{d + t:>6}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else QUESTIONS
    problems, summary = check(path)
    for p in problems:
        print(p)
    print(f"\n{summary['total']} questions ({summary['answerable']} answerable); "
          f"dev {summary['by_split'].get('dev', 0)}, test {summary['by_split'].get('test', 0)}")
    print(_table("kind", summary["by_kind"]))
    print(_table("document (answerable)", summary["by_document"]))
    print(f"\n{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
