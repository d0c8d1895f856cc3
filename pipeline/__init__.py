"""corpusmill: the pipeline spine (config, runner, sources, sinks, sharding, reports, CLI)."""

__version__ = "0.1.0"
