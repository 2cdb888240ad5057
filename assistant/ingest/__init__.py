"""Ingest: files -> `Document`s -> `Paragraph`s with each document's own paragraph numbers."""
