"""Adversarial input: running-time growth, a regular-expression audit, big files.

    python bench/adversarial.py [--base 25000] [--budget 20] [--big-mb 5,20,50]
                                [--only NAMES] [--skip-regex] [--skip-big]

1. Families of hostile text (runs of dots, quote marks, white space, capitals,
   nested brackets, 'a' * N, HTML fragments, URLs...) through the whole
   pipeline and the text formatter (HTML families also through the HTML
   extractor) at N, 2N, 4N, 8N characters: growth per doubling (2 is linear,
   4 quadratic) and the slowest component. 3x or more is flagged.
2. Every compiled pattern of toolkit/ and plugins/: nested quantifiers, and the
   growth of ``finditer`` over pumped strings (a run of one unit, then a
   character that makes the match fail) at 1k-8k characters.
3. `toolkit summarize` on --big-mb files (a news paragraph repeated), with the
   default --max-bytes and with it raised: exit code, wall time, peak RSS.
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # regex_audit, beside this script

from _growth import FLAG_RATIO, best_of, fill  # noqa: E402
from regex_audit import regex_rows  # noqa: E402

SEED = REPO / "corpus" / "putin-al-sharaa-kremlin.txt"
DOUBLINGS = 3  # N, 2N, 4N, 8N


def _namesakes(n: int) -> str:
    """Thousands of different people with one surname: "Abcd Lee said ..." (each a new
    given name), then the bare "Lee"."""
    letters = itertools.product(string.ascii_lowercase, repeat=4)
    unit = '"We won," {} Lee said. Lee agreed. '
    count = n // len(unit) + 1
    return "".join(unit.format("A" + "".join(p)) for p in itertools.islice(letters, count))[:n]


def _seed_body() -> str:
    return SEED.read_text(encoding="utf-8").split("\n\n", 3)[-1]


# name -> text of about n characters
FAMILIES: dict[str, Callable[[int], str]] = {
    "dots": lambda n: "." * n,
    "spaced dots": lambda n: fill(". ", n),
    "ellipses and ?!": lambda n: fill("...?!… ", n),
    "straight quotes": lambda n: '"' * n,
    "mixed quote marks": lambda n: fill("\"“”„«»‹›‘’'", n),
    "quote then word": lambda n: fill('"word ', n),
    "apostrophes": lambda n: fill("it's '90s rock'n'roll ", n),
    "spaces": lambda n: "Word" + " " * n + "word.",
    "newlines": lambda n: "Word" + "\n" * n + "word.",
    "blank-line mix": lambda n: fill(" \t\n\n \r\n", n) + "End.",
    "one-word lines": lambda n: fill("word\n", n),
    "blank-padded short lines": lambda n: fill("x" + " " * 70 + "!\n", n),
    "capitals run": lambda n: "A" * n,
    "capital words": lambda n: fill("ABC DEF GHI. ", n),
    "title-case names": lambda n: fill("John Smith ", n),
    "initials": lambda n: fill("J. R. ", n),
    "abbreviations": lambda n: fill("Dr. Mr. U.S. a.m. e.g. Inc. ", n),
    "numbers": lambda n: fill("1.2.3.4 3.14 10:30 ", n),
    "nested brackets": lambda n: "(" * (n // 2) + "x" + ")" * (n // 2),
    "open brackets": lambda n: fill("([{<", n),
    "a * N": lambda n: "a" * n,
    "words without punctuation": lambda n: fill("word ", n),
    "dashes": lambda n: fill("— – - ", n),
    "colons": lambda n: fill("a: b; ", n),
    "urls and emails": lambda n: fill(
        "see https://example.com/a/b.html?c=d&e=f or john.smith@example.co.uk ", n
    ),
    "said quotes": lambda n: fill('"Yes," he said. ', n),
    "two-apostrophe quotes": lambda n: fill("''Yes,'' he said. ``No'' ''' ", n),
    "middle-initial names": lambda n: fill("said Jo B. Lee, Al C. D. ", n),
    "thousands of namesakes": _namesakes,
    "quotes in one sentence": lambda n: fill('he said "a" and "b" and ', n),
    "reported chain": lambda n: fill("he said that she told them that ", n),
    "control characters": lambda n: fill("a\x01b\x02 c\x1b[0m. ", n),
    "right-to-left": lambda n: fill('قال الرئيس: "نحن مستعدون". \u202eevil\u202c ', n),
    "news paragraphs": lambda n: fill(_seed_body() + "\n\n", n),
    "html <a b='": lambda n: fill("<a b='", n),
    "html nested divs": lambda n: fill("<div>", n // 2) + fill("</div>", n // 2),
    "html open comments": lambda n: fill("<!-- x", n),
    "html entities": lambda n: fill("&amp;&#x41;&#65;&", n),
    "html processing instructions": lambda n: fill("<?", n),
    "html unclosed paragraphs": lambda n: fill("<p>x", n),
    "html stray end tags": lambda n: fill("</span>", n) + "<p>end</p>",
}
HTML_FAMILIES = tuple(name for name in FAMILIES if name.startswith("html"))


# --- 1. pipeline families -------------------------------------------------------------


@dataclass
class Timing:
    seconds: list[float]  # per size, N..8N (shorter if the budget ran out)
    slowest: str = ""  # component that took the most time at the largest size

    @property
    def ratios(self) -> list[float]:
        pairs = itertools.pairwise(self.seconds)
        return [b / a if a > 0 else float("inf") for a, b in pairs]

    @property
    def mean_ratio(self) -> float:
        """Geometric mean of the ratios: (t(last) / t(first)) ** (1 / doublings)."""
        if len(self.seconds) < 2 or self.seconds[0] <= 0:
            return float("nan")
        return (self.seconds[-1] / self.seconds[0]) ** (1 / (len(self.seconds) - 1))

    def flagged(self, complete: int) -> bool:
        # ratios of tiny times are noise: only judge doublings that end above 5 ms
        judged = [r for r, t in zip(self.ratios, self.seconds[1:], strict=True) if t > 0.005]
        return len(self.seconds) < complete or any(r >= FLAG_RATIO for r in judged)

    def merged(self, other: Timing) -> Timing:
        """The faster time of two runs at each size (a busy machine only adds time)."""
        seconds = [min(a, b) for a, b in zip(self.seconds, other.seconds, strict=False)]
        return Timing(seconds, other.slowest or self.slowest)


class _Clock:
    """Wraps every component of a registry to add up its time."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.size = 0  # length of the text being timed

    def wrap(self, component):  # type: ignore[no-untyped-def]
        label = f"{component.kind} {component.name}"
        function = component.function

        def timed(*args):  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            try:
                return function(*args)
            finally:
                self.spent[label] = self.spent.get(label, 0.0) + time.perf_counter() - start

        return replace(component, function=timed)


