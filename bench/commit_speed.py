"""Speed of this checkout against another commit, in one run.

An issue's speed budget is a ratio against the commit before, measured in one
run on one machine. This script exports ``BASE`` (any git ref) into a temporary
folder laid out as the installed package, then, alternating the two code bases
``--rounds`` times (so load on a shared machine falls on both alike):

* the full pipeline's documents per second on Reuters-21578 articles
  (``bench/throughput.py``'s ``toolkit_rate``), in a fresh process each;
* cold wall time of ``python -m toolkit summarize`` on the bundled article.

Reported: the median of each, and the ratio head / base.

Usage (from the repository root)::

    nice .venv/bin/python bench/commit_speed.py BASE [--docs 300] [--rounds 3]
        [--base-python PATH]

``--base-python`` runs the base with the interpreter of a separate checkout of
``BASE`` installed in its own virtual environment (``git worktree add /tmp/base
BASE``, a venv there, ``pip install -e .``) instead of from an exported tree.

Until 2026-12-03 the runs started in the checkout, where ``python -c`` imports
the checkout's own ``toolkit`` ahead of ``PYTHONPATH``: the "base" was this
checkout's code, so every ratio printed was about 1 whatever the base. They
start in the temporary folder now; both ways agree (Reuters, a3486e7 against
main: 0.56 exported, 0.49 with ``--base-python``, one run each under load).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "putin-al-sharaa-kremlin.txt"
sys.path.insert(0, str(REPO / "bench"))
from web_pages import DATA  # noqa: E402

REUTERS = DATA / "news" / "reuters21578_lewis_test_articles.jsonl"


def export(ref: str, folder: Path) -> Path:
    """``ref``'s tree as an importable ``toolkit`` package under ``folder/site``."""
    archive = subprocess.run(
        ["git", "archive", ref], cwd=REPO, capture_output=True, check=True
    ).stdout
    source = folder / "source"
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(source, filter="data")
    site = folder / "site"
    shutil.copytree(source / "toolkit", site / "toolkit")
    shutil.copytree(source / "plugins", site / "toolkit" / "plugins")
    shutil.copytree(source / "corpus", site / "toolkit" / "corpus")
    _distribution_info(source, site)
    return site


def _distribution_info(source: Path, site: Path) -> None:
    """The base's own distribution metadata in ``site``. importlib.metadata takes
    the first distribution of a name on the path, and ``site`` comes first, so
    the base loads its own entry points (its built-ins among them), not the ones
    of the checkout installed in this environment (which made the base load
    plugins it does not have, and run several times slower)."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    project = tomllib.loads((source / "pyproject.toml").read_text("utf-8"))["project"]
    name, version = project["name"], project.get("version", "0")
    info = site / f"{name.replace('-', '_')}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", "utf-8"
    )
    lines = []
    for group, entries in project.get("entry-points", {}).items():
        lines += [f"[{group}]", *(f"{key} = {value}" for key, value in entries.items())]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n", "utf-8")


def _env(site: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if site is not None:
        env["PYTHONPATH"] = str(site)
    return env


def last_line(python: str, site: Path | None, code: str, *args: str) -> str:
    """The last line ``python -c code args`` prints, run with ``site`` (a base)
    first on the path, or as installed when ``site`` is None."""
    out = subprocess.run(
        # not from the checkout: ``python -c`` would import its toolkit, whatever ``python``
        [python, "-c", code, *args],
        cwd=tempfile.gettempdir(),
        env=_env(site),
        capture_output=True,
        text=True,
    )
    if out.returncode:
        raise SystemExit(out.stderr)
    return out.stdout.strip().splitlines()[-1]


def rate(python: str, site: Path | None, docs: int) -> float:
    code = (
        f"import sys; sys.path.insert(0, {str(REPO / 'bench')!r}); import throughput as t; "
        "from pathlib import Path; "
        f"print(t.toolkit_rate(t.load_texts(Path({str(REUTERS)!r}), {docs})))"
    )
    return float(last_line(python, site, code))


def cold(python: str, site: Path | None) -> float:
    started = time.perf_counter()
    subprocess.run(
        [python, "-m", "toolkit", "summarize", str(SEED)],
        cwd=tempfile.gettempdir(),
        env=_env(site),
        capture_output=True,
        check=True,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base")
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--base-python", help="interpreter of BASE installed on its own")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        site = None if args.base_python else export(args.base, Path(folder))
        runs = (("base", args.base_python or sys.executable, site), ("head", sys.executable, None))
        rates: dict[str, list[float]] = {"base": [], "head": []}
        colds: dict[str, list[float]] = {"base": [], "head": []}
        for _ in range(args.rounds):
            for name, python, where in runs:
                rates[name].append(rate(python, where, args.docs))
                colds[name].append(cold(python, where))
    base_rate, head_rate = (statistics.median(rates[k]) for k in ("base", "head"))
    base_cold, head_cold = (statistics.median(colds[k]) for k in ("base", "head"))
    print(f"base {args.base}, {args.docs} Reuters documents, {args.rounds} rounds, medians")
    print("| measure | base | head | head/base |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| pipeline docs/s | {base_rate:.1f} | {head_rate:.1f} | {head_rate / base_rate:.2f} |")
    print(
        f"| cold `toolkit summarize` (s) | {base_cold:.3f} | {head_cold:.3f} | "
        f"{head_cold / base_cold:.2f} |"
    )


if __name__ == "__main__":
    main()
