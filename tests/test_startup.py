"""The CLI starts without heavy libraries, and python -m toolkit works."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import REPO

HEAVY = ("sklearn", "nltk", "scipy", "vaderSentiment")

PROBE = """
import sys, json
from toolkit.cli import app
try:
    app({args!r})
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r})))
"""


@pytest.mark.parametrize("args", [["--help"], ["plugins"], ["summarize", "--help"]])
def test_command_does_not_import_heavy_libraries(args: list[str]) -> None:
    code = PROBE.format(args=args, heavy=set(HEAVY))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_python_dash_m_matches_console_script() -> None:
    by_module = subprocess.run(
        [sys.executable, "-m", "toolkit", "--help"], capture_output=True, text=True
    )
    assert by_module.returncode == 0
    assert "summarize" in by_module.stdout and "plugins" in by_module.stdout


def test_every_command_has_help() -> None:
    for command in ("summarize", "plugins", "sentences"):
        result = subprocess.run(
            [sys.executable, "-m", "toolkit", command, "--help"], capture_output=True, text=True
        )
        assert result.returncode == 0 and "Usage" in result.stdout, command


def test_summarizing_a_file_loads_no_http_client_or_validation_library() -> None:
    """A file on disk needs neither the URL fetcher nor typer's optional pydantic layer."""
    code = PROBE.format(
        args=["summarize", "corpus/putin-al-sharaa-kremlin.txt"],
        heavy={"http", "urllib3", "pydantic", "pydantic_core", "sklearn"},
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
