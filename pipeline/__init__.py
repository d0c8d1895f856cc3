"""The pipeline spine: config, runner, sources, sinks, sharding, reports and the CLI."""
