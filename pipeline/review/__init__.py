"""``corpusmill review OUT``: a local web page to read a run's rejects and kept records, judge them
with the keyboard, and see what the judgements say about each rule.

- ``queues``: what there is to read (rejects by stage and reason, kept records by source and
  language, near-duplicate pairs), each a seeded random sample so that a few dozen judgements per
  reason estimate its precision;
- ``labels``: judgements appended to ``OUT/review/labels.parquet`` (replaced atomically, so a
  crash never loses or corrupts one) and the figures drawn from them (precision with a Wilson
  interval per reason, kept-junk rate per source);
- ``app``: the Starlette application served by uvicorn, every request checked against a token;
- ``overrides``: what a later run does with the labels (``overrides: {labels: [...]}``).
"""
