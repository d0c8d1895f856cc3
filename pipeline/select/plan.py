"""Which decisions a select config makes over a tagged run, checked before any work.

Every problem is one line (``SelectError``, exit 2): a stage the run did not have, a signal it
did not tag, a parameter the tagged values were measured with (changing it would mean measuring
again), or a stage that ran in reject mode with other parameters.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from corpusmill.filters.tagging import TAG, Decision
from corpusmill.pipeline.config import RunConfig, StageSpec


class SelectError(ValueError):
    """A select that cannot run as asked; the message is one line for the user."""


@dataclass
class StagePlan:
    """One deciding stage of the select config: its id in OUT2 and its decisions."""

    stage_id: str
    name: str
    decisions: list[Decision]
    relabels: dict[str, Any]
    """Columns written again on kept records (``Describes.relabels``)."""


@dataclass
class TaggedRun:
    """What select reads of a tagged run folder."""

    out: Path
    shards: list[Path]
    columns: list[str]
    stages: list[dict[str, Any]]
    """The run's ``stages`` as its marker recorded them: name, params and mode."""
    manifest: dict[str, Any]


def read_tagged_run(out: Path) -> TaggedRun:
    """The run folder's manifest, shard list, columns and recorded stages, or one line why not."""
    try:
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        marker = json.loads((out / "logs" / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise SelectError(f"{out}: not a finished run folder ({err})") from None
    shards = [out / shard["path"] for shard in manifest.get("shards", [])]
    if not shards:
        raise SelectError(f"{out}: the run kept no records; there is nothing to select from")
    try:
        columns = pq.read_schema(shards[0]).names
    except (OSError, ValueError) as err:  # pyarrow's ArrowInvalid is a ValueError
        raise SelectError(f"{shards[0]}: unreadable ({err}); check the run with corpusmill verify") from None
    stages = marker.get("config", {}).get("stages", [])
    if not any(stage.get("mode") == TAG for stage in stages):
        raise SelectError(f"{out}: no stage was tagged in this run (run it with --tag or profile: tag)")
    return TaggedRun(out, shards, columns, stages, manifest)


def plan_stages(config: RunConfig, run: TaggedRun) -> list[StagePlan]:
    """The select config's deciding stages, in order, with their decisions; ``SelectError`` on
    the first thing select cannot do."""
    plans: list[StagePlan] = []
    for index, spec in enumerate(config.stages, start=1):
        if not spec.cls.decides:
            continue  # extraction, normalisation, PII: applied once, by the run
        key = f"stages[{index - 1}].{spec.name}"
        tagged = next((stage for stage in run.stages if stage.get("name") == spec.name), None)
        if tagged is None:
            raise SelectError(f"{key}: the run has no {spec.name} stage; select decides only what the run measured")
        params = spec.params.model_dump(mode="json")
        if tagged.get("mode") != TAG:
            if params != tagged.get("params"):
                raise SelectError(
                    f"{key}: ran in reject mode in the run, so its parameters cannot change (tag it: mode: tag)"
                )
            continue  # applied by the run already
        changed = _changed(spec, tagged.get("params", {}))
        if changed:
            was = _at(tagged.get("params", {}), changed)
            how = "without it (an older corpusmill)" if was is None else f"with {was!r}"
            raise SelectError(f"{key}.{changed}: the tagged values were measured {how}; changing it needs a new run")
        decisions = spec.cls.decisions(spec.params)
        if any(d.as_tagged for d in decisions) and params != tagged.get("params"):
            raise SelectError(f"{key}: tagged only its reason, so its parameters cannot change in select")
        for decision in decisions:
            for column in decision.columns:
                if column not in run.columns:
                    raise SelectError(f"{column}: not tagged in {run.out} ({key} needs it)")
        later = [s.name for s in config.stages[index:] if _tagged(run, s.name) and not s.cls.is_global]
        problem = spec.cls.select_problem(spec.params, tagged.get("params", {}), later)
        if problem:
            raise SelectError(f"{key}: {problem}")
        relabels = spec.cls.relabels(spec.params)
        plans.append(StagePlan(f"{index:02d}_{spec.name}", spec.name, decisions, relabels))
    _check_settled(config, run)
    return plans


def _check_settled(config: RunConfig, run: TaggedRun) -> None:
    """A tagged stage that ``settles`` cannot be left out while later tagged per-record stages are
    applied: they did not measure the records it would have rejected (``filters.tagging.settled``)."""
    from corpusmill.pipeline.registry import stage_class

    chosen = {spec.name for spec in config.stages}
    tagged = [stage.get("name", "") for stage in run.stages if stage.get("mode") == TAG]
    for position, name in enumerate(tagged):
        if name in chosen or not stage_class(name).settles:
            continue
        after = [n for n in tagged[position + 1 :] if n in chosen and not stage_class(n).is_global]
        if after:
            raise SelectError(
                f"stages: {name} cannot be left out: {', '.join(after)} did not measure the records it "
                f"would have rejected in the tagged run; keep it (a higher threshold, fewer languages) or run again"
            )


def _tagged(run: TaggedRun, name: str) -> bool:
    return any(stage.get("name") == name and stage.get("mode") == TAG for stage in run.stages)


def _changed(spec: StageSpec, tagged: dict[str, Any]) -> str | None:
    """The first parameter the tagged measures depend on that the select config sets otherwise."""
    params = spec.params.model_dump(mode="json")
    for dotted in spec.cls.measured_with:
        if _at(params, dotted) != _at(tagged, dotted):
            return dotted
    return None


def _at(params: dict[str, Any], dotted: str) -> Any:
    value: Any = params
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value
