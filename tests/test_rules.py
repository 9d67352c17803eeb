"""Rules as data: every shipped example is a test, malformed rule files fail with file:line:col,
user rules override shipped ones, and voices decide whose words a rule judges."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

import biascheck
from biascheck.errors import RuleFileError
from biascheck.rules import Rule, all_rules, load_rule_sets, parse_rule_file, shipped_rules_dir

SHIPPED: list[Rule] = all_rules(load_rule_sets())


def _example_cases() -> list:
    cases = []
    for rule in SHIPPED:
        for kind, examples in (("flag", rule.flag_examples), ("pass", rule.pass_examples)):
            for i, text in enumerate(examples):
                cases.append(pytest.param(rule.id, kind, text, id=f"{rule.id}-{kind}-{i}"))
    return cases


# --------------------------------------------------------------------------- (a) examples


@pytest.mark.parametrize(("rule_id", "kind", "example"), _example_cases())
def test_shipped_rule_example(rule_id: str, kind: str, example: str) -> None:
    result = biascheck.check_text(example)
    hits = [f for f in result.findings if f.rule == rule_id]
    if kind == "flag":
        assert hits, f"No {rule_id} finding in example which should be flagged: {example!r}"
        for f in hits:
            assert example[f.start : f.end] == f.text
    else:
        shown = [f.text for f in hits]
        assert not hits, f"{rule_id} finding(s) {shown} in example which should pass: {example!r}"


# --------------------------------------------------------------------------- (b) meta


def test_shipped_rules_exist_in_every_file() -> None:
    files = sorted(p.name for p in shipped_rules_dir().glob("*.yml"))
    assert files, "no shipped rule files found"
    sets = {Path(rs.path).name: rs for rs in load_rule_sets()}
    for name in files:
        assert sets[name].rules, f"{name} has no rules"


@pytest.mark.parametrize("rule", SHIPPED, ids=lambda r: r.id)
def test_every_rule_has_flag_and_pass_examples(rule: Rule) -> None:
    assert rule.flag_examples, f"{rule.id} ({rule.path}:{rule.line}) has no 'flag' example"
    assert rule.pass_examples, f"{rule.id} ({rule.path}:{rule.line}) has no 'pass' example"


def test_rule_ids_are_unique_and_namespaced_by_set() -> None:
    ids = [r.id for r in SHIPPED]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[A-Za-z][\w-]*\.[A-Za-z][\w-]*", i) for i in ids), ids


# --------------------------------------------------------------------------- (c) malformed files

GOOD_RULE = """\
rules:
  - id: spin
    category: loaded-language
    severity: warning
    message: "Avoid {match}."
    tokens: [spin doctors]
    examples:
      flag: ["The spin doctors were busy."]
      pass: ["The press officers were busy."]
