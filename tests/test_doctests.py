"""The worked examples in the modules' docstrings are true."""
import doctest

import pytest

from assistant import records
from assistant.answer import checks, compose, counts, evidence, kinds
from assistant.evaluation import run
from assistant.ingest import meta, places, sentences, split, structure, words
from assistant.search import embed, lexical, postings, query, retrieve, typed


@pytest.mark.parametrize("module", [split, meta, places, compose, retrieve, embed, records, lexical, postings, query, typed, evidence, kinds, counts, checks, run, structure, words, sentences])
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
