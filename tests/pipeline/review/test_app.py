"""The review application through HTTP (Starlette's test client): the token guard, judging,
figures that match a direct computation on the stored labels, escaping, search."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest
from starlette.testclient import TestClient

from corpusmill.pipeline.review.app import create_app
from corpusmill.pipeline.review.labels import labels_path, wilson
from corpusmill.pipeline.review.queues import RunData
from tests.helpers import corpusmill

TOKEN = "t0ken-for-tests"


@pytest.fixture
def client(run_folder: Path) -> TestClient:
    labels_path(run_folder).unlink(missing_ok=True)
    return TestClient(create_app(run_folder, TOKEN), follow_redirects=False)


def test_every_request_needs_the_token(client: TestClient, run_folder: Path) -> None:
    queue = RunData(run_folder).queues[0]
    for method, url in (("get", "/"), ("get", f"/queue/{queue.qid}"), ("get", "/stats.json"), ("post", "/label")):
        for suffix in ("", "?token=wrong"):
            form = {"qid": queue.qid, "i": "0", "label": "right"} if method == "post" else None
            response = client.request(method, url + suffix, data=form)
            assert response.status_code == 403, (method, url, suffix)
    assert not labels_path(run_folder).exists()  # a refused write wrote nothing


def test_queues_are_stratified_and_seeded(run_folder: Path) -> None:
    data = RunData(run_folder)
    kinds = {q.kind for q in data.queues}
    assert kinds == {"reject", "kept"}
    rejects = [q for q in data.queues if q.kind == "reject"]
    assert [q.reason for q in rejects] == ["length:too_short"]
    total = pl.read_parquet(run_folder / "rejects/**/*.parquet").height
    assert sum(q.count for q in rejects) == total
    kept = sum(q.count for q in data.queues if q.kind == "kept")
    assert kept == pl.read_parquet(run_folder / "data/**/*.parquet").height
    first = [r["id"] for r in data.sample(rejects[0])]
    assert first == [r["id"] for r in RunData(run_folder).sample(rejects[0])]  # same seed, same order
    assert sorted(first) == sorted(pl.read_parquet(run_folder / "rejects/**/*.parquet")["id"].to_list())
    biggest = max((q for q in data.queues if q.kind == "kept"), key=lambda q: q.count)
    assert biggest.count > 20
    ids = [r["id"] for r in data.sample(biggest)]
    assert ids != [r["id"] for r in RunData(run_folder, seed=1).sample(biggest)]  # another seed, another sample
    assert ids != sorted(ids)  # not file order


def test_judging_moves_on_and_the_figures_match_the_labels(client: TestClient, run_folder: Path) -> None:
    data = RunData(run_folder)
    reject = next(q for q in data.queues if q.kind == "reject")
    kept = next(q for q in data.queues if q.kind == "kept")
    choices = ["right", "wrong", "right", "skip", "right", "right"]
    for i, label in enumerate(choices):
        response = client.post(f"/label?token={TOKEN}", data={"qid": reject.qid, "i": str(i), "label": label})
        assert response.status_code == 303
        assert response.headers["location"] == f"/queue/{reject.qid}?i={i + 1}&token={TOKEN}"
    for i, label in enumerate(["right", "wrong", "wrong"]):
        client.post(f"/label?token={TOKEN}", data={"qid": kept.qid, "i": str(i), "label": label})
    undo = client.post(f"/undo?token={TOKEN}", data={"qid": kept.qid})
    assert undo.status_code == 303 and undo.headers["location"].endswith("&i=2")
    stored = pl.read_parquet(labels_path(run_folder))
    assert stored.height == len(choices) + 2
    direct = (
        stored.filter(pl.col("reason").is_not_null())
        .group_by("reason")
        .agg(right=(pl.col("label") == "right").sum(), wrong=(pl.col("label") == "wrong").sum())
    )
    stats = client.get(f"/stats.json?token={TOKEN}").json()
    (figure,) = stats["rejects"]
    right, wrong = direct.row(0)[1:]
    assert (figure["group"], figure["right"], figure["wrong"]) == (reject.reason, right, wrong)
    assert figure["share"] == right / (right + wrong)
    assert (figure["low"], figure["high"]) == wilson(right, right + wrong)
    kept_figures = {f["group"]: f for f in stats["kept"]}
    assert kept_figures[kept.source]["right"] == 1 and kept_figures[kept.source]["wrong"] == 1
    page = client.get(f"/?token={TOKEN}").text
    assert f"{right / (right + wrong):.3f}" in page
    opened = client.get(f"/queue/{reject.qid}?token={TOKEN}").text  # opens at the first record not judged
    assert f"record {len(choices) + 1} of" in opened


def test_record_text_is_escaped_and_search_finds_it(client: TestClient, run_folder: Path) -> None:
    results = client.get(f"/search?q=hostile&token={TOKEN}").text
    assert "<script>alert" not in results and "&lt;script&gt;" in results
    data = RunData(run_folder)
    for queue in data.queues:
        for i, record in enumerate(data.sample(queue)):
            if "script" in (record.get("text") or ""):
                page = client.get(f"/queue/{queue.qid}?i={i}&token={TOKEN}").text
                assert "<script>alert" not in page and "&lt;b&gt;bold&lt;/b&gt;" in page
                return
    pytest.fail("the hostile record is in no queue")


def test_the_command_refuses_a_folder_that_is_not_a_run(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    result = corpusmill("review", tmp_path)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "not a finished corpusmill run folder" in result.stderr and "Traceback" not in result.stderr
    (tmp_path / "stats.json").write_text("{}")  # another tool's files of the same names
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs/run.json").write_text('{"fingerprint": "x"}')
    result = corpusmill("review", tmp_path)
    assert result.returncode == 2 and "not a finished corpusmill run folder" in result.stderr
    assert not (tmp_path / "review").exists()


def test_export_writes_one_object_per_judgement(client: TestClient, run_folder: Path, tmp_path: Path) -> None:
    queue = RunData(run_folder).queues[0]
    client.post(f"/label?token={TOKEN}", data={"qid": queue.qid, "i": "0", "label": "wrong", "note": "good text"})
    result = corpusmill("review", run_folder, "--export", tmp_path / "labels.jsonl")
    assert result.returncode == 0, result.stderr
    (line,) = (tmp_path / "labels.jsonl").read_text().splitlines()
    assert re.search(r'"label": "wrong", "note": "good text"', line)


def test_line_edits_are_a_queue_judged_like_rejects(tmp_path: Path) -> None:
    import json

    import yaml

    from tests.pipeline.test_report_edits import PAGE

    with (tmp_path / "pages.jsonl").open("w") as handle:
        for i in range(3):
            handle.write(json.dumps({"id": f"p{i}", "text": PAGE.replace("river", f"river {i}")}) + "\n")
    config = {"sources": [{"name": "pages", "type": "jsonl", "paths": [str(tmp_path / "pages.jsonl")]}]}
    config["stages"] = ["clean_lines"]
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(config))
    assert corpusmill("run", tmp_path / "c.yaml", "--out", tmp_path / "out").returncode == 0
    client = TestClient(create_app(tmp_path / "out", TOKEN), follow_redirects=False)
    queue = next(q for q in RunData(tmp_path / "out").queues if q.kind == "edits")
    assert queue.count == 3 and queue.stage_id == "01_clean_lines"
    page = client.get(f"/queue/{queue.qid}?token={TOKEN}").text
    assert 'class="del">− Share on Facebook' in page
    client.post(f"/label?token={TOKEN}", data={"qid": queue.qid, "i": "0", "label": "right"})
    figures = client.get(f"/stats.json?token={TOKEN}").json()["rejects"]
    assert [(f["group"], f["right"]) for f in figures] == [("edit:clean_lines", 1)]


def test_the_report_shows_the_review_figures(client: TestClient, run_folder: Path) -> None:
    from corpusmill.pipeline.report.write import write_report

    reject = next(q for q in RunData(run_folder).queues if q.kind == "reject")
    for i, label in enumerate(["right", "wrong", "wrong", "wrong"]):
        client.post(f"/label?token={TOKEN}", data={"qid": reject.qid, "i": str(i), "label": label})
    write_report(run_folder)
    figures = __import__("json").loads((run_folder / "report.json").read_text())["review"]
    (reason,) = figures["reasons"]
    assert (reason["group"], reason["judged"], reason["right"]) == (reject.reason, 4, 1)
    assert (reason["low"], reason["high"]) == wilson(1, 4)
    assert "What people judged" in (run_folder / "report.md").read_text()
    assert "What people judged" in (run_folder / "report.html").read_text()
