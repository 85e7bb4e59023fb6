"""Tone colour scale and the style sheet of the ``html`` report (private to ``html_report``).

The scale is diverging: red for negative, grey for neutral, green for positive,
in five bins. The neutral bin is the neutral band of the report's tone labels
(``report.extras["tone"]["neutral_band"]``, which the tone analyzer writes), so
colours agree with labels; a report without one (another tone plugin) uses
VADER's usual thresholds, |compound| < 0.05. "Strong" starts at 0.5.
Colour is never the only carrier: every place that is coloured also shows the
score as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class ToneBin:
    css_class: str
    low: float  # inclusive lower bound of the bin's scores
    label: str
    stroke: str  # strong colour: underlines, chart dots, swatches
    tint: str  # light background behind quote text
    ink: str  # readable text colour on white or on the tint


DEFAULT_BAND = (-0.05, 0.05)  # VADER's usual neutral thresholds
STRONG = 0.5
_COLOURS = {  # css class -> stroke, tint, ink
    "t-n2": ("#c0392b", "#f9dcd8", "#8e1f14"),
    "t-n1": ("#e8897c", "#fcebe8", "#9a3326"),
    "t-0": ("#8d939b", "#eceef1", "#4a5058"),
    "t-p1": ("#6fbf73", "#e6f4e6", "#2c6e31"),
    "t-p2": ("#2e7d32", "#d3ecd4", "#1d5a21"),
}
UNSCORED = ToneBin("t-na", 0.0, "not scored", "#b0b5bb", "#f3f4f6", "#4a5058")


def _number(value: float) -> str:
    """``+0.102`` / ``−0.05`` / ``+0.5``: signed, true minus sign, no trailing zeros."""
    text = f"{value:+.3f}".rstrip("0")
    text = text + "0" if text.endswith(".") else text
    return "\u2212" + text[1:] if text.startswith("-") else text


@lru_cache(maxsize=16)
def tone_bins(band: tuple[float, float] = DEFAULT_BAND) -> tuple[ToneBin, ...]:
    """The five bins for a neutral band ``(low, high)``: negative at or below ``low``,
    positive at or above ``high``, as the tone labels are."""
    low, high = (_number(value) for value in band)
    specs = (
        ("t-n2", -1.0, f"strongly negative (≤ {_number(-STRONG)})"),
        ("t-n1", -STRONG, f"negative ({_number(-STRONG)} to {low})"),
        ("t-0", band[0], f"neutral ({low} to {high})"),
        ("t-p1", band[1], f"positive ({high} to {_number(STRONG)})"),
        ("t-p2", STRONG, f"strongly positive (≥ {_number(STRONG)})"),
    )
    return tuple(ToneBin(css, bound, label, *_COLOURS[css]) for css, bound, label in specs)


TONE_BINS = tone_bins()


def neutral_band(report: object) -> tuple[float, float]:
    """The neutral band of ``report``'s tone labels, or ``DEFAULT_BAND`` if it has none."""
    extras = getattr(report, "extras", None)
    tone = extras.get("tone") if isinstance(extras, dict) else None
    band = tone.get("neutral_band") if isinstance(tone, dict) else None
    if (
        isinstance(band, (list, tuple))
        and len(band) == 2
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in band)
        and -STRONG < band[0] < band[1] < STRONG
    ):
        return float(band[0]), float(band[1])
    return DEFAULT_BAND


def tone_bin(score: float | None, band: tuple[float, float] = DEFAULT_BAND) -> ToneBin:
    """The colour bin of a score (None, NaN and non-numbers are 'not scored')."""
    if not isinstance(score, (int, float)) or score != score:
        return UNSCORED
    bins = TONE_BINS if band == DEFAULT_BAND else tone_bins(band)
    if score <= -STRONG:
        return bins[0]
    if score <= band[0]:
        return bins[1]
    if score < band[1]:
        return bins[2]
    if score < STRONG:
        return bins[3]
    return bins[4]


def signed(score: float | None) -> str:
    """``+0.42`` / ``−0.42`` (true minus sign) / ``n/a``."""
    if not isinstance(score, (int, float)) or score != score:
        return "n/a"
    text = f"{score:+.2f}"
    return "\u2212" + text[1:] if text.startswith("-") else text


def _bin_rules() -> str:
    rules = []
    for tone in (*TONE_BINS, UNSCORED):
        rules.append(
            f".{tone.css_class}{{--tone:{tone.stroke};--tint:{tone.tint};--ink:{tone.ink}}}"
        )
    return "\n".join(rules)


