"""Paragraphs a question names that its document does not have: said plainly, before anything related is offered."""
from __future__ import annotations

import re

_REF = re.compile(r"\bpara(?:graph)?s?\.?\s*(\d+)(?:\s*\(([a-z]{1,3})\))?", re.I)


def absent(question: str, documents: list[dict], has, labels_of, aliased: tuple[str, ...] | list[str] = ()) -> list[str]:
    """One sentence per document the question names for each paragraph it names that none of them has. A document
    is named by its symbol written in the question, or is in `aliased` (the caller passes the documents named by
    alias, 'the list of issues', when the question asks for a paragraph itself: in 'the follow-up on para. 11 (b)',
    the paragraph is the Committee's, not the follow-up's). `has(symbol, label)` says whether a document has a
    paragraph; `labels_of(symbol)` gives its labels (asked only when one is missing).

    >>> labels = {"E/C.12/X/CO/1": ["1", "2", "2 (a)"], "E/C.12/X/3": ["1"]}
    >>> docs, has, labels_of = [{"cite_as": s} for s in labels], (lambda s, l: l in labels[s]), labels.get
    >>> absent("What does paragraph 999 (z) of E/C.12/X/CO/1 say?", docs, has, labels_of)
    ['E/C.12/X/CO/1 has no paragraph 999 (z) (its paragraphs are numbered 1 to 2).']
    >>> absent("What does para. 2 (a) of E/C.12/X/CO/1 say?", docs, has, labels_of)
    []
    >>> absent("Show me para. 7 of the report", docs, has, labels_of, aliased=["E/C.12/X/3"])
    ['E/C.12/X/3 has no paragraph 7 (its paragraphs are numbered 1 to 1).']
    >>> absent("What did E/C.12/X/3 say on para. 2 of E/C.12/X/CO/1?", docs, has, labels_of)
    []
    """
    refs = [(m.group(1), (m.group(2) or "").lower()) for m in _REF.finditer(question)]
    if not refs:
        return []
    q = question.lower()
    named = list(dict.fromkeys([d["cite_as"] for d in documents
                                if d["cite_as"].lower() in q or (d.get("symbol") and d["symbol"].lower() in q)] + list(aliased)))
    out = []
    for num, letter in refs:
        label = f"{num} ({letter})" if letter else num
        if any(has(symbol, label) for symbol in named):
            continue
        for symbol in named:
            numbers = sorted(int(n) for n in labels_of(symbol) if n.isdigit())
            span = f" (its paragraphs are numbered {numbers[0]} to {numbers[-1]})" if numbers else ""
            out.append(f"{symbol} has no paragraph {label}{span}.")
    return out
