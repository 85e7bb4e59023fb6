"""The HTTP application of ``toolkit serve`` (FastAPI on uvicorn).

Routes: ``POST /v1/summarize``, ``POST /v1/clean``, ``GET /v1/plugins``,
``GET /health``, ``GET /openapi.json``, and the page at ``/``. The handlers
only check requests and pass plain jobs to the worker pool; every error is
``{"error": "one line"}`` with a 4xx status (5xx only for a failing plugin
or a worker lost), and never a traceback.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import parse_qs

try:
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import HTMLResponse, JSONResponse, Response
    from pydantic import BaseModel, ConfigDict, Field
    from starlette.exceptions import HTTPException
except ImportError as exc:  # toolkit serve checks first; this is for direct imports
    raise ImportError(f"toolkit.service.app needs the serve extra ({exc})") from exc

from toolkit import __version__
from toolkit.service import page
from toolkit.service.pool import WorkerPool
from toolkit.service.work import Base, Reply

# a text within --max-bytes fits in a JSON body of this size even with every
# character escaped as \uXXXX; larger bodies are refused before being read
BODY_OVERHEAD = 64 * 1024


class Source(BaseModel):
    """The document: ``text`` (as the CLI reads it from stdin) or an http(s) ``url``."""

    model_config = ConfigDict(extra="forbid", strict=True)

    text: str | None = Field(None, description="The article: plain text or HTML.")
    url: str | None = Field(None, description="An http(s) URL to fetch (CLI limits apply).")


class SummarizeRequest(Source):
    """The options of ``toolkit summarize``; absent ones take the server's defaults."""

    sentences: int | None = Field(None, ge=1, description="Summary length in sentences.")
    ratio: float | None = Field(None, ge=0, le=1, description="Length as a fraction.")
    words: int | None = Field(None, ge=1, description="Summary length in words.")
    scorer: str | dict[str, float] | None = Field(
        None, description='Scorer name, spec ("tfidf=1,position=0.5") or weights.'
    )
    diversity: float | None = Field(None, ge=0, le=1, description="Redundancy control (MMR).")
    format: str = Field("json", description="json, html, markdown, text, or a plugin's format.")
    speakers: dict[str, list[str]] | None = Field(None, description="NAME -> aliases.")
    only_speakers: bool = Field(False, description="Keep only the named speakers.")
    tone_indirect: bool = Field(
        True, description="Tone from everything reported (False: quoted words only)."
    )
    disable: list[str] | None = Field(None, description="Plugins to leave out.")
    plugin_options: dict[str, dict[str, str | int | float | bool]] | None = Field(
        None, description="Plugins' own options, {NAME: {KEY: value}}, as --option NAME.KEY=VALUE."
    )


class ErrorReply(BaseModel):
    error: str = Field(description="What is wrong, in one line.")


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorReply} for code in (400, 413, 422, 500)
}


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": " ".join(message.split())}, status_code=status)


def _validation_message(
    exc: RequestValidationError, content_type: str, model: type[BaseModel]
) -> str:
    first = exc.errors()[0]
    kind = first.get("type", "")
    where = [str(part) for part in first.get("loc", ()) if part != "body"]
    if kind == "json_invalid":
        detail = first.get("ctx", {}).get("error", "")
        return "the request body is not valid JSON" + (f" ({detail})" if detail else "")
    if kind == "extra_forbidden":
        known = ", ".join(model.model_fields)
        return f"unknown option '{'.'.join(where)}' (known: {known})"
    if kind == "missing" and not where:
        return "the request needs a JSON object body"
    if kind in ("model_attributes_type", "dict_type") and not where:
        if "json" not in content_type:
            return "send the request as a JSON object with Content-Type: application/json"
        return "the request body must be a JSON object"
    return f"{'.'.join(where) or 'body'}: {first.get('msg', 'invalid')}"


