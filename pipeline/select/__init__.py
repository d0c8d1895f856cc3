"""``corpusmill select``: decide again over a tagged run without measuring anything.

A run made with ``profile: tag`` (or ``run --tag``) keeps every record with what each deciding
stage measured (``filters.tagging``). ``select`` reads those columns from ``OUT/data`` and applies
another config's thresholds, language lists, dedup policy, budget and mixture:

- ``plan``: the select config's stages against the tagged run's (what may change, which columns);
- ``decide``: one polars pass over the small columns gives every record its fate;
- ``output``: a streaming pass over the shards writes the kept records and the rejects, then the
  ordinary ``Finalize`` and ``Accounting`` steps make a normal run folder of it;
- ``whatif``: the same decisions at a few thresholds, counted, nothing written.
- ``run``: plan, decide and write the new run folder (``corpusmill/cli/select.py`` is the command).
"""