def _timed_registry(clock: _Clock):  # type: ignore[no-untyped-def]
    from toolkit.registry import Registry, get_registry

    base = get_registry()
    components = {
        kind: {name: clock.wrap(c) for name, c in named.items()}
        for kind, named in base.components.items()
    }
    return Registry(plugins=base.plugins, components=components)


def grow(
    make: Callable[[int], str], base: int, budget: float, action: Callable[[str], object]
) -> Timing:
    """Best-of-3 seconds of ``action(make(size))`` at N, 2N, 4N, 8N (fewer past ``budget``)."""
    timing = Timing([])
    for size in (base * 2**k for k in range(DOUBLINGS + 1)):
        text = make(size)
        timing.seconds.append(best_of(3, lambda text=text: action(text)))
        if timing.seconds[-1] > budget:
            break
    return timing


def time_pipeline(make: Callable[[int], str], base: int, budget: float) -> Timing:
    """The whole pipeline and the text formatter; ``slowest`` is the component
    that took the most time at the largest size."""
    from toolkit.api import resolve_background
    from toolkit.pipeline import Options, run

    clock = _Clock()
    registry = _timed_registry(clock)
    options = Options(background=resolve_background("bundled"))
    formatter = registry.get("formatter", "text").function

    def action(text: str) -> None:
        if len(text) != clock.size:  # a new size: keep the largest size's times only
            clock.spent.clear()
            clock.size = len(text)
        formatter(run(text, options, registry))

    timing = grow(make, base, budget, action)
    timing.slowest = max(clock.spent, key=clock.spent.__getitem__, default="")
    return timing


def time_html(make: Callable[[int], str], base: int, budget: float, engine: str) -> Timing:
    from toolkit.web import extract

    return grow(make, base, budget, lambda html: extract(html, engine=engine))


def _ratio_cells(timing: Timing) -> str:
    cells = [f"{r:.1f}" for r in timing.ratios]
    cells += ["stopped"] * (DOUBLINGS - len(cells))
    return " / ".join(cells)