def _job(kind: str, source: Source, **extra: Any) -> dict[str, Any]:
    if (source.text is None) == (source.url is None):
        raise HTTPException(400, "give either 'text' or 'url' (one of them)")
    return {"kind": kind, "text": source.text, "url": source.url, **extra}


def _response(reply: Reply) -> Response:
    return Response(
        reply.body, status_code=reply.status, media_type=reply.media_type, headers=_timing(reply)
    )


def _timing(reply: Reply) -> dict[str, str]:
    """A ``Server-Timing`` header with the worker's elapsed and CPU time: what
    the pipeline cost, apart from HTTP, the pipe and waiting for a core."""
    if not reply.wall_ms:
        return {}
    return {"Server-Timing": f"worker;dur={reply.wall_ms:.2f}, cpu;dur={reply.cpu_ms:.2f}"}


def _page(html: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(html, status_code=status, headers=page.HEADERS)


def create_app(
    base: Base,
    workers: int,
    time_limit: float,
    on_ready: Callable[[list[str]], None] | None = None,
) -> FastAPI:
    pool = WorkerPool(base, workers, time_limit)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        import asyncio

        warnings = await asyncio.to_thread(pool.start)
        if on_ready:
            on_ready(warnings)
        yield
        pool.close()

    app = FastAPI(
        title="toolkit",
        version=__version__,
        description="Summaries, quotes with their speakers, and each speaker's tone, for news.",
        lifespan=lifespan,
        docs_url=None,  # the Swagger and ReDoc pages load scripts from a CDN: offline, always
        redoc_url=None,
    )
    app.add_middleware(BodyLimit, limit=2 * base.max_bytes + BODY_OVERHEAD)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        content_type = request.headers.get("content-type", "")
        model = SummarizeRequest if request.url.path.endswith("/summarize") else Source
        return _error(400, _validation_message(exc, content_type, model))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        return _error(500, f"internal error: {type(exc).__name__}")

    @app.post("/v1/summarize", responses=ERRORS)
    async def summarize(body: SummarizeRequest) -> Response:
        """The report ``toolkit summarize`` prints, in ``format`` (default json)."""
        options = body.model_dump(exclude={"text", "url", "format"}, exclude_none=True)
        return _response(
            await pool.run(_job("summarize", body, options=options, format=body.format))
        )

    @app.post("/v1/clean", responses=ERRORS)
    async def clean(body: Source) -> Response:
        """The cleaned text, with the title and date found on the way."""
        return _response(await pool.run(_job("clean", body)))

    @app.get("/v1/plugins")
    async def plugins() -> Response:
        """What ``toolkit plugins --json`` prints."""
        return _response(await pool.run({"kind": "plugins"}))

    @app.get("/health")
    async def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "workers": pool.size}

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def form_page() -> HTMLResponse:
        return _page(page.render(base.sentences))

    @app.post("/", response_class=HTMLResponse, include_in_schema=False)
    async def form_post(request: Request) -> HTMLResponse:
        fields = parse_qs((await request.body()).decode("utf-8", errors="replace"))
        form = page.Form.parse(fields, base.sentences)
        if form.problem:
            return _page(page.render(base.sentences, form, error=form.problem), 400)
        job: dict[str, Any] = {"kind": "summarize", "text": form.text, "url": form.url}
        job.update(format="html", options={"sentences": form.sentences})
        reply = await pool.run(job)
        if reply.status != 200:
            message = json.loads(reply.body)["error"]
            return _page(page.render(base.sentences, form, error=message), reply.status)
        return _page(page.render(base.sentences, form, report=reply.body.decode()))

    return app


Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class BodyLimit:
    """Refuse a request body over ``limit`` bytes with 413, by its declared
    length or while it streams in, before the application reads it."""

    def __init__(self, app: Callable[..., Awaitable[None]], limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.limit:
                await self._refuse(scope, receive, send)
                return
            more = message.get("more_body", False)
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = f"the request body is larger than the {self.limit:,}-byte limit"
        await _error(413, message)(scope, receive, send)
