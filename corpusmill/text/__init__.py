"""Text helpers shared by stages and the pipeline: CJK ranges, scripts, language labels, tokenizers, fastText."""
