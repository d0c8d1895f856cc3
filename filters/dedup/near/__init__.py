"""Near-duplicate removal (stage ``near_dedup``): MinHash + banded LSH, connected components, one
kept record per cluster, optionally against a cross-run index.

It is a ``GlobalStage`` in four steps, each a datatrove ``PipelineStep``:

1. ``NearDedupSignatures`` (end of the previous segment, one task per rank): vectorised
   signatures of every record that passes through, written to the work folder;
2. ``NearDedupEdges`` (bands split over the tasks): records (and index records) with an equal band hash
   become candidate pairs, each verified on the two full signatures (estimated Jaccard >=
   ``threshold``), read by random access (``rows``);
3. ``NearDedupClusters`` (one task): connected components of the verified edges by label
   propagation over node-range partitions (``components``), the kept record of every cluster by
   root ranges (``keep``), then one removal list per rank and ``clusters.json``;
4. ``NearDedupFilter`` (start of the next segment): rejects the listed records as
   ``near_duplicate`` and adds the rank's kept records to the index.

Work folder layout (names are deterministic, files are published by rename, so a re-run task
overwrites its own output and never leaves a half-written file under a final name)::

    signatures/{rank}.records           per record: _order, length, quality_score, shingles (RECORD)
    signatures/{rank}.ids               record ids, UTF-8, one after the other
    signatures/{rank}.id-ends           int64 per record: where its id ends in the ids file
    signatures/{rank}.minhash           uint32 [records x num_perm], little-endian
    signatures/band-{b}/{rank}.u64      uint64 band hash per record (0: no signature)
    signatures/{rank}.json              manifest: record count, settings, digest; written last
    edges/{unit}.i64 + .json            int64 [edges x 2] verified node pairs and the unit's marker
    components/                         the clustering's scratch files (components.py, keep.py)
    removals/{rank}.json                columns _order, duplicate_of, similarity, detail
    removals/manifest.json              written last
    clusters.json                       cluster count and size distribution

These are raw numpy and JSON files, not Parquet: reading Parquet makes pyarrow import pandas,
which costs more than the whole stage on a small run. Nodes are numbered run records first
(rank by rank, in stream order), then index records (part by part). Every step checks that the
files it reads come from one complete, consistent run of the step before (all ranks present,
counts as in the manifests, same settings) and raises
``RuntimeError`` naming what to rerun otherwise.

Modules: ``params`` (the settings), ``layout`` (the work folder), one module per step
(``signatures``, ``edges`` with its work split in ``units``, ``clusters``, ``filter``) and ``stage``
(the config entry).
"""

from corpusmill.filters.dedup.near.clusters import NearDedupClusters
from corpusmill.filters.dedup.near.edges import NearDedupEdges
from corpusmill.filters.dedup.near.filter import NearDedupFilter
from corpusmill.filters.dedup.near.params import NearDedupParams
from corpusmill.filters.dedup.near.signatures import NearDedupSignatures
from corpusmill.filters.dedup.near.stage import NearDedup

__all__ = [
    "NearDedup",
    "NearDedupClusters",
    "NearDedupEdges",
    "NearDedupFilter",
    "NearDedupParams",
    "NearDedupSignatures",
]
