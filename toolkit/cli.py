"""The command line: parse, call, print, map errors to exit codes.

Exit codes: 0 success, 1 processing error (a plugin failed), 2 usage or
input error. Heavy libraries are imported only by the commands that need
them, so ``toolkit --help`` and ``toolkit plugins`` stay fast.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from toolkit.errors import ToolkitError
from toolkit.evaluate import evaluate_command
from toolkit.inputs import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from toolkit.config import Config
    from toolkit.registry import PluginInfo, Registry

app = typer.Typer(
    name="toolkit",
    help="Summaries, quotes with their speakers, and each speaker's tone, for news. Offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

FORMAT_HELP = "Output format: text, markdown, json, html, or one a plugin registered."


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"toolkit: error: {message}", err=True)
    return typer.Exit(code)


def _registry(disable: list[str] | None = None) -> Registry:
    from toolkit.registry import get_registry

    registry = get_registry(disable or ())
    for info in registry.failures:
        typer.echo(f"toolkit: warning: plugin '{info.name}' failed to load: {info.error}", err=True)
    return registry


def _configured(
    option: list[str] | None, disable_plugin: list[str] | None, **flags: object
) -> tuple[Config, tuple[str, ...], Registry]:
    """The settings of a run (config files, then the command line), the plugins it
    leaves out, and the registry without them."""
    from toolkit.config import load_config, merge_plugin_options, parse_plugin_options

    configured = load_config()
    config = configured.override(
        **flags, plugins=merge_plugin_options(configured.plugins, parse_plugin_options(option))
    )
    disable = tuple(dict.fromkeys([*config.disable, *(disable_plugin or [])]))
    return config, disable, _registry(list(disable))


# Options that summarize and speakers share, declared once.
OutputOption = Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE.")]
SpeakerOption = Annotated[
    list[str] | None,
    typer.Option(help='Name a speaker and aliases: "Putin=Vladimir Putin,the Russian leader".'),
]
DisablePluginOption = Annotated[
    list[str] | None, typer.Option(help="Plugin to leave out for this run (repeatable).")
]
PluginOptionOption = Annotated[
    list[str] | None,
    typer.Option(help="A plugin's option NAME.KEY=VALUE (repeatable): document.options[NAME]."),
]
MaxBytesOption = Annotated[
    int, typer.Option(help="Refuse files larger than this (5 MB: ~15 s, ~0.5 GB).")
]
GlobOption = Annotated[
    str | None, typer.Option(help="In folders, read files matching these globs: '*.txt,*.md'.")
]
TextFieldOption = Annotated[str, typer.Option(help="JSON Lines: field with the text.")]
IdFieldOption = Annotated[str | None, typer.Option(help="JSON Lines: field with the document id.")]
JsonlStdinOption = Annotated[bool, typer.Option(help="Read stdin as JSON Lines records.")]
JobsOption = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores)."),
]
EngineOption = Annotated[str, typer.Option(help="local, or dask (pip install '.[dask]').")]
SchedulerOption = Annotated[
    str | None, typer.Option(help="Dask scheduler address (default: a local cluster).")
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]


@app.command()
def summarize(
    paths: Annotated[
        list[str],
        typer.Argument(help="Text or HTML files, folders, JSON Lines, http(s) URLs, or - (stdin)."),
    ],
    sentences: Annotated[
        int | None,
        typer.Option("--sentences", "-n", min=1, help="Summary length in sentences [default: 3]."),
    ] = None,
    ratio: Annotated[
        float | None,
        typer.Option(min=0.0, max=1.0, help="Summary length as a fraction of the sentences."),
    ] = None,
    words: Annotated[int | None, typer.Option(min=1, help="Summary length in words.")] = None,
    scorer: Annotated[
        str | None,
        typer.Option(help="Scorer NAME or weighted mix NAME=W,NAME=W (default: the tuned mix)."),
    ] = None,
    diversity: Annotated[
        float | None, typer.Option(min=0.0, max=1.0, help="Redundancy control (MMR λ); 0 is off.")
    ] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help=FORMAT_HELP)] = None,
    output: OutputOption = None,
    corpus: Annotated[
        Path | None,
        typer.Option(help="Background collection (folder of .txt) for IDF; default: bundled."),
    ] = None,
    speaker: SpeakerOption = None,
    only_speakers: Annotated[
        bool, typer.Option(help="Keep only quotes and tone of the --speaker names.")
    ] = False,
    tone_indirect: Annotated[
        bool,
        typer.Option(
            "--tone-indirect/--tone-direct-only",
            help="Speakers' tone from everything reported (default) or quoted words only.",
        ),
    ] = True,
    disable_plugin: DisablePluginOption = None,
    option: PluginOptionOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    glob: GlobOption = None,
    text_field: TextFieldOption = "text",
    id_field: IdFieldOption = None,
    jsonl_stdin: JsonlStdinOption = False,
    jobs: JobsOption = None,
    engine: EngineOption = "local",
    scheduler: SchedulerOption = None,
    resume: Annotated[
        bool, typer.Option(help="Skip documents already in --output (JSON Lines).")
    ] = False,
    quiet: QuietOption = False,
) -> None:
    """Summarise documents and list their quotes, speakers and tone.

    One file gives one report; several files, folders or JSON Lines give a
    stream (with --format json: one JSON object per line).
    """
    from toolkit.api import resolve_background
    from toolkit.batch import Settings
    from toolkit.config import parse_speaker_options
    from toolkit.pipeline import Options
    from toolkit.runner import Request, run_request
    from toolkit.sources import SourceOptions

    try:
        config, disable, registry = _configured(
            option,
            disable_plugin,
            sentences=sentences,
            scorer=scorer,
            diversity=diversity,
            format=fmt,
            corpus=str(corpus) if corpus else None,
        )
        options = Options(
            sentences=config.sentences,
            ratio=ratio,
            words=words,
            scorer=config.scorer,
            diversity=config.diversity,
            background=resolve_background(config.corpus),
            speakers={**config.speakers, **parse_speaker_options(speaker)},
            only_speakers=only_speakers,
            tone_indirect=tone_indirect,
            plugin_options=config.plugins,
        )
        request = Request(
            paths=paths,
            settings=Settings(options, disable, max_bytes),
            fmt=config.format,
            output=output,
            jobs=jobs,
            engine=engine,
            scheduler=scheduler,
            resume=resume,
            quiet=quiet,
            jsonl_stdin=jsonl_stdin,
            sources=SourceOptions(glob, text_field, id_field),
        )
        code = run_request(request, registry)
    except ToolkitError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    if code:
        raise typer.Exit(code)


@app.command()
def speakers(
    paths: Annotated[
        list[str],
        typer.Argument(help="Text or HTML files, folders, JSON Lines, http(s) URLs, or - (stdin)."),
    ],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="csv, json, jsonl (one statement a line), html.")
    ] = "csv",
    output: OutputOption = None,
    top: Annotated[int, typer.Option(min=1, help="HTML: people with a section of their own.")] = 25,
    text_field: TextFieldOption = "text",
    id_field: IdFieldOption = None,
    date_field: Annotated[
        str | None, typer.Option(help="JSON Lines: field with the document date.")
    ] = None,
    jsonl_stdin: JsonlStdinOption = False,
    glob: GlobOption = None,
    speaker: SpeakerOption = None,
    disable_plugin: DisablePluginOption = None,
    option: PluginOptionOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    jobs: JobsOption = None,
    engine: EngineOption = "local",
    scheduler: SchedulerOption = None,
    quiet: QuietOption = False,
) -> None:
    """Who is quoted across a collection: one row per person, with their
    statements, dates and tone (docs/speakers.md)."""
    from toolkit.api import resolve_background
    from toolkit.batch import Settings
    from toolkit.config import parse_speaker_options
    from toolkit.pipeline import Options
    from toolkit.runner import Request
    from toolkit.sources import SourceOptions
    from toolkit.speakers_command import SpeakersRequest, run_speakers

    try:
        config, disable, registry = _configured(option, disable_plugin)
        options = Options(
            sentences=config.sentences,
            scorer=config.scorer,
            background=resolve_background(config.corpus),
            speakers={**config.speakers, **parse_speaker_options(speaker)},
            plugin_options=config.plugins,
        )
        request = Request(
            paths=paths,
            settings=Settings(options, disable, max_bytes),
            fmt=fmt,
            output=output,
            jobs=jobs,
            engine=engine,
            scheduler=scheduler,
            quiet=quiet,
            jsonl_stdin=jsonl_stdin,
            sources=SourceOptions(glob, text_field, id_field, date_field),
        )
        code = run_speakers(SpeakersRequest(request, top), registry)
    except ToolkitError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    if code:
        raise typer.Exit(code)


@app.command()
def plugins(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List plugins (built-in and installed), what they registered, and failures."""
    from toolkit.registry import get_registry

    registry = get_registry()
    if as_json:
        typer.echo(json.dumps([p.to_dict() for p in registry.plugins], indent=2))
    else:
        width = max((len(info.name) for info in registry.plugins), default=0)
        for info in registry.plugins:
            typer.echo(_plugin_line(info, width))


