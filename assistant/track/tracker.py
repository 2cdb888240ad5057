"""Recommendation tracker: a Committee recommendation, the concern behind it, the State's replies, NGO paragraphs.

Replies come from the documents' own cross-references (links.py); NGO paragraphs are found by retrieval
and marked so, since NGO submissions do not cite paragraph numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .links import Link, find_links, is_recommendation
from ..records import Citation, Paragraph

NGO_MIN_SIMILARITY = 0.45  # cosine between a recommendation and an NGO paragraph to count it as on the subject


@dataclass(frozen=True)
class Track:
    recommendation: Citation
    concerns: tuple[Citation, ...] = ()
    replies: tuple[Citation, ...] = ()  # State paragraphs that say they answer it, oldest document first
    ngo: tuple[Citation, ...] = ()  # found by retrieval, not by a stated link
    earlier: tuple[Link, ...] = ()  # its references to documents outside the corpus (unresolved)
    follow_up_requested: bool = False
    topic: str = ""

    def to_dict(self) -> dict:
        c = lambda xs: [x.to_dict() for x in xs]
        return {"topic": self.topic, "recommendation": self.recommendation.to_dict(), "concerns": c(self.concerns),
                "replies": c(self.replies), "ngo_found_by_retrieval": c(self.ngo), "follow_up_requested": self.follow_up_requested,
                "earlier": [f"{l.target_symbol}, para. {l.target}" for l in self.earlier]}


@dataclass
class Tracker:
    """Built once per Assistant from its paragraphs; `cite` turns a paragraph into a Citation."""

    paragraphs: list[Paragraph]
    documents: list[dict]
    cite: object  # (Paragraph, score, quote) -> Citation
    links: list[Link] = field(default_factory=list)

    def __post_init__(self):
        self.links = find_links(self.paragraphs, self.documents)
        self.by_key = {p.key: p for p in self.paragraphs}
        self.dates = {d["cite_as"]: d.get("date", "") for d in self.documents}
        self.answering: dict[tuple[str, str], set] = {}  # (committee symbol, paragraph) -> State paragraphs citing it
        self.paired: dict[tuple[str, str], str] = {}  # (symbol, concern paragraph) -> the recommendation it leads to
        self.from_paragraph: dict[tuple[str, str], list[Link]] = {}  # (symbol, paragraph) -> its links, in order
        self.follow_up = {(l.target_symbol, l.target.split(" (")[0]) for l in self.links if l.how == "follow-up request"}
        for l in self.links:
            self.from_paragraph.setdefault((l.source_symbol, l.source), []).append(l)
            if l.how in ("heading", "inline"):
                self.answering.setdefault((l.target_symbol, l.target), set()).add((l.source_symbol, l.source))
            elif l.how == "pair":
                self.paired.setdefault((l.target_symbol, l.target), l.source)
        self.children: dict[tuple[str, str], list[str]] = {}  # (symbol, paragraph) -> its subparagraphs' labels
        for p in self.paragraphs:
            if p.parent:
                self.children.setdefault((p.symbol, p.parent), []).append(p.paragraph)

    def recommendation_of(self, symbol: str, paragraph: str) -> Paragraph | None:
        """The recommendation paragraph itself, or the one a concern paragraph (or subparagraph) leads to."""
        p = self.by_key.get((symbol, paragraph))
        if p is None:
            return None
        if p.parent:
            return p if is_recommendation(self.by_key[(symbol, p.parent)]) else self.recommendation_of(symbol, p.parent)
        if is_recommendation(p):
            return p
        source = self.paired.get((symbol, paragraph))
        return self.by_key.get((symbol, source)) if source else None

    def replies_to(self, rec: Paragraph) -> list[Paragraph]:
        """State paragraphs linked to the recommendation, its subparagraphs, or (for a subparagraph) its paragraph."""
        base = rec.parent or rec.paragraph
        wanted = {rec.paragraph, base} if rec.parent else {base} | set(self.children.get((rec.symbol, base), []))
        keys = set().union(*(self.answering.get((rec.symbol, label), set()) for label in wanted))
        return sorted((self.by_key[k] for k in keys), key=lambda p: (self.dates.get(p.symbol, ""), p.order))

    def track(self, symbol: str, paragraph: str, ngo_search=None) -> Track | None:
        rec = self.recommendation_of(symbol, paragraph)
        if rec is None:
            return None
        base = rec.parent or rec.paragraph
        concerns = [self.by_key[(l.target_symbol, l.target)] for l in self.from_paragraph.get((rec.symbol, base), [])
                    if l.how == "pair"]
        follow = (rec.symbol, base) in self.follow_up
        earlier = tuple(l for p in [rec, *concerns] for l in self.from_paragraph.get((p.symbol, p.paragraph), [])
                        if not l.resolved)
        ngo = [h for h in (ngo_search(rec) if ngo_search else []) if h.dense >= NGO_MIN_SIMILARITY]
        topic = re.sub(r"^[A-Z]\.\s+", "", rec.headings[-1]) if rec.headings else ""
        return Track(self.cite(rec), tuple(self.cite(c) for c in concerns), tuple(self.cite(r) for r in self.replies_to(rec)),
                     tuple(self.cite(h.paragraph, h.score) for h in ngo), earlier, follow, topic)

    def recommendations(self, symbol: str) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.symbol == symbol and p.parent is None and is_recommendation(p)]


def compact(citations: tuple[Citation, ...] | list[Citation]) -> str:
    """'KAZ-FU-2021 paras. 2-40; E/C.12/KAZ/3 paras. 134-159, 161' (runs of consecutive numbers joined)."""
    by_doc: dict[str, list[str]] = {}
    for c in citations:
        by_doc.setdefault(c.symbol, []).append(c.paragraph)
    parts = []
    for sym, labels in by_doc.items():
        nums = sorted({int(l) for l in labels if l.isdigit()})
        runs, start = [], None
        for i, n in enumerate(nums):
            if start is None:
                start = n
            if i + 1 == len(nums) or nums[i + 1] != n + 1:
                runs.append(f"{start}\u2013{n}" if n > start else str(n))
                start = None
        others = [l for l in labels if not l.isdigit()]
        parts.append(f"{sym} para{'s' if len(labels) > 1 else ''}. " + ", ".join(runs + others))
    return "; ".join(parts)
