"""HTML report: one self-contained page per article.

The page loads nothing from the network (inline CSS, no scripts, no fonts, no images; a
Content-Security-Policy meta tag says so to the browser). Article text is untrusted: this module
never builds HTML. It cuts each sentence into plain-text pieces, each marked with the findings
that cover it, and the Jinja2 template (autoescaped, ``StrictUndefined``) writes the markup.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from biascheck.model import (
    LABELS,
    SEVERITIES,
    Attribution,
    Finding,
    LedgerEntry,
    Result,
    Sentence,
)
from biascheck.report.wording import plural

TEMPLATE_NAME = "report.html.j2"
TEMPLATE_DIR = Path(__file__).parent / "templates"


ROLE_BADGES = {"headline": "headline", "byline": "byline", "boilerplate": "not checked"}


@functools.lru_cache(maxsize=1)
def environment() -> Environment:
    """The report's Jinja2 environment, built once: autoescaping on, undefined names fail."""
    return Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=select_autoescape(["html", "j2", "html.j2"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


# --------------------------------------------------------------------------- view model


@dataclass(frozen=True)
class FindingView:
    number: int
    rule: str
    category: str
    severity: str  # one of SEVERITIES, or "other"
    text: str
    message: str
    suggestion: str | None
    voice: str
    reference: str | None
    line: int
    column: int
    sentence_id: str
    outside: bool  # no part of the finding lies inside its sentence


@dataclass(frozen=True)
class Piece:
    """A stretch of sentence text, the findings that cover it, and the markers that follow it."""

    text: str
    findings: tuple[FindingView, ...] = ()
    markers: tuple[FindingView, ...] = ()

    @property
    def severity(self) -> str | None:
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=_severity_rank)

    @property
    def tooltip(self) -> str:
        return " | ".join(f"[{f.number}] {f.message}" for f in self.findings)


@dataclass(frozen=True)
class AttributionView:
    kind: str
    source_text: str | None
    source_name: str | None
    cue_text: str | None
    content_text: str | None


@dataclass(frozen=True)
class SentenceView:
    id: str
    number: int
    role: str  # one of ROLES, or "other"
    label: str | None  # one of LABELS, "other", or None
    badge: str | None
    text: str
    score: float
    pieces: tuple[Piece, ...]
    findings: tuple[FindingView, ...]
    attributions: tuple[AttributionView, ...]
    polarity: float
    subjectivity: float
    reasons: tuple[tuple[str, str, float], ...]
    line: int
    column: int

    @property
    def is_body(self) -> bool:
        return self.role == "body"

    @property
    def excerpt(self) -> str:
        words = " ".join(self.text.split())
        return words if len(words) <= 90 else words[:87].rstrip() + "…"

    @property
    def score_percent(self) -> int:
        return round(min(max(self.score, 0.0), 1.0) * 100)


@dataclass(frozen=True)
class Chunk:
    """Inside a paragraph: either a sentence or article text between sentences (``gap``)."""

    sentence: SentenceView | None = None
    gap: str = ""

    @property
    def gap_is_text(self) -> bool:
        return bool(self.gap.strip())


@dataclass(frozen=True)
class ParagraphView:
    index: int
    role: str  # the role all its sentences share, else "mixed"
    tag: str
    chunks: tuple[Chunk, ...]
    sentences: tuple[SentenceView, ...]
    findings: tuple[FindingView, ...]

    @property
    def body_sentences(self) -> tuple[SentenceView, ...]:
        return tuple(s for s in self.sentences if s.is_body)


@dataclass(frozen=True)
class SourceRow:
    """One line of the "who gets to speak" table, from the result's source ledger."""

    name: str
    status: str  # named | anonymous | vague
    direct: int
    indirect: int
    sentence_ids: tuple[str, ...]

    @property
    def total(self) -> int:
        return self.direct + self.indirect


# --------------------------------------------------------------------------- rendering


def render_html(result: Result, *, title: str | None = None) -> str:
    """Render ``result`` as one self-contained, escaped HTML page."""
    context = build_context(result, title=title)
    return environment().get_template(TEMPLATE_NAME).render(**context)


def build_context(result: Result, *, title: str | None = None) -> dict[str, object]:
    """Everything the template shows, computed here so the template only lays it out."""
    text = result.article.text
    sentences = sorted(result.sentences, key=lambda s: (s.start, s.end))

    views: list[SentenceView] = []
    number = 0
    for index, sentence in enumerate(sentences, start=1):
        spans: list[tuple[int, int, FindingView]] = []
        for finding in sorted(sentence.findings, key=lambda f: (f.start, f.end, f.rule)):
            number += 1
            view = _finding_view(finding, number, sentence, text, f"s{index}")
            spans.append((finding.start, finding.end, view))
        views.append(_sentence_view(sentence, index, text, spans))

    paragraphs = _paragraphs(sentences, views, text)
    all_findings = [f for v in views for f in v.findings]
    summary = result.summary()
    top = summary["most_editorial"]
    top_id = None
    if top is not None:
        spot = (top["start"], top["end"])
        top_id = next(
            (v.id for s, v in zip(sentences, views, strict=True) if (s.start, s.end) == spot), None
        )
    article = result.article
    name = article.path or _headline(views) or "Untitled article"
    return {
        "title": title or f"biascheck: {name}",
        "heading": title or name,
        "path": article.path,
        "format": article.format,
        "extracted": article.extracted,
        "rule_sets": list(result.rule_sets),
        "labels": summary["labels"],
        "roles": summary["roles"],
        "severities": summary["findings"],
        "severity_order": list(reversed(SEVERITIES)),
        "label_order": list(LABELS),
        "most_editorial": top,
        "most_editorial_id": top_id,
        "verdict": _verdict(summary["labels"]["editorial"], summary["findings"]),
        "verdict_level": _verdict_level(summary["labels"]["editorial"], summary["findings"]),
        "paragraphs": paragraphs,
        "findings": all_findings,
        "sources": _sources(result.sources, sentences, views),
        "own_voice": sum(1 for v in views if v.is_body and v.label in ("factual", "editorial")),
        "body_count": sum(1 for v in views if v.is_body),
    }


# --------------------------------------------------------------------------- helpers


def _severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else -1


def _known(value: str | None, allowed: Iterable[str]) -> str | None:
    """Class-safe value: the value if it is part of the vocabulary, else ``other``."""
    if value is None:
        return None
    return value if value in tuple(allowed) else "other"


def _line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    offset = min(max(offset, 0), len(text))
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _sentence_text(sentence: Sentence, text: str) -> str:
    if 0 <= sentence.start <= sentence.end <= len(text):
        return text[sentence.start : sentence.end]
    return sentence.text


def _finding_view(
    finding: Finding, number: int, sentence: Sentence, text: str, sentence_id: str
) -> FindingView:
    if finding.line:
        line, column = finding.line, finding.column
    else:  # a hand-built Finding: work it out
        line, column = _line_col(text, finding.start)
    lo, hi = max(finding.start, sentence.start), min(finding.end, sentence.end)
    return FindingView(
        number=number,
        rule=finding.rule,
        category=finding.category,
        severity=_known(finding.severity, SEVERITIES) or "other",
        text=finding.text,
        message=finding.message,
        suggestion=finding.suggestion,
        voice=finding.voice,
        reference=finding.reference,
        line=line,
        column=column,
        sentence_id=sentence_id,
        outside=lo >= hi,
    )


def split_pieces(
    start: int, body: str, spans: Sequence[tuple[int, int, FindingView]]
) -> tuple[Piece, ...]:
    """Cut ``body`` (article text from offset ``start``) at every finding boundary.

    Spans are absolute ``(start, end, finding)``; they are clipped to the sentence, may overlap
    or nest, and every character of ``body`` ends up in exactly one piece. A finding's marker
    follows its last piece; one that lies wholly outside the sentence is marked at its end.
    """
    end = start + len(body)
    clipped = [(max(s, start), min(e, end), f) for s, e, f in spans]
    cuts = sorted({start, end} | {p for s, e, _ in clipped if s < e for p in (s, e)})
    markers_at: dict[int, list[FindingView]] = {}
    for s, e, f in clipped:
        markers_at.setdefault(e if s < e else end, []).append(f)

    pieces: list[Piece] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = tuple(f for s, e, f in clipped if s < b and e > a)
        pieces.append(Piece(body[a - start : b - start], covering, tuple(markers_at.get(b, ()))))
    if not pieces:  # empty sentence
        pieces.append(Piece("", (), tuple(markers_at.get(end, ()))))
    return tuple(pieces)


def _sentence_view(
    sentence: Sentence, index: int, text: str, spans: list[tuple[int, int, FindingView]]
) -> SentenceView:
    body = _sentence_text(sentence, text)
    role = _known(sentence.role, ("headline", "byline", "body", "boilerplate")) or "other"
    label = _known(sentence.label, LABELS)
    badge = (label or "unlabelled") if role == "body" else ROLE_BADGES.get(role)
    attributions: tuple[Attribution, ...] = sentence.attributions or (
        (sentence.attribution,) if sentence.attribution is not None else ()
    )
    return SentenceView(
        id=f"s{index}",
        number=index,
        role=role,
        label=label,
        badge=badge,
        text=body,
        score=sentence.editorial_score,
        pieces=split_pieces(sentence.start, body, spans),
        findings=tuple(f for _, _, f in spans),
        attributions=tuple(_attribution_view(a) for a in attributions),
        polarity=sentence.sentiment.polarity,
        subjectivity=sentence.sentiment.subjectivity,
        reasons=tuple((r.code, r.detail, r.weight) for r in sentence.reasons),
        line=sentence.line,
        column=sentence.column,
    )


def _attribution_view(a: Attribution) -> AttributionView:
    return AttributionView(
        kind=a.kind,
        source_text=a.source.text if a.source else None,
        source_name=a.source.name if a.source else None,
        cue_text=a.cue.text if a.cue else None,
        content_text=a.content.text if a.content else None,
    )


def _paragraphs(
    sentences: Sequence[Sentence], views: Sequence[SentenceView], text: str
) -> list[ParagraphView]:
    """Group sentences by paragraph, keeping the article text between them."""
    groups: dict[int, list[int]] = {}
    for i, s in enumerate(sentences):
        groups.setdefault(s.paragraph, []).append(i)
    ordered = sorted(groups.items(), key=lambda kv: sentences[kv[1][0]].start)

    result: list[ParagraphView] = []
    for n, (index, members) in enumerate(ordered):
        chunks: list[Chunk] = []
        for k, i in enumerate(members):
            if k:
                gap = text[sentences[members[k - 1]].end : sentences[i].start]
                if gap:
                    chunks.append(Chunk(gap=gap))
            chunks.append(Chunk(sentence=views[i]))
        # Unsegmented text after the paragraph (before the next one) is shown, not dropped.
        tail_end = sentences[ordered[n + 1][1][0]].start if n + 1 < len(ordered) else len(text)
        tail = text[sentences[members[-1]].end : tail_end]
        if tail.strip():
            chunks.append(Chunk(gap=tail.strip()))
        roles = {views[i].role for i in members}
        role = roles.pop() if len(roles) == 1 else "mixed"
        result.append(
            ParagraphView(
                index=index,
                role=role,
                tag="h2" if role == "headline" else "p",
                chunks=tuple(chunks),
                sentences=tuple(views[i] for i in members),
                findings=tuple(f for i in members for f in views[i].findings),
            )
        )
    lead = text[: sentences[0].start].strip() if sentences else ""
    if lead and result:  # unsegmented text before the first sentence
        first = result[0]
        chunks = (Chunk(gap=lead), Chunk(gap=" "), *first.chunks)
        result[0] = ParagraphView(
            first.index, first.role, first.tag, chunks, first.sentences, first.findings
        )
    return result


def _sources(
    ledger: Sequence[LedgerEntry], sentences: Sequence[Sentence], views: Sequence[SentenceView]
) -> list[SourceRow]:
    """Who gets to speak: the attribution stage's ledger, with links to the sentences credited
    to each source (a quotation's continuing paragraphs too) or mentioning it. Most-credited
    first; ties keep the order of first appearance."""
    rows = []
    for entry in ledger:
        key = entry.name.casefold()
        ids = [
            view.id
            for sentence, view in zip(sentences, views, strict=True)
            if any(sentence.start <= m.start < sentence.end for m in entry.mentions)
            or any((att.ledger_name or "").casefold() == key for att in sentence.attributions)
        ]
        rows.append(SourceRow(entry.name, entry.status, entry.direct, entry.paraphrase, tuple(ids)))
    return sorted(rows, key=lambda r: -r.total)


def _headline(views: Sequence[SentenceView]) -> str | None:
    return next((v.text.strip() for v in views if v.role == "headline"), None)


def _verdict(editorial: int, severities: dict[str, int]) -> str:
    parts = []
    if editorial:
        parts.append(plural(editorial, "unsourced editorial assertion"))
    for severity, word in (("error", "error"), ("warning", "warning"), ("info", "note")):
        if severities.get(severity):
            parts.append(plural(severities[severity], word))
    if not parts:
        return "No unsourced editorial assertions and no wording findings."
    return ", ".join(parts)


def _verdict_level(editorial: int, severities: dict[str, int]) -> str:
    if editorial or severities.get("error"):
        return "act"
    if severities.get("warning"):
        return "check"
    return "ok"
