"""The README's promises: its two commands exist, and CI runs exactly its test command."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _two_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section, re.S)


def test_readme_has_two_commands() -> None:
    assert len(_two_commands()) == 2


def test_ci_runs_the_readme_test_command() -> None:
    test_command = _two_commands()[1].strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines(), f"{test_command!r} not a line of .ci/run"


def test_demo_command_checks_a_shipped_sample() -> None:
    demo = _two_commands()[0]
    words = shlex.split(demo.replace("&&", " "))
    samples = [w for w in words if w.startswith("samples/")]
    assert samples, demo
    for sample in samples:
        assert (ROOT / sample).is_file(), sample
    assert "biascheck check" in demo
