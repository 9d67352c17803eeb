"""Senses of cue words: whether a word that can report speech is, where it stands, a verb
of reporting at all ("the report", "found a way", "advises Holm", "easier said than done")."""

from __future__ import annotations

import re

from .lexicon import (
    _FINITE,
    _MODALS,
    _NUMBER_WORDS,
    _TIME_NOUNS,
    BE,
    PREPOSITIONS,
)
from .resolve import Resolver
from .tokens import (
    _POSSESSIVE,
    OPEN_QUOTES,
    QUOTE_MARKS,
    Token,
)

_SHARE_ENDS = frozenset({"percent", "%", "majority", "plurality", "half"})


def _after_share(toks: list[Token], i: int) -> bool:
    """toks[i] comes right after a counted share of respondents ("six in 10", "40 percent",
    "two-thirds", "a majority"): a subject, so toks[i] is its verb, not a noun or an adjective."""
    if i == 0:
        return False
    p = toks[i - 1].lower
    numeric = p[:1].isdigit() or p in _NUMBER_WORDS
    if not (
        p in _SHARE_ENDS
        or _SHARE_FRACTION.match(p)
        or (numeric and i >= 3 and toks[i - 2].lower in {"in", "of"})  # "six in 10"
    ):
        return False
    k = i - 1  # the share must open its clause: "she won 40 percent support" is a noun
    while k > 0 and (
        toks[k - 1].text[:1].isdigit()
        or toks[k - 1].lower in _NUMBER_WORDS
        or toks[k - 1].lower in _SHARE_WORDS
    ):
        k -= 1
    return k == 0 or toks[k - 1].lower in _CLAUSE_OPENERS


_SHARE_FRACTION = re.compile(r"^(?:one|two|three)-(?:thirds?|quarters?|halves)$")

_SHARE_WORDS = frozenset(
    {"in", "of", "out", "about", "nearly", "roughly", "almost", "just", "only", "some", "over"}
    | {"more", "than", "fewer", "less", "at", "least", "a", "percent", "%", "majority"}
)

_CLAUSE_OPENERS = frozenset({",", ";", ":", "—", "–", "and", "but", "while", "whereas", "that"})

# After a plural that is also a verb form ("emails", "charges"): words that show it is the
# subject noun, not a present-tense verb ("the emails were", "charges could").
_AFTER_PLURAL_NOUN = frozenset(
    {
        "have",
        "had",
        "will",
        "would",
        "could",
        "may",
        "might",
        "can",
        "now",
        "show",
        "showed",
        "shows",
    }
)

# After a plural that is also a verb form: prepositions that show it is a noun ("attacks on
# the embassy", "emails from her server"), since a present-tense verb takes its object first.
_AFTER_PLURAL_PREPOSITIONS = frozenset({"of", "on", "in", "from", "by"})

# After a relative "that": a finite verb or a modal ("the states that have voted", "the attack
# that killed ..."), where a reported clause would open with its subject.
_RELATIVE_VERBS = frozenset(
    {
        "is",
        "was",
        "are",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "should",
        "must",
    }
)

_ARTICLES = frozenset({"a", "an", "the"})

# Possessive determiners: like an article, they open the noun object of the "keep" sense
# ("maintained his lead", "maintains their silence").
_POSS_DETERMINERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})

_RELATION_COMPLEMENT = frozenset({"that", "against", "not", "whether", "how", ":"})

_CHALLENGE_COMPLEMENT = frozenset({"on", "over", "about", "to", "with"})

# Before a bare verb form ("attack", "list"): subjects and adverbs that leave it a verb.
_BEFORE_BARE_VERB = frozenset(
    {
        "n't",
        "never",
        "also",
        "and",
        "or",
        "they",
        "we",
        "you",
        "i",
        "who",
        "that",
        "which",
        "people",
        "many",
        "most",
        "few",
        "both",
        "all",
        "some",
        "often",
        "still",
        "now",
    }
)


