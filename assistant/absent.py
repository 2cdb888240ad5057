"""Paragraphs a question names that its document does not have: said plainly, before anything related is offered."""
from __future__ import annotations

import re

from .records import Paragraph

_REF = re.compile(r"\bpara(?:graph)?s?\.?\s*(\d+)(?:\s*\(([a-z]{1,3})\))?", re.I)


def absent(question: str, paragraphs: list[Paragraph], documents: list[dict]) -> list[str]:
    """One sentence per paragraph the question names, in a document it names by symbol, that is not there.

    >>> ps = [Paragraph("co", "E/C.12/X/CO/1", n, "...") for n in ("1", "2", "2 (a)")]
    >>> absent("What does paragraph 999 (z) of E/C.12/X/CO/1 say?", ps, [{"cite_as": "E/C.12/X/CO/1"}])
    ['E/C.12/X/CO/1 has no paragraph 999 (z) (its paragraphs are numbered 1 to 2).']
    >>> absent("What does para. 2 (a) of E/C.12/X/CO/1 say?", ps, [{"cite_as": "E/C.12/X/CO/1"}])
    []
    """
    refs = [(m.group(1), (m.group(2) or "").lower()) for m in _REF.finditer(question)]
    if not refs:
        return []
    q = question.lower()
    docs = [d["cite_as"] for d in documents
            if d["cite_as"].lower() in q or (d.get("symbol") and d["symbol"].lower() in q)]
    if not refs or not docs:
        return []
    out = []
    for symbol in docs:
        labels = {p.paragraph for p in paragraphs if p.symbol == symbol}
        numbers = sorted(int(n) for n in labels if n.isdigit())
        span = f" (its paragraphs are numbered {numbers[0]} to {numbers[-1]})" if numbers else ""
        for num, letter in refs:
            label = f"{num} ({letter})" if letter else num
            if label not in labels:
                out.append(f"{symbol} has no paragraph {label}{span}.")
    return out
