"""The data model: frozen dataclasses shared by every stage.

Offsets are Python ``str`` indices into ``Article.text`` (end-exclusive). For plain text that is
the input string itself; for Markdown and HTML it is the extracted text the report shows.
``Result.to_dict()`` produces the result contract of ``docs/design.md`` (schema_version 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = 1

Role = Literal["headline", "byline", "body", "boilerplate"]
Label = Literal["attributed", "factual", "editorial"]
Severity = Literal["info", "warning", "error"]
# Who is speaking at a character position: the outlet in its own voice (narration), the outlet
# paraphrasing a credited source (paraphrase), or a source's own words in quotation marks (quote).
Voice = Literal["narration", "paraphrase", "quote"]

ROLES: tuple[str, ...] = ("headline", "byline", "body", "boilerplate")
LABELS: tuple[str, ...] = ("attributed", "factual", "editorial")
SEVERITIES: tuple[str, ...] = ("info", "warning", "error")
VOICES: tuple[str, ...] = ("narration", "paraphrase", "quote")


def severity_rank(severity: str) -> int:
    """info < warning < error, for --fail-on and sorting."""
    return SEVERITIES.index(severity)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Source(Span):
    """The mention that carries a claim; ``name`` is the resolved name (pronoun -> person)."""

    name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "name": self.name}


@dataclass(frozen=True)
class Attribution:
    """Why a sentence's content is credited to someone.

    kind: direct | indirect | according_to | quoted_as_saying | reported_state | stance
    | evidence | passive | continuation | vague; ``content`` is what was said, when known
    """

    kind: str
    source: Source | None
    cue: Span | None
    content: Span | None = None

    @property
    def ledger_name(self) -> str | None:
        """The name the source ledger lists this source under: the resolved name, else the
        mention; a vague source with no mention under its cue ("it is believed"); None when
        the ledger lists none."""
        if self.source is not None:
            return self.source.name or self.source.text
        if self.kind != "vague":
            return None
        return self.cue.text if self.cue else "unnamed"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict() if self.content else None,
        }


@dataclass(frozen=True)
class QuoteSpan:
    """A stretch of quoted words, marks included.

    ``open_ended``: no closing mark in its paragraph (the quotation continues in the next one).
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    open_ended: bool = False


@dataclass(frozen=True)
class Finding:
    rule: str
    category: str
    severity: str
    start: int
    end: int
    text: str
    message: str
    suggestion: str | None = None
    voice: str = "narration"
    reference: str | None = None
    line: int = 0  # 1-based position of ``start`` in the text; 0 until the pipeline sets it
    column: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestion": self.suggestion,
            "voice": self.voice,
            "reference": self.reference,
            "line": self.line,
            "column": self.column,
        }


@dataclass(frozen=True)
class Sentiment:
    """TextBlob (Pattern) scores of the whole sentence, and of the outlet's own words only
    (quotations removed), with the words that drove them."""

    polarity: float
    subjectivity: float
    narration_polarity: float = 0.0
    narration_subjectivity: float = 0.0
    cues: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "polarity": round(self.polarity, 4),
            "subjectivity": round(self.subjectivity, 4),
            "narration_polarity": round(self.narration_polarity, 4),
            "narration_subjectivity": round(self.narration_subjectivity, 4),
            "cues": list(self.cues),
            "method": "textblob-pattern",
        }


NEUTRAL = Sentiment(0.0, 0.0)


@dataclass(frozen=True)
class Reason:
    """One signal that moved a sentence's editorial score, with its signed weight."""

    code: str
    detail: str
    weight: float

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "detail": self.detail, "weight": round(self.weight, 3)}


@dataclass(frozen=True)
class LedgerEntry:
    """One source in the "who gets to speak" ledger: its resolved name, how identifiable it is
    (named | anonymous | vague), how often it is quoted directly and paraphrased, and where it is
    mentioned."""

    name: str
    status: str
    direct: int
    paraphrase: int
    mentions: tuple[Source, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "status": self.status,
            "direct": self.direct,
            "paraphrase": self.paraphrase,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True)
class Segment:
    """A sentence (or a title / byline line) found by segmentation, before any judgement."""

    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    role: str
    label: str | None
    editorial_score: float
    attribution: Attribution | None
    attributions: tuple[Attribution, ...]
    sentiment: Sentiment
    findings: tuple[Finding, ...]
    reasons: tuple[Reason, ...]
    paragraph: int
    line: int
    column: int

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "role": self.role,
            "label": self.label,
            "editorial_score": round(self.editorial_score, 4),
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "sentiment": self.sentiment.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
            "reasons": [r.to_dict() for r in self.reasons],
            "paragraph": self.paragraph,
            "line": self.line,
            "column": self.column,
        }
        if len(self.attributions) > 1:
            data["attributions"] = [a.to_dict() for a in self.attributions]
        return data


@dataclass(frozen=True)
class Article:
    """What the loader hands to the pipeline: the text to analyse and how it was obtained."""

    text: str
    format: str = "text"  # text | markdown | html
    path: str | None = None
    paragraphs: tuple[tuple[int, int], ...] = ()

    @property
    def extracted(self) -> bool:
        return self.format != "text"


@dataclass(frozen=True)
class Result:
    article: Article
    sentences: tuple[Sentence, ...]
    rule_sets: tuple[str, ...] = field(default=())
    # the source ledger (attribute.source_ledger): who gets to speak, and how
    sources: tuple[LedgerEntry, ...] = field(default=())

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def findings(self) -> list[Finding]:
        return [f for s in self.sentences for f in s.findings]

    def summary(self) -> dict[str, Any]:
        labels = {label: 0 for label in LABELS}
        roles = {role: 0 for role in ROLES}
        for s in self.sentences:
            roles[s.role] += 1
            if s.label:
                labels[s.label] += 1
        severities = {sev: 0 for sev in SEVERITIES}
        for f in self.findings:
            severities[f.severity] += 1
        body = [s for s in self.sentences if s.role == "body"]
        top = max(body, key=lambda s: s.editorial_score, default=None)
        return {
            "labels": labels,
            "roles": roles,
            "findings": severities,
            "most_editorial": (
                {
                    "start": top.start,
                    "end": top.end,
                    "text": top.text,
                    "editorial_score": round(top.editorial_score, 4),
                }
                if top is not None and top.editorial_score > 0
                else None
            ),
        }

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "format": self.article.format,
            "offsets": (
                "extracted-text: offsets index the 'text' field (the article text extracted "
                f"from the {self.article.format} input, as the report shows it)"
                if self.article.extracted
                else "input: offsets index the input string"
            ),
            "sentences": [s.to_dict() for s in self.sentences],
            "summary": self.summary(),
            "rule_sets": list(self.rule_sets),
            "sources": [entry.to_dict() for entry in self.sources],
        }
        if self.article.extracted:
            data["text"] = self.article.text
        if self.article.path is not None:
            data["path"] = self.article.path
        return data
