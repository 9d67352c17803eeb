"""Editorial score and label for body sentences, with the reasons that produced them.

The score answers: how clearly is this an assertion in the outlet's own voice that asks the
reader to take a judgement, motive, prediction or generalisation on trust?

Signals come from the outlet's own words only (quotations are the speaker's):

- rule findings, weighted by category (an unsourced motive claim weighs more than an intensifier);
- TextBlob subjectivity and polarity of the narration;
- modality of obligation ("should", "must"), first/second person, rhetorical questions and
  exclamations — the grammar of opinion rather than of report.

They combine as "strongest evidence plus corroboration": the strongest signal counts in full and
the others add a third of their weight, so that one clear cue decides and many weak ones do not
pile up into a verdict. Concrete anchors (figures, dates) lower the score a little; the closing
sentence of an article raises it when it already leans editorial, because a last-line claim is
what readers remember. An attributed sentence is labelled ``attributed`` whatever its score, and
its score is damped: the claim belongs to the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Finding, Reason, Sentiment

EDITORIAL_THRESHOLD = 0.5
CORROBORATION = 1 / 3
CLOSING_BONUS = 0.1
ANCHOR_PENALTY = 0.08
ATTRIBUTED_DAMPING = 0.4

CATEGORY_WEIGHTS = {
    ("unsourced-claim", "warning"): 0.45,
    ("unsourced-claim", "error"): 0.5,
    ("unsourced-claim", "info"): 0.2,
    ("judgement", "warning"): 0.45,  # an evaluative verdict ("shameful", "reckless")
    ("editorializing", "warning"): 0.35,
    ("loaded-language", "warning"): 0.25,
    ("doubt", "warning"): 0.15,
    ("doubt", "info"): 0.1,
    ("puffery", "info"): 0.15,
    ("intensifier", "info"): 0.1,
    ("hedge", "info"): 0.1,
}
DEFAULT_WEIGHT = {"error": 0.3, "warning": 0.2, "info": 0.08}

_OBLIGATION = re.compile(r"\b(?:should|must|ought to|needs? to|has to|have to)\b", re.I)
_PERSONAL = re.compile(r"\b(?:we|our|us|you|your|i|me|my)\b", re.I)
_ANCHOR = re.compile(
    r"\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|june|july|august|september|october|november|december|yesterday|today)\b",
    re.I,
)


@dataclass(frozen=True)
class Verdict:
    label: str
    score: float
    reasons: tuple[Reason, ...]


def judge(
    narration: str,
    findings: list[Finding],
    sentiment: Sentiment,
    *,
    attributed: bool,
    attribution_detail: str = "",
    closing: bool = False,
) -> Verdict:
    """Label and score one body sentence. ``narration`` is the sentence with quotations blanked."""
    signals: list[Reason] = []
    for f in findings:
        if f.voice == "quote":
            continue
        weight = CATEGORY_WEIGHTS.get((f.category, f.severity), DEFAULT_WEIGHT[f.severity])
        signals.append(Reason(f"rule:{f.rule}", f"“{f.text}” ({f.category})", weight))
    subj = sentiment.narration_subjectivity
    if subj >= 0.2:
        cues = ", ".join(sentiment.cues[:4])
        signals.append(
            Reason(
                "subjectivity",
                f"TextBlob subjectivity {subj:.2f}" + (f" ({cues})" if cues else ""),
                round(0.45 * subj, 3),
            )
        )
    pol = abs(sentiment.narration_polarity)
    if pol >= 0.3:
        signals.append(
            Reason(
                "polarity",
                f"TextBlob polarity {sentiment.narration_polarity:+.2f}",
                round(0.15 * pol, 3),
            )
        )
    if m := _OBLIGATION.search(narration):
        signals.append(Reason("modality", f"obligation: “{m.group()}”", 0.25))
    if m := _PERSONAL.search(narration):
        signals.append(
            Reason("person", f"first/second person in the outlet's voice: “{m.group()}”", 0.15)
        )
    stripped = narration.rstrip()
    if stripped.endswith("?"):
        signals.append(Reason("question", "rhetorical question", 0.15))
    elif stripped.endswith("!"):
        signals.append(Reason("exclamation", "exclamation", 0.2))

    signals.sort(key=lambda r: r.weight, reverse=True)
    score = 0.0
    if signals:
        score = signals[0].weight + CORROBORATION * sum(r.weight for r in signals[1:])
    reasons = list(signals)
    if signals and _ANCHOR.search(narration):
        score -= ANCHOR_PENALTY
        reasons.append(Reason("anchor", "concrete figures or dates", -ANCHOR_PENALTY))
    if attributed:
        score *= ATTRIBUTED_DAMPING
        reasons.insert(0, Reason("attributed", attribution_detail or "credited to a source", 0.0))
    else:
        if closing and score >= 0.3:
            score += CLOSING_BONUS
            reasons.append(
                Reason("closing", "last sentence of the article, with no source", CLOSING_BONUS)
            )
        if signals:
            reasons.insert(0, Reason("unsourced", "no attribution: the outlet's own voice", 0.0))
    score = max(0.0, min(1.0, score))
    if attributed:
        label = "attributed"
    elif score >= EDITORIAL_THRESHOLD:
        label = "editorial"
    else:
        label = "factual"
    return Verdict(label, score, tuple(reasons))


def editorial_finding(start: int, end: int, text: str, score: float) -> Finding:
    """The finding that puts an editorial sentence in the linter output."""
    return Finding(
        rule="editorial.unsourced-assertion",
        category="unsourced-claim",
        severity="warning",
        start=start,
        end=end,
        text=text,
        message=(
            f"Unsourced editorial assertion (score {score:.2f}): a judgement in the outlet's "
            "own voice. Attribute it to a named source, support it with facts, or cut it."
        ),
        suggestion=None,
        voice="narration",
        reference="SPJ Code of Ethics: distinguish between advocacy and news reporting",
    )