"""


def _position(source: str, marker: str) -> tuple[int, int]:
    """1-based line and column of the first occurrence of ``marker``."""
    offset = source.index(marker)
    line = source.count("\n", 0, offset) + 1
    column = offset - (source.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _error(tmp_path: Path, source: str, name: str = "custom.yml") -> tuple[RuleFileError, str]:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        parse_rule_file(path)
    return info.value, str(path)


def test_the_good_rule_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "custom.yml"
    path.write_text(GOOD_RULE, encoding="utf-8")
    (rule,) = parse_rule_file(path).rules
    assert rule.id == "custom.spin" and rule.severity == "warning"


@pytest.mark.parametrize(
    ("source", "marker", "problem"),
    [
        pytest.param(
            GOOD_RULE.replace("tokens: [spin doctors]", "tokens: [spin doctors]]"),
            "]\n",  # the stray second bracket
            "YAML syntax error",
            id="yaml-syntax",
        ),
        pytest.param(
            GOOD_RULE.replace("    message:", "    severty: info\n    message:"),
            "severty",
            'unknown key "severty" in rule; did you mean "severity"?',
            id="unknown-key",
        ),
        pytest.param(
            GOOD_RULE.replace("rules:", "rulez: []\nrules:"),
            "rulez",
            'unknown key "rulez" in rule file; did you mean "rules"?',
            id="unknown-file-key",
        ),
        pytest.param(
            GOOD_RULE.replace("severity: warning", "severity: critical"),
            "critical",
            "severity must be one of info|warning|error",
            id="bad-severity",
        ),
        pytest.param(
            GOOD_RULE.replace("    tokens:", "    voices: [narration, speech]\n    tokens:"),
            "speech",
            "voice must be one of narration|paraphrase|quote",
            id="bad-voice",
        ),
        pytest.param(
            GOOD_RULE.replace("tokens: [spin doctors]", 'patterns: ["spin (doctors"]'),
            '"spin (doctors"',
            "invalid regular expression",
            id="invalid-regex",
        ),
        pytest.param(
            GOOD_RULE.split("    examples:")[0],
            "id: spin",
            'missing required key "examples"',
            id="missing-examples",
        ),
        pytest.param(
            GOOD_RULE.replace('      pass: ["The press officers were busy."]\n', ""),
            "flag:",
            "needs examples.pass",
            id="missing-pass-examples",
        ),
        pytest.param(
            GOOD_RULE.replace(
                "    tokens: [spin doctors]", "    tokens: [spin]\n    patterns: [spun]"
            ),
            "id: spin",
            "exactly one of tokens | swap | patterns",
            id="two-matchers",
        ),
        pytest.param(
            GOOD_RULE + GOOD_RULE.split("rules:\n")[1].replace("  - id: spin", "  - id: spin "),
            "id: spin ",
            'duplicate rule id "custom.spin"',
            id="duplicate-id",
        ),
    ],
)
def test_malformed_rule_file(tmp_path: Path, source: str, marker: str, problem: str) -> None:
    """``marker`` is where the error must point: the bad token, or the first key of the rule /
    mapping that is incomplete."""
    error, path = _error(tmp_path, source)
    line, column = _position(source, marker)
    prefix = f"{path}:{line}:{column}: "
    assert str(error).startswith(prefix), f"expected {prefix!r}, got {str(error)!r}"
    assert problem in str(error)
    assert (error.path, error.line, error.column) == (path, line, column)


@pytest.mark.parametrize("source", ["", "\n\n", "# only a comment\n"])
def test_empty_rule_file(tmp_path: Path, source: str) -> None:
    error, path = _error(tmp_path, source)
    assert str(error).startswith(f"{path}:1:1: ")
    assert "empty" in str(error)


def test_error_shows_the_offending_line(tmp_path: Path) -> None:
    source = GOOD_RULE.replace("severity: warning", "severity: critical")
    error, _ = _error(tmp_path, source)
    assert "severity: critical" in str(error)  # a snippet, as a compiler would show it


def test_missing_user_rule_path_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yml"
    with pytest.raises(RuleFileError, match=re.escape(f"{missing}:1:1: ")):
        biascheck.check_text("The regime fell.", rules=[missing])


def test_bad_rule_file_stops_the_check(tmp_path: Path) -> None:
    path = tmp_path / "broken.yml"
    path.write_text(GOOD_RULE.replace("severity: warning", "severity: loud"), encoding="utf-8")
    with pytest.raises(RuleFileError, match=re.escape(f"{path}:4:15: ")):
        biascheck.check_text("The regime fell.", rules=[path])


# --------------------------------------------------------------------------- (d) overrides

OVERRIDE = """\
set: loaded
rules:
  - id: contentious-label
    category: loaded-language
    severity: error
    message: "House style: do not write {match}."
    swap:
      junta: military government
    examples:
      flag: ["The junta closed the border."]
      pass: ["The regime closed the border."]