def _plugin_line(info: PluginInfo, width: int) -> str:
    origin = info.distribution or "?"
    head = f"{info.name:<{width}}  {info.status:<8} {info.source:<11} {origin} {info.version or ''}"
    indent = " " * (width + 2)
    if info.error:
        return f"{head}\n{indent}error: {info.error}"
    if info.disabled:
        return head
    names = "; ".join(f"{kind}: {', '.join(names)}" for kind, names in info.registered.items())
    return f"{head}\n{indent}{names}"


@app.command()
def sentences(
    path: Annotated[str, typer.Argument(help="A text file, or - for stdin.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    no_clean: Annotated[
        bool, typer.Option("--no-clean", help="Split the text exactly as given.")
    ] = False,
) -> None:
    """Print the sentences of a document, one per line."""
    from toolkit.pipeline import clean, split
    from toolkit.web import read_document

    if fmt not in ("text", "json"):
        raise _fail(f"unknown format '{fmt}' (available: json, text)", 2)
    registry = _registry()
    try:
        text, _, extracted = read_document(path, DEFAULT_MAX_BYTES, registry=registry)
        if not no_clean:
            text = clean(text, registry, extracted=extracted)
        found = [s.text for s in split(text, registry)]
    except ToolkitError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    if fmt == "json":
        typer.echo(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        typer.echo("\n".join(" ".join(s.split()) for s in found))


@app.command("clean")
def clean_command(
    path: Annotated[str, typer.Argument(help="A text or HTML file, an http(s) URL, or - (stdin).")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text, or json (with kept/dropped line spans).")
    ] = "text",
) -> None:
    """Print the article of a page: title, date and text, page furniture left out."""
    from toolkit.api import clean
    from toolkit.web import read_document

    if fmt not in ("text", "json"):
        raise _fail(f"unknown format '{fmt}' (available: json, text)", 2)
    registry = _registry()
    try:
        text, metadata, extracted = read_document(path, DEFAULT_MAX_BYTES, registry=registry)
        cleaned = clean(text, metadata=metadata, extracted=extracted)
    except ToolkitError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    cleaned.source = "<stdin>" if path == "-" else path
    if fmt == "json":
        typer.echo(json.dumps(cleaned.to_dict(), ensure_ascii=False, indent=2))
        return
    head = [line for line in (cleaned.title, cleaned.date) if line]
    typer.echo("\n".join([*head, ""] if head else []) + cleaned.text)


@app.command()
def corpus(
    directory: Annotated[
        Path | None, typer.Argument(help="Background collection folder; default: bundled.")
    ] = None,
    rebuild: Annotated[bool, typer.Option(help="Recount even if the cache is current.")] = False,
) -> None:
    """Build (if missing or stale) and show the cached background statistics."""
    from toolkit.background import corpus_command

    try:
        typer.echo(corpus_command(directory, rebuild))
    except (OSError, ToolkitError) as exc:
        raise _fail(str(exc), 2) from None


@app.command("config")
def config_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """Show the effective settings and the file each came from."""
    from toolkit.config import config_command as render

    try:
        typer.echo(render(fmt=fmt), nl=False)
    except ToolkitError as exc:
        raise _fail(str(exc), exc.exit_code) from None


app.command("evaluate")(evaluate_command)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port; 0 picks a free one.")] = 8000,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Worker processes (default: all cores).")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option(min=1, help="Refuse texts and pages larger than this.")
    ] = DEFAULT_MAX_BYTES,
    time_limit: Annotated[
        float, typer.Option(min=0.1, help="Seconds one request may compute.")
    ] = 30.0,
) -> None:
    """Serve the toolkit over HTTP, with a page for people at /.

    Needs the serve extra: pip install 'toolkit-news\\[serve]'.
    """
    from toolkit.batch import default_jobs
    from toolkit.config import load_config
    from toolkit.service import serve as run_server
    from toolkit.service.work import Base

    try:
        base = Base.from_config(load_config(), max_bytes)
        run_server(host, port, workers or default_jobs(), time_limit, base)
    except ToolkitError as exc:
        raise _fail(str(exc), exc.exit_code) from None


def main() -> None:
    app()
