"""What a worker process of ``toolkit serve`` does: load the plugins and the
background statistics once, then answer jobs.

A job is a plain dict (cheap to send through a pipe); the answer is a
:class:`Reply`. The work is the CLI's own path (:func:`toolkit.batch.process_item`
and the chosen formatter), so ``POST /v1/summarize`` returns what
``toolkit summarize`` prints for the same input. No web framework is imported
here.
"""

from __future__ import annotations

import gc
import json
import time
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import TYPE_CHECKING, Any

from toolkit.errors import InputError, PluginError, ToolkitError, describe
from toolkit.inputs import decode

if TYPE_CHECKING:
    from toolkit.batch import Settings
    from toolkit.registry import Registry
    from toolkit.sources import Item

# the text's name in error messages; in reports it is named like the CLI's stdin
TEXT_NAME = "text"
STDIN_SOURCE = "-"
WARM_UP_ARTICLE = "putin-al-sharaa-kremlin.txt"

MEDIA_TYPES = {
    "json": "application/json",
    "html": "text/html; charset=utf-8",
    "markdown": "text/markdown; charset=utf-8",
    "text": "text/plain; charset=utf-8",
}


@dataclass(frozen=True)
class Base:
    """The server's settings, the same in every worker (from ``toolkit.toml``
    and the ``serve`` command's options, as the CLI reads them)."""

    sentences: int = 3
    scorer: Any = None
    diversity: float = 0.0
    corpus: str | None = "bundled"
    speakers: tuple[tuple[str, tuple[str, ...]], ...] = ()
    disable: tuple[str, ...] = ()
    max_bytes: int = 5_000_000
    plugin_options: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def from_config(cls, config: Any, max_bytes: int) -> Base:
        """The settings a ``toolkit.config.Config`` gives, in the picklable shape
        the workers receive."""
        return cls(
            sentences=config.sentences,
            scorer=config.scorer,
            diversity=config.diversity,
            corpus=config.corpus,
            speakers=tuple((k, tuple(v)) for k, v in config.speakers.items()),
            disable=tuple(config.disable),
            max_bytes=max_bytes,
            plugin_options={name: dict(values) for name, values in config.plugins.items()},
        )


@dataclass(frozen=True)
class Reply:
    status: int
    media_type: str
    body: bytes
    # the worker's own time on the job (0: not answered by a worker), in ms:
    # elapsed, and CPU (less than elapsed when other processes had the core)
    wall_ms: float = 0.0
    cpu_ms: float = 0.0

    @classmethod
    def error(cls, status: int, message: str) -> Reply:
        body = json.dumps({"error": message}, ensure_ascii=False, separators=(",", ":"))
        return cls(status, "application/json", body.encode("utf-8"))


_base = Base()


def start(base: Base) -> list[str]:
    """Load plugins and background statistics, and run one article through
    every step, so the first request pays no import or loading cost. Returns
    a warning for each plugin that failed to load."""
    global _base
    _base = base
    from toolkit.api import resolve_background
    from toolkit.registry import get_registry

    registry = get_registry(base.disable)
    get_registry()  # what GET /v1/plugins lists
    resolve_background(base.corpus)
    article = resources.files("toolkit.corpus").joinpath(WARM_UP_ARTICLE).read_text("utf-8")
    for fmt in ("json", "html"):
        handle({"kind": "summarize", "text": article, "options": {}, "format": fmt})
    _freeze_loaded_objects()
    return [f"plugin '{info.name}' failed to load: {info.error}" for info in registry.failures]


def _freeze_loaded_objects() -> None:
    """Keep what start-up loaded (modules, models, statistics: tens of thousands
    of objects that live as long as the worker) out of the garbage collector's
    full passes. Without this, about one request in a hundred paid for a full
    pass over all of them (~70 ms on the bundled article, 0.7 ms a request on
    average); requests' own garbage is collected as before."""
    gc.collect()
    gc.freeze()


def handle(job: dict[str, Any]) -> Reply:
    """Answer one job, with the time it took; every failure becomes an error
    reply, never an exception."""
    wall, cpu = time.perf_counter(), time.process_time()
    reply = _answer(job)
    return replace(
        reply,
        wall_ms=(time.perf_counter() - wall) * 1000,
        cpu_ms=(time.process_time() - cpu) * 1000,
    )


def _answer(job: dict[str, Any]) -> Reply:
    try:
        kind = job["kind"]
        if kind == "summarize":
            return _summarize(job)
        if kind == "clean":
            return _clean(job)
        if kind == "plugins":
            return _plugins()
        return Reply.error(400, f"unknown job '{kind}'")
    except PluginError as exc:
        return Reply.error(500, str(exc))
    except ToolkitError as exc:
        return Reply.error(_status(exc), str(exc))
    except Exception as exc:  # a bug costs one request, never the worker
        return Reply.error(500, f"internal error: {describe(exc)}")