# Ordinals and round numbers: what follows them is counted, so it is a noun ("the fifth
# state", "a dozen calls").
_ORDINALS = frozenset(
    {
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "dozen",
        "dozens",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
    }
)

# Verbs whose bare object names a standing relation, not a speech act: "advises Holm",
# "advised the campaign on policy" (works as an adviser), "is challenging Sen. Hale in Ohio"
# (runs against). They report only with what was urged or disputed after the object: a
# that-clause, a to-infinitive, a quotation or colon ("advised him that", "advised her to
# wait", "advised against it"); for "challenge" also a topic or a dare ("challenged him on
# taxes", "challenged her to a debate").
_RELATION_SENSE = frozenset({"advise", "challenge"})

# Before "like": an auxiliary of negation or emphasis or a subject pronoun makes it the verb
# ("don't like the plan", "they like Vale"); "liked" and "likes" are verbs anywhere.
_LIKE_VERB_BEFORE = frozenset(
    {"n't", "not", "do", "does", "did", "don’t", "don't", "didn’t", "didn't", "doesn’t"}
    | {"doesn't", "really", "i", "we", "they", "you"}
)

# Words between "voted" and its side: a count, a tally or a degree ("voted twice for", "voted
# 5 to 4 against", "voted the most strongly against").
_VOTE_MODIFIERS = frozenset({"twice", "once", "again", "overwhelmingly", "to", "the", "most"})

_PASSIVE_BE = frozenset({"is", "was", "are", "were", "be", "been", "being", "when", "if"})

_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves"})

# What shows that a testimony is reported, not only given: a clause, a topic or a question
# ("testified that ...", "testified before the panel about the deal"). Without one, "testified
# before the panel" is an appearance, like "spoke at a rally".
_TESTIMONY_NEXT = frozenset({"that", "about", "on", "whether", ":"})


