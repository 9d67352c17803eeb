"""Sentiment and subjectivity per sentence with TextBlob's Pattern analyser.

The analyser needs no NLTK corpora (verified offline). Scores are computed twice: over the whole
sentence (what the result reports) and over the outlet's own words with quotations blanked out
(what the editorial scorer uses: a quoted speaker's passion is not the writer's opinion).
"""

from __future__ import annotations

# The Pattern lexicon scorer that TextBlob's PatternAnalyzer wraps. Called directly because the
# wrapper scores every text twice and builds a new namedtuple class per call (≈60% of the
# pipeline's time); the figures are the same.
from textblob.en import sentiment as pattern_sentiment

from .model import Sentiment


def _scores(text: str) -> tuple[float, float, list[str]]:
    if not text.strip():
        return 0.0, 0.0, []
    score = pattern_sentiment(text)
    polarity, subjectivity = score
    words = [" ".join(a[0]) for a in score.assessments if a[2] > 0 or abs(a[1]) > 0]
    return float(polarity), float(subjectivity), words


def blank_spans(text: str, offset: int, spans: list[tuple[int, int]]) -> str:
    """``text`` (which starts at ``offset``) with the given absolute spans replaced by spaces."""
    chars = list(text)
    for start, end in spans:
        for i in range(max(start - offset, 0), min(end - offset, len(chars))):
            chars[i] = " "
    return "".join(chars)


def sentence_sentiment(
    text: str, offset: int = 0, quoted: list[tuple[int, int]] | None = None
) -> Sentiment:
    polarity, subjectivity, words = _scores(text)
    n_polarity, n_subjectivity = polarity, subjectivity
    if quoted:
        n_polarity, n_subjectivity, words = _scores(blank_spans(text, offset, quoted))
    return Sentiment(
        polarity=max(-1.0, min(1.0, polarity)),
        subjectivity=max(0.0, min(1.0, subjectivity)),
        narration_polarity=max(-1.0, min(1.0, n_polarity)),
        narration_subjectivity=max(0.0, min(1.0, n_subjectivity)),
        cues=tuple(dict.fromkeys(words)),
    )
