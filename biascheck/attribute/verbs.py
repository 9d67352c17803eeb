"""Reporting verbs and other cue words: who may carry which cue (the mental-state boundary)."""

from __future__ import annotations

import re

from ..model import Attribution, QuoteSpan, Segment, Source
from .lexicon import (
    _CORE_SPEECH,
    _FINITE,
    _MODALS,
    _NUMBER_WORDS,
    _TIME_NOUNS,
    BE,
    PREPOSITIONS,
)
from .resolve import Resolver
from .result import Found
from .tokens import (
    _CONTRACTION,
    _LABEL,
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


# Words of rank before a role and an infinitive: "the first senator to endorse him".
_RANKS = frozenset(
    {"first", "last", "only", "latest", "earliest", "lone", "sole", "second", "third", "newest"}
)
_BECOME = frozenset({"became", "become", "becomes", "becoming", "remains", "remained"})


# Conjunctions and prepositions that open a fronted participle clause ("After saying ...,").
_FRONTING = frozenset({"after", "before", "despite", "while", "when", "since", "by", "in", "on"})

# Words that end the search for a passive's distant "by"-agent: a new clause begins.
_AGENT_STOPS = frozenset(
    {"that", "which", "who", "whom", "because", "but", "while", "when", "although", "though"}
    | {"if", "said", "says", "after", "before", "since", "until", "whether"}
)

# Prepositions before a gerund whose subject is the clause's: "by saying", "for claiming".
_GERUND = frozenset({"by", "for", "in", "without"})

# What may stand right before a participle that continues its clause's subject ("..., saying",
# "by saying", "while saying").
# Adverbs that may stand between a participle and what opens it ("..., then saying", "- not
# even suggesting", "..., often citing", "..., instead urging"), besides those in "-ly".
_PARTICIPLE_ADVERBS = frozenset(
    {"first", "then", "also", "even", "not", "often", "instead", "again", "later", "never"}
    | {"still", "just"}
)

# Verbs of beginning, going on and stopping that take a participle as one verb with it
# ("began tweeting", "kept asking", "has started attacking"): their subject is the speaker.
_ASPECTUAL = frozenset(
    {"began", "begun", "begin", "begins", "started", "start", "starts", "kept", "keep", "keeps"}
    | {"continued", "continues", "resumed", "stopped", "quit"}
)

# "made comments about X", "made the observation that ...": "make" with a noun of speech.
_MAKE = frozenset(
    {"make", "makes", "made", "making", "give", "gives", "gave", "given", "giving"}
    | {"deliver", "delivers", "delivered", "delivering"}
)
_MADE_REMARKS_NEXT = frozenset({"about", "that", "on", ":", "regarding", "against", "toward"})

# A spaced hyphen ("... on Monday - saying ...") is a typed dash: a standalone "-" token.
_PARTICIPLE_OPENERS = frozenset(
    {",", "—", "–", "-", "by", "while", "when", "after", "before", "for", "in", "without"}
)

# Verbs whose "to" introduces the addressee, not an infinitive of what was said.
# Words that end the stretch between a verb of talking and its "about" topic.
_CLAUSE_WORDS = frozenset(
    {"and", "but", "or", "that", "which", "who", "when", "while", "before", "after", "because"}
    | {"if", "as", "than", "since", "until", "where", "so"}
)
# Nouns of quantity or time after "about a" ("about a dozen", "about an hour"): "roughly".
_AMOUNTS = frozenset(
    {"dozen", "hundred", "thousand", "million", "third", "quarter", "half", "hour", "minute"}
    | {"week", "month", "year", "mile", "day"}
)
_ADDRESSEE_TO = frozenset(
    {"respond", "speak", "talk", "reply", "answer", "address", "joke", "shout", "refer", "text"}
)


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

# What follows an idiom of verb and noun when its noun phrase varies ("made a strong case
# that", "sounded alarms about"): its complement.
_IDIOM_NEXT = frozenset({"that", "for", "against", "to", "on", "about", "over", ":"})

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

# Verbs that assert with a clause but mean "keep" with a noun object: "maintained that the
# plan was sound" reports; "maintains a lead in the polls" does not.
_KEEP_SENSE = frozenset({"maintain"})
# Possessive determiners: like an article, they open the noun object of the "keep" sense
# ("maintained his lead", "maintains their silence").
_POSS_DETERMINERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
# ... except the idiom "maintain one's innocence", which asserts it: a stated stance.
_ASSERTED_OBJECTS = frozenset({"innocence"})

# Verbs whose bare object names a standing relation, not a speech act: "advises Kasich",
# "advised the campaign on policy" (works as an adviser), "is challenging Sen. Hale in Ohio"
# (runs against). They report only with what was urged or disputed after the object: a
# that-clause, a to-infinitive, a quotation or colon ("advised him that", "advised her to
# wait", "advised against it"); for "challenge" also a topic or a dare ("challenged him on
# taxes", "challenged her to a debate").
_RELATION_SENSE = frozenset({"advise", "challenge"})
_RELATION_COMPLEMENT = frozenset({"that", "against", "not", "whether", "how", ":"})
_CHALLENGE_COMPLEMENT = frozenset({"on", "over", "about", "to", "with"})
_PASSIVE_BE = frozenset({"is", "was", "are", "were", "be", "been", "being", "when", "if"})

_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves"})

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


# Prepositions that take a speech noun as their object ("unhappy with the remarks: ..."): the
# noun then names an event, not what its speaker said.
_PREPOSITIONS = frozenset(
    {"with", "of", "to", "in", "on", "at", "for", "from", "by", "about", "over", "into"}
    | {"after", "before", "despite", "against", "among", "under", "like", "than"}
)


# Verbs whose subject receives what a speech or stance noun names ("won the endorsement of",
# "has the backing of", "drew the support of"): the noun's owner follows "of", not the subject.
_RECEIVING = frozenset(
    {"has", "have", "had", "having", "won", "win", "wins", "winning", "received", "receive"}
    | {"receives", "earned", "earn", "earns", "secured", "secure", "secures", "drew", "draw"}
    | {"draws", "got", "get", "gets", "gained", "gain", "gains", "enjoys", "enjoy", "enjoyed"}
    | {"lost", "lose", "loses", "sought", "seek", "seeks", "seeking", "courted", "court"}
    | {"chose", "choose", "matched", "met", "meet", "heeded", "heed", "ignored", "ignore"}
    | {"landed", "land", "lands", "picked", "collected", "claimed", "touted", "tout"}
)


# Participles of scheduling before "to": "is scheduled to address" is an appearance, not a stance.
_SCHEDULED = frozenset({"scheduled", "slated", "set", "expected", "due", "invited", "booked"})


# What may follow an adjective of attitude: its complement ("confident that", "wary of",
# "furious at", "upset over", "keen on").
_ATTITUDE_NEXT = frozenset(
    {"that", "of", "about", "with", "to", "in", "at", "over", "on", "toward", "towards"}
    | {"whether", "if", "how", "why", "what", "where", "who"}  # "not sure whether ..."
)

# Degree and aspect words between the verb and the adjective ("is also deeply wary of").
_DEGREE = frozenset(
    {
        "very",
        "so",
        "not",
        "too",
        "more",
        "less",
        "most",
        "still",
        "also",
        "now",
        "even",
        "all",
        "both",
        "far",
        "much",
        "quite",
        "rather",
        "somewhat",
        "increasingly",
        "never",
        "always",
    }
)

# Linking verbs that report a state like "be" does ("remained wary", "grew frustrated with").
_LINKING = frozenset(
    {
        "remain",
        "remains",
        "remained",
        "became",
        "become",
        "becomes",
        "grew",
        "grow",
        "grows",
        "stayed",
        "stay",
        "stays",
        "feel",
        "feels",
        "felt",
        "came",
        "come",
        "comes",
        "am",
        "’m",
        "'m",
        "’re",
        "'re",
    }
)


# What shows that a testimony is reported, not only given: a clause, a topic or a question
# ("testified that ...", "testified before the panel about the deal"). Without one, "testified
# before the panel" is an appearance, like "spoke at a rally".
_TESTIMONY_NEXT = frozenset({"that", "about", "on", "whether", ":"})


# Quantifiers that open the subject of a that-clause ("noticed that none of the boats ...").
_CLAUSE_QUANTIFIERS = frozenset(
    {"none", "no", "some", "many", "most", "few", "all", "both", "each", "every", "several"}
)


# What opens the content of a verb of saying right after it: a clause, a question or a topic
# ("to comment on the fares", "to answer how ...", "to explain that ...").
_SAID_NEXT = frozenset(
    {"on", "about", "that", "whether", "if", "how", "why", "what", "when", "where", "who", ":"}
)

# Quantifiers that stand alone as the subject of a verb of saying, for people named or
# described before ("Several said ...", "Both argued ...", "One says ..., another says ...");
# not "all", which stands in "All told, ..." ("in all").
_QUANTIFIER_SUBJECTS = frozenset(
    {"many", "most", "some", "several", "both", "few", "one", "another"}
)


# Quantifiers that stand alone as the subject of a verb of stance or a mental state, for
# people named before or a poll's respondents ("Both think ...", "Neither wanted ...", "Most
# oppose ..."); not the sweeping "many", "some", "few", "others".
_LONE_QUANTIFIERS = frozenset({"both", "neither", "most", "none", "each", "all"})


# Suffixes of plural nouns for people by what they do ("lobbyists", "employees", "defenders",
# "politicians", "actors"): such a subject of a verb of speech is people who spoke.
_AGENT_SUFFIXES = ("ists", "ians", "ees")
# Nouns of a held opinion in the frame "in X's view" ("in her view, the plan will fail", "in
# the senator's judgment"): the possessor holds what the clause says, a belief credited only to
# a person (the mental-state boundary: "in Russia's view" stays the outlet's inference).
# Verbs by which a poll places a candidate ("the poll has Ruiz leading", "gave Vale a lead",
# "puts her approval at 41 percent"): a finding, like "shows", after a survey noun only.
_POLL_HAS = frozenset({"has", "had"})
_POLL_PUTS = frozenset({"puts", "put", "putting", "places", "placed"})
_POLL_GIVES = frozenset({"gives", "gave", "giving"})
_STANDING = frozenset({"ahead", "behind", "up", "down", "even", "tied", "at", "with", "in", "over"})
_VIEW_NOUNS = frozenset(
    {"view", "opinion", "estimation", "judgment", "judgement", "assessment", "telling"}
)


# Participles that date a document between it and its verb ("a poll released Monday found").
_RELEASE_PARTICIPLES = frozenset({"released", "published", "conducted", "issued", "taken"})


def _agent_plural(head: Token) -> bool:
    return not head.is_cap and len(head.lower) > 5 and head.lower.endswith(_AGENT_SUFFIXES)


class VerbCues(Resolver):
    """Cue words that need their syntax checked: reporting verbs with their subject or agent,
    that-clauses, statement and speech nouns, stated attitudes."""

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
        if (
            self.headline
            and tok.is_cap
            and i > 0
            and low in lex.statement_nouns | lex.noun_forms
            and cue_end + 1 < len(toks)
            and toks[cue_end + 1].text == ":"
            and not any(t.lower in lex.stop for t in toks[:i])  # "... With New Claim: ..."
        ):
            return None  # the title speaker ends in the noun: "Daily Post: ..."
        if self.headline and tok.is_cap and low in lex.noun_forms:
            k = i - 1
            while k >= 0 and toks[k].is_cap and toks[k].is_word:
                if _POSSESSIVE.search(toks[k].text):
                    return None  # a possessed noun: "Vale’s Harsh Remarks", "Ruiz’s Attack"
                k -= 1
        before = self._skip_back(toks, i - 2) if prev in {"both", "all", "each"} else -1
        floating = before >= 0 and (
            toks[before].is_cap or bool(self._pronoun(toks[before]))
        )  # "they all said", "Trump and Sanders have both argued"
        if i >= 2 and toks[i - 2].lower == "in" and prev in _NUMBER_WORDS:
            floating = True  # "one in five say": a share, not "five claims"
        # "Several said ...", "Both argued ...": a quantifier standing alone as the subject
        # "many pledged delegates": a participle used as an adjective before its plural noun
        before_plural_noun = (
            cue_end + 1 < len(toks)
            and toks[cue_end + 1].is_word
            and not toks[cue_end + 1].is_cap
            and toks[cue_end + 1].lower.endswith("s")
            and toks[cue_end + 1].lower not in lex.stop | lex.determiners | lex.bridge
        )
        quantified = (
            cls == "speech"
            and prev in _QUANTIFIER_SUBJECTS
            and not low.endswith("ing")
            and not before_plural_noun
            and (
                i == 1 or toks[i - 2].text in {",", ";", "—"} or toks[i - 2].lower in {"and", "but"}
            )
        )
        # "Both think ...", "Neither wanted ...", "Most oppose ...", "None has offered ...": a
        # quantifier standing alone for people named before or for a poll's respondents
        lone = i - 1 if cls in ("state", "stance") else -1
        while (
            lone >= 0
            and toks[lone].lower in lex.bridge
            and toks[lone].lower not in (_LONE_QUANTIFIERS)
        ):
            lone -= 1  # "None has offered", "Most still believe"
        lone_quantifier = (
            lone >= 0
            and toks[lone].lower in _LONE_QUANTIFIERS
            # "most recently known as": "most" modifies the adverb
            and not (lone + 1 < i and toks[lone + 1].lower.endswith("ly"))
            and not low.endswith("ing")
            and not before_plural_noun
            and (
                lone == 0
                or toks[lone - 1].text in {",", ";", "—", "(", ":"}
                or toks[lone - 1].lower in {"and", "but"}
            )
        )
        quantified = quantified or lone_quantifier
        relative_doc = (  # "polls that show X ahead": "that" is the relative pronoun
            prev == "that"
            and lemma == "show"
            and toks[i - 2].lower in lex.document_nouns
            and not toks[i - 2].is_cap
        )
        # "polls by Quinnipiac that showed", "her records from July, which showed": the
        # relative pronoun's antecedent is a document noun beyond its modifiers
        rel_head = None
        if lemma == "show" and prev in {"that", "which"} and i >= 3 and not relative_doc:
            j = i - 2 if toks[i - 2].text == "," else i - 1
            rel_head = self._document_head_before(toks, j, cue_end)
            relative_doc = rel_head is not None and rel_head < j - 1
        if (
            prev in _QUANTIFIER_SUBJECTS - {"one", "another"}
            and (i < 2 or toks[i - 2].text in {",", ";", "—"} or toks[i - 2].lower in _CLAUSE_WORDS)
            and (low.endswith("ed") or low in {"spoke", "said", "told", "wrote"})
            and not before_plural_noun
        ):
            floating = True  # "Many spoke about ...", "..., but some argued": a pronoun subject
        # "an ad that attacks Ruiz", "a group that endorsed her", "a sign that said ...":
        # "that" after a noun that can speak or carry words is the relative pronoun, the
        # subject of the finite verb after it
        relative_speaker = (
            prev == "that"
            and i >= 2
            and cls in ("speech", "stance")
            and self._speaking_antecedent(toks[i - 2])
            and (low.endswith(("ed", "s")) or low in {"said", "told", "wrote", "spoke"})
            and not low.endswith("ing")
        )
        relative_doc = relative_doc or relative_speaker
        if (prev in lex.determiners and not floating and not quantified and not relative_doc) or (
            prev in PREPOSITIONS - {"to"} and not (low.endswith("ing") and prev in _GERUND)
        ):  # "by saying", "for claiming": a gerund whose subject is the clause's
            return None  # a noun ("the report", "a claim") or a complement
        if i > 0 and (
            (_POSSESSIVE.search(toks[i - 1].text) and not self._pronoun(toks[i - 1]))
            or prev in {"his", "her", "their", "its", "our", "my", "your"}
        ):
            return None  # a noun after a possessive: "Zucker’s comments", "the editor’s note"
        nxt0 = toks[cue_end + 1].lower if cue_end + 1 < len(toks) else ""
        if lemma in lex.quote_only and not self._next_to_quote(toks, i, cue_end):
            return None  # "continued": a cue only around a quotation ("..., he continued")
        if low in {"put", "puts"}:  # "as X put it, ...", "X put it, “...”"
            as_frame = "as" in {t.lower for t in toks[max(0, i - 8) : i]}
            framed = nxt0 == "," or as_frame or self._next_to_quote(toks, i, cue_end)
            if prev == "to" or nxt0 == ":" or not framed:  # ":": the verb-before-colon rule
                return None  # "to put it mildly", "put it into play": not "as X put it, ..."
        if low in {"shot", "shoot", "shoots"} and nxt0 in {"up", "down"}:
            return None  # "prices shot back up"
        if lemma == "thank" and nxt0 in {"to", "in"}:
            return None  # "thanks to"
        if lemma == "add" and nxt0 in {"to", "up"}:
            return None  # "adding to his wins"
        if (
            lemma in _RELATION_SENSE
            and (prev not in _PASSIVE_BE or low.endswith("ing"))
            and self._bare_relation(toks, cue_end, lemma)
        ):
            return None  # "who advises Kasich", "is challenging Sen. Hale for the seat"
        if lemma == "state" and low not in {"stated", "stating"} and nxt0 != "that":
            return None  # "the state", "Western states"
        if low in lex.noun_forms and prev in (_NUMBER_WORDS - {"one"}) | _ORDINALS:
            return None  # "the dozen states that held ...", "the fifth state that": counted
        if lemma == "like" and (
            nxt0[:1].isdigit() or nxt0 in lex.determiners or (nxt0 and toks[cue_end + 1].is_cap)
        ):
            return None  # "candidates like Mr. Carson": a preposition
        if lemma == "back" and (
            nxt0 in {"down", "off", "away", "up", "in", "out", "on", "to", "into", "from"}
            or (low == "back" and prev not in _MODALS and not _after_share(toks, i))
        ):
            return None  # "did not back down", "put the agency back"
        if lemma == "vote" and prev in {"must", "can", "cannot", "may"}:
            return None  # "delegates must vote for the winner": a rule, not a position
        if lemma == "vote" and not (
            nxt0 in {"for", "against"}
            or (
                nxt0 == "in"
                and cue_end + 2 < len(toks)
                and toks[cue_end + 2].lower.startswith("fav")
            )
        ):
            return None  # "voted in 2008", "will vote on the bill": no position is stated; "voted
            # to close the road" is a decision, an act rather than a stance
        if lemma == "contend" and nxt0 == "with":
            return None  # "a rival to contend with": to cope with, not to argue
        if lemma == "compare" and nxt0 in {"with", "to"}:
            return None  # "tame compared with the battle": a preposition
        if low in {"regarding", "considering", "concerning", "given"}:
            return None  # prepositions that look like verb forms
        if lemma == "charge" and nxt0 == "with":
            return None  # "a group charged with beautifying downtown"
        if (
            low.endswith("ed")
            and (prev[:1].isdigit() or prev in {"’s", "'s"})
            and not _after_share(toks, i)
        ):
            return None  # "20 pledged delegates": an adjective; "six in 10 backed it" is a verb
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
            return None  # "a politically charged visit": an adverb-led adjective before its
            # noun (not "the family suggested that", whose "-ly" word is the subject)
        if (
            low in lex.issuing
            and low.endswith(("ed", "en", "nt"))
            and (prev in lex.document_nouns or prev in lex.statement_nouns)
            and nxt0 in (PREPOSITIONS - {"by"}) | {"online"}
        ):
            return None  # "a video posted on her account": a document is posted, it posts nothing
        if lemma == "find" and nxt0 in _REFLEXIVES:
            return None  # "found himself in a tight race": a situation, not a finding
        if lemma == "say" and self._idiom_said(toks, i, cue_end):
            return None  # "easier said than done", "Enough said.", "the same can be said of X"
        if lemma == "find" and self._finds_a_way(toks, cue_end):
            return None  # "found a way to win": an achievement, not a finding
        if lemma == "testify" and not self._next_to_quote(toks, i, cue_end):
            rest = {t.lower for t in toks[cue_end + 1 :]}
            if not rest & (_TESTIMONY_NEXT | QUOTE_MARKS):
                return None  # "testified before the panel last fall": an appearance, nothing said
        if low == "found" and self._bare_verb(toks, i):
            return None  # "helped found the group", "did not found": the verb "to found"
        if lemma == "want" and prev in {"may", "might"}:
            return None  # "may want to": the outlet's advice, not a desire
        # "the attacks that killed ...", "states that have voted": a relative clause, whose
        # "that" is followed by its verb, not the "that" of a reported clause
        relative = (
            nxt0 == "that"
            and self._relative_that(toks, cue_end + 1)
            and not (  # "polls show that has changed": a subject, and "that" is a pronoun
                (prev.endswith("s") and not prev.endswith("ss"))
                or prev in lex.document_nouns
                or (i > 0 and self._pronoun(toks[i - 1]))
            )
        )
        clause_next = nxt0 == ":" or (nxt0 == "that" and not relative)
        if low in lex.noun_forms and relative:
            return None  # "the 2012 attacks that killed ...": a noun with its relative clause
        if low in lex.noun_forms and i > 1 and toks[i - 1].text in {"’", "'"}:
            owner = toks[i - 2]
            if owner.end == toks[i - 1].start and owner.lower.endswith("s") and owner.is_word:
                return None  # "Sanders’ attacks": a noun after a possessive
        # "a poll out this week shows", "polls there show", "a survey of 900 voters shows": a
        # document noun heading the phrase before "show(s)" makes it the verb, not a compound
        # noun ("a TV show", "the talk shows")
        doc_head = self._document_head_before(toks, i, cue_end) if lemma == "show" else None
        doc_verb = doc_head is not None or relative_doc
        if (
            low in lex.noun_forms
            and not clause_next
            and not doc_verb
            and self._noun_use(toks, i, cue_end)
        ):
            return None  # "Clinton emails were released", "the 2012 Benghazi attack"
        if lemma == "speak" and nxt0.endswith("ly") and cue_end + 2 < len(toks):
            nxt0 = toks[cue_end + 2].lower  # "spoke briefly about": an adverb before the topic
        if (
            lemma == "speak"
            and nxt0 not in {"of", "about", "to", "with", "out", "up", ":"}
            and not self._next_to_quote(toks, i, cue_end)
        ):
            return None  # "spoke at a rally", "will speak first": an appearance, nothing said
        if (
            low in lex.noun_forms
            and i > 0
            and not clause_next
            and not doc_verb
            and not _after_share(toks, i)
        ):
            before = toks[i - 1]
            plural_role = before.lower.endswith("s") and (
                before.lower in lex.role_nouns or before.lower[:-1] in lex.person_heads
            )
            if (
                before.is_word
                and not before.is_cap
                and not self._pronoun(before)
                and before.lower not in lex.bridge
                and not (  # "... and calls her a fraud": a verb whose object follows
                    before.lower in {"and", "but"} and self._object_after(toks, cue_end)
                )
                and before.lower != "who"  # "Vale, who hopes to ...": a verb after "who"
                and not (  # "continued to attack", "is trying to question": an infinitive
                    before.lower == "to"
                    and i >= 2
                    and toks[i - 2].lower.endswith(("ed", "ing"))
                    and toks[i - 2].lower not in _SCHEDULED
                )
                and not (  # "went off script to comment on ...": an infinitive saying something
                    before.lower == "to"
                    and not low.endswith("s")
                    and cue_end == i
                    and nxt0 in _SAID_NEXT
                )
                and not (  # "the first senator to vote against it": a ranked infinitive
                    before.lower == "to"
                    and lemma not in lex.needs_clause
                    and self._ranked_subject(toks, i - 1) is not None
                )
                and not before.lower.endswith("ly")
                and not plural_role
                and (
                    before.lower not in lex.document_nouns
                    # a singular document noun takes "states", not "state": "email address"
                    or (
                        cue_end == i
                        and (low.endswith("ss") or not low.endswith("s"))
                        and not before.lower.endswith("s")
                    )
                )
                and before.lower not in lex.person_heads
                # "the campaign plans to ...": a body and its verb, whose "to" opens the infinitive
                and not (
                    nxt0 == "to"
                    and (before.lower in lex.speaking_bodies or before.lower in lex.position_bodies)
                )
            ):
                return None  # a compound noun: "his home state", "a senior staff call"
            if before.is_cap:
                k = i - 1
                while k >= 0 and toks[k].is_cap:
                    k -= 1
                opener = toks[k] if k >= 0 else None
                # "..., the Dunmere Gazette reports.": a closing reporting clause after the
                # content, whose named subject takes the verb at the end of the sentence (not
                # "..., the Dunmere attacks.": an attack there is violence)
                closing = (
                    cls == "speech"
                    and low not in self.lex.target_on_nouns
                    and low.endswith("s")
                    and nxt0 in {".", "!", "?"}
                    and k >= 1
                    and toks[k - 1].text in {",", "—"}
                )
                if closing:
                    opener = None
                if (
                    opener is not None
                    and opener.lower == "that"
                    and cls == "state"
                    and k >= 1
                    and toks[k - 1].is_word
                    and (nxt0 in _MODALS or nxt0 in BE or nxt0 == "can")
                ):
                    # "a move that Vale hopes will ...": "that" opens a relative clause whose
                    # subject is the name, and the verb's own clause lost its subject
                    opener = None
                if opener is not None and (
                    opener.lower in lex.determiners
                    or (_POSSESSIVE.search(opener.text) and not self._pronoun(opener))
                    or (opener.text[:1].isdigit() and not self.headline)  # "22 Clinton emails"
                ):
                    return None  # "the Orlando attack", "her Wall Street remarks"
        if prev == "to":
            # "declined to comment", "went on to say", "refused to endorse": the governing verb
            # joins the cue and its subject is the source.
            gov = i - 2
            if gov >= 0 and toks[gov].lower == "on" and gov >= 1:
                gov -= 1
            g = toks[gov].lower if gov >= 0 else ""
            ranked = (
                self._ranked_subject(toks, i - 1)
                if cls in ("speech", "stance") and lemma not in lex.needs_clause
                else None
            )  # "the first to address the gala" is an appearance: "address" needs a clause
            if ranked is not None:
                # "she was the first senator to endorse him", "he was among 25 senators to
                # vote against it": the copula's subject holds the stance the rank describes
                content.append(self._content_after(seg, toks, cue_end))
                kind = "stance" if cls == "stance" else "indirect"
                return Attribution(kind, self._source(toks, ranked), self._tok_span(tok)), ranked
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
                # sentence's subject speaks, if it is a person, a body that speaks or a group
                # of people ("voters are more likely to say ...": a share of what they said)
                if cls != "speech":
                    return None
                span = self._clause_subject(toks, i)
                if span is None or not (
                    self._person_like(toks, span)
                    or self._speaking_body(toks, span)
                    or self._surveyed(toks, span)
                    or toks[span[1]].lower in lex.groups
                ):
                    return None
                content.append(self._content_after(seg, toks, cue_end))
                return Attribution("indirect", self._source(toks, span), self._tok_span(tok)), span
            cue_start = gov
            if cls == "state":
                return None
        if low.endswith("ing") and cue_start == i and i > 1 and prev in _ASPECTUAL:
            cue_start = i - 1  # "Vale began tweeting ...", "kept asking her why": one verb
        gov_prev = toks[cue_start - 1].lower if cue_start > 0 else ""
        participial = low.endswith(("ed", "told", "en", "wn", "ght"))
        p = cue_start - 1
        while p >= 0 and (toks[p].lower.endswith("ly") or toks[p].lower in {"also", "not", "just"}):
            p -= 1
        # "he’s argued that ...": "’s" is "has" before a speaker's own verb; a person is the
        # passive subject only of verbs addressed to someone ("she’s told") or before to/by
        has_perfect = (
            p >= 0
            and toks[p].lower[:-2] in {"he", "she"}
            and lemma not in lex.object_verbs
            and nxt0 not in {"to", "by"}
        )
        be_before = p >= 0 and (
            toks[p].lower in BE
            or bool(
                _CONTRACTION.match(toks[p].lower) and toks[p].lower[-1] == "s" and not has_perfect
            )
        )
        passive = be_before and participial
        if low == "say" and prev == "," and nxt0 == ",":
            return None  # "better than, say, a tax cut": an example, not a report
        if lemma == "attack" and nxt0 in {"", ".", ",", ";", "!", "?", "-", "--", "—", "or", "and"}:
            return None  # "until they attack --": with no target, an attack is violence; the
            # speech sense always names whom it attacks
        if lemma == "call" and cue_end == i and not passive and self._phone_call(toks, i):
            return None  # "Obama called Holm to ask ...": a telephone call, nothing said
        nxt = toks[cue_end + 1] if cue_end + 1 < len(toks) else None
        at_end = nxt is None or nxt.text in ".!?"
        span: tuple[int, int] | None = None
        inverted = False
        by_at = None
        # a view in the passive credits its holder after "by" ("is considered unsafe by the
        # mayor"); only a person holds a view (the mental-state boundary), so another agent
        # leaves the view unattributed ("is regarded as safe by the state")
        state_view = cls == "state" and passive and lemma in lex.vague_passive
        if participial and (cls != "state" or state_view):
            # "was endorsed by X", "backed strongly by X", "first reported by X"
            by_at = next(
                (
                    k
                    for k in range(cue_end + 1, min(len(toks), cue_end + 7))
                    if toks[k].lower == "by"
                    and not (k + 1 < len(toks) and toks[k + 1].lower.endswith("ing"))
                    and all(
                        t.lower in lex.bridge
                        or t.lower.endswith("ly")
                        or t.is_cap
                        # "endorsed the day before by X", "raised last week by X"
                        or t.lower in lex.time_words
                        or t.lower in _TIME_NOUNS
                        or t.lower in {"the", "day", "days", "before", "ago"}
                        for t in toks[cue_end + 1 : k]
                    )
                ),
                None,
            )
            before_verb = toks[cue_start - 1] if cue_start > 0 else None
            if (
                by_at is not None
                and not passive
                and by_at > cue_end + 1
                and before_verb is not None
                and before_verb.is_word
                and (before_verb.is_cap or self._pronoun(before_verb))
            ):
                # "Vale told Tom Hale by phone": an active verb after its subject, with its
                # object before "by", which names a means, not an agent
                by_at = None
            if by_at is None and passive:
                by_at = self._distant_agent(toks, cue_end)
            if by_at is not None and state_view:
                holder = self._np_after(toks, by_at)
                if holder is None or not (
                    self._person_like(toks, holder) or self._surveyed(toks, holder)
                ):
                    by_at = None
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
                if lemma == "call" and (at_end or nxt0 in lex.time_words or nxt0 in _TIME_NOUNS):
                    return None  # "the race was called Tuesday": declared decided; the
                    # naming sense ("was called a fraud") always has its complement
                if cue_end > i and toks[cue_end].lower == "to":
                    return None  # "was referred to the hospital": the passive of "V to" makes
                    # the addressee or the destination its subject; nothing is reported
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
        inverted_pos = (
            cue_start > 0
            and (
                toks[cue_start - 1].text in {",", "”", '"', "’", "'", "—"}
                # an opening mark typed where a quotation closes ('“...,“ said X')
                or (
                    toks[cue_start - 1].text == "“"
                    and any(q.end == toks[cue_start - 1].end for q in self.quotes)
                )
            )
        ) or (cue_start == 0 and not self.headline)  # "said Vale, who ...", after a quotation
        takes_object = lemma == "tell" or (
            lemma in lex.object_verbs and lemma not in _CORE_SPEECH
        )  # "X, 49, told AFP": the phrase after "told" / "urged" is whom they addressed
        if (
            span is None
            and inverted_pos
            and cls == "speech"
            and not low.endswith("ing")
            and not takes_object
        ):
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
                # "X, a delegate from Ohio, said the turmoil at ...": the comma closes an
                # appositive of the subject, so the phrase after the verb is its object, even
                # when the sentence ends with it ("X, a teacher, said the fares rose."), unless
                # it is a name ("..., forcing her out, said Tom Hale, a pollster.")
                appositive = (
                    not closes and self._appositive_subject(toks, cue_start - 1)
                ) or self._opens_with_apposition(toks, cue_start)
                ends = follow is None or follow.text in {".", ",", "!", "?", ";"}
                # "..., tweeted their approval": an object, not a speaker ("said his aide" is)
                speaker = (
                    closes
                    or toks[after[0]].lower not in {"his", "her", "their", "its", "our", "my"}
                    or self._nounish(toks[after[1]])
                    or self._person_like(toks, after)
                )
                clause_ends = (
                    follow is None
                    or not follow.is_word
                    or follow.lower in lex.time_words
                    or (follow.lower in lex.stop and follow.lower not in _FINITE)
                    or (closes and follow.lower not in _FINITE and follow.lower not in _MODALS)
                )
                if speaker and (
                    (not appositive and clause_ends)
                    or (appositive and ends and toks[after[1]].is_cap)
                ):
                    span, inverted = after, True
        q = cue_start - 1
        while q > 0 and toks[q].text in QUOTE_MARKS:
            q -= 1  # '“... the party,” claiming that': the comma sits inside the closing quote
        if q < cue_start - 1 and toks[q].text == ",":
            gov_prev = ","
        if low.endswith("ing"):
            # "responded by first saying", "..., eventually saying": look past adverbs
            q = cue_start - 1
            while (
                q > 0
                and not toks[q].is_cap
                and (toks[q].lower.endswith("ly") or toks[q].lower in _PARTICIPLE_ADVERBS)
            ):
                q -= 1
            if q < cue_start - 1 and toks[q].lower in _PARTICIPLE_OPENERS:
                gov_prev = toks[q].lower
        if gov_prev == "-":
            gov_prev = "—"  # a spaced hyphen is a dash
        participle = low.endswith("ing") and gov_prev in {
            ",",
            "—",
            "–",
            "by",
            "while",
            "when",
            "after",
            "before",
        }
        if span is None and self._fronted(toks, cue_start, low):
            # "Despite challenging X, Cruz said ...", "Having announced that ..., the judge":
            # a fronted participle clause belongs to the subject of the main clause
            comma = next((k for k in range(cue_end + 1, len(toks)) if toks[k].text == ","), None)
            if comma is None:
                return None
            span = self._np_after(toks, comma)
            if span is None:
                return None
            for k in range(span[0] + 1, span[1] + 1):
                t, before = toks[k], toks[k - 1]
                if not t.is_cap and (
                    t.lower.endswith("ed")
                    or lex.verb(t.lower)
                    or t.lower in _FINITE | _MODALS
                    or before.is_cap
                    or before.lower in lex.person_heads
                    or before.lower in lex.role_nouns
                ):
                    span = (span[0], k - 1)  # the subject stops at the main verb
                    break
        if span is None and lone_quantifier:
            span = (lone, lone)
        elif span is None and quantified:
            span = (i - 1, i - 1)
        if span is None and not participle:
            span = self._subject_before(toks, cue_start)
            if span is not None and low.endswith("ing"):
                span = self._issuer(toks, span) or span
            if span is None and cls == "speech" and not low.endswith("ing"):
                span = self._bare_plural(toks, cue_start)  # "forecasters say"
            j = self._skip_back(toks, cue_start - 1)
            if span is None and j >= 0 and toks[j].lower in {"and", "but", "or"}:
                # "X arrived in Ohio and said ...": the subject of the first verb
                span = self._open_relative(toks, j, restrictive=True) or self._clause_subject(
                    toks, j
                )
        if span is None and (participle or low.endswith("ing")) and cue_start == i:
            if gov_prev not in {",", "—", "–", "while", "when", "after", "before"} | _GERUND:
                return None
            # "..., saying that": the same speaker as the clause before, or the main subject
            span = self._clause_subject(toks, i)
            if (
                prior is not None
                and prior.source is not None
                and not (span is not None and self._prior_off_main(toks, span, prior))
            ):
                content.append(self._content_after(seg, toks, cue_end))
                # a verb of saying reports speech even after a stance ("withheld her
                # endorsement - conceding that ..."); otherwise the kind of the clause before
                kind = prior.kind
                if cls == "speech" and kind not in ("direct", "indirect"):
                    kind = "indirect"
                att = Attribution(kind, prior.source, self._cue(toks, i, cue_end))
                return att, None
            if span is None:
                return None
        if (
            span is not None
            and span[0] > 0
            and not toks[span[1]].is_cap
            and not self._pronoun(toks[span[1]])
            and toks[span[0] - 1].lower in lex.stop
            and not low.endswith("ing")
        ):
            # "voters who have listened to him over the decades said": the phrase before the
            # verb ends the relative clause; the subject is the head the clause modifies
            span = self._relative_head(toks, cue_start) or span
        if span is None and not low.endswith("ing"):
            span = self._open_relative(toks, cue_start) or self._relative_head(toks, cue_start)
        if span is None and lemma in {"say", "tell"} and not low.endswith("ing"):
            # a finite "said" / "told" whose subject the chunker cannot find is still a report
            span = self._clause_subject(toks, i)
            if span is None:
                return Attribution("indirect", None, self._cue(toks, cue_start, cue_end)), None
        if (
            span is None
            and (
                cls in ("speech", "evidence")
                # "X, it turned out, knew ...", "X and others - including ... - want ...": a
                # finite verb of mental state right after a parenthetical; the person gate below
                # still applies to the clause's subject
                or (
                    cls == "state"
                    and lemma not in {"like", "view"}  # "..., like X": a preposition or a noun
                    and not low.endswith(("ing", "en", "wn"))
                    and toks[self._skip_back(toks, i - 1)].text in {",", "-", "—", "–"}
                )
            )
            and (not low.endswith("ing") or be_before)
        ):
            # the subject is out of the chunker's reach (a long modifier): the clause's subject
            span = self._clause_subject(toks, i)
        if span is None and doc_head is not None:
            span = (doc_head, i - 1)  # "a survey of those 18 to 35 years old shows"
        if span is None:
            if low.endswith("ed") and cls in ("speech", "stance", "naming") and lemma != "ask":
                # a finite reporting verb whose subject is out of reach ("... and later
                # described it as ..."): a further cue, with no source, of a sentence attributed
                # by something else ("asked" has its own rule in the cue pass). In a list of
                # the subject's verbs ("X praised ..., urged a delay and left") the
                # clause's subject, if a person, is the one who spoke
                main = self._clause_subject(toks, i) if toks[i - 1].text == "," else None
                if main is not None and not (
                    self._pronoun(toks[main[0]]) in {"he", "she", "they"}
                    or self._person_like(toks, main)
                ):
                    main = None
                src = self._source(toks, main) if main is not None else None
                self.extra.append((Attribution("indirect", src, self._tok_span(tok)), main))
            return None
        after_quote = any(t.text in QUOTE_MARKS for t in toks[max(0, cue_start - 4) : cue_start])
        if (
            lemma in lex.needs_clause
            and not inverted
            and not at_end
            and nxt is not None
            and not after_quote  # '“...,” he joked with reporters': the quotation is the clause
            and not (  # "These were not omissions, Brafman noted; ...": the clause came first
                nxt.text in {";", ",", "—"}
                and span[0] > 0
                and span[1] < cue_start
                and toks[span[0] - 1].text in {",", "—"}
            )
        ):
            # look past adverbs and time words: "found last week that", "wrote recently:"
            k = cue_end + 1
            while (
                k < len(toks)
                and k - cue_end <= 4
                and (
                    toks[k].lower in lex.bridge
                    or toks[k].lower in lex.time_words
                    # "spoke favorably of", "noted pointedly that": a manner adverb before
                    # the topic or the clause
                    or (
                        toks[k].lower.endswith("ly")
                        and k + 1 < len(toks)
                        and toks[k + 1].lower in {"of", "about", "that"}
                    )
                )
                and toks[k].lower != "on"  # "noted on Twitter the change": "on" opens it
            ):
                k += 1
            after = toks[k] if k < len(toks) else nxt
            # "..., the agency reported Friday." / "..., X reported in 2014.": a time phrase
            # closing the sentence; the report's content came before the verb, as at its end
            if k < len(toks) and after.text[:1].isdigit() and len(after.text) == 4:
                k += 1
                after = toks[k] if k < len(toks) else after
            timed_end = (
                k > cue_end + 1
                and (k == len(toks) or toks[k].text in ".!?")
                and span[0] > 0
                and toks[span[0] - 1].text in {",", "—"}
            )
            clause_ahead = after.is_cap and any(
                t.lower in _FINITE or t.lower in _MODALS for t in toks[k + 1 : k + 5]
            )  # "reports Beck will endorse": a clause without "that"
            # "claims he's worth ...": a pronoun fused with its verb opens the clause
            fused = _CONTRACTION.match(after.lower)
            opener = fused.group(1) if fused else after.lower
            if (
                opener not in lex.clause_starts
                and not (
                    lemma in self.lex.object_reports
                    and not (
                        lemma == "report"
                        and (
                            # the object right after the verb: "reported from Dorn" (a
                            # byline), "reported on Friday", "reported 2019 earnings" (a time
                            # phrase first) name no fact reported
                            not (
                                k == cue_end + 1
                                # "reported at least 20 victims": a count, not a place
                                or (after.lower == "least" and toks[k - 1].lower == "at")
                            )
                            or after.lower in PREPOSITIONS
                            or after.lower in {"back", "for"}
                            or not after.is_word
                            or after.lower.endswith("ly")  # "reported widely", "quarterly"
                            # the finite verb only: "additional reporting by", "a jobs report"
                            # are nouns
                            or not (low == "reported" or (low == "reporting" and be_before))
                        )
                    )
                )
                and not clause_ahead
                and not timed_end
                # "the poll found 28 percent back X": a finding that opens with a figure
                and not (
                    lemma in {"find", "show"}
                    and after.text[:1].isdigit()
                    and toks[span[1]].lower in lex.document_nouns
                )
                and not (
                    low in lex.evidential and not be_before and self._document_subject(toks, span)
                )
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
                if low.endswith("ed") and cue_start == i and not passive and lemma != "add":
                    # "the agency reported flat growth", "she claimed victory": a finite verb
                    # of reporting with an object, not a clause, names what was reported; it
                    # is a further cue of a sentence attributed by something else ("add"
                    # with an object is "put in", not speech)
                    att = Attribution("indirect", self._source(toks, span), self._tok_span(tok))
                    self.extra.append((att, span))
                return None
            if (
                (after.lower in _ARTICLES or after.lower in _POSS_DETERMINERS)
                and lemma in _KEEP_SENSE
                and not self._clause_verb_ahead(toks, k + 1)
                and not (k + 1 < len(toks) and toks[k + 1].lower in _ASSERTED_OBJECTS)
            ):
                return None  # "maintains a lead in the polls": an object, not a clause
            if (
                lemma == "find"
                and after.lower in {"a", "an"}
                and not self._document_subject(toks, span)
                and not self._clause_verb_ahead(toks, k + 1)
            ):
                return None  # "Ruiz found a way to win", "found a home": came upon, not a finding
            if (
                (after.lower == "to" or (after.lower == "with" and lemma in {"speak", "talk"}))
                and lemma in _ADDRESSEE_TO
                and not any(
                    (t.lower == "that" and not self._relative_that(toks, j))
                    or t.lower in {":", "about"}
                    or t.text in OPEN_QUOTES
                    for j, t in enumerate(toks[k + 1 : k + 8], k + 1)
                )
            ):
                src = self._source(toks, span)
                self.introduced = Attribution("direct", src, self._cue(toks, cue_start, cue_end))
                self._remember(toks, span, src)
                return None  # "spoke to reporters", "did not respond to a request", "spoke
                # with leaders", "spoke to a group that had voted": an addressee, nothing said
        clause_follows = nxt is not None and nxt.lower in {"that", ":"}
        if (
            cls in ("naming",)
            and nxt is not None
            and nxt.is_cap
            and span[1] == cue_start - 1
            and not _POSSESSIVE.search(nxt.text)  # "called AP’s report a ...": an object
            and not (cue_end + 2 < len(toks) and toks[cue_end + 2].text in {"’s", "'s"})
        ):
            head = toks[span[1]]
            if not head.is_cap and head.lower not in lex.pronouns:
                return None  # "a group called Citizens First": a name, not speech
        # -- who may carry which cue (the mental-state boundary) --
        person = self._person_like(toks, span)
        body = self._speaking_body(toks, span)
        rel = span[0] if span[0] == span[1] and toks[span[0]].lower in {"that", "which"} else -1
        if rel > 0 and (relative_speaker or toks[rel].lower == "which") and cls == "stance":
            # "the group that endorsed her", "the union, which endorsed Vale in May, ...": the
            # relative pronoun stands for its antecedent
            k = rel - 1 if toks[rel - 1].text != "," else rel - 2
            ante = self._np_ending(toks, k) if k >= 0 else None
            if ante is not None:
                person = person or self._person_like(toks, ante)
                body = body or self._speaking_body(toks, ante)
        named = [t for t in self._head_span(toks, span) if t.is_word] or [toks[span[0]]]
        head = named[-1]
        pron = self._pronoun(toks[span[0]]) if span[0] == span[1] else None
        turn = pron in ("i", "we") and self._in_turn(seg)
        if pron in ("i", "we", "you") and cls != "speech" and not turn:
            return None  # the writer's own "I think" is the outlet's voice
        if cls == "state" and not (
            person
            or lone_quantifier
            or turn  # "A: I think ...": in a transcript turn "I" is the one answering
            or self._surveyed(toks, span)
            # "they" standing for people named before ("Her aides ... They fear"), not for a
            # state or an institution
            or (pron == "they" and self.mem.group_people)
            # a campaign's, a party's or a party camp's stated position ("the campaign hopes")
            or head.lower in lex.position_bodies
        ):
            return None
        vague = self._is_vague(toks, span)
        camp = self._proper_plural(toks, span[1])  # "Portolan dockworkers vow to ..."
        plural_group = (
            cls == "stance"
            and head.lower.endswith("s")
            and (head.is_cap or head.lower in lex.role_nouns or camp)
            and not self._pronoun(head)
        )  # "Republicans oppose the bill": a public position of a party or a camp
        if (
            cls in ("stance", "naming")
            and not (
                person
                or body
                or vague
                or plural_group
                or lone_quantifier
                or pron == "they"
                or (  # "40 percent oppose", but not "McCain's 62 percent support": a noun
                    cls == "stance"
                    and self._surveyed(toks, span)
                    and not any(_POSSESSIVE.search(t.text) for t in toks[span[0] : span[1] + 1])
                )
            )
        ):
            return None
        if rel_head is not None and relative_doc:
            np = self._np_ending(toks, rel_head)
            span = (np[0] if np is not None else rel_head, rel_head)  # the antecedent
        elif doc_head is not None and span[0] > doc_head:
            np = self._np_ending(toks, doc_head)
            span = (np[0] if np is not None else doc_head, span[1])  # "a survey of young voters"
        if cls == "evidence" and (
            nxt0 in {"up", "off", "out", "around"}
            or (be_before and low == "found" and by_at is None and nxt0 != "to")  # "be found here"
            or not (
                clause_follows
                or person
                or body
                or head.lower in lex.document_nouns
                or head.is_cap
                or pron == "it"
                or self._document_subject(toks, span)
            )
        ):
            return None  # "showed up", "found out": other verbs
        if (
            cls == "speech"
            and lemma not in _CORE_SPEECH
            and lemma not in self.lex.plain_speech
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
                or camp
                or vague  # "some fishermen wonder about ...": a vague source, but a speaker
                or _agent_plural(head)
                or (low in lex.evidential and self._document_subject(toks, span))
            )
        ):
            if cue_start == i and low.endswith(("ed", "s")) and not low.endswith("ss"):
                # "the crowd chanted", "the dispute highlights": a finite verb of saying whose
                # subject is neither a person nor a body that speaks still reports a speech act
                # (attributed whoever speaks), but such a subject is often a misread phrase, so
                # the verb is only a further cue of a sentence attributed by something else
                src = self._source(toks, span)
                cue = self._cue(toks, cue_start, cue_end)
                self.extra.append((Attribution("indirect", src, cue), span))
            return None
        # the mention of a source after its verb takes in its apposition ("said Reyes, a
        # teacher"); the gates above read the phrase itself
        wide = self._apposition_after(toks, span) if inverted else self._conjoined(toks, span)
        if (
            not inverted
            and span[1] + 2 < cue_start
            and toks[span[1] + 1].lower in _RELEASE_PARTICIPLES
            and toks[span[1]].lower in lex.document_nouns
            and all(
                t.lower in lex.time_words or t.lower in _TIME_NOUNS
                for t in toks[span[1] + 2 : cue_start]
            )
        ):
            wide = (wide[0], cue_start - 1)  # "a poll released Monday found": its release
        doer = self._doer(toks, span, i) if low.endswith("ing") and span[1] < i else None
        src = self._source(toks, doer, None) if doer else self._source(toks, span, wide)
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

    def _ranked_subject(self, toks: list[Token], to_at: int) -> tuple[int, int] | None:
        """The subject of "X was the first (senator) to", "X became one of the earliest ...
        to", "X was among 25 senators (in 2008) to": a rank or a count of those who did
        something, after a copula, credits the infinitive to the copula's subject when that is
        a person or a body that speaks."""
        rank = None
        for k in range(to_at - 1, max(-1, to_at - 10), -1):
            t = toks[k]
            if t.lower in _RANKS or t.lower == "among":
                rank = k
                break
            if not t.is_word or t.lower in {"that", "who", "which", "and", "but", "or"}:
                return None
        if rank is None:
            return None
        k = rank - 1
        while k >= 0 and toks[k].lower in {"the", "one", "of", "only", "just", "a"}:
            k -= 1  # "one of the only", "just the second"
        if k < 0 or not (toks[k].lower in BE or toks[k].lower in _BECOME):
            return None
        span = self._subject_before(toks, k) or self._clause_subject(toks, k)
        if span is None:
            return None
        if not (
            self._person_like(toks, span)
            or self._speaking_body(toks, span)
            or toks[span[1]].lower in self.lex.relative
            or (toks[span[1]].is_cap and toks[span[1]].lower.endswith("s"))  # "Republicans"
        ):
            return None
        return span

    def _prior_off_main(self, toks: list[Token], main: tuple[int, int], prior: Attribution) -> bool:
        """Whether a participle after a comma should take the main clause's subject rather than
        the source of the cue before it: that cue sits in a fronted clause ("After Vale said
        ..., Orme left, saying ...") or its source is only the possessor of a noun in the
        predicate ("Orme stepped up her attacks on Vale, saying ...")."""
        src, cue = prior.source, prior.cue
        if src is None or cue is None:
            return False
        m0, m1 = toks[main[0]].start, toks[main[1]].end
        if src.start < m1 and m0 < src.end:
            return False  # the same subject
        if cue.end <= m0:
            return True  # the earlier cue is in a fronted clause
        return src.start > m1 and (
            src.text.lower() in {"his", "her", "their", "its"} or bool(_POSSESSIVE.search(src.text))
        )

    def _distant_agent(self, toks: list[Token], cue_end: int) -> int | None:
        """The "by" of a passive's agent after a complement: "was confirmed as a passenger by
        the minister", "was recommended for the job by X". Only an agent that can speak (a
        name, a person, a body) counts; "was elected in May by a wide margin" has none."""
        for k in range(cue_end + 1, min(len(toks), cue_end + 15)):
            t = toks[k]
            if t.lower == "by":
                span = self._np_after(toks, k)
                if span is None:
                    return None
                agent = [a for a in self._head_span(toks, span) if a.is_word]
                if agent and (
                    agent[-1].is_cap
                    or self._person_like(toks, span)
                    or self._speaking_body(toks, span)
                    or agent[-1].lower in self.lex.role_nouns
                    or agent[-1].lower in self.lex.document_nouns
                ):
                    return k
                return None
            if (
                (not t.is_word and t.text != ",")
                or t.lower in _AGENT_STOPS
                or (t.lower.endswith("ed") and not t.is_cap)  # "an interview published by"
            ):
                return None
        return None

    def _relative_head(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """The subject of the verb at toks[i] when a relative clause stands between them:
        "some voters who have listened to his speeches for decades said" -> "some voters"."""
        lex = self.lex
        for r in range(i - 2, max(0, i - 25), -1):
            t = toks[r]
            if t.text in {";", ":"} or t.text in QUOTE_MARKS or lex.verb(t.lower):
                return None
            if t.lower in {"who", "whose"} and r > 0:
                j = r - 1 if toks[r - 1].text != "," else r - 2
                np = self._np_ending(toks, j) if j >= 0 else None
                if np is None or not (self._nounish(toks[np[1]]) or self._person_like(toks, np)):
                    return None
                return np
        return None

    def _fronted(self, toks: list[Token], cue_start: int, low: str) -> bool:
        """The cue opens the sentence as a participle clause: "Saying ...,", "Having announced
        ...,", "Despite challenging ...,", "After saying ...,"."""
        if cue_start == 0:
            return low.endswith("ing")
        if cue_start == 1:
            first = toks[0].lower
            if first == "having":
                return True
            return low.endswith("ing") and first in _FRONTING
        return False

    def _verb_before_colon(self, toks: list[Token], i: int) -> Found | None:
        """A verb in the past tense right before a colon that opens a quotation introduces
        its subject's words, whatever the verb ('he leaned in and boomed: “...”', 'as she
        put it: “...”', 'she replied calmly: “...”'). toks[i] is the colon."""
        v = i - 1
        if toks[v].lower == "it" and v > 0:
            v -= 1  # "put it:"
        while v > 0 and toks[v].lower.endswith("ly") and not toks[v].is_cap:
            v -= 1
        t = toks[v]
        if v == 0 or not t.is_word or t.is_cap or t.lower in self.lex.stop:
            return None
        if not (t.lower.endswith("ed") or self.lex.verb(t.lower) or t.lower in {"put", "wrote"}):
            return None
        span = self._subject_before(toks, v)
        if span is None:
            j = self._skip_back(toks, v - 1)
            if j >= 0 and toks[j].lower in {"and", "but", "then"}:
                span = self._clause_subject(toks, j)  # "X gestured, then boomed:"
        if span is None:
            return None
        head = toks[span[1]]
        if not (
            self._person_like(toks, span)
            or self._speaking_body(toks, span)
            or self._pronoun(head)
            or head.is_cap
        ):
            return None
        return Attribution("direct", self._source(toks, span), self._cue(toks, v, i)), span

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
        donor list", "a Benghazi attack")."""
        if self.title_case:
            return False  # title case: "Trump Attacks Rubio" has no morphology to read
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
                # a gerund ("Clinton emails containing ..." is a compound noun)
            n = nxt.lower
            return (
                n in BE
                or n in _AFTER_PLURAL_NOUN
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

    def _speaking_antecedent(self, t: Token) -> bool:
        """A lowercase noun that can speak or carry words ("ad", "tweet", "group", "senator",
        "officials"), so that a "that" after it is a relative pronoun for it."""
        lex = self.lex
        if not t.is_word or t.is_cap:
            return False
        low = t.lower
        for w in (low, low[:-1] if low.endswith("s") else low):
            if (
                w in lex.document_nouns
                or w in lex.statement_nouns
                or w in lex.speaking_bodies
                or w in lex.person_heads
                or w in lex.role_nouns
            ):
                return True
        return False

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

    def _next_to_quote(self, toks: list[Token], i: int, cue_end: int) -> bool:
        """A quotation mark within two tokens before the cue's subject or after the cue
        ('“...,” he continued', 'she continued: “...')."""
        after = {t.text for t in toks[cue_end + 1 : cue_end + 3]}
        if after & QUOTE_MARKS or ":" in after:
            return True
        before = toks[max(0, i - 4) : i]
        return any(t.text in QUOTE_MARKS for t in before)

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
            # a finite verb by its form: "-ed" / "-s" or a known verb form, not a noun after a
            # determiner ("the fact that")
            if not (lex.verb(low) or low.endswith(("ed", "s"))):
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
                or third.lower in _CLAUSE_QUANTIFIERS
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
            # "issued statements condemning ...": any participle of saying
            or (follow.lower.endswith("ing") and (lex.verb(follow.lower) or ("",))[0] == "speech")
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

    def _made_remarks(
        self, seg: Segment, toks: list[Token], i: int, content: list[tuple[int, int]]
    ) -> tuple[Found, int] | None:
        """ "Make" with a noun of speech and its topic or clause: "made comments about the
        fares", "made the observation that ...", "has made several statements on X": the
        subject said something (a person or a body that speaks)."""
        if toks[i].lower not in _MAKE:
            return None
        lex = self.lex
        k = i + 1
        while k < len(toks) and k - i <= 4 and toks[k].lower not in lex.speech_nouns:
            if not toks[k].is_word or (
                toks[k].lower in lex.stop and toks[k].lower not in lex.determiners
            ):
                return None
            k += 1
        if k >= len(toks) or toks[k].lower not in lex.speech_nouns or k + 1 >= len(toks):
            return None
        if toks[k + 1].lower not in _MADE_REMARKS_NEXT:
            return None
        span = self._subject_before(toks, i)
        j = self._skip_back(toks, i - 1)
        if span is None and j > 0 and toks[j].lower in {"and", "but"}:
            span = self._clause_subject(toks, j)  # "X talked about Y and made comments ..."
        if span is None or not (
            self._person_like(toks, span)
            or self._speaking_body(toks, span)
            or self._pronoun(toks[span[0]]) in ("he", "she", "they")
        ):
            return None
        content.append(self._content_after(seg, toks, k))
        att = Attribution("indirect", self._source(toks, span), self._cue(toks, i, k))
        return (att, span), k

    def _document_subject(self, toks: list[Token], span: tuple[int, int]) -> bool:
        """The subject of an evidence verb is a document: its phrase holds a document noun
        before any verb or clause break ("a poll out Monday", "a video of the rally", "a
        March 3 email"). A document's finding is its object, so "the survey found 60 percent
        support" reports the survey without a that-clause."""
        lex = self.lex
        if span[0] == span[1] and toks[span[0]].lower in {"which", "that"} and span[0] > 0:
            # "the poll, which showed ...", "surveys that show ...": the antecedent
            j = span[0] - 1 if toks[span[0] - 1].text != "," else span[0] - 2
            return j >= 0 and toks[j].lower in lex.document_nouns and not toks[j].is_cap
        for t in toks[span[0] : span[1] + 1]:
            if t.lower in {"who", "which", "that"} or lex.verb(t.lower):
                return False
            if t.lower in lex.document_nouns and not t.is_cap:
                return True
        k = span[0] - 1  # "a new poll from the Harbour Institute found": the phrase's head
        return (
            k >= 1
            and toks[k].lower in {"from", "by", "of", "for"}
            and toks[k - 1].lower in lex.document_nouns
            and not toks[k - 1].is_cap
        )

    def _document_head_before(self, toks: list[Token], i: int, cue_end: int) -> int | None:
        """The index of a document noun heading the subject phrase of the verb "show(s)" at
        toks[i]: it stands within eight words, and what lies between is its modifiers (a
        prepositional phrase, a time, "there": "a poll out this week", "polls in Vermont", "a
        survey of 900 voters") with no verb, relative pronoun or clause break. The noun is not
        itself inside a prepositional phrase ("a talk show about polls on cable shows"), and
        the verb's object opens right after it: a name, a figure, a determiner, a pronoun or
        a clause ("shows Ruiz ahead", "show a tie", "show him leading", "show that ...")."""
        lex = self.lex
        nxt = toks[cue_end + 1] if cue_end + 1 < len(toks) else None
        if (
            nxt is None
            or not (
                (nxt.is_cap and nxt.is_word)
                or nxt.text[:1].isdigit()
                or nxt.lower.split("-")[0] in _NUMBER_WORDS  # "two-thirds"
                or nxt.lower in lex.determiners
                or nxt.lower in lex.quantity
                or nxt.lower in lex.clause_starts
                or nxt.lower in {"him", "her", "them", "us", "me"}
                or self._pronoun(nxt)
            )
            or nxt.lower in PREPOSITIONS | {",", "—", "–", "-"}
        ):
            return None
        for k in range(i - 1, max(-1, i - 9), -1):
            t = toks[k]
            if t.lower in lex.document_nouns and (k == 0 or not t.is_cap):
                mod = toks[k + 1].lower if k < i - 1 else ""
                if mod and not (
                    mod in PREPOSITIONS | {"there", "out"}
                    or (mod in lex.bridge and mod.endswith("ed"))  # "polls conducted by"
                ):
                    return None
                np = self._np_ending(toks, k)
                start = np[0] if np is not None else k
                if start > 0 and toks[start - 1].lower == "of":
                    continue  # "results of exit polls": the head comes before "of"
                if start > 0 and toks[start - 1].lower in PREPOSITIONS:
                    return None
                return k
            if (
                not t.is_word
                and not t.text[:1].isdigit()
                and t.text not in {"/", "-", "%"}
                or t.lower in {"that", "which", "who", "and", "but", "or"}
                or t.lower in BE
                or t.lower in _FINITE
                or (t.lower in _MODALS and not (t.lower == "to" and toks[k + 1].text[:1].isdigit()))
                or lex.verb(t.lower)
            ):
                return None  # ("of those 18 to 35": a range, not an infinitive)
        return None

    def _nominal(self, toks: list[Token], i: int) -> Found | None:
        """A speech noun with a possessor that names a speaker: "Trump's remarks", "his
        pledge to", "the senator's criticism of", "her recent attacks on" (up to two plain
        modifiers between, not a number or a preposition). The possessor is the source.

        The noun reports something only when what was said follows it: a that-clause, a
        colon or a quotation, an infinitive ("her pledge to cut fares") or the object of the
        stance ("his criticism of the plan", "their call for a recount") or its topic ("her
        remarks about the ferry", as with "spoke about"). Without it the noun
        names an event ("Ruiz's remarks drew applause"), which is the outlet's own report."""
        agent = self._agent_after(toks, i)
        if agent is not None:
            return agent
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        linked = nxt is not None and nxt.lower in {"was", "is"} and i + 2 < len(toks)
        if linked and toks[i + 2].lower in {"that", ":"}:
            nxt = toks[i + 2]  # "her response was: ...", "his message is that ..."
        if nxt is None or not (
            nxt.lower in {"that", ":", "of", "for", "against", "about"}
            or (nxt.lower == "on" and toks[i].lower in self.lex.target_on_nouns)
            or (nxt.lower == "to" and toks[i].lower in self.lex.stance_nouns)
            or nxt.text in OPEN_QUOTES
            or self._infinitive_at(toks, i + 1)
        ):
            return None
        j = i - 1
        others = 0  # "his recent remarks", "her harsh public criticism of": other modifiers
        while (
            j >= 0
            and toks[j].is_word
            and not toks[j].is_cap
            and toks[j].lower not in self.lex.determiners
            and not _POSSESSIVE.search(toks[j].text)
        ):
            if toks[j].lower in _PREPOSITIONS or not toks[j].text.replace("-", "").isalpha():
                return None  # "her e-mails in response to", "his 62 percent support"
            if not toks[j].lower.endswith(("ed", "ing", "ly")):
                others += 1
                if others > 2 or toks[j].lower in {"percent", "point", "points"}:
                    return None
            j -= 1  # "his repeated claims", "her widely quoted remark"
        if j < 0:
            return None
        pos = toks[j]
        if pos.lower in {"his", "her", "their"}:
            span = (j, j)
            name = self.mem.last_person if pos.lower != "their" else self.mem.last_group
            src = Source(pos.start, pos.end, pos.text, name)
            subject = self._binding_subject(toks, j)
            if subject is not None:
                # "Vale sharpened his attacks on Ruiz": a possessive in the predicate is
                # bound by the clause's subject, which is the one who attacks
                span = subject
                src = self._source(toks, span)
        elif _POSSESSIVE.search(pos.text) and not self._pronoun(pos):
            np = self._np_ending(toks, j)
            if np is None or not (self._person_like(toks, np) or self._speaking_body(toks, np)):
                if not pos.is_cap:
                    return None
                if toks[i].lower in self.lex.stance_nouns | self.lex.belief_nouns and (
                    re.sub(r"[’']s?$", "", pos.text) not in self.mem.people
                ):
                    return None  # "Russia's support for": a state's stance is the outlet's
                np = (j, j)
            span = np
            src = self._source(toks, span)
            base = re.sub(r"[’']s?$", "", src.name or "")
            src = Source(src.start, src.end, src.text, base or src.name)
        else:
            return self._object_noun(toks, i)
        return Attribution("indirect", src, self._tok_span(toks[i])), span

    def _doer(self, toks: list[Token], span: tuple[int, int], i: int) -> tuple[int, int] | None:
        """ "Vale spent the tour praising Ruiz", "the board passed a motion urging a
        delay": a participle right after the object of a verb or a preposition
        (toks[span[1] + 1] is the participle at toks[i]), when that object is no person,
        belongs to the clause's subject if that subject is a person or a body that speaks."""
        if span[1] + 1 != i or not self._embedded(toks, span[0]):
            return None
        if self._pronoun(toks[span[0]]) or self._person_like(toks, span):
            return None
        main = self._clause_subject(toks, i)
        if main is None or main[1] >= span[0] - 1:
            return None
        if (
            self._pronoun(toks[main[0]]) in {"he", "she", "they"}
            or self._person_like(toks, main)
            or self._speaking_body(toks, main)
        ):
            return main
        return None

    def _binding_subject(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        """The subject of the clause whose predicate holds the possessive pronoun at toks[j]
        ("Vale sharpened his attacks", "the crews were blunt in their criticism"),
        when nothing opens another clause between them and the subject agrees with the
        pronoun: a person for "his" / "her", a plural or a group for "their"."""
        subject = self._clause_subject(toks, j)
        if subject is None or subject[1] >= j - 1:
            return None
        between = toks[subject[1] + 1 : j]
        if any(
            not t.is_word or t.lower in _CLAUSE_WORDS or t.lower in {"said", "says", "told"}
            for t in between
        ):
            return None
        if self._pronoun(toks[subject[0]]) and subject[0] == subject[1]:
            pron = self._pronoun(toks[subject[0]])
            agrees = pron in ("he", "she") if toks[j].lower != "their" else pron == "they"
            return subject if agrees else None
        head = [t for t in self._head_span(toks, subject) if t.is_word]
        if not head:
            return None
        last = head[-1]
        plural = any(t.lower == "and" for t in head) or (
            last.lower.endswith("s") and not last.lower.endswith("ss")
        )
        if toks[j].lower == "their":
            return subject if plural or self._speaking_body(toks, subject) else None
        # "Yates ... his": a name may end in "s"; "the senators ... his" do not agree
        singular = not plural or (last.is_cap and not any(t.lower == "and" for t in head))
        return subject if singular and self._person_like(toks, subject) else None

    def _object_noun(self, toks: list[Token], i: int) -> Found | None:
        """A speech noun without a possessor as the object of the clause's verb, with what was
        said after it (a colon, a that-clause, an infinitive, its object or topic): "the
        leaders sent him an unmistakable message: ...", "she made a plea for calm", "he
        unveiled a proposal to ...". The clause's subject (a person or a body that speaks) is
        the source; after a verb of receiving it is the owner after "of" ("won the endorsement
        of the union"). Not the object of a preposition ("unhappy with the remarks: ..."), a
        heading ("One conclusion: ..."), a description ("was a call for ...") or an attack on
        anything but a person or a party (violence). toks[i] is the noun."""
        if i + 1 >= len(toks):
            return None
        if toks[i + 1].text != ":" and not (
            toks[i + 1].lower in {"that", "of", "for", "against", "about"}
            or toks[i + 1].text in OPEN_QUOTES
            or (toks[i + 1].lower == "on" and toks[i].lower in self.lex.target_on_nouns)
            or self._infinitive_at(toks, i + 1)
        ):
            return None
        dets = self.lex.determiners
        j = i - 1
        while j >= 0 and j > i - 4 and toks[j].is_word and toks[j].lower not in dets:
            if toks[j].is_cap:
                return None
            j -= 1
        if j < 1 or toks[j].lower not in dets:
            return None
        if toks[j - 1].lower == "of" and j >= 3 and toks[j - 2].lower in dets:
            j -= 2  # "many of the same arguments"
        before = toks[j - 1]
        if not before.is_word or before.lower in _PREPOSITIONS or before.lower in dets:
            return None
        v = j - 1
        if before.is_cap or self._pronoun(before) or before.lower in {"him", "them", "us"}:
            obj = self._np_ending(toks, v)  # "sent Mr. Vale a message:": the verb's first object
            v = obj[0] - 1 if obj is not None else -1
        if toks[i].lower in self.lex.target_on_nouns:
            # "launched an attack on Vale" is speech only when its target is a person or a
            # party; "launched an attack on the base" is violence
            target = self._np_after(toks, i + 1)
            if i + 2 < len(toks) and toks[i + 2].lower in {"him", "her", "them"}:
                target = (i + 2, i + 2) if toks[i + 2].lower != "them" else None
            if target is None or not (
                toks[target[0]].lower in {"him", "her"}
                or self._person_like(toks, target)
                or self._speaking_body(toks, target)
            ):
                return None
        if v < 1 or not toks[v].is_word or toks[v].is_cap or toks[v].lower in BE:
            return None  # "the campaign was a call for ...": a description, nobody says it
        if toks[i + 1].lower == "of" and toks[v].lower in _RECEIVING:
            if toks[i].lower not in self.lex.stance_nouns | {"endorsement", "endorsements"}:
                return None  # "voters have a dim view of Vale": "of" names the topic
            # "she won the endorsement of the union": the stance is the union's
            span = self._np_after(toks, i + 1)
            if span is None or not (
                self._person_like(toks, span)
                or self._speaking_body(toks, span)
                or self._surveyed(toks, span)  # "won the backing of 33% of voters": a poll
            ):
                return None
            return Attribution("indirect", self._source(toks, span), self._tok_span(toks[i])), span
        span = self._subject_before(toks, v)
        if span is None or self._pronoun(toks[span[0]]) == "it":
            return None
        if not (
            self._person_like(toks, span)
            or (self._speaking_body(toks, span) and toks[i].lower not in self.lex.belief_nouns)
        ):
            return None
        return Attribution("indirect", self._source(toks, span), self._tok_span(toks[i])), span

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

    def _provision(
        self, seg: Segment, toks: list[Token], i: int, content: list[tuple[int, int]]
    ) -> Found | None:
        """A legal text as the subject of a verb of provision with its object: "the law
        requires clinics to ...", "the chairman's bill would prohibit the president from ...".
        The text is the source of what it provides. toks[i] is the verb."""
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or not nxt.is_word or nxt.lower in PREPOSITIONS:
            return None  # "than the law requires.", "as the rules required,"
        span = self._subject_before(toks, i)
        if span is None:
            return None
        head = toks[span[1]]
        if head.lower not in self.lex.legal_texts:
            return None
        content.append(self._content_after(seg, toks, i))
        return Attribution("indirect", self._source(toks, span), self._tok_span(toks[i])), span

    def _poll_standing(self, toks: list[Token], i: int) -> Found | None:
        """A poll that "has", "gives" or "puts" a candidate somewhere reports a finding, as
        "shows" does: "the latest poll has Ruiz leading", "a Gazette poll gave Vale a
        10-point lead", "the tracking poll puts Vale's approval at 41 percent". The verb's
        object is a name, and after "has" a standing follows it ("leading", "ahead", "at 40
        percent"); "the poll has a margin of error" describes the poll. toks[i] is the verb."""
        low = toks[i].lower
        if i + 2 >= len(toks) or not (toks[i + 1].is_cap and toks[i + 1].is_word):
            return None
        head = self._document_head_before(toks, i, i)
        if head is None or toks[head].lower not in self.lex.survey_nouns:
            return None
        e = i + 1
        while e + 1 < len(toks) and toks[e + 1].is_cap and toks[e + 1].is_word:
            e += 1  # the name: "has Ana Ruiz leading"
        after = toks[e + 1] if e + 1 < len(toks) else None
        if low in _POLL_HAS and (
            after is None
            or not (
                after.lower.endswith("ing") or after.lower in _STANDING or after.text[:1].isdigit()
            )
        ):
            return None
        if low in _POLL_PUTS and not any(t.lower == "at" for t in toks[e + 1 : e + 14]):
            return None
        np = self._np_ending(toks, head)
        span = (np[0] if np is not None else head, head)
        return Attribution("evidence", self._source(toks, span), self._tok_span(toks[i])), span

    def _in_view(self, toks: list[Token], i: int) -> Found | None:
        """ "In her view, ...", "in the senator's opinion", "..., in Vale's own judgment": an
        opinion credited to the possessor, who must be a person ("he" / "she", a person's
        name, a titled role, "they" for people). toks[i] is the noun."""
        if toks[i].lower not in _VIEW_NOUNS or i < 2:
            return None
        j = i - 1
        if toks[j].lower == "own":
            j -= 1  # "in his own view"
        if j < 1:
            return None
        pos = toks[j]
        if pos.lower in {"his", "her", "their"} and toks[j - 1].lower != "in":
            return None
        if pos.lower in {"his", "her"}:
            name = self.mem.last_person
            return Attribution(
                "reported_state",
                Source(pos.start, pos.end, pos.text, name),
                self._tok_span(toks[i]),
            ), (j, j)
        if pos.lower == "their":
            name = self.mem.last_group
            if name is None:
                return None
            return Attribution(
                "reported_state",
                Source(pos.start, pos.end, pos.text, name),
                self._tok_span(toks[i]),
            ), (j, j)
        if not _POSSESSIVE.search(pos.text) or self._pronoun(pos):
            return None
        np = self._np_ending(toks, j)
        if np is None or np[0] < 1 or toks[np[0] - 1].lower != "in":
            return None  # "in Mr. Vale's view": "in" opens the whole possessor
        base = re.sub(r"[’']s?$", "", pos.text)
        if not (self._person_like(toks, np) or base in self.mem.people):
            return None
        src = self._source(toks, np)
        base = re.sub(r"[’']s?$", "", src.name or "")
        src = Source(src.start, src.end, src.text, base or src.name)
        return Attribution("reported_state", src, self._tok_span(toks[i])), np

    def _agent_after(self, toks: list[Token], i: int) -> Found | None:
        """A speech noun with its speaker after "by" / "from" and what was said after the
        speaker: "claims by the agencies that ...", "calls from her rivals to ...". The
        speaker must be a person, a titled role or a body that speaks. toks[i] is the noun."""
        if i + 2 >= len(toks) or toks[i + 1].lower not in {"by", "from"}:
            return None
        span = self._np_after(toks, i + 1)
        if span is None:
            return None
        k = span[1] + 1
        if k < len(toks) and toks[k].text == ",":
            k += 1  # "calls from her rivals, Ann Vale and Bo Lind, to ..."
        nxt = toks[k] if k < len(toks) else None
        if nxt is None or not (
            nxt.lower in {"that", ":"} or nxt.text in OPEN_QUOTES or self._infinitive_at(toks, k)
        ):
            return None
        head = toks[span[1]]
        if not (
            self._person_like(toks, span)
            or self._speaking_body(toks, span)
            or head.lower in self.lex.role_nouns
            or head.is_cap
        ):
            return None
        return Attribution("indirect", self._source(toks, span), self._tok_span(toks[i])), span

    def _attitude(
        self, seg: Segment, toks: list[Token], i: int, content: list[tuple[int, int]]
    ) -> Found | None:
        k = i + 1
        while (
            k < len(toks)
            and toks[k].lower in self.lex.time_words
            and toks[k].lower not in _ATTITUDE_NEXT
        ):
            k += 1  # "were hopeful Tuesday that"
        nxt = toks[k].lower if k < len(toks) else ""
        if nxt not in _ATTITUDE_NEXT:
            return None
        j = i - 1
        while j >= 0 and (toks[j].lower.endswith("ly") or toks[j].lower in _DEGREE):
            j -= 1
        if j >= 1 and toks[j].lower == "away" and toks[j - 1].lower in {"came", "come", "comes"}:
            j -= 1  # "came away convinced that"
        if j >= 0 and toks[j].text == "," and nxt in {"that", "about", "to", "with", "of"}:
            # "Her aides, confident that ...": an adjective phrase set off by commas describes
            # the clause's subject
            span = self._clause_subject(toks, j)
            if span is None or not self._person_like(toks, span) or span[1] >= j:
                return None
            content.append(self._content_after(seg, toks, i))
            return Attribution(
                "reported_state", self._source(toks, span), self._tok_span(toks[i])
            ), span
        if (
            j >= 0
            and j == i - 1
            and toks[j].is_word
            and toks[j].lower not in BE | _LINKING
            and not (toks[i].lower.endswith("ed") and nxt == "that")  # "the judge determined that"
        ):
            # "donors reluctant to back him", "the only senator interested in it": the
            # adjective follows its person noun directly
            span = self._np_ending(toks, j)
            if span is None or not self._person_like(toks, span):
                return None
            content.append(self._content_after(seg, toks, i))
            att = Attribution("reported_state", self._source(toks, span), self._tok_span(toks[i]))
            return att, span
        if j < 0 or toks[j].lower not in BE | _LINKING:
            return None
        span = self._subject_before(toks, j)
        if span is None:
            return None
        if not (
            self._person_like(toks, span)
            or self._speaking_body(toks, span)
            or self._surveyed(toks, span)
        ):
            return None
        content.append(self._content_after(seg, toks, i))
        cue = self._cue(toks, j, i)
        return Attribution("reported_state", self._source(toks, span), cue), span

    def _phrase_at(self, toks: list[Token], i: int) -> int | None:
        """Index of the last token of a phrasal cue starting at toks[i] ("pointed out")."""
        rests = self.lex.phrases.get(toks[i].lower)
        if not rests:
            return None
        # one adverb may stand inside the phrase: "talked glowingly about", "spoke briefly of"
        skip = int(i + 2 < len(toks) and toks[i + 1].lower.endswith("ly") and toks[i + 1].is_word)
        for rest in rests:
            for k in {0, skip if rest[-1] in {"about", "of"} else 0}:
                end = i + len(rest) + k
                if end < len(toks) and all(
                    toks[i + 1 + k + n].lower == w for n, w in enumerate(rest)
                ):
                    return end
        for rest in rests:
            end = self._idiom_noun(toks, i + 1, rest)
            if end is not None:
                return end
        if ("about",) in rests:
            return self._topic_about(toks, i)
        return None

    def _idiom_noun(self, toks: list[Token], j: int, rest: tuple[str, ...]) -> int | None:
        """An idiom of verb, article, noun and preposition whose noun phrase varies as a noun
        phrase does ("took a shot at" -> "took some shots at", "has taken frequent shots at",
        "took a direct swing at"; "made the case that" -> "made a compelling case that",
        "made their case"): any determiner or none, one modifier, and the noun's plural.
        The article may come after a preposition ("came to the defense of" -> "came to his
        defense"). Index of the idiom's last token, or None."""
        a = next((n for n, w in enumerate(rest) if w in _ARTICLES), None)
        if a is None or a + 1 >= len(rest):
            return None
        if len(rest) > a + 2 and rest[-1] not in PREPOSITIONS | {"that"} and a == 0:
            return None
        k = j
        for w in rest[:a]:  # the words before the article are fixed
            if k >= len(toks) or toks[k].lower != w:
                return None
            k += 1
        noun = rest[a + 1]
        if k < len(toks) and (toks[k].lower in self.lex.determiners or toks[k].lower in _ARTICLES):
            k += 1
        if (
            k + 1 < len(toks)
            and toks[k].lower not in {noun, noun + "s"}
            and toks[k].is_word
            and not toks[k].is_cap
            and toks[k].lower not in self.lex.stop
        ):
            k += 1  # one modifier: "a direct swing", "frequent shots"
        if k >= len(toks) or toks[k].lower not in {noun, noun + "s", noun + "es"}:
            return None
        k += 1
        tail = rest[a + 2 :]
        if a > 0 and tail and (k >= len(toks) or toks[k].lower != tail[0]):
            tail = ()  # "came to his defense": the possessor stands for the "of" phrase
        for w in tail:
            if k >= len(toks) or toks[k].lower != w:
                return None
            k += 1
        if len(rest) == a + 2 and a == 0 and (k >= len(toks) or toks[k].lower not in _IDIOM_NEXT):
            return None  # "made the case that", "sounded alarms about"; not "made the case"
        return k - 1

    def _topic_about(self, toks: list[Token], i: int) -> int | None:
        """ "spoke to reporters about", "talked at length about": a verb of talking whose topic
        ("about" + what) follows an addressee or an adverbial phrase; index of "about"."""
        if i + 1 >= len(toks):
            return None  # a line that ends with the verb ("Pier talk")
        if toks[i + 1].lower in {"point", "points", "volumes"}:
            return None  # "talking points about" (a noun), "speaks volumes about" (an idiom)
        if toks[i].lower == "talks" and i > 0 and toks[i - 1].lower.startswith(("held", "hold")):
            return None  # "held talks with X about": a meeting, nothing reported
        for j in range(i + 2, min(i + 8, len(toks) - 1)):
            t = toks[j]
            if t.lower == "about":
                nxt = toks[j + 1]
                after = toks[j + 2].lower if j + 2 < len(toks) else ""
                if nxt.text[:1].isdigit() or (nxt.lower in {"a", "an"} and after in _AMOUNTS):
                    return None  # "spoke for about 20 minutes": "about" is "roughly"
                return j
            if not t.is_word or t.lower in _CLAUSE_WORDS or t.text[:1].isdigit():
                return None
        return None

    def _named_label(self, toks: list[Token], i: int) -> bool:
        """A full name opening a line of an interview or a panel, even once: "JANE DOE: ...",
        "Jane Doe: Well, ...". Not a tally ("Jane Doe: 1,769."), a heading with nothing after
        it ("SHORT READS:") or a possessive heading ("Editor's Note:"). toks[i] is the colon."""
        words = toks[:i]
        if len(words) < 2 or not all(t.is_cap and t.is_word for t in words):
            return False
        if any(_POSSESSIVE.search(t.text) for t in words):
            return False
        if self.headline and (
            words[0].lower in self.lex.rubrics or words[-1].lower in self.lex.rubrics
        ):
            return False  # a title kicker ("Just Leaked: ...", "Weekly Update: ...")
        rest = [t for t in toks[i + 1 :] if t.is_word]
        if len(rest) < 3 or not rest[0].text[:1].isalpha():
            return False
        label = " ".join(t.text for t in words)
        return label.isupper() or self._person_like(words, (0, len(words) - 1))

    def _in_turn(self, seg: Segment) -> bool:
        """The sentence is in a transcript turn: its paragraph opens with a speaker label
        that opens several lines of the article ("A: ...", "VALE: ...")."""
        line = self.text.rfind("\n", 0, seg.start) + 1
        m = _LABEL.match(self.text, line)
        return m is not None and self.labels.get(m.group(1), 0) >= 2

    def _is_label(self, words: list[Token]) -> bool:
        """A transcript speaker label: a capitalised name that opens several lines of the
        article ("TAPPER:", "Lopez:"), or a known person's name."""
        if not words or not all(t.is_cap and t.is_word for t in words):
            return False
        label = " ".join(t.text for t in words)
        count = self.labels.get(label, 0)
        if len(words) > 1 and label.isupper():
            count = max(count, self.labels.get(words[-1].text, 0))  # "JANE DOE:" then "DOE:"
        if count < 2 or len(label) < 3:
            return False  # "Q:" / "A:" and one-off "Washington:" lines are not speakers
        return label.isupper() or (len(words) == 1 and words[0].text in self.mem.people)
