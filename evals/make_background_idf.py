"""Write assistant/search/background_idf.json.gz: term weights for lexical scores, from the bundled corpus's paragraphs.

The table is fixed data shipped with the package, so a paragraph's lexical score for a question is the same
whatever else a user's corpus holds (assistant/search/lexical.py). Run after changing the tokenizer or the splitter:
    .venv/bin/python evals/make_background_idf.py
"""
import gzip
import json

from assistant.search.index import bm25_tokenize, lexical_text
from assistant.search.lexical import BACKGROUND, background_table
from assistant.ingest.load import load_corpus
from assistant.ingest.split import split

paragraphs = [p for d in load_corpus() for p in split(d)]
table = background_table(bm25_tokenize([lexical_text(p) for p in paragraphs]))
with gzip.open(BACKGROUND, "wt", encoding="utf-8") as f:
    json.dump(table, f, ensure_ascii=False, separators=(",", ":"))
print(f"{BACKGROUND}: {len(table['idf'])} terms from {table['n']} paragraphs, avgdl {table['avgdl']:.1f}")
