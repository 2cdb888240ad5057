"""Track: cross-references between documents; what became of each recommendation."""
