"""corpusmill: turn raw web text and instruction data into clean, token-budgeted LLM training data."""

__version__ = "0.1.0"
