"""Words a PDF extraction glued together ('1.TheCommitteeconsideredtheinitialreportofItaly(CRPD/C/ITA/1)atits283rd'),
split for what the index and the answer checks read. The paragraph's own text, which every quote is taken from,
stays as the document prints it. Split by `wordninja` (English unigram frequencies shipped in its package, offline),
loaded only when a text has such a run.
"""
from __future__ import annotations

import re

from ..errors import need

_GLUED = re.compile(r"[A-Za-z][A-Za-z0-9\u2019']{21,}")  # 22 letters or more without a space: no English word is that long


def unglued(text: str) -> str:
    """The text with each glued run of words split; unchanged (and nothing loaded) when it has none.

    >>> unglued("1.TheCommitteeconsideredtheinitialreportofItaly(CRPD/C/ITA/1)atits283rd meetings")
    '1.The Committee considered the initial report of Italy(CRPD/C/ITA/1)atits283rd meetings'
    >>> unglued("The Committee considered the report of Italy, deinstitutionalization and all.")
    'The Committee considered the report of Italy, deinstitutionalization and all.'
    """
    if not any(_glued(m.group(0)) for m in _GLUED.finditer(text)):
        return text
    wordninja = need("wordninja", "wordninja")
    return _GLUED.sub(lambda m: " ".join(wordninja.split(m.group(0))) if _glued(m.group(0)) else m.group(0), text)


def _glued(run: str) -> bool:
    """A run of words, not one long word: 'deinstitutionalization' (22 letters) is a word; a run with a capital, a
    digit or an apostrophe inside, or of 25 letters or more, is not."""
    return not (run.isalpha() and run[1:].islower() and len(run) < 25)
