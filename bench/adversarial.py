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
import importlib
import itertools
import os
import platform
import re
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "putin-al-sharaa-kremlin.txt"
FLAG_RATIO = 3.0
DOUBLINGS = 3  # N, 2N, 4N, 8N


def _fill(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


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
    "spaced dots": lambda n: _fill(". ", n),
    "ellipses and ?!": lambda n: _fill("...?!… ", n),
    "straight quotes": lambda n: '"' * n,
    "mixed quote marks": lambda n: _fill("\"“”„«»‹›‘’'", n),
    "quote then word": lambda n: _fill('"word ', n),
    "apostrophes": lambda n: _fill("it's '90s rock'n'roll ", n),
    "spaces": lambda n: "Word" + " " * n + "word.",
    "newlines": lambda n: "Word" + "\n" * n + "word.",
    "blank-line mix": lambda n: _fill(" \t\n\n \r\n", n) + "End.",
    "one-word lines": lambda n: _fill("word\n", n),
    "blank-padded short lines": lambda n: _fill("x" + " " * 70 + "!\n", n),
    "capitals run": lambda n: "A" * n,
    "capital words": lambda n: _fill("ABC DEF GHI. ", n),
    "title-case names": lambda n: _fill("John Smith ", n),
    "initials": lambda n: _fill("J. R. ", n),
    "abbreviations": lambda n: _fill("Dr. Mr. U.S. a.m. e.g. Inc. ", n),
    "numbers": lambda n: _fill("1.2.3.4 3.14 10:30 ", n),
    "nested brackets": lambda n: "(" * (n // 2) + "x" + ")" * (n // 2),
    "open brackets": lambda n: _fill("([{<", n),
    "a * N": lambda n: "a" * n,
    "words without punctuation": lambda n: _fill("word ", n),
    "dashes": lambda n: _fill("— – - ", n),
    "colons": lambda n: _fill("a: b; ", n),
    "urls and emails": lambda n: _fill(
        "see https://example.com/a/b.html?c=d&e=f or john.smith@example.co.uk ", n
    ),
    "said quotes": lambda n: _fill('"Yes," he said. ', n),
    "two-apostrophe quotes": lambda n: _fill("''Yes,'' he said. ``No'' ''' ", n),
    "middle-initial names": lambda n: _fill("said Jo B. Lee, Al C. D. ", n),
    "thousands of namesakes": _namesakes,
    "quotes in one sentence": lambda n: _fill('he said "a" and "b" and ', n),
    "reported chain": lambda n: _fill("he said that she told them that ", n),
    "control characters": lambda n: _fill("a\x01b\x02 c\x1b[0m. ", n),
    "right-to-left": lambda n: _fill('قال الرئيس: "نحن مستعدون". \u202eevil\u202c ', n),
    "news paragraphs": lambda n: _fill(_seed_body() + "\n\n", n),
    "html <a b='": lambda n: _fill("<a b='", n),
    "html nested divs": lambda n: _fill("<div>", n // 2) + _fill("</div>", n // 2),
    "html open comments": lambda n: _fill("<!-- x", n),
    "html entities": lambda n: _fill("&amp;&#x41;&#65;&", n),
    "html processing instructions": lambda n: _fill("<?", n),
    "html unclosed paragraphs": lambda n: _fill("<p>x", n),
    "html stray end tags": lambda n: _fill("</span>", n) + "<p>end</p>",
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


def _best_of(repeat: int, action: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def grow(
    make: Callable[[int], str], base: int, budget: float, action: Callable[[str], object]
) -> Timing:
    """Best-of-3 seconds of ``action(make(size))`` at N, 2N, 4N, 8N (fewer past ``budget``)."""
    timing = Timing([])
    for size in (base * 2**k for k in range(DOUBLINGS + 1)):
        text = make(size)
        timing.seconds.append(_best_of(3, lambda text=text: action(text)))
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
    from toolkit.plugins.html_trafilatura import available as trafilatura_available

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


# --- 2. regular expressions -----------------------------------------------------------

_SOURCE_DIRS = (REPO / "toolkit", REPO / "plugins")
_PUMPS = (
    "a", "A", "Aa", "aA", " ", "\n", " \n", "\t", ".", "a.", "A.", "a ", "A ", "-", "a-",
    "'", "’", '"', "“", "a'", "1", "1.", "1,", "<", "<a ", "=", "a=", "&", "/", "a/",
    "(", "@", "a@", ":", "Mr. ", "said ", "The ",
)  # fmt: skip
_TAILS = ("", "\x00", "!", "\n\x00")
SHORT = 400  # the longest line the cleaning rules run a pattern on (4 * MAX_DATE_LINE)


def _module_name(path: Path) -> str:
    if path.parent.name == "plugins":
        return f"toolkit.plugins.{path.stem}"
    return f"toolkit.{path.stem}"


def regex_sites() -> list[str]:
    """``file:line`` of every ``re.*(...)`` call and LazyPattern in the sources (a grep)."""
    call = re.compile(
        r"\bre\.(?:compile|search|match|fullmatch|sub|subn|split|findall)\(|LazyPattern\("
    )
    return [
        f"{path.relative_to(REPO)}:{number}"
        for folder in _SOURCE_DIRS
        for path in sorted(folder.glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if call.search(line) and not line.lstrip().startswith(("#", "class LazyPattern"))
    ]


def compiled_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern reachable from the modules' globals (also inside
    tuples, lists and dicts, and LazyPattern objects)."""
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for folder in _SOURCE_DIRS:
        for path in sorted(folder.glob("*.py")):
            if path.stem in ("__init__", "__main__"):
                continue
            module = importlib.import_module(_module_name(path))
            for name, value in vars(module).items():
                for pattern in _patterns_in(value):
                    found.setdefault(id(pattern), (f"{module.__name__}.{name}", pattern))
    return list(found.values())


def _patterns_in(value: object) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
    elif type(value).__name__ == "LazyPattern":
        yield value.regex  # type: ignore[attr-defined]
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _patterns_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item)


def nested_quantifiers(pattern: re.Pattern[str]) -> bool:
    """A repeat (max > 1) inside another unbounded repeat: the classic ReDoS shape."""
    try:
        from re import _parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse  # type: ignore[no-redef]

    def parts(arg: object) -> Iterator[object]:  # the sub-patterns inside a node's argument
        if isinstance(arg, sre_parse.SubPattern):
            yield arg
        elif isinstance(arg, (tuple, list)):
            for item in arg:
                yield from parts(item)

    def walk(items, inside: bool) -> bool:  # type: ignore[no-untyped-def]
        for op, arg in items:
            if str(op) in ("MAX_REPEAT", "MIN_REPEAT"):
                _, high, body = arg
                if (inside and high > 1) or walk(body, inside or high == sre_parse.MAXREPEAT):
                    return True
            elif any(walk(sub, inside) for sub in parts(arg)):
                return True
        return False

    return walk(sre_parse.parse(pattern.pattern, pattern.flags), False)


def _scan(pattern: re.Pattern[str], text: str) -> float:
    return _best_of(2, lambda: sum(1 for _ in pattern.finditer(text)))


def pump_growth(pattern: re.Pattern[str], budget: float = 0.25) -> tuple[float, str]:
    """The worst growth ratio per doubling of ``finditer`` over pumped strings."""
    worst, worst_input = 0.0, ""
    for pump, tail in itertools.product(_PUMPS, _TAILS):
        seconds = []
        for size in (1000, 2000, 4000, 8000):
            seconds.append(_scan(pattern, _fill(pump, size) + tail))
            if seconds[-1] > budget:
                break
        if seconds[-1] < 0.002 and len(seconds) == 4:
            continue  # too fast to tell, and fast enough not to matter
        ratios = [b / a for a, b in itertools.pairwise(seconds) if a > 0]
        ratio = float("inf") if len(seconds) < 4 else max(ratios[1:], default=0.0)
        if ratio > worst:
            worst, worst_input = ratio, f"{pump!r}*k+{tail!r}"
    return worst, worst_input


def worst_short(pattern: re.Pattern[str], length: int = SHORT) -> float:
    """Slowest ``finditer`` over the pumped strings of ``length`` characters:
    what a pattern costs where it only ever sees one capped line."""
    texts = (
        _fill(pump, length - len(tail)) + tail for pump, tail in itertools.product(_PUMPS, _TAILS)
    )
    return max(_scan(pattern, text) for text in texts)


def regex_rows() -> Iterator[str]:
    patterns = compiled_patterns()
    yield f"{len(regex_sites())} call sites of re.* / LazyPattern; {len(patterns)} patterns found"
    yield ""
    yield (
        "| pattern | nested quantifier | worst growth per doubling (input) "
        f"| worst ms at {SHORT} chars | verdict |"
    )
    yield "| --- | --- | --- | --- | --- |"
    for name, pattern in sorted(patterns, key=lambda item: item[0]):
        nested = nested_quantifiers(pattern)
        ratio, worst_input = pump_growth(pattern)
        risky = ratio >= FLAG_RATIO
        shown = f"{ratio:.1f} ({worst_input})" if ratio else "< 2 ms at 8k"
        if nested or risky:
            short = f"{worst_short(pattern) * 1000:.2f}"
            verdict = "**FLAG**" if risky else "nested, but linear on every pump"
            yield f"| `{name}` | {'yes' if nested else 'no'} | {shown} | {short} | {verdict} |"
    yield ""
    yield "(patterns not listed: no nested quantifier and no growth of 3x per doubling)"


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
