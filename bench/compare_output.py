"""Is ``toolkit summarize --format json`` byte-identical to another commit's?

    python bench/compare_output.py REV                 # REV's output against this tree's
    python bench/compare_output.py --save DIR [REV]    # store REV's (or this tree's) output
    python bench/compare_output.py --baseline DIR      # this tree's output against a stored one

For a refactoring that must not change what users get. The documents: the
bundled corpus (corpus/*.txt), the first 200 PolNeAR train articles and the
first 200 Reuters-21578 (Lewis test) articles from ../shared/data. Each is
written to a .txt file under a fixed folder, and the real command line
(``toolkit summarize FILE --format json``, the typer app run in-process, one
call per document, so the plugins load once) produces its output. Byte
identity is checked per document on stdout, stderr and the exit code.

REV is built into a temporary folder (``git archive`` then a non-editable
``pip install --target``, so its entry points and package data are its own)
and run with that folder first on ``PYTHONPATH``; "this tree" is whatever
``toolkit`` the running interpreter imports (the editable install).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# ../shared/data beside the main checkout (one level further up from a git worktree)
DATA = next(
    (p / "shared" / "data" for p in REPO.parents if (p / "shared" / "data").is_dir()),
    REPO.parent / "shared" / "data",
)
SETS = {
    "polnear": DATA / "quotes" / "polnear_train.jsonl",
    "reuters": DATA / "news" / "reuters21578_lewis_test_articles.jsonl",
}
INPUTS = Path(tempfile.gettempdir()) / "toolkit_compare_inputs"


def write_inputs(count: int) -> list[str]:
    """The documents as files under INPUTS; their paths relative to it."""
    names = []
    for path in sorted((REPO / "corpus").glob("*.txt")):
        names.append(_write(f"corpus/{path.name}", path.read_text(encoding="utf-8")))
    for label, source in SETS.items():
        with source.open(encoding="utf-8") as handle:
            for n, line in zip(range(count), handle, strict=False):
                names.append(_write(f"{label}/{n:03d}.txt", json.loads(line)["text"]))
    return names


def _write(name: str, text: str) -> str:
    path = INPUTS / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return name


def run_worker(out: Path, names: list[str]) -> None:
    """Run the CLI on every document with the ``toolkit`` this process imports."""
    from typer.testing import CliRunner

    import toolkit
    from toolkit.cli import app

    print(f"toolkit from {Path(toolkit.__file__).parent}", file=sys.stderr)
    runner = CliRunner()
    os.chdir(INPUTS)
    for name in names:
        result = runner.invoke(app, ["summarize", name, "--format", "json"])
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        stderr = result.stderr_bytes or b""
        target.with_suffix(".json").write_bytes(result.stdout_bytes)
        target.with_suffix(".err").write_bytes(f"exit {result.exit_code}\n".encode() + stderr)


def produce(out: Path, names: list[str], rev: str | None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="compare_output_") as tmp:
        if rev is not None:
            site = _build(rev, Path(tmp))
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH")]))
        subprocess.run(
            [sys.executable, __file__, "--worker", str(out), *names],
            env=env,
            check=True,
            cwd=tmp,
        )


def _build(rev: str, tmp: Path) -> Path:
    src, site = tmp / "src", tmp / "site"
    src.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", rev],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation"]
        + ["--no-compile", "--target", str(site), str(src)],
        check=True,
        stderr=subprocess.DEVNULL,
    )
    return site


def compare(before: Path, after: Path, names: list[str]) -> int:
    """Print identical/different counts per set; the number of differences."""
    counts: dict[str, list[int]] = {}
    different: list[str] = []
    for name in names:
        label = name.split("/", 1)[0]
        same = all(
            (before / name).with_suffix(suffix).read_bytes()
            == (after / name).with_suffix(suffix).read_bytes()
            for suffix in (".json", ".err")
        )
        tally = counts.setdefault(label, [0, 0])
        tally[0 if same else 1] += 1
        if not same:
            different.append(name)
    for label, (same, differ) in counts.items():
        print(f"{label:8} {same + differ:4} documents: {same:4} byte-identical, {differ} differ")
    total = sum(sum(t) for t in counts.values())
    print(f"{'all':8} {total:4} documents: {total - len(different):4} byte-identical, "
          f"{len(different)} differ")
    for name in different[:20]:
        print(f"  differs: {name}  (diff {before / name} {after / name}, .json/.err)")
    return len(different)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rev", nargs="?", help="git commit to compare against (or to --save)")
    parser.add_argument("--save", type=Path, help="store the output in DIR and stop")
    parser.add_argument("--baseline", type=Path, help="compare against output stored in DIR")
    parser.add_argument("--docs", type=int, default=200, help="articles per data set (200)")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.worker:
        run_worker(args.worker, [args.rev, *rest] if args.rev else rest)
        return 0
    names = write_inputs(args.docs)
    if args.save:
        produce(args.save, names, args.rev)
        print(f"saved {len(names)} outputs of {args.rev or 'this tree'} in {args.save}")
        return 0
    with tempfile.TemporaryDirectory(prefix="compare_output_runs_") as tmp:
        before = args.baseline
        if before is None:
            if args.rev is None:
                parser.error("give a REV or --baseline DIR")
            before = Path(tmp) / "before"
            produce(before, names, args.rev)
        after = Path(tmp) / "after"
        produce(after, names, None)
        return 1 if compare(before, after, names) else 0


if __name__ == "__main__":
    sys.exit(main())
