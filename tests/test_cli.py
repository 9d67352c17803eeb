"""The command line through typer's CliRunner: outputs, exit codes, and bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from biascheck import __version__
from biascheck.cli import app

runner = CliRunner()

DRAFT = """Harbour board approves dredging plan

By Mara Quill

The harbour board voted 5-2 on Tuesday to dredge the northern channel.

Board chair Elena Voss said the work would start in March. “We have waited long enough,” she said.

The regime in the port office clearly wants to silence the fishermen.
"""

CLEAN = """The harbour board voted 5-2 on Tuesday to dredge the northern channel.
"""

LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>info|warning|error) "
    r"(?P<rule>[\w.-]+) (?P<msg>.+)$"
)


@pytest.fixture()
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def invoke(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_check_prints_linter_lines_and_summary(draft: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = invoke("check", str(draft), "--out", str(out))
    assert result.exit_code == 1, result.output  # warnings present, default --fail-on warning
    lines = [ln for ln in result.stdout.splitlines() if LINE.match(ln)]
    assert lines, result.stdout
    rules = {LINE.match(ln)["rule"] for ln in lines}
    assert "loaded.contentious-label" in rules
    assert "assertion.intent-claim" in rules  # "clearly wants to silence"
    # line:col point at the flagged word in the file
    text = draft.read_text(encoding="utf-8").splitlines()
    for ln in lines:
        m = LINE.match(ln)
        row, col = int(m["line"]), int(m["col"])
        assert 1 <= row <= len(text) and 1 <= col <= len(text[row - 1])
        if m["rule"] == "loaded.contentious-label":
            assert text[row - 1][col - 1 :].lower().startswith("regime")
    assert "1 editorial" in result.stdout
    assert "most editorial" in result.stdout
    report = out / "harbour.html"
    assert report.is_file()
    assert "<html" in report.read_text(encoding="utf-8").lower()


def test_fail_on_levels(tmp_path: Path, draft: Path) -> None:
    out = str(tmp_path / "o")
    assert invoke("check", str(draft), "--out", out, "--fail-on", "never").exit_code == 0
    assert invoke("check", str(draft), "--out", out, "--fail-on", "error").exit_code == 0
    assert invoke("check", str(draft), "--out", out, "--fail-on", "info").exit_code == 1
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    assert invoke("check", str(clean), "--out", out).exit_code == 0


def test_json_output_follows_the_contract(draft: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = invoke("check", str(draft), "--format", "json", "--out", str(out), "--no-html")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert isinstance(data, list) and len(data) == 1
    doc = data[0]
    assert doc["path"] == str(draft)
    assert doc["schema_version"] == 1
    text = draft.read_text(encoding="utf-8")
    for s in doc["sentences"]:
        assert text[s["start"] : s["end"]] == s["text"]
        assert s["role"] in {"headline", "byline", "body", "boilerplate"}
    assert json.loads((out / "harbour.json").read_text(encoding="utf-8")) == doc
    assert not (out / "harbour.html").exists()


def test_stdin(tmp_path: Path) -> None:
    result = invoke("check", "-", "--out", str(tmp_path), "--fail-on", "never", input=DRAFT)
    assert result.exit_code == 0, result.output
    assert "<stdin>:" in result.stdout
    assert (tmp_path / "stdin.html").is_file()


def test_missing_file_is_reported_and_the_rest_checked(draft: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = invoke("check", str(tmp_path / "nope.txt"), str(draft), "--out", str(out))
    assert result.exit_code == 2
    assert "nope.txt: no such file" in result.stderr
    assert "Traceback" not in result.output
    assert (out / "harbour.html").is_file()  # the good file was still checked
    assert "harbour.txt:" in result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
        (b"", "empty"),
        (b"   \n\n  \t\n", "empty"),
    ],
    ids=["binary", "latin-1", "empty", "whitespace"],
)
def test_bad_input_files(tmp_path: Path, draft: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = invoke("check", str(bad), str(draft), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert message in result.stderr
    assert str(bad) in result.stderr
    assert "Traceback" not in result.output
    assert (tmp_path / "out" / "harbour.html").is_file()


def test_directory_argument(tmp_path: Path) -> None:
    result = invoke("check", str(tmp_path), "--out", str(tmp_path / "o"))
    assert result.exit_code == 2
    assert "directory" in result.stderr


def test_malformed_rule_file_stops_before_checking(tmp_path: Path, draft: Path) -> None:
    rules = tmp_path / "house.yml"
    rules.write_text("rules:\n  - id: x\n    severity: loud\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("check", str(draft), "--rules", str(rules), "--out", str(out))
    assert result.exit_code == 2
    assert re.search(re.escape(str(rules)) + r":\d+:\d+: ", result.stderr), result.stderr
    assert not (out / "harbour.html").exists()
    assert "Traceback" not in result.output


def test_bad_option_is_a_usage_error(draft: Path) -> None:
    result = invoke("check", str(draft), "--fail-on", "sometimes")
    assert result.exit_code == 2
    assert "sometimes" in result.output


def test_no_paths_is_a_usage_error() -> None:
    assert invoke("check").exit_code == 2


def test_report_names_do_not_collide(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for sub in ("a", "b"):
        (tmp_path / sub / "story.txt").write_text(CLEAN, encoding="utf-8")
    out = tmp_path / "out"
    result = invoke(
        "check",
        str(tmp_path / "a" / "story.txt"),
        str(tmp_path / "b" / "story.txt"),
        "--out",
        str(out),
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["story-2.html", "story.html"]


def test_user_rules_apply(tmp_path: Path) -> None:
    rules = tmp_path / "house.yml"
    rules.write_text(
        "rules:\n"
        "  - id: dredge\n"
        "    category: house-style\n"
        "    severity: error\n"
        "    message: Say 'deepen'.\n"
        "    tokens: [dredge]\n"
        "    examples:\n"
        '      flag: ["They will dredge it."]\n'
        '      pass: ["They will deepen it."]\n',
        encoding="utf-8",
    )
    story = tmp_path / "clean.txt"
    story.write_text(CLEAN, encoding="utf-8")
    result = invoke(
        "check",
        str(story),
        "--rules",
        str(rules),
        "--out",
        str(tmp_path / "o"),
        "--fail-on",
        "error",
    )
    assert result.exit_code == 1
    assert "error house.dredge Say 'deepen'." in result.stdout


def test_rules_list_and_test() -> None:
    listed = invoke("rules", "list")
    assert listed.exit_code == 0
    assert "loaded.contentious-label" in listed.stdout
    tested = invoke("rules", "test")
    assert tested.exit_code == 0, tested.stdout
    assert re.search(r"^\d+ passed, 0 failed$", tested.stdout, re.M)


def test_rules_test_reports_a_failing_example(tmp_path: Path) -> None:
    rules = tmp_path / "house.yml"
    rules.write_text(
        "rules:\n"
        "  - id: dredge\n"
        "    category: house-style\n"
        "    severity: info\n"
        "    message: Say 'deepen'.\n"
        "    tokens: [dredge]\n"
        "    examples:\n"
        '      flag: ["They will deepen it."]\n'
        '      pass: ["They will dredge it."]\n',
        encoding="utf-8",
    )
    result = invoke("rules", "test", str(rules))
    assert result.exit_code == 1
    assert "No house.dredge finding in example which should be flagged" in result.stdout
    assert "0 passed, 2 failed" in result.stdout


def test_disable_a_rule_and_a_set(draft: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "o")
    before = invoke("check", str(draft), "--out", out, "--fail-on", "never").stdout
    assert "loaded.contentious-label" in before
    after = invoke(
        "check",
        str(draft),
        "--out",
        out,
        "--fail-on",
        "never",
        "--disable",
        "loaded.contentious-label",
    ).stdout
    assert "loaded.contentious-label" not in after
    assert "assertion.intent-claim" in after
    no_set = invoke(
        "check", str(draft), "--out", out, "--fail-on", "never", "--disable", "loaded"
    ).stdout
    assert " loaded." not in no_set


def test_disable_a_built_in_finding(tmp_path: Path) -> None:
    # the findings the pipeline makes itself turn off like rules; the labels stay
    path = tmp_path / "d.txt"
    path.write_text(
        "The harbour board met on Tuesday.\n\nThe ferry is expected to be sold.\n\n"
        "Everyone knows the board has no interest in the islanders.\n",
        encoding="utf-8",
    )
    out = str(tmp_path / "o")
    before = invoke("check", str(path), "--out", out, "--fail-on", "never").stdout
    assert "attribution.vague-source" in before
    assert "editorial.unsourced-assertion" in before
    after = invoke(
        "check",
        str(path),
        "--out",
        out,
        "--fail-on",
        "never",
        "--disable",
        "attribution.vague-source",
        "--disable",
        "editorial.unsourced-assertion",
    )
    assert after.exit_code == 0, after.output
    assert "attribution.vague-source" not in after.stdout
    assert "editorial.unsourced-assertion" not in after.stdout
    assert "1 editorial" in after.stdout  # the sentence is still labelled
    listed = invoke("rules", "list", "--disable", "attribution.vague-source").stdout
    assert "editorial.unsourced-assertion" in listed
    assert "attribution.vague-source" not in listed


def test_disable_an_unknown_rule_suggests_the_right_one(draft: Path, tmp_path: Path) -> None:
    result = invoke("check", str(draft), "--out", str(tmp_path), "--disable", "loaded.pufery")
    assert result.exit_code == 2
    assert 'did you mean "loaded.puffery"' in result.stderr
