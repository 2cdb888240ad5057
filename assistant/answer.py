"""Ranked hits -> Answer: verbatim sentences from the best paragraphs, each cited; or a plain abstention.

>>> sentences("It rose. See art. 5 (b). Then:\\n(a) one;")
[(0, 8), (9, 24), (25, 30), (31, 39)]
"""
from __future__ import annotations

import math
import re

from .records import Answer, Citation, Paragraph
from .retrieve import Hit, voices_named

NOT_FOUND = "Not found in these documents: none of the indexed paragraphs answers this question closely enough."
ABBREVIATION = re.compile(r"(?:\b(?:No|Nos|art|arts|para|paras|e\.g|i\.e|etc|Mr|Ms|Mrs|Dr|St|vol|p|pp|cf|Rev|Corr|Add|approx)|\b[A-Z])\.$")
_BOUNDARY = re.compile(r"(?<=[.!?;:])[\u201d\"')]?\s+(?=[\u201c\"(A-Z0-9])|\n")
_NUMERIC_Q = re.compile(r"^\s*(how (many|much|long|often)|what (share|percentage|proportion|number|amount|year|date)|when|in what year|which year)\b", re.I)


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences (and list items) of a text, so quotes stay exact substrings."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        head = text[start:m.start()].rstrip()
        if m.group(0) != "\n" and ABBREVIATION.search(head):
            continue  # 'art. 5', 'No. 87': not the end of a sentence
        if head:
            spans.append((start, start + len(head)))
        start = m.end()
    tail = text[start:].rstrip()
    if tail:
        spans.append((start, start + len(tail)))
    return spans


class Composer:
    """Picks the supporting sentence(s) of each cited paragraph and writes the answer text."""

    def __init__(self, tokenize, idf: dict[str, float], documents: list[dict],
                 abstain_below: float = 0.0, max_citations: int = 3, margin: float = 1.0,
                 min_similarity: float = 0.0):
        self.tokenize = tokenize  # list[str] -> list[list[str]], the lexical index's own analyzer
        self.idf = idf
        self.docs = {d["cite_as"]: d for d in documents}
        self.abstain_below = abstain_below
        self.max_citations = max_citations
        self.min_similarity = min_similarity  # below this cosine for every hit, the question is off-topic
        self.margin = margin  # cite a further paragraph only if it scores within this of the best

    def confidence(self, hits: list[Hit]) -> float:
        """How far the best paragraph stands out: its fused score (z-units over the whole corpus)."""
        return hits[0].score if hits else float("-inf")

    def off_corpus(self, question: str, hits: list[Hit]) -> bool:
        """Two or more of the question's words occur nowhere in the documents, and no paragraph stands out
        ('What was the score of the 2018 football World Cup final?')."""
        toks = self.tokenize([question])[0]
        unknown = {t for t in toks if t not in self.idf}
        return len(unknown) >= 2 and len(unknown) >= 0.25 * len(set(toks)) and hits[0].score < self.abstain_below + 1.5

    def coverage(self, question: str, p: Paragraph) -> float:
        q = set(self.tokenize([question])[0])
        if not q:
            return 0.0
        have = set(self.tokenize([" ".join(p.headings) + " " + p.text])[0])
        total = sum(self.idf.get(t, 1.0) for t in q)
        return sum(self.idf.get(t, 1.0) for t in q & have) / total

    def quote(self, question: str, p: Paragraph) -> str:
        """The sentence of the paragraph that best matches the question (with its list, if it opens one)."""
        spans = sentences(p.text)
        if p.kind == "subparagraph":  # the lead-in is context; the subparagraph itself is the answer
            spans = [s for s in spans if not p.text[s[0]:s[1]].rstrip().endswith(":")] or spans
        q, *sent_tokens = self.tokenize([question] + [p.text[a:b] for a, b in spans])  # one call: it is the slow part
        numeric = bool(_NUMERIC_Q.search(question))
        best, best_score = spans[0], -1.0
        for s, toks in zip(spans, sent_tokens):
            sent = p.text[s[0]:s[1]]
            toks = set(toks)
            score = sum(self.idf.get(t, 1.0) for t in set(q) & toks)
            if numeric and re.search(r"\d", sent):
                score += 1.5
            score -= 0.01 * (s[0] / max(len(p.text), 1))  # ties go to the earlier sentence
            if score > best_score:
                best, best_score = s, score
        start, end = best
        i = spans.index(best)
        if p.text[start:end].rstrip().endswith(":") and i + 1 < len(spans):  # include the list it opens
            end = spans[min(i + 3, len(spans) - 1)][1]
        return p.text[start:end]

    def compose(self, question: str, hits: list[Hit], seconds: float = 0.0, extra: list[Hit] | None = None) -> Answer:
        """The answer: the best paragraphs (within `margin` of the first), one per voice the question names,
        and `extra` hits a caller adds (the State's replies to a recommendation). Several voices -> grouped by voice."""
        if not hits or self.confidence(hits) < self.abstain_below or self.off_corpus(question, hits) \
                or max(h.dense for h in hits) < self.min_similarity:
            return Answer(question, NOT_FOUND, (), True, seconds)
        chosen = [h for h in hits[: self.max_citations] if hits[0].score - h.score <= self.margin]
        for kind in voices_named(question) if len(voices_named(question)) > 1 else []:  # one citation per voice asked for
            best = next((h for h in hits if self.docs.get(h.paragraph.symbol, {}).get("author_kind") == kind), None)
            if best and best not in chosen and best.score >= self.abstain_below:
                chosen.append(best)
        chosen += [h for h in extra or [] if h.paragraph not in [c.paragraph for c in chosen]]
        citations = [self._citation(question, h) for h in chosen]
        return Answer(question, by_voice(citations), tuple(citations), False, seconds)

    def _citation(self, question: str, h: Hit) -> Citation:
        p, doc = h.paragraph, self.docs.get(h.paragraph.symbol, {})
        return Citation(p.symbol, p.paragraph, p.text, self.quote(question, p), round(h.score, 4), doc.get("author_kind", "unknown"),
                        p.headings, doc.get("title", ""), doc.get("date", ""), p.doc_id)


