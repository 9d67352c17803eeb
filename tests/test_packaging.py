"""The wheel is self-contained: shipped rule sets, the attribution lexicon and the report
template are inside it. Built offline (no build isolation, so nothing is downloaded)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    pytest.importorskip("build", reason="the 'build' package is needed (pip install -e '.[test]')")
    pytest.importorskip("hatchling", reason="hatchling is needed to build without isolation")
    out = tmp_path_factory.mktemp("dist")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, (
        f"wheel build failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
    )
    (path,) = out.glob("biascheck-*.whl")
    with zipfile.ZipFile(path) as zf:
        yield zf


@pytest.mark.parametrize("rule_file", sorted(p.name for p in (ROOT / "rules").glob("*.yml")))
def test_wheel_ships_every_rule_file(wheel: zipfile.ZipFile, rule_file: str) -> None:
    member = f"biascheck/rules/{rule_file}"
    assert member in wheel.namelist(), f"{member} missing from the wheel"
    assert wheel.read(member) == (ROOT / "rules" / rule_file).read_bytes()


def test_wheel_ships_no_stray_rule_files(wheel: zipfile.ZipFile) -> None:
    shipped = {n for n in wheel.namelist() if n.startswith("biascheck/rules/")}
    expected = {f"biascheck/rules/{p.name}" for p in (ROOT / "rules").glob("*.yml")}
    assert shipped == expected


def test_wheel_ships_the_attribution_lexicon(wheel: zipfile.ZipFile) -> None:
    member = "biascheck/data/attribution.yml"
    assert member in wheel.namelist()
    assert wheel.read(member) == (ROOT / "biascheck" / "data" / "attribution.yml").read_bytes()


def test_wheel_ships_the_report_templates(wheel: zipfile.ZipFile) -> None:
    templates = sorted(
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "biascheck" / "report" / "templates").glob("*")
    )
    assert "biascheck/report/templates/report.html.j2" in templates
    for member in templates:
        assert member in wheel.namelist(), f"{member} missing from the wheel"


def test_wheel_has_the_console_script(wheel: zipfile.ZipFile) -> None:
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    assert "biascheck = biascheck.cli:app" in wheel.read(entry_points).decode()