def _status(exc: ToolkitError) -> int:
    if isinstance(exc, InputError) and "-byte limit" in str(exc):
        return 413
    return 400 if exc.exit_code == 2 else 500


def _checked_text(text: str, max_bytes: int) -> str:
    """The text as the CLI would read it from stdin: the same size limit and
    the same checks (binary, empty, invisible), named ``text`` in errors."""
    data = text.encode("utf-8", errors="surrogatepass")
    if len(data) > max_bytes:
        raise InputError(f"{TEXT_NAME}: larger than the {max_bytes:,}-byte limit")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{TEXT_NAME}: contains unpaired surrogate characters") from None
    return decode(data, TEXT_NAME)


def _registry(extra_disable: list[str]) -> Registry:
    from toolkit.registry import get_registry

    return get_registry(tuple(dict.fromkeys([*_base.disable, *extra_disable])))


def _settings(options: dict[str, Any]) -> Settings:
    """The CLI's Settings for these request options on top of the base."""
    from toolkit.api import resolve_background
    from toolkit.batch import Settings
    from toolkit.pipeline import Options

    speakers = {name: list(aliases) for name, aliases in _base.speakers}
    speakers.update(options.get("speakers") or {})
    pick = options.get
    built = Options(
        sentences=_given(pick("sentences"), _base.sentences),
        ratio=pick("ratio"),
        words=pick("words"),
        scorer=_given(pick("scorer"), _base.scorer),
        diversity=float(_given(pick("diversity"), _base.diversity)),
        background=resolve_background(_base.corpus),
        speakers=speakers,
        only_speakers=bool(pick("only_speakers")),
        tone_indirect=bool(_given(pick("tone_indirect"), True)),
        plugin_options=_plugin_options(pick("plugin_options")),
    )
    disable = tuple(dict.fromkeys([*_base.disable, *(pick("disable") or [])]))
    return Settings(built, disable, _base.max_bytes)


def _plugin_options(given: dict[str, dict[str, Any]] | None) -> dict[str, dict[str, Any]]:
    """The request's plugin options over the server's, key by key (as the CLI's
    ``--option`` over the config file's)."""
    merged = {name: dict(values) for name, values in _base.plugin_options.items()}
    for name, values in (given or {}).items():
        merged.setdefault(name, {}).update(values)
    return merged


def _given(value: Any, default: Any) -> Any:
    return default if value is None else value


def _item(job: dict[str, Any]) -> Item:
    from toolkit.sources import Item
    from toolkit.web import is_url

    url = job.get("url")
    if url is not None:
        if not is_url(url):  # raises for file:, ftp: ...; False for a path
            raise InputError(f"{url}: not an http or https URL")
        return Item(url)
    return Item(STDIN_SOURCE, text=_checked_text(job["text"], _base.max_bytes))


def _summarize(job: dict[str, Any]) -> Reply:
    from toolkit.batch import process_item
    from toolkit.pipeline import validate

    settings = _settings(job.get("options") or {})
    registry = _registry(list(settings.disable))
    fmt = job.get("format") or "json"
    formatter = registry.get("formatter", fmt)
    validate(settings.options, registry)
    outcome = process_item(_item(job), settings)
    if outcome.report is None:
        message = _unprefixed(outcome.error or "failed")
        return Reply.error(500 if outcome.exit_code == 1 else _error_status(message), message)
    try:
        body = formatter.function(outcome.report)
    except Exception as exc:
        raise PluginError(formatter, exc) from exc
    return Reply(200, MEDIA_TYPES.get(fmt, "text/plain; charset=utf-8"), body.encode("utf-8"))


def _unprefixed(message: str) -> str:
    """Errors about the posted text name it ``text``, not ``<stdin>``."""
    prefix = "<stdin>: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def _error_status(message: str) -> int:
    return 413 if "-byte limit" in message else 400


def _clean(job: dict[str, Any]) -> Reply:
    """What ``toolkit clean --format json`` prints (:func:`toolkit.clean`)."""
    from toolkit.api import clean
    from toolkit.batch import _load as load_item  # the summarize path's reading of an item

    registry = _registry([])
    item = _item(job)
    text, metadata, extracted = load_item(item, _base.max_bytes, registry)
    cleaned = clean(text, metadata=metadata, extracted=extracted, disable=_base.disable)
    cleaned.source = "<stdin>" if item.text is not None else item.source
    body = json.dumps(cleaned.to_dict(), ensure_ascii=False, indent=2) + "\n"
    return Reply(200, "application/json", body.encode("utf-8"))


def _plugins() -> Reply:
    """What ``toolkit plugins --json`` prints."""
    from toolkit.registry import get_registry

    listing = json.dumps([p.to_dict() for p in get_registry().plugins], indent=2) + "\n"
    return Reply(200, "application/json", listing.encode("utf-8"))
