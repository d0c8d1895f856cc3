"""From a run folder to what trainers read: Megatron-LM indexed datasets, plain JSONL, and the
record of every export in ``manifest.json`` that ``corpusmill verify`` checks."""
