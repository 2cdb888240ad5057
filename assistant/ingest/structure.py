"""Which paragraph of concluding observations recommends, and which concerns before it that recommendation
answers. Pure.

Under one heading the Committee states its concerns, then recommends:

>>> ps = [Paragraph("d", "CO", "23", "The Committee is concerned about the list of prohibited jobs.", headings=("Women",)),
...       Paragraph("d", "CO", "24", "The Committee recommends that the State party review the list.", headings=("Women",)),
...       Paragraph("d", "CO", "25", "The Committee notes the new law.", headings=("Unions",))]
>>> [(c.paragraph, r.paragraph) for c, r in concerns_answered(ps)]
[('23', '24')]
"""
from __future__ import annotations

import re

from ..records import Paragraph

_RECOMMENDS = re.compile(r"\bthe Committee (?:also )?(?:recommends|urges|encourages|requests|calls upon|calls on|reiterates its recommendation)\b"
                         r"|\bthe State party is requested\b", re.I)


def is_recommendation(p: Paragraph) -> bool:
    """A paragraph (not a subparagraph) whose first sentence or first 300 characters recommend, urge, request ...

    >>> is_recommendation(Paragraph("d", "CO", "12", "The Committee recommends that the State party adopt a law."))
    True
    >>> is_recommendation(Paragraph("d", "CO", "11", "The Committee is concerned that no law exists."))
    False
    """
    if p.parent is not None:
        return False
    head = p.text.partition(".")[0] + "." + p.text[:300]
    low = head.lower()  # every match names the Committee or says 'requested': most paragraphs skip the expression
    return ("committee" in low or "requested" in low) and bool(_RECOMMENDS.search(head))


def concerns_answered(paragraphs: list[Paragraph]) -> list[tuple[Paragraph, Paragraph]]:
    """(concern, recommendation): under one heading of one document, each recommendation and every paragraph before
    it since the heading or the last recommendation. Subparagraphs belong to their paragraph and pair with nothing.

    >>> from assistant.records import Paragraph
    >>> a = Paragraph("a", "A/1", "1", "The Committee is concerned at X.")
    >>> b, c = Paragraph("b", "B/1", "1", "The Committee recommends Y."), Paragraph("a", "A/1", "2", "The Committee recommends Z.")
    >>> [(x.symbol, y.symbol) for x, y in concerns_answered([a, b])], [(x.paragraph, y.paragraph) for x, y in concerns_answered([a, c])]
    ([], [('1', '2')])
    """
    pairs, group, concerns = [], None, []
    for p in paragraphs:
        if p.parent is not None:
            continue
        if (p.doc_id, p.headings) != group:  # another document's paragraphs, even under the same words, answer none
            group, concerns = (p.doc_id, p.headings), []
        if is_recommendation(p):
            pairs += [(c, p) for c in concerns]
            concerns = []
        else:
            concerns.append(p)
    return pairs
