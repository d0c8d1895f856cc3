"""The local executor, without a server process for runs of one worker.

datatrove's ``LocalPipelineExecutor.run`` starts a ``multiprocess.Manager`` (a server process) in
every run, only to hand out worker slots through a queue, even when one worker runs the tasks one
after the other in this process. A run chains several executor runs (segments, reduces, finalize,
accounting), so a one-record run started and stopped five of them: ~0.1 s of wall time each on a
loaded machine. With one worker this class runs the tasks itself, as datatrove would, minus the
Manager; with more it is datatrove's pool.
"""

from __future__ import annotations

from copy import deepcopy

from datatrove.executor.local import LocalPipelineExecutor
from datatrove.utils.stats import PipelineStats


class LocalExecutor(LocalPipelineExecutor):
    def run(self) -> PipelineStats | None:
        if self.workers != 1 or self.depends:
            return super().run()
        self._launched = True
        ranks = range(self.local_rank_offset, self.local_rank_offset + self.local_tasks)
        if all(map(self.is_rank_completed, ranks)):
            return None
        self.save_executor_as_json()
        pipeline, results = self.pipeline, []
        for rank in self.get_incomplete_ranks(ranks):
            self.pipeline = deepcopy(pipeline)  # each task starts from the configured steps
            results.append(self._run_for_rank(rank, 0))
        stats = sum(results, start=PipelineStats())
        with self.logging_dir.open("stats.json", "wt") as handle:
            stats.save_to_disk(handle)
        return stats
