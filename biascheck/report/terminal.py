"""Terminal output in the linters' convention: ``path:line:col: severity rule-id message``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..model import LABELS, SEVERITIES, Result
from .wording import plural


def finding_lines(result: Result, path: str) -> Iterator[str]:
    for f in sorted(result.findings, key=lambda f: (f.start, f.end, f.rule)):
        yield f"{path}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}"


def summary_lines(result: Result, path: str, report: Path | None = None) -> Iterator[str]:
    summary = result.summary()
    body = summary["roles"]["body"]
    labels = ", ".join(f"{summary['labels'][label]} {label}" for label in LABELS)
    sev = summary["findings"]
    findings = ", ".join(f"{sev[s]} {s}" for s in reversed(SEVERITIES))
    yield f"{path}: {plural(body, 'body sentence')} — {labels}; findings: {findings}"
    top = summary["most_editorial"]
    if top is not None:
        text = " ".join(top["text"].split())
        if len(text) > 90:
            text = text[:87] + "..."
        yield f"  most editorial ({top['editorial_score']:.2f}): “{text}”"
    if report is not None:
        yield f"  report: {report}"
