"""Regular-expression audit: every compiled pattern of toolkit/ and plugins/, its nested
quantifiers, and the growth of ``finditer`` over pumped strings (a run of one unit, then a
character that makes the match fail) at 1k-8k characters.

    python bench/regex_audit.py

Also run as part 2 of ``bench/adversarial.py``.
"""

from __future__ import annotations

import importlib
import itertools
import re
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # _growth, beside this script

from _growth import FLAG_RATIO, best_of, fill  # noqa: E402

_SOURCE_DIRS = (REPO / "toolkit", REPO / "plugins")
_PUMPS = (
    "a", "A", "Aa", "aA", " ", "\n", " \n", "\t", ".", "a.", "A.", "a ", "A ", "-", "a-",
    "'", "’", '"', "“", "a'", "1", "1.", "1,", "<", "<a ", "=", "a=", "&", "/", "a/",
    "(", "@", "a@", ":", "Mr. ", "said ", "The ",
)  # fmt: skip
_TAILS = ("", "\x00", "!", "\n\x00")
SHORT = 400  # the longest line the cleaning rules run a pattern on (4 * MAX_DATE_LINE)


def _module_name(path: Path) -> str:
    """The installed name: plugins/quotes/cues.py -> toolkit.plugins.quotes.cues."""
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] in ("__init__", "__main__"):
        parts.pop()
    if parts[0] == "plugins":
        parts.insert(0, "toolkit")
    return ".".join(parts)


def regex_sites() -> list[str]:
    """``file:line`` of every ``re.*(...)`` call and LazyPattern in the sources (a grep)."""
    call = re.compile(
        r"\bre\.(?:compile|search|match|fullmatch|sub|subn|split|findall)\(|LazyPattern\("
    )
    return [
        f"{path.relative_to(REPO)}:{number}"
        for folder in _SOURCE_DIRS
        for path in sorted(folder.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if call.search(line) and not line.lstrip().startswith(("#", "class LazyPattern"))
    ]


def compiled_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern reachable from the modules' globals (also inside
    tuples, lists and dicts, and LazyPattern objects)."""
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for folder in _SOURCE_DIRS:
        for path in sorted(folder.rglob("*.py")):
            if path.stem == "__main__":
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
    return best_of(2, lambda: sum(1 for _ in pattern.finditer(text)))


def pump_growth(pattern: re.Pattern[str], budget: float = 0.25) -> tuple[float, str]:
    """The worst growth ratio per doubling of ``finditer`` over pumped strings."""
    worst, worst_input = 0.0, ""
    for pump, tail in itertools.product(_PUMPS, _TAILS):
        seconds = []
        for size in (1000, 2000, 4000, 8000):
            seconds.append(_scan(pattern, fill(pump, size) + tail))
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
        fill(pump, length - len(tail)) + tail for pump, tail in itertools.product(_PUMPS, _TAILS)
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


if __name__ == "__main__":
    for row in regex_rows():
        print(row, flush=True)
    sys.exit(0)
