"""Deduplication stages (exact and MinHash near-dup) with their MinHash and cross-run index code."""
