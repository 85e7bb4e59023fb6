"""``toolkit serve`` with a real HTTP client (httpx) against a real server on
127.0.0.1: the same bytes as the CLI, one-line JSON errors, limits, and a
service that keeps serving."""

from __future__ import annotations

import gc
import http.server
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from conftest import FIXTURES, REPO, SEED
from toolkit.service.launch import Server

WEB_PAGE = FIXTURES / "web" / "harbour-tram.html"


def cli_bytes(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> bytes:
    """What ``toolkit`` prints, as bytes (run now, never a stored copy)."""
    result = subprocess.run(
        [sys.executable, "-m", "toolkit", *args],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        env={**os.environ, **(env or {})},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


@pytest.fixture(scope="module")
def cache_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return {"TOOLKIT_CACHE_DIR": str(tmp_path_factory.getbasetemp() / "cache")}


@pytest.fixture(scope="module")
def server(cache_env: dict[str, str]) -> Iterator[Server]:
    with Server("--workers", "2", "--max-bytes", "300000", env=cache_env, cwd=REPO) as running:
        yield running


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        yield http


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """A local web server with the fixture pages, standing in for a news site."""

    class Pages(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*args, directory=str(FIXTURES / "web"), **kwargs)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def assert_one_line_error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert list(body) == ["error"]
    message = body["error"]
    assert message and "\n" not in message and "Traceback" not in message
    return message


# --- the same output as the CLI ------------------------------------------------------


@pytest.mark.parametrize(
    "options, flags",
    [
        ({}, []),
        ({"sentences": 2, "scorer": "textrank"}, ["--sentences", "2", "--scorer", "textrank"]),
        (
            {"ratio": 0.2, "diversity": 0.5, "tone_indirect": False, "disable": ["lexrank"]},
            [
                "--ratio",
                "0.2",
                "--diversity",
                "0.5",
                "--tone-direct-only",
                "--disable-plugin",
                "lexrank",
            ],
        ),
        (
            {
                "speakers": {"Putin": ["Vladimir Putin", "the Russian leader"]},
                "only_speakers": True,
            },
            ["--speaker", "Putin=Vladimir Putin,the Russian leader", "--only-speakers"],
        ),
    ],
)
def test_summarize_json_is_byte_identical_to_the_cli(
    client: httpx.Client, cache_env: dict[str, str], options: dict, flags: list[str]
) -> None:
    text = SEED.read_bytes()
    response = client.post("/v1/summarize", json={"text": text.decode("utf-8"), **options})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    printed = cli_bytes("summarize", "-", "--format", "json", *flags, stdin=text, env=cache_env)
    assert response.content == printed
    assert json.loads(response.content)["quotes"]


@pytest.mark.parametrize("fmt, media", [("html", "text/html"), ("markdown", "text/markdown")])
def test_other_formats_are_the_cli_output_too(
    client: httpx.Client, cache_env: dict[str, str], fmt: str, media: str
) -> None:
    text = SEED.read_bytes()
    response = client.post("/v1/summarize", json={"text": text.decode(), "format": fmt})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media)
    assert response.content == cli_bytes(
        "summarize", "-", "--format", fmt, stdin=text, env=cache_env
    )


def test_a_url_is_fetched_as_the_cli_fetches_it(
    client: httpx.Client, cache_env: dict[str, str], site: str
) -> None:
    url = f"{site}/{WEB_PAGE.name}"
    response = client.post("/v1/summarize", json={"url": url})
    assert response.status_code == 200, response.text
    assert response.content == cli_bytes("summarize", url, "--format", "json", env=cache_env)
    assert json.loads(response.content)["source"] == url


def test_plugins_is_what_the_cli_lists(client: httpx.Client) -> None:
    response = client.get("/v1/plugins")
    assert response.status_code == 200
    assert response.content == cli_bytes("plugins", "--json")


def test_clean_is_byte_identical_to_the_cli(
    client: httpx.Client, cache_env: dict[str, str], site: str
) -> None:
    raw = SEED.read_bytes()
    response = client.post("/v1/clean", json={"text": raw.decode("utf-8")})
    assert response.status_code == 200, response.text
    assert response.content == cli_bytes("clean", "-", "--format", "json", stdin=raw, env=cache_env)
    cleaned = response.json()
    assert b"Sign Up" in raw and "Sign Up" not in cleaned["text"] and cleaned["title"]
    url = f"{site}/{WEB_PAGE.name}"
    from_url = client.post("/v1/clean", json={"url": url})
    assert from_url.status_code == 200, from_url.text
    assert from_url.content == cli_bytes("clean", url, "--format", "json", env=cache_env)


def test_answers_say_what_the_worker_spent_on_them(client: httpx.Client) -> None:
    response = client.post("/v1/summarize", json={"text": SEED.read_text(encoding="utf-8")})
    assert response.status_code == 200
    metrics = [part.split(";") for part in response.headers["server-timing"].split(",")]
    timing = {name.strip(): float(value.split("=")[1]) for name, value in metrics}
    assert set(timing) == {"worker", "cpu"}
    assert 0 < timing["cpu"] and 0 < timing["worker"] < 60_000
    assert "server-timing" not in client.get("/health").headers


def test_a_worker_keeps_what_it_loaded_out_of_full_collections() -> None:
    from toolkit.service import work

    gc.unfreeze()
    try:
        work.start(work.Base())
        assert gc.get_freeze_count() > 10_000  # modules, models, background statistics
        assert len(gc.get_objects()) < gc.get_freeze_count() / 10
    finally:
        gc.unfreeze()


def test_health_and_openapi(client: httpx.Client) -> None:
    health = client.get("/health")
    assert health.status_code == 200 and health.json()["status"] == "ok"
    schema = client.get("/openapi.json").json()
    assert {"/v1/summarize", "/v1/clean", "/v1/plugins", "/health"} <= set(schema["paths"])
    options = schema["components"]["schemas"]["SummarizeRequest"]["properties"]
    assert {"text", "url", "sentences", "scorer", "format"} <= set(options)


# --- bad requests: one line, 4xx, and the service goes on ---------------------------


JSON = "application/json"
BAD_REQUESTS = [
    ("bad JSON", b'{"text": "unterminated', JSON, 400, "not valid JSON"),
    ("not an object", b"[1, 2]", JSON, 400, "JSON object"),
    ("form data", b"text=hello", "application/x-www-form-urlencoded", 400, "Content-Type"),
    ("empty body", b"", JSON, 400, "JSON object"),
    ("unknown option", b'{"text": "Hi.", "colour": "red"}', JSON, 400, "colour"),
    ("no corpus option", b'{"text": "Hi.", "corpus": "/etc"}', JSON, 400, "corpus"),
    ("no input", b'{"sentences": 2}', JSON, 400, "'text' or 'url'"),
    ("both inputs", b'{"text": "Hi.", "url": "http://127.0.0.1:9/"}', JSON, 400, "either"),
    ("binary text", b'{"text": "\\u0000\\u0001\\u0002PK\\u0003\\u0004"}', JSON, 400, "binary"),
    ("blank text", b'{"text": "   \\n\\t "}', JSON, 400, "white space"),
    ("zero sentences", b'{"text": "Hi.", "sentences": 0}', JSON, 400, "sentences"),
    ("string sentences", b'{"text": "Hi.", "sentences": "3"}', JSON, 400, "sentences"),
    ("unknown scorer", b'{"text": "Hi.", "scorer": "nope"}', JSON, 400, "unknown scorer 'nope'"),
    ("unknown format", b'{"text": "Hi.", "format": "pdf"}', JSON, 400, "formatter 'pdf'"),
    ("file URL", b'{"url": "file:///etc/passwd"}', JSON, 400, "only http and https"),
    ("unreachable URL", b'{"url": "http://127.0.0.1:9/story"}', JSON, 400, "cannot be fetched"),
    ("text too large", b'{"text": "' + b"word " * 70_000 + b'"}', JSON, 413, "300,000-byte"),
    ("body too large", b'{"text": "' + b"x" * 700_000 + b'"}', JSON, 413, "request body"),
]


@pytest.mark.parametrize(
    "body, content_type, status, expected",
    [case[1:] for case in BAD_REQUESTS],
    ids=[case[0] for case in BAD_REQUESTS],
)
def test_bad_requests_get_a_one_line_json_error(
    client: httpx.Client, body: bytes, content_type: str, status: int, expected: str
) -> None:
    response = client.post("/v1/summarize", content=body, headers={"content-type": content_type})
    assert expected in assert_one_line_error(response, status)
    good = client.post("/v1/summarize", json={"text": SEED.read_text(encoding="utf-8")})
    assert good.status_code == 200


def test_clients_that_hang_up_do_not_stop_the_service(server: Server) -> None:
    long_text = SEED.read_text(encoding="utf-8") * 20
    for _ in range(4):
        with httpx.Client(base_url=server.url, timeout=0.02) as impatient:
            with pytest.raises(httpx.TimeoutException):
                impatient.post("/v1/summarize", json={"text": long_text})
    with httpx.Client(base_url=server.url, timeout=120) as patient:
        response = patient.post("/v1/summarize", json={"text": long_text})
        assert response.status_code == 200, response.text
    assert server.alive()


def test_unknown_routes_and_methods_are_json_errors(client: httpx.Client) -> None:
    assert_one_line_error(client.get("/v1/nothing"), 404)
    assert_one_line_error(client.get("/v1/summarize"), 405)
    message = assert_one_line_error(client.post("/v1/clean", json={"text": "Hi.", "n": 2}), 400)
    assert message == "unknown option 'n' (known: text, url)"


def test_no_endpoint_reads_a_local_file(client: httpx.Client) -> None:
    secret = Path(REPO / "pyproject.toml")
    for route in ("/v1/summarize", "/v1/clean"):
        for field in ("url",):
            for value in (secret.as_uri(), str(secret), f"file:{secret}"):
                response = client.post(route, json={field: value})
                assert response.status_code == 400, (route, value, response.text)
                assert "toolkit-news" not in response.text
        as_text = client.post(route, json={"text": str(secret)})
        assert "toolkit-news" not in as_text.text  # the path is the text, not a file to read


def test_listens_on_loopback_by_default() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "toolkit", "serve", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0 and "127.0.0.1" in result.stdout
    assert "pip install 'toolkit-news[serve]'" in result.stdout


def test_still_serving_after_everything_above(server: Server, client: httpx.Client) -> None:
    assert server.alive()
    assert client.get("/health").status_code == 200
    assert "Traceback" not in server.errors()


# --- failing plugins, the time limit, a missing extra -------------------------------


def test_a_failing_plugin_is_a_500_that_names_it(
    with_plugins: Path, cache_env: dict[str, str]
) -> None:
    with Server("--workers", "1", env=cache_env) as running, httpx.Client(timeout=60) as http:
        url = f"{running.url}/v1/summarize"
        text = SEED.read_text(encoding="utf-8")
        response = http.post(url, json={"text": text, "scorer": "exploding"})
        message = assert_one_line_error(response, 500)
        assert message.startswith("plugin 'failing-scorer' failed in scorer 'exploding'")
        assert http.post(url, json={"text": text}).status_code == 200
        options = {"scorer": "shortest", "sentences": 2}
        longest = {**options, "plugin_options": {"example": {"prefer": "longest"}}}
        answer = http.post(url, json={"text": text, **longest})
        assert answer.status_code == 200, answer.text
        flags = ["--scorer", "shortest", "-n", "2", "--format", "json"]
        printed = cli_bytes("summarize", "-", *flags, "--option", "example.prefer=longest",
                            stdin=text.encode(), env=cache_env)  # fmt: skip
        assert answer.content == printed
        assert answer.content != http.post(url, json={"text": text, **options}).content
        unknown = http.post(url, json={"text": text, "plugin_options": {"nobody": {"k": 1}}})
        assert "no plugin named 'nobody'" in assert_one_line_error(unknown, 400)
        log = running.errors()
        assert "toolkit: warning: plugin 'broken-import' failed to load" in log
        assert "Traceback" not in log


def test_a_request_over_the_time_limit_is_stopped_and_the_service_goes_on(
    cache_env: dict[str, str],
) -> None:
    long_text = SEED.read_text(encoding="utf-8") * 200
    with Server("--workers", "1", "--time-limit", "0.3", env=cache_env) as running:
        with httpx.Client(base_url=running.url, timeout=120) as http:
            message = assert_one_line_error(
                http.post("/v1/summarize", json={"text": long_text}), 422
            )
            assert "0.3-second limit" in message
            good = http.post("/v1/summarize", json={"text": 'He said: "We will win."'})
            assert good.status_code == 200, good.text
            assert running.alive()


def test_without_the_extra_the_cli_says_so_in_one_line() -> None:
    code = (
        "import sys; sys.modules['fastapi'] = None; sys.argv = ['toolkit', 'serve'];"
        "from toolkit.cli import main; main()"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "toolkit: error: toolkit serve needs fastapi: pip install 'toolkit-news[serve]'"
    ]


def test_cli_start_up_does_not_import_the_web_stack() -> None:
    probe = (
        "import sys\nfrom toolkit.cli import app\n"
        "for args in (['--help'], ['serve', '--help'], ['plugins']):\n"
        "    try:\n        app(args)\n    except SystemExit:\n        pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'fastapi', 'uvicorn', 'starlette', 'httpx', 'pydantic'}))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
