"""Where the sentences of a paragraph begin and end: the answer quotes them, and the index embeds each one (a
question may match one sentence of a long paragraph better than the whole). Pure text, no model.

>>> sentences("It rose. See art. 5 (b). Then:\\n(a) one;")
[(0, 8), (9, 24), (25, 30), (31, 39)]
"""
from __future__ import annotations

import re

ABBREVIATION = re.compile(r"(?:\b(?:No|Nos|art|arts|para|paras|chap|e\.g|i\.e|etc|Mr|Ms|Mrs|Messrs|Mmes|Mme|Dr|Prof|St|Hon|Amb|vol|p|pp|cf|Rev|Corr|Add|approx)|\b[A-Z])\.$")
_BOUNDARY = re.compile(r"(?<=[.!?;:])[\u201d\"')]?\s+(?=[\u201c\"(A-Z0-9])|\n|(?<=[a-z])\s+(?=\d{1,3}\.[A-Z][a-z])")  # '... come into
# force 1.The Act has ...': a paragraph's number glued to its first word, a line's end lost before it


_ITEM = re.compile(r"\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})\)(?:\s|(?=[A-Z]))")  # '... State party: (a) Adopt ...': a list's items, each quoted alone
_NAME_CUT = re.compile(r"\b(?:the|of|and|for|on|against)\s+(?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]*$")  # a line ending inside a name
CUT_WORDS = r"of|the|and|to|in|on|for|from|at|by|with|a|an|its|their"  # no sentence ends on them: a line ending so is cut
_WRAPPED = re.compile(rf"(?:[\d,]|\b(?:{CUT_WORDS}))$")  # no line ends a sentence so


def sentences(text: str) -> list[tuple[int, int]]:
    r"""Spans of the sentences (and list items) of a text, so quotes stay exact substrings. A line break ends one
    unless the line cannot end there (it ends in a figure, a comma or 'the') or the next begins in lower case.

    >>> t = "It met from 5 to 16\nNovember 2018 and adopted the\nreport.\nIt closed."
    >>> [t[a:b] for a, b in sentences(t)]
    ['It met from 5 to 16\nNovember 2018 and adopted the\nreport.', 'It closed.']
    >>> t = "Measures taken:\nState guarantees of equal rights\nSocial infrastructure in the regions"
    >>> [t[a:b] for a, b in sentences(t)]
    ['Measures taken:', 'State guarantees of equal rights', 'Social infrastructure in the regions']
    >>> t = "(b) A compilation prepared by the Office of the United Nations High\nCommissioner for Human Rights (OHCHR);\n(c) A summary."
    >>> [t[a:b] for a, b in sentences(t)]
    ['(b) A compilation prepared by the Office of the United Nations High\nCommissioner for Human Rights (OHCHR);', '(c) A summary.']
    >>> t = "It ratified the World Health Organization Framework Convention on Tobacco\nControl, and the Convention."
    >>> len(sentences(t))
    1
    >>> t = "It ratified the following instruments: (a)The Covenant, in 2000; (b)The Protocol, in 2001."
    >>> [t[a:b] for a, b in sentences(t)]
    ['It ratified the following instruments:', '(a)The Covenant, in 2000;', '(b)The Protocol, in 2001.']
    >>> t = "Please indicate whether it is in force 1.The Act has been replaced. It was headed by the Hon. Ms. Bradshaw."
    >>> [t[a:b] for a, b in sentences(t)]
    ['Please indicate whether it is in force', '1.The Act has been replaced.', 'It was headed by the Hon. Ms. Bradshaw.']
    >>> t = "It adopted two general comments: No. 3, on women, and No. 4, on education. It recommends: (a) Adopt a law; (b) Fund it."
    >>> [t[a:b] for a, b in sentences(t)]
    ['It adopted two general comments: No. 3, on women, and No. 4, on education.', 'It recommends:', '(a) Adopt a law;', '(b) Fund it.']
    """
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        head = text[start:m.start()].rstrip()
        if m.group(0) != "\n" and ABBREVIATION.search(head):
            continue  # 'art. 5', 'No. 87': not the end of a sentence
        if m.group(0) != "\n" and head.endswith(":") and not _ITEM.match(text, m.end()):
            continue  # 'two general comments: No. 3, on ...', 'victims of violence: 17 in the public sector': one sentence
        after = text[m.end():m.end() + 1]
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if m.group(0) == "\n" and (after.islower() or after.isdigit() or _WRAPPED.search(text[max(0, m.start() - 12):m.start()])
                                    or len(line) >= 40 and _NAME_CUT.search(line) and after.isupper()):
            continue  # a PDF's hard-wrapped line: 'held from 5 to 16\nNovember 2018', 'the Committee\nconsidered', a name cut
            # in two: 'prepared by the Office of the United Nations High\nCommissioner for Human Rights'
        if head:
            spans.append((start, start + len(head)))
        start = m.end()
    tail = text[start:].rstrip()
    if tail:
        spans.append((start, start + len(tail)))
    return spans
