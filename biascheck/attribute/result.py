"""What the attribution stage hands on for one sentence."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Attribution, QuoteSpan, Source


@dataclass
class SentenceAttribution:
    """What attribution found in one body sentence."""

    attributions: tuple[Attribution, ...] = ()
    quotes: tuple[QuoteSpan, ...] = ()  # speech quotations inside the sentence
    content: tuple[tuple[int, int], ...] = ()  # paraphrased content spans (outside quotes)
    # a speaker the sentence brings on without crediting anything to them ("X spoke to
    # reporters."): the owner of a quotation that follows, never reported itself
    introduced: Attribution | None = None
    # the speaker whose words a turn of a transcript is ("VALE: ... I think ...", "A: No,
    # nobody called." for the interviewee, the mention being the label "A"): the ledger
    # counts the sentence as their own words, but it is no source of the sentence
    speaker: Source | None = None

    @property
    def main(self) -> Attribution | None:
        return self.attributions[0] if self.attributions else None


Found = tuple[Attribution, tuple[int, int] | None]
