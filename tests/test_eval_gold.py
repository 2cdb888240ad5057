"""The evaluation question set (evals/questions.jsonl) is consistent with the corpus and its parser."""
import importlib.util
from pathlib import Path

CHECKER = Path(__file__).resolve().parent.parent / "evals" / "check_gold.py"


def _load_checker():
    spec = importlib.util.spec_from_file_location("check_gold", CHECKER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_eval_gold_has_no_problems(capsys):
    checker = _load_checker()
    status = checker.main([])
    out = capsys.readouterr().out
    assert status == 0, f"evals/check_gold.py reported problems:\n{out}"
    assert out.rstrip().endswith("0 problem(s)")


def test_the_fresh_sets_gold_exists_and_holds_their_answers():
    """evals/fresh/*.jsonl, written by helper sessions from the paragraphs alone (evals/fresh/README.md)."""
    checker = _load_checker()
    files = sorted((CHECKER.parent / "fresh").glob("*.jsonl"))
    assert len(files) >= 5
    units = checker.load_corpus()  # parsed once for all the files
    for f in files:
        assert checker.check_fresh(f, units) == [], f
