"""Reporting verbs with their subject or agent, in any position, and who may carry which cue
(the mental-state boundary). Word senses are checked in ``senses``, nominal cues in
``nominal``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ..model import Attribution, QuoteSpan, Segment
from .lexicon import (
    _CORE_SPEECH,
    _FINITE,
    _MODALS,
    _NUMBER_WORDS,
    _TIME_NOUNS,
    BE,
    PREPOSITIONS,
)
from .nominal import (
    _CLAUSE_WORDS,
    NominalCues,
)
from .phrases import _DASHES, _SENTENCE_ADVERBS
from .result import Found
from .senses import (
    _AFTER_PLURAL_NOUN,
    _ARTICLES,
    _POSS_DETERMINERS,
    _after_share,
)
from .tokens import (
    _CONTRACTION,
    _LABEL,
    _POSSESSIVE,
    OPEN_QUOTES,
    QUOTE_MARKS,
    Token,
)

# Words of rank before a role and an infinitive: "the first senator to endorse him".
_RANKS = frozenset(
    {"first", "last", "only", "latest", "earliest", "lone", "sole", "second", "third", "newest"}
)
_BECOME = frozenset({"became", "become", "becomes", "becoming", "remains", "remained"})


# Small numbers that, after "the", stand for people named before ("the two said").
_PAIR_SUBJECTS = frozenset({"two", "three", "four"})
# Adjectives of readiness that take an infinitive whose subject is the copula's ("she was
# quick to embrace him", "they were ready to say"). Adjectives of attitude ("eager",
# "reluctant") credit their holder as attitudes already; "likely to say" is read as an
# ungoverned infinitive (``_ungoverned_infinitive``).
_CONTROL_WORDS = frozenset({"quick", "slow", "ready", "loath"})
# Degree words between a copula and such an adjective ("was slightly more likely to").
_DEGREE_WORDS = frozenset({"more", "less", "most", "least", "slightly", "much", "far", "very"})
# Words that open a subordinate clause: a verb in it does not introduce the main clause's
# quotation ("After Vale arrived, “...”").
_SUBORDINATORS = frozenset(
    {"after", "before", "when", "while", "as", "if", "because", "since", "although", "though"}
    | {"until", "once", "unless", "whether", "that", "which", "who"}
)
# Verbs of answering: to respond or reply to someone is a speech act even when what was said
# is not given ("did not respond to a request for comment").
_ANSWER_VERBS = frozenset({"respond", "reply"})
# Conjunctions and prepositions that open a fronted participle clause ("After saying ...,").
_FRONTING = frozenset(
    {"after", "before", "despite", "while", "when", "since", "by", "in", "on", "besides", "upon"}
)
# Conjunctions that open a sentence by linking it to the one before ("And in explaining ...,
# Vale said ..."): what follows them opens the sentence as it would without them.
_SENTENCE_LINKS = frozenset({"and", "but", "yet", "so"})

# Words that end the search for a passive's distant "by"-agent: a new clause begins.
_AGENT_STOPS = frozenset(
    {"that", "which", "who", "whom", "because", "but", "while", "when", "although", "though"}
    | {"if", "said", "says", "after", "before", "since", "until", "whether"}
)

# Adverbs between "be" and a participle that leave it a passive ("was once asked", "is often
# described as"), besides those in "-ly".
_PASSIVE_ADVERBS = frozenset({"also", "not", "just", "once", "never", "often", "first", "since"})

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


# Texts a person or a group puts out to say something, besides statements and documents
# ("a lawsuit alleging ...", "petitions calling on ...", "ads attacking ..."), and the verbs
# that put them out besides the issuing verbs ("filed", "launched", "ran", "led").
_AUTHORED_TEXTS = frozenset(
    {"lawsuit", "lawsuits", "suit", "petition", "petitions", "ad", "ads", "advert", "adverts"}
    | {"commercial", "commercials", "mailer", "mailers", "referendum", "referenda", "pitches"}
    | {"resolution", "motion", "complaint", "flyers", "leaflets", "placards", "signs"}
)
# Nouns that count a run of texts put out one after another ("a string of editorials", "a
# series of referenda", "a barrage of ads").
_TEXT_RUNS = frozenset({"series", "string", "barrage", "flurry", "stream", "spate", "blizzard"})
_PUT_OUT = frozenset({"file", "files", "launch", "launches", "run", "runs", "ran", "air", "airs"})

# Verbs whose participle complement is their subject's act: "avoided criticizing him", and
# spending time or money on it ("spent the day attacking him", "spent $2 million attacking").
_AVOID = frozenset({"avoid", "avoids", "avoided", "avoiding"})
_SPEND = frozenset({"spend", "spends", "spent", "spending"})

# A spaced hyphen ("... on Monday - saying ...") is a typed dash: a standalone "-" token.
_PARTICIPLE_OPENERS = frozenset(
    {",", "—", "–", "-", "by", "while", "when", "after", "before", "for", "in", "without"}
    | {"upon"}
)

# Verbs of answering: with what was said or asked after "to" ("did not respond to a request
# for comment", "replied to her critics' claims") the answer, or its refusal, is a speech act.
_ANSWERING = frozenset({"respond", "reply"})

_ADDRESSEE_TO = frozenset(
    {"respond", "speak", "talk", "reply", "answer", "address", "joke", "shout", "refer", "text"}
)


# Verbs that assert with a clause but mean "keep" with a noun object: "maintained that the
# plan was sound" reports; "maintains a lead in the polls" does not.
_KEEP_SENSE = frozenset({"maintain"})
# ... except the idiom "maintain one's innocence", which asserts it: a stated stance.
_ASSERTED_OBJECTS = frozenset({"innocence"})


# Verbs of causing whose object does what the infinitive after it says ("forced Vale to
# concede", "leaving many to wonder whether ...", "drove dockworkers to demand a vote"),
# besides those in "-ed".
_CAUSATIVES = frozenset(
    {"force", "forces", "forcing", "lead", "leads", "leading", "led", "drive", "drives"}
    | {"driving", "drove", "prompt", "prompts", "prompting", "leave", "leaves", "leaving"}
    | {"left", "spur", "spurs", "spurring", "cause", "causes"}
)

# Quantifiers that stand alone for people as the object of a verb of causing ("leaving many
# to wonder", "led some to question").
_LONE_PEOPLE = frozenset({"many", "some", "others", "several", "few", "most"})

# What opens a participle or gerund clause whose verb may govern an infinitive ("...,
# refusing to concede", "after struggling to persuade", "by declining to answer").
_ING_OPENERS = frozenset({",", "of", "by", "after", "before", "while", "without", "when"})

# Words before "to" that make its verb the subject's own act: necessity ("had to explain"),
# a choice ("chose not to respond"), readiness ("was quick to condemn").
_MODAL_TO = frozenset({"have", "has", "had", "need", "needs", "needed", "chose", "chosen", "quick"})

# Words in -s that are no plural subject before a bare form ("the news show", "the sales
# pitch", "a jobs report", "the arms deal"): nouns that are -s forms in the singular.
_NOT_PLURALS = frozenset({"news", "sales", "jobs", "sports", "arms", "savings", "series", "always"})

# Words that open the object of a verb in -s ("calls it", "shows no ...", "demands a voice"),
# where a plural noun is followed by a verb or a preposition. Not a subject pronoun or "the",
# which open a relative clause that lost its object ("the comments he made", "the
# challenges the party faces").
_OBJECT_OPENERS = frozenset({"it", "him", "them", "us", "me", "this", "a", "an", "no", "that"})

# What else may follow a past verb with its object or its words: "the", a possessive, an
# infinitive, a comma before a quotation.
_PAST_OBJECT_OPENERS = frozenset({"the", "his", "her", "their", "its", "our", "to", ",", ":"})

# Endings of adjectives and participles that stand before a plural noun ("political attacks",
# "renewed doubts", "mounting questions", "pugnacious posts").
_ADJECTIVE_ENDINGS = ("ed", "ing", "ly", "al", "ive", "ous", "ful", "ic", "ish", "less", "est")

# Adjectives of ability and freedom before "to": the infinitive is the subject's own act
# ("is free to vote for", "was able to claim", "is right to note").
_ABLE_TO = frozenset({"able", "unable", "free", "willing", "unwilling", "right", "eager"})

# Participles of scheduling before "to": "is scheduled to address" is an appearance, not a stance.
_SCHEDULED = frozenset({"scheduled", "slated", "set", "expected", "due", "invited", "booked"})


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

# Quantifiers that count a plural ("some emails", "many calls"): a verb after them as their
# subject takes no -s.
_PLURAL_QUANTIFIERS = frozenset({"many", "most", "some", "several", "both", "few", "all"})


# Participles that date a document between it and its verb ("a poll released Monday found").
_RELEASE_PARTICIPLES = frozenset({"released", "published", "conducted", "issued", "taken"})


# Suffixes of nouns for people by what they do, singular or plural ("a caller", "reporters",
# "moderators", "libertarians", "lobbyists", "employees").
_AGENT_NOUN_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ee", "ees")
# The plurals among them that name people only ("lobbyists", "politicians", "employees"),
# where "-ers" / "-ors" also name things ("papers", "motors"): such a subject of a verb of
# speech is people who spoke.
_AGENT_SUFFIXES = ("ists", "ians", "ees")


def _agent_noun(head: Token) -> bool:
    return not head.is_cap and len(head.lower) > 5 and head.lower.endswith(_AGENT_NOUN_SUFFIXES)


def _agent_plural(head: Token) -> bool:
    return _agent_noun(head) and head.lower.endswith(_AGENT_SUFFIXES)


# Prepositions that govern the noun phrase after them ("clash over Dorn emails"); "by" may
# introduce a passive's agent, which speaks
_GOVERNING_PREPOSITIONS = (PREPOSITIONS - {"by"}) | frozenset(
    {"over", "against", "amid", "among", "into", "under", "across", "during", "without"}
)

# A verb contracted onto its subject ("I’m", "They’re", "We’ve", "She’ll")
_CONTRACTED_VERB = re.compile(r"[’'](?:m|re|ve|ll)$", re.IGNORECASE)

# What may open a title's clause before a bare subject: "Fares to rise, operator says",
# "Fares rise as operator blames costs"
_TITLE_BOUNDARIES = frozenset({",", ";", "—", "–", "-", "as", "while", "after", "and", "but"})

# Dashes that set a title kicker off ("EXCLUSIVE – Vale: ..."), a typed "--" included.
_KICKER_DASHES = _DASHES | {"--"}


# words that open a clause after a verb of saying: "said that", "claimed they had" (a noun
# phrase after it may be an addressee or a time: "told the delegates", "tweeted the day after")
_CLAUSE_SUBJECTS = frozenset({"that", "he", "she", "they", "we", "i", "it", "there", "you"})

# Prepositions of place: a noun phrase after them is where a text appears ("an op-ed in the
# Herald urging ..."), not who speaks in it.
_IN_PLACE = frozenset({"in", "on", "at"})


class _Cue(NamedTuple):
    """A cue word in its sentence, as every stage of ``_verb_attribution`` reads it: the
    segment and its tokens, the cue at toks[i : cue_end + 1], its class and lemma, the word
    itself, its lowercase form and the lowercase word before it."""

    seg: Segment
    toks: list[Token]
    i: int
    cue_end: int
    cls: str
    lemma: str
    tok: Token
    low: str
    prev: str


class _Quantifiers(NamedTuple):
    """A quantifier before the cue: ``floating`` after its subject ("they all said"),
    ``quantified`` standing alone as the subject ("Several said", "Most oppose"), and
    ``lone_quantifier`` standing alone for people named before or a poll's respondents, at
    toks[lone]."""

    floating: bool
    quantified: bool
    lone_quantifier: bool
    lone: int


class _Holder(NamedTuple):
    """The subject as the gates of who may carry which cue read it: a person, a body that
    speaks, its head word, its pronoun, a vague source, a proper plural (a camp)."""

    person: bool
    body: bool
    head: Token
    pron: str | None
    vague: bool
    camp: bool


@dataclass(frozen=True, slots=True)
class _Done:
    """A stage settled the result: ``_verb_attribution`` returns ``found`` at once."""

    found: Found | None


class VerbCues(NominalCues):
    """Cue words that need their syntax checked: reporting verbs with their subject or agent,
    that-clauses, verbs before a colon, and the subject a verb takes."""

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
        """The attribution made by the reporting verb at toks[i : cue_end + 1] with its
        subject or agent, or None when the word is no verb of reporting here or its subject
        may not carry it. The stages run in order: is the word a verb here, which verb governs
        it ("declined to comment"), its voice and its agent, its subject, whether it takes a
        clause, who may carry the cue, and which kind of attribution it makes."""
        cls, lemma = verb
        tok = toks[i]
        prev = toks[i - 1].lower if i > 0 else ""
        c = _Cue(seg, toks, i, cue_end, cls, lemma, tok, tok.lower, prev)
        low = c.low
        if tok.is_cap and self._title_word(toks, i, cue_end, self.headline):
            return None  # part of a name or a title ("Citizens Advance", "Daily Post: ...")
        if self.headline and cls == "state" and self._forecast(toks, i):
            return None  # "a shirt she’ll hate": a title's forecast, no state she reported
        if self.title_line and i == 0 and cue_end + 1 < len(toks) and toks[cue_end + 1].text == ":":
            return None  # "Revealed: ...", "Confirmed: ...": a kicker word, no report
        qs = self._quantifiers(c)
        # a relative pronoun as the subject: "polls that show", "an ad that attacks Ruiz"
        relative = self._relative_subject(c) if prev in {"that", "which"} else (None, False, False)
        rel_head, relative_doc, relative_speaker = relative
        reading = self._verb_reading(c, qs, relative_doc)
        if reading is None:
            return None  # a noun, a set phrase, a relation, a count or an appearance
        nxt0, doc_head = reading
        cue_start = i
        if prev == "to":
            governed = self._infinitive(c, content)
            if isinstance(governed, _Done):
                return governed.found
            cue_start = governed
        if low.endswith("ing") and cue_start == i and i > 1 and prev in _ASPECTUAL:
            cue_start = i - 1  # "Vale began tweeting ...", "kept asking her why": one verb
        elif low.endswith("ing") and cue_start == i and i > 1:
            cue_start = self._catenative_before(toks, i)
        gov_prev = toks[cue_start - 1].lower if cue_start > 0 else ""
        participial = low.endswith(("ed", "told", "en", "wn", "ght"))
        be_before = self._be_before(c, cue_start, nxt0)
        if low == "said" and be_before:
            # "it is said that ...", "Vale was said to be furious": the subject of a passive
            # "said" is what is said or whom it is about, never the speaker ("’s said" after a
            # pronoun is "has said", which _be_before already reads as no "be")
            participial = True
        passive = be_before and participial
        if self._no_report_sense(toks, i, cue_end, lemma, nxt0, passive):
            return None  # an example, violence, a telephone call
        nxt = toks[cue_end + 1] if cue_end + 1 < len(toks) else None
        at_end = nxt is None or nxt.text in ".!?"
        by_at = self._by_agent(c, cue_start, participial, passive) if participial else None
        if (
            self.title_line
            and gov_prev == ","
            and cue_start >= 2
            and prior is not None
            and prior.source is not None
            and prior.cue is not None
            and prior.cue.end == toks[cue_start - 2].end
        ):
            # "Ruiz thanks, chides Vale's board": a title's verbs in a row share the subject
            return self._prior_speaker(c, prior, content)
        named = self._named_after(c, cue_start, gov_prev, nxt0, participial, passive, by_at, at_end)
        if isinstance(named, _Done):
            return named.found
        inverted = named is not None
        subject = self._subject(
            c, named, cue_start, gov_prev, be_before, qs, doc_head, prior, content
        )
        if isinstance(subject, _Done):
            return subject.found
        span = subject
        if self.headline and span is not None and self._kicker_subject(toks, span, cue_start):
            span = self._kicker_person(toks, span, cue_start)
            if span is None:
                return None  # "Busted: Ferry Logs Reveal ...": a kicker before the colon speaks not
        if self.title_line and span is not None and self._title_compound(c, span, cue_start):
            return None  # "clash over Dorn emails", "Fierce attacks delay ...": a noun
        if self.title_line and span is not None and self.title_case:
            span = self._title_subject(c, span)
            if span is None:
                return None
        if self._object_not_clause(c, span, cue_start, nxt, at_end, inverted, passive, be_before):
            return None  # an object or an addressee, nothing reported
        if not inverted and self._patient_participle(c, span, cue_start):
            # "a contractor accused of spying", "Kyle, referred to as ...": the phrase before
            # a participle with no object is what the unnamed speaker talks about; the cue
            # reads as the passive it is ("Kyle is referred to as ...")
            return self._agentless(c, cue_start, nxt0, True, at_end)
        if lemma in _ANSWERING and not inverted:
            to_at = cue_end + 1  # "respond Wednesday to": past a time word
            while to_at < len(toks) and toks[to_at].lower in self.lex.time_words:
                to_at += 1
            prompt = None
            if to_at < len(toks) and toks[to_at].lower == "to":
                prompt = self._answered_prompt(toks, to_at)
            if prompt is not None:  # the cue is the answer to it: "respond to a request"
                c = c._replace(cue_end=prompt)
        if cls == "naming" and self._named_thing(c, span, cue_start, nxt):
            return None  # "a group called Citizens First": a name, not speech
        # -- who may carry which cue (the mental-state boundary) --
        holder = self._holder(c, span, relative_speaker, qs.lone_quantifier)
        if holder is None:
            return None
        span = self._antecedent(toks, span, rel_head, relative_doc, doc_head)
        clause_follows = nxt is not None and nxt.lower in {"that", ":"}
        if not self._may_carry(
            c, span, cue_start, holder, inverted, clause_follows, be_before, by_at, nxt0
        ):
            return None
        if not inverted and self._noun_after_modifier(c, span, cue_start):
            # "joined in a thunderous chant of ...", "offered a blunt retort": the phrase
            # before is the noun's own article and modifier, and the noun of speech is the
            # clause subject's, as for "she made a plea for calm"; with no such subject ("a
            # passing promise that ... raised questions") the speaker is not named
            main = self._clause_subject(toks, span[0])
            if (
                main is None
                or main[1] >= span[0]
                or not self._may_hold(toks, main, "speech", pronoun=True)
            ):
                content.append(self._content_after(c.seg, toks, cue_end))
                cue = self._cue(toks, cue_start, cue_end)
                return Attribution(self._kind(cls, False, quotes), None, cue), None
            span = main
        return self._found(c, span, cue_start, holder.vague, inverted, at_end, quotes, content)

    def _catenative_before(self, toks: list[Token], i: int) -> int:
        """A verb that takes the participle at toks[i] as its complement, sharing its subject:
        "has avoided directly criticizing", "took turns rebutting", "spent Thursday
        discussing", "spent more than $10 million attacking". Returns where the cue starts
        (the governing verb), or ``i``."""
        k = i - 1
        while k > 0 and (toks[k].lower.endswith("ly") or toks[k].lower in {"not", "even"}):
            k -= 1
        low = toks[k].lower
        if low in _AVOID:
            return k
        if low == "turns" and k > 0 and toks[k - 1].lower in {"took", "take", "takes", "taking"}:
            return k - 1
        for m in range(k, max(0, k - 8), -1):
            t = toks[m]
            if t.lower in _SPEND:
                return m if m < k else i
            if (
                not (t.is_word or t.text == "$")
                or t.lower in _CLAUSE_WORDS
                or t.lower in BE
                or t.lower.endswith("ing")
            ):
                break  # "spending enough time doing is pushing back": another verb between
        return i

    def _quantifiers(self, c: _Cue) -> _Quantifiers:
        """A quantifier before the cue: floating after its subject ("they all said", "Vale
        and Ruiz have both argued"), standing alone as the subject of a verb of saying
        ("Several said ...", "Both argued ..."), or standing alone for people named before or
        a poll's respondents before a verb of stance or a mental state ("Both think ...",
        "Most oppose ...")."""
        lex = self.lex
        toks, i, cue_end, cls, low, prev = c.toks, c.i, c.cue_end, c.cls, c.low, c.prev
        before = self._skip_back(toks, i - 2) if prev in {"both", "all", "each"} else -1
        floating = before >= 0 and (
            toks[before].is_cap
            or bool(self._pronoun(toks[before]))
            # after an auxiliary the quantifier floats whatever the subject's last word:
            # "X, the mayor of Dorn, have both urged", "the next class of senators will all back"
            or toks[i - 2].lower in {"have", "has", "had", "will", "would"}
            # after a bracket or a plural noun that ends the subject: "X and Sen. Y (R-Va.)
            # both condemned", "the president and the ministers all urged"
            or toks[before].text == ")"
            or (
                toks[before].is_word
                and toks[before].lower.endswith("s")
                and not toks[before].lower.endswith("ss")
                and toks[before].lower not in lex.stop | lex.determiners | lex.bridge
            )
        )  # "they all said", "Vale and Ruiz have both argued"
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
        # "some emails", "many calls": a plural quantifier takes no verb in -s, so the word
        # after it is its noun ("one says", "each says" agree)
        plural_noun = prev in _PLURAL_QUANTIFIERS and low.endswith("s") and not low.endswith("ss")
        quantified = (
            cls == "speech"
            and prev in _QUANTIFIER_SUBJECTS
            and not low.endswith("ing")
            and not before_plural_noun
            and not plural_noun
            and (
                i == 1
                or toks[i - 2].text in {",", ";", "—"}
                # "..., while another says ...", "Yet another said ...": a clause of its own
                or toks[i - 2].lower in {"and", "but", "yet", "while", "whereas"}
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
            and not plural_noun
            and (
                lone == 0
                or toks[lone - 1].text in {",", ";", "—", "(", ":"}
                or toks[lone - 1].lower in {"and", "but"}
            )
        )
        # "The two admit that ...", "the three agreed": "the" and a count of people named before
        the_count = (
            cls == "speech"
            and prev in _NUMBER_WORDS
            and prev != "one"
            and i >= 2
            and toks[i - 2].lower == "the"
            and (
                i == 2 or toks[i - 3].text in {",", ";", "—"} or toks[i - 3].lower in {"and", "but"}
            )
            and not low.endswith("ing")
            and not before_plural_noun
        )
        quantified = quantified or lone_quantifier or the_count
        if (
            prev in _QUANTIFIER_SUBJECTS - {"one", "another"}
            and (i < 2 or toks[i - 2].text in {",", ";", "—"} or toks[i - 2].lower in _CLAUSE_WORDS)
            and (low.endswith("ed") or low in {"spoke", "said", "told", "wrote"})
            and not before_plural_noun
        ):
            floating = True  # "Many spoke about ...", "..., but some argued": a pronoun subject
        return _Quantifiers(floating, quantified, lone_quantifier, lone)

    def _relative_subject(self, c: _Cue) -> tuple[int | None, bool, bool]:
        """Whether a relative pronoun right before the cue is its subject: "polls that show X
        ahead" and "polls by Quinnipiac that showed" (a document noun, whose index is returned
        when it lies beyond its modifiers), "an ad that attacks Ruiz" (a noun that can speak or
        carry words). Returns the document noun's index, whether the verb has a relative
        subject at all, and whether that subject is a speaking noun."""
        lex = self.lex
        toks, i, cls, lemma, low, prev = c.toks, c.i, c.cls, c.lemma, c.low, c.prev
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
            rel_head = self._document_head_before(toks, j, c.cue_end)
            relative_doc = rel_head is not None and rel_head < j - 1
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
        return rel_head, relative_doc, relative_speaker

    def _verb_reading(
        self, c: _Cue, qs: _Quantifiers, relative_doc: bool
    ) -> tuple[str, int | None] | None:
        """Whether the cue word is a verb here, not a noun ("the report", "Zucker’s comments",
        "Brandt emails were released", "his home state"), a set phrase, a relation, a count
        or an appearance ("spoke at a rally"). None when it is not; else the word after the
        cue (past an adverb after "speak": "spoke briefly about") and the index of a
        document noun heading the subject of "show(s)" ("a poll out this week shows")."""
        lex = self.lex
        toks, i, cue_end, lemma, low, prev = c.toks, c.i, c.cue_end, c.lemma, c.low, c.prev
        nxt0 = toks[cue_end + 1].lower if cue_end + 1 < len(toks) else ""
        if self._closing_clause(toks, i, cue_end):
            return nxt0, None  # '“...,” the statement read.': the verb of a closing report
        if self._noun_before(c, qs, relative_doc):
            return None
        if self._other_sense(toks, i, cue_end, lemma):
            return None  # a set phrase, a relation, a count or an appearance
        if (
            prev == "to"
            and self.title_line
            and cue_end + 1 < len(toks)
            and (
                toks[cue_end + 1].is_cap
                or nxt0 in lex.determiners
                or nxt0 in {"for", "on"}
                or cue_end > i  # a phrase with its particle: "to call for"
            )
            and self._headline_plan(toks, i)
        ):
            # "Union to back Vale", "Vale to call for ...": a title's "to" for "will" with a
            # name, an article or the verb's particle after it is a verb ("to back room" is a
            # place)
            return nxt0, None
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
        if low in lex.noun_forms and self._modified_noun(toks, i, relative):
            return None
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
            return None  # "Brandt emails were released", "the 2012 embassy attack"
        if lemma == "speak" and nxt0.endswith("ly") and cue_end + 2 < len(toks):
            nxt0 = toks[cue_end + 2].lower  # "spoke briefly about": an adverb before the topic
        if lemma == "speak" and self._appearance(toks, i, cue_end, lemma, nxt0):
            return None  # "spoke at a rally", "will speak first": an appearance, nothing said
        if (
            low in lex.noun_forms
            and i > 0
            and not clause_next
            and not doc_verb
            and not _after_share(toks, i)
            and self._compound_noun(c, nxt0)
        ):
            return None
        return nxt0, doc_head

    def _closing_clause(self, toks: list[Token], i: int, cue_end: int) -> bool:
        """The cue and a short subject before it make up a reporting clause right after a
        quotation that closes with a comma ('“...,” the statement read.', '“...,” the two
        write.', '“...,” the document states, “...”'): the word is the verb, whatever else
        it may be ("read", "states" as nouns)."""
        if cue_end + 1 < len(toks) and toks[cue_end + 1].text not in {".", "!", "?", ","}:
            return False
        span = self._np_ending(toks, i - 1) if i > 0 else None
        if span is None or span[1] != i - 1 or span[1] - span[0] > 4 or span[0] < 2:
            return False
        k = span[0] - 1
        while k > 0 and toks[k].text in QUOTE_MARKS and toks[k - 1].end == toks[k].start:
            k -= 1  # the closing mark (or the two marks of a typed '')
        return k < span[0] - 1 and toks[k].text in {",", "?", "!"}

    def _noun_before(self, c: _Cue, qs: _Quantifiers, relative_doc: bool) -> bool:
        """The word before the cue makes it a noun or a complement: a determiner with no
        quantifier or relative subject ("the report", "a claim"), a preposition ("by saying",
        "for claiming" excepted: a gerund whose subject is the clause's), or a possessive
        ("Zucker’s comments", "the editor’s note")."""
        toks, i, low, prev = c.toks, c.i, c.low, c.prev
        if (
            prev in self.lex.determiners
            and not (prev == "that" and self._relative_verb_after_that(toks, i, c.cue_end))
            and not qs.floating
            and not qs.quantified
            and not relative_doc
            # "the two said": a small number after "the" stands for people named before
            and not (prev in _PAIR_SUBJECTS and i >= 2 and toks[i - 2].lower == "the")
        ) or (
            prev in PREPOSITIONS - {"to"}
            and not (low.endswith("ing") and prev in _GERUND)
            and not self._gerund_of_saying(c)
        ):  # "by saying", "for claiming": a gerund whose subject is the clause's
            return True  # a noun ("the report", "a claim") or a complement
        # a noun after a possessive: "Zucker’s comments", "the editor’s note"
        return i > 0 and bool(
            (_POSSESSIVE.search(toks[i - 1].text) and not self._pronoun(toks[i - 1]))
            or prev in {"his", "her", "their", "its", "our", "my", "your"}
        )

    def _gerund_of_saying(self, c: _Cue) -> bool:
        """A gerund of saying after "of", "on" or "aside from" with what was said right after
        it ("took the step of criticizing the agency", "stopped short of calling for ...",
        "aside from stating that ..."): the subject of the clause says it, as after "by"."""
        toks, cue_end = c.toks, c.cue_end
        if c.cls != "speech" or not c.low.endswith("ing") or c.prev not in {"of", "on", "from"}:
            return False
        if cue_end + 1 >= len(toks) or c.i < 2:
            return False
        if c.prev == "from" and toks[c.i - 2].lower not in {"aside", "apart"}:
            return False  # "refrained from attacking", "kept her from saying": not said
        nxt = toks[cue_end + 1]
        n = nxt.lower
        if c.lemma in self.lex.needs_clause and n != "that":
            return False  # "the position of addressing the attack": no clause, no report
        return n in {"that", "for", "him", "her", "them", "it", "the", "his", "their"} or (
            nxt.is_cap and nxt.is_word
        )

    def _compound_noun(self, c: _Cue, nxt0: str) -> bool:
        """A cue word that is also a noun (toks[i], after a word, with no clause after it and
        no document subject) heads a compound noun: "his home state", "a senior staff call",
        "the Orlando attack", "her Wall Street remarks"."""
        lex = self.lex
        toks, i, cue_end, cls, lemma, low = c.toks, c.i, c.cue_end, c.cls, c.lemma, c.low
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
            and not (  # "the ministry calls the plan a gem": a singular body, its verb in
                # -s agreeing with it, and the verb's object
                before.lower in lex.speaking_bodies
                and low.endswith("s")
                and not low.endswith("ss")
                and cue_end == i
                and self._object_after(toks, cue_end)
            )
            and before.lower != "who"  # "Vale, who hopes to ...": a verb after "who"
            and not self._finite_s_form(toks, i, cue_end)
            and not self._plural_subject_verb(toks, i, cue_end)
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
            and not (  # "went on to call", "plans to vote", "vowed not to back": a bare
                # form after "to" under a verb that takes an infinitive
                before.lower == "to"
                and cue_end == i
                and (low.endswith("ss") or not low.endswith("s"))
                and self._verb_before_to(toks, i - 1)
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
            return True  # a compound noun: "his home state", "a senior staff call"
        if before.is_cap and not self._plural_subject_verb(toks, i, cue_end):
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
                or (opener.text[:1].isdigit() and not self.headline)  # "22 Brandt emails"
            ):
                return True  # "the Orlando attack", "her Wall Street remarks"
        return False

    def _plural_subject_verb(self, toks: list[Token], i: int, cue_end: int) -> bool:
        """A bare form right after a plural noun ("news outlets estimate Vale needs ...",
        "many Republicans fear Ruiz would ...", "working-class voters view it differently")
        agrees with it as its subject, when what follows is no preposition, verb or
        punctuation that a compound noun would take ("the jobs report on ...", "the sales
        pitch was ..."). A capitalised plural counts only as a party camp or a people
        ("Republicans", "Americans"), since a name may end in -s ("the Reynolds plan")."""
        low = toks[i].lower
        if cue_end != i or (low.endswith("s") and not low.endswith("ss")) or i < 1:
            return False
        before = toks[i - 1]
        b = before.lower
        if (
            not before.is_word
            or not b.isalpha()
            or len(b) < 4
            or not b.endswith("s")
            or b.endswith(("ss", "us", "is"))
            or b in self.lex.stop
            or b in self.lex.determiners
            or b in self.lex.bridge
            or b in _NOT_PLURALS
        ):
            return False
        if before.is_cap and not (
            b in self.lex.position_bodies or b.endswith(("icans", "ians", "crats", "ists"))
        ):
            return False
        if cue_end + 1 >= len(toks):
            return False
        nxt = toks[cue_end + 1]
        n = nxt.lower
        return not (
            n in PREPOSITIONS
            or n in BE
            or n in _MODALS
            or n in _AFTER_PLURAL_NOUN
            or n in self.lex.stop
            or nxt.text in {".", ",", ";", ")", "!", "?", "—", "-", "–"}
            or (n.endswith("ed") and not nxt.is_cap)
        )

    def _finite_s_form(self, toks: list[Token], i: int, cue_end: int) -> bool:
        """An -s form right after the head noun of its subject with its object after it ("the
        government claims Vale ...", "the newspaper calls it ...", "simple math shows he
        ...", "the site, which posts fake stories"): a noun in -s is followed by a verb or a
        preposition, not by a pronoun, a name or a determiner that opens an object."""
        low = toks[i].lower
        if cue_end != i or not low.endswith("s") or low.endswith("ss") or cue_end + 1 >= len(toks):
            return False
        before, nxt = toks[i - 1], toks[cue_end + 1]
        n = nxt.lower
        opens_object = n in _OBJECT_OPENERS or (
            nxt.is_cap and nxt.is_word and n not in self.lex.stop
        )
        if not opens_object:
            return False
        if before.lower == "which":
            return True
        b = before.lower
        return (
            before.is_word
            and not before.is_cap
            and b.isalpha()
            and not b.endswith(_ADJECTIVE_ENDINGS)
            and b not in self.lex.stop
            and b not in self.lex.determiners
            and b not in self.lex.bridge
            and b not in PREPOSITIONS
        )

    def _relative_verb_after_that(self, toks: list[Token], i: int, cue_end: int) -> bool:
        """The "that" before toks[i] is a relative pronoun after a noun and toks[i] its verb:
        a past form ("letters that called him", "the ad that compared ...") or a present
        form with its object ("a site that pitches the resort", "nothing that suggests
        Vale ...", "reports that question his ..."); a determiner "that" opens a noun ("that
        claim"), which no object follows."""
        before = toks[i - 2] if i >= 2 else None
        if before is None or not before.is_word or before.lower in self.lex.stop:
            return False
        if len(before.lower) > 4 and before.lower.endswith("ed"):
            return False  # "approved that proposed fare": "that" after a verb
        low = toks[i].lower
        if cue_end != i or low.endswith("ing") or cue_end + 1 >= len(toks):
            return False
        nxt = toks[cue_end + 1]
        n = nxt.lower
        if n in _OBJECT_OPENERS or (nxt.is_cap and nxt.is_word):
            return True
        # a past form may also take "the", a possessive, an infinitive or a quotation ("the
        # ad that compared the mayor ...", "signs that said, “...”"); "that proposed fare" is
        # a determiner and a participle before its noun
        return (low.endswith("ed") or low in {"said", "told", "wrote"}) and (
            n in _PAST_OBJECT_OPENERS or nxt.text in QUOTE_MARKS
        )

    def _verb_before_to(self, toks: list[Token], to_at: int) -> bool:
        """The "to" at toks[to_at] follows a verb that takes an infinitive, so the word after
        it is a verb, not a noun after the preposition: "went on to", "has to", "plans to",
        "refuses to", "vowed not to" (not "funds to", "a way to", "scheduled to")."""
        k = to_at - 1
        if k >= 1 and toks[k].lower in {"not", "never"}:
            k -= 1
        if k < 0:
            return False
        g = toks[k].lower
        if g == "on":
            return k >= 1 and toks[k - 1].lower in {"went", "go", "goes", "going", "gone"}
        if g in _MODAL_TO or g in _ABLE_TO:
            return True
        if g.endswith("ed") and g not in _SCHEDULED and not toks[k].is_cap:
            return True
        return g.endswith("s") and not g.endswith("ss") and self.lex.verb(g) is not None

    def _infinitive(self, c: _Cue, content: list[tuple[int, int]]) -> int | _Done:
        """A cue right after "to": the verb that governs it joins the cue and its subject is
        the source ("declined to comment", "went on to say", "refused to endorse"): returns
        where the cue now starts. A rank before the infinitive ("the first senator to endorse
        him"), an object that speaks ("led Republicans to say") and a purpose clause ("took
        to the airwaves to defend the plan") settle the result."""
        lex = self.lex
        seg, toks, i, cue_end, cls, lemma = c.seg, c.toks, c.i, c.cue_end, c.cls, c.lemma
        # "declined to comment", "went on to say", "refused to endorse": the governing verb
        # joins the cue and its subject is the source.
        gov = i - 2
        if gov >= 0 and toks[gov].lower == "on" and gov >= 1:
            gov -= 1
        if gov >= 1 and toks[gov].lower in {"not", "never"}:
            gov -= 1  # "chose not to respond", "has never had to explain"
        g = toks[gov].lower if gov >= 0 else ""
        # "had to explain", "chose not to respond", "was quick to condemn": the verb is the
        # subject's own, under a modal of necessity, a choice or a readiness ("would have to
        # tell" is an obligation foreseen, nothing said yet)
        modal = g in _MODAL_TO and not (
            g in {"have", "has", "had"} and gov >= 1 and toks[gov - 1].lower in _MODALS
        )
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
            return _Done(
                (Attribution(kind, self._source(toks, ranked), self._tok_span(c.tok)), ranked)
            )
        if self.headline and cls in ("speech", "stance") and self._headline_plan(toks, i):
            return i - 1  # "Ruiz to endorse Holm": a title's "to" + verb announces a plan
        if (
            gov < 0
            or not toks[gov].is_word
            or (g in lex.stop and not modal and g not in _CONTROL_WORDS)
            or not (
                modal
                or g.endswith(("ed", "s"))
                or g in {"went", "sought", "began", "made", "tend"}
                # "was quick to embrace him", "were all too ready to say": an adjective of
                # readiness after a copula
                or (g in _CONTROL_WORDS and self._control_frame(toks, gov))
                or (g.endswith("ing") and gov > 0 and toks[gov - 1].lower in BE)
                # "..., refusing to concede", "after struggling to persuade": a participle or
                # a gerund that opens its clause governs the infinitive
                or (g.endswith("ing") and (gov == 0 or toks[gov - 1].lower in _ING_OPENERS))
            )
            or toks[gov].is_cap
            or g in lex.determiners
            or g in lex.role_nouns
        ):
            return _Done(self._ungoverned_infinitive(c, content))
        if cls == "state":
            return _Done(None)
        if g in _CONTROL_WORDS:
            while gov > 0 and toks[gov - 1].lower in _DEGREE_WORDS:
                gov -= 1  # "were far more ready to endorse": the degree words join the cue
        return gov

    def _control_frame(self, toks: list[Token], gov: int) -> bool:
        """The adjective of readiness at toks[gov] ("quick", "ready") stands after a copula,
        past degree words ("was far more ready to"), so the copula's subject is the subject of
        the infinitive after it."""
        k = gov - 1
        while k >= 0 and toks[k].lower in _DEGREE_WORDS:
            k -= 1
        if k < 0:
            return False
        before = toks[k].lower
        return before in BE or before in {"seem", "seems", "seemed"}

    def _forecast(self, toks: list[Token], i: int) -> bool:
        """A future before the cue toks[i] ("will", "won’t", "’ll", "going to"): in a title,
        a state under it is the outlet's forecast of how someone will feel ("Ruiz Will Hate
        It", "a Line Vale Won’t Want Anyone to See"), not a state the person stated."""
        k = i - 1
        while k >= 0 and toks[k].lower in {"not", "never", "really", "just", "surely"}:
            k -= 1
        if k < 0:
            return False
        low = toks[k].lower.replace("'", "’")
        if low in {"will", "won’t", "wont"} or low.endswith("’ll"):
            return True
        return low == "to" and k > 0 and toks[k - 1].lower == "going"

    def _title_kicker(self, toks: list[Token], i: int) -> bool:
        """The words before a title's colon (toks[i]) label the story, they name no speaker: a
        rubric word first or last ("Delegate Update: ...", "Paid Notice: ..."), or a phrase
        with a function word in it ("The Ninth Circle: ...", "Big Win For Vale: ...", "Vale
        Steps In: ...", "Monday’s Harbour Notes: ..."). A name joins only "of" ("Secretary of
        State: ..."), "and" ("Vale and Ruiz: ...") and the "to" of an addressee ("Vale to
        Voters: ..."). After a dash only the words after it count ("EXCLUSIVE – Vale: ...")."""
        lex = self.lex
        dash = max((n for n in range(i) if toks[n].text in _KICKER_DASHES), default=-1)
        lead = toks[dash + 1 : i]
        if not lead:
            return False
        # an imperative kicker comes first ("Watch: ..."); last, the word ends a name ("Human
        # Rights Watch: ...")
        if lead[0].lower in lex.rubrics or (
            lead[-1].lower in lex.rubrics and lead[-1].lower not in {"watch", "look", "listen"}
        ):
            return True
        lows = [_POSSESSIVE.sub("", t.lower) for t in lead if t.is_word]
        return any(
            (w in lex.stop or w in lex.determiners) and w not in {"of", "and", "to"} for w in lows
        )

    def _kicker_subject(self, toks: list[Token], span: tuple[int, int], cue_start: int) -> bool:
        """The subject found for a cue after a title's colon is the kicker before it."""
        colon = span[1] + 1
        return colon < cue_start and toks[colon].text == ":" and self._title_kicker(toks, colon)

    def _kicker_person(
        self, toks: list[Token], span: tuple[int, int], cue_start: int
    ) -> tuple[int, int] | None:
        """A title's verb right after a kicker colon with no subject of its own ("Vale Steps
        In: Urges Dock Workers to ..."): the person the kicker opens with, when the article names
        them, is its subject; None otherwise."""
        if not self.title_line or span[0] != 0 or toks[cue_start - 1].text != ":":
            return None
        for k in range(min(2, span[1]) + 1):
            if not (toks[k].is_cap and toks[k].is_word):
                return None
            if toks[k].text in self.mem.people and toks[k + 1].text not in self.mem.people:
                return (0, k)
        return None

    def _headline_plan(self, toks: list[Token], i: int) -> bool:
        """A title's subject then "to" and the cue toks[i]: "Ruiz to endorse Holm", "Union to
        back the fares plan" — headline style for "will"; the subject is the whole title
        before "to" (after a kicker colon), a noun phrase, not a clause ("Ruiz Refuses to
        ...", "Vale pushes aides to ...": the verb before "to" governs it)."""
        if i < 2:
            return False
        np = self._np_ending(toks, i - 2)
        if np is None or any(self.lex.verb(t.lower) for t in toks[np[0] : np[1] + 1]):
            return False
        start = 0
        colon = next((n for n in range(np[0]) if toks[n].text == ":"), None)
        if colon is not None:
            start = colon + 1
        return np[0] == start

    def _ungoverned_infinitive(self, c: _Cue, content: list[tuple[int, int]]) -> Found | None:
        """An infinitive cue with no verb governing it: the object of the verb before speaks
        ("led Republicans to say", "prompted aides to warn"), or in a purpose clause of a
        verb of saying the sentence's subject does ("she took to the airwaves to defend the
        plan")."""
        lex = self.lex
        seg, toks, i, cue_end, cls, tok = c.seg, c.toks, c.i, c.cue_end, c.cls, c.tok
        # "led Republicans to say", "prompted aides to warn": the object speaks
        np = self._np_ending(toks, i - 2) if i >= 2 else None
        if i >= 3 and toks[i - 2].lower in _LONE_PEOPLE:
            np = (i - 2, i - 2)  # "leaving many to wonder ...": a lone quantifier of people
        if (
            np is not None
            and np[0] > 0
            and (toks[np[0] - 1].lower.endswith("ed") or toks[np[0] - 1].lower in _CAUSATIVES)
            and (
                self._nounish(toks[np[1]])
                or self._pronoun(toks[np[1]])
                or toks[np[1]].lower in _LONE_PEOPLE
            )
            and cls in ("speech", "stance")
        ):
            content.append(self._content_after(seg, toks, cue_end))
            att = Attribution("indirect", self._source(toks, np), self._tok_span(tok))
            return att, np
        if cls == "speech":
            share = self._likelier_group(toks, i - 1)
            if share is not None:  # "voters under 30 were more likely to say ..."
                content.append(self._content_after(seg, toks, cue_end))
                return Attribution(
                    "indirect", self._source(toks, share), self._tok_span(tok)
                ), share
        # a purpose clause: "she took to the airwaves to defend the plan" — the
        # sentence's subject speaks, if it is a person, a body that speaks or a group
        # of people ("voters are more likely to say ...": a share of what they said)
        if cls != "speech":
            return None
        span = self._clause_subject(toks, i)
        if span is None or not (
            self._may_hold(toks, span, "stance") or toks[span[1]].lower in lex.groups
        ):
            return None
        content.append(self._content_after(seg, toks, cue_end))
        return Attribution("indirect", self._source(toks, span), self._tok_span(tok)), span

    def _likelier_group(self, toks: list[Token], to_at: int) -> tuple[int, int] | None:
        """A poll's comparison before "to" (toks[to_at]): a plural group of people, a copula,
        then "more / less likely" ("caucus-goers were slightly more likely to say ..."): the
        verb of saying after it reports what a share of that group said. A bare "likely to"
        is the outlet's forecast, not a report."""
        k = to_at - 1
        if k < 2 or toks[k].lower != "likely" or toks[k - 1].lower not in {"more", "less"}:
            return None
        k -= 1
        while k > 0 and toks[k - 1].lower in _DEGREE_WORDS:
            k -= 1
        if k < 2 or toks[k - 1].lower not in BE | {"appeared", "seemed"}:
            return None
        np = self._np_ending(toks, k - 2)
        if np is None:
            return None
        end = np[1]
        if np[0] >= 2 and toks[np[0] - 1].lower in {"in", "from", "under", "over", "across"}:
            inner = self._np_ending(toks, np[0] - 2)  # "insiders in Dorn were more likely"
            if inner is not None:
                np = inner
        head = toks[np[1]]
        if (head.is_cap and np[1] > 0) or not head.lower.endswith("s") or head.lower.endswith("ss"):
            return None
        if not (
            self._may_hold(toks, np, "stance")
            or head.lower in self.lex.groups
            or "-" in head.lower  # "caucus-goers", "first-timers"
            or _agent_noun(head)
        ):
            return None
        return (np[0], end)

    def _be_before(self, c: _Cue, cue_start: int, nxt0: str) -> bool:
        """A form of "be" before the cue, past adverbs ("was not", "is also"), or "’s" for
        "is" ("she’s told"): with a participle the cue is a passive. "’s" after "he" / "she"
        is "has" before a speaker's own verb ("he’s argued that ...")."""
        lex = self.lex
        toks = c.toks
        p = cue_start - 1
        while p >= 0 and (toks[p].lower.endswith("ly") or toks[p].lower in _PASSIVE_ADVERBS):
            p -= 1  # "was once asked", "is often described as", "was never told"
        # "he’s argued that ...": "’s" is "has" before a speaker's own verb; a person is the
        # passive subject only of verbs addressed to someone ("she’s told") or before to/by
        has_perfect = (
            p >= 0
            and toks[p].lower[:-2] in {"he", "she"}
            and c.lemma not in lex.object_verbs
            and nxt0 not in {"to", "by"}
        )
        be_before = p >= 0 and (
            toks[p].lower in BE
            # a title's get-passive: "Vale Just Got Asked About ..."
            or (self.headline and toks[p].lower in {"got", "gets", "get"})
            or bool(
                _CONTRACTION.match(toks[p].lower) and toks[p].lower[-1] == "s" and not has_perfect
            )
        )
        return be_before

    def _by_agent(self, c: _Cue, cue_start: int, participial: bool, passive: bool) -> int | None:
        """The index of the "by" that names the agent of the participle cue: "was endorsed by
        X", "backed strongly by X", "first reported by X", a distant agent of a passive, and
        for a view in the passive only a person or a poll's respondents."""
        lex = self.lex
        toks, cue_end, cls, lemma = c.toks, c.cue_end, c.cls, c.lemma
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
            # past adverbs and auxiliaries: "Vale never mentioned Holm by name"
            before_at = self._skip_back(toks, cue_start - 1)
            before_verb = toks[before_at] if before_at >= 0 else None
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
        return by_at

    def _named_after(
        self,
        c: _Cue,
        cue_start: int,
        gov_prev: str,
        nxt0: str,
        participial: bool,
        passive: bool,
        by_at: int | None,
        at_end: bool,
    ) -> tuple[int, int] | _Done | None:
        """The speaker named after the verb: a passive's agent ("was endorsed by X") or the
        subject of an inverted verb of saying ('“...,” said the minister'). ``_Done`` when a
        view credited to nobody ("Scalia, regarded as ..."), an agentless passive or an agent
        that cannot speak settles the result."""
        toks, cue_end, lemma = c.toks, c.cue_end, c.lemma
        if (
            participial
            and not passive
            and by_at is None
            and nxt0 == "as"
            and lemma in self.lex.vague_passive
            and gov_prev in {",", "—"}
        ):
            # "Scalia, regarded as the court's dominant figure": a view credited to nobody
            cue = self._cue(toks, cue_start, cue_end)
            view = self._reported_after(c.seg, toks, cue_end)
            return _Done((Attribution("vague", None, cue, view), None))
        if passive or (by_at is not None and gov_prev not in {"has", "have", "had"}):
            # otherwise the subject of a passive is the addressee or the topic, and the speaker
            # is unnamed: "he was asked", "the victory is expected", "it was reported"
            if by_at is None:
                return _Done(self._agentless(c, cue_start, nxt0, passive, at_end))
            span = self._passive_agent(toks, by_at)
            if span is None:
                return _Done(None)  # "is explained by the state's rules": a cause, not a speaker
            return span
        return self._inverted_subject(c, cue_start)

    def _agentless(
        self, c: _Cue, cue_start: int, nxt0: str, passive: bool, at_end: bool
    ) -> Found | None:
        """A passive with no agent: the subject is the addressee or the topic and the speaker
        is unnamed ("he was asked", "the victory is expected", "it was reported"), a vague
        source or an agentless reporting passive; None for other senses ("was seen on
        camera", "the race was called Tuesday", "was referred to the hospital")."""
        lex = self.lex
        toks, i, cue_end, cls, lemma = c.toks, c.i, c.cue_end, c.cls, c.lemma
        if cls == "stance" or not passive:
            return None
        if lemma in {"see", "view", "regard"} and nxt0 != "as":
            return None  # "was seen on camera": perception, not a view
        if lemma == "call" and (at_end or nxt0 in lex.time_words or nxt0 in _TIME_NOUNS):
            return None  # "the race was called Tuesday": declared decided; the
            # naming sense ("was called a fraud") always has its complement
        if (
            cue_end > i
            and toks[cue_end].lower == "to"
            and not (cue_end + 1 < len(toks) and toks[cue_end + 1].lower == "as")
        ):
            return None  # "was referred to the hospital": the passive of "V to" makes
            # the addressee or the destination its subject; nothing is reported ("is
            # referred to as X" names, and is reported)
        kind = "vague" if lemma in lex.vague_passive else "passive"
        reported = self._reported_after(c.seg, toks, cue_end)
        return Attribution(kind, None, self._cue(toks, cue_start, cue_end), reported), None

    def _passive_agent(self, toks: list[Token], by_at: int) -> tuple[int, int] | None:
        """The agent after the "by" at toks[by_at], if it can speak: a noun, a person or a
        pronoun ("is explained by the state's rules" names a cause, not a speaker)."""
        span = self._np_after(toks, by_at) or self._bare_plural_after(toks, by_at)
        if span is None:
            return None
        agent = [t for t in self._head_span(toks, span) if t.is_word]
        if not agent or not (
            self._nounish(agent[-1])
            or self._pronoun(agent[-1])
            # a person; "endorsed by both teachers unions", "projected by networks": bodies
            # that speak; "rejected by 64 percent of the electorate": a counted share of people
            or self._may_hold(toks, span, "stance")
            # "criticized by bankers", "asked by a caller": a noun for people by what they do
            or _agent_noun(agent[-1])
        ):
            return None  # "is explained by the state's rules": a cause, not a speaker
        return span

    def _bare_plural_after(self, toks: list[Token], by_at: int) -> tuple[int, int] | None:
        """A plural common noun with no determiner after the "by" at toks[by_at], with up to
        two modifiers before it and the phrase ending there: "by libertarians on social
        media", "by early deciders", "by networks and the wire services"."""
        lex = self.lex
        k = by_at + 1
        while (
            k < len(toks)
            and k - by_at <= 3
            and toks[k].is_word
            and not toks[k].is_cap
            and not toks[k].text[:1].isdigit()
            and toks[k].lower not in lex.stop
            and toks[k].lower not in lex.bridge
            and not toks[k].lower.endswith("ly")
        ):
            k += 1
        end = k - 1
        if end <= by_at:
            return None
        head = toks[end].lower
        if not head.endswith("s") or head.endswith(("ss", "us", "is")):
            return None
        if k < len(toks) and toks[k].is_word and toks[k].lower not in lex.stop:
            return None
        return (by_at + 1, end)

    def _inverted_subject(self, c: _Cue, cue_start: int) -> tuple[int, int] | None:
        """The speaker after a verb of saying that follows the content: '“...,” said the
        minister', '..., said Smith.' — but not "X, a lawyer, said he ..."."""
        lex = self.lex
        toks, cue_end, cls, lemma, low = c.toks, c.cue_end, c.cls, c.lemma, c.low
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
        # right after a closing quotation mark the quotation is what the verb reports, so the
        # phrase after it is the speaker, not an object ('“...,” recalled Mr. Vale'), and a
        # verb of evidence or of mind reports it too ('“...,” reads an editorial')
        mark = cue_start - 1
        while mark > 0 and toks[mark].text in QUOTE_MARKS and toks[mark - 1].text in QUOTE_MARKS:
            mark -= 1  # "''" typed as two marks
        quoted = (
            mark > 0
            and toks[mark].text in QUOTE_MARKS
            and toks[mark - 1].text in {",", ".", "!", "?"}
        )  # a quotation that closes a sentence of speech, not a scare quote ('“top” email')
        takes_object = not quoted and (
            lemma == "tell" or (lemma in lex.object_verbs and lemma not in _CORE_SPEECH)
        )  # "X, 49, told AFP": the phrase after "told" / "urged" is whom they addressed
        reporting = cls == "speech" or (quoted and cls in ("evidence", "state"))
        if not (inverted_pos and reporting and not low.endswith("ing") and not takes_object):
            return None
        # '“...,” said the minister' / '..., said Smith.' — but not "X, a lawyer, said he..."
        after = self._np_after(toks, cue_end)
        if after is None and toks[cue_start - 1].text in QUOTE_MARKS:
            # '“...,” said the 46-year-old.': whatever phrase runs to the end
            k = cue_end + 1
            while k < len(toks) and toks[k].is_word and k - cue_end <= 5:
                k += 1
            if k > cue_end + 1 and (k == len(toks) or toks[k].text in {".", ",", "!", "?"}):
                after = (cue_end + 1, k - 1)
        if after is None:
            return None
        follow = toks[after[1] + 1] if after[1] + 1 < len(toks) else None
        closes = toks[cue_start - 1].text in QUOTE_MARKS
        # "X, a delegate from Ohio, said the turmoil at ...": the comma closes an
        # appositive of the subject, so the phrase after the verb is its object, even
        # when the sentence ends with it ("X, a teacher, said the fares rose."), unless
        # it is a name ("..., forcing her out, said Tom Hale, a pollster.")
        # '“Did he? Probably,” said X': a quotation running from the sentence's start to
        # the verb holds the comma, which then parts no subject from its apposition
        quoted_opening = closes and any(
            q.start <= toks[0].start and toks[cue_start - 1].end <= q.end for q in self.quotes
        )
        appositive = (not closes and self._appositive_subject(toks, cue_start - 1)) or (
            not quoted_opening and self._opens_with_apposition(toks, cue_start)
        )
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
            # '“...,” said one owner of a shop that sells shoes': the quotation is what was
            # said, so a "that" after the phrase opens a relative clause, not a report
            or (closes and follow.lower == "that")
        )
        if speaker and (
            (not appositive and clause_ends) or (appositive and ends and toks[after[1]].is_cap)
        ):
            return after
        return None

    def _participle_opener(self, toks: list[Token], cue_start: int, low: str, gov_prev: str) -> str:
        """The word that opens a participle cue's clause, as read before the cue: a comma
        inside a closing quotation ('“... the party,” claiming that'), an opener past adverbs
        ("responded by first saying", "..., eventually saying"), a spaced hyphen as a dash;
        otherwise ``gov_prev``, the word right before the cue."""
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
        return gov_prev

    def _subject(
        self,
        c: _Cue,
        span: tuple[int, int] | None,
        cue_start: int,
        gov_prev: str,
        be_before: bool,
        qs: _Quantifiers,
        doc_head: int | None,
        prior: Attribution | None,
        content: list[tuple[int, int]],
    ) -> tuple[int, int] | _Done:
        """The clause subject for the cue, when no agent or inverted speaker gave ``span``: the
        main subject after a fronted participle clause, a lone quantifier, the phrase before
        the verb, the speaker of the clause before a participle ("..., saying"), the head of a
        relative clause or the clause's subject out of the chunker's reach. A subject before
        the verb that ends a relative clause gives way to the head the clause modifies.
        ``_Done`` when that settles the result (the speaker before a participle, a "said" with
        no subject, nothing found)."""
        lex = self.lex
        toks, i, cls, lemma, low = c.toks, c.i, c.cls, c.lemma, c.low
        gov_prev = self._participle_opener(toks, cue_start, low, gov_prev)
        participle = low.endswith("ing") and gov_prev in {
            ",",
            "—",
            "–",
            "by",
            "while",
            "when",
            "after",
            "before",
            "upon",  # "drew boos upon saying ...": as "after saying"
        }
        if (
            self.title_case
            and span is None
            and gov_prev == ","
            and low.endswith("s")
            and prior is not None
            and prior.source is not None
        ):
            # "Vale Says X, Calls Y ‘Reckless’": a title's second verb after a comma shares
            # the subject of the first (capitals cannot tell a name from the object before it)
            return _Done(self._prior_speaker(c, prior, content))
        if span is None and self._fronted(toks, cue_start, low):
            span = self._main_subject_after(toks, c.cue_end)
            if span is None:
                return _Done(None)
        if span is None and qs.lone_quantifier:
            span = (qs.lone, qs.lone)
        elif span is None and qs.quantified:
            # "Several said", and "The two admit" with its article
            the = i >= 2 and toks[i - 2].lower == "the" and toks[i - 1].lower in _NUMBER_WORDS
            span = (i - 2, i - 1) if the else (i - 1, i - 1)
        if span is None and not participle:
            span = self._subject_before_cue(c, cue_start)
        if span is None and c.prev == "that" and self._relative_verb_after_that(toks, i, c.cue_end):
            np = self._np_ending(toks, i - 2)  # "comments that compared": the antecedent
            span = (np[0] if np is not None else i - 1, i - 1)
        progressive = be_before and not participle  # "are warning": a finite verb
        if (
            span is None
            and (participle or low.endswith("ing"))
            and cue_start == i
            and not progressive
        ):
            if gov_prev not in {
                ",",
                "—",
                "–",
                "while",
                "when",
                "after",
                "before",
                "upon",
            } | _GERUND and not self._gerund_of_saying(c):
                return _Done(None)
            # "..., saying that": the same speaker as the clause before, or the main subject
            span = self._clause_subject(toks, i) or self._common_subject(c)
            if (
                prior is not None
                and prior.source is not None
                and not (span is not None and self._prior_off_main(toks, span, prior))
            ):
                return _Done(self._prior_speaker(c, prior, content))
            if span is None:
                return _Done(None)
        if (
            span is not None
            and span[0] > 0
            and span[1] < cue_start  # not a passive's agent ("endorsed by both unions")
            and (not toks[span[1]].is_cap or toks[span[0] - 1].lower in {"by", "with", "to"})
            and not self._pronoun(toks[span[1]])
            and toks[span[0] - 1].lower in lex.stop
            and not low.endswith("ing")
        ):
            # "voters who have listened to him over the decades said": the phrase before the
            # verb ends the relative clause; the subject is the head the clause modifies
            span = self._relative_head(toks, cue_start) or span
        elif (
            span is not None
            and span[0] > 1
            and span[1] < cue_start
            and not low.endswith("ing")
            and toks[span[0] - 1].is_word
            and not toks[span[0] - 1].is_cap
            and self._after_who(toks, span[0] - 1)
        ):
            # "some who advocate lower fares argue", "people who know Vale say": the phrase
            # before the verb is the object of a restrictive relative clause's verb; the
            # subject is the head the clause modifies
            span = self._relative_head(toks, cue_start) or span
        if span is None and not low.endswith("ing"):
            span = self._open_relative(toks, cue_start) or self._relative_head(toks, cue_start)
        if span is None and lemma in {"say", "tell"} and not low.endswith("ing"):
            # a finite "said" / "told" whose subject the chunker cannot find is still a report
            span = self._clause_subject(toks, i)
            if span is None:
                cue = self._cue(toks, cue_start, c.cue_end)
                return _Done((Attribution("indirect", None, cue), None))
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
            span = self._clause_subject(toks, i) or self._common_subject(c)
        if span is None and doc_head is not None:
            span = (doc_head, i - 1)  # "a survey of those 18 to 35 years old shows"
        if span is None:
            self._unreached(c)
            return _Done(None)
        return span

    def _common_subject(self, c: _Cue) -> tuple[int, int] | None:
        """For a verb of saying, a common noun phrase for people or a body that speaks, opening
        the sentence with an article, is its subject when the chunker finds no other ("The
        families of the founders had mobilized, warning that ...")."""
        toks, i = c.toks, c.i
        if c.cls != "speech" or not toks or toks[0].lower not in {"the", "a", "an"}:
            return None
        span = self._np_after(toks, -1)
        if span is None or span[1] >= i - 1 or toks[span[1]].is_cap:
            return None
        head = toks[span[1]]
        if not (
            self._may_hold(toks, span, "speech")
            # "readers", not "the answer" (a noun of speech) or "the letter" (a document)
            or (
                _agent_noun(head)
                and self.lex.verb(head.lower) is None
                and head.lower not in self.lex.document_nouns
            )
            or head.lower in self.lex.groups
        ):
            return None  # "The plan was approved, but ...": no speaker
        return span

    def _main_subject_after(self, toks: list[Token], cue_end: int) -> tuple[int, int] | None:
        """The subject of the main clause after a fronted participle clause, which the clause
        belongs to: "Despite challenging X, Dray said ...", "Having announced that ..., the
        judge"; it stops at the main verb."""
        lex = self.lex
        # "Despite challenging X, Dray said ...", "Having announced that ..., the judge":
        # a fronted participle clause belongs to the subject of the main clause
        comma = next((k for k in range(cue_end + 1, len(toks)) if toks[k].text == ","), None)
        if comma is None:
            return None
        while comma + 1 < len(toks) and toks[comma + 1].text in QUOTE_MARKS:
            comma += 1  # 'Citing its “dreams of a playground,” Vale urged': the comma is quoted
        if (
            comma + 2 < len(toks)
            and toks[comma + 1].lower in {"though", "however", "then"}
            and toks[comma + 2].text == ","
        ):
            comma += 2  # 'Acknowledging that ..., though, Allen did suggest ...'

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
        return span

    def _subject_before_cue(self, c: _Cue, cue_start: int) -> tuple[int, int] | None:
        """The subject phrase right before the verb (an issuer's for a participle), a bare
        plural before a verb of saying ("forecasters say"), or after "and" / "but" / "or"
        the subject of the first verb ("X arrived in Ohio and said ...")."""
        toks, low = c.toks, c.low
        span = self._subject_before(toks, cue_start)
        if span is not None and not low.endswith("ing"):
            # ("Like others defending the law, X said": the participle is the others' own)
            span = self._past_comparison(toks, span)
        if span is not None and low.endswith("ing"):
            span = self._issuer(toks, span) or span
        if span is None and c.cls == "speech" and not low.endswith("ing"):
            span = self._bare_plural(toks, cue_start)  # "forecasters say"
        if span is None and self.title_line and not low.endswith("ing"):
            span = self._headline_bare_subject(c, cue_start)  # "..., operator says"
        if (
            span is None
            and c.cls in ("speech", "stance")
            and low.endswith("ing")
            and cue_start == c.i
        ):
            span = self._text_issuer(toks, cue_start)  # "filed a lawsuit alleging that ..."
        j = self._skip_back(toks, cue_start - 1)
        if span is None and j >= 0 and toks[j].lower in {"and", "but", "or"}:
            # "X arrived in Ohio and said ...": the subject of the first verb
            span = (
                self._open_relative(toks, j, restrictive=True)
                or self._first_verb_subject(toks, j)
                or self._clause_subject(toks, j)
            )
        return span

    def _title_subject(self, c: _Cue, span: tuple[int, int]) -> tuple[int, int] | None:
        """A title-case subject the capitals misled the chunker into: a phrase after a modal
        starts with the verb ("Ferry Union Will Print Posters Demanding ...": the subject is the
        phrase before "Will"); a phrase ending in a preposition ("Gets A Cold Shoulder For
        Backing ...") is the object of the line's verb, and the gerund after it belongs
        to the line's subject before that verb. None when no subject is found."""
        toks = c.toks
        if any(_CONTRACTED_VERB.search(t.text) for t in toks[span[0] : span[1] + 1]):
            return None  # "I’m Certain Dock Workers Will Say ...": a clause, no noun phrase
        if span[0] >= 2 and toks[span[0] - 1].lower in _MODALS:
            return self._np_ending(toks, span[0] - 2)
        if (
            toks[span[1]].lower in _GOVERNING_PREPOSITIONS
            and span[1] == c.i - 1
            and span[0] >= 2
            and toks[span[0] - 1].lower.endswith("s")  # the line's verb: "Pays"
        ):
            np = self._np_ending(toks, span[0] - 2)
            if np is not None and np[0] == 0:
                return np  # the line's subject, before its verb
        return span

    def _title_compound(self, c: _Cue, span: tuple[int, int], cue_start: int) -> bool:
        """In a title, the word before a cue that may be a noun ("emails", "attacks") is its
        modifier, not its subject, when a preposition governs the phrase ("clash over Dorn
        emails": no subject follows a preposition), when it is a name after a lower-case
        modifier ("their favourite TV shows") or when it is the line's first word, capitalised
        only by position: an "-ing" modifier or a word the article writes in lower case
        elsewhere ("Fierce attacks delay ...", "Harsh charges against ..."). In title case
        the phrase also may not hold a past form of a reporting verb, nor open with an article
        right after a verb (see below)."""
        toks, lex = c.toks, self.lex
        if self.title_case and any(
            (form := lex.verb(t.lower)) is not None
            and form[1] != t.lower
            and t.lower.endswith(("ed", "ld", "ing"))
            for t in toks[span[0] : span[1] + 1]
        ):
            # "Vale Quickly Responded To Ruiz Attack": capitals hide the verb the chunker took
            # into the phrase; a past or "-ing" form of a reporting verb heads no subject
            return True
        if c.low not in lex.noun_forms or span[1] != cue_start - 1:
            return False
        if (
            self.title_case
            and span[0] > 0
            and toks[span[0]].lower in lex.determiners
            and toks[span[0] - 1].is_word
            and toks[span[0] - 1].lower not in _TITLE_BOUNDARIES
        ):
            return True  # "Vale Made This Odd Demand": the object of the verb before it
        if span[0] > 0 and toks[span[0] - 1].lower in _GOVERNING_PREPOSITIONS:
            return True
        form = lex.verb(c.low)
        if (
            self.title_case
            and span[0] == span[1]
            and form is not None
            and form[1] == c.low
            and toks[span[0]].is_cap
            and not toks[span[0]].lower.endswith("s")
            and self._pronoun(toks[span[0]]) is None
            and (span[0] == 0 or not toks[span[0] - 1].is_word)
        ):
            return True  # "Harbour Post Reports ...": a bare form after a singular name
        before = toks[span[0] - 1] if span[0] > 0 else None
        if (
            span[0] == span[1]
            and before is not None
            and not self.title_case
            and toks[span[0]].is_cap
            and before.is_word
            and not before.is_cap
            and before.lower not in lex.stop
            and before.lower not in lex.bridge
            and before.lower not in _TITLE_BOUNDARIES
            and lex.verb(before.lower) is None
        ):
            return True  # "their favourite TV shows": a modifier before a compound noun
        first = toks[0]
        return (
            span == (0, 0)
            and not self.title_case
            and first.is_cap
            and first.text[1:].islower()
            and first.text not in self.mem.people
            and (
                # an "-ing" form modifies the noun ("Scathing attacks delay ...")
                (first.lower.endswith("ing") and len(first.lower) > 5)
                or re.search(rf"\b{re.escape(first.lower)}\b", self.text) is not None
            )
        )

    def _headline_bare_subject(self, c: _Cue, cue_start: int) -> tuple[int, int] | None:
        """In a title, a singular common noun for a person or a body with no article before
        the verb (headlines drop articles): "Fares to rise, operator says", "... as ferry
        operator warns of costs", "Works must stop, regional judge says". The phrase (up to
        three words) opens the line or follows a clause boundary (a comma, a dash, "as",
        "while", "after", "and", "but"), so it is the clause's subject, not an object. Past a
        verb of saying, the phrase must be one that may hold the cue (the mental-state
        boundary)."""
        lex, toks = self.lex, c.toks
        j = cue_start - 1
        if j < 0 or not toks[j].is_word or toks[j].lower in lex.stop:
            return None
        k = self._modifiers_start(toks, j, lambda t: not t.lower.endswith("ly"))
        if k > 0 and toks[k - 1].text not in _TITLE_BOUNDARIES:
            return None
        span = (k, j)
        head = toks[j].lower
        if not (
            head in lex.person_heads
            or head in lex.role_nouns
            or head in lex.titles
            or _agent_noun(toks[j])  # "operator", "forecaster"
        ):
            return None
        core = c.cls == "speech" and (c.lemma in _CORE_SPEECH or c.lemma in lex.plain_speech)
        kind = "state" if c.cls == "state" else "speech"
        if not core and not (head in lex.role_nouns or self._may_hold(toks, span, kind)):
            return None  # "Ostrian prince mocks ...": the cue's own gates decide as before
        return span

    def _noun_after_modifier(self, c: _Cue, span: tuple[int, int], cue_start: int) -> bool:
        """The "subject" is an article or a count with modifiers right before the cue, and
        the cue's form does not agree with it as a verb would: "a thunderous chant", "a
        mayor-style retort" (a singular article before a bare form), "two main questions" (a
        count before an "-s" form). The cue is then the head noun of that phrase."""
        toks, low = c.toks, c.low
        if span[1] != cue_start - 1 or not 1 <= span[1] - span[0] <= 3:
            return False
        det = toks[span[0]].lower
        last = toks[span[1]]
        tail = last.text.split("-")[-1]
        if not last.is_word or tail[:1].isupper() or self._nounish(last):
            return False  # "a Vale chant" may be the name's: a noun compound, not this
        form = self.lex.verb(low)
        if form is None:
            return False
        bare = form[1] == low  # "chant", not "chants" or "chanted"
        singular = det in {"a", "an", "another", "each", "every"}
        plural = det in _NUMBER_WORDS - {"one"} or det[:1].isdigit()
        return (singular and bare) or (
            plural and low.endswith("s") and not bare and not low.endswith("ss")
        )

    def _patient_participle(self, c: _Cue, span: tuple[int, int], cue_start: int) -> bool:
        """The cue is a past participle that modifies the phrase before it ("a contractor
        accused of spying", "Kyle, often referred to as ...", "Lazar, 44, known online as
        ...", "the people identified as ..."): no object follows it, only its complement ("as
        ...", or "of ..." after a verb of accusing), and nothing makes it an active verb (an
        auxiliary, a pronoun subject, a relative clause whose object it lacks: "which he
        described as ..."). Its phrase is what is said about, not who says it."""
        toks, low = c.toks, c.low
        if not low.endswith(("ed", "wn", "en")) or span[1] >= cue_start:
            return False
        n = c.cue_end + 1
        if n < len(toks) and toks[n].lower == "online":
            n += 1  # "known online as"
        if n + 1 >= len(toks):
            return False
        after, then = toks[n].lower, toks[n + 1].lower
        if not (
            (after == "as" and then not in {"much", "well", "if", "though", "soon", "long", "far"})
            or (after == "of" and c.lemma in {"accuse", "charge", "suspect"})
        ):
            return False
        between = toks[span[1] + 1 : cue_start]
        if any(
            t.lower in {"has", "have", "had", "will", "would", "did", "do", "does"}
            or (t.is_word and not t.lower.endswith("ly") and t.lower not in self.lex.bridge)
            or (not t.is_word and t.text != ",")
            for t in between
        ):
            return False
        if span[0] == span[1] and (
            self._pronoun(toks[span[0]]) or self._relative_word(toks[span[0]])
        ):
            return False  # "she described as ...", "who described as ..."
        k = span[0] - 1
        return not (
            k >= 0 and (self._relative_word(toks[k]) or toks[k].lower in {"what", "whom", "that"})
        )  # "which he described as", "what Vale described as": the object went before

    def _past_comparison(self, toks: list[Token], span: tuple[int, int]) -> tuple[int, int] | None:
        """The subject past a comparison set off before the verb: in "X, like Y, declared"
        and "..., and like Y has argued" the phrase after "like" is what the subject is
        compared with, not the subject (the subject is X, or the one the clause before
        names); "critics like Y say" gives examples of the subject and keeps Y."""
        like = span[0] - 1
        if like < 0 or toks[like].lower != "like":
            return span
        before = toks[like - 1] if like > 0 else None
        if before is not None and before.text == "," and like >= 2:
            np = self._np_ending(toks, like - 2)  # "X, like Y, declared": X
            if np is not None and (np[0] == 0 or not toks[np[0] - 1].is_word):
                return np
            return None
        if before is None or before.lower in {"and", "but"}:
            return None  # "and like Y has argued": the subject of the clause before
        return span

    def _text_issuer(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """A participle of saying right after a text someone put out speaks for its author:
        the possessor ("Vale's Tuesday speech denouncing ..."), or the subject of the verb that
        put it out ("X filed a lawsuit in 2013 alleging ...", "X launched petitions calling
        on ..."). A year or a month after the text ("in 2013", "in April") and its addressee
        ("sent a memo to The Dorn Herald in April explaining ...") may stand between."""
        lex = self.lex
        j = i - 1
        if j >= 2 and (toks[j].text.isdigit() or toks[j].is_cap) and toks[j - 1].lower == "in":
            j -= 2  # "in 2013", "in April"
        author = self._relative_author(toks, j)
        if author is not None:
            return author
        if j >= 2 and toks[j].is_cap:
            to = j  # "to The Dorn Herald": the addressee, a run of capitalised words
            while to > 0 and toks[to].is_cap and j - to < 5:
                to -= 1
            if toks[to].lower == "to" and to > 0:
                j = to - 1
        if j < 0:
            return None
        k = j  # back over the text's modifiers: "a $40 million lawsuit", "Vale's Tuesday speech"
        while k > 0 and j - k < 6:
            t = toks[k - 1]
            day = t.is_cap and t.lower in lex.time_words  # "Vale's Tuesday speech"
            if not (t.is_word or t.text == "$") or (t.lower in lex.stop and not day):
                break
            if not t.is_cap and (t.lower.endswith("ed") or t.lower in lex.issuing | _PUT_OUT):
                break
            k -= 1
        if k >= 3 and toks[k - 1].lower == "of" and toks[k - 2].lower in _TEXT_RUNS:
            # "ran a string of editorials urging", "led a series of referenda arguing"
            k -= 2
            if toks[k - 1].lower in {"a", "an", "the"}:
                k -= 1
        np = (k, j)
        head = toks[j]
        # a plural text is a text too: "planted articles alleging", "op-eds urging"
        sing = head.lower[:-1] if head.lower.endswith("s") else head.lower
        if head.is_cap or not any(
            w in lex.statement_nouns or w in lex.document_nouns or w in _AUTHORED_TEXTS
            for w in {head.lower, sing}
        ):
            return None
        owner = next(
            (k for k in range(np[1] - 1, np[0] - 1, -1) if _POSSESSIVE.search(toks[k].text)),
            None,
        )
        if owner is not None:  # "Vale's Tuesday speech denouncing ...": the owner's name
            start = owner
            while start > np[0] and toks[start - 1].is_cap and toks[start - 1].is_word:
                start -= 1
            return (start, owner) if toks[owner].is_cap else None
        verb = toks[np[0] - 1] if np[0] > 0 else None
        if verb is None or verb.is_cap or not verb.is_word or verb.lower in lex.stop:
            return None
        if not (verb.lower.endswith("ed") or verb.lower in lex.issuing or verb.lower in _PUT_OUT):
            return None
        span = self._subject_before(toks, np[0] - 1)
        if span is None or not (toks[span[1]].is_cap or self._person_like(toks, span)):
            return None
        return span

    def _relative_author(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        """ "a memo he drew up last year describing ...", "the tweets she sent out in 2013
        denouncing ...": a text, then a relative clause with no "that" whose subject pronoun
        put the text out; toks[j] ends the clause. The pronoun is the text's author."""
        lex = self.lex
        k = j
        if k >= 1 and toks[k].text.isdigit() and toks[k - 1].lower == "in":
            k -= 2  # "in 2013"
        elif k >= 1 and toks[k].lower in lex.time_words and toks[k - 1].lower in lex.time_words:
            k -= 2  # "last year"
        if k >= 0 and toks[k].lower in {"up", "out"}:
            k -= 1  # "drew up", "sent out"
        if k < 2 or toks[k].is_cap or not toks[k].is_word or toks[k].lower in lex.stop:
            return None
        if self._pronoun(toks[k - 1]) not in ("he", "she", "they"):
            return None
        text = toks[k - 2].lower
        sing = text[:-1] if text.endswith("s") else text
        if not any(
            w in lex.statement_nouns or w in lex.document_nouns or w in _AUTHORED_TEXTS
            for w in {text, sing}
        ):
            return None
        return (k - 1, k - 1)

    def _first_verb_subject(self, toks: list[Token], and_at: int) -> tuple[int, int] | None:
        """After "and" at toks[and_at], the named or pronoun subject of the past-tense verb
        the coordination continues, in the same clause: "when Vale knocked Holm on fares and
        called him ...", "-- Vale claimed momentum and argued ..."."""
        for k in range(and_at - 1, max(-1, and_at - 10), -1):
            t = toks[k]
            if not t.is_word or t.lower in _CLAUSE_WORDS:
                return None  # a clause boundary: the first verb is not in reach
            if t.is_cap or not t.lower.endswith("ed") or t.lower in self.lex.stop:
                continue
            span = self._subject_before(toks, k)
            if span is None or span[1] != k - 1 or span[1] - span[0] > 3:
                return None
            last = toks[span[1]]
            if _POSSESSIVE.search(last.text):
                return None  # "Vale's proposed plan": a modifier after a possessor, no verb
            if last.is_cap or self._pronoun(last) in ("he", "she", "they"):
                return span
            return None
        return None

    def _prior_speaker(self, c: _Cue, prior: Attribution, content: list[tuple[int, int]]) -> Found:
        """A participle after a clause ("..., saying that") continues the source of the cue
        before it."""
        content.append(self._content_after(c.seg, c.toks, c.cue_end))
        # a verb of saying reports speech even after a stance ("withheld her
        # endorsement - conceding that ..."); otherwise the kind of the clause before
        kind = prior.kind
        if c.cls == "speech" and kind not in ("direct", "indirect"):
            kind = "indirect"
        att = Attribution(kind, prior.source, self._cue(c.toks, c.i, c.cue_end))
        return att, None

    def _unreached(self, c: _Cue) -> None:
        """A finite reporting verb whose subject is out of reach is listed as a further cue
        (``self.extra``) of a sentence attributed by something else."""
        toks, i, low, cls = c.toks, c.i, c.low, c.cls
        prev = toks[i - 1]
        if (
            (prev.lower == "so" and low == "called")  # "the so called reformers": a set phrase
            or (prev.text in {"-", "‐"} and prev.end == c.tok.start)  # "state-backed rebels"
            or (prev.lower == "as" and low == "opposed")  # "as opposed to": a preposition
        ):
            return  # a participle that modifies or compares, not a finite verb of reporting
        if low.endswith("ed") and cls in ("speech", "stance", "naming") and c.lemma != "ask":
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
            self.extra.append((Attribution("indirect", src, self._tok_span(c.tok)), main))

    def _object_not_clause(
        self,
        c: _Cue,
        span: tuple[int, int],
        cue_start: int,
        nxt: Token | None,
        at_end: bool,
        inverted: bool,
        passive: bool,
        be_before: bool,
    ) -> bool:
        """A verb that reports only with a clause ("found that", "noted:") takes an object or
        an addressee here, so nothing is reported: "the agency reported flat growth" (a
        further cue in ``self.extra``), "maintains a lead", "found a way", "spoke to
        reporters" (its subject is ``self.introduced`` as the owner of a quotation that
        follows)."""
        lex = self.lex
        toks, i, cue_end, lemma, low, tok = c.toks, c.i, c.cue_end, c.lemma, c.low, c.tok
        if not (
            lemma in lex.needs_clause
            and not inverted
            and not at_end
            and nxt is not None
            # '“...,” he joked with reporters': the quotation is the clause
            and not any(t.text in QUOTE_MARKS for t in toks[max(0, cue_start - 4) : cue_start])
            and not (  # "These were not omissions, Brafman noted; ...": the clause came first
                nxt.text in {";", ",", "—"}
                and span[0] > 0
                and span[1] < cue_start
                and toks[span[0] - 1].text in {",", "—"}
            )
        ):
            return False
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
            and not (low in lex.evidential and not be_before and self._document_subject(toks, span))
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
            if (
                low.endswith("ed")
                and cue_start == i
                and not passive
                and lemma in lex.asked_objects
                # "its own recommended list": a participle modifying the noun after it
                and c.prev not in lex.determiners | {"own"}
            ):
                return False  # "requested an investigation", "claimed self-defense": said
            if low.endswith("ed") and cue_start == i and not passive and lemma != "add":
                # "the agency reported flat growth", "she claimed victory": a finite verb
                # of reporting with an object, not a clause, names what was reported; it
                # is a further cue of a sentence attributed by something else ("add"
                # with an object is "put in", not speech)
                att = Attribution("indirect", self._source(toks, span), self._tok_span(tok))
                self.extra.append((att, span))
            return True
        if (
            (after.lower in _ARTICLES or after.lower in _POSS_DETERMINERS)
            and lemma in _KEEP_SENSE
            and not self._clause_verb_ahead(toks, k + 1)
            and not (k + 1 < len(toks) and toks[k + 1].lower in _ASSERTED_OBJECTS)
        ):
            return True  # "maintains a lead in the polls": an object, not a clause
        if (
            lemma == "find"
            and after.lower in {"a", "an"}
            and not self._document_subject(toks, span)
            and not self._clause_verb_ahead(toks, k + 1)
        ):
            return True  # "Ruiz found a way to win", "found a home": came upon, not a finding
        if after.lower == "to" and lemma in _ANSWERING and self._answered_prompt(toks, k):
            return False  # "did not respond to a request for comment": an answer, or none
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
            if (
                lemma in _ANSWER_VERBS
                and not low.endswith("ing")
                and self._may_hold(toks, span, "speech", pronoun=True)
            ):
                # "did not respond to a request for comment", "has responded to criticism": a
                # person's or a speaking body's answer (or its refusal) is a speech act, but
                # what was said is not given, so it is only a further cue of a sentence
                # attributed by something else (not "the country responds to threats")
                cue = self._cue(toks, cue_start, cue_end)
                self.extra.append((Attribution("indirect", src, cue), span))
            self._remember(toks, span, src)
            return True  # "spoke to reporters", "did not respond to a request", "spoke
            # with leaders", "spoke to a group that had voted": an addressee, nothing said
        return False

    def _answered_prompt(self, toks: list[Token], to_at: int) -> int | None:
        """The head of the noun phrase after "respond to" / "reply to" at toks[to_at] when it
        is what one answers in words ("a reporter's request for comment", "several questions
        about", "her remarks"), not an event ("the crisis") or an addressee ("reporters")."""
        lex = self.lex
        head = None
        for j in range(to_at + 1, min(len(toks), to_at + 9)):
            t = toks[j]
            if not t.is_word or t.lower in lex.stop or t.lower.endswith("ing"):
                break
            head = j
        # in a title-case line capitals tell no name ("Responded To Ruiz’s Attack")
        if head is None or (toks[head].is_cap and not self.title_case):
            return None
        low = toks[head].lower
        return head if low in lex.prompt_nouns or low in lex.speech_nouns else None

    def _named_thing(
        self, c: _Cue, span: tuple[int, int], cue_start: int, nxt: Token | None
    ) -> bool:
        """A verb of naming between a lowercase noun and a name names a thing, not speech: "a
        group called Citizens First"."""
        toks, cue_end = c.toks, c.cue_end
        if (
            c.cls in ("naming",)
            and nxt is not None
            and nxt.is_cap
            and span[1] == cue_start - 1
            and not _POSSESSIVE.search(nxt.text)  # "called AP’s report a ...": an object
            and not (cue_end + 2 < len(toks) and toks[cue_end + 2].text in {"’s", "'s"})
        ):
            head = toks[span[1]]
            if not head.is_cap and head.lower not in self.lex.pronouns:
                return True  # "a group called Citizens First": a name, not speech
        return False

    def _holder(
        self,
        c: _Cue,
        span: tuple[int, int],
        relative_speaker: bool,
        lone_quantifier: bool,
    ) -> _Holder | None:
        """The subject as the mental-state boundary reads it, or None when it may not hold
        the cue: the writer's own "I think", a mental state of no person ("Russia seeks"), a
        stance of no person, body, camp or poll share. A relative pronoun before a stance
        stands for its antecedent ("the group that endorsed her")."""
        lex = self.lex
        seg, toks, cls = c.seg, c.toks, c.cls
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
        if pron in ("i", "we", "you") and not turn:
            # the writer's own "I think", and a present or modal verb of saying ("I admit", "I
            # have to say", "we must warn"): the writer speaking now, in the outlet's voice; a
            # past report of the writer's own words ("I told the mayor") is a report
            form = self.lex.verb(c.low)  # a phrase's cue word may have no lemma of its own
            if cls != "speech" or (form is not None and form[1] == c.low):
                return None
        if cls == "state" and not (
            lone_quantifier
            or turn  # "A: I think ...": in a transcript turn "I" is the one answering
            # "they" standing for people named before ("Her aides ... They fear"), not for a
            # state or an institution
            or (pron == "they" and self.mem.group_people)
            # a person, a poll share, or a campaign's, a party's or a party camp's stated
            # position ("the campaign hopes")
            or self._may_hold(toks, span, "state", person)
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
        return _Holder(person, body, head, pron, vague, camp)

    def _antecedent(
        self,
        toks: list[Token],
        span: tuple[int, int],
        rel_head: int | None,
        relative_doc: bool,
        doc_head: int | None,
    ) -> tuple[int, int]:
        """The subject widened to the document noun it stands for: the antecedent of a
        relative pronoun ("polls by Quinnipiac that showed"), or the head of a document phrase
        ("a survey of young voters")."""
        if rel_head is not None and relative_doc:
            np = self._np_ending(toks, rel_head)
            span = (np[0] if np is not None else rel_head, rel_head)  # the antecedent
        elif doc_head is not None and span[0] > doc_head:
            np = self._np_ending(toks, doc_head)
            span = (np[0] if np is not None else doc_head, span[1])  # "a survey of young voters"
        return span

    def _may_carry(
        self,
        c: _Cue,
        span: tuple[int, int],
        cue_start: int,
        h: _Holder,
        inverted: bool,
        clause_follows: bool,
        be_before: bool,
        by_at: int | None,
        nxt0: str,
    ) -> bool:
        """Whether this subject may carry a verb of evidence ("the poll found", not "showed
        up", "found out") or a verb of saying outside the core ones ("the crowd chanted" is
        only a further cue, listed in ``self.extra``)."""
        lex = self.lex
        toks, i, cue_end, cls, lemma, low = c.toks, c.i, c.cue_end, c.cls, c.lemma, c.low
        person, body, head, pron, vague, camp = h.person, h.body, h.head, h.pron, h.vague, h.camp
        if cls == "evidence" and (
            nxt0 in {"up", "off", "out", "around"}
            or (be_before and low == "found" and by_at is None and nxt0 != "to")  # "be found here"
            or not (
                clause_follows
                # '“...,” read one sign': a tag after a closing quotation of speech, which is
                # what the text reads (``_inverted_subject`` admits no other evidence verb)
                or inverted
                or person
                or body
                or head.lower in lex.document_nouns
                or head.is_cap
                or pron == "it"
                or self._document_subject(toks, span)
            )
        ):
            return False  # "showed up", "found out": other verbs
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
                or self._relative_word(head)
                or head.lower in lex.vague
                or head.lower in lex.statement_nouns
                or camp
                or vague  # "some fishermen wonder about ...": a vague source, but a speaker
                or _agent_plural(head)
                # "moderators pressed him", "readers complained": people by what they do
                or (
                    _agent_noun(head)
                    and head.lower.endswith("s")
                    and lex.verb(head.lower) is None
                    and head.lower[:-1] not in lex.document_nouns  # "the papers revealed"
                )
                or head.lower in lex.groups  # "voters", "families", "workers"
                or (low in lex.evidential and self._document_subject(toks, span))
            )
        ):
            if (
                cue_start == i and low.endswith(("ed", "s")) and not low.endswith("ss")
            ) or self._fronted(toks, cue_start, low):
                # "the crowd chanted", "the dispute highlights": a finite verb of saying whose
                # subject is neither a person nor a body that speaks still reports a speech act
                # (attributed whoever speaks), but such a subject is often a misread phrase, so
                # the verb is only a further cue of a sentence attributed by something else;
                # so is a fronted participle of saying, which the main clause's subject carries
                # ("Discussing the fares on the radio, the actor explained ...")
                src = self._source(toks, span)
                cue = self._cue(toks, cue_start, cue_end)
                self.extra.append((Attribution("indirect", src, cue), span))
            return False
        return True

    def _found(
        self,
        c: _Cue,
        span: tuple[int, int],
        cue_start: int,
        vague: bool,
        inverted: bool,
        at_end: bool,
        quotes: list[QuoteSpan],
        content: list[tuple[int, int]],
    ) -> Found:
        """The attribution the cue makes with its subject: the source (with its apposition,
        its conjuncts or a document's release, or the doer of a participle), the cue, the kind
        (:meth:`_kind`), and the content it reports, before an inverted cue or after the
        cue."""
        lex = self.lex
        seg, toks, i, cue_end, low = c.seg, c.toks, c.i, c.cue_end, c.low
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
        kind = self._kind(c.cls, vague, quotes)
        first = toks[min(span[0], cue_start)].start
        if inverted or (at_end and span[1] < i):
            # '“A,” harbor expert Jon Vale said.': a few plain words before the name are the
            # speaker's description, not what was said
            quoted = self._quoted_before(seg, quotes, first) if not inverted else None
            content.append((seg.start, quoted if quoted is not None else first))
        elif (
            span[1] < i
            and (quoted := self._quoted_before(seg, quotes, first)) is not None
            and not self._clause_after(seg, toks, cue_end)
        ):
            # '“We will not,” she said on Monday.': what she said is the quotation before her
            # name, and what follows the verb is its circumstances ('“A,” she said, “B.”':
            # both quotations)
            content.append((seg.start, quoted))
            after = self._content_after(seg, toks, cue_end)
            if any(q.start == after[0] for q in quotes):
                content.append(after)
        else:
            content.append(self._content_after(seg, toks, cue_end))
        return Attribution(kind, src, cue), span

    def _quoted_before(self, seg: Segment, quotes: list[QuoteSpan], first: int) -> int | None:
        """A quotation closes right before the speaker's name (only a comma between), within
        the sentence: '“We will not,” she said ...'; or a few words before it when it ends as
        a fronted quotation does, with a comma, a question or an exclamation inside its marks
        ('“We will not,” harbor expert Jon Vale said'). Where what was said ends, or None."""
        for q in quotes:
            if not (seg.start < q.end <= first):
                continue
            between = self.text[q.end : first].strip(" ,")
            if not between:
                return first
            inner = self.text[q.inner_start : q.inner_end].rstrip()
            words = between.split()
            if (
                inner[-1:] in {",", "?", "!"}
                and len(words) <= 3
                and all(
                    w.isalpha()
                    and w.islower()
                    and w not in self.lex.stop
                    and w not in self.lex.determiners
                    for w in words
                )
            ):
                return q.end
        return None

    def _clause_after(self, seg: Segment, toks: list[Token], cue_end: int) -> bool:
        """A clause follows the verb ('..., he claimed they had never met'): what was said is
        after it, not the quotation before."""
        k = cue_end + 1
        while k < len(toks) and toks[k].lower in {"that", ","}:
            k += 1
        return k < len(toks) and toks[k].lower in _CLAUSE_SUBJECTS

    def _kind(self, cls: str, vague: bool, quotes: list[QuoteSpan]) -> str:
        """Which kind of attribution the cue makes: vague for a vague source, a reported
        state, a stance or a finding by its class, else direct when the sentence holds a
        quotation of two words or more, indirect otherwise."""
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
        return kind

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
            self._may_hold(toks, span, "speech")
            or self._relative_word(toks[span[1]])
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
                    or self._may_hold(toks, span, "speech")
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

    def _after_who(self, toks: list[Token], v: int) -> bool:
        """The verb at toks[v] is the first verb of a relative clause: "who" before it, with
        only auxiliaries and adverbs between ("who advocate", "who have long opposed")."""
        k = self._skip_back(toks, v - 1)
        return k >= 1 and toks[k].lower == "who" and toks[k - 1].text not in {",", "—", "–", "-"}

    def _relative_head(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """The subject of the verb at toks[i] when a relative clause stands between them:
        "some voters who have listened to his speeches for decades said" -> "some voters"."""
        lex = self.lex
        for r in range(i - 2, max(0, i - 25), -1):
            t = toks[r]
            if t.text in {";", ":"} or t.text in QUOTE_MARKS:
                return None
            if lex.verb(t.lower) and not self._after_who(toks, r):
                return None  # a verb of another clause ("who oppose" is the relative's own)
            if t.lower in {"who", "whose"} and r > 0:
                j = r - 1 if toks[r - 1].text != "," else r - 2
                np = self._np_ending(toks, j) if j >= 0 else None
                if np is None or not (self._nounish(toks[np[1]]) or self._person_like(toks, np)):
                    return None
                return np
        return None

    def _fronted(self, toks: list[Token], cue_start: int, low: str) -> bool:
        """The cue opens the sentence as a participle clause: "Saying ...,", "Having announced
        ...,", "Despite challenging ...,", "After saying ...,", also after a conjunction that
        links the sentence to the one before ("And in explaining ...,", "But while denouncing
        ...,")."""
        start = 1 if toks and toks[0].lower in _SENTENCE_LINKS else 0
        if (
            len(toks) > start + 2
            and toks[start + 1].text == ","
            and toks[start].lower in _SENTENCE_ADVERBS
        ):
            start += 2  # "Now, after arguing that ..., his team said": a sentence adverb
            # (the adverbs that open a sentence before its subject, as in ``_clause_subject``)
        k = cue_start - 1
        while k > start and toks[k].lower.endswith("ly") and not toks[k].is_cap:
            k -= 1  # "After deliberately playing down ...": an adverb of the participle
        if k < cue_start - 1 and low.endswith("ing") and k == start:
            return toks[k].lower in _FRONTING
        if cue_start == start:
            return low.endswith("ing")
        if cue_start == start + 1:
            first = toks[start].lower
            if first == "having":
                return True
            return low.endswith("ing") and first in _FRONTING
        return False

    def _verb_before_colon(self, toks: list[Token], i: int, comma: bool = False) -> Found | None:
        """A verb in the past tense right before a colon that opens a quotation introduces
        its subject's words, whatever the verb ('he leaned in and boomed: “...”', 'as she
        put it: “...”', 'she replied calmly: “...”'). toks[i] is the colon; with ``comma``
        a comma, which introduces the quotation only after a verb of the main clause ('she
        elaborated, “...”', not 'After Vale arrived, “...”')."""
        v = i - 1
        if toks[v].lower == "it" and v > 0:
            v -= 1  # "put it:"
        while v > 0 and toks[v].lower.endswith("ly") and not toks[v].is_cap:
            v -= 1
        k, went_on = v, False
        if toks[k].lower in {"on", "further"}:
            k -= 1
            while k > 0 and toks[k].lower in {"even", "still", "then"}:
                k -= 1
            if k > 0 and toks[k].lower in {"went", "goes", "go"}:
                v, went_on = k, True  # "she went on: “...”", "he went even further: “...”"
        t = toks[v]
        if v == 0 or not t.is_word or t.is_cap or t.lower in self.lex.stop:
            return None
        if (
            not (t.lower.endswith("ed") or self.lex.verb(t.lower) or t.lower in {"put", "wrote"})
            and not went_on
        ):
            return None
        if comma and t.lower.endswith("ing"):
            return None  # ", saying, “...”": a participle, whose subject is the clause's
        span = self._subject_before(toks, v)
        if span is None:
            j = self._skip_back(toks, v - 1)
            if j >= 0 and toks[j].lower in {"and", "but", "then"}:
                span = self._clause_subject(toks, j)  # "X gestured, then boomed:"
        if span is None:
            return None
        if comma and span[0] > 0 and toks[span[0] - 1].lower in _SUBORDINATORS:
            return None  # "After Vale arrived, “...”": a clause of time, not the report
        head = toks[span[1]]
        if not (self._may_hold(toks, span, "speech") or self._pronoun(head) or head.is_cap):
            return None
        cue = self._cue(toks, v, i - 1 if comma else i)  # the colon is part of the cue
        return Attribution("direct", self._source(toks, span), cue), span

    def _manner_tag(self, toks: list[Token], i: int) -> Found | None:
        """A past-tense verb outside the lexicon at toks[i] right after a quotation that
        closes with a comma, "!" or "?", followed by its subject and then the end of the
        sentence or a comma ('“This is great!” beamed Jo Vale.', '“Why?” shrugged the mayor,
        ...'): the manner of saying stands for "said". Not a participle with its complement
        ('“Gang of Four,” led by ...', '“peanuts,” compared to ...')."""
        t = toks[i]
        if not t.is_word or t.is_cap or t.lower in self.lex.stop:
            return None
        mark = i - 1
        if mark < 2 or toks[mark].text not in QUOTE_MARKS or toks[mark].end == t.start:
            return None
        while mark > 1 and toks[mark - 1].text in QUOTE_MARKS:
            mark -= 1  # "''" typed as two marks
        stop = toks[mark - 1]
        if stop.text not in {",", "!", "?"} or stop.end != toks[mark].start:
            return None
        after = self._np_after(toks, i)
        if after is None:
            return None
        follow = toks[after[1] + 1] if after[1] + 1 < len(toks) else None
        if follow is not None and follow.text not in {".", "!", "?", ","}:
            return None
        head = toks[after[1]]
        if not (
            head.is_cap or self._person_like(toks, after) or self._may_hold(toks, after, "speech")
        ):
            return None
        return Attribution("direct", self._source(toks, after), self._tok_span(t)), after

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
                self._may_hold(toks, span, "speech")
                or pron
                or head.is_cap
                or head.lower in lex.document_nouns
                or head.lower in lex.role_nouns
            ):
                continue
            content.append(self._content_after(seg, toks, k))
            return Attribution("indirect", self._source(toks, span), self._tok_span(tok)), span
        return None

    def _doer(self, toks: list[Token], span: tuple[int, int], i: int) -> tuple[int, int] | None:
        """ "Vale spent the tour praising Ruiz", "the board passed a motion urging a
        delay": a participle right after the object of a verb or a preposition
        (toks[span[1] + 1] is the participle at toks[i]), when that object is no person,
        belongs to the clause's subject if that subject is a person or a body that speaks."""
        if span[1] + 1 != i or not self._embedded(toks, span[0]):
            return None
        k = span[0] - 1  # back over the phrase's own modifiers ("with recent polls showing")
        while k > 0 and span[0] - k < 3 and toks[k].is_word and toks[k].lower not in self.lex.stop:
            k -= 1
        if toks[k].lower in {"with", "without"}:
            # "..., with polls showing ...", "with 30 percent of voters saying ...": an
            # absolute construction, whose noun phrase is the participle's own subject
            return None
        if (
            self._pronoun(toks[span[0]])
            or self._person_like(toks, span)
            # "gave $3 million to a group backing Vale": a body that speaks (a group, a
            # committee, a campaign) does its own backing; the participle modifies it ("an
            # op-ed in the Herald urging ...": a place it appears in is no such body)
            or (self._speaking_body(toks, span) and toks[span[0] - 1].lower not in _IN_PLACE)
        ):
            return None
        main = self._clause_subject(toks, i)
        if main is None or main[1] >= span[0] - 1:
            return None
        if self._may_hold(toks, main, "speech", pronoun=True):
            return main
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
        if self.turn is not None and self.turn[0] == seg.paragraph:
            return True  # a labelled turn read as one ("MORALES: ..." heard once)
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
        # "MORALES: ..." once, among the turns of a transcript: a speaker heard once (a clip,
        # an interjection) when the article names a person of that surname; a rubric
        # ("UPDATE:", "CORRECTION:") names nobody
        if (
            count < 2
            and len(words) == 1
            and label.isupper()
            and self.transcript
            and any(name.upper() == label for name in self.mem.people)
        ):
            return True
        if count < 2 or len(label) < 3:
            return False  # "Q:" / "A:" and one-off "Washington:" lines are not speakers
        return label.isupper() or (len(words) == 1 and words[0].text in self.mem.people)