VOICE_ORDER = ("committee", "state", "ngo", "unknown")


def _year(c: Citation) -> str:
    return c.date[:4] if c.date[:4].isdigit() else "undated"


def by_voice(citations: list[Citation]) -> str:
    """One line per citation, 'The Committee (2019, E/C.12/KAZ/CO/2, para. 24): “...” [1]'; when several voices
    speak, grouped under 'The Committee (2019)', 'The State (2021, 2024)', 'NGOs (2018)' - never merged."""
    kinds = [k for k in VOICE_ORDER if any(c.author_kind == k for c in citations)]
    if len(kinds) < 2:
        return "\n".join(f"{_voice(c.author_kind)} ({_year(c)}, {c.label}): \u201c{c.quote}\u201d [{n}]"
                         for n, c in enumerate(citations, 1))
    lines = []
    for kind in kinds:
        group = [(n, c) for n, c in enumerate(citations, 1) if c.author_kind == kind]
        years = ", ".join(sorted({_year(c) for _, c in group}))
        lines.append(f"{_group(kind)} ({years}):")
        lines += [f"- \u201c{c.quote}\u201d [{n}] ({c.label})" for n, c in group]
    return "\n".join(lines)


def _group(kind: str) -> str:
    return {"committee": "The Committee", "state": "The State", "ngo": "NGOs"}.get(kind, "Other documents")


def _voice(kind: str) -> str:
    return {"committee": "The Committee", "state": "The State", "ngo": "An NGO"}.get(kind, "A document")


def idf_from_bm25(bm25) -> dict[str, float]:
    """Inverse document frequency of every term of a bm25s index (from its sparse score matrix)."""
    indptr = bm25.scores["indptr"]
    n = bm25.scores.get("num_docs") or max(int(indptr[-1]), 1)
    df = indptr[1:] - indptr[:-1]
    inv = {i: t for t, i in bm25.vocab_dict.items()}
    return {inv[i]: math.log(1 + (n - d + 0.5) / (d + 0.5)) for i, d in enumerate(df) if i in inv}
