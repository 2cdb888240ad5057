"""Search: paragraphs -> vectors and lexical postings in an index; a question -> ranked hits."""
