"""Real UN documents (tests/fixtures/real), loaded as a user loads a corpus folder, against their sidecars."""
from __future__ import annotations

import difflib
import json
import re
import shutil
from pathlib import Path

import pytest

from assistant.ingest.formats import detect, read_file
from assistant.ingest.load import load_corpus
from assistant.ingest.split import split

FIXTURES = Path(__file__).parent / "fixtures" / "real"
SIDECARS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.json"))}
pytestmark = pytest.mark.skipif(not SIDECARS, reason="no real fixtures")

FURNITURE = [
    (r"GE\.\d\d-", "GE job number"),
    (r"\bDistr\.", "Distr. block"),
    (r"(?:^|\n)\s*\d{1,3}\s*(?:\n|$)", "lone page number"),
    (r"(?:^|\n)\s*(?:[A-Z]{1,6}/)+[A-Z0-9./\-]*\d[A-Z0-9./\-]*\s*(?:\n|$)", "symbol line"),
    (r"\bpage \d+ of \d+\b|You are on page", "page x of y"),
]


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> dict:
    """slug -> (sidecar, detected metadata, Document, paragraphs), read as `load_corpus(folder)` reads a folder."""
    folder = tmp_path_factory.mktemp("real")
    for slug in SIDECARS:
        for f in FIXTURES.glob(f"{slug}.*"):
            if f.suffix != ".json":
                shutil.copy(f, folder / f.name)
    out = {}
    for doc in load_corpus(folder):
        slug = Path(doc.path).stem
        text, hints = read_file(Path(doc.path))
        out[slug] = (SIDECARS[slug], detect(text, hints, slug), doc, split(doc))
    return out


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')).strip().lower()


def _own(p) -> str:
    """A unit's own words: a subparagraph's text after its parents' lead-in and its '(b)'."""
    text = p.text
    if p.kind == "subparagraph":
        tok = p.paragraph.rsplit(" ", 1)[-1]
        text = text.split("\n" + tok + " ", 1)[-1] if tok[:1] == "(" else text.split("\n", 1)[-1]
        text = text[len(tok):] if text.startswith(tok) else text
    return text


def _by_key(exp: dict, ps: list) -> dict:
    """The sidecar's keys: labels for a numbered document, 1-based unit order for an unnumbered one."""
    if exp.get("numbered", True):
        return {p.paragraph: p for p in ps}
    return {str(i): p for i, p in enumerate([p for p in ps if p.kind != "subparagraph"], 1)}


def label_score(exp: dict, ps: list) -> tuple[int, int]:
    """(right, out of): labels found in order, out of the more of expected and produced."""
    want, got = exp["labels"], [p.paragraph for p in ps]
    if not exp.get("numbered", True) and not want:
        return 0, 0
    right = sum(b.size for b in difflib.SequenceMatcher(None, want, got, autojunk=False).get_matching_blocks())
    return right, max(len(want), len(got))


def test_labels_overall(loaded):
    scores = {slug: label_score(exp, ps) for slug, (exp, _, _, ps) in loaded.items()}
    right, total = sum(r for r, _ in scores.values()), sum(t for _, t in scores.values())
    misses = {slug: f"{r}/{t}: want {loaded[slug][0]['labels']} got {[p.paragraph for p in loaded[slug][3]]}"
              for slug, (r, t) in scores.items() if r < t}
    print(f"\nlabels right: {right}/{total} = {right / max(total, 1):.3f}")
    assert right / max(total, 1) >= 0.95, "\n".join(f"{k}: {v}" for k, v in misses.items())


@pytest.mark.parametrize("slug", sorted(SIDECARS))
def test_own_symbol(loaded, slug):
    exp, meta, doc, _ = loaded[slug]
    if exp.get("symbol"):  # as printed, but 'CRC/C/OPSC/QAT/Q/ 1' is cited as 'CRC/C/OPSC/QAT/Q/1'
        want = re.sub(r"\s+", "", exp["symbol"])
        assert (meta["symbol"], doc.cite_as) == (want, want)


@pytest.mark.parametrize("slug", sorted(SIDECARS))
def test_kind_author_and_body(loaded, slug):
    exp, meta, _, _ = loaded[slug]
    assert (meta["kind"], meta["author_kind"], meta["body"]) == (exp["kind"], exp["author_kind"], exp["body"])


@pytest.mark.parametrize("slug", sorted(SIDECARS))
def test_no_page_furniture_in_any_paragraph(loaded, slug):
    exp, _, _, ps = loaded[slug]
    bad = [(p.paragraph, what, m.group(0)) for p in ps for rx, what in FURNITURE if (m := re.search(rx, p.text))]
    if exp.get("symbol"):
        bad += [(p.paragraph, "running-header symbol", exp["symbol"]) for p in ps
                if re.search(rf"(?:^|\n|\.\s)\s*{re.escape(exp['symbol'])}\s*(?:\n|$|[A-Z][a-z])", p.text)]
    assert bad == []


@pytest.mark.parametrize("slug", sorted(SIDECARS))
def test_starts_and_headings(loaded, slug):
    exp, meta, _, ps = loaded[slug]
    units = _by_key(exp, ps)
    wrong = []
    for key, words in (exp.get("starts") or {}).items():
        p = units.get(key)
        if p is None or not _norm(_own(p)).startswith(_norm(words)):
            wrong.append(("start", key, words, _own(p)[:80] if p else None))
    for key, head in (exp.get("headings") or {}).items():
        p = units.get(key)
        heads = [_norm(re.sub(r"^(?:[A-Z]|[IVX]+|\d+)[.)]\s*", "", h)) for h in (p.headings if p else ())]
        heads = heads or [_norm(meta["title"])]  # a paragraph under no section heading: the document's title is over it
        if not any(h and (_norm(head) in h or h in _norm(head)) for h in heads):  # the nearest heading or one above it
            wrong.append(("heading", key, head, p.headings if p else None))
    assert wrong == []
