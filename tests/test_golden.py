"""Golden results for whole sample articles.

``tests/golden/<sample>.json`` holds ``result.to_dict()`` (without ``path``) for each sample and is
compared exactly. Refresh on purpose, never by hand::

    .venv/bin/pytest tests/test_golden.py --update-golden

then read the diff of the JSON in review. On a mismatch the failure lists only what changed per
sentence (label, score, attribution, findings ...), not the whole document.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import biascheck

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
GOLDEN_SAMPLES = ["harbour-talks.txt", "council-budget.md"]
MAX_DIFF_LINES = 40


def current(sample: str) -> dict[str, Any]:
    data = biascheck.check_file(SAMPLES / sample).to_dict()
    data.pop("path", None)
    return data


def golden_path(sample: str) -> Path:
    return GOLDEN / f"{Path(sample).stem}.json"


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- readable diff


def _short(value: Any, limit: int = 70) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _summary(s: dict[str, Any]) -> dict[str, Any]:
    """The fields an editor cares about, in a compact form."""
    att = s.get("attribution")
    return {
        "role": s.get("role"),
        "label": s.get("label"),
        "score": s.get("editorial_score"),
        "attribution": (
            None
            if att is None
            else f"{att['kind']}:{(att.get('source') or {}).get('name')}"
            f"/{(att.get('cue') or {}).get('text')}"
        ),
        "findings": sorted(f"{f['rule']}@{f['text'][:30]}" for f in s.get("findings", [])),
    }


def describe_diff(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    """One line per changed thing: sentences matched by their text, then top-level keys."""
    lines: list[str] = []
    old = {(s["start"], s["text"]): s for s in expected.get("sentences", [])}
    new = {(s["start"], s["text"]): s for s in actual.get("sentences", [])}
    old_by_text = {s["text"]: s for s in old.values()}
    for key, s in new.items():
        if key in old:
            before = old[key]
        elif s["text"] in old_by_text:
            before = old_by_text[s["text"]]
            lines.append(f"~ moved {before['start']}->{s['start']}: {s['text'][:60]!r}")
        else:
            lines.append(f"+ new sentence @{s['start']}: {s['text'][:60]!r} {_short(_summary(s))}")
            continue
        if before == s:
            continue
        a, b = _summary(before), _summary(s)
        changed = [f"{k}: {_short(a[k], 50)} -> {_short(b[k], 50)}" for k in a if a[k] != b[k]]
        if not changed:  # something else moved: sentiment, reasons, offsets inside findings ...
            keys = sorted(k for k in set(before) | set(s) if before.get(k) != s.get(k))
            changed = [f"other fields changed: {', '.join(keys)}"]
        lines.append(f"* {s['text'][:60]!r}")
        lines.extend(f"    {c}" for c in changed)
    new_texts = {s["text"] for s in new.values()}
    for key, s in old.items():
        if key not in new and s["text"] not in new_texts:
            lines.append(f"- gone sentence @{s['start']}: {s['text'][:60]!r}")
    for k in sorted((set(expected) | set(actual)) - {"sentences"}):
        if expected.get(k) != actual.get(k):
            lines.append(f"top-level {k!r}: {_short(expected.get(k))} -> {_short(actual.get(k))}")
    if len(lines) > MAX_DIFF_LINES:
        hidden = len(lines) - MAX_DIFF_LINES
        lines = lines[:MAX_DIFF_LINES] + [f"... and {hidden} more lines"]
    return lines


# --------------------------------------------------------------------------- the tests


@pytest.mark.parametrize("sample", GOLDEN_SAMPLES)
def test_golden(sample: str, update_golden: bool) -> None:
    path = golden_path(sample)
    actual = current(sample)
    if update_golden:
        path.parent.mkdir(exist_ok=True)
        path.write_text(dump(actual), encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path.relative_to(ROOT)} is missing; create it with: pytest --update-golden")
    expected = json.loads(path.read_text(encoding="utf-8"))
    if expected != actual:
        diff = "\n".join(describe_diff(expected, actual))
        pytest.fail(
            f"{sample} no longer matches {path.relative_to(ROOT)}:\n{diff}\n"
            "If the change is intended, regenerate with: "
            "pytest tests/test_golden.py --update-golden",
            pytrace=False,
        )


def test_golden_files_are_canonical_json() -> None:
    """Golden files are exactly what --update-golden writes (no hand edits, no reformatting)."""
    for sample in GOLDEN_SAMPLES:
        path = golden_path(sample)
        if path.exists():
            text = path.read_text(encoding="utf-8")
            assert text == dump(json.loads(text)), f"{path.name} was edited by hand"
            assert "path" not in json.loads(text)


def test_diff_is_short_and_names_the_changed_sentence() -> None:
    expected = current("harbour-talks.txt")
    actual = json.loads(json.dumps(expected))
    target = next(s for s in actual["sentences"] if s["role"] == "body")
    target["label"] = "editorial" if target["label"] != "editorial" else "factual"
    target["editorial_score"] = 0.99
    target["findings"].append({"rule": "loaded.test", "text": "Talks", "start": 0, "end": 5})
    actual["sentences"].pop()  # one sentence gone
    lines = describe_diff(expected, actual)
    assert 3 <= len(lines) <= 8, lines
    assert any(target["text"][:40] in line for line in lines)
    assert any("label:" in line for line in lines)
    assert any("score:" in line and "0.99" in line for line in lines)
    assert any("loaded.test" in line for line in lines)
    assert any(line.startswith("- gone") for line in lines)
    assert describe_diff(expected, expected) == []


def test_diff_is_capped() -> None:
    expected = current("harbour-talks.txt")
    actual = json.loads(json.dumps(expected))
    for s in actual["sentences"]:
        s["text"] += " (edited)"
    assert len(describe_diff(expected, actual)) <= MAX_DIFF_LINES + 1
