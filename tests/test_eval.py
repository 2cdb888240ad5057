"""The eval runner's pieces, and the CI gate: the whole suite must stay above evals/thresholds.json."""
from __future__ import annotations

import json

import pytest

from assistant.evaluation.run import THRESHOLDS, evaluate_all, ir_metrics, load_questions, relevant
from assistant.records import Paragraph
from assistant.evaluation.report import gate


def test_gate_names_every_metric_below_its_threshold():
    report = {"systems": {"assistant": {"hit@1": 0.5, "hit@5": 0.95, "median_s": 0.9}}}
    problems = gate(report, {"hit@1": 0.6, "hit@5": 0.9, "median_s_max": 0.5, "_note": "x", "mrr@10": 0.1})
    assert len(problems) == 3 and any("hit@1" in p for p in problems) and any("median_s" in p for p in problems)


def test_subparagraphs_and_their_paragraph_are_one_family():
    ps = [Paragraph("d", "S", "11", "t"), Paragraph("d", "S", "11 (b)", "t", kind="subparagraph", parent="11"),
          Paragraph("d", "S", "12", "t")]
    assert relevant({"gold": [{"symbol": "S", "paragraph": "11 (b)"}]}, ps) == {"S|11 (b)", "S|11"}
    assert "S|12" not in relevant({"gold": [{"symbol": "S", "paragraph": "11"}]}, ps)


def test_ir_metrics_from_ranx_on_a_known_ranking():
    m = ir_metrics({"q": {"a": 1}}, {"q": {"b": 3.0, "a": 2.0, "c": 1.0}})
    assert m["hit@1"] == 0.0 and m["hit@5"] == 1.0 and m["mrr@10"] == pytest.approx(0.5)


@pytest.mark.model
def test_the_suite_stays_above_its_thresholds(bot, tmp_path):
    """The CI gate: every question of both splits through the public API."""
    report = evaluate_all(bot, load_questions(split="all"))
    problems = gate(report, json.loads(THRESHOLDS.read_text(encoding="utf-8")))
    assert problems == [], problems


def test_eval_takes_the_backend_options_and_refuses_peers_on_milvus(capsys):
    from assistant.cli import main

    assert main(["eval", "--backend", "milvus", "--uri", "http://127.0.0.1:1", "--peers"]) == 1
    assert "without --backend milvus" in capsys.readouterr().err


def test_an_unnumbered_documents_gold_paragraph_is_the_one_holding_the_sidecars_answer():
    """A sidecar numbers an unnumbered page's paragraphs as its reader counted them, title lines and all
    (evals/holdout/bn/nhri-crc-gbr-2015: 'skip to main content' was its paragraph 1); the paragraph that holds the verbatim
    answer, else the one its first words open, is the gold; only when neither is one paragraph, the Nth."""
    from assistant.evaluation.run import _unnumbered_gold
    ps = [Paragraph("d", "d", f"intro, para. {i}", t) for i, t in enumerate(
        ["On International Youth Day the Commission has identified over 30 areas which require attention.",
         "NIHRC Chief Commissioner, Les Allamby commented:",
         "\u201cThis report highlights recommendations made by the United Nations in 2008.\u201d"], 1)]
    assert _unnumbered_gold(ps, "over 30 areas", "") == "intro, para. 1"
    assert _unnumbered_gold(ps, "", "NIHRC Chief Commissioner") == "intro, para. 2"
    assert _unnumbered_gold(ps, "the United\nNations in 2008", "") == "intro, para. 3"  # line breaks read as spaces
    assert _unnumbered_gold(ps, "Commission", "") == ""  # in two paragraphs: neither
