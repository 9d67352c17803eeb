"""The pipeline: load -> segment -> roles -> attribute -> rules -> sentiment -> score -> Result.

Each stage is a module with one job; this one only wires them together. Nothing here prints or
exits: that is the CLI's business.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .attribute import (
    SentenceAttribution,
    attribute_headline,
    attribute_sentences,
    source_ledger,
    vague_findings,
)
from .load import article_from_text, load_path, paragraph_spans
from .model import NEUTRAL, Article, Finding, QuoteSpan, Result, Segment, Sentence
from .roles import assign_roles
from .rules import RuleSet, all_rules, apply_rules, builtins_off, load_rule_sets, without
from .score import editorial_finding, judge
from .segment import find_quotes, segment
from .sentiment import blank_spans, sentence_sentiment


@lru_cache(maxsize=8)
def _cached_rule_sets(paths: tuple[str, ...], defaults: bool) -> tuple[RuleSet, ...]:
    return load_rule_sets(paths, defaults=defaults)


def rule_sets(
    rule_paths: Iterable[str | Path] = (), *, default_rules: bool = True
) -> tuple[RuleSet, ...]:
    """Shipped rule sets plus the user's; compiled once per process and reused."""
    return _cached_rule_sets(tuple(str(p) for p in rule_paths), default_rules)


_NO_ATTRIBUTION = SentenceAttribution()


class _LineIndex:
    def __init__(self, text: str) -> None:
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def locate(self, finding: Finding) -> Finding:
        line, column = self.line_col(finding.start)
        return replace(finding, line=line, column=column)


def _voice_at(att: SentenceAttribution):
    def voice(offset: int) -> str:
        if any(q.inner_start <= offset < q.inner_end for q in att.quotes):
            return "quote"
        if att.attributions and any(s <= offset < e for s, e in att.content):
            return "paraphrase"
        return "narration"

    return voice


def _quotes_in(quotes: list[QuoteSpan], seg: Segment) -> list[QuoteSpan]:
    return [q for q in quotes if q.start < seg.end and q.end > seg.start]


def _describe(att: SentenceAttribution) -> str:
    main = att.main
    if main is None:
        return ""
    who = main.source.name or main.source.text if main.source else "an unnamed source"
    cue = f" (“{main.cue.text}”)" if main.cue else ""
    return f"{main.kind}: {who}{cue}"


def check_article(
    article: Article,
    sets: tuple[RuleSet, ...] | None = None,
    *,
    disabled: frozenset[str] = frozenset(),
) -> Result:
    """Run the whole pipeline on a loaded article. ``disabled`` names built-in findings to
    leave out ("attribution.vague-source", "editorial.unsourced-assertion"); the labels stay."""
    if sets is None:
        sets = rule_sets()
    rules = all_rules(sets)
    text = article.text
    paragraphs = article.paragraphs or tuple(paragraph_spans(text))
    roled = assign_roles(segment(text, paragraphs))
    quotes = find_quotes(text, paragraphs)
    body: list[Segment] = [seg for seg, role in roled if role == "body"]
    found, people = attribute_sentences(text, body, quotes)  # a headline names them by surname
    attributions = {seg.start: att for seg, att in zip(body, found, strict=True)}
    last_body = body[-1].start if body else -1
    lines = _LineIndex(text)

    sentences: list[Sentence] = []
    for seg, role in roled:
        line, column = lines.line_col(seg.start)
        label, score, reasons, sentiment = None, 0.0, (), NEUTRAL
        att = _NO_ATTRIBUTION
        findings: list[Finding] = []
        if role == "body":
            att = attributions[seg.start]
            quoted = [(q.inner_start, q.inner_end) for q in _quotes_in(quotes, seg)]
            findings = apply_rules(rules, text, seg.start, seg.end, _voice_at(att))
            if "attribution.vague-source" not in disabled:
                findings.extend(vague_findings(att, findings))  # a vague source is no source
            sentiment = sentence_sentiment(seg.text, seg.start, quoted)
            verdict = judge(
                blank_spans(seg.text, seg.start, quoted),
                findings,
                sentiment,
                attributed=bool(att.attributions),
                attribution_detail=_describe(att),
                closing=seg.start == last_body,
            )
            label, score, reasons = verdict.label, verdict.score, verdict.reasons
            if label == "editorial" and "editorial.unsourced-assertion" not in disabled:
                findings.append(editorial_finding(seg.start, seg.end, seg.text, score))
        elif role == "headline":  # flagged like narration, but not labelled or scored
            voice = _voice_at(SentenceAttribution(quotes=tuple(_quotes_in(quotes, seg))))
            findings = apply_rules(rules, text, seg.start, seg.end, voice)
            sentiment = sentence_sentiment(seg.text)
            att = attribute_headline(text, seg, quotes, people)  # reported, never labelled
        # byline and boilerplate: never scored, never flagged
        sentences.append(
            Sentence(
                start=seg.start,
                end=seg.end,
                text=seg.text,
                role=role,
                label=label,
                editorial_score=score,
                attribution=att.main,
                attributions=att.attributions,
                sentiment=sentiment,
                findings=tuple(lines.locate(f) for f in findings),
                reasons=reasons,
                paragraph=seg.paragraph,
                line=line,
                column=column,
            )
        )
    names = tuple(rs.name for rs in sets)
    return Result(article, tuple(sentences), names, sources=tuple(source_ledger(found)))


def check_text(
    text: str,
    *,
    format: str = "text",
    path: str | None = None,
    rules: Iterable[str | Path] = (),
    default_rules: bool = True,
    disable: Iterable[str] = (),
) -> Result:
    """Check an article given as a string. Offsets in the result index ``text`` (for Markdown
    and HTML, the extracted text, returned in the result's ``text`` field). ``disable`` turns
    rules, rule sets or built-in findings off by id, as ``--disable`` does (ValueError for an
    unknown id)."""
    article = article_from_text(text, format=format, path=path)
    return _check(article, rules, default_rules, disable)


def check_file(
    path: str | Path,
    *,
    format: str | None = None,
    rules: Iterable[str | Path] = (),
    default_rules: bool = True,
    disable: Iterable[str] = (),
) -> Result:
    """Check an article file (.txt, .md, .html); raises InputError for unreadable input."""
    article = load_path(path, format=format)
    return _check(article, rules, default_rules, disable)


def _check(
    article: Article, rules: Iterable[str | Path], default_rules: bool, disable: Iterable[str]
) -> Result:
    disable = tuple(disable)
    sets = without(rule_sets(rules, default_rules=default_rules), disable)
    return check_article(article, sets, disabled=builtins_off(disable))
