"""Rules as data: YAML rule files, validated with file:line:col errors, compiled once.

A rule file holds a list of rules under ``rules:`` (the file's stem is the rule set name, unless
``set:`` says otherwise). Each rule matches with exactly one of:

- ``tokens``: words or phrases (regular-expression syntax allowed), matched as whole words;
- ``swap``: a mapping of word -> neutral replacement, which becomes the finding's suggestion;
- ``patterns``: full regular expressions; a named group ``(?P<match>...)`` narrows the span.

and says which *voices* it applies to: ``narration`` (the outlet's own words), ``paraphrase``
(the outlet's words for what a credited source said), ``quote`` (a source's own quoted words).
The default is ``[narration, paraphrase]``: the outlet answers for its own wording, the speaker
for theirs. Every rule carries ``examples: {flag: [...], pass: [...]}``; a rule without both
does not load, and ``biascheck rules test`` (and the test suite) runs them all.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from .errors import RuleFileError
from .model import SEVERITIES, VOICES, Finding

RULE_KEYS = {
    "id": "a rule id (letters, digits, '-', '_')",
    "category": "a category name",
    "severity": "info | warning | error",
    "message": "what the editor should do; may use {match} and {suggestion}",
    "voices": "list of narration | paraphrase | quote",
    "reference": "where the guidance comes from",
    "description": "a longer explanation",
    "ignorecase": "true / false (default true)",
    "tokens": "list of words or phrases",
    "swap": "mapping word -> replacement",
    "patterns": "list of regular expressions",
    "exceptions": "list of regular expressions whose matches are never flagged",
    "examples": "mapping with 'flag' and 'pass' lists",
}
FILE_KEYS = {"set", "description", "reference", "rules"}
MATCHERS = ("tokens", "swap", "patterns")
DEFAULT_VOICES = ("narration", "paraphrase")
_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")


@dataclass(frozen=True)
class Rule:
    id: str  # full id: "<set>.<rule>"
    category: str
    severity: str
    message: str
    voices: tuple[str, ...]
    reference: str | None
    description: str | None
    regex: re.Pattern[str]
    swap: dict[str, str] | None
    exceptions: tuple[re.Pattern[str], ...]
    flag_examples: tuple[str, ...]
    pass_examples: tuple[str, ...]
    path: str
    line: int

    def matches(self, text: str) -> Iterator[tuple[int, int, str | None]]:
        """(start, end, suggestion) of each match in ``text``, exceptions removed."""
        blocked = [(m.start(), m.end()) for ex in self.exceptions for m in ex.finditer(text)]
        for m in self.regex.finditer(text):
            if "match" in self.regex.groupindex and m.group("match") is not None:
                start, end = m.span("match")
            else:
                start, end = m.span()
            if start == end or any(bs <= start and end <= be for bs, be in blocked):
                continue
            yield start, end, self._suggest(text[start:end])

    def _suggest(self, matched: str) -> str | None:
        if not self.swap:
            return None
        for pattern, replacement in self.swap.items():
            if re.fullmatch(pattern, matched, re.IGNORECASE):
                return _match_case(matched, replacement)
        return None

    def finding(
        self, start: int, end: int, text: str, suggestion: str | None, voice: str
    ) -> Finding:
        message = self.message.replace("{match}", text).replace(
            "{suggestion}", suggestion or "a neutral term"
        )
        return Finding(
            self.id,
            self.category,
            self.severity,
            start,
            end,
            text,
            message,
            suggestion,
            voice,
            self.reference,
        )


@dataclass(frozen=True)
class RuleSet:
    name: str
    path: str
    rules: tuple[Rule, ...]


def _match_case(source: str, replacement: str) -> str:
    if source[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# --- loading and validation --------------------------------------------------------------------


class _Validator:
    """Walks a composed YAML node tree so that every error can name its line and column."""

    def __init__(self, path: str, source: str) -> None:
        self.path = path
        self.lines = source.splitlines()

    def error(self, node: yaml.Node | None, problem: str) -> RuleFileError:
        line, col = (node.start_mark.line + 1, node.start_mark.column + 1) if node else (1, 1)
        snippet = ""
        if node is not None and 0 < line <= len(self.lines):
            snippet = (
                f"  {line} | {self.lines[line - 1]}\n  {' ' * len(str(line))} | {' ' * (col - 1)}^"
            )
        return RuleFileError(self.path, line, col, problem, snippet)

    def mapping(self, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, f"{what} must be a mapping")
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                raise self.error(key, f"{what}: keys must be plain names")
            if key.value in out:
                raise self.error(key, f'{what}: duplicate key "{key.value}"')
            out[key.value] = (key, value)
        return out

    def string(self, node: yaml.Node, what: str) -> str:
        if (
            not isinstance(node, yaml.ScalarNode)
            or node.tag != "tag:yaml.org,2002:str"
            or not str(node.value).strip()
        ):
            raise self.error(node, f"{what} must be a non-empty string")
        return str(node.value)

    def strings(self, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node]]:
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            raise self.error(node, f"{what} must be a non-empty list of strings")
        return [(self.string(item, f"each item of {what}"), item) for item in node.value]

    def boolean(self, node: yaml.Node, what: str) -> bool:
        if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:bool":
            raise self.error(node, f"{what} must be true or false")
        return node.value.lower() in ("true", "yes", "on")

    def regex(self, pattern: str, node: yaml.Node, flags: int, what: str) -> re.Pattern[str]:
        try:
            return re.compile(pattern, flags)
        except re.error as exc:
            raise self.error(
                node, f"{what}: invalid regular expression {pattern!r}: {exc}"
            ) from None


def _unknown_key(v: _Validator, key_node: yaml.Node, allowed: Iterable[str], where: str) -> None:
    allowed = sorted(allowed)
    close = difflib.get_close_matches(key_node.value, allowed, n=1)
    hint = f'; did you mean "{close[0]}"?' if close else f" (allowed: {', '.join(allowed)})"
    raise v.error(key_node, f'unknown key "{key_node.value}" in {where}{hint}')


def parse_rule_file(path: str | Path, source: str | None = None) -> RuleSet:
    """Load and validate one rule file; raises RuleFileError naming file:line:col."""
    path_str = str(path)
    if source is None:
        try:
            source = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise RuleFileError(path_str, 1, 1, "no such rule file") from None
        except UnicodeDecodeError as exc:
            raise RuleFileError(path_str, 1, 1, f"not valid UTF-8 ({exc.reason})") from None
        except OSError as exc:
            raise RuleFileError(path_str, 1, 1, f"cannot read: {exc.strerror}") from None
    v = _Validator(path_str, source)
    try:
        root = yaml.compose(source, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise RuleFileError(path_str, line, col, f"YAML syntax error: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise RuleFileError(path_str, 1, 1, f"YAML error: {exc}") from None
    if root is None:
        raise RuleFileError(path_str, 1, 1, "rule file is empty; expected a mapping with 'rules:'")
    top = v.mapping(root, "rule file")
    for key, (key_node, _) in top.items():
        if key not in FILE_KEYS:
            _unknown_key(v, key_node, FILE_KEYS, "rule file")
    set_name = Path(path_str).stem
    if "set" in top:
        set_name = v.string(top["set"][1], "set")
        if not _ID.match(set_name):
            raise v.error(
                top["set"][1], f"set name \"{set_name}\" must be letters, digits, '-', '_'"
            )
    file_reference = v.string(top["reference"][1], "reference") if "reference" in top else None
    if "rules" not in top:
        raise v.error(root, "rule file has no 'rules:' list")
    rules_node = top["rules"][1]
    if not isinstance(rules_node, yaml.SequenceNode) or not rules_node.value:
        raise v.error(rules_node, "'rules' must be a non-empty list of rules")
    rules: list[Rule] = []
    seen: set[str] = set()
    for rule_node in rules_node.value:
        rule = _parse_rule(v, rule_node, set_name, file_reference)
        if rule.id in seen:
            raise v.error(rule_node, f'duplicate rule id "{rule.id}"')
        seen.add(rule.id)
        rules.append(rule)
    return RuleSet(set_name, path_str, tuple(rules))


def _parse_rule(v: _Validator, node: yaml.Node, set_name: str, file_ref: str | None) -> Rule:
    fields = v.mapping(node, "rule")
    for key, (key_node, _) in fields.items():
        if key not in RULE_KEYS:
            _unknown_key(v, key_node, RULE_KEYS, "rule")
    for required in ("id", "category", "severity", "message", "examples"):
        if required not in fields:
            raise v.error(node, f'rule is missing required key "{required}"')
    rule_id = v.string(fields["id"][1], "id")
    if not _ID.match(rule_id):
        raise v.error(fields["id"][1], f"id \"{rule_id}\" must be letters, digits, '-', '_'")
    severity = v.string(fields["severity"][1], "severity")
    if severity not in SEVERITIES:
        raise v.error(fields["severity"][1], f"severity must be one of {'|'.join(SEVERITIES)}")
    voices: tuple[str, ...] = DEFAULT_VOICES
    if "voices" in fields:
        voice_items = v.strings(fields["voices"][1], "voices")
        for voice, voice_node in voice_items:
            if voice not in VOICES:
                raise v.error(voice_node, f"voice must be one of {'|'.join(VOICES)}")
        voices = tuple(voice for voice, _ in voice_items)
    ignorecase = (
        v.boolean(fields["ignorecase"][1], "ignorecase") if "ignorecase" in fields else True
    )
    flags = re.IGNORECASE if ignorecase else 0
    present = [m for m in MATCHERS if m in fields]
    if len(present) != 1:
        raise v.error(
            node,
            "a rule needs exactly one of tokens | swap | patterns"
            + (f" (found {', '.join(present)})" if present else ""),
        )
    kind = present[0]
    swap: dict[str, str] | None = None
    what = f'rule "{rule_id}" {kind}'
    if kind == "tokens":
        items = v.strings(fields["tokens"][1], "tokens")
        for token, token_node in items:
            v.regex(token, token_node, flags, what)
        regex = v.regex(_words_regex([t for t, _ in items]), fields["tokens"][1], flags, what)
    elif kind == "swap":
        swap_fields = v.mapping(fields["swap"][1], "swap")
        if not swap_fields:
            raise v.error(fields["swap"][1], "swap must map words to replacements")
        swap = {}
        for word, (word_node, repl_node) in swap_fields.items():
            v.regex(word, word_node, flags, what)
            swap[word] = v.string(repl_node, f'replacement for "{word}"')
        regex = v.regex(_words_regex(list(swap)), fields["swap"][1], flags, what)
    else:
        items = v.strings(fields["patterns"][1], "patterns")
        compiled = [v.regex(p, n, flags, what) for p, n in items]
        groups = {name for c in compiled for name in c.groupindex}
        if groups - {"match"}:
            raise v.error(fields["patterns"][1], "patterns may only use the named group 'match'")
        if len(compiled) == 1:
            regex = compiled[0]
        else:
            if "match" in groups:
                raise v.error(
                    fields["patterns"][1],
                    "the named group 'match' is only allowed in a single-pattern rule",
                )
            regex = v.regex(
                "|".join(f"(?:{p})" for p, _ in items), fields["patterns"][1], flags, what
            )
    exceptions: tuple[re.Pattern[str], ...] = ()
    if "exceptions" in fields:
        exceptions = tuple(
            v.regex(p, n, flags, f'rule "{rule_id}" exceptions')
            for p, n in v.strings(fields["exceptions"][1], "exceptions")
        )
    examples = v.mapping(fields["examples"][1], "examples")
    for key, (key_node, _) in examples.items():
        if key not in ("flag", "pass"):
            _unknown_key(v, key_node, ("flag", "pass"), "examples")
    for needed in ("flag", "pass"):
        if needed not in examples:
            raise v.error(
                fields["examples"][1],
                f'rule "{rule_id}" needs examples.{needed}: at least one sentence that '
                f"must {'be flagged' if needed == 'flag' else 'pass'}",
            )
    flag_examples = tuple(s for s, _ in v.strings(examples["flag"][1], "examples.flag"))
    pass_examples = tuple(s for s, _ in v.strings(examples["pass"][1], "examples.pass"))
    reference = v.string(fields["reference"][1], "reference") if "reference" in fields else file_ref
    description = (
        v.string(fields["description"][1], "description") if "description" in fields else None
    )
    return Rule(
        id=f"{set_name}.{rule_id}",
        category=v.string(fields["category"][1], "category"),
        severity=severity,
        message=v.string(fields["message"][1], "message").strip(),
        voices=voices,
        reference=reference,
        description=description,
        regex=regex,
        swap=swap,
        exceptions=exceptions,
        flag_examples=flag_examples,
        pass_examples=pass_examples,
        path=v.path,
        line=node.start_mark.line + 1,
    )


def _words_regex(words: list[str]) -> str:
    # longest first so that "lashed out at" wins over "lashed"
    alternatives = sorted(words, key=len, reverse=True)
    return r"(?<![\w’'-])(?:" + "|".join(f"(?:{w})" for w in alternatives) + r")(?![\w’'-])"


# --- discovery ----------------------------------------------------------------------------------


def shipped_rules_dir() -> Path:
    """The rule sets shipped with biascheck: inside the installed package, or ``rules/`` at the
    top of a source checkout (editable install)."""
    packaged = resources.files("biascheck").joinpath("rules")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "rules"


def rule_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files.extend(sorted(list(path.glob("*.yml")) + list(path.glob("*.yaml"))))
        else:
            files.append(path)
    return files


def load_rule_sets(
    extra: Iterable[str | Path] = (), *, defaults: bool = True
) -> tuple[RuleSet, ...]:
    """The shipped rule sets (unless ``defaults`` is false) plus the user's files or folders.

    A user rule with the same full id as a shipped one replaces it, so a newsroom can retune a
    shipped rule without copying the whole set.
    """
    sources: list[Path] = []
    if defaults:
        sources.extend(rule_files([shipped_rules_dir()]))
    for p in extra:
        if not Path(p).exists():
            raise RuleFileError(str(p), 1, 1, "no such rule file or folder")
        sources.extend(rule_files([p]))
    sets = [parse_rule_file(f) for f in sources]
    latest: dict[str, str] = {}
    for rs in sets:
        for rule in rs.rules:
            latest[rule.id] = rs.path
    return tuple(
        RuleSet(rs.name, rs.path, tuple(r for r in rs.rules if latest[r.id] == rs.path))
        for rs in sets
    )


def all_rules(sets: Iterable[RuleSet]) -> list[Rule]:
    return [rule for rs in sets for rule in rs.rules]


def apply_rules(
    rules: Iterable[Rule], text: str, start: int, end: int, voice_at: Callable[[int], str]
) -> list[Finding]:
    """Findings of every rule inside ``text[start:end]``, kept only where the rule applies to
    the voice speaking at the match (narration, paraphrase or quote)."""
    chunk = text[start:end]
    findings: list[Finding] = []
    for rule in rules:
        for s, e, suggestion in rule.matches(chunk):
            voice = voice_at(start + s)
            if voice in rule.voices:
                findings.append(rule.finding(start + s, start + e, chunk[s:e], suggestion, voice))
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return findings


# Findings the pipeline makes itself rather than a rule file: (severity, what they flag). They
# can be turned off like rules, by full id; the sentence labels do not change.
BUILTIN_FINDINGS = {
    "editorial.unsourced-assertion": ("warning", "a sentence labelled editorial"),
    "attribution.vague-source": ("info", "a vague source no rule flagged (agentless passives)"),
}


def without(sets: tuple[RuleSet, ...], disabled: Iterable[str]) -> tuple[RuleSet, ...]:
    """The rule sets minus the disabled rules, each named by full id ("loaded.puffery") or by
    set name ("editorializing"); built-in findings are accepted too (``BUILTIN_FINDINGS``, see
    ``builtins_off``). Raises ValueError naming an unknown id, with a suggestion."""
    disabled = list(disabled)
    known = {r.id for rs in sets for r in rs.rules} | {rs.name for rs in sets}
    known |= set(BUILTIN_FINDINGS)
    for name in disabled:
        if name not in known:
            close = difflib.get_close_matches(name, sorted(known), n=1)
            hint = f'; did you mean "{close[0]}"?' if close else ""
            raise ValueError(f'no such rule or rule set: "{name}"{hint}')
    off = set(disabled)
    return tuple(
        RuleSet(rs.name, rs.path, tuple(r for r in rs.rules if r.id not in off))
        for rs in sets
        if rs.name not in off
    )


def builtins_off(disabled: Iterable[str]) -> frozenset[str]:
    """The built-in findings among the disabled names."""
    return frozenset(name for name in disabled if name in BUILTIN_FINDINGS)
