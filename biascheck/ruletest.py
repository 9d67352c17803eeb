"""Run every rule's examples: each ``flag`` example must produce a finding of that rule, each
``pass`` example none. Used by ``biascheck rules test`` and by the test suite."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .api import check_article
from .load import article_from_text
from .rules import Rule, RuleSet


@dataclass(frozen=True)
class ExampleCase:
    rule: Rule
    kind: str  # "flag" or "pass"
    index: int
    text: str

    @property
    def id(self) -> str:
        return f"{self.rule.id}-{self.kind}-{self.index}"


@dataclass(frozen=True)
class ExampleFailure:
    case: ExampleCase
    found: int

    def describe(self) -> str:
        c = self.case
        where = f"{c.rule.path}:{c.rule.line}"
        if c.kind == "flag":
            return f"{where}: No {c.rule.id} finding in example which should be flagged: {c.text!r}"
        return (
            f"{where}: {self.found} {c.rule.id} finding(s) in example which should pass: {c.text!r}"
        )


def example_cases(sets: tuple[RuleSet, ...]) -> Iterator[ExampleCase]:
    for rs in sets:
        for rule in rs.rules:
            for i, text in enumerate(rule.flag_examples):
                yield ExampleCase(rule, "flag", i, text)
            for i, text in enumerate(rule.pass_examples):
                yield ExampleCase(rule, "pass", i, text)


def run_case(case: ExampleCase, sets: tuple[RuleSet, ...]) -> ExampleFailure | None:
    """Check the example as a one-paragraph article with all given rule sets active, so that
    voices (quotes, attribution) behave exactly as in a real check."""
    result = check_article(article_from_text(case.text), sets)
    found = sum(1 for f in result.findings if f.rule == case.rule.id)
    ok = found > 0 if case.kind == "flag" else found == 0
    return None if ok else ExampleFailure(case, found)


def run_examples(sets: tuple[RuleSet, ...]) -> list[ExampleFailure]:
    return [f for case in example_cases(sets) if (f := run_case(case, sets)) is not None]