"""


def test_user_rule_with_the_same_id_replaces_the_shipped_rule(tmp_path: Path) -> None:
    path = tmp_path / "house.yml"
    path.write_text(OVERRIDE, encoding="utf-8")

    shipped = biascheck.check_text("The regime closed the border.")
    assert [f.rule for f in shipped.findings] == ["loaded.contentious-label"]

    regime = biascheck.check_text("The regime closed the border.", rules=[path])
    assert not [f for f in regime.findings if f.rule == "loaded.contentious-label"]

    junta = biascheck.check_text("The junta closed the border.", rules=[path])
    (finding,) = [f for f in junta.findings if f.rule == "loaded.contentious-label"]
    assert finding.severity == "error"
    assert finding.message == "House style: do not write junta."
    assert finding.suggestion == "military government"

    # exactly one rule with that id is active; the rest of the shipped set still is
    active = [r.id for r in all_rules(load_rule_sets([path]))]
    assert active.count("loaded.contentious-label") == 1
    assert "loaded.loaded-verb" in active


def test_user_rules_alone_without_defaults(tmp_path: Path) -> None:
    path = tmp_path / "custom.yml"
    path.write_text(GOOD_RULE, encoding="utf-8")
    result = biascheck.check_text(
        "The regime hired spin doctors.", rules=[path], default_rules=False
    )
    assert [f.rule for f in result.findings] == ["custom.spin"]


# --------------------------------------------------------------------------- (e) voices

VOICE_RULES = """\
rules:
  - id: narration-only
    category: loaded-language
    severity: warning
    voices: [narration]
    message: "{match} in the outlet's voice."
    tokens: [splendid]
    examples:
      flag: ["The harbour looked splendid."]
      pass: ["“The harbour looked splendid,” the mayor said."]
  - id: quotes-only
    category: loaded-language
    severity: info
    voices: [quote]
    message: "{match} inside a quotation."
    tokens: [splendid]
    examples:
      flag: ["“The harbour looked splendid,” the mayor said."]
      pass: ["The harbour looked splendid."]
"""


@pytest.fixture(scope="module")
def voice_rules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("voices") / "voices.yml"
    path.write_text(textwrap.dedent(VOICE_RULES), encoding="utf-8")
    return path


def _rules_hit(text: str, rules: Path) -> dict[str, str]:
    """Findings of the rules in ``rules`` only (not the scorer's editorial finding)."""
    result = biascheck.check_text(text, rules=[rules], default_rules=False)
    own = f"{rules.stem}."
    return {f.rule.removeprefix(own): f.voice for f in result.findings if f.rule.startswith(own)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The harbour looked splendid after the repairs.", {"narration-only": "narration"}),
        ("“The harbour looked splendid,” Mayor Tomas Oriel said.", {"quotes-only": "quote"}),
        ("Mayor Tomas Oriel said: “The harbour looks splendid.”", {"quotes-only": "quote"}),
        ("Mayor Tomas Oriel said the harbour looked splendid.", {}),  # paraphrase
        ("The harbour looked splendid, according to Mayor Tomas Oriel.", {}),  # paraphrase
    ],
    ids=["narration", "quote-before-cue", "quote-after-cue", "said-that", "according-to"],
)
def test_voices_decide_where_a_rule_fires(
    voice_rules: Path, text: str, expected: dict[str, str]
) -> None:
    assert _rules_hit(text, voice_rules) == expected


def test_default_voices_cover_paraphrase_but_not_quotes(tmp_path: Path) -> None:
    path = tmp_path / "default.yml"
    path.write_text(GOOD_RULE, encoding="utf-8")
    rules = {
        "narration": "The spin doctors were busy.",
        "paraphrase": "Mayor Tomas Oriel said the spin doctors were busy.",
        "quote": "“The spin doctors were busy all week,” Mayor Tomas Oriel said.",
    }
    for voice, text in rules.items():
        hit = _rules_hit(text, path)
        assert hit == ({} if voice == "quote" else {"spin": voice}), (voice, hit)
