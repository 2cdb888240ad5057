"""The worked examples in the modules' docstrings are true."""
import doctest

import pytest

from assistant import answer, counts, embed, evaluate, evidence, kinds, lexical, postings, query, records, retrieve, split


@pytest.mark.parametrize("module", [split, answer, retrieve, embed, records, lexical, postings, query, evidence, kinds, counts, evaluate])
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