def family_rows(base: int, budget: float) -> Iterator[str]:
    from toolkit.plugins.html.trafilatura_extractor import available as trafilatura_available

    engines = ["fallback"] + (["trafilatura"] if trafilatura_available() else [])
    for name, make in FAMILIES.items():
        runs: list[tuple[str, Callable[[], Timing]]] = [
            ("pipeline", lambda make=make: time_pipeline(make, base, budget))
        ]
        if name in HTML_FAMILIES:
            runs += [
                (f"extract ({e})", lambda make=make, e=e: time_html(make, base, budget, e))
                for e in engines
            ]
        for what, measure in runs:
            timing = measure()
            if timing.flagged(DOUBLINGS + 1) and len(timing.seconds) == DOUBLINGS + 1:
                timing = timing.merged(measure())  # a second look: is it noise?
            flag = "**FLAG**" if timing.flagged(DOUBLINGS + 1) else "ok"
            last = timing.seconds[-1]
            yield (
                f"| {name} | {what} | {len(make(base * 2**DOUBLINGS)):,} | {last * 1000:,.0f} "
                f"| {_ratio_cells(timing)} | {timing.mean_ratio:.2f} "
                f"| {timing.slowest or '-'} | {flag} |"
            )


# --- 3. big files -----------------------------------------------------------------------

_PROBE = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,"
    " text=True)\n"
    "wall = time.perf_counter() - start\n"
    "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "line = (done.stderr.strip().splitlines() or [''])[-1]\n"
    "print(done.returncode, f'{wall:.2f}', rss, line, sep='\\t')\n"
)


def write_big_file(path: Path, megabytes: float) -> None:
    paragraph = (_seed_body().strip() + "\n\n").encode("utf-8")
    target = int(megabytes * 1_000_000)
    with path.open("wb") as handle:
        handle.write(paragraph * (target // len(paragraph)))


def cli_probe(*args: str) -> tuple[int, float, int, str]:
    """(exit code, wall seconds, peak RSS KiB, last stderr line) of `toolkit ARGS`."""
    command = [sys.executable, "-m", "toolkit", *args]
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, *command], check=True, capture_output=True, text=True
    )
    code, wall, rss, line = out.stdout.rstrip("\n").split("\t")
    return int(code), float(wall), int(rss), line


def big_rows(sizes_mb: list[float]) -> Iterator[str]:
    yield "| file | --max-bytes | exit | wall s | peak RSS MB | stderr |"
    yield "| --- | --- | --- | --- | --- | --- |"
    with tempfile.TemporaryDirectory() as tmp:
        for megabytes in sizes_mb:
            path = Path(tmp) / f"big-{megabytes:g}MB.txt"
            write_big_file(path, megabytes)
            size = path.stat().st_size
            limits = ["default"] if size > 20_000_000 else []
            limits.append(str(size + 1))
            for limit in limits:
                extra = [] if limit == "default" else ["--max-bytes", limit]
                code, wall, rss, line = cli_probe("summarize", str(path), "-f", "json", *extra)
                shown = line.replace(str(path), path.name)[:90] or "-"
                yield (
                    f"| {size / 1e6:.1f} MB | {limit} | {code} | {wall:.1f} "
                    f"| {rss / 1024:,.0f} | {shown} |"
                )


# --- main -----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=25_000, help="N, in characters")
    parser.add_argument("--budget", type=float, default=20.0, help="seconds per run, at most")
    parser.add_argument("--big-mb", default="5,20,50", help="sizes of the big files, in MB")
    parser.add_argument("--only", help="comma-separated family names")
    parser.add_argument("--skip-regex", action="store_true")
    parser.add_argument("--skip-big", action="store_true")
    args = parser.parse_args(argv)
    if args.only:
        wanted = {name.strip() for name in args.only.split(",")}
        for name in list(FAMILIES):
            if name not in wanted:
                del FAMILIES[name]

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; N = {args.base:,} characters\n")  # fmt: skip
    print(
        "| family | what | chars at 8N | ms at 8N | growth per doubling | mean "
        "| slowest component | verdict |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for row in family_rows(args.base, args.budget):
        print(row, flush=True)
    if not args.skip_regex:
        print()
        for row in regex_rows():
            print(row, flush=True)
    if not args.skip_big:
        print()
        for row in big_rows([float(s) for s in args.big_mb.split(",") if s.strip()]):
            print(row, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