class VerbSenses(Resolver):
    """Checks that keep a cue word from being read in another sense or as a noun."""

    def _object_after(self, toks: list[Token], cue_end: int) -> bool:
        """A verb's object opens right after toks[cue_end]: an article or a possessive, an
        object pronoun, a name or "that" ("calls her", "pledges that", "views the plan")."""
        if cue_end + 1 >= len(toks):
            return False
        nxt = toks[cue_end + 1]
        return (
            nxt.lower in _ARTICLES
            or nxt.lower in _POSS_DETERMINERS
            or nxt.lower in {"him", "them", "us", "me", "that"}
            or (nxt.is_cap and nxt.is_word)
        )

    def _noun_use(self, toks: list[Token], i: int, cue_end: int) -> bool:
        """A word that is both a noun and a verb ("emails", "attack", "charges", "list") used
        as a noun. A plural in -s is a noun when a verb or a participle follows it directly
        ("the emails were released", "emails containing ...", "charges dropped"), since a
        present-tense verb is followed by its object, not by another verb. A bare form is a
        verb only after a modal, "to", a plural subject or a pronoun ("they attack", "did not
        attack", "Republicans attack"); after a singular modifier it heads a compound ("the
        donor list", "a harbour attack")."""
        if self.title_case:
            return False  # title case: "Vale Attacks Ruiz" has no morphology to read
        tok = toks[i]
        low = tok.lower
        nxt = toks[cue_end + 1] if cue_end + 1 < len(toks) else None
        if cue_end != i or low.endswith(("ed", "ing")):
            return False
        if low.endswith("s") and not low.endswith("ss"):  # "address" is not a plural
            if nxt is None:
                return False
            j = self._skip_back(toks, i - 1)
            if j >= 0 and (self._pronoun(toks[j]) in ("he", "she", "it") or toks[j].lower == "who"):
                return False  # "he supports keeping ...", "which he estimates will ...": a
                # verb agreeing with its subject
            if i >= 2 and toks[i - 1].is_cap and toks[i - 2].lower in self.lex.relative:
                return False  # "a move that Vale hopes will ...": a verb whose clause lost
                # its subject
            if low in self.lex.stance and i >= 1 and toks[i - 1].text in self.mem.people:
                return False  # "Vale supports raising the wage": a person takes a stance on
                # a gerund ("Brandt emails containing ..." is a compound noun)
            n = nxt.lower
            return (
                n in BE
                or n in _AFTER_PLURAL_NOUN
                or self._bare_verb_after(nxt)
                or n in _AFTER_PLURAL_PREPOSITIONS
                or (
                    nxt.is_word
                    and not nxt.is_cap
                    and len(n) > 4
                    and n.endswith(("ing", "ed"))
                    and n not in self.lex.stop
                )
            )
        if i == 0:
            return False
        prev = toks[i - 1]
        p = prev.lower
        if p in _MODALS or p in _BEFORE_BARE_VERB:
            return False
        if self._adjective_after_article(toks, i):
            return True  # "the only answer", "the business-friendly list"
        if p.endswith("ly") or self._pronoun(prev) or p in self.lex.bridge:
            return False
        if p.endswith("s") and not _POSSESSIVE.search(prev.text) and p not in {"its", "his"}:
            return False  # "Republicans attack", "critics charge"
        if _after_share(toks, i):
            return False  # "six in 10 support the plan", "40 percent back her": a poll share
        return prev.is_word or p[:1].isdigit()

    def _bare_verb_after(self, nxt: Token) -> bool:
        """``nxt`` is a cue verb in its bare form ("new emails raise", "the attacks show
        that ..."): a finite verb after a plural in -s, whose subject that plural is, since
        a verb in -s is not followed by another finite verb."""
        n = nxt.lower
        verb = self.lex.verb(n)
        return (
            verb is not None
            and nxt.is_word
            and not nxt.is_cap
            and n == verb[1]
            and n not in self.lex.noun_forms
        )

    @staticmethod
    def _adjective_after_article(toks: list[Token], i: int) -> bool:
        """toks[i - 1] stands between an article and toks[i] ("the only answer", "a
        business-friendly list", "the first call"): a word there modifies a noun, since no
        adverb or auxiliary separates an article from a verb."""
        return (
            i >= 2
            and toks[i - 2].lower in _ARTICLES
            and toks[i - 1].is_word
            and not toks[i - 1].is_cap
            and (toks[i - 1].lower.endswith("ly") or toks[i - 1].lower == "first")
        )

    def _phone_call(self, toks: list[Token], i: int) -> bool:
        """toks[i] ("called") has only a person for object and nothing that names or quotes
        what they are called: "X called.", "X called Holm Tuesday", "X called her to
        ask ...", "X called him and ...". "X called Holm “weak”" / "called him a liar" name."""
        k = i + 1
        if k < len(toks) and toks[k].lower in {"him", "her", "them", "me", "us"}:
            k += 1
        else:
            while k < len(toks) and (
                (toks[k].is_cap and toks[k].is_word)
                or (toks[k].text == "." and k + 1 < len(toks) and toks[k + 1].is_cap)
            ):
                k += 1  # "Mrs. Holm", "Gov. Mike Varga"
        if k == i + 1 and k < len(toks) and toks[k].is_word:
            return False  # an object that is not a person: "called the plan a failure"
        if k >= len(toks):
            return True
        t = toks[k]
        return (
            t.text in {".", ";", "!"}
            or t.lower in {"and", "to", "back"}
            or (t.lower in self.lex.time_words and t.lower not in {"in", "at", "also"})
        )

    @staticmethod
    def _clause_verb_ahead(toks: list[Token], k: int) -> bool:
        """A finite verb follows the noun phrase that starts at toks[k] before any punctuation
        ("added the plan was late"), so the phrase is the subject of a clause, not an object
        ("added two goals", "maintained a lead in the polls")."""
        for t in toks[k : k + 8]:
            if not t.is_word:
                return False
            if t.lower in _FINITE or t.lower in _MODALS or t.lower in {"has", "had", "can"}:
                return True
        return False

    @staticmethod
    def _bare_verb(toks: list[Token], i: int) -> bool:
        """toks[i] stands where only a bare infinitive can: after "to", a modal, "do" or
        "help" ("helped found", "did not, however, found"), past adverbs, "not" and commas."""
        k = i - 1
        while k >= 0 and (
            toks[k].lower.endswith("ly") or toks[k].lower in {"not", "never", ",", "however"}
        ):
            k -= 1
        if k < 0:
            return False
        return toks[k].lower in _MODALS or toks[k].lower in {"help", "helps", "helped", "helping"}

    def _relative_that(self, toks: list[Token], k: int) -> bool:
        """toks[k] is "that" and opens a relative clause: its verb follows at once ("attacks
        that killed", "states that have voted"), where a that-clause starts with a subject. An
        adverb may stand before the verb ("the label that often sticks", "the only show that
        consistently included"): an adverb and then a plain lowercase word is no subject."""
        if k + 1 >= len(toks):
            return False
        t = toks[k + 1]
        if not t.is_word or t.is_cap:
            return False
        if t.lower in _RELATIVE_VERBS or (len(t.lower) > 4 and t.lower.endswith("ed")):
            return True
        lex = self.lex
        if not (t.lower.endswith("ly") or t.lower in lex.bridge) or k + 2 >= len(toks):
            return False
        v = toks[k + 2]
        return (
            v.is_word
            and not v.is_cap
            and v.text[:1].isalpha()
            and v.lower not in lex.stop
            and v.lower not in lex.determiners
            and v.lower not in lex.bridge
            and not self._pronoun(v)
        )

    @staticmethod
    def _idiom_said(toks: list[Token], i: int, cue_end: int) -> bool:
        """Fixed expressions in which "said" reports nothing: "easier said than done", "Enough
        said." standing alone, and "the same can (not) be said for / of X", which compares X to
        what came before in the outlet's own voice."""
        if toks[i].lower != "said" or cue_end != i:
            return False
        nxt = [t.lower for t in toks[i + 1 : i + 3]]
        if nxt == ["than", "done"]:
            return True
        if i == 1 and toks[0].lower == "enough" and (not nxt or not toks[i + 1].is_word):
            return True
        before = [t.lower for t in toks[max(0, i - 5) : i]]
        compared = bool(nxt) and nxt[0] in {"for", "of", "about"}
        return "same" in before and "be" in before and compared

    @staticmethod
    def _finds_a_way(toks: list[Token], cue_end: int) -> bool:
        """After "find": "a way", "the way", "ways", "no way" ("found a way to win"): the
        idiom of managing to do something, whose object is no result of inquiry."""
        k = cue_end + 1
        if k < len(toks) and toks[k].lower in {"a", "the", "no", "another", "new", "other"}:
            k += 1
        return k < len(toks) and toks[k].lower in {"way", "ways"}

    def _clause_of_saying_after(self, toks: list[Token], cue_end: int) -> bool:
        """What was said follows the cue as a that-clause or as a participle of saying after a
        comma ("she continued that ...", "he continued, saying ...")."""
        k = cue_end + 1
        if k < len(toks) and toks[k].lower == "that":
            # "continued that night": a demonstrative before a time noun, no clause
            return k + 1 < len(toks) and toks[k + 1].lower not in _TIME_NOUNS
        if k + 1 < len(toks) and toks[k].text == ",":
            nxt = toks[k + 1].lower
            verb = self.lex.verb(nxt)
            return nxt.endswith("ing") and verb is not None and verb[0] == "speech"
        return False

    def _next_to_quote(self, toks: list[Token], i: int, cue_end: int) -> bool:
        """A quotation mark within two tokens before the cue's subject or after the cue
        ('“...,” he continued', 'she continued: “...')."""
        after = {t.text for t in toks[cue_end + 1 : cue_end + 3]}
        if after & QUOTE_MARKS or ":" in after:
            return True
        before = toks[max(0, i - 4) : i]
        return any(t.text in QUOTE_MARKS for t in before)

    def _bare_relation(self, toks: list[Token], cue_end: int, lemma: str) -> bool:
        """After "advise" / "challenge": an object and nothing urged or disputed up to the end
        of the clause ("advises the campaign on policy", "is challenging Sen. Hale in Ohio")."""
        k = cue_end + 1
        if lemma == "challenge" and not (
            k < len(toks)
            and (toks[k].is_cap or toks[k].lower in {"him", "her", "them", "me", "us"})
        ):
            return False  # "challenged the ruling": disputing a thing is a stance
        for k in range(cue_end + 1, min(len(toks), cue_end + 16)):
            t = toks[k]
            if (
                t.text in OPEN_QUOTES
                or t.lower in _RELATION_COMPLEMENT
                or self._infinitive_at(toks, k)
            ):
                return False
            if lemma == "challenge" and t.lower in _CHALLENGE_COMPLEMENT:
                return False
            if t.text in {",", ".", ";", "?", "!", "(", "—"}:
                break
        return True

    def _infinitive_at(self, toks: list[Token], k: int) -> bool:
        """toks[k] opens an infinitive ("to cut fares"), not a phrase ("to the board")."""
        return (
            k + 1 < len(toks)
            and toks[k].lower == "to"
            and toks[k + 1].is_word
            and not toks[k + 1].is_cap
            and toks[k + 1].lower not in self.lex.determiners
        )

    @staticmethod
    def _progressive(toks: list[Token], i: int) -> bool:
        """A form of "be" before toks[i], past adverbs ("is also considering", "he's now
        considering"): the -ing word is a verb in the progressive, not a preposition."""
        p = i - 1
        while p >= 0 and (
            toks[p].lower.endswith("ly") or toks[p].lower in {"also", "still", "now", "not"}
        ):
            p -= 1
        return p >= 0 and (
            toks[p].lower in {"is", "are", "was", "were", "been", "be", "am"}
            or toks[p].lower.endswith(("’s", "'s", "’re", "'re", "’m", "'m"))
        )

    def _other_sense(self, toks: list[Token], i: int, cue_end: int, lemma: str) -> bool:
        """The cue word toks[i..cue_end] stands in a sense that reports nothing: a set phrase
        ("thanks to", "adding to his wins", "easier said than done"), a relation rather than a
        speech act ("advises Holm"), a count or an adjective ("the fifth state", "20 pledged
        delegates"), a preposition ("candidates like X", "compared with"), an appearance with
        nothing said ("testified before the panel"), or a cue that needs a quotation nearby
        ("continued")."""
        lex = self.lex
        low = toks[i].lower
        prev = toks[i - 1].lower if i > 0 else ""
        nxt0 = toks[cue_end + 1].lower if cue_end + 1 < len(toks) else ""
        if (
            lemma in lex.quote_only
            and not self._next_to_quote(toks, i, cue_end)
            and not self._after_quotation(toks, i, cue_end)
            and not self._clause_of_saying_after(toks, cue_end)
        ):
            return True  # "continued": a cue only around a quotation ("..., he continued")
        if low in {"put", "puts"}:  # "as X put it, ...", "X put it, “...”"
            as_frame = "as" in {t.lower for t in toks[max(0, i - 8) : i]}
            framed = nxt0 == "," or as_frame or self._next_to_quote(toks, i, cue_end)
            if prev == "to" or nxt0 == ":" or not framed:  # ":": the verb-before-colon rule
                return True  # "to put it mildly", "put it into play": not "as X put it, ..."
        if low in {"shot", "shoot", "shoots"} and nxt0 in {"up", "down"}:
            return True  # "prices shot back up"
        if lemma == "thank" and nxt0 in {"to", "in"}:
            return True  # "thanks to"
        if (
            lemma == "add"
            and nxt0 in {"to", "up"}
            and not (nxt0 == "to" and any(t.text in QUOTE_MARKS for t in toks[max(0, i - 4) : i]))
        ):
            return True  # "adding to his wins", not '“...,” she added to reporters'
        if (
            lemma in _RELATION_SENSE
            and (prev not in _PASSIVE_BE or low.endswith("ing"))
            and self._bare_relation(toks, cue_end, lemma)
        ):
            return True  # "who advises Holm", "is challenging Sen. Hale for the seat"
        if lemma == "state" and low not in {"stated", "stating"} and nxt0 != "that":
            return True  # "the state", "Western states"
        if low in lex.noun_forms and prev in (_NUMBER_WORDS - {"one"}) | _ORDINALS:
            return True  # "the dozen states that held ...", "the fifth state that": counted
        if (
            low == "like"
            and prev not in _LIKE_VERB_BEFORE
            and (
                nxt0[:1].isdigit() or nxt0 in lex.determiners or (nxt0 and toks[cue_end + 1].is_cap)
            )
        ):
            return True  # "candidates like Mr. Carson": a preposition
        if lemma == "back" and (
            nxt0 in {"down", "off", "away", "up", "in", "out", "on", "to", "into", "from"}
            or (low == "back" and prev not in _MODALS and not _after_share(toks, i))
        ):
            return True  # "did not back down", "put the agency back"
        if lemma == "vote" and prev in {"must", "can", "cannot", "may"}:
            return True  # "delegates must vote for the winner": a rule, not a position
        if lemma == "vote" and not self._vote_for(toks, cue_end):
            return True  # "voted in 2008", "will vote on the bill": no position is stated; "voted
            # to close the road" is a decision, an act rather than a stance
        if lemma == "contend" and nxt0 == "with":
            return True  # "a rival to contend with": to cope with, not to argue
        if lemma == "compare" and nxt0 in {"with", "to"}:
            return True  # "tame compared with the battle": a preposition
        if low in {"regarding", "considering", "concerning", "given"} and not (
            low == "considering" and self._progressive(toks, i)
        ):
            return True  # prepositions that look like verb forms ("is considering" is a verb)
        if lemma == "charge" and nxt0 == "with" and not (low == "charged" and prev in BE):
            return True  # "a panel charged with rebuilding the pier"; "was charged with
            # theft" is a formal accusation, as "was accused of theft" is
        if (
            low.endswith("ed")
            and (prev[:1].isdigit() or prev in {"’s", "'s"})
            and not _after_share(toks, i)
        ):
            return True  # "20 pledged delegates": an adjective; "six in 10 backed it" is a verb
        if (
            low.endswith("ed")
            and prev.endswith("ly")
            and i >= 2
            and toks[i - 2].lower in _ARTICLES
            and cue_end + 1 < len(toks)
            and toks[cue_end + 1].is_word
            and not toks[cue_end + 1].is_cap
            and nxt0 not in lex.stop
        ):
            return True  # "a politically charged visit": an adverb-led adjective before its
            # noun (not "the family suggested that", whose "-ly" word is the subject)
        if (
            low in lex.issuing
            and low.endswith(("ed", "en", "nt"))
            and (prev in lex.document_nouns or prev in lex.statement_nouns)
            and nxt0 in (PREPOSITIONS - {"by"}) | {"online"}
        ):
            return True  # "a video posted on her account": a document is posted, it posts nothing
        if lemma == "find" and nxt0 in _REFLEXIVES:
            return True  # "found himself in a tight race": a situation, not a finding
        if lemma == "say" and self._idiom_said(toks, i, cue_end):
            return True  # "easier said than done", "Enough said.", "the same can be said of X"
        if lemma == "find" and self._finds_a_way(toks, cue_end):
            return True  # "found a way to win": an achievement, not a finding
        if lemma == "testify" and not self._next_to_quote(toks, i, cue_end):
            rest = {t.lower for t in toks[cue_end + 1 :]}
            if not rest & (_TESTIMONY_NEXT | QUOTE_MARKS):
                return True  # "testified before the panel last fall": an appearance, nothing said
        if low == "found" and self._bare_verb(toks, i):
            return True  # "helped found the group", "did not found": the verb "to found"
        # "may want to": the outlet's advice, not a desire
        return lemma == "want" and prev in {"may", "might"}

    @staticmethod
    def _vote_for(toks: list[Token], cue_end: int) -> bool:
        """A vote with its side: "for", "against", "in favor of" or "in support of" after the
        verb, past an adverb, a tally or a superlative ("voted twice for", "voted 6-1 for",
        "voted solidly against", "voted the most strongly against")."""
        k = cue_end + 1
        while (
            k < len(toks)
            and k - cue_end <= 4
            and (
                toks[k].lower.endswith("ly")
                or toks[k].lower in _VOTE_MODIFIERS
                or toks[k].text[:1].isdigit()
            )
        ):
            k += 1
        if k >= len(toks):
            return False
        nxt = toks[k].lower
        if nxt in {"for", "against"}:
            return True
        return (
            nxt == "in" and k + 1 < len(toks) and toks[k + 1].lower.startswith(("fav", "support"))
        )

    def _title_word(self, toks: list[Token], i: int, cue_end: int, headline: bool) -> bool:
        """A capitalised cue word is part of a name or a title, not a verb: "Demand
        Progress", "Post" in body text; in a headline, a title speaker that ends in the noun
        ("Daily Post: ...") or a possessed noun ("Vale’s Harsh Remarks")."""
        lex = self.lex
        tok = toks[i]
        low = tok.lower
        if tok.is_cap and i > 0 and not headline and not self._title_run(toks, i, cue_end):
            return True  # part of a name or a title-case line ("Citizens Advance", "Post")
        if (
            headline
            and tok.is_cap
            and i > 0
            and low in lex.statement_nouns | lex.noun_forms
            and self._label_colon_after(toks, cue_end)
            and not any(t.lower in lex.stop for t in toks[:i])  # "... With New Claim: ..."
        ):
            return True  # the title speaker ends in the noun: "Daily Post: ..."
        if headline and tok.is_cap and low in lex.noun_forms:
            k = i - 1
            while k >= 0 and toks[k].is_cap and toks[k].is_word:
                if _POSSESSIVE.search(toks[k].text):
                    return True  # a possessed noun: "Vale’s Harsh Remarks", "Ruiz’s Attack"
                k -= 1
        return False

    def _title_run(self, toks: list[Token], i: int, cue_end: int) -> bool:
        """A title set in Title Case inside a longer line ("... 9:12PM Vale Says His Plan Will
        Pass Ruiz said ..."): the capitalised cue, a finite form in -s, follows a capitalised
        name and a capitalised function word comes within three words after it, which a name
        ("Citizens Advance") does not have."""
        low = toks[i].lower
        if not (low.endswith("s") and not low.endswith("ss")) or not toks[i - 1].is_cap:
            return False
        lex = self.lex
        return any(
            t.is_cap
            and t.is_word
            and (
                t.lower in lex.stop
                or t.lower in lex.determiners
                or t.lower in lex.pronouns
                or t.lower in _MODALS
                or t.lower in BE
            )
            for t in toks[cue_end + 1 : cue_end + 4]
        )

    @staticmethod
    def _label_colon_after(toks: list[Token], cue_end: int) -> bool:
        """A title colon right after the cue, or after up to two more capitalised words of the
        same label ("Daily Post: ...", "Harbor Post Fact-Check: ...")."""
        k = cue_end + 1
        while k < len(toks) and k - cue_end <= 2 and toks[k].is_cap and toks[k].is_word:
            k += 1
        return k < len(toks) and toks[k].text == ":"

    def _modified_noun(self, toks: list[Token], i: int, relative: bool) -> bool:
        """A cue word that is also a noun is one here: before a relative clause ("the 2012
        attacks that killed ...") or after a plural possessive ("Burns’ attacks")."""
        low = toks[i].lower
        if low in self.lex.noun_forms and relative:
            return True  # "the 2012 attacks that killed ...": a noun with its relative clause
        if low in self.lex.noun_forms and i > 1 and toks[i - 1].text in {"’", "'"}:
            owner = toks[i - 2]
            if owner.end == toks[i - 1].start and owner.lower.endswith("s") and owner.is_word:
                return True  # "Burns’ attacks": a noun after a possessive
        # "the “not yet” comment", "a few “please attack him” questions"
        return low in self.lex.noun_forms and self._after_quoted_modifier(toks, i)

    def _after_quoted_modifier(self, toks: list[Token], i: int) -> bool:
        """toks[i] comes right after a closing quotation mark, and the quotation ends with no
        comma or stop of its own: the quoted words are a modifier of the word after them ("the
        “not yet” comment", "a few “please attack him” questions"), not a closing quotation
        that a verb reports ('“...,” notes the report'), nor one before an inverted tag ('“Out”
        reads the sign', followed by its subject)."""
        k = i - 1
        while k > 0 and toks[k].text in QUOTE_MARKS:
            k -= 1
        if k == i - 1 or not toks[k].is_word or toks[k].end != toks[k + 1].start:
            return False  # no closing mark, or one not attached to the quoted word
        if toks[i - 1].end == toks[i].start:
            return False  # "Vale's": a mark inside a word
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and (nxt.is_cap or nxt.lower in self.lex.determiners):
            return False
        # "Vale's “47 percent” comment", "his “no new taxes” pledge": a speech noun with a
        # possessor names what that person said, and is read as the other uses of the word are
        m = k
        while m > 0 and k - m < 8 and toks[m].text not in QUOTE_MARKS:
            m -= 1
        if m == 0 or toks[m].text not in QUOTE_MARKS:
            return True
        owner = toks[m - 1]
        return not (_POSSESSIVE.search(owner.text) or owner.lower in _POSS_DETERMINERS)

    def _appearance(self, toks: list[Token], i: int, cue_end: int, lemma: str, nxt0: str) -> bool:
        """ "speak" with no topic, addressee or quotation after it is an appearance, nothing
        said ("spoke at a rally", "will speak first"); ``nxt0`` is the word after the cue,
        past an adverb."""
        return (
            lemma == "speak"
            and nxt0 not in {"of", "about", "to", "with", "out", "up", ":"}
            and not self._next_to_quote(toks, i, cue_end)
        )

    def _after_quotation(self, toks: list[Token], i: int, cue_end: int) -> bool:
        """A short sentence that is only a subject and the verb (toks[i : cue_end + 1]) right
        after a sentence that closed a quotation: "“...” / Vale continued." goes on speaking."""
        if cue_end + 2 != len(toks) or toks[-1].text not in {".", "!"} or not 0 < i <= 3:
            return False
        return self.text[: toks[0].start].rstrip().endswith(("”", '"', "''"))

    def _no_report_sense(
        self, toks: list[Token], i: int, cue_end: int, lemma: str, nxt0: str, passive: bool
    ) -> bool:
        """The verb reports nothing here: "say" between commas gives an example, "attack"
        with no target is violence, "called" someone is a telephone call."""
        low = toks[i].lower
        prev = toks[i - 1].lower if i > 0 else ""
        if low == "say" and prev == "," and nxt0 == ",":
            return True  # "better than, say, a tax cut": an example, not a report
        if lemma == "attack" and nxt0 in {"", ".", ",", ";", "!", "?", "-", "--", "—", "or", "and"}:
            return True  # "until they attack --": with no target, an attack is violence; the
            # speech sense always names whom it attacks
        if low == "telling" and prev in BE and (nxt0 in self.lex.stop or not nxt0[:1].isalnum()):
            return True  # "her silence is telling (in itself)": the adjective "revealing"
        # "Vale called Holm to ask ...": a telephone call, nothing said
        return lemma == "call" and cue_end == i and not passive and self._phone_call(toks, i)
