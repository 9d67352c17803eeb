"""Attribution: who is speaking in each body sentence.

A sentence is attributed when its content is credited to a source by a cue the outlet writes:
a reporting verb with its subject ("Lavrov said", "said the minister"), "according to X",
"X quoted Y as saying", "X expressed hope that", a reported mental state of a *person*
("she believes"), a quotation continued from an earlier sentence, or a vague source
("critics say", "it is widely believed").

The boundary between a reported belief and the outlet's own inference is drawn on principle:
a mental-state verb ("believes", "wants", "hopes") counts as attribution only when its subject
is a person (a name with a title, a known person's surname, a person pronoun, or a role such as
"the minister"). Ascribing wants, interests or motives to a state or group ("The US wants...",
"Russia seeks...") is the outlet's inference, not a report; it stays in the outlet's voice, where
the rules and the scorer judge it.

Sources are resolved across sentences: "he" / "she" to the last named person source, a surname to
the full name first seen, "the minister" to the last source bearing that title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from .model import Attribution, QuoteSpan, Segment, Source, Span

TOKEN = re.compile(r"\w+(?:[’'.\-]\w+)*|[^\w\s]")

DETERMINERS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "one",
    "two",
    "three",
    "several",
    "some",
    "many",
    "other",
    "another",
    "both",
    "all",
    "most",
    "any",
}
# Words between a subject and its verb: "Lavrov has also said".
BRIDGE = {
    "has",
    "have",
    "had",
    "also",
    "later",
    "previously",
    "once",
    "again",
    "repeatedly",
    "reportedly",
    "will",
    "would",
    "could",
    "may",
    "might",
    "did",
    "does",
    "do",
    "is",
    "was",
    "were",
    "are",
    "been",
    "recently",
    "earlier",
    "then",
    "not",
    "never",
    "publicly",
    "privately",
    "separately",
    "further",
    "often",
    "frequently",
    "long",
    "already",
    "clearly",
    "flatly",
    "firmly",
    "simply",
    "still",
    "even",
    "only",
    "first",
    "just",
    "quickly",
    "immediately",
    "angrily",
    "bluntly",
    "openly",
    "explicitly",
    "strongly",
    "subsequently",
    "eventually",
    "finally",
    "herself",
    "himself",
    "themselves",
    "itself",
    "yesterday",
    "today",
    "tonight",
    "now",
}
STOP = {
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "since",
    "while",
    "when",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "if",
    "because",
    "though",
    "although",
    "as",
    "with",
    "without",
    "by",
    "for",
    "from",
    "to",
    "into",
    "than",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "meanwhile",
    "however",
    "also",
    "then",
    "there",
    "here",
    "not",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "yesterday",
    "today",
    "tomorrow",
    "last",
    "next",
    "earlier",
    "later",
    "week",
    "month",
    "year",
    "said",
    "says",
}
PRONOUNS = {"he", "she", "they", "we", "i", "it"}
OPEN_QUOTES = set("“‘\"'")
CLOSE_QUOTES = set("”’\"'")
# Verbs that only report speech when followed by a clause, a quote or a colon, or when inverted:
# "she added that..." is a report, "she added two goals" is not.
NEEDS_CLAUSE = {
    "add",
    "post",
    "maintain",
    "observe",
    "repeat",
    "answer",
    "respond",
    "counter",
    "reply",
    "report",
    "ask",
    "demand",
    "welcome",
    "dismiss",
    "blame",
    "condemn",
    "criticize",
    "criticise",
    "propose",
    "recommend",
    "mention",
    "promise",
    "pledge",
    "threaten",
    "advise",
    "inform",
    "comment",
    "note",
    "state",
    "indicate",
    "reveal",
    "disclose",
    "estimate",
    "conclude",
    "protest",
    "accuse",
    "speak",
    "write",
    "tell",
    "joke",
    "urge",
    "vow",
    "caution",
    "predict",
    "recall",
    "shout",
}
CLAUSE_STARTS = {
    "that",
    ":",
    ",",
    "“",
    '"',
    "‘",
    "'",
    "—",
    "–",
    "-",
    "how",
    "why",
    "what",
    "whether",
    "if",
    "when",
    "it",
    "he",
    "she",
    "they",
    "we",
    "the",
    "there",
    "this",
}
VAGUE_PASSIVE = re.compile(
    r"\b(?:it\s+(?:is|was|has\s+been|had\s+been|'s)\s+(?:widely\s+|generally\s+|commonly\s+|often\s+"
    r"|long\s+|now\s+|increasingly\s+)?(?:believed|said|thought|understood|reported|alleged|rumou?red|"
    r"claimed|argued|suggested|known|feared|expected|assumed|held)\b"
    r"|(?:some|many|critics|observers|experts|analysts|others|people)\s+"
    r"(?:say|said|argue|argued|believe|believed|claim|claimed|contend|suggest|suggested|think|"
    r"fear|feared|worry|note|warn|warned)\b"
    r"|sources?\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of)\b"
    r"|(?:people|those|persons)\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of)\b"
    r"|(?:there\s+(?:is|are)\s+)?(?:reports|rumou?rs|speculation)\s+(?:that|suggest|say)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def _inflect(lemma: str) -> set[str]:
    """Regular inflections of a reporting verb (say -> says, saying; note -> noted, noting)."""
    forms = {lemma}
    doubled = lemma in {
        "admit",
        "regret",
        "commit",
        "submit",
        "omit",
        "rebut",
        "plan",
        "quip",
        "refer",
        "prefer",
        "permit",
        "stop",
    }
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if doubled:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    elif lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms |= {lemma + "ed", lemma + "ing"}
    return forms


def _verb_table(entries: list[str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for entry in entries:
        lemma, _, irregular = entry.partition(":")
        lemma = lemma.strip()
        forms = _inflect(lemma) | set(irregular.split())
        if irregular:  # irregular verbs: drop the generated -ed form ("sayed")
            forms.discard(lemma + "ed")
            forms.discard(lemma + "d")
        for form in forms:
            table[form] = lemma
    return table


@dataclass(frozen=True)
class Lexicon:
    speech: dict[str, str]
    state: dict[str, str]
    phrases: tuple[tuple[str, ...], ...]
    state_nouns: frozenset[str]
    expressing: frozenset[str]
    role_nouns: frozenset[str]
    vague: frozenset[str]
    titles: frozenset[str]
    org_heads: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = yaml.safe_load(
        resources.files("biascheck").joinpath("data/attribution.yml").read_text("utf-8")
    )
    phrases: list[tuple[str, ...]] = []
    for phrase in raw["speech_phrases"]:
        first, *rest = phrase.split()
        phrases.extend((form, *rest) for form in _inflect(first) | {first})
    return Lexicon(
        speech=_verb_table(raw["speech_verbs"]),
        state=_verb_table(raw["state_verbs"]),
        phrases=tuple(phrases),
        state_nouns=frozenset(raw["state_nouns"]),
        expressing=frozenset(raw["expressing_verbs"]),
        role_nouns=frozenset(raw["role_nouns"]),
        vague=frozenset(raw["vague_subjects"]),
        titles=frozenset(t.lower() for t in raw["titles"]),
        org_heads=frozenset(raw["organisation_heads"]),
    )


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.start() + offset, m.end() + offset, m.group()) for m in TOKEN.finditer(text)]


@dataclass
class SentenceAttribution:
    """What attribution found in one body sentence."""

    attributions: tuple[Attribution, ...] = ()
    quotes: tuple[QuoteSpan, ...] = ()  # speech quotations inside the sentence
    content: tuple[tuple[int, int], ...] = ()  # paraphrased content spans (outside quotes)

    @property
    def main(self) -> Attribution | None:
        return self.attributions[0] if self.attributions else None


@dataclass
class _Memory:
    """What earlier sentences tell us: named people and the last attribution."""

    people: dict[str, str] = field(default_factory=dict)  # surname / full -> full name
    titled: dict[str, str] = field(default_factory=dict)  # "minister" -> "Faisal Mekdad"
    last_person: str | None = None
    last_group: str | None = None
    last: Attribution | None = None
    last_paragraph: int = -1


class Attributor:
    """Stateful over one article: call :meth:`sentence` on body sentences in order."""

    def __init__(self, text: str, quotes: list[QuoteSpan]) -> None:
        self.text = text
        self.quotes = quotes
        self.lex = lexicon()
        self.mem = _Memory()

    # -- noun phrases ----------------------------------------------------------------------

    def _is_np_word(self, tok: Token) -> bool:
        return tok.is_cap or tok.lower in self.lex.role_nouns or tok.lower in self.lex.vague

    def _np_before(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        j = i - 1
        while j >= 0 and toks[j].lower in BRIDGE:
            j -= 1
        if j < 0:
            return None
        head = toks[j]
        if head.lower in PRONOUNS:
            return (j, j)
        if head.lower in STOP or head.lower in DETERMINERS or not head.is_word:
            return None
        if not self._is_np_word(head):
            # a determiner-led common noun phrase: "a neighbour", "the local shopkeeper"
            for back in (1, 2, 3):
                d = j - back
                if d < 0 or toks[d].lower in STOP or not toks[d].is_word:
                    return None
                if toks[d].lower in DETERMINERS:
                    return (d, j)
            return None
        k = j
        while k - 1 >= 0 and j - k < 7:
            t = toks[k - 1]
            low = t.lower
            if low in DETERMINERS:
                k -= 1
                break
            if low in ("of", "and", "&") and k - 2 >= 0 and toks[k - 2].is_cap and toks[k].is_cap:
                k -= 1
                continue
            if low in STOP or not t.is_word:
                break
            if t.is_cap or low in self.lex.role_nouns:
                k -= 1
                continue
            # a lowercase modifier ("regime", "foreign") inside a name-led or determiner-led phrase
            if k - 2 >= 0 and (toks[k - 2].is_cap or toks[k - 2].lower in DETERMINERS):
                k -= 1
                continue
            break
        return (k, j)

    def _np_after(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        k = i + 1
        if k < len(toks) and toks[k].lower in PRONOUNS:
            return (k, k)
        start = k
        if k < len(toks) and toks[k].lower in DETERMINERS:
            k += 1
        end = None
        while k < len(toks) and k - start < 8:
            t = toks[k]
            if (
                t.is_cap
                or t.lower in self.lex.role_nouns
                or (
                    t.lower in ("of", "and")
                    and end is not None
                    and k + 1 < len(toks)
                    and toks[k + 1].is_cap
                )
            ):
                end = k
                k += 1
                continue
            if (
                t.is_word
                and t.lower not in STOP
                and k + 1 < len(toks)
                and (toks[k + 1].is_cap or toks[k + 1].lower in self.lex.role_nouns)
            ):
                k += 1  # lowercase modifier: "said the foreign minister"
                continue
            break
        if end is None:
            return None
        return (start, end)

    # -- naming ----------------------------------------------------------------------------

    def _source(self, toks: list[Token], span: tuple[int, int]) -> Source:
        a, b = span
        start, end = toks[a].start, toks[b].end
        mention = self.text[start:end]
        return Source(start, end, mention, self._resolve(toks[a : b + 1]))

    def _resolve(self, toks: list[Token]) -> str | None:
        words = [t for t in toks if t.lower not in DETERMINERS]
        if not words:
            return None
        lows = [t.lower for t in words]
        if len(words) == 1 and lows[0] in ("he", "she"):
            return self.mem.last_person
        if len(words) == 1 and lows[0] in ("they",):
            return self.mem.last_group or self.mem.last_person
        if len(words) == 1 and lows[0] in PRONOUNS:
            return None
        # Strip leading titles: "Russian Foreign Minister Sergey Lavrov" -> "Sergey Lavrov".
        name_toks = list(words)
        last_title = -1
        for n, t in enumerate(words):
            if t.lower.rstrip(".") in self.lex.titles or not t.is_cap:
                last_title = n
        if 0 <= last_title < len(words) - 1:
            name_toks = words[last_title + 1 :]
        name = " ".join(t.text for t in name_toks)
        if all(not t.is_cap for t in words):
            # "the minister": the last source with that title, else the phrase itself
            head = words[-1].lower
            return self.mem.titled.get(head, " ".join(t.text for t in words))
        key = name_toks[-1].text
        if len(name_toks) == 1 and key in self.mem.people:
            return self.mem.people[key]
        return name

    def _person_like(self, toks: list[Token], span: tuple[int, int]) -> bool:
        words = [t for t in toks[span[0] : span[1] + 1] if t.lower not in DETERMINERS]
        if not words:
            return False
        lows = [t.lower for t in words]
        if lows[-1] in self.lex.org_heads:
            return False
        if len(words) == 1 and lows[0] in ("he", "she", "i"):
            return True
        if any(low.rstrip(".") in self.lex.titles for low in lows) and words[-1].is_cap:
            return True
        caps = [t for t in words if t.is_cap]
        if len(caps) >= 2 and len(caps) == len(words):
            return True
        if len(words) == 1 and words[0].text in self.mem.people:
            return True
        return lows[-1] in {
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "minister",
            "president",
            "secretary",
            "senator",
            "governor",
            "mayor",
            "ambassador",
            "envoy",
            "aide",
            "adviser",
            "advisor",
            "lawyer",
            "attorney",
            "official",
            "diplomat",
            "analyst",
            "expert",
            "economist",
            "judge",
            "chief",
            "director",
            "leader",
            "candidate",
            "nominee",
        }

    def _remember(self, toks: list[Token], span: tuple[int, int], source: Source) -> None:
        if source.name is None:
            return
        words = [t for t in toks[span[0] : span[1] + 1] if t.lower not in DETERMINERS]
        if len(words) == 1 and words[0].lower in PRONOUNS:
            return
        if self._person_like(toks, span) and any(t.is_cap for t in words):
            parts = source.name.split()
            self.mem.people[parts[-1]] = source.name
            self.mem.people[source.name] = source.name
            self.mem.last_person = source.name
            for t in words:
                if t.lower in self.lex.role_nouns or t.lower.rstrip(".") in self.lex.titles:
                    self.mem.titled[t.lower] = source.name
        else:
            self.mem.last_group = source.name

    def _scan_people(self, toks: list[Token]) -> None:
        """Remember titled names anywhere in the text ("Foreign Minister Mevlüt Çavuşoğlu"),
        so a later bare surname or "the minister" resolves to them."""
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            if t.is_cap and t.lower.rstrip(".") in self.lex.titles:
                j = i
                while (
                    j + 1 < n
                    and toks[j + 1].is_cap
                    and toks[j + 1].lower.rstrip(".") in self.lex.titles
                ):
                    j += 1
                k = j
                while k + 1 < n and toks[k + 1].is_cap and toks[k + 1].lower not in self.lex.titles:
                    k += 1
                if k > j and toks[k].lower not in self.lex.org_heads:
                    self._remember(toks, (i, k), self._source(toks, (i, k)))
                i = k + 1
                continue
            i += 1

    # -- quotes ----------------------------------------------------------------------------

    def _quotes_in(self, seg: Segment) -> list[QuoteSpan]:
        return [q for q in self.quotes if q.start < seg.end and q.end > seg.start]

    # -- the main pass ---------------------------------------------------------------------

    def sentence(self, seg: Segment) -> SentenceAttribution:
        toks = tokenize(seg.text, seg.start)
        quotes = self._quotes_in(seg)

        def inside_quote(tok: Token) -> bool:
            return any(q.inner_start <= tok.start < q.inner_end for q in quotes)

        self._scan_people(toks)
        found: list[tuple[Attribution, tuple[int, int] | None]] = []

        def add(item: tuple[Attribution, tuple[int, int] | None]) -> None:
            found.append(item)
            att, span = item
            if span is not None and att.source is not None:
                self._remember(toks, span, att.source)

        content: list[tuple[int, int]] = []
        lex = self.lex
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            low = tok.lower
            if inside_quote(tok):
                i += 1
                continue
            # "according to X"
            if low == "according" and i + 1 < n and toks[i + 1].lower == "to":
                span = self._np_after(toks, i + 1)
                if span:
                    src = self._source(toks, span)
                    cue = Span(tok.start, toks[i + 1].end, self.text[tok.start : toks[i + 1].end])
                    kind = "vague" if self._is_vague(toks, span) else "according_to"
                    add((Attribution(kind, src, cue), span))
                    content.append(self._content_around(seg, toks, i, span))
                    i = span[1] + 1
                    continue
            # "X quoted Y as saying"
            if low == "quoted":
                as_at = next(
                    (
                        k
                        for k in range(i + 1, min(n, i + 12))
                        if toks[k].lower == "as" and k + 1 < n and toks[k + 1].lower in lex.speech
                    ),
                    None,
                )
                if as_at is not None:
                    # "X was quoted as saying" / "media quoted X as saying"
                    passive = as_at == i + 1
                    span = self._np_before(toks, i) if passive else self._np_after(toks, i)
                    if span:
                        src = self._source(toks, span)
                        cue = Span(tok.start, tok.end, tok.text)
                        add((Attribution("quoted_as_saying", src, cue), span))
                        content.append(self._content_after(seg, toks, as_at + 1))
                        i = as_at + 2
                        continue
            # "expressed hope that"
            if low in lex.expressing and i + 1 < n and toks[i + 1].lower in lex.state_nouns:
                span = self._np_before(toks, i)
                if span:
                    src = self._source(toks, span)
                    cue = Span(tok.start, toks[i + 1].end, self.text[tok.start : toks[i + 1].end])
                    add((Attribution("reported_state", src, cue), span))
                    content.append(self._content_after(seg, toks, i + 1))
                    i += 2
                    continue
            if low in lex.speech or low in lex.state:
                prior = found[-1][0] if found else None
                att = self._verb_attribution(seg, toks, i, quotes, content, prior)
                if att is not None:
                    add(att)
            i += 1

        attributions: list[Attribution] = []
        for att, _span in found:
            if not any(a.cue == att.cue for a in attributions):
                attributions.append(att)

        if not attributions:
            vague = VAGUE_PASSIVE.search(seg.text)
            if vague and not any(
                q.inner_start <= seg.start + vague.start() < q.inner_end for q in quotes
            ):
                s, e = seg.start + vague.start(), seg.start + vague.end()
                attributions.append(Attribution("vague", None, Span(s, e, self.text[s:e])))

        if not attributions:
            cont = self._continuation(seg, quotes)
            if cont is not None:
                attributions.append(cont)

        speech_quotes = tuple(quotes) if attributions else ()
        if attributions:
            self.mem.last = attributions[0]
        self.mem.last_paragraph = seg.paragraph
        spans = tuple(c for c in content if c[0] < c[1])
        return SentenceAttribution(tuple(attributions), speech_quotes, spans)

    def _is_vague(self, toks: list[Token], span: tuple[int, int]) -> bool:
        words = [t.lower for t in toks[span[0] : span[1] + 1]]
        phrase = " ".join(words)
        if phrase in self.lex.vague or (words and words[0] in self.lex.vague and len(words) == 1):
            return True
        return (
            bool(words)
            and words[0] in {"some", "many", "several"}
            and not any(t.is_cap for t in toks[span[0] : span[1] + 1])
        )

    def _verb_attribution(
        self,
        seg: Segment,
        toks: list[Token],
        i: int,
        quotes: list[QuoteSpan],
        content: list[tuple[int, int]],
        prior: Attribution | None,
    ) -> tuple[Attribution, tuple[int, int] | None] | None:
        lex = self.lex
        tok = toks[i]
        low = tok.lower
        is_state = low in lex.state and low not in lex.speech
        lemma = lex.state[low] if is_state else lex.speech[low]
        prev = toks[i - 1].lower if i > 0 else ""
        if prev in DETERMINERS or prev in {"of", "to", "for", "in", "on", "with", "by"}:
            return None  # a noun ("the report", "a claim") or an infinitive's complement
        if prev in {"was", "were", "been", "being", "is", "are"} and low.endswith(("ed", "told")):
            return None  # passive: the subject is the addressee or the topic, not the speaker
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        at_end = nxt is None or nxt.text in ".!?"
        inverted_pos = i > 0 and (toks[i - 1].text in {",", "”", '"', "’", "—"})
        span: tuple[int, int] | None = None
        inverted = False
        if inverted_pos:
            span = self._np_after(toks, i)
            inverted = span is not None
        if span is None:
            span = self._np_before(toks, i)
        if span is None:
            if low.endswith("ing") and prev == "," and prior is not None:
                # "..., saying that": the same speaker as the clause before
                content.append(self._content_after(seg, toks, i))
                return Attribution(
                    prior.kind, prior.source, Span(tok.start, tok.end, tok.text)
                ), None
            return None
        if (
            lemma in NEEDS_CLAUSE
            and not inverted
            and not at_end
            and (
                nxt is None
                or (
                    nxt.lower not in CLAUSE_STARTS
                    and not nxt.is_cap
                    and lemma not in {"tell", "inform", "advise", "urge"}
                )
            )
        ):
            return None
        if is_state and not self._person_like(toks, span):
            return None
        src = self._source(toks, span)
        cue = Span(tok.start, tok.end, tok.text)
        has_quote = any(q.inner_end - q.inner_start > 12 for q in quotes)
        if self._is_vague(toks, span):
            kind = "vague"
        elif is_state:
            kind = "reported_state"
        elif has_quote:
            kind = "direct"
        else:
            kind = "indirect"
        if inverted or (at_end and span[1] < i):
            content.append((seg.start, toks[span[0]].start))
        else:
            content.append(self._content_after(seg, toks, i))
        return Attribution(kind, src, cue), span

    def _content_after(self, seg: Segment, toks: list[Token], i: int) -> tuple[int, int]:
        k = i + 1
        while k < len(toks) and toks[k].lower in {"that", ",", ":"}:
            k += 1
        start = toks[k].start if k < len(toks) else seg.end
        return (start, seg.end)

    def _content_around(
        self, seg: Segment, toks: list[Token], i: int, span: tuple[int, int]
    ) -> tuple[int, int]:
        if i == 0 or toks[i - 1].text == ",":
            if i == 0:
                return self._content_after(seg, toks, span[1])
            return (seg.start, toks[i - 1].start)
        return (seg.start, toks[i].start)

    def _continuation(self, seg: Segment, quotes: list[QuoteSpan]) -> Attribution | None:
        """A sentence inside a quotation that began earlier, or a paragraph that continues an
        unclosed quotation (newspaper convention), belongs to the last speaker."""
        last = self.mem.last
        if last is None:
            return None
        began_earlier = any(q.start < seg.start < q.end for q in self.quotes)
        continues_paragraph = (
            bool(quotes)
            and quotes[0].start == seg.start
            and any(
                q.open_ended and q.end <= seg.start and not self.text[q.end : seg.start].strip()
                for q in self.quotes
            )
        )
        if began_earlier or continues_paragraph:
            return Attribution("continuation", last.source, None)
        return None


def attribute_sentences(
    text: str, segments: list[Segment], quotes: list[QuoteSpan]
) -> list[SentenceAttribution]:
    attributor = Attributor(text, quotes)
    return [attributor.sentence(seg) for seg in segments]
