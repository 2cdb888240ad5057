"""Fit assistant/settings.json on the dev split only: the fusion weights, then the answerability model.

    .venv/bin/python evals/fit_settings.py            # prints what it chose and dev/test figures; writes settings
    .venv/bin/python evals/fit_settings.py --dry-run  # prints only

1. Ranking: coordinate search of lexical_weight and the three boosts for dev MRR@10 (answerable questions).
2. Answerability: logistic regression (scikit-learn) on Composer.features of the best hit, label = the question
   has an answer in the corpus; the threshold is the highest that keeps dev wrong-abstain at or under 5%.
   Calibration (predicted vs observed, per bin) is printed for dev and test, and written to evals/report/.
The test split is only scored, never used to choose.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import Assistant  # noqa: E402
from assistant.assistant import SETTINGS  # noqa: E402
from assistant.evaluate import key, load_questions, relevant  # noqa: E402

FEATURES = ["dense", "lexical", "coverage", "numbers_found", "names_found", "type_ok", "unknown"]
GRID = {"lexical_weight": [0.2, 0.4, 0.6, 0.8, 1.0, 1.25, 1.5, 2.0], "voice_boost": [0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4],
        "document_boost": [0.0, 0.03, 0.06, 0.1], "recommendation_boost": [0.0, 0.01, 0.02, 0.04, 0.06]}


class CachedEmbedder:
    """The bot's query embedder, remembering each question's vector (the grid asks the same questions often)."""

    def __init__(self, inner):
        self.inner, self.cache = inner, {}
        self.name, self.dim = getattr(inner, "name", ""), getattr(inner, "dim", 384)

    def embed(self, texts, **kw):
        missing = [t for t in texts if t not in self.cache]
        if missing:
            for t, v in zip(missing, self.inner.embed(missing)):
                self.cache[t] = v
        return np.stack([self.cache[t] for t in texts])


def mrr(bot, questions) -> float:
    total = 0.0
    for q in questions:
        rel = relevant(q, bot.paragraphs)
        hits = bot.retriever.search(q["question"], k=10)
        total += next((1 / (i + 1) for i, h in enumerate(hits) if key(h.paragraph.symbol, h.paragraph.paragraph) in rel), 0.0)
    return total / len(questions)


def fit_ranking(bot, dev) -> dict:
    answerable = [q for q in dev if q["gold"]]
    r = bot.retriever
    best = {name: getattr(r, name) for name in GRID}
    score = mrr(bot, answerable)
    for _ in range(2):
        for name, values in GRID.items():
            for v in values:
                setattr(r, name, v)
                s = mrr(bot, answerable)
                if s > score + 1e-9:
                    score, best[name] = s, v
            setattr(r, name, best[name])
    print(f"ranking: {best}  dev MRR@10 {score:.3f}")
    return best


def feature_rows(bot, questions):
    X, y = [], []
    for q in questions:
        hits = bot.retriever.search(q["question"], k=10)
        f = bot.composer.features(q["question"], hits)
        X.append([f[n] for n in FEATURES])
        y.append(int(bool(q["gold"])))
    return np.array(X), np.array(y)


def calibration(p, y, bins=5) -> list[dict]:
    edges = np.linspace(0, 1, bins + 1)
    out = []
    for lo, hi in zip(edges, edges[1:]):
        m = (p >= lo) & (p < hi if hi < 1 else p <= hi)
        if m.any():
            out.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": int(m.sum()), "predicted": round(float(p[m].mean()), 3), "observed": round(float(y[m].mean()), 3)})
    return out


def fit_answerability(bot, dev, test) -> dict:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    X, y = feature_rows(bot, dev)
    scaler = StandardScaler().fit(X)
    lr = LogisticRegression(C=1.0, max_iter=1000).fit(scaler.transform(X), y)
    w = lr.coef_[0] / scaler.scale_  # back to raw feature units, so the package needs no scikit-learn
    b = float(lr.intercept_[0] - np.sum(lr.coef_[0] * scaler.mean_ / scaler.scale_))
    model = {"bias": round(b, 4), "weights": {n: round(float(v), 4) for n, v in zip(FEATURES, w)}}
    p = 1 / (1 + np.exp(-(X @ w + b)))
    pos = np.sort(p[y == 1])
    threshold = float(pos[int(0.05 * len(pos))]) if len(pos) else 0.5  # wrong abstain <= 5% on dev
    model["threshold"] = round(threshold - 1e-4, 4)
    Xt, yt = feature_rows(bot, test)
    pt = 1 / (1 + np.exp(-(Xt @ w + b)))
    for name, pp, yy in (("dev", p, y), ("test", pt, yt)):
        ab = pp < model["threshold"]
        print(f"{name}: abstain on no-answer {ab[yy == 0].mean():.3f} ({(yy == 0).sum()}), wrong abstain {ab[yy == 1].mean():.3f} ({(yy == 1).sum()})")
    model["calibration"] = {"dev": calibration(p, y), "test": calibration(pt, yt)}
    print("weights:", model["weights"], "bias", model["bias"], "threshold", model["threshold"])
    print("calibration:", json.dumps(model["calibration"]))
    return model


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    bot = Assistant.load(progress=False, llm=None)
    bot.retriever.embedder = CachedEmbedder(bot.retriever.embedder)
    dev, test = load_questions(split="dev"), load_questions(split="test")
    ranking = fit_ranking(bot, dev)
    test_ans = [q for q in test if q["gold"]]
    print(f"test MRR@10 {mrr(bot, test_ans):.3f} (not used to choose)")
    model = fit_answerability(bot, dev, test)
    settings = json.loads(SETTINGS.read_text(encoding="utf-8"))
    settings.update(ranking)
    settings["answerability"] = {k: v for k, v in model.items() if k != "calibration"}
    if not args.dry_run:
        SETTINGS.write_text(json.dumps(settings, indent=1) + "\n", encoding="utf-8")
        (ROOT / "evals" / "report").mkdir(exist_ok=True)
        (ROOT / "evals" / "report" / "calibration.json").write_text(json.dumps(model["calibration"], indent=1) + "\n", encoding="utf-8")
        print(f"wrote {SETTINGS}")


if __name__ == "__main__":
    main()
