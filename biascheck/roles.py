"""Roles: which segments are the headline, the byline, the article body, or web furniture.

Headline: the first paragraph, when the text has more than one paragraph and that paragraph is
one short unit. Byline: short lines near the top that name an author, outlet or date, and a
dateline that opens the first body sentence ("ANKARA (Reuters) -"), which is split off.
Boilerplate: comment prompts, share / subscribe lines and their kin; once a comment-section
marker appears ("Leave a Reply", "3 replies to ..."), everything after it is boilerplate.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Segment

_I = re.IGNORECASE

# A line that is furniture wherever it appears.
BOILERPLATE = re.compile(
    r"""^(?:
        leave\ a\ (?:reply|comment)
      | (?:\d+|one|two|three|no)\ (?:repl(?:y|ies)|comments?|responses?|thoughts?)\ (?:on|to)\b.*
      | (?:\d+\ )?comments?:?
      | your\ email\ address\ will\ not\ be\ published\.?
      | required\ fields\ are\ marked\ \*?
      | %d\ bloggers\ like\ this:?
      | (?:like|share)\ this:?
      | (?:share|tweet|email|print)(?:\ (?:on|this|via)\ \w+)*:?
      | (?:click|tap)\ here\b.*
      | read\ (?:more|the\ rest|the\ full\ (?:story|article))\b.*
      | (?:sign\ up|subscribe)\b.*(?:newsletter|updates|inbox|email|free).*
      | follow\ us\ on\b.*
      | related(?:\ (?:posts|articles|stories|content))?:?
      | advertisement
      | (?:this\ (?:site|website)\ uses\ cookies|we\ use\ cookies)\b.*
      | (?:accept|manage)\ (?:all\ )?cookies\b.*
      | (?:post(?:ed)?\ a\ comment|add\ a\ comment|join\ the\ (?:conversation|discussion))\b.*
      | (?:name|email|website)\ ?\*?
      | save\ my\ name,\ email.*
      | notify\ me\ of\ .*
      | (?:copyright\ |©\ ?|\(c\)\ )\d{4}\b.*
      | all\ rights\ reserved\.?
    )\s*$""",
    _I | re.VERBOSE,
)

# Markers after which the rest of the page is the comment section or page footer.
TAIL_START = re.compile(
    r"^(?:leave\ a\ (?:reply|comment)"
    r"|(?:\d+|one|two|three|no)\ (?:repl(?:y|ies)|comments?|responses?|thoughts?)\ (?:on|to)\b"
    r"|comments\ are\ closed|%d\ bloggers\ like\ this)",
    _I | re.VERBOSE,
)

_BY = re.compile(
    r"^(?:by|written by|reporting by)\s+(?!(?:the|a|an|this|that|next|last|early|late|mid|then|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|noon|midnight|now)\b)[A-Z]",
    _I,
)
_DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted|last updated)\b.*"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+\w+\s+\d{1,2},?\s+\d{4}.*"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},?\s+\d{4}.*"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{4}.*"
    r"|\d{4}-\d{2}-\d{2}.*)$",
    _I,
)
_STAFF = re.compile(r"\b(?:staff|correspondent|reporter|editor|writer|contributor)s?\b", _I)
# "ANKARA (Reuters) -", "WASHINGTON —", "LONDON, March 3 (AP) —"
DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z.'\- ]{1,40}[A-Z.](?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?"
    r"(?:\s*\([A-Za-z .&]+\))?\s*[-—–]+)\s+(?=\S)"
)
_SMALL_WORDS = {"and", "of", "the", "for", "in", "at", "de", "la", "&", "|", "-", "—", "–"}
_TOKEN = re.compile(r"[\w’'&|.-]+|[—–]")


def is_boilerplate(text: str) -> bool:
    return bool(BOILERPLATE.match(text.strip()))


def _title_like(text: str) -> bool:
    """A short name-like line: "Daily Sabah", "Jane Doe and John Roe", "The Herald | Politics"."""
    stripped = text.strip()
    if not stripped or stripped[-1] in '.!?;:,"”’':
        return False
    tokens = _TOKEN.findall(stripped)
    if not 1 <= len(tokens) <= 7:
        return False
    return all(t[0].isupper() or t[0].isdigit() or t.lower() in _SMALL_WORDS for t in tokens)


def is_byline(text: str) -> bool:
    stripped = text.strip()
    if _BY.match(stripped) and len(stripped.split()) <= 12 and stripped[-1] not in ".!?":
        return True
    if _DATE_LINE.match(stripped) and len(stripped) < 80:
        return True
    if "@" in stripped and " " not in stripped:
        return True
    if _STAFF.search(stripped) and len(stripped.split()) <= 8 and not stripped.endswith("."):
        return True
    return _title_like(stripped)


def assign_roles(segments: list[Segment]) -> list[tuple[Segment, str]]:
    """Give every segment a role; a dateline prefix of the first body sentence becomes its own
    byline segment (so the returned list may be one longer than the input)."""
    out: list[tuple[Segment, str]] = []
    if not segments:
        return out
    n_paragraphs = len({s.paragraph for s in segments})
    first_para = [s for s in segments if s.paragraph == segments[0].paragraph]
    index = 0
    # The title is the first paragraph, or its first line when the lines under it are bylines
    # ("Headline\nBy Jane Doe").
    title_block = len(first_para) == 1 or all(is_byline(s.text) for s in first_para[1:])
    if n_paragraphs > 1 and title_block and len(first_para[0].text.split()) <= 30:
        if is_boilerplate(first_para[0].text):
            out.append((first_para[0], "boilerplate"))
        else:
            out.append((first_para[0], "headline"))
        index = 1
    # Bylines: consecutive byline-like lines right after the headline (or at the very top).
    while index < len(segments) and index <= 5 and is_byline(segments[index].text):
        if is_boilerplate(segments[index].text):
            break
        out.append((segments[index], "byline"))
        index += 1
    in_tail = False
    first_body = True
    for seg in segments[index:]:
        text = seg.text.strip()
        if TAIL_START.match(text):
            in_tail = True
        if in_tail or is_boilerplate(text):
            out.append((seg, "boilerplate"))
            continue
        if first_body:
            first_body = False
            m = DATELINE.match(seg.text)
            if m and m.end() < len(seg.text):
                cut = seg.start + len(m.group("dateline"))
                out.append(
                    (replace(seg, end=cut, text=seg.text[: len(m.group("dateline"))]), "byline")
                )
                rest = seg.start + m.end()
                seg = replace(seg, start=rest, text=seg.text[m.end() :])
        out.append((seg, "body"))
    return out
