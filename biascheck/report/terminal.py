"""Terminal output in the linters' convention: ``path:line:col: severity rule-id message``."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from pathlib import Path

from ..model import LABELS, SEVERITIES, Result


def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def line_col(starts: list[int], offset: int) -> tuple[int, int]:
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def finding_lines(result: Result, path: str) -> Iterator[str]:
    starts = _line_starts(result.text)
    for f in sorted(result.findings, key=lambda f: (f.start, f.end, f.rule)):
        line, col = line_col(starts, f.start)
        yield f"{path}:{line}:{col}: {f.severity} {f.rule} {f.message}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def summary_lines(result: Result, path: str, report: Path | None = None) -> Iterator[str]:
    summary = result.summary()
    body = summary["roles"]["body"]
    labels = ", ".join(f"{summary['labels'][label]} {label}" for label in LABELS)
    sev = summary["findings"]
    findings = ", ".join(f"{sev[s]} {s}" for s in reversed(SEVERITIES))
    yield f"{path}: {_plural(body, 'body sentence')} — {labels}; findings: {findings}"
    top = summary["most_editorial"]
    if top is not None:
        text = " ".join(top["text"].split())
        if len(text) > 90:
            text = text[:87] + "..."
        yield f"  most editorial ({top['editorial_score']:.2f}): “{text}”"
    if report is not None:
        yield f"  report: {report}"