_BASE_CSS = """
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fbfbf8;color:#1f2328;overflow-wrap:break-word;
  font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",
  Arial,sans-serif}
main{max-width:48rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
header{border-bottom:3px solid #1f2328;padding-bottom:.75rem;margin-bottom:1.5rem}
.kicker{margin:0 0 .25rem;font-size:.75rem;letter-spacing:.08em;text-transform:uppercase;
  color:#6a7078}
h1{font:700 1.85rem/1.2 Georgia,"DejaVu Serif","Times New Roman",serif;margin:0 0 .5rem;
  overflow-wrap:anywhere}
.meta{margin:0;color:#5a6068;font-size:.9rem;overflow-wrap:anywhere}
.meta span+span::before{content:" · "}
.summary li,.legend,figcaption{overflow-wrap:anywhere}
h2{font-size:.8rem;letter-spacing:.09em;text-transform:uppercase;color:#5a6068;
  margin:2.25rem 0 .75rem;border-bottom:1px solid #dcdfe3;padding-bottom:.3rem}
.summary ol{margin:0;padding-left:1.4rem}
.summary li{margin:.4rem 0;font:1.05rem/1.55 Georgia,"DejaVu Serif","Times New Roman",serif}
.summary li::marker{color:#9a7b00;font-weight:700}
.summary .note{margin:.5rem 0 0;font-size:.8rem;color:#6a7078}
.name{white-space:nowrap}
.empty{color:#6a7078;font-style:italic}
.legend{display:flex;flex-wrap:wrap;gap:.35rem .9rem;margin:0 0 1rem;padding:.6rem .75rem;
  list-style:none;background:#fff;border:1px solid #e3e5e8;border-radius:.5rem;
  font-size:.8rem;color:#40464e}
.legend li{display:flex;align-items:center;gap:.35rem}
.sw{display:inline-block;width:.9rem;height:.9rem;border-radius:.2rem;
  background:var(--tone);flex:none}
.sw.sum{background:#ffe98a;border:1px solid #d8bf4a}
.sw.ind{background:transparent;border-bottom:2px dotted #6a7078;border-radius:0}
.article{font:1.06rem/1.7 Georgia,"DejaVu Serif","Times New Roman",serif;
  overflow-wrap:break-word}
.article p{margin:0 0 1rem}
mark.sum{background:#fff1a8;color:inherit;padding:.05em 0;
  -webkit-box-decoration-break:clone;box-decoration-break:clone}
.q{background:var(--tint);border-bottom:2px solid var(--tone);
  -webkit-box-decoration-break:clone;box-decoration-break:clone}
.q.k-indirect,.q.k-mixed{background:transparent;border-bottom:2px dotted var(--tone)}
.qf{background:var(--tint)}
.q .q{border-bottom-width:3px}
a.qn{font:600 .68rem/1 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
  vertical-align:super;color:var(--ink);background:var(--tint);
  border:1px solid var(--tone);border-radius:.7rem;padding:.05rem .3rem;
  margin-left:.12rem;text-decoration:none;white-space:nowrap}
a.qn:hover,a.qn:focus{background:var(--tone);color:#fff}
figure{margin:0}
.chart{background:#fff;border:1px solid #e3e5e8;border-radius:.5rem;padding:.5rem .75rem}
.chart svg{display:block;width:100%}
.chart text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
figcaption{font-size:.8rem;color:#5a6068;margin-top:.5rem}
table{width:100%;border-collapse:collapse;font-size:.92rem;background:#fff}
th,td{text-align:left;vertical-align:top;padding:.5rem .55rem;border-bottom:1px solid #e3e5e8}
th{font-size:.75rem;text-transform:uppercase;letter-spacing:.06em;color:#5a6068;
  background:#f3f4f6}
td.num a{color:#5a6068;text-decoration:none}
td.kind{white-space:nowrap}
td.speaker{overflow-wrap:anywhere}
td.quote{width:50%;font-family:Georgia,"DejaVu Serif","Times New Roman",serif;
  overflow-wrap:anywhere}
td.tone{white-space:nowrap;font-variant-numeric:tabular-nums;color:var(--ink);
  font-weight:600}
td.tone .sw{vertical-align:-.1rem;margin-right:.3rem}
.muted{color:#6a7078;font-weight:400}
tr:target{background:#fff8d6}
.warnings li{color:#8e1f14}
footer{margin-top:2.5rem;font-size:.78rem;color:#6a7078}
@media (max-width:600px){
  main{padding:1rem .9rem 2rem}
  h1{font-size:1.45rem}
  .article{font-size:1rem}
  .legend{display:grid;grid-template-columns:1fr 1fr}
  table,tbody,td{display:block}
  thead{position:absolute;left:-9999px}
  tr{display:grid;grid-template-columns:auto auto 1fr;column-gap:.6rem;align-items:baseline;
    border:1px solid #e3e5e8;border-radius:.5rem;margin:0 0 .6rem;padding:.45rem .7rem}
  td{border:0;padding:.1rem 0}
  td.num{grid-area:1/1;font-weight:700}
  td.kind{grid-area:1/2;font-size:.72rem;text-transform:uppercase;letter-spacing:.06em;
    color:#6a7078}
  td.tone{grid-area:1/3;justify-self:end}
  td.quote{grid-area:2/1/3/4}
  td.speaker{grid-area:3/1/4/4;font-size:.88rem}
  td.speaker::before{content:"— "}
}
@media print{a.qn{border:0}}
"""

CSS = _bin_rules() + _BASE_CSS
