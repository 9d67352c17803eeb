"""The quotation pass: sentences of quoted speech belong to the speaker of their quotation;
and the article-level entry points that run the cue pass and then this one.
"""

from __future__ import annotations

from ..model import Attribution, QuoteSpan, Segment, Span
from .cues import Attributor
from .lexicon import (
    MIN_SPEECH_WORDS,
)
from .result import SentenceAttribution


def _is_speech(text: str, q: QuoteSpan, sentence_ends: dict[int, int]) -> bool:
    """Speech, not a scare quote or a title: at least MIN_SPEECH_WORDS words, and not a short
    run of capitalised words ("The Nightly Show", “Ban on Face Coverings”). A shorter quotation
    is speech when it is a sentence of its own that ends as a sentence does (“Out!”, “But
    why?”, “We’re hopeful.”), or a question or exclamation that opens its sentence (“Out!”
    the crowd roared.): a scare quote sits inside someone else's sentence, and a title has no
    full stop."""
    inner = text[q.inner_start : q.inner_end].rstrip()
    words = inner.split()
    if len(words) < MIN_SPEECH_WORDS:
        return (
            bool(words)
            and inner[-1] in ".!?"
            and (_whole_sentence(text, q, sentence_ends) or _opening_cry(inner, q, sentence_ends))
        )
    caps = sum(w[:1].isupper() or w[:1].isdigit() for w in words)
    return not (len(words) <= 8 and caps >= 0.6 * len(words))


def _opening_cry(inner: str, q: QuoteSpan, sentence_ends: dict[int, int]) -> bool:
    """A question or exclamation that opens its sentence, the rest of which tells who uttered
    it (“Out!” the crowd roared.): one word, or words not in Title Case (“Who Sank the
    Ferry?” opened on Monday is a title)."""
    words = inner.split()
    caps = sum(w[:1].isupper() for w in words)
    return (
        q.start in sentence_ends
        and inner[-1] in "!?"
        and (len(words) == 1 or caps < 0.6 * len(words))
    )


def _whole_sentence(text: str, q: QuoteSpan, sentence_ends: dict[int, int]) -> bool:
    """The quotation is all its sentence holds (a full stop after the closing mark aside).
    ``sentence_ends`` maps each sentence's start to its end; sentences are trimmed, so the
    quotation opens one exactly where it starts."""
    end = sentence_ends.get(q.start)
    return end is not None and q.end <= end and text[q.end : end].strip() in ("", ".")


def _attribute_quotes(
    text: str,
    segments: list[Segment],
    results: list[SentenceAttribution],
    quotes: list[QuoteSpan],
) -> None:
    """Give a sentence that is mostly quoted speech to the speaker of its quotation: the cue may
    sit in another sentence of the same quotation ("“A. B,” she said."), in the paragraph before
    (a continued quotation) or just after it."""
    sentence_ends = {seg.start: seg.end for seg in segments}
    speech = [q for q in quotes if _is_speech(text, q, sentence_ends)]
    by_quote: dict[int, Attribution] = {}
    for seg, res in zip(segments, results, strict=True):
        main = next((a for a in res.attributions if a.source is not None), None)
        if main is None or main.kind == "continuation":
            continue
        for n, q in enumerate(speech):
            if q.start < seg.end and q.end > seg.start and n not in by_quote:
                by_quote[n] = main
    last_speaker: Attribution | None = None
    last_paragraph = -1
    turn: tuple[int, Attribution] | None = None  # (paragraph, speaker) of a transcript turn
    for idx, (seg, res) in enumerate(zip(segments, results, strict=True)):
        main = res.main
        if main is not None and main.cue is not None and main.cue.text == ":":
            if main.source is not None and main.source.start == seg.start and not res.quotes:
                turn = (seg.paragraph, main)
        elif not res.attributions and turn is not None and turn[0] == seg.paragraph:
            att = Attribution("continuation", turn[1].source, None)
            results[idx] = SentenceAttribution((att,), (), res.content)
            continue
        if res.attributions:
            main = next((a for a in res.attributions if a.source is not None), None)
            if main is not None:
                last_speaker, last_paragraph = main, seg.paragraph
            continue
        if res.introduced is not None:
            last_speaker, last_paragraph = res.introduced, seg.paragraph
        mine = [q for q in speech if q.start < seg.end and q.end > seg.start]
        if not mine:
            continue
        owner = next((by_quote[speech.index(q)] for q in mine if speech.index(q) in by_quote), None)
        if owner is None:
            # the next sentence of the same paragraph may name the speaker ("That, he said, ...")
            nxt = idx + 1
            if nxt < len(segments) and segments[nxt].paragraph == seg.paragraph:
                owner = next((a for a in results[nxt].attributions if a.source), None)
        if owner is None and any(q.open_ended for q in mine):
            # an unclosed quotation runs on into the next paragraph, where the speaker may be named
            later = [n for n, q in enumerate(speech) if q.start >= mine[-1].end]
            chain = later[0] if later else None
            if chain is not None and not text[mine[-1].end : speech[chain].start].strip():
                owner = by_quote.get(chain)
        if owner is None and last_speaker is not None and seg.paragraph - last_paragraph <= 2:
            owner = last_speaker
        kind = "continuation" if owner is not None else "direct"
        a, b = mine[0].inner_start, mine[-1].inner_end
        said = Span(a, b, text[a:b]) if a < b else None
        att = Attribution(kind, owner.source if owner else None, None, said)
        results[idx] = SentenceAttribution((att,), tuple(mine), res.content)


def attribute_headline(
    text: str, seg: Segment, quotes: list[QuoteSpan], people: dict[str, str] | None = None
) -> SentenceAttribution:
    """Attribution of a title line ("Mayor: ‘We will rebuild’", "Minister Says Talks Failed"):
    reported for the record, never used to label or score. ``people`` are the persons the
    article's body names (surname -> full name): a title names them by surname alone ("Vale
    Endorses Ruiz")."""
    attributor = Attributor(text, quotes, headline=True)
    if people:
        attributor.mem.people.update(people)
    return attributor.sentence(seg)


def attribute_sentences(
    text: str, segments: list[Segment], quotes: list[QuoteSpan]
) -> tuple[list[SentenceAttribution], dict[str, str]]:
    """The attribution of each body sentence, and the persons the sentences name (surname or
    full name -> full name), which the headline pass needs."""
    attributor = Attributor(text, quotes)
    results = [attributor.sentence(seg) for seg in segments]
    _attribute_quotes(text, segments, results, quotes)
    return results, dict(attributor.mem.people)
