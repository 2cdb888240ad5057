"""Cross-references the documents make themselves -> links between paragraphs. Pure: paragraphs in, links out.

State reports answer the Committee under headings like "Recommendation regarding civil society (para. 9)"
and in sentences ending "(recommendation, para. 47)"; follow-up reports under "Follow-up information
relating to paragraph 11 (a) and (b) of the concluding observations"; concluding observations pair a
concern with its recommendation under one heading and cite earlier ones "(E/C.12/KAZ/CO/1, para. 22)".

>>> paragraph_refs("paragraph 11 (a) and (b) of the concluding observations; paras. 17 and 47 (a)")
['11 (a)', '11 (b)', '17', '47 (a)']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..ingest.structure import concerns_answered, is_recommendation  # noqa: F401 (re-export)
from ..records import Paragraph

_REF = re.compile(r"\bpara(?:graph)?s?\.?\s+(\d{1,3})((?:\s*\([a-z]\)(?:\s*(?:,|and|to|-|\u2013)\s*\([a-z]\))*)?)"
                  r"((?:\s*(?:,|and)\s*\d{1,3}(?:\s*\([a-z]\))?)*)", re.I)
_SYMBOL = re.compile(r"\b(E/C\.12/[A-Z]{3}/CO/\d+)\b")
_INLINE = re.compile(r"\(((?:recommendation[^()]*|concluding observations[^()]*|E/C\.12/[A-Z]{3}/CO/\d+)),\s*(paras?\.\s*[^()]*(?:\([a-z]\)[^()]*)*)\)")


@dataclass(frozen=True)
class Link:
    """`source` paragraph refers to `target` paragraph of `target_symbol` (resolved: that paragraph is in the corpus)."""

    source_symbol: str
    source: str
    target_symbol: str
    target: str
    how: str  # "heading" | "inline" | "pair" | "follow-up request" | "earlier recommendation"
    resolved: bool


def paragraph_refs(text: str) -> list[str]:
    """Paragraph labels a text cites, subparagraphs spelt out."""
    out = []
    for m in _REF.finditer(text):
        num, letters, more = m.group(1), re.findall(r"\(([a-z])\)", m.group(2)), m.group(3)
        if re.search(r"\([a-z]\)\s*(?:to|-|\u2013)\s*\([a-z]\)", m.group(2)):  # '(a) to (c)'
            a, b = letters[0], letters[-1]
            letters = [chr(c) for c in range(ord(a), ord(b) + 1)]
        out += [f"{num} ({x})" for x in letters] or [num]
        for n2, l2 in re.findall(r"(\d{1,3})(?:\s*\(([a-z])\))?", more):
            out.append(f"{n2} ({l2})" if l2 else n2)
    return list(dict.fromkeys(out))


def find_links(paragraphs: list[Paragraph], documents: list[dict]) -> list[Link]:
    """Every link the documents state, resolved against the paragraphs present."""
    kinds = {d["cite_as"]: d["author_kind"] for d in documents}
    committee = sorted((d for d in documents if d["author_kind"] == "committee"), key=lambda d: d.get("date", ""))
    present = {(p.symbol, p.paragraph) for p in paragraphs}
    by_symbol = {d.get("symbol") or d["cite_as"]: d["cite_as"] for d in documents}
    links: list[Link] = []

    def add(p: Paragraph, symbol: str | None, label: str, how: str) -> None:
        target = by_symbol.get(symbol or "", symbol)
        if target is None:
            return
        resolved = (target, label) in present or (target, label.split(" (")[0]) in present
        links.append(Link(p.symbol, p.paragraph, target, label, how, resolved))

    heads: dict[str, tuple[str | None, list[str]]] = {}  # a heading's cited symbol and labels, read once per heading
    for p in paragraphs:
        answered = _answered_committee(p, committee, kinds)
        if kinds.get(p.symbol) != "committee" and p.headings:  # a State or NGO paragraph under a heading that cites
            head = p.headings[-1]
            if head not in heads:
                cites = re.search(r"\bparas?\.|\bparagraphs? \d", head) and re.search(r"recommendation|concluding observations|follow-up", head, re.I)
                heads[head] = (m.group(1) if (m := _SYMBOL.search(head)) else None, paragraph_refs(head)) if cites else (None, [])
            sym, labels = heads[head]
            for label in labels:
                add(p, sym or answered, label, "heading")
        inline = _INLINE.finditer(p.text) if "para" in p.text else ()  # each inline reference says 'para.'
        for m in inline:
            who, refs = m.group(1), m.group(2)
            sym = m.group(1) if _SYMBOL.fullmatch(who) else (p.symbol if kinds.get(p.symbol) == "committee" else answered)
            how = "earlier recommendation" if _SYMBOL.fullmatch(who) and who != p.symbol else "inline"
            for label in paragraph_refs(refs):
                add(p, sym, label, how)
        if kinds.get(p.symbol) == "committee" and "above" in p.text and re.search(r"follow-up", p.text, re.I):
            for label in paragraph_refs(p.text):
                add(p, p.symbol, label, "follow-up request")
    links += concern_pairs([p for p in paragraphs if kinds.get(p.symbol) == "committee"])
    return list(dict.fromkeys(links))


def _answered_committee(p: Paragraph, committee: list[dict], kinds: dict) -> str | None:
    """The concluding observations a State paragraph answers: the latest ones in the corpus (by date)."""
    if kinds.get(p.symbol) == "committee" or not committee:
        return None
    return committee[-1]["cite_as"]


def concern_pairs(paragraphs: list[Paragraph]) -> list[Link]:
    """Under one heading of concluding observations: each recommendation -> the concerns before it."""
    return [Link(r.symbol, r.paragraph, c.symbol, c.paragraph, "pair", True) for c, r in concerns_answered(paragraphs)]
