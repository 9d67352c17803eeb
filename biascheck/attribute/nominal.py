"""Cues that are not finite verbs: nouns of speech and stance ("her claim that", "his support
for"), statements and remarks made or issued, documents that speak ("the poll found"), and
adjectives of attitude ("is wary of")."""

from __future__ import annotations

import re

from ..model import Attribution, Segment, Source
from .lexicon import (
    _FINITE,
    _MODALS,
    _NUMBER_WORDS,
    BE,
    PREPOSITIONS,
)
from .result import Found
from .senses import (
    _ARTICLES,
    VerbSenses,
)
from .tokens import (
    _POSSESSIVE,
    OPEN_QUOTES,
    Token,
)

# "made comments about X", "made the observation that ...": "make" with a noun of speech.
_MAKE = frozenset(
    {"make", "makes", "made", "making", "give", "gives", "gave", "given", "giving"}
    | {"deliver", "delivers", "delivered", "delivering"}
)

_MADE_REMARKS_NEXT = frozenset({"about", "that", "on", ":", "regarding", "against", "toward"})

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

# What follows an idiom of verb and noun when its noun phrase varies ("made a strong case
# that", "sounded alarms about"): its complement.
_IDIOM_NEXT = frozenset({"that", "for", "against", "to", "on", "about", "over", ":"})

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

# Nouns of a held opinion in the frame "in X's view" ("in her view, the plan will fail", "in
# the senator's judgment"): the possessor holds what the clause says, a belief credited only to
# a person (the mental-state boundary: "in Russia's view" stays the outlet's inference).
_VIEW_NOUNS = frozenset(
    {"view", "opinion", "estimation", "judgment", "judgement", "assessment", "telling"}
)

# Verbs by which a poll places a candidate ("the poll has Ruiz leading", "gave Vale a lead",
# "puts her approval at 41 percent"): a finding, like "shows", after a survey noun only; and
# the words that say where the candidate stands.
_POLL_HAS = frozenset({"has", "had"})
_POLL_PUTS = frozenset({"puts", "put", "putting", "places", "placed"})
_POLL_GIVES = frozenset({"gives", "gave", "giving"})
_STANDING = frozenset({"ahead", "behind", "up", "down", "even", "tied", "at", "with", "in", "over"})


class NominalCues(VerbSenses):
    """Nominal, document and attitude cues, each with the holder it credits."""

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
            self._may_hold(toks, span, "speech")
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
        if span is None or not self._may_hold(toks, span, "speech", pronoun=True):
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
        """A speech noun with a possessor that names a speaker: "Vale's remarks", "his
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
            if np is None or not self._may_hold(toks, np, "speech"):
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
                toks[target[0]].lower in {"him", "her"} or self._may_hold(toks, target, "speech")
            ):
                return None
        if v < 1 or not toks[v].is_word or toks[v].is_cap or toks[v].lower in BE:
            return None  # "the campaign was a call for ...": a description, nobody says it
        if toks[i + 1].lower == "of" and toks[v].lower in _RECEIVING:
            if toks[i].lower not in self.lex.stance_nouns | {"endorsement", "endorsements"}:
                return None  # "voters have a dim view of Vale": "of" names the topic
            # "she won the endorsement of the union": the stance is the union's
            span = self._np_after(toks, i + 1)
            # "won the backing of 33% of voters": a poll share holds it too
            if span is None or not self._may_hold(toks, span, "stance"):
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
            self._may_hold(toks, span, "speech") or head.lower in self.lex.role_nouns or head.is_cap
        ):
            return None
        return Attribution("indirect", self._source(toks, span), self._tok_span(toks[i])), span

    def _attitude(
        self, seg: Segment, toks: list[Token], i: int, content: list[tuple[int, int]]
    ) -> Found | None:
        """An adjective of attitude with its complement ("confident that", "wary of"), credited
        to whoever holds it: the subject before "is" / "was" or a linking verb ("she is
        confident that ...", "they grew frustrated with ..." — a person, a body that speaks or
        a poll share), the person noun right before it ("donors reluctant to back him"), or
        the clause's subject for a phrase set off by commas ("Her aides, confident that ...")."""
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
        # a campaign's or a party's stated mood or aim, as with "the campaign hopes"; a body
        # that speaks takes a public position ("the ministry is critical of"), but "the
        # council is desperate to ..." is the outlet's reading of its motives
        kind = "position" if toks[i].lower in self.lex.position_adjectives else "state"
        if not self._may_hold(toks, span, kind):
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
