"""Noun-phrase finding: the subject of a cue verb, the phrase after it, appositives."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Segment, Span
from .lexicon import (
    _ABBREVIATED,
    _APPOSITIVE_OPENERS,
    _FRACTION,
    _NOT_NAMES,
    _NUMBER_WORDS,
    _POSTMODIFIERS,
    _SHARE_WORDS,
    _TIME_NOUNS,
    PREPOSITIONS,
)
from .tokens import (
    _CONTRACTION,
    _POSSESSIVE,
    OPEN_QUOTES,
    QUOTE_MARKS,
    Token,
)

# An age used as a noun names a person: "the 29-year-old said", "a 45-year-old wrote".
_AGE_NOUN = re.compile(r"^(?:\d+|[a-z]+)-years?-olds?$")

# Sentence adverbs that open a sentence before its subject ("Instead, he ...").
# units of a fronted time phrase: "A few minutes later", "Two years ago"
_TIME_UNITS = frozenset({"moment", "minute", "hour", "day", "week", "month", "year", "decade"})
# A fronted time phrase with no comma before the subject ("On Sunday morning Vale wrote ...",
# "In late June the board ...", "Earlier this month Vale ..."): its opener and its words.
_TIME_OPENERS = frozenset({"on", "in", "at", "during", "last", "this", "earlier", "late", "early"})
_TIME_PHRASE_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "late", "early", "mid", "the", "this", "last", "next"}
    | {"past", "days", "weeks", "months", "years"}
)
_SENTENCE_ADVERBS = frozenset(
    {
        "instead",
        "besides",
        "meanwhile",
        "still",
        "yet",
        "now",
        "then",
        "later",
        "today",
        "yesterday",
        "again",
        "also",
        "however",
        "moreover",
        "indeed",
        "thus",
        "hence",
        "otherwise",
        "nonetheless",
        "nevertheless",
        "afterward",
        "afterwards",
        "earlier",
        "perhaps",
    }
)

# Prepositions that open a fronted adverbial before the subject ("Inside the hall, Vale ...",
# "Amid the protests, the mayor ..."); the common short ones are stop words already.
_FRONTED_PREPOSITIONS = frozenset(
    {
        "inside",
        "outside",
        "amid",
        "amidst",
        "among",
        "despite",
        "across",
        "behind",
        "beyond",
        "near",
        "throughout",
        "unlike",
        "like",
        "within",
        "following",
        "against",
        "toward",
        "towards",
        "upon",
        "along",
        "around",
        "beside",
        "besides",
        "until",
        "once",
        "alongside",
        "absent",
        "aboard",
        "beneath",
    }
)

# Prepositions and verbs of motion that take a noun phrase as object ("in Portola",
# "during the debate", "visiting Spain"): a phrase after them is not a subject.
_EMBEDDING_WORDS = frozenset(
    {
        "into",
        "during",
        "near",
        "across",
        "than",
        "under",
        "over",
        "after",
        "before",
        "since",
        "inside",
        "outside",
        "against",
        "between",
        "among",
        "through",
        "toward",
        "towards",
        "including",
    }
)


# Participles that make "those" a group of respondents ("those surveyed said").
_RESPONDENT_PARTICIPLES = frozenset(
    {"surveyed", "polled", "questioned", "interviewed", "asked", "sampled"}
)

# Adverbs that stand between an auxiliary and its verb only ("hasn't yet endorsed", "have
# since balked", "may well endorse"); elsewhere they open a clause ("yet", "since") or are
# no adverb at all ("well").
_AUXILIARY_ADVERBS = frozenset({"yet", "since", "well"})

# Heads of time phrases that may stand between a subject and its verb ("have in the past
# said", "over the weekend wrote", "in recent weeks argued", "earlier in the day touted").
_TIME_PHRASE_NOUNS = frozenset({"past", "weekend", "day", "days", "weeks", "months", "years"})

# Words that open an aside between a subject and its verb rather than an apposition to the
# subject: a prepositional or adverbial phrase of the clause ("Vale, in a statement, said",
# "Vale, for her part, ...", "Vale, after a pause, said", "Vale, meanwhile, ..."). "of", "at",
# "like" and "along with" phrases describe the subject ("Ruiz, of the port authority,") and are
# not listed.
_ASIDE_OPENERS = frozenset(
    {
        "in",
        "for",
        "on",
        "with",
        "by",
        "to",
        "about",
        "after",
        "before",
        "during",
        "since",
        "as",
        "amid",
        "despite",
        "meanwhile",
        "however",
        "though",
        "too",
        "instead",
        "nonetheless",
        "nevertheless",
        "still",
        "again",
        "now",
        "then",
    }
)

# Small numbers that, after "the", stand for people named before ("the two write").
_PAIR_WORDS = frozenset({"two", "three", "four"})

# Auxiliaries and modals: a finite clause, not a noun phrase, unless a relative opened it.
_AUXILIARIES = frozenset(
    {"has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must"}
    | {"shall", "did", "does", "do", "is", "was", "were", "are", "am"}
)

# Marks and conjunctions after which a noun phrase may open a clause.
_OPENING_MARKS = frozenset({",", ";", ":", "“", '"', "(", "—", "–", "-"})
_JOINS = frozenset({"and", "but", "while", "when", "because", "as", "if"})

# Quantifiers before "of whom" in a relative clause about people named before ("Vale and
# Holm, both of whom opposed it", "the donors, many of whom backed her").
_WHOM_SHARES = frozenset({"all", "both", "many", "most", "some", "several", "each", "none"})

# Dashes that close a dateline ("PORTOLA, Calif. - ...").
_DASHES = frozenset({"-", "—", "–"})


# the point of an abbreviation that ends a span ("in the U.S.", "Gov.")
_ABBREVIATION_END = re.compile(
    r"(?:\b[A-Z]|\.[A-Za-z]|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|Bros|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen"
    r"|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs|etc))\.$"
)


class Phrases:
    """Noun phrases around a cue: subjects, appositives, agents and objects, and spans.

    A mixin of :class:`~biascheck.attribute.cues.Attributor`: it reads ``self.text`` and
    ``self.lex``.
    """

    def _pronoun(self, tok: Token) -> str | None:
        """The subject pronoun a token is ("he", or "he" in "He’s"), else None."""
        low = tok.lower
        if low in self.lex.pronouns:
            return low
        m = _CONTRACTION.match(low)
        if m and m.group(1) in self.lex.pronouns:
            return m.group(1)
        return None

    def _relative_word(self, tok: Token) -> str | None:
        """The relative pronoun a token is ("who", or "who" in "who’s" / "who’d"), else None."""
        low = tok.lower
        if low in self.lex.relative:
            return low
        m = _CONTRACTION.match(low)
        if m and m.group(1) == "who" and low[-1] in {"s", "d"}:
            return "who"  # "who’s argued", "who’d endorsed": the auxiliary fused
        return None

    def _stopword_surname(self, tok: Token) -> bool:
        """A capitalised function word that the article used as a surname after a first name
        ("Ada Will", later "Will wrote"), not a day or a month."""
        low = tok.lower
        return (
            tok.is_cap
            and low in self.lex.stop
            and low not in _TIME_NOUNS
            and tok.text in self.mem.people
            and self.mem.people[tok.text] != tok.text
        )

    def _nounish(self, tok: Token) -> bool:
        """The word can head a noun phrase that names a source: a capitalised word that is no
        function word, a role, a vague source, a document or a quantity."""
        low = tok.lower
        lex = self.lex
        return (
            (
                tok.is_cap
                and low not in lex.stop
                and low not in lex.bridge
                and low not in _NOT_NAMES
                and low not in _FRONTED_PREPOSITIONS
            )
            # a surname that is also a function word, once the article named the person in
            # full ("Ada Will ... Will wrote")
            or self._stopword_surname(tok)
            or low in lex.role_nouns
            or low in lex.vague
            or low in lex.document_nouns
            or low in lex.quantity
            or low in lex.person_heads
            or (low.endswith("s") and low[:-1] in lex.person_heads)
            or low in lex.relational_people  # "Vale's circle", "her inner circle"
        )

    def _np_ending(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        """The noun phrase whose last token is toks[j] ("Russian Foreign Minister Lavrov")."""
        lex = self.lex
        head = toks[j]
        low = head.lower
        if head.text == "%" and j > 0 and toks[j - 1].text[:1].isdigit():
            return (j - 1, j)  # "47% say": a poll share
        if not head.is_word or (low in lex.stop and not head.is_cap):
            return None
        if low in _PAIR_WORDS and j >= 1 and toks[j - 1].lower == "the":
            return (j - 1, j)  # "the two write", "the three agreed": people named before
        share = low in _NUMBER_WORDS and j >= 2 and toks[j - 1].lower == "in"  # "one in five"
        if low in lex.determiners and low not in lex.quantity and not share:
            return None
        age = _AGE_NOUN.match(low) is not None  # a person, not a count: "the 29-year-old"
        if (head.text[:1].isdigit() and not age) or _FRACTION.match(low) or share:
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
        if (
            not head.is_cap
            and low in lex.titles
            and j >= 2
            and toks[j - 1].lower == "of"
            and toks[j - 2].lower in lex.person_heads
        ):
            # an office named "<role> of <portfolio>" ("the former secretary of state"): the
            # role's phrase runs on to the portfolio
            np = self._np_ending(toks, j - 2)
            if np is not None:
                return (np[0], j)
        if not self._nounish(head):
            if self._proper_plural(toks, j):
                # a plural noun with a proper modifier: "Portolan dockworkers", "Turkish
                # farmers" — the whole phrase, not just the capitalised word
                k = j - 1
                while k - 1 >= 0 and toks[k - 1].is_cap and toks[k - 1].is_word:
                    k -= 1
                if k - 1 >= 0 and toks[k - 1].lower in lex.determiners:
                    k -= 1
                return (k, j)
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
                if tlow == "that" and (toks[k].is_cap or head.lower.endswith("s")):
                    break  # "a plan that Vale has backed": a relative or a conjunction
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
            if (
                t.text == "/"
                and k - 2 >= 0
                and toks[k - 2].is_word
                and toks[k - 2].end == t.start
                and t.end == toks[k].start
            ):
                k -= 2  # "a Gazette/Courier poll": a slash joins two names
                continue
            if (
                t.text == "."
                and k - 2 >= 0
                and (_ABBREVIATED(toks[k - 2]) or "." in toks[k - 2].text)
                and toks[k - 2].is_word
            ):
                k -= 2  # "Mr." / "Sen." tokenize as "Mr" "."; "U.K. officials"
                continue
            if (
                t.text in {"’", "'"}
                and k - 2 >= 0
                and toks[k - 2].is_cap
                and toks[k - 2].lower.endswith("s")
                and toks[k - 2].end == t.start < toks[k].start - 1
            ):
                k -= 2  # "Burns’ aides": a possessive written with a bare apostrophe
                continue
            if (
                t.text == "Will"
                and toks[k].is_cap
                and j + 1 < len(toks)
                and toks[j + 1].text.islower()
                and (lex.verb(toks[j + 1].lower) or ("", toks[j + 1].lower))[1] != toks[j + 1].lower
            ):
                # "Will Brandt thinks / said": a first name, as the modal takes the base form
                k -= 1
                continue
            if tlow in lex.stop or not t.is_word:
                break
            if t.is_cap or tlow in lex.role_nouns or tlow in lex.person_heads:
                k -= 1
                continue
            if tlow in lex.quantity and toks[k].lower == "of":
                k -= 1  # "a majority of Republicans": the share heads the phrase
                continue
            # a lowercase modifier ("regime", "foreign") inside a name-led or determiner-led phrase
            if k - 2 >= 0 and (toks[k - 2].is_cap or toks[k - 2].lower in lex.determiners):
                k -= 1
                continue
            # a title's modifier ("former Gov. X", "acting director X") or an adjective that
            # opens the phrase after a clause boundary ("..., federal officials said")
            before = toks[k - 2] if k >= 2 else None
            boundary = before is None or before.text in _OPENING_MARKS or before.lower in _JOINS
            if (
                (tlow in lex.titles or boundary)
                and not tlow.endswith("ly")
                and tlow not in lex.bridge
                and not lex.verb(tlow)
                and not self._pronoun(t)
                and not t.text[:1].isdigit()
            ):
                k -= 1
                continue
            break
        if toks[k].lower == "of" and k > 0 and toks[k - 1].lower in lex.quantity:
            # "16 percent of voters", "a growing number of senators": the phrase opens with
            # its quantity, never with "of"
            outer = self._np_ending(toks, k - 1)
            k = outer[0] if outer is not None else k - 1
        # a sentence-initial capital that is not a name ("Asked about it, ...") is not a source
        return (k, j)

    def _proper_plural(self, toks: list[Token], j: int) -> bool:
        """toks[j] is a lowercase plural noun right after a capitalised modifier that is not a
        function word ("Portolan dockworkers")."""
        head, lex = toks[j], self.lex
        if head.is_cap or not head.is_word or j == 0 or head.lower in lex.stop:
            return False
        plural = head.lower.endswith("men") or (
            head.lower.endswith("s") and not head.lower.endswith(("ss", "us", "is"))
        )  # "dockworkers", "fishermen"
        if not plural:
            return False
        mod = toks[j - 1]
        return (
            mod.is_cap
            and mod.is_word
            and mod.lower not in lex.stop
            and mod.lower not in lex.bridge
            and mod.lower not in _NOT_NAMES
            and mod.lower not in lex.determiners
            and not mod.text[:1].isdigit()
        )

    def _skip_back(self, toks: list[Token], j: int) -> int:
        """Skip auxiliaries and adverbs between a subject and its verb."""
        lex = self.lex
        while j >= 0:
            t = toks[j]
            low = t.lower
            if self._stopword_surname(t) and j > 0:
                break  # "Ada Will urged": a surname, not the auxiliary "will"
            if (
                low in lex.bridge
                or (low.endswith("ly") and not t.is_cap and len(low) > 4 and low not in lex.stop)
                or (low in {"both", "all", "each"} and not t.is_cap and j > 0)  # "X and Y both"
            ):
                j -= 1
                if (
                    low.endswith("ly")
                    and j >= 0
                    and toks[j].text in {"most", "more", "very", "less", "least"}
                ):
                    j -= 1  # "and most recently defended": the degree word of the adverb
                continue
            if low in _AUXILIARY_ADVERBS and j > 0 and toks[j - 1].lower in lex.bridge:
                j -= 1  # "hasn't yet endorsed", "have since balked", "may well endorse"
                continue
            if low in _TIME_NOUNS and j > 0:
                # "Spicer on Thursday evening said", "Reed last week said"
                k = j
                while k >= 0 and (toks[k].lower in lex.time_words or toks[k].lower in _TIME_NOUNS):
                    k -= 1
                if k < j and k >= 1 and toks[k].lower in {"on", "in", "at", "during"}:
                    k -= 1  # "X, the minister, on Tuesday called": the time phrase's preposition
                if k < j and k >= 0 and (toks[k].is_word or toks[k].text in {",", ")"}):
                    j = k
                    continue
            if (
                low in _TIME_PHRASE_NOUNS
                and j >= 2
                and toks[j - 1].lower in {"the", "recent"}
                and toks[j - 2].lower in {"in", "over", "during"}
            ):
                j -= 3  # "have in the past said", "over the weekend said"
                continue
            if (
                len(low) == 4
                and low[:2] in {"19", "20"}
                and low.isdigit()
                and j >= 2
                and toks[j - 1].lower in {"in", "since"}
                and toks[j - 2].is_word
                and toks[j - 2].is_cap  # not "filed a lawsuit in 2013 alleging"
            ):
                j -= 2  # "Vale in 2009 argued", "an aide at the Dorn Fund in 2009 sought"
                continue
            if (
                low in {"particular", "general", "turn", "private", "public"}
                and j >= 1
                and (toks[j - 1].lower == "in")
            ):
                j -= 2  # "Vale in particular argued", "Vale in turn cites", "in private said"
                continue
            if (
                low == "time"
                and j >= 3
                and toks[j - 2].lower == "the"
                and toks[j - 3].lower == "for"
                and not toks[j - 1].is_cap
            ):
                j -= 4  # "the report for the first time cited", "for the last time said"
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
        if (
            t.lower == "whom"
            and j >= 2
            and toks[j - 1].lower == "of"
            and (toks[j - 2].lower in _WHOM_SHARES or toks[j - 2].lower in _NUMBER_WORDS)
        ):
            return (j - 2, j)  # "..., all of whom opposed the deal": the people named before
        if self._relative_word(t) in {"who", "which"}:
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
        if t.text in _DASHES:
            aside = self._dash_aside_subject(toks, j)
            if aside is not None:
                return aside
        if t.text in {",", "—", "–", "-"}:
            return self._appositive_subject(toks, j)
        if (
            t.lower == "those"
            and j + 1 < i
            and toks[j + 1].lower in _RESPONDENT_PARTICIPLES
            and (j == 0 or toks[j - 1].lower != "of")
        ):
            return (j, j + 1)  # "those surveyed said"
        if (
            t.text.isdigit()
            and not (len(t.text) == 4 and t.text[:2] in {"19", "20"})
            and (j == 0 or toks[j - 1].text in {",", ";"} or toks[j - 1].lower in {"and", "but"})
        ):
            return (j, j)  # "520 delegates have said ..., 39 have said ...": a count
        np = self._np_ending(toks, j)
        if (
            np is not None
            and np[0] >= 2
            and toks[np[0] - 1].lower == "around"
            and toks[np[0] - 2].lower == "those"
        ):
            return (np[0] - 2, np[1])  # "those around the mayor say": a person's circle
        if np is None and t.lower in {"him", "her", "them"} and j >= 2:
            if toks[j - 1].lower == "around" and toks[j - 2].lower == "those":
                return (j - 2, j)  # "those around him acknowledge"
            np = (j, j)  # "a source close to him said": the head comes before
            if toks[j - 1].lower not in _POSTMODIFIERS:
                return None
        if (
            np is not None
            and np[0] >= 3
            and toks[np[0] - 1].lower == "by"
            and not toks[np[0] - 2].is_cap
            and toks[np[0] - 2].lower.endswith(("ed", "en", "wn", "ght"))
            and toks[np[0] - 2].lower not in lex.stop
        ):
            # "a letter from the union obtained by the Herald warns", "a candidate backed by
            # the unions said": the agent of a participle that modifies the subject is part of
            # the subject's phrase, not the subject
            outer = self._np_ending(toks, np[0] - 3)
            if outer is not None and (
                self._nounish(toks[outer[1]])
                or (outer[0] < outer[1] and toks[outer[0]].lower in lex.determiners)
            ):
                np = (outer[0], np[1])
        while np is not None and np[0] >= 2 and toks[np[0] - 1].lower in _POSTMODIFIERS:
            # "a spokesman for the ministry", "sources familiar with the talks"
            k = np[0] - 2
            if toks[k].lower in {"familiar", "close", "knowledge", "near"} and k >= 1:
                k -= 1
            head = toks[k]
            share = toks[np[0] - 1].lower == "of" and (
                _FRACTION.match(head.lower) or head.lower in _NUMBER_WORDS
            )  # "three-quarters of the voters", "all five of the candidates"
            if share:
                outer = (k - 1, k) if k > 0 and toks[k - 1].lower in lex.determiners else (k, k)
                np = (outer[0], np[1])
                continue
            if head.lower == "those":
                # "those close to the mayor say", "those in the room said": the people the
                # phrase describes, not the person or place it names
                np = (k, np[1])
                break
            if not (self._nounish(head) and head.is_word) or head.lower in lex.stop:
                break
            outer = self._np_ending(toks, k)
            if outer is None:
                break
            np = (outer[0], np[1])
        if np == (j, j) and t.lower in {"him", "her", "them"}:
            return None  # an object pronoun with no head before it
        return np

    def _dash_aside_subject(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        """ "X — a former mayor, a lawyer and a veteran — opposed it": toks[j] is the dash
        that closes an aside holding commas; the subject is the phrase before the dash that
        opens it (the commas inside belong to the aside, they open no apposition of their
        own). None when no such aside is there."""
        comma = False
        for k in range(j - 1, max(-1, j - 40), -1):
            t = toks[k]
            if t.text in {";", ":", "(", ")"} or t.text in QUOTE_MARKS:
                return None
            if t.text == ",":
                comma = True
            elif t.text in _DASHES:
                if not comma or k == 0:
                    return None
                np = self._np_ending(toks, k - 1)
                if np is None or not (toks[np[1]].is_cap or self._pronoun(toks[np[1]])):
                    return None
                return (self._apposed_name(toks, np)[0], np[1])
        return None

    def _appositive_subject(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        """ "X, the minister, said" / "X, 35, a lawyer, said" / "X, meanwhile, said":
        toks[j] is the comma before the verb. The source span runs from X to the appositive."""
        lex = self.lex
        end = j - 1
        k = j - 1
        commas = 0
        # a phrase inside the clause between the subject and its verb ("X, speaking in
        # Portola, Calif., said"): kept only if no subject is found further back
        fallback: tuple[int, int] | None = None

        def give_up() -> tuple[int, int] | None:
            return (fallback[0], end) if fallback else None

        while k >= 0 and j - k < 30:
            t = toks[k]
            if t.text in {";", "“", "”", '"', ":"}:
                return give_up()
            if t.text in {",", "—", "–", "-"}:
                commas += 1
                seg = toks[k + 1 : j]
                first = seg[0] if seg else None
                fused = _CONTRACTION.match(first.lower) if first is not None else None
                if fused and fused.group(1) in {"who", "which"}:
                    first = Token(first.start, first.start + len(fused.group(1)), fused.group(1))
                # "X, only two months later, announced": a time adverbial, no apposition
                time_aside = 0 < len(seg) <= 5 and seg[-1].lower in {"later", "earlier", "ago"}
                appositive_like = first is not None and (
                    first.lower in lex.determiners
                    or first.text[:1].isdigit()
                    or first.is_cap
                    or first.lower in lex.role_nouns
                    or first.lower in lex.person_heads
                    or all(s.lower in lex.bridge or s.lower.endswith("ly") for s in seg)
                    or first.lower in _APPOSITIVE_OPENERS
                    # "X, who’s running for ..., said": a relative fused with its auxiliary
                    or (first.lower.startswith("who") and bool(_CONTRACTION.match(first.lower)))
                    or first.lower in PREPOSITIONS
                    or first.lower in {"after", "before", "during", "since", "now", "then"}
                    or first.lower.endswith(("ing", "ed"))
                    or first.lower in {"whose", "where"}  # "X, whose firm ..., said"
                    or self._bare_role(seg)  # "X, head of the union, said"
                    # an adjective phrase of attitude: "X, eager all evening to jab Y, said"
                    or first.lower in lex.state_adjectives
                    or time_aside
                )
                if not appositive_like:
                    return give_up()
                np = self._np_ending(toks, k - 1) if k > 0 else None
                if k > 2 and toks[k - 1].text == ")":
                    # "Sen. Jo Vale (R-Ohio), another incumbent, said": a party tag
                    # between the name and its apposition
                    opened = next(
                        (o for o in range(k - 2, max(0, k - 8), -1) if toks[o].text == "("), None
                    )
                    name = self._np_ending(toks, opened - 1) if opened else None
                    np = (name[0], k - 1) if name and toks[name[1]].is_cap else None
                if np and (
                    toks[np[1]].text == ")"
                    or self._nounish(toks[np[1]])
                    or self._pronoun(toks[np[1]])
                    or (np[0] < np[1] and toks[np[0]].lower in lex.determiners)
                ):  # "Holm, 78,", "the assailant, John Meyer,"
                    while self._embedded(toks, np[0]) and toks[np[0] - 1].lower in _POSTMODIFIERS:
                        # "a teacher from Velden, 45, said": the head the phrase modifies
                        outer = self._np_ending(toks, np[0] - 2) if np[0] >= 2 else None
                        if outer is None or not (
                            self._nounish(toks[outer[1]])
                            or (outer[0] < outer[1] and toks[outer[0]].lower in lex.determiners)
                        ):
                            break
                        np = (outer[0], np[1])
                    if self._embedded(toks, np[0]):
                        fallback = fallback or np
                    elif all(
                        s.lower in lex.bridge or s.lower.endswith("ly") for s in toks[k + 1 : j]
                    ):
                        return np  # "Vale, meanwhile, said": no appositive
                    elif first is not None and (
                        (t.text in _DASHES and toks[j].text in _DASHES)  # "X - who ... - said"
                        or first.lower in _ASIDE_OPENERS
                        or (first.lower.endswith("ing") and first.lower != "including")
                        or time_aside
                    ):
                        # "Vale, in a statement, said", "Vale, for her part, ...", "Vale,
                        # speaking in Dorn, said": an aside of the clause, not an apposition
                        # of the subject; the subject ends before it
                        return (self._apposed_name(toks, np)[0], np[1])
                    else:
                        return (self._apposed_name(toks, np)[0], end)
                if commas >= 3:
                    return give_up()
                j = k
            k -= 1
        return give_up()

    def _apposition_after(self, toks: list[Token], span: tuple[int, int]) -> tuple[int, int]:
        """ "..., said Ana Reyes, the editor of the Star.": an apposition after a source that
        follows its verb belongs to the source. It runs to the end of the sentence, or to a
        comma before a phrase that describes the report rather than the speaker ("..., said
        Reyes, a teacher, in an interview"), a comma that closes it."""
        n = len(toks)
        k = span[1] + 1
        if k + 1 >= n or toks[k].text != "," or not self._opens_apposition(toks[k + 1]):
            return span
        m = k + 1
        relative = False
        while m < n:
            t = toks[m]
            if t.lower in {"who", "whose", "which", "that", "where"} or t.lower.startswith("who"):
                relative = True
            elif t.lower in _AUXILIARIES and not relative:
                return span  # "In Dorn, according to Vale, the ferry will run": a clause
            if t.text == ",":
                if m + 1 < n and self._opens_apposition(toks[m + 1]):
                    m += 1  # "Reyes, 45, a teacher from Dorn, Ont."
                    continue
                return (span[0], m - 1)
            quote = t.text in {"“", "”", '"'} or (
                t.text in {"'", "‘", "’"} and toks[m - 1].end < t.start
            )  # an opening quotation mark, not the apostrophe of "Yates'"
            if quote or t.text in {";", ":", "—", "–", "-"}:
                return (span[0], m - 1)
            if t.text in {".", "!", "?"} and (m + 1 == n or toks[m + 1].text in QUOTE_MARKS):
                return (span[0], m - 1)  # the sentence ends ("Dorn, Ont., who ..." goes on)
            m += 1
        return (span[0], n - 1)

    def _conjoined(self, toks: list[Token], span: tuple[int, int]) -> tuple[int, int]:
        """ "Vale and her aides said", "The board, the union and the mayor said": the
        subject before a verb takes in the conjuncts before its last one, when the list opens
        its clause (after the sentence start, a comma, a conjunction or "both")."""
        a = span[0]
        if a < 2 or toks[a - 1].lower != "and":
            return span
        lex = self.lex
        k = a - 2
        if toks[k].text == ",":
            k -= 1  # "..., and the mayor"
        start = None
        for _ in range(4):
            if k < 0:
                break
            if self._pronoun(toks[k]) in {"he", "she", "they", "we", "i"}:
                first = (k, k)
            else:
                first = self._np_ending(toks, k)
                if (
                    first is None
                    or not (toks[first[1]].is_cap or self._nounish(toks[first[1]]))
                    or self._pronoun(toks[first[0]])  # "He met Ruiz and ...": a clause
                    or any(
                        lex.verb(t.lower) or (t.lower.endswith("ed") and not t.is_cap)
                        for t in toks[first[0] : first[1] + 1]
                    )
                ):
                    break
            before = toks[first[0] - 1] if first[0] > 0 else None
            if before is not None and before.lower == "both":
                before = toks[first[0] - 2] if first[0] > 1 else None
                first = (first[0] - 1, first[1])
            if before is None or before.text in _OPENING_MARKS - {","} or before.lower in _JOINS:
                start = first[0]
                break
            if before.text != ",":
                break
            # "the board, the union and the mayor", "In Dorn, Vale and Ruiz": the list goes on,
            # or the comma closes a fronted phrase
            start = first[0]
            k = first[0] - 2
        return span if start is None else (start, span[1])

    def _opens_apposition(self, tok: Token) -> bool:
        """A word that may open an apposition to a name: a noun phrase ("the editor", "45",
        "a teacher", "Democrat of Dorn"), a relative clause ("who ...") or "now" / "then" before
        a role; not a preposition, a conjunction, a time word or a participle of the clause
        ("in an interview", "and added", "adding that ...")."""
        lex = self.lex
        word = tok.lower
        if not tok.is_word:
            return False
        if word in {"who", "whose", "now", "then"}:
            return True
        return (
            word not in lex.stop
            and word not in lex.time_words
            and word not in _ASIDE_OPENERS
            and not (word.endswith("ing") and not tok.is_cap and word != "including")
            and not (word.endswith("ly") and not tok.is_cap)
        )

    def _bare_role(self, seg: list[Token]) -> bool:
        """An apposition naming a role without an article: "head of the union", "former
        chief of staff", "refugee program director at the agency": lowercase modifiers up to a
        role noun or a title, then the end of the phrase or a preposition."""
        lex = self.lex
        for n, t in enumerate(seg[:5]):
            if not t.is_word or t.is_cap or t.lower in lex.stop or lex.verb(t.lower):
                return False
            if t.lower in lex.person_heads or t.lower in lex.role_nouns or t.lower in lex.titles:
                nxt = seg[n + 1] if n + 1 < len(seg) else None
                if nxt is None or nxt.lower in PREPOSITIONS or nxt.lower == "and":
                    return True
        return False

    def _issuer(self, toks: list[Token], span: tuple[int, int]) -> tuple[int, int] | None:
        """ "The town released a statement saying ...", "she sent a letter urging ...": a
        participle after a statement that a verb's subject issued reports that subject's words;
        the statement itself is not the source."""
        a, lex = span[0], self.lex
        head = toks[span[1]].lower
        if a == 0 or toks[span[1]].is_cap or head not in lex.statement_nouns | lex.document_nouns:
            return None
        verb = toks[a - 1]
        if verb.lower not in lex.issuing and not (
            head in lex.statement_nouns and verb.is_word and self._embedded(toks, a)
        ):
            return None
        if verb.is_cap or verb.lower in lex.stop or verb.lower in PREPOSITIONS:
            return None
        subject = self._subject_before(toks, a - 1)
        if subject is None:
            j = self._skip_back(toks, a - 2)
            if j >= 0 and toks[j].lower in {"and", "but", "or"}:
                subject = self._clause_subject(toks, j)
        return subject

    def _modifiers_start(self, toks: list[Token], j: int, fits: Callable[[Token], bool]) -> int:
        """Where the phrase headed by toks[j] starts when up to two modifier words stand
        before it: words that are no function word, bridge word or determiner and that
        ``fits`` accepts ("ferry operator", "security specialists")."""
        lex = self.lex
        k = j
        while (
            k - 1 >= 0
            and j - k < 2
            and toks[k - 1].is_word
            and toks[k - 1].lower not in lex.stop
            and toks[k - 1].lower not in lex.bridge
            and toks[k - 1].lower not in lex.determiners
            and fits(toks[k - 1])
        ):
            k -= 1
        return k

    def _bare_plural(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """A plural common noun with no determiner right before the verb at toks[i], with up
        to two modifiers: "forecasters say", "security specialists said" (for speech verbs,
        whose subject may be any group that speaks)."""
        lex = self.lex
        verb = toks[i].lower
        if verb.endswith(("s", "en")) and not verb.endswith("ss"):
            return None  # "helicopters suggests", "notes written": no plural subject
        j = self._skip_back(toks, i - 1)
        if j < 0:
            return None
        t = toks[j]
        low = t.lower
        if (
            not t.is_word
            or t.is_cap
            or not low.endswith("s")
            or low.endswith(("ss", "us", "is", "ly"))
            or low in lex.stop
            or low in lex.bridge
            or self._pronoun(t)
        ):
            return None
        # lower-case modifiers that are no verbs: "security specialists", not "X warned farmers"
        k = self._modifiers_start(toks, j, lambda t: not t.is_cap and not lex.verb(t.lower))
        before = toks[k - 1] if k > 0 else None
        if (
            before is not None
            and before.lower == "of"
            and k >= 2
            and (toks[k - 2].lower in lex.quantity or _FRACTION.match(toks[k - 2].lower))
            # not a participle that modifies the group ("a plurality of refugees admitted to")
            and not (i + 1 < len(toks) and toks[i + 1].lower in PREPOSITIONS)
        ):
            # "almost half of respondents said", "a third of independents say": the share
            share = self._np_ending(toks, k - 2)
            return (share[0] if share is not None else k - 2, j)
        if (
            before is not None
            and before.is_word
            and not before.is_cap
            and before.lower in lex.stop
            and before.lower not in {"but", "that", "while"}
        ):
            return None  # "the risk to investigators said": an object; "X and Y say": a list
        return (k, j)

    def _opens_with_apposition(self, toks: list[Token], i: int) -> bool:
        """The sentence opens with a name and a comma ("Zeke Hale, a doctor who ..., said"),
        possibly after a fronted adverbial ("In an interview, Zeke Hale, ..."): the verb at
        toks[i] has that name as subject, so the phrase after it is not an inverted source."""
        start = 0
        for c in range(min(i - 1, 30)):
            if toks[c].text != ",":
                continue
            np = self._np_ending(toks, c - 1) if c > start else None
            if np is not None and np[0] == start and toks[np[1]].is_cap:
                return c < i - 1
            if start == 0 and (toks[0].lower in self.lex.stop or toks[0].lower in PREPOSITIONS):
                start = c + 1  # "In an interview, ..."
                continue
            return False
        return False

    def _open_relative(
        self, toks: list[Token], i: int, restrictive: bool = False
    ) -> tuple[int, int] | None:
        """ "Hale, who saw the crash and described it": the verb at toks[i] is inside a
        non-restrictive relative clause still open, so its subject is the "who" (resolved to
        the name it follows), not the subject of the main clause."""
        for r in range(i - 1, max(0, i - 20), -1):
            t = toks[r]
            if not t.is_word:
                return None
            if t.lower == "who":
                before = toks[r - 1]
                opened = before.text in {",", "—", "–", "-"} or (
                    # "the mayor who fired the chief and boasted of it": a restrictive
                    # relative whose verbs are coordinated (toks[i] is their "and")
                    restrictive and self._nounish(before) and not before.is_cap and before.is_word
                )
                return (r, r) if opened else None
            if t.lower in {"which", "that", "whom", "whose"}:
                return None
        return None

    def _apposed_name(self, toks: list[Token], np: tuple[int, int]) -> tuple[int, int]:
        """ "Ana Reyes, the editor of the Star, said": a determiner-led appositive found first
        gives way to the name it follows, when that name is not inside another phrase."""
        a = np[0]
        if a < 2 or toks[a].lower not in self.lex.determiners or toks[a - 1].text != ",":
            return np
        name = self._np_ending(toks, a - 2)
        if name is None or not toks[name[1]].is_cap or self._embedded(toks, name[0]):
            return np
        if name[0] > 0 and toks[name[0] - 1].is_word:
            return np
        return (name[0], np[1])

    def _embedded(self, toks: list[Token], a: int) -> bool:
        """The noun phrase starting at toks[a] is the object of a preposition or a verb, or
        the tail of a longer phrase ("in Portola", "serving Spain", "the town's weekly paper"),
        so it cannot be the subject of a clause."""
        if a == 0:
            return False
        t = toks[a - 1]
        low = t.lower
        if low in PREPOSITIONS or low in _EMBEDDING_WORDS:
            return True
        if t.text == "," and a >= 3 and toks[a].is_cap and toks[a - 2].is_cap:
            # "in Aurora, Colorado": a region after a town that is itself embedded
            town = self._np_ending(toks, a - 2)
            if town is not None and town[0] > 0 and toks[town[0] - 1].lower in PREPOSITIONS:
                return True
        if not t.is_word or t.is_cap:
            return False
        return bool(_POSSESSIVE.search(t.text)) or (
            low not in self.lex.stop
            and low not in self.lex.bridge
            and not self._pronoun(t)
            and low not in self.lex.determiners
        )

    def _phrase_to_boundary(self, toks: list[Token], k: int) -> tuple[int, int] | None:
        """The phrase from toks[k] to the next punctuation, for a slot that can only hold a
        source ("according to early results of the exit poll", "according to state law")."""
        end = k
        while end < len(toks) and end - k < 20 and (toks[end].is_word or toks[end].text in "&/-"):
            end += 1
        if end == k or (end < len(toks) and end - k >= 20):
            return None
        return (k, end - 1)

    def _np_after(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """The noun phrase right after toks[i] (an inverted source: "said Mr. Cohen", "said some
        of his rivals"), or None when a clause follows instead ("charged that ...")."""
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
        elif k + 1 < len(toks) and (toks[k].text[:1].isdigit() or toks[k].lower in _NUMBER_WORDS):
            # a counted share: "42 percent of the Republicans surveyed", "34% of GOP voters",
            # "six in 10 voters"
            share = k
            while k < len(toks) and (
                toks[k].text[:1].isdigit()
                or toks[k].lower in _NUMBER_WORDS
                or toks[k].lower in {"percent", "%", "in", "out"}
            ):
                k += 1
            if k == share + 1 and not toks[share].text.endswith("%"):
                k = share  # a bare number ("by 2008", "by two votes") is no share
            elif k + 1 < len(toks) and toks[k].lower == "of":
                k += 1
                while k < len(toks) and toks[k].lower in lex.determiners:
                    k += 1
        elif k + 1 < len(toks) and toks[k].lower in lex.quantity and toks[k + 1].lower == "of":
            k += 2  # "a majority of women"
            while k < len(toks) and toks[k].lower in lex.determiners:
                k += 1
        end = None
        while k < len(toks) and k - start < 10:
            t = toks[k]
            if (
                t.text == "/"
                and end == k - 1
                and k + 1 < len(toks)
                and toks[k + 1].is_word
                and toks[k - 1].end == t.start
                and t.end == toks[k + 1].start
            ):
                k += 1  # "a Gazette/Courier poll": a slash joins two names
                continue
            if (
                t.text == "."
                and end == k - 1
                and k + 1 < len(toks)
                and toks[k + 1].is_word
                and (toks[k + 1].is_cap or self._nounish(toks[k + 1]))
                and (_ABBREVIATED(toks[k - 1]) or "." in toks[k - 1].text)
            ):
                k += 1  # "said Tomas R. Ekdal", "U.K. officials": an initial or an abbreviation
                continue
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
            if (
                end is None
                and k > start
                and toks[k - 1].lower in lex.determiners
                and t.text.isdigit()
                and k + 1 < len(toks)
                and toks[k + 1].is_word
                and not toks[k + 1].is_cap
                and toks[k + 1].lower not in lex.stop
            ):
                k += 1  # "concluded a 2013 article", "the 2016 report": a year or a number
                continue  # as a modifier after the determiner
            if t.is_word and t.lower not in lex.stop and not t.text[:1].isdigit():
                # lowercase words inside the phrase: "the foreign minister", "a former senior
                # law enforcement official", "one Vale confidant"; the last one is the head
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
                if end is None and m > k and m + 1 < len(toks) and toks[m].lower in ("of", "and"):
                    # "said former secretary of state Jo Vale", "said lobbyist and strategist
                    # Jo Vale": descriptions joined by "of" / "and" before the name they head
                    n = m + 1
                    while (
                        n < len(toks)
                        and n - start < 10
                        and toks[n].is_word
                        and not toks[n].is_cap
                        and toks[n].lower not in lex.stop
                        and toks[n].lower not in lex.bridge
                        and not toks[n].lower.endswith("ly")
                    ):
                        n += 1
                    if n < len(toks) and toks[n].is_cap and self._nounish(toks[n]):
                        k = n
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
        nxt = toks[end + 1] if end + 1 < len(toks) else None
        head = toks[end].lower
        if nxt is not None and (
            (
                nxt.lower in {"to", "for", "with", "of", "at"}
                and (
                    head in lex.person_heads
                    or head in lex.relational_people
                    or head in {"close", "familiar"}
                    or (head.endswith("s") and head[:-1] in lex.person_heads)
                )
            )
            or (nxt.lower == "of" and toks[end].is_cap)
        ):
            # "said a spokesman for the ministry", "according to a person close to the
            # talks", "said Senator Jo Vale of Dorn": the phrase that places the person
            tail = self._np_after(toks, end + 1)
            if tail is not None:
                return (start, tail[1])
        return (start, end)

    def _place_comma(self, toks: list[Token], k: int, i: int) -> int:
        """The comma at toks[k] only parts a town from its state or country inside a fronted
        phrase ("At a rally in Dunmere, Vale, on Sunday, ..."; "in Lodge, Wis., she ..."): the
        town follows "in" / "at" / "near" / "from", and the state is one capitalised word
        followed by a comma and then a time word or a capitalised subject. Returns the index
        after the state's comma, or 0."""
        if k < 2 or toks[k - 2].lower not in {"in", "at", "near", "from"} or not toks[k - 1].is_cap:
            return 0
        j = k + 2
        if j < i and toks[j].text == ".":
            j += 1  # "Wis.,"
        if not (k + 1 < i and toks[k + 1].is_cap and j + 1 < i and toks[j].text == ","):
            return 0
        after = toks[j + 1]
        return j + 1 if after.lower in self.lex.time_words or after.is_cap else 0

    def _after_time_phrase(self, toks: list[Token], lead: int, i: int) -> int:
        """Where the subject starts after a fronted time phrase with no comma at toks[lead]
        ("On Sunday morning Vale ...", "In late June the board ..."), else ``lead``."""
        lex = self.lex
        k = lead + 1
        while k < i and (
            toks[k].lower in _TIME_NOUNS
            or toks[k].lower in lex.time_words
            or toks[k].lower in _TIME_PHRASE_WORDS
            or toks[k].lower.rstrip("s") in _TIME_UNITS
            or toks[k].text.isdigit()
        ):
            k += 1
        if k == lead + 1 or k >= i or not (toks[k].is_cap or toks[k].lower in {"the", "a"}):
            return lead
        return k

    def _clause_subject(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """The subject of the main clause before toks[i]: the first noun phrase of the sentence,
        after a fronted adverbial ("On Monday, Ruiz criticized ..., saying")."""
        lex = self.lex
        lead = 0
        dash = next((k for k in range(1, min(i, 8)) if toks[k].text in _DASHES), None)
        if dash is not None and (
            (toks[0].text.isupper() and len(toks[0].text) > 1)
            or all(t.is_cap or t.text in {"(", ")", ",", "."} for t in toks[:dash])
        ):
            lead = dash + 1  # a dateline: "PORTOLA, Calif. - Vale said", "Velden (AP) – ..."
        while lead < i and toks[lead].text in _DASHES:
            lead += 1  # "— Nine months of ..."
        start = lead
        first = toks[lead].lower if lead < len(toks) else ""
        comma = next((k for k in range(lead + 1, min(i, lead + 4)) if toks[k].text == ","), None)
        # a first name that ends like a participle or an adverb ("Ted Vale", "Kelly Holm")
        # opens a name, not a fronted adverbial: a capitalised word follows it
        named = (
            lead + 1 < i
            and toks[lead + 1].is_cap
            and toks[lead + 1].is_word
            and toks[lead + 1].lower not in lex.stop
        )
        if (
            first in lex.stop
            or first in _FRONTED_PREPOSITIONS
            or (first.endswith(("ly", "ing", "ed")) and not named)
            or toks[lead].text[:1].isdigit()
        ) and lead < i:
            # a fronted adverbial: "On Monday, ...", "Asked about it, ...", "While X was
            # away, ..."
            past = lead  # a comma before this index closes a town's state, not the adverbial
            # the comma just before toks[i] opens its own clause ("Then he cut into Vale,
            # calling him ..."), it cannot close the adverbial
            for k in range(lead, min(i - 1, lead + 30)):
                if toks[k].text == "," and k >= past:
                    past = self._place_comma(toks, k, i)
                    if not past or toks[past].is_cap:  # "in Dunmere, Wis., Vale said"
                        start = past or k + 1
                        break
            if start == lead and first in _TIME_OPENERS:
                start = self._after_time_phrase(toks, lead, i)
        elif (
            comma is not None
            and all(t.is_word for t in toks[lead:comma])
            and toks[lead].text not in self.mem.people
            and (
                first in _SENTENCE_ADVERBS
                or any(t.lower in lex.time_words for t in toks[lead + 1 : comma])
            )
        ):
            start = comma + 1  # "Instead, he ...", "Hours later, Vale ..."
        elif start == lead:
            # a time phrase with no comma: "A few minutes later they ...", "Days later Vale ..."
            ago = next(
                (
                    k
                    for k in range(lead + 1, min(i - 1, lead + 5))
                    if toks[k].lower in {"later", "earlier", "ago"}
                    and toks[k - 1].lower.rstrip("s") in _TIME_UNITS
                ),
                None,
            )
            if ago is not None and all(t.is_word for t in toks[lead:ago]):
                start = ago + 1
            elif (
                lead + 2 < i
                and (toks[lead].text.isdigit() or toks[lead].lower in _NUMBER_WORDS)
                and toks[lead + 1].lower.rstrip("s") in _TIME_UNITS
                and toks[lead + 2].lower in {"after", "before", "since"}
            ):
                # "Two weeks after X died, Vale ...": a fronted clause of time up to its comma
                comma = next(
                    (k for k in range(lead + 3, min(i - 1, lead + 20)) if toks[k].text == ","), None
                )
                if comma is not None:
                    start = comma + 1
        if len(toks) > 1 and toks[0].text == toks[1].text == "'" and toks[0].end == toks[1].start:
            # a sentence that opens with a quotation in two apostrophes (''...''): the clause
            # starts after it
            close = next(
                (
                    k
                    for k in range(2, i - 1)
                    if toks[k].text == toks[k + 1].text == "'" and toks[k].end == toks[k + 1].start
                ),
                None,
            )
            start = close + 2 if close is not None else i
        elif toks and toks[0].text in OPEN_QUOTES:
            # a sentence that opens with a quotation: the clause starts after it
            close = next((k for k in range(1, i) if toks[k].text in QUOTE_MARKS), None)
            start = close + 1 if close is not None else i
        if start < i and toks[start].lower == "like":
            # "And, like Vale, they have ...": a comparison set off before the subject
            close = next(
                (k for k in range(start + 1, min(i, start + 12)) if toks[k].text == ","), None
            )
            if close is not None:
                start = close + 1
        for k in range(start, min(i, start + 12)):
            t = toks[k]
            if self._pronoun(t) in ("he", "she", "they", "it"):
                return (k, k)
            if not t.is_word or (t.lower in lex.stop and not t.is_cap):
                continue
            if k == start and t.lower in lex.stop and k + 1 < i and not toks[k + 1].is_cap:
                continue  # "Then she left ...": a capitalised adverb opening the sentence
            # extend to the end of the phrase
            e = k
            modified = False
            while e + 1 < i:
                nxt = toks[e + 1]
                if nxt.is_word and (nxt.is_cap or nxt.lower in lex.role_nouns):
                    e += 1
                elif nxt.text == "." and _ABBREVIATED(toks[e]) and e + 2 < i and toks[e + 2].is_cap:
                    e += 2  # "Mr. Vale", "Anna J. Vale"
                else:
                    head = self._modified_head(toks, e + 1, i)
                    if head is None:
                        break
                    e, modified = head, True
            if modified:
                return (k, e)  # "the former mayor", "three present and former tenants"
            span = self._np_ending(toks, e)
            if span and (toks[e].is_cap or toks[e].lower in lex.role_nouns):
                return (max(span[0], start), span[1])  # not into a fronted phrase
            if e == k and (t.lower in lex.determiners or t.text[:1].isdigit()):
                # "The former governor sued, claiming ...", "Two objectors ..., contending":
                # a common noun phrase whose head names a person
                for m in range(k + 1, min(i, k + 5)):
                    w = toks[m].lower
                    if not toks[m].is_word or toks[m].is_cap or w in lex.stop:
                        break
                    if w in lex.person_heads or (w.endswith("s") and w[:-1] in lex.person_heads):
                        if m + 1 < i and toks[m + 1].lower in {"’s", "'s"}:
                            break
                        return self._np_ending(toks, m)
            return None
        return None

    def _modified_head(self, toks: list[Token], m: int, i: int) -> int | None:
        """Lowercase modifiers from toks[m] up to a head noun that names people ("former
        mayor", "present and former tenants", "senior party officials"): the index of that
        head, or None. A modifier is no function word, adverb or verb; "and" / "or" may join
        two of them."""
        lex = self.lex
        k = m
        while k < i and k - m < 4:
            t = toks[k]
            if not t.is_word or t.is_cap:
                return None
            if k > m and self._nounish(t) and t.lower not in lex.quantity:
                return k
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if (
                (k > m or toks[m - 1].lower in lex.determiners)
                and t.lower.endswith("s")
                and not t.lower.endswith(("ss", "us", "is"))
                and nxt is not None
                and not nxt.is_cap
                and (
                    nxt.lower in lex.bridge
                    or nxt.lower.endswith(("ly", "ed"))
                    or lex.verb(nxt.lower) is not None
                )
            ):
                return k  # "present and former tenants separately told": a plural head
            if t.lower in {"and", "or"} and k > m:
                k += 1
                continue
            if (
                t.lower in lex.stop
                or t.lower in lex.bridge
                or t.lower in lex.determiners
                or t.lower.endswith("ly")
                or lex.verb(t.lower)
                or self._pronoun(t)
            ):
                return None
            k += 1
        return None

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

    def _span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def _tok_span(self, tok: Token) -> Span:
        return Span(tok.start, tok.end, tok.text)

    def _cue(self, toks: list[Token], a: int, b: int) -> Span:
        return self._span(toks[a].start, toks[b].end)

    def _content_after(self, seg: Segment, toks: list[Token], i: int) -> tuple[int, int]:
        k = i + 1
        while k < len(toks) and toks[k].lower in {"that", ",", ":"}:
            k += 1
        start = toks[k].start if k < len(toks) else seg.end
        return (start, seg.end)

    def _trim_end(self, span: tuple[int, int]) -> tuple[int, int]:
        """A paraphrased span without the punctuation that closes the sentence or the clause
        ("..., she said the fares would rise." -> "the fares would rise"); a closing quotation
        mark stays, and so does the point of an abbreviation ("in the U.S.")."""
        a, b = span
        text = self.text
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:"):
            b -= 1
        if b > a and text[b - 1] in ".!?" and not _ABBREVIATION_END.search(text, a, b):
            b -= 1
        return (a, b)

    def _reported_after(self, seg: Segment, toks: list[Token], i: int) -> Span | None:
        """What a passive with no speaker reports after toks[i], up to the first comma or
        dash ("is expected to fail, but ..." -> "to fail"), as the cue's own content: words of
        nobody, so no span of the sentence's."""
        a, b = self._content_after(seg, toks, i)
        for t in toks[i + 1 :]:
            if t.start > a and t.text in {",", ";", "—", "–", "-", "--"}:
                b = t.start  # a phrase, not a clause: it ends at the first break
                break
        a, b = self._trim_end((a, b))
        return self._span(a, b) if a < b else None

    def _content_around(
        self, seg: Segment, toks: list[Token], i: int, span: tuple[int, int]
    ) -> tuple[int, int]:
        if i == 0 or toks[i - 1].text == ",":
            if i == 0:
                return self._content_after(seg, toks, span[1])
            return (seg.start, toks[i - 1].start)
        return (seg.start, toks[i].start)
