"""The command line: a thin layer over biascheck.api. The only module that prints or exits.

Exit codes
  0  no finding at or above --fail-on (default: warning)
  1  at least one finding at or above --fail-on
  2  usage error, unreadable input (the other files are still checked), or a malformed rule file
     (nothing is checked)
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .api import check_article, rule_sets
from .errors import BiascheckError, InputError, RuleFileError
from .load import load_path, load_stdin
from .model import SEVERITIES, Result, severity_rank
from .report.html import render_html
from .report.terminal import finding_lines, summary_lines
from .rules import BUILTIN_FINDINGS, RuleSet, builtins_off, without
from .ruletest import run_examples

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

app = typer.Typer(
    help="Separate reported facts from unsourced editorial assertions in news drafts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
rules_app = typer.Typer(help="List and test rule sets.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


class FailOn(str, Enum):
    info = "info"
    warning = "warning"
    error = "error"
    never = "never"


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    markdown = "markdown"
    html = "html"


def _err(message: str) -> None:
    typer.echo(f"biascheck: error: {message}", err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"biascheck {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """biascheck reads news drafts and tells reported facts from unsourced editorial claims."""


RulesOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--rules",
        "-r",
        help="Extra rule file or folder (repeatable). Same ids override shipped rules.",
    ),
]
DisableOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--disable",
        "-d",
        help="Turn off a rule (full id, e.g. loaded.puffery), a whole set, or a built-in "
        "finding (attribution.vague-source, editorial.unsourced-assertion); repeatable.",
    ),
]
NoDefaultsOpt = Annotated[
    bool, typer.Option("--no-default-rules", help="Use only the rule sets given with --rules.")
]


def _load_sets(
    rules: list[Path] | None, no_default_rules: bool, disable: list[str] | None = None
) -> tuple[RuleSet, ...]:
    """The rule sets to apply; a malformed rule file or an unknown --disable id exits 2."""
    try:
        sets = rule_sets(rules or (), default_rules=not no_default_rules)
        return without(sets, disable or ())
    except RuleFileError as exc:
        _err(str(exc))
    except ValueError as exc:
        _err(f"--disable: {exc}")
    raise typer.Exit(EXIT_ERROR)


def _report_name(path: str, taken: set[str]) -> str:
    stem = "stdin" if path == "-" or path == "<stdin>" else Path(path).stem or "article"
    name, n = stem, 2
    while name in taken:
        name, n = f"{stem}-{n}", n + 1
    taken.add(name)
    return name


@app.command()
def check(
    paths: Annotated[
        list[str],
        typer.Argument(help="Article files (.txt .md .html); - for stdin.", show_default=False),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the reports.")] = Path(
        "reports"
    ),
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="text: findings and a summary; json: the result contract on stdout "
            "(and DIR/<name>.json).",
        ),
    ] = OutputFormat.text,
    fail_on: Annotated[
        FailOn, typer.Option(help="Exit 1 when a finding is at or above this severity.")
    ] = FailOn.warning,
    input_format: Annotated[
        InputFormat,
        typer.Option("--input-format", help="How to read the input; auto = by file suffix."),
    ] = InputFormat.auto,
    html: Annotated[bool, typer.Option("--html/--no-html", help="Write the HTML report.")] = True,
    rules: RulesOpt = None,
    no_default_rules: NoDefaultsOpt = False,
    disable: DisableOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary lines.")] = False,
) -> None:
    """Check articles: findings on the terminal, an HTML report per article in --out."""
    sets = _load_sets(rules, no_default_rules, disable)
    if not sets or not any(rs.rules for rs in sets):
        _err("no rules to apply (use --rules, or drop --no-default-rules)")
        raise typer.Exit(EXIT_ERROR)
    fmt = None if input_format is InputFormat.auto else input_format.value
    builtins = builtins_off(disable or ())
    if html or output_format is OutputFormat.json:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            _err(f"{out}: cannot create the report folder ({exc.strerror})")
            raise typer.Exit(EXIT_ERROR) from None

    taken: set[str] = set()
    results: list[dict] = []
    failed_input = False
    worst = -1
    for path in paths:
        try:
            if path == "-":
                article = load_stdin(format=fmt or "text")
            else:
                article = load_path(path, format=fmt)
            result = check_article(article, sets, disabled=builtins)
        except InputError as exc:
            _err(str(exc))
            failed_input = True
            continue
        except BiascheckError as exc:  # pragma: no cover - defensive
            _err(f"{path}: {exc}")
            failed_input = True
            continue
        display = "<stdin>" if path == "-" else path
        name = _report_name(path, taken)
        for f in result.findings:
            worst = max(worst, severity_rank(f.severity))
        report_path = None
        if html:
            report_path = out / f"{name}.html"
            report_path.write_text(render_html(result), encoding="utf-8")
        if output_format is OutputFormat.json:
            data = {**result.to_dict(), "path": display}
            (out / f"{name}.json").write_text(
                json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            results.append(data)
        else:
            _print_text(result, display, report_path, quiet)

    if output_format is OutputFormat.json:
        typer.echo(json.dumps(results, ensure_ascii=False, indent=2))
    if failed_input:
        raise typer.Exit(EXIT_ERROR)
    if fail_on is not FailOn.never and worst >= SEVERITIES.index(fail_on.value):
        raise typer.Exit(EXIT_FINDINGS)
    raise typer.Exit(EXIT_OK)


def _print_text(result: Result, display: str, report: Path | None, quiet: bool) -> None:
    if not quiet:
        for line in finding_lines(result, display):
            typer.echo(line)
    for line in summary_lines(result, display, report):
        typer.echo(line)


@rules_app.command("list")
def rules_list(
    rules: RulesOpt = None, no_default_rules: NoDefaultsOpt = False, disable: DisableOpt = None
) -> None:
    """List the rules that would apply, with severity, voices and where they are defined."""
    sets = _load_sets(rules, no_default_rules, disable)
    for rs in sets:
        typer.echo(f"{rs.name}  ({rs.path})")
        for rule in rs.rules:
            voices = ",".join(rule.voices)
            typer.echo(f"  {rule.id:<40} {rule.severity:<8} {rule.category:<18} [{voices}]")
    off = builtins_off(disable or ())
    typer.echo("built-in  (made by the pipeline, not a rule file)")
    for rule_id, (severity, what) in BUILTIN_FINDINGS.items():
        if rule_id not in off:
            typer.echo(f"  {rule_id:<40} {severity:<8} {what}")


@rules_app.command("test")
def rules_test(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Rule files or folders to test (default: the shipped rule sets).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Run every rule's must-flag and must-pass examples. Exit 1 if any example fails."""
    sets = _load_sets(paths, no_default_rules=bool(paths))
    failures = run_examples(sets)
    total = sum(len(r.flag_examples) + len(r.pass_examples) for rs in sets for r in rs.rules)
    for failure in failures:
        typer.echo(failure.describe())
    typer.echo(f"{total - len(failures)} passed, {len(failures)} failed")
    raise typer.Exit(EXIT_FINDINGS if failures else EXIT_OK)
