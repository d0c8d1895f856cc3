"""The review page: a Starlette application, server-rendered Jinja2 templates, a few lines of
JavaScript for the keys. Every request must carry the run's random token (``?token=``), including
the ones that write labels; a request without it gets 403. Nothing is served from disk but the
records of the run folder, through the queues, and nothing is written outside ``OUT/review/``.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from corpusmill.pipeline.review.labels import LABELS, LabelStore, estimates, suggestion
from corpusmill.pipeline.review.queues import RunData
from corpusmill.pipeline.review.rules import RuleValues

TEMPLATES = Environment(
    loader=PackageLoader("corpusmill.pipeline.review", "templates"), autoescape=select_autoescape(default=True)
)


def create_app(out: Path, token: str, seed: int = 0) -> Starlette:
    data = RunData(out, seed)
    store = LabelStore(out)
    rule_values = RuleValues(out)

    def page(name: str, **context: Any) -> HTMLResponse:
        return HTMLResponse(TEMPLATES.get_template(name).render(token=token, out=str(out), **context))

    def figures() -> dict[str, Any]:
        rejects = estimates(store.rows, kept=False)
        kept = estimates(store.rows, kept=True)
        hints = [h for h in (suggestion(e) for e in rejects) if h]
        return {"rejects": rejects, "kept": kept, "hints": hints}

    async def index(request: Request) -> Response:
        judged: dict[str, int] = {}
        latest = store.latest()
        for queue in data.queues:
            if data.opened(queue):
                judged[queue.qid] = sum(1 for r in data.sample(queue) if str(r["id"]) in latest)
        return page("index.html", queues=data.queues, judged=judged, labels=len(store.rows), **figures())

    async def queue_page(request: Request) -> Response:
        queue = data.queue(request.path_params["qid"])
        if queue is None:
            return PlainTextResponse("no such queue", status_code=404)
        sample = data.sample(queue)
        latest = store.latest()
        position = request.query_params.get("i")
        if position is None or not position.isdigit():  # open at the first record not judged yet
            i = next((n for n, r in enumerate(sample) if str(r["id"]) not in latest), len(sample))
        else:
            i = min(int(position), len(sample))
        if i >= len(sample):
            return page("done.html", queue=queue, judged=sum(1 for r in sample if str(r["id"]) in latest))
        record = sample[i]
        return page(
            "record.html",
            queue=queue,
            record=record,
            i=i,
            total=len(sample),
            previous=latest.get(str(record["id"])),
            rules=rule_values(record.get("stage_id"), record.get("text")) if queue.kind == "reject" else [],
        )

    async def label(request: Request) -> Response:
        form = await request.form()
        queue = data.queue(str(form.get("qid", "")))
        choice = str(form.get("label", ""))
        if queue is None or choice not in LABELS:
            return PlainTextResponse("bad judgement", status_code=400)
        i = int(str(form.get("i", "0")))
        sample = data.sample(queue)
        if not 0 <= i < len(sample):
            return PlainTextResponse("bad position", status_code=400)
        store.add(sample[i], choice, str(form.get("note", ""))[:2000])
        return RedirectResponse(f"/queue/{queue.qid}?i={i + 1}&token={token}", status_code=303)

    async def undo(request: Request) -> Response:
        form = await request.form()
        row = store.undo()
        qid = str(form.get("qid", ""))
        queue = data.queue(qid)
        if queue is None:
            return RedirectResponse(f"/?token={token}", status_code=303)
        back = next((n for n, r in enumerate(data.sample(queue)) if row and str(r["id"]) == row["id"]), None)
        target = f"/queue/{qid}?token={token}" + (f"&i={back}" if back is not None else "")
        return RedirectResponse(target, status_code=303)

    async def search(request: Request) -> Response:
        query = request.query_params.get("q", "").strip()
        results = data.search(query) if query else []
        return page("search.html", query=query, results=results)

    async def stats(request: Request) -> Response:
        result = figures()
        return JSONResponse(
            {
                "labels": len(store.rows),
                "rejects": [e.as_dict() for e in result["rejects"]],
                "kept": [e.as_dict() for e in result["kept"]],
                "hints": result["hints"],
            }
        )

    app = Starlette(
        routes=[
            Route("/", index),
            Route("/queue/{qid}", queue_page),
            Route("/label", label, methods=["POST"]),
            Route("/undo", undo, methods=["POST"]),
            Route("/search", search),
            Route("/stats.json", stats),
        ]
    )
    app.add_middleware(TokenGuard, token=token)
    return app


class TokenGuard:
    """ASGI middleware: 403 for any HTTP request whose ``token`` query parameter is not the run's."""

    def __init__(self, app: Any, token: str) -> None:
        self.app, self.token = app, token.encode()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            from urllib.parse import parse_qs

            given = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("token", [""])[0]
            if not secrets.compare_digest(given.encode(), self.token):
                await PlainTextResponse("forbidden: open the URL that `corpusmill review` printed", 403)(
                    scope, receive, send
                )
                return
        await self.app(scope, receive, send)
