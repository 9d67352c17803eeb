"""Attribution: who is speaking in each body sentence, and the source ledger of an article.

A sentence is attributed when its content is credited to a source by a cue the outlet writes:

- a reporting verb with its subject, in any position: "Lavrov said", "said the minister",
  "the minister, 61, has also said", "Sen. X (D-Ohio) on Monday said", "..., saying",
  "declined to comment", "was endorsed by X", "led aides to warn";
- "according to X" (front, middle or end), "X quoted Y as saying", "X: “...”", "released a
  statement saying", "Asked about ..., she said";
- a verb of stance or public action credited to a person, a body that speaks or a party camp
  ("the union endorsed", "Republicans oppose"), a verb of evidence credited to a document ("the
  poll found"), a that-clause after a verb ("conceded that ..."), and a speech noun with a
  speaking possessor ("Trump's remarks", "her pledge");
- "X expressed hope that", "is confident that", and reported mental states of a *person*;
- quotation structure: a sentence that holds quoted speech belongs to the speaker of that
  quotation, wherever the cue is (before, after, in the middle — "“We will not,” she said,
  “give up.”"), and a paragraph that continues an unclosed quotation (newspaper convention)
  belongs to the speaker named where the quotation goes on, or else to the last speaker. Quoted
  phrases of fewer than four words, and short Title Case quotations, are scare quotes or titles,
  not speech, and attribute nothing by themselves;
- a vague source ("critics say", "it is widely believed", "sources familiar with") and agentless
  reporting passives ("the deal is expected to fail"): kind ``vague``, with a finding
  (:func:`vague_findings`) because a vague source is no source.

**The mental-state boundary.** A report of what someone *said* (a speech act: "said",
"told", "according to", a quotation) is attributed whoever the speaker is. A mental state or
motive ("believes", "wants", "hopes", "fears", "seeks", "sees ... as", "is confident that") is
attributed only when it is credited to a *person* — a name, a titled role such as "the
minister", "he" / "she", "officials" — or to a counted share of poll respondents ("six in 10
want"), because a person's belief is something they stated and a poll share is a cited basis.
Ascribing wants, interests or motives to a state, a country, an institution or a sweeping group
("The US has no interest in...", "Russia seeks...", "The union wants...", "Voters want...") is
the outlet's own inference: it stays in the outlet's voice, where the rules and the scorer judge
it. Public stances that are acts ("endorsed", "backed", "called for") may be credited to a body
that speaks through statements (a party, a campaign, a union, a newspaper) or to a party camp
("Republicans"), never to a country. A belief inside reported speech ("she said she believed
...") is part of what was said, not a second attribution. The writer's own "I think" / "we
believe" outside quotation marks is the outlet speaking, so it is not attributed either.

Sources are resolved across sentences and paragraphs: "he" / "she" to the last named person
source, "who" to its antecedent, a surname to the full name seen anywhere in the article, "the
minister" to the last source bearing that title. All word lists live in
``data/attribution.yml``; each list says which class of English reporting usage it encodes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from .model import Attribution, Finding, QuoteSpan, Segment, Source, Span

TOKEN = re.compile(r"\w+(?:[’'.\-]\w+)*|[^\w\s]")
_POSSESSIVE = re.compile(r"\w[’']s$|s[’']$")
_NAME_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'.-]*(?: [A-ZÀ-ÖØ-Þ][\w’'.-]*)+")
_LABEL = re.compile(r"(?m)^([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}):[ \t]+(?=[^\W\d])")
_CONTRACTION = re.compile(r"^(\w+)[’'](?:s|ve|d|ll|re|m)$", re.IGNORECASE)
OPEN_QUOTES = frozenset("“‘\"'")
QUOTE_MARKS = frozenset("“”‘’\"'")
BE = frozenset({"was", "were", "been", "being", "is", "are", "be", "am", "’s", "'s"})
_WHEN = frozenset({"when", "if", "after", "before", "while", "once", ",", "later"})
_ASKED_NEXT = frozenset(
    {"about", "if", "whether", "what", "how", "why", "to", "for", "by", "on", "who", ",", "in"}
)
_APPOSITIVE_OPENERS = frozenset(
    [
        "who",
        "which",
        "meanwhile",
        "however",
        "too",
        "though",
        "along",
        "like",
        "including",
        "as",
        "clad",
        "himself",
        "herself",
        "themselves",
        "also",
    ]
)
_FRACTION = re.compile(
    r"^(?:one|two|three|four|five|six|seven|eight|nine)-(?:halves|thirds?"
    r"|quarters?|fourths?|fifths?|tenths?)$"
)
_SHARE_WORDS = frozenset(
    [
        "in",
        "out",
        "of",
        "about",
        "nearly",
        "roughly",
        "almost",
        "than",
        "more",
        "fewer",
        "less",
        "least",
        "at",
        "just",
        "only",
        "over",
        "under",
        "some",
    ]
)
_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    ]
)
# Verbs that report speech whatever noun is their subject ("the clerk told reporters").
_CORE_SPEECH = frozenset(
    [
        "say",
        "tell",
        "write",
        "add",
        "explain",
        "insist",
        "argue",
        "ask",
        "reply",
        "respond",
        "answer",
        "warn",
        "note",
    ]
)


def _ABBREVIATED(tok: Token) -> bool:  # noqa: N802 - reads as a predicate on a token
    """A title abbreviation or a middle initial that precedes a name ("Mr.", "Sen.", "J.")."""
    return tok.lower in lexicon().titles or (len(tok.text) == 1 and tok.is_cap)


# Capitalised words that open a sentence but never name a source.
_NOT_NAMES = frozenset(["so", "such", "while", "this", "that", "these", "those", "there", "here"])
# Words that show a clause goes on after a noun phrase ("said the candidate would ...").
_FINITE = frozenset(
    ["will", "would", "is", "was", "are", "were", "be", "been", "has", "have", "had", "that"]
)
_TIME_NOUNS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "morning",
        "afternoon",
        "evening",
        "night",
        "week",
        "weekend",
        "month",
        "year",
        "today",
        "yesterday",
        "tonight",
        "earlier",
        "later",
        "overall",
    ]
)
_MODALS = frozenset(
    ["will", "would", "to", "not", "could", "may", "might", "should", "must", "did", "does", "do"]
)
_POSTMODIFIERS = frozenset({"of", "for", "at", "with", "from", "to", "in"})
PREPOSITIONS = frozenset({"of", "to", "for", "in", "on", "with", "by", "about", "at", "from"})
# A quotation of fewer words than this, inside the outlet's sentence, is a scare quote or a title.
MIN_SPEECH_WORDS = 4

VAGUE_PASSIVE = re.compile(
    r"\b(?:it\s+(?:is|was|has\s+been|had\s+been|'s|’s)\s+(?:widely\s+|generally\s+|commonly\s+"
    r"|often\s+|long\s+|now\s+|increasingly\s+)?(?:believed|said|thought|understood|reported|"
    r"alleged|rumou?red|claimed|argued|suggested|known|feared|expected|assumed|held)\b"
    r"|(?:some|many|critics|observers|experts|analysts|others|people)\s+"
    r"(?:say|said|argue|argued|believe|believed|claim|claimed|contend|suggest|suggested|think|"
    r"fear|feared|worry|note|warn|warned)\b"
    r"|sources?\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of)\b"
    r"|(?:people|those|persons)\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of)\b"
    r"|(?:there\s+(?:is|are)\s+)?(?:reports|rumou?rs|speculation)\s+(?:that|suggest|say)\b)",
    re.IGNORECASE,
)


class Token:
    """A word or punctuation mark with its offsets; case facts are computed once."""

    __slots__ = ("start", "end", "text", "lower", "is_cap", "is_word")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower()
        self.is_cap = text[:1].isupper()
        self.is_word = text[:1].isalnum()

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


_DOUBLED = frozenset(
    [
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
        "concur",
        "dub",
        "lobby",
    ]
)


_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")  # slam -> slammed, nod -> nodded


def _inflect(lemma: str) -> set[str]:
    """Regular inflections of a reporting verb (say -> says, saying; note -> noted, noting)."""
    forms = {lemma}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if (lemma in _DOUBLED or _CVC.match(lemma)) and not lemma.endswith("y"):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    elif lemma.endswith("e") and not lemma.endswith("ee"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("ee"):
        forms |= {lemma + "d", lemma + "ing"}
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


def _verb_classes(classes: tuple[tuple[str, list[str]], ...]) -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for cls, entries in classes:  # later classes win: speech is listed last
        table.update({form: (cls, lemma) for form, lemma in _verb_table(entries).items()})
    return table


@dataclass(frozen=True)
class Lexicon:
    speech: dict[str, str]
    stance: dict[str, str]
    evidential: dict[str, str]
    state: dict[str, str]
    naming: dict[str, str]
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # first word form -> the rest of each phrase
    state_nouns: frozenset[str]
    expressing: frozenset[str]
    statement_nouns: frozenset[str]
    document_nouns: frozenset[str]
    role_nouns: frozenset[str]
    person_heads: frozenset[str]
    speaking_bodies: frozenset[str]
    vague: frozenset[str]
    anonymous: frozenset[str]
    titles: frozenset[str]
    org_heads: frozenset[str]
    pronouns: frozenset[str]
    relative: frozenset[str]
    determiners: frozenset[str]
    bridge: frozenset[str]
    stop: frozenset[str]
    needs_clause: frozenset[str]
    clause_starts: frozenset[str]
    object_verbs: frozenset[str]
    quantity: frozenset[str]
    quote_only: frozenset[str]
    verbs: dict[str, tuple[str, str]]  # every cue verb form -> (class, lemma), speech first
    time_words: frozenset[str]
    issuing: frozenset[str]
    noun_forms: frozenset[str]
    state_adjectives: frozenset[str]
    not_reporting: frozenset[str]
    vague_passive: frozenset[str]
    speech_nouns: frozenset[str]
    groups: frozenset[str]

    def verb(self, low: str) -> tuple[str, str] | None:
        """(class, lemma) of a cue verb form, speech first."""
        return self.verbs.get(low)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = yaml.safe_load(
        resources.files("biascheck").joinpath("data/attribution.yml").read_text("utf-8")
    )
    phrases: dict[str, list[tuple[str, ...]]] = {}
    speech = _verb_table(raw["speech_verbs"])
    for phrase in raw["speech_phrases"]:
        first, *rest = phrase.split()
        irregular = {
            "go": {"went", "gone"},
            "make": {"made"},
            "take": {"took", "taken"},
            "lay": {"laid"},
            "come": {"came"},
            "throw": {"threw", "thrown"},
        }
        forms = _inflect(first) | irregular.get(first, set())
        forms |= {f for f, lemma in speech.items() if lemma == first}
        for form in forms:
            phrases.setdefault(form, []).append(tuple(rest))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw[key])

    return Lexicon(
        speech=speech,
        stance=_verb_table(raw["stance_verbs"]),
        evidential=_verb_table(raw["evidential_verbs"]),
        state=_verb_table(raw["state_verbs"]),
        naming=_verb_table(raw["naming_verbs"]),
        phrases={k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()},
        state_nouns=words("state_nouns"),
        expressing=words("expressing_verbs"),
        statement_nouns=words("statement_nouns"),
        document_nouns=words("document_nouns"),
        role_nouns=words("role_nouns"),
        person_heads=words("person_heads"),
        speaking_bodies=words("speaking_bodies"),
        vague=words("vague_subjects"),
        anonymous=words("anonymous_heads"),
        titles=words("titles"),
        org_heads=words("organisation_heads"),
        pronouns=words("pronouns"),
        relative=words("relative_pronouns"),
        determiners=words("determiners"),
        bridge=words("bridge_words"),
        stop=words("stop_words"),
        needs_clause=words("needs_clause"),
        clause_starts=words("clause_starts"),
        object_verbs=words("object_verbs"),
        quantity=words("quantity_heads"),
        quote_only=words("quote_only_verbs"),
        verbs=_verb_classes(
            (
                ("state", raw["state_verbs"]),
                ("evidence", raw["evidential_verbs"]),
                ("stance", raw["stance_verbs"]),
                ("naming", raw["naming_verbs"]),
                ("speech", raw["speech_verbs"]),
            )
        ),
        time_words=words("time_words"),
        issuing=frozenset(_verb_table(raw["issuing_verbs"])),
        noun_forms=words("noun_forms"),
        state_adjectives=words("state_adjectives"),
        not_reporting=words("not_reporting"),
        vague_passive=words("vague_passive"),
        speech_nouns=words("speech_nouns"),
        groups=words("sweeping_groups"),
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


Found = tuple[Attribution, tuple[int, int] | None]


class Attributor:
    """Stateful over one article: call :meth:`sentence` on body sentences in order."""

    def __init__(self, text: str, quotes: list[QuoteSpan], *, headline: bool = False) -> None:
        self.text = text
        self.quotes = quotes
        self.lex = lexicon()
        self.mem = _Memory()
        self.headline = headline  # title-case lines: capitalised verbs, "Name: claim"
        self._tokens: list[Token] | None = None
        self._starts: list[int] = []
        # lines that open with "Name:" — transcript speaker labels when they recur
        self.labels: dict[str, int] = {}
        for m in _LABEL.finditer(text):
            self.labels[m.group(1)] = self.labels.get(m.group(1), 0) + 1
        if not headline:
            self._tokens = tokenize(text)
            self._starts = [t.start for t in self._tokens]
            self._scan_names(text)

    def _tokens_in(self, seg: Segment) -> list[Token]:
        if self._tokens is None:
            return tokenize(seg.text, seg.start)
        a = bisect_left(self._starts, seg.start)
        b = bisect_left(self._starts, seg.end)
        toks = self._tokens[a:b]
        if toks and toks[-1].end > seg.end:  # a token running past the sentence end
            return tokenize(seg.text, seg.start)
        return toks

    # -- noun phrases ----------------------------------------------------------------------

    def _pronoun(self, tok: Token) -> str | None:
        """The subject pronoun a token is ("he", or "he" in "He’s"), else None."""
        low = tok.lower
        if low in self.lex.pronouns:
            return low
        m = _CONTRACTION.match(low)
        if m and m.group(1) in self.lex.pronouns:
            return m.group(1)
        return None

    def _nounish(self, tok: Token) -> bool:
        low = tok.lower
        lex = self.lex
        return (
            (tok.is_cap and low not in lex.stop and low not in lex.bridge and low not in _NOT_NAMES)
            or low in lex.role_nouns
            or low in lex.vague
            or low in lex.document_nouns
            or low in lex.quantity
            or low in lex.person_heads
            or (low.endswith("s") and low[:-1] in lex.person_heads)
        )

    def _np_ending(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        """The noun phrase whose last token is toks[j] ("Russian Foreign Minister Lavrov")."""
        lex = self.lex
        head = toks[j]
        low = head.lower
        if not head.is_word or (low in lex.stop and not head.is_cap):
            return None
        if low in lex.determiners and low not in lex.quantity:
            return None
        if head.text[:1].isdigit() or _FRACTION.match(low):
            # poll shares: "six in 10", "more than 4 in 10", "three-quarters"
            k = j
            while k - 1 >= 0 and (
                toks[k - 1].text[:1].isdigit()
                or _FRACTION.match(toks[k - 1].lower)
                or toks[k - 1].lower in _SHARE_WORDS
                or (toks[k - 1].lower in _NUMBER_WORDS)
            ):
                k -= 1
            numbers = [
                t for t in toks[k : j + 1] if t.text[:1].isdigit() or t.lower in _NUMBER_WORDS
            ]
            if not _FRACTION.match(low) and len(numbers) < 2:
                return None  # a bare number or a year is not a source ("in 2008")
            return (k, j)
        if not self._nounish(head):
            # a determiner-led common noun phrase: "a neighbour", "the local shopkeeper"
            for back in (1, 2, 3):
                d = j - back
                if d < 0 or toks[d].lower in lex.stop or not toks[d].is_word:
                    return None
                if toks[d].lower in lex.determiners:
                    return (d, j)
            return None
        k = j
        while k - 1 >= 0 and j - k < 9:
            t = toks[k - 1]
            tlow = t.lower
            if tlow in lex.determiners:
                k -= 1
                break
            if tlow in ("of", "and", "&") and k - 2 >= 0 and toks[k].is_cap:
                before = toks[k - 2]
                if before.is_cap or (tlow == "of" and self._nounish(before)):
                    k -= 1
                    continue
            if t.text[:1].isdigit() or tlow in _NUMBER_WORDS or _FRACTION.match(tlow):
                k -= 1  # "six in 10 residents", "1,409 teachers"
                continue
            if (
                tlow in {"in", "out", "of", ","}
                and k - 2 >= 0
                and (toks[k - 2].text[:1].isdigit() or toks[k - 2].lower in _NUMBER_WORDS)
                and (toks[k].text[:1].isdigit() or toks[k].lower in _NUMBER_WORDS)
            ):
                k -= 1
                continue
            if t.text == "." and k - 2 >= 0 and _ABBREVIATED(toks[k - 2]):
                k -= 2  # "Mr." / "Sen." tokenize as "Mr" "."
                continue
            if tlow in lex.stop or not t.is_word:
                break
            if t.is_cap or tlow in lex.role_nouns or tlow in lex.person_heads:
                k -= 1
                continue
            # a lowercase modifier ("regime", "foreign") inside a name-led or determiner-led phrase
            if k - 2 >= 0 and (toks[k - 2].is_cap or toks[k - 2].lower in lex.determiners):
                k -= 1
                continue
            break
        # a sentence-initial capital that is not a name ("Asked about it, ...") is not a source
        return (k, j)

    def _skip_back(self, toks: list[Token], j: int) -> int:
        """Skip auxiliaries and adverbs between a subject and its verb."""
        lex = self.lex
        while j >= 0:
            t = toks[j]
            low = t.lower
            if low in lex.bridge or (
                low.endswith("ly") and not t.is_cap and len(low) > 4 and low not in lex.stop
            ):
                j -= 1
                continue
            if low in _TIME_NOUNS and j > 0:
                # "Spicer on Thursday evening said", "Reed last week said"
                k = j
                while k >= 0 and (toks[k].lower in lex.time_words or toks[k].lower in _TIME_NOUNS):
                    k -= 1
                if k < j and k >= 0 and toks[k].is_word:
                    j = k
                    continue
            if low == "ago":  # "less than two weeks ago said"
                j -= 1
                while j >= 0 and (
                    toks[j].lower in lex.time_words
                    or toks[j].text[:1].isdigit()
                    or toks[j].lower in _NUMBER_WORDS
                    or toks[j].lower in _SHARE_WORDS
                    or toks[j].lower in {"a", "an", "days", "weeks", "months", "years", "hours"}
                ):
                    j -= 1
                continue
            break
        return j

    def _subject_before(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """The subject of the verb at toks[i], walking back over auxiliaries, adverbs,
        parentheticals ("Sen. X (R-Ohio)") and appositives ("X, the minister, said")."""
        lex = self.lex
        j = self._skip_back(toks, i - 1)
        if j < 0:
            return None
        t = toks[j]
        if self._pronoun(t):
            return (j, j)
        if t.lower in lex.relative and t.lower != "that":
            return (j, j)
        if t.lower == "that" and j > 0 and self._nounish(toks[j - 1]) and toks[j - 1].is_word:
            return (j, j)  # "the report that found"
        if t.text == ")":
            depth = 0
            for k in range(j, max(-1, j - 15), -1):
                if toks[k].text == ")":
                    depth += 1
                elif toks[k].text == "(":
                    depth -= 1
                    if depth == 0:
                        np = self._np_ending(toks, k - 1) if k > 0 else None
                        return (np[0], j) if np else None
            return None
        if t.text in {",", "—", "–"}:
            return self._appositive_subject(toks, j)
        np = self._np_ending(toks, j)
        while np is not None and np[0] >= 2 and toks[np[0] - 1].lower in _POSTMODIFIERS:
            # "a spokesman for the ministry", "sources familiar with the talks"
            k = np[0] - 2
            if toks[k].lower in {"familiar", "close", "knowledge", "near"} and k >= 1:
                k -= 1
            head = toks[k]
            if not (self._nounish(head) and head.is_word) or head.lower in lex.stop:
                break
            outer = self._np_ending(toks, k)
            if outer is None:
                break
            np = (outer[0], np[1])
        return np

    def _appositive_subject(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        """ "X, the minister, said" / "X, 35, a lawyer, said" / "X, meanwhile, said":
        toks[j] is the comma before the verb. The source span runs from X to the appositive."""
        lex = self.lex
        end = j - 1
        k = j - 1
        commas = 0
        while k >= 0 and j - k < 30:
            t = toks[k]
            if t.text in {";", "“", "”", '"', ":"}:
                return None
            if t.text in {",", "—", "–"}:
                commas += 1
                seg = toks[k + 1 : j]
                first = seg[0] if seg else None
                appositive_like = first is not None and (
                    first.lower in lex.determiners
                    or first.text[:1].isdigit()
                    or first.is_cap
                    or first.lower in lex.role_nouns
                    or first.lower in lex.person_heads
                    or all(s.lower in lex.bridge or s.lower.endswith("ly") for s in seg)
                    or first.lower in _APPOSITIVE_OPENERS
                    or first.lower in PREPOSITIONS
                    or first.lower in {"after", "before", "during", "since", "now", "then"}
                    or first.lower.endswith(("ing", "ed"))
                )
                if not appositive_like:
                    return None
                np = self._np_ending(toks, k - 1) if k > 0 else None
                if np and self._nounish(toks[np[1]]) or (np and self._pronoun(toks[np[1]])):
                    if all(
                        s.lower in lex.bridge or s.lower.endswith("ly") for s in toks[k + 1 : j]
                    ):
                        return np  # "Trump, meanwhile, said": no appositive
                    return (np[0], end)
                if commas >= 3:
                    return None
                j = k
            k -= 1
        return None

    def _np_after(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        lex = self.lex
        k = i + 1
        if k < len(toks) and toks[k].lower == "that":
            return None  # "charged that ...": a clause, not a source
        if k < len(toks) and self._pronoun(toks[k]):
            return (k, k)
        start = k
        while k < len(toks) and toks[k].lower in lex.determiners:
            k += 1
        if k + 2 < len(toks) and toks[k].lower in lex.titles and toks[k + 1].text == ".":
            k += 2  # "said Mr. Cohen"
        if k + 1 < len(toks) and toks[k].lower == "of" and k > start:
            k += 1  # "some of his rivals"
            while k < len(toks) and toks[k].lower in lex.determiners:
                k += 1
        elif k + 1 < len(toks) and toks[k].lower in lex.quantity and toks[k + 1].lower == "of":
            k += 2  # "a majority of women"
            while k < len(toks) and toks[k].lower in lex.determiners:
                k += 1
        end = None
        while k < len(toks) and k - start < 10:
            t = toks[k]
            if self._nounish(t) or (
                t.lower in ("of", "and")
                and end is not None
                and k + 1 < len(toks)
                and (toks[k + 1].is_cap or toks[k + 1].lower in lex.determiners)
            ):
                end = k if t.lower not in ("of", "and") else end
                k += 1
                continue
            if t.lower in lex.determiners and end is not None and toks[k - 1].lower == "of":
                k += 1
                continue
            if t.is_word and t.lower not in lex.stop and not t.text[:1].isdigit():
                # lowercase words inside the phrase: "the foreign minister", "a former senior
                # law enforcement official", "one Trump confidant"; the last one is the head
                # when the phrase ends there
                m = k
                while (
                    m < len(toks)
                    and m - start < 10
                    and toks[m].is_word
                    and toks[m].lower not in lex.stop
                    and toks[m].lower not in lex.bridge
                    and not toks[m].lower.endswith("ly")
                    and not toks[m].is_cap
                ):
                    m += 1
                if m < len(toks) and self._nounish(toks[m]) and toks[m].is_word:
                    k = m
                    continue
                after = toks[m] if m < len(toks) else None
                if (after is None or not after.is_word or after.lower in lex.stop) and (
                    toks[start].lower in lex.determiners or end is not None
                ):
                    end = m - 1
                break
            break
        if end is None:
            return None
        return (start, end)

    # -- naming ----------------------------------------------------------------------------

    def _source(self, toks: list[Token], span: tuple[int, int]) -> Source:
        a, b = span
        start, end = toks[a].start, toks[b].end
        mention = self.text[start:end]
        return Source(start, end, mention, self._resolve(toks, span))

    def _head_span(self, toks: list[Token], span: tuple[int, int]) -> list[Token]:
        """The name part of a source span: before an appositive comma or parenthesis."""
        words: list[Token] = []
        seq = toks[span[0] : span[1] + 1]
        for n, t in enumerate(seq):
            if t.text in {",", "(", "—", "–"}:
                break
            nxt = seq[n + 1].lower if n + 1 < len(seq) else ""
            if t.lower in _POSTMODIFIERS and nxt not in self.lex.titles:
                break  # "Tom Cole of Oklahoma", "a spokesman for the ministry"
            words.append(t)
        return words

    def _resolve(self, toks: list[Token], span: tuple[int, int]) -> str | None:
        lex = self.lex
        words = [t for t in self._head_span(toks, span) if t.lower not in lex.determiners]
        if not words:
            return None
        lows = [t.lower for t in words]
        if len(words) == 1:
            pron = self._pronoun(words[0])
            if pron in ("he", "she"):
                return self.mem.last_person
            if pron == "they":
                return self.mem.last_group or self.mem.last_person
            if pron == "it":
                return self.mem.last_group
            if pron:
                return None
            if lows[0] in lex.relative:
                a = span[0] - 1
                if a >= 0 and toks[a].text == ",":
                    a -= 1
                np = self._np_ending(toks, a) if a >= 0 else None
                return self._resolve(toks, np) if np else None
        if any(
            t.text[:1].isdigit() or _FRACTION.match(t.lower) for t in toks[span[0] : span[1] + 1]
        ):
            return self.text[toks[span[0]].start : toks[span[1]].end]  # "six in 10"
        name_toks = [t for t in words if t.is_word]
        # Strip leading titles: "Russian Foreign Minister Sergey Lavrov" -> "Sergey Lavrov".
        last_title = -1
        for n, t in enumerate(name_toks):
            if t.lower.rstrip(".") in lex.titles or not t.is_cap:
                last_title = n
        if 0 <= last_title < len(name_toks) - 1:
            name_toks = name_toks[last_title + 1 :]
        name = " ".join(t.text for t in name_toks)
        if name_toks and all(not t.is_cap for t in words):
            # "the minister": the last source with that title, else the phrase itself
            head = words[-1].lower
            phrase = []
            for t in toks[span[0] : span[1] + 1]:
                if t.text in {",", "(", "—", "–"}:
                    break
                phrase.append(t.text)
            return self.mem.titled.get(head, " ".join(phrase))
        if not name_toks:
            return None
        key = re.sub(r"[’']s$", "", name_toks[-1].text)
        if len(name_toks) == 1 and key in self.mem.people:
            return self.mem.people[key]
        return name

    def _person_like(self, toks: list[Token], span: tuple[int, int]) -> bool:
        lex = self.lex
        words = [t for t in self._head_span(toks, span) if t.lower not in lex.determiners]
        if not words:
            return False
        lows = [t.lower for t in words]
        if lows[-1] in lex.org_heads:
            return False
        if len(words) == 1 and self._pronoun(words[0]) in ("he", "she"):
            return True
        if len(words) == 1 and lows[0] in ("who",):
            return True
        if any(low.rstrip(".") in lex.titles for low in lows) and words[-1].is_cap:
            return True
        caps = [t for t in words if t.is_cap]
        if len(caps) >= 2 and len(caps) == len(words):
            return True
        if len(words) == 1 and words[0].text in self.mem.people:
            return True
        last = lows[-1]
        if last.endswith("s") and last[:-1] in lex.person_heads and last not in lex.groups:
            return True  # "officials", "aides", "senators": people who can state a view
        return last in lex.person_heads

    def _surveyed(self, toks: list[Token], span: tuple[int, int]) -> bool:
        """A quantified share of respondents ("30 percent of voters", "most Republicans"):
        a survey finding, i.e. a cited basis, not the outlet's guess about a group."""
        words = [t.lower for t in toks[span[0] : span[1] + 1] if t.is_word]
        return bool(words) and (
            any(w[:1].isdigit() or _FRACTION.match(w) for w in words)
            or any(w in {"percent", "majority", "majorities", "half", "plurality"} for w in words)
        )

    def _speaking_body(self, toks: list[Token], span: tuple[int, int]) -> bool:
        words = [t for t in self._head_span(toks, span) if t.is_word]
        return bool(words) and words[-1].lower in self.lex.speaking_bodies

    def _remember(self, toks: list[Token], span: tuple[int, int], source: Source) -> None:
        if source.name is None:
            return
        lex = self.lex
        words = [t for t in self._head_span(toks, span) if t.lower not in lex.determiners]
        if len(words) == 1 and (self._pronoun(words[0]) or words[0].lower in lex.relative):
            return
        if self._person_like(toks, span) and any(t.is_cap for t in words):
            parts = source.name.split()
            self.mem.people[parts[-1]] = source.name
            self.mem.people[source.name] = source.name
            self.mem.last_person = source.name
            for t in words:
                if t.lower in lex.role_nouns or t.lower.rstrip(".") in lex.titles:
                    self.mem.titled[t.lower] = source.name
        else:
            self.mem.last_group = source.name

    def _scan_names(self, text: str) -> None:
        """Any run of two or more capitalised words that is not an organisation ("Jane Doe"):
        a later bare "Doe" is a person, not a place."""
        lex = self.lex
        for m in _NAME_RUN.finditer(text):
            words = [w for w in m.group().split(" ") if not w.isupper()]
            names = [w for w in words if w.lower().rstrip(".") not in lex.titles]
            names = [
                w for w in names if w.lower() not in lex.stop and w.lower() not in lex.determiners
            ]
            if len(names) >= 2 and names[-1].lower() not in lex.org_heads:
                last = re.sub(r"[’']s$", "", names[-1])
                self.mem.people.setdefault(last, " ".join([*names[:-1], last]))

    def _scan_people(self, toks: list[Token]) -> None:
        """Remember titled names anywhere in the text ("Foreign Minister Mevlüt Çavuşoğlu"),
        so a later bare surname or "the minister" resolves to them."""
        lex = self.lex
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            if t.is_cap and t.lower.rstrip(".") in lex.titles:
                j = i
                while j + 1 < n and toks[j + 1].is_cap and toks[j + 1].lower in lex.titles:
                    j += 1
                if j + 1 < n and toks[j + 1].text == ".":
                    j += 1  # "Sen." tokenizes as "Sen" "."
                k = j
                while k + 1 < n and toks[k + 1].is_cap and toks[k + 1].lower not in lex.titles:
                    k += 1
                if k > j and toks[k].lower not in lex.org_heads:
                    self._remember(toks, (i, k), self._source(toks, (i, k)))
                i = k + 1
                continue
            i += 1

    # -- the main pass ---------------------------------------------------------------------

    def sentence(self, seg: Segment) -> SentenceAttribution:
        toks = self._tokens_in(seg)
        self._scan_people(toks)
        words = [t for t in toks if t.is_word and t.text[:1].isalpha()]
        title_case = len(words) >= 4 and sum(t.is_cap for t in words) >= 0.8 * len(words)
        headline_mode = self.headline
        self.headline = headline_mode or title_case  # "Rubio Thinks Biden Was Effective"
        try:
            return self._sentence(seg, toks)
        finally:
            self.headline = headline_mode

    def _sentence(self, seg: Segment, toks: list[Token]) -> SentenceAttribution:
        quotes = [q for q in self.quotes if q.start < seg.end and q.end > seg.start]

        def inside_quote(tok: Token) -> bool:
            return any(q.inner_start <= tok.start < q.inner_end for q in quotes)

        found: list[Found] = []
        asked: list[Attribution] = []
        content: list[tuple[int, int]] = []

        def add(item: Found | None) -> None:
            if item is None:
                return
            found.append(item)
            att, span = item
            if span is not None and att.source is not None:
                self._remember(toks, span, att.source)

        lex = self.lex
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            low = tok.lower
            if inside_quote(tok):
                i += 1
                continue
            nxt = toks[i + 1].lower if i + 1 < n else ""
            # "according to X"
            if low == "according" and nxt == "to":
                span = self._np_after(toks, i + 1)
                if span:
                    src = self._source(toks, span)
                    cue = self._span(tok.start, toks[i + 1].end)
                    kind = "vague" if self._is_vague(toks, span) else "according_to"
                    add((Attribution(kind, src, cue), span))
                    content.append(self._content_around(seg, toks, i, span))
                    i = span[1] + 1
                    continue
            # "X quoted Y as saying" / "X was quoted as saying"
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
                    passive = as_at == i + 1
                    span = self._subject_before(toks, i) if passive else self._np_after(toks, i)
                    if span:
                        src = self._source(toks, span)
                        add((Attribution("quoted_as_saying", src, self._tok_span(tok)), span))
                        content.append(self._content_after(seg, toks, as_at + 1))
                        i = as_at + 2
                        continue
            # "expressed hope that"
            if low in lex.expressing and nxt in lex.state_nouns:
                span = self._subject_before(toks, i)
                if span:
                    src = self._source(toks, span)
                    cue = self._span(tok.start, toks[i + 1].end)
                    add((Attribution("reported_state", src, cue), span))
                    content.append(self._content_after(seg, toks, i + 1))
                    i += 2
                    continue
            # "Asked about the plan, she said ...", "when asked whether ...": a question put to
            # the speaker (the asker is usually unnamed)
            if low == "asked" and (i == 0 or toks[i - 1].lower in _WHEN) and nxt in _ASKED_NEXT:
                asked.append(Attribution("indirect", None, self._tok_span(tok)))
                i += 1
                continue
            # "FALLIN: Well, I think ..." — a speaker label opening a transcript turn
            if tok.text == ":" and 0 < i <= 3 and not found and self._is_label(toks[:i]):
                span = (0, i - 1)
                add((Attribution("direct", self._source(toks, span), self._tok_span(tok)), span))
                i += 1
                continue
            # "X: “...”" — a colon introducing a quotation after a source
            if tok.text == ":" and i > 0 and not found:
                after = self.text[tok.end : tok.end + 3].lstrip()
                if after[:1] in OPEN_QUOTES or (self.headline and i <= 6):
                    span = self._np_ending(toks, i - 1)
                    quoted = after[:1] in OPEN_QUOTES
                    if span and (
                        (quoted and (toks[span[1]].is_cap or toks[span[1]].lower in lex.role_nouns))
                        or self._person_like(toks, span)
                        or self._speaking_body(toks, span)
                    ):
                        src = self._source(toks, span)
                        add((Attribution("direct", src, self._tok_span(tok)), span))
                        i += 1
                        continue
            # "released a statement saying", "issued a statement: ..."
            if low in lex.issuing and not tok.is_cap:
                stated = self._statement_cue(seg, toks, i, content)
                if stated is not None:
                    add(stated[0])
                    i = stated[1] + 1
                    continue
            # "Trump's remarks", "her criticism of": a nominal report credited to the possessor
            if low in lex.speech_nouns and i > 0 and not found:
                item = self._nominal(toks, i)
                if item is not None:
                    add(item)
                    i += 1
                    continue
            # "she is confident that", "they were critical of": a stated attitude
            if low in lex.state_adjectives and i > 0 and not tok.is_cap:
                item = self._attitude(seg, toks, i, content)
                if item is not None:
                    add(item)
                    i += 1
                    continue
            phrase_end = self._phrase_at(toks, i)
            verb = lex.verb(low)
            if (
                verb is not None
                and phrase_end is None
                and any(
                    a.kind not in ("reported_state", "stance", "evidence") and a.cue is not None
                    for a, _ in found
                )
                and (verb[0] == "state" or self._pronoun_subject(toks, i))
                and not any(
                    t.text in {",", ";", "—"} or t.lower in {"but", "though", "while", "and"}
                    for t in toks[self._last_cue_end(found, toks) : i]
                )
            ):
                # "she said she believed ...", "he said he did not recall ...": the belief or
                # the second verb is part of what was said, not a new attribution
                i += 1
                continue
            if phrase_end is not None or verb is not None:
                prior = found[-1][0] if found else None
                if phrase_end is not None:
                    verb = ("speech", low)
                assert verb is not None
                att = self._verb_attribution(
                    seg, toks, i, phrase_end or i, verb, quotes, content, prior
                )
                if att is not None:
                    add(att)
                    i = (phrase_end or i) + 1
                    continue
            i += 1

        if not found and any(t.lower == "that" for t in toks):
            add(self._that_clause(seg, toks, quotes, content))

        attributions: list[Attribution] = []
        for att, _span in [*found, *((a, None) for a in asked)]:
            if not any(a.cue == att.cue for a in attributions):
                attributions.append(att)

        if not attributions:
            vague = VAGUE_PASSIVE.search(seg.text)
            if vague and not any(
                q.inner_start <= seg.start + vague.start() < q.inner_end for q in quotes
            ):
                s, e = seg.start + vague.start(), seg.start + vague.end()
                attributions.append(Attribution("vague", None, self._span(s, e)))

        if not attributions:
            cont = self._continuation(seg, quotes)
            if cont is not None:
                attributions.append(cont)

        speech_quotes = tuple(quotes) if attributions else ()
        if attributions:
            self.mem.last = next((a for a in attributions if a.source), attributions[0])
        self.mem.last_paragraph = seg.paragraph
        spans = tuple(c for c in content if c[0] < c[1])
        attributions = [self._with_content(a, spans, quotes) for a in attributions]
        return SentenceAttribution(tuple(attributions), speech_quotes, spans)

    def _with_content(
        self, att: Attribution, spans: tuple[tuple[int, int], ...], quotes: list[QuoteSpan]
    ) -> Attribution:
        """Attach what was said: the quotation next to the cue, else the paraphrased span
        after the cue (or before it, for "..., she said")."""
        if att.content is not None:
            return att
        inner = [(q.inner_start, q.inner_end) for q in quotes if q.inner_end > q.inner_start]
        cue = att.cue
        pick: tuple[int, int] | None = None
        if cue is not None:
            for pool in (inner, spans):  # a quotation first, else the paraphrase
                after = [c for c in pool if c[0] >= cue.end]
                before = [c for c in pool if c[1] <= cue.start]
                if after:
                    pick = min(after, key=lambda c: c[0] - cue.end)
                elif before:
                    pick = max(before, key=lambda c: c[1])
                if pick is not None:
                    break
        elif inner:
            pick = inner[0]
        if pick is None:
            return att
        a, b = pick
        while a < b and self.text[a].isspace():
            a += 1
        while b > a and self.text[b - 1].isspace():
            b -= 1
        return replace(att, content=Span(a, b, self.text[a:b])) if a < b else att

    def _statement_cue(
        self, seg: Segment, toks: list[Token], i: int, content: list[tuple[int, int]]
    ) -> tuple[Found, int] | None:
        """A verb of issuing with a statement noun that introduces content: "released a
        statement saying ...", "posted a tweet: ...". Without content ("gave a speech.") it is
        an event, not an attribution."""
        lex = self.lex
        k = i + 1
        while k < len(toks) and k - i <= 4 and toks[k].lower not in lex.statement_nouns:
            if toks[k].lower in lex.stop and toks[k].lower not in {"out"}:
                return None
            k += 1
        if k >= len(toks) or toks[k].lower not in lex.statement_nouns:
            return None
        m = k + 1
        while m < len(toks) and toks[m].lower in lex.time_words:
            m += 1
        follow = toks[m] if m < len(toks) else None
        if follow is None or not (
            follow.lower in {"saying", "that", ":", "calling", "declaring", "stating", "urging"}
            or follow.text in OPEN_QUOTES
            or (follow.text == "," and m + 1 < len(toks) and toks[m + 1].text in OPEN_QUOTES)
        ):
            return None
        span = self._subject_before(toks, i)
        if span is None:
            return None
        if not (
            self._person_like(toks, span)
            or self._speaking_body(toks, span)
            or self._pronoun(toks[span[0]])
            or toks[span[1]].is_cap
        ):
            return None
        content.append(self._content_after(seg, toks, m))
        att = Attribution("indirect", self._source(toks, span), self._cue(toks, i, k))
        return (att, span), k

    def _that_clause(
        self,
        seg: Segment,
        toks: list[Token],
        quotes: list[QuoteSpan],
        content: list[tuple[int, int]],
    ) -> Found | None:
        """A verb outside the lexicon that takes a that-clause ("X conceded that ...",
        "the data demonstrated that ..."): the clause is what the subject stated or found.
        Verbs of result ("means that", "ensures that") are excluded."""
        lex = self.lex
        for k in range(1, len(toks) - 2):
            tok = toks[k]
            low = tok.lower
            if toks[k + 1].lower != "that" or not tok.is_word or tok.is_cap:
                continue
            # a finite verb by its form: "-ed" / "-es" or a known verb form, not a noun after a
            # determiner ("the fact that")
            if not (lex.verb(low) or low.endswith(("ed", "es"))):
                continue
            if toks[k - 1].lower in lex.determiners or toks[k - 1].lower in PREPOSITIONS:
                continue
            if any(q.inner_start <= tok.start < q.inner_end for q in quotes):
                continue
            if low in lex.not_reporting or low in BE:
                continue
            third = toks[k + 2]
            if not (
                third.is_cap
                or self._pronoun(third)
                or third.lower in lex.determiners
                or third.text[:1].isdigit()
            ):
                continue
            cls = lex.verb(low)
            if cls is not None and cls[0] == "state":
                continue  # mental states keep the person rule of _verb_attribution
            span = self._subject_before(toks, k)
            if span is None:
                continue
            head = ([t for t in self._head_span(toks, span) if t.is_word] or [toks[span[0]]])[-1]
            pron = self._pronoun(toks[span[0]]) if span[0] == span[1] else None
            if pron in ("i", "we", "you"):
                continue
            if not (
                self._person_like(toks, span)
                or self._speaking_body(toks, span)
                or pron
                or head.is_cap
                or head.lower in lex.document_nouns
                or head.lower in lex.role_nouns
            ):
                continue
            content.append(self._content_after(seg, toks, k))
            return Attribution("indirect", self._source(toks, span), self._tok_span(tok)), span
        return None

    def _is_label(self, words: list[Token]) -> bool:
        """A transcript speaker label: a capitalised name that opens several lines of the
        article ("TAPPER:", "Lopez:"), or a known person's name."""
        if not words or not all(t.is_cap and t.is_word for t in words):
            return False
        label = " ".join(t.text for t in words)
        if self.labels.get(label, 0) < 2 or len(label) < 3:
            return False  # "Q:" / "A:" and one-off "Washington:" lines are not speakers
        return label.isupper() or (len(words) == 1 and words[0].text in self.mem.people)

    def _nominal(self, toks: list[Token], i: int) -> Found | None:
        """A speech noun with a possessor that names a speaker: "Trump's remarks", "his
        pledge", "the senator's criticism of". The possessor is the source."""
        j = i - 1
        while j >= 0 and not toks[j].is_cap and toks[j].lower.endswith(("ed", "ing", "ly")):
            j -= 1  # "his repeated claims", "her widely quoted remark"
        if j < 0:
            return None
        pos = toks[j]
        if pos.lower in {"his", "her", "their"}:
            span = (j, j)
            name = self.mem.last_person if pos.lower != "their" else self.mem.last_group
            src = Source(pos.start, pos.end, pos.text, name)
        elif _POSSESSIVE.search(pos.text) and not self._pronoun(pos):
            np = self._np_ending(toks, j)
            if np is None or not (self._person_like(toks, np) or self._speaking_body(toks, np)):
                if not pos.is_cap:
                    return None
                np = (j, j)
            span = np
            src = self._source(toks, span)
            base = re.sub(r"[’']s?$", "", src.name or "")
            src = Source(src.start, src.end, src.text, base or src.name)
        else:
            return None
        return Attribution("indirect", src, self._tok_span(toks[i])), span

    def _attitude(
        self, seg: Segment, toks: list[Token], i: int, content: list[tuple[int, int]]
    ) -> Found | None:
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        if nxt not in {"that", "of", "about", "with", "to", "in"}:
            return None
        j = i - 1
        while j >= 0 and (toks[j].lower.endswith("ly") or toks[j].lower in {"very", "so", "not"}):
            j -= 1
        if j < 0 or toks[j].lower not in BE | {"remain", "remains", "remained", "became"}:
            return None
        span = self._subject_before(toks, j)
        if span is None:
            return None
        if not (self._person_like(toks, span) or self._speaking_body(toks, span)):
            return None
        content.append(self._content_after(seg, toks, i))
        cue = self._cue(toks, j, i)
        return Attribution("reported_state", self._source(toks, span), cue), span

    def _last_cue_end(self, found: list[Found], toks: list[Token]) -> int:
        ends = [a.cue.end for a, _ in found if a.cue is not None]
        last = max(ends, default=0)
        return next((n for n, t in enumerate(toks) if t.start >= last), len(toks))

    def _pronoun_subject(self, toks: list[Token], i: int) -> bool:
        j = self._skip_back(toks, i - 1)
        return j >= 0 and self._pronoun(toks[j]) in ("he", "she", "they", "it", "i", "we")

    def _span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def _tok_span(self, tok: Token) -> Span:
        return Span(tok.start, tok.end, tok.text)

    def _phrase_at(self, toks: list[Token], i: int) -> int | None:
        """Index of the last token of a phrasal cue starting at toks[i] ("pointed out")."""
        rests = self.lex.phrases.get(toks[i].lower)
        if not rests:
            return None
        for rest in rests:
            end = i + len(rest)
            if end < len(toks) and all(toks[i + 1 + n].lower == w for n, w in enumerate(rest)):
                return end
        return None

    def _is_vague(self, toks: list[Token], span: tuple[int, int]) -> bool:
        words = [t.lower for t in toks[span[0] : span[1] + 1]]
        phrase = " ".join(words)
        if VAGUE_PASSIVE.match(self.text, toks[span[0]].start, toks[span[1]].end):
            return True  # "sources familiar with the talks", "people close to"
        if phrase in self.lex.vague or (words and words[0] in self.lex.vague and len(words) == 1):
            return True
        return (
            bool(words)
            and words[0] in {"some", "many", "several"}
            and not any(t.is_cap for t in toks[span[0] : span[1] + 1])
        )

    def _clause_subject(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """The subject of the main clause before toks[i]: the first noun phrase of the sentence,
        after a fronted adverbial ("On Monday, Sanders criticized ..., saying")."""
        lex = self.lex
        start = 0
        first = toks[0].lower if toks else ""
        if first in lex.stop or first.endswith(("ly", "ing", "ed")) or toks[0].text[:1].isdigit():
            # a fronted adverbial: "On Monday, ...", "Asked about it, ..."
            for k in range(i):
                if toks[k].text == "," and k < 12:
                    start = k + 1
                    break
        for k in range(start, min(i, start + 12)):
            t = toks[k]
            if self._pronoun(t) in ("he", "she", "they", "it"):
                return (k, k)
            if not t.is_word or (t.lower in lex.stop and not t.is_cap):
                continue
            # extend to the end of the phrase
            e = k
            while e + 1 < i:
                nxt = toks[e + 1]
                if nxt.is_word and (nxt.is_cap or nxt.lower in lex.role_nouns):
                    e += 1
                elif nxt.text == "." and _ABBREVIATED(toks[e]) and e + 2 < i and toks[e + 2].is_cap:
                    e += 2  # "Mr. Trump", "Donald J. Trump"
                else:
                    break
            span = self._np_ending(toks, e)
            if span and (toks[e].is_cap or toks[e].lower in lex.role_nouns):
                return span
            return None
        return None

    def _verb_attribution(
        self,
        seg: Segment,
        toks: list[Token],
        i: int,
        cue_end: int,
        verb: tuple[str, str],
        quotes: list[QuoteSpan],
        content: list[tuple[int, int]],
        prior: Attribution | None,
    ) -> Found | None:
        lex = self.lex
        cls, lemma = verb
        tok = toks[i]
        low = tok.lower
        prev = toks[i - 1].lower if i > 0 else ""
        cue_start = i
        if tok.is_cap and i > 0 and not self.headline:
            return None  # part of a name or a title-case line ("Demand Progress", "Post")
        if prev in lex.determiners or prev in PREPOSITIONS - {"to", "by"} or prev == "by":
            return None  # a noun ("the report", "a claim") or a complement
        if i > 0 and (
            (_POSSESSIVE.search(toks[i - 1].text) and not self._pronoun(toks[i - 1]))
            or prev in {"his", "her", "their", "its", "our", "my", "your"}
        ):
            return None  # a noun after a possessive: "Zucker’s comments", "the editor’s note"
        nxt0 = toks[cue_end + 1].lower if cue_end + 1 < len(toks) else ""
        if lemma in lex.quote_only and not self._next_to_quote(toks, i, cue_end):
            return None  # "continued": a cue only around a quotation ("..., he continued")
        if lemma == "thank" and nxt0 in {"to", "in"}:
            return None  # "thanks to"
        if lemma == "add" and nxt0 in {"to", "up"}:
            return None  # "adding to his wins"
        if lemma == "state" and low not in {"stated", "stating"} and nxt0 != "that":
            return None  # "the state", "Western states"
        if lemma in {"like", "love", "hate"} and (
            nxt0[:1].isdigit() or nxt0 in lex.determiners or (nxt0 and toks[cue_end + 1].is_cap)
        ):
            return None  # "candidates like Mr. Carson": a preposition
        if lemma == "back" and (
            nxt0 in {"down", "off", "away", "up", "in", "out", "on", "to", "into", "from"}
            or (low == "back" and prev not in _MODALS)
        ):
            return None  # "did not back down", "put the agency back"
        if lemma == "compare" and nxt0 in {"with", "to"}:
            return None  # "tame compared with the battle": a preposition
        if low in {"regarding", "considering", "concerning", "given"}:
            return None  # prepositions that look like verb forms
        if lemma == "charge" and nxt0 == "with":
            return None  # "a group charged with beautifying downtown"
        if low.endswith("ed") and (prev[:1].isdigit() or prev in {"’s", "'s"}):
            return None  # "20 pledged delegates": an adjective
        if lemma == "want" and prev in {"may", "might"}:
            return None  # "may want to": the outlet's advice, not a desire
        if low in lex.noun_forms and i > 0 and nxt0 not in {"that", ":"}:
            before = toks[i - 1]
            plural_role = before.lower.endswith("s") and (
                before.lower in lex.role_nouns or before.lower[:-1] in lex.person_heads
            )
            if (
                before.is_word
                and not before.is_cap
                and not self._pronoun(before)
                and before.lower not in lex.bridge
                and not before.lower.endswith("ly")
                and not plural_role
                and before.lower not in lex.document_nouns
                and before.lower not in lex.person_heads
            ):
                return None  # a compound noun: "his home state", "a senior staff call"
            if before.is_cap:
                k = i - 1
                while k >= 0 and toks[k].is_cap:
                    k -= 1
                opener = toks[k] if k >= 0 else None
                if opener is not None and (
                    opener.lower in lex.determiners
                    or (_POSSESSIVE.search(opener.text) and not self._pronoun(opener))
                ):
                    return None  # "the Orlando attack", "her Wall Street remarks"
        if prev == "to":
            # "declined to comment", "went on to say", "refused to endorse": the governing verb
            # joins the cue and its subject is the source.
            gov = i - 2
            if gov >= 0 and toks[gov].lower == "on" and gov >= 1:
                gov -= 1
            g = toks[gov].lower if gov >= 0 else ""
            if (
                gov < 0
                or not toks[gov].is_word
                or g in lex.stop
                or not (
                    g.endswith(("ed", "s"))
                    or g in {"went", "sought", "began", "made"}
                    or (g.endswith("ing") and gov > 0 and toks[gov - 1].lower in BE)
                )
                or toks[gov].is_cap
                or g in lex.determiners
                or g in lex.role_nouns
            ):
                # "led Republicans to say", "prompted aides to warn": the object speaks
                np = self._np_ending(toks, i - 2) if i >= 2 else None
                if (
                    np is not None
                    and np[0] > 0
                    and toks[np[0] - 1].lower.endswith("ed")
                    and (self._nounish(toks[np[1]]) or self._pronoun(toks[np[1]]))
                    and cls in ("speech", "stance")
                ):
                    content.append(self._content_after(seg, toks, cue_end))
                    att = Attribution("indirect", self._source(toks, np), self._tok_span(tok))
                    return att, np
                # a purpose clause: "she took to the airwaves to defend the plan" — the
                # sentence's subject speaks, if it is a person
                if cls != "speech":
                    return None
                span = self._clause_subject(toks, i)
                if span is None or not self._person_like(toks, span):
                    return None
                content.append(self._content_after(seg, toks, cue_end))
                return Attribution("indirect", self._source(toks, span), self._tok_span(tok)), span
            cue_start = gov
            if cls == "state":
                return None
        gov_prev = toks[cue_start - 1].lower if cue_start > 0 else ""
        participial = low.endswith(("ed", "told", "en", "wn", "ght"))
        p = cue_start - 1
        while p >= 0 and (toks[p].lower.endswith("ly") or toks[p].lower in {"also", "not", "just"}):
            p -= 1
        be_before = p >= 0 and (
            toks[p].lower in BE
            or bool(_CONTRACTION.match(toks[p].lower) and toks[p].lower[-1] == "s")
        )
        passive = be_before and participial
        nxt = toks[cue_end + 1] if cue_end + 1 < len(toks) else None
        at_end = nxt is None or nxt.text in ".!?"
        span: tuple[int, int] | None = None
        inverted = False
        by_at = None
        if participial and cls != "state":
            # "was endorsed by X", "backed strongly by X", "first reported by X"
            by_at = next(
                (
                    k
                    for k in range(cue_end + 1, min(len(toks), cue_end + 5))
                    if toks[k].lower == "by"
                    and all(
                        t.lower in lex.bridge or t.lower.endswith("ly") or t.is_cap
                        for t in toks[cue_end + 1 : k]
                    )
                ),
                None,
            )
        if (
            participial
            and not passive
            and by_at is None
            and nxt0 == "as"
            and lemma in lex.vague_passive
            and gov_prev in {",", "—"}
        ):
            # "Scalia, regarded as the court's dominant figure": a view credited to nobody
            return Attribution("vague", None, self._cue(toks, cue_start, cue_end)), None
        if passive or (by_at is not None and gov_prev not in {"has", "have", "had"}):
            # otherwise the subject of a passive is the addressee or the topic, and the speaker
            # is unnamed: "he was asked", "the victory is expected", "it was reported"
            if by_at is None:
                if cls == "stance" or not passive:
                    return None
                if lemma in {"see", "view", "regard"} and nxt0 != "as":
                    return None  # "was seen on camera": perception, not a view
                kind = "vague" if lemma in lex.vague_passive else "passive"
                return Attribution(kind, None, self._cue(toks, cue_start, cue_end)), None
            span = self._np_after(toks, by_at)
            if span is None:
                return None
            agent = [t for t in self._head_span(toks, span) if t.is_word]
            if not agent or not (
                self._nounish(agent[-1])
                or self._person_like(toks, span)
                or self._pronoun(agent[-1])
            ):
                return None  # "is explained by the state's rules": a cause, not a speaker
            inverted = True
        inverted_pos = cue_start > 0 and toks[cue_start - 1].text in {",", "”", '"', "’", "'", "—"}
        if span is None and inverted_pos and cls == "speech" and not low.endswith("ing"):
            # '“...,” said the minister' / '..., said Smith.' — but not "X, a lawyer, said he..."
            after = self._np_after(toks, cue_end)
            if after is None and toks[cue_start - 1].text in QUOTE_MARKS:
                # '“...,” said the 46-year-old.': whatever phrase runs to the end
                k = cue_end + 1
                while k < len(toks) and toks[k].is_word and k - cue_end <= 5:
                    k += 1
                if k > cue_end + 1 and (k == len(toks) or toks[k].text in {".", ",", "!", "?"}):
                    after = (cue_end + 1, k - 1)
            if after is not None:
                follow = toks[after[1] + 1] if after[1] + 1 < len(toks) else None
                closes = toks[cue_start - 1].text in QUOTE_MARKS
                if (
                    follow is None
                    or not follow.is_word
                    or follow.lower in lex.time_words
                    or (follow.lower in lex.stop and follow.lower not in _FINITE)
                    or (closes and follow.lower not in _FINITE and follow.lower not in _MODALS)
                ):
                    span, inverted = after, True
        participle = low.endswith("ing") and gov_prev in {",", "—", "–", "by", "while", "when"}
        if span is None and not participle:
            span = self._subject_before(toks, cue_start)
            j = self._skip_back(toks, cue_start - 1)
            if span is None and j >= 0 and toks[j].lower in {"and", "but", "or"}:
                # "X arrived in Ohio and said ...": the subject of the first verb
                span = self._clause_subject(toks, j)
        if span is None and (participle or low.endswith("ing")) and cue_start == i:
            if gov_prev not in {",", "—", "–", "while", "when"}:
                return None
            # "..., saying that": the same speaker as the clause before, or the main subject
            if prior is not None and prior.source is not None:
                content.append(self._content_after(seg, toks, cue_end))
                return Attribution(prior.kind, prior.source, self._cue(toks, i, cue_end)), None
            span = self._clause_subject(toks, i)
            if span is None:
                return None
        if span is None and lemma in {"say", "tell"} and not low.endswith("ing"):
            # a finite "said" / "told" whose subject the chunker cannot find is still a report
            span = self._clause_subject(toks, i)
            if span is None:
                return Attribution("indirect", None, self._cue(toks, cue_start, cue_end)), None
        if (
            span is None
            and cls in ("speech", "evidence")
            and (not low.endswith("ing") or be_before)
        ):
            # the subject is out of the chunker's reach (a long modifier): the clause's subject
            span = self._clause_subject(toks, i)
        if span is None:
            return None
        if lemma in lex.needs_clause and not inverted and not at_end and nxt is not None:
            # look past adverbs and time words: "found last week that", "wrote recently:"
            k = cue_end + 1
            while (
                k < len(toks)
                and k - cue_end <= 4
                and (toks[k].lower in lex.bridge or toks[k].lower in lex.time_words)
            ):
                k += 1
            after = toks[k] if k < len(toks) else nxt
            clause_ahead = after.is_cap and any(
                t.lower in _FINITE or t.lower in _MODALS for t in toks[k + 1 : k + 5]
            )  # "reports Beck will endorse": a clause without "that"
            if (
                after.lower not in lex.clause_starts
                and not clause_ahead
                and not (
                    lemma in lex.object_verbs
                    and (
                        after.is_cap
                        or self._pronoun(after)
                        or after.lower in lex.role_nouns
                        or after.lower in {"him", "her", "them", "me", "us"}
                    )
                )
            ):
                return None
        clause_follows = nxt is not None and nxt.lower in {"that", ":"}
        if cls in ("naming",) and nxt is not None and nxt.is_cap and span[1] == cue_start - 1:
            head = toks[span[1]]
            if not head.is_cap and head.lower not in lex.pronouns:
                return None  # "a group called Citizens First": a name, not speech
        # -- who may carry which cue (the mental-state boundary) --
        person = self._person_like(toks, span)
        body = self._speaking_body(toks, span)
        named = [t for t in self._head_span(toks, span) if t.is_word] or [toks[span[0]]]
        head = named[-1]
        pron = self._pronoun(toks[span[0]]) if span[0] == span[1] else None
        if pron in ("i", "we", "you") and cls != "speech":
            return None  # the writer's own "I think" is the outlet's voice
        if cls == "state" and not (person or self._surveyed(toks, span)):
            return None
        vague = self._is_vague(toks, span)
        plural_group = (
            cls == "stance"
            and head.lower.endswith("s")
            and (head.is_cap or head.lower in lex.role_nouns)
            and not self._pronoun(head)
        )  # "Republicans oppose the bill": a public position of a party or a camp
        if cls in ("stance", "naming") and not (
            person or body or vague or plural_group or pron == "they"
        ):
            return None
        if cls == "evidence" and not (
            clause_follows
            or person
            or body
            or head.lower in lex.document_nouns
            or head.is_cap
            or pron == "it"
        ):
            return None
        if (
            cls == "speech"
            and lemma not in _CORE_SPEECH
            and not (
                inverted
                or clause_follows
                or person
                or body
                or pron
                or head.is_cap
                or head.lower in lex.role_nouns
                or head.lower in lex.document_nouns
                or head.lower in lex.quantity
                or self._surveyed(toks, span)
                or head.lower in lex.relative
                or head.lower in lex.vague
                or head.lower in lex.statement_nouns
            )
        ):
            return None
        src = self._source(toks, span)
        cue = self._cue(toks, cue_start, cue_end)
        has_quote = any(len(self.text[q.inner_start : q.inner_end].split()) >= 2 for q in quotes)
        if vague:
            kind = "vague"
        elif cls == "state":
            kind = "reported_state"
        elif cls in ("stance", "evidence"):
            kind = cls
        elif has_quote:
            kind = "direct"
        else:
            kind = "indirect"
        if inverted or (at_end and span[1] < i):
            content.append((seg.start, toks[min(span[0], cue_start)].start))
        else:
            content.append(self._content_after(seg, toks, cue_end))
        return Attribution(kind, src, cue), span

    def _next_to_quote(self, toks: list[Token], i: int, cue_end: int) -> bool:
        """A quotation mark within two tokens before the cue's subject or after the cue
        ('“...,” he continued', 'she continued: “...')."""
        after = {t.text for t in toks[cue_end + 1 : cue_end + 3]}
        if after & QUOTE_MARKS or ":" in after:
            return True
        before = toks[max(0, i - 4) : i]
        return any(t.text in QUOTE_MARKS for t in before)

    def _cue(self, toks: list[Token], a: int, b: int) -> Span:
        return self._span(toks[a].start, toks[b].end)

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


# -- quotation structure ------------------------------------------------------------------------


def _is_speech(text: str, q: QuoteSpan) -> bool:
    """Speech, not a scare quote or a title: at least MIN_SPEECH_WORDS words, and not a short
    run of capitalised words ("The Nightly Show", “Ban on Face Coverings”)."""
    words = text[q.inner_start : q.inner_end].split()
    if len(words) < MIN_SPEECH_WORDS:
        return False
    caps = sum(w[:1].isupper() or w[:1].isdigit() for w in words)
    return not (len(words) <= 8 and caps >= 0.6 * len(words))


def _attribute_quotes(
    text: str,
    segments: list[Segment],
    results: list[SentenceAttribution],
    quotes: list[QuoteSpan],
) -> None:
    """Give a sentence that is mostly quoted speech to the speaker of its quotation: the cue may
    sit in another sentence of the same quotation ("“A. B,” she said."), in the paragraph before
    (a continued quotation) or just after it."""
    speech = [q for q in quotes if _is_speech(text, q)]
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
        att = Attribution(kind, owner.source if owner else None, None)
        results[idx] = SentenceAttribution((att,), tuple(mine), res.content)


def attribute_headline(text: str, seg: Segment, quotes: list[QuoteSpan]) -> SentenceAttribution:
    """Attribution of a title line ("Mayor: ‘We will rebuild’", "Minister Says Talks Failed"):
    reported for the record, never used to label or score."""
    return Attributor(text, quotes, headline=True).sentence(seg)


def attribute_sentences(
    text: str, segments: list[Segment], quotes: list[QuoteSpan]
) -> list[SentenceAttribution]:
    attributor = Attributor(text, quotes)
    results = [attributor.sentence(seg) for seg in segments]
    _attribute_quotes(text, segments, results, quotes)
    return results


def vague_findings(att: SentenceAttribution, findings: list[Finding]) -> list[Finding]:
    """A vague attribution is no source: give it a finding unless a rule (weasel words)
    already flagged its cue. Covers what word rules cannot see, such as agentless passives
    ("the deal is expected to collapse")."""
    out: list[Finding] = []
    for a in att.attributions:
        if a.kind != "vague" or a.cue is None:
            continue
        cue = a.cue
        if any(f.start < cue.end and f.end > cue.start for f in findings):
            continue
        out.append(
            Finding(
                rule="attribution.vague-source",
                category="weasel",
                severity="info",
                start=cue.start,
                end=cue.end,
                text=cue.text,
                message=(
                    f"“{cue.text}” credits the claim to nobody in particular; "
                    "say who expects, believes or reported it."
                ),
                reference="AP Stylebook: anonymous sources",
            )
        )
    return out


# -- the source ledger ------------------------------------------------------------------------

DIRECT_KINDS = frozenset({"direct", "quoted_as_saying", "continuation"})


def source_status(source: Source | None, kind: str) -> str:
    """named | anonymous | vague: how identifiable the source is to a reader."""
    lex = lexicon()
    if kind == "vague" or source is None:
        return "vague"
    words = [w for w in TOKEN.findall(source.name or source.text) if w[:1].isalnum()]
    lows = [w.lower() for w in words]
    if not words:
        return "anonymous"
    if lows[0] in lex.vague and len(lows) <= 2 or " ".join(lows) in lex.vague:
        return "vague"
    generic = lex.titles | lex.role_nouns | lex.anonymous | lex.vague | lex.determiners
    names = [w for w in words if w[:1].isupper() and w.lower().rstrip(".") not in generic]
    if names:
        return "named"
    if lows[-1] in lex.vague:
        return "vague"
    if lows[-1] in lex.pronouns:
        return "anonymous"  # an unresolved "he" / "they"
    return "anonymous"


def source_ledger(attributions: list[SentenceAttribution]) -> list[dict[str, Any]]:
    """Who gets to speak: one entry per resolved source, in order of first appearance, with how
    often it is quoted directly and paraphrased and whether it is named, anonymous or vague."""
    ledger: dict[str, dict[str, Any]] = {}
    for res in attributions:
        seen: set[str] = set()
        for att in res.attributions:
            src = att.source
            if src is None and att.kind != "vague":
                continue
            name = (src.name or src.text) if src else (att.cue.text if att.cue else "unnamed")
            key = name.casefold()
            if key in seen:
                continue
            seen.add(key)
            entry = ledger.setdefault(
                key,
                {
                    "name": name,
                    "status": source_status(src, att.kind),
                    "direct": 0,
                    "paraphrase": 0,
                    "mentions": [],
                },
            )
            direct = att.kind in DIRECT_KINDS or (att is res.attributions[0] and bool(res.quotes))
            entry["direct" if direct else "paraphrase"] += 1
            if src is not None and not any(m["start"] == src.start for m in entry["mentions"]):
                entry["mentions"].append(src.to_dict())
    return list(ledger.values())
