"""Shared fixtures: paths, the seed article, and real third-party plugin
distributions built and installed (pip --target) into a temporary folder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "putin-al-sharaa-kremlin.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_DATA = REPO.parent / "shared" / "data"


def shared_data_file(relative: str) -> Path:
    """A file of ../shared/data. CI always has that folder, so there a missing
    file fails the test; on a machine without it the test is skipped."""
    path = SHARED_DATA / relative
    if not path.exists():
        message = f"shared evaluation data not present: {path}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def plugin_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder where the fixture plugin distributions are pip-installed."""
    target = tmp_path_factory.mktemp("plugin-site")
    for name in ("toolkit-example", "toolkit-broken-examples"):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--no-deps",
                "--no-build-isolation",
                "--no-index",
                "--target",
                str(target),
                str(FIXTURES / name),
            ],
            check=True,
            capture_output=True,
        )
    return target


@pytest.fixture
def with_plugins(plugin_site: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Make the installed fixture plugins visible to this process and to
    subprocesses; clears the registry cache before and after."""
    from toolkit import registry

    monkeypatch.syspath_prepend(str(plugin_site))
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join([str(plugin_site), os.environ.get("PYTHONPATH", "")])
    )
    registry._cached_registry.cache_clear()
    yield plugin_site
    registry._cached_registry.cache_clear()
    for module in [m for m in sys.modules if m.startswith("toolkit_")]:
        del sys.modules[module]


@pytest.fixture(autouse=True)
def _isolated_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    monkeypatch.delenv("TOOLKIT_LOAD_PLUGINS", raising=False)
    monkeypatch.delenv("TOOLKIT_DISABLE_PLUGINS", raising=False)
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


def run_cli(
    *args: str, input: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m toolkit`` in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "toolkit", *args],
        input=input,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=REPO,
        timeout=120,
    )
