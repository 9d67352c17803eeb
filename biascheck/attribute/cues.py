"""The per-sentence cue pass: walk a sentence's tokens and collect its attributions."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import NamedTuple

from ..model import Attribution, QuoteSpan, Segment, Source, Span
from .lexicon import (
    _ASKED_NEXT,
    _CORE_SPEECH,
    _TIME_NOUNS,
    _WHEN,
    MIN_SPEECH_WORDS,
    PREPOSITIONS,
    VAGUE_PASSIVE,
    lexicon,
)
from .nominal import _POLL_GIVES, _POLL_HAS, _POLL_PUTS, _VIEW_NOUNS
from .resolve import _Memory
from .result import Found, SentenceAttribution
from .tokens import (
    _LABEL,
    _POSSESSIVE,
    OPEN_QUOTES,
    QUOTE_MARKS,
    Token,
    tokenize,
)
from .verbs import VerbCues

_POLL_VERBS = _POLL_HAS | _POLL_PUTS | _POLL_GIVES

# Kinds that report speech itself, and kinds that only report a stance, a state, a finding or
# an agentless passive (see Attributor._sentence: the latter after the former are content).
_SPEECH_KINDS = frozenset({"direct", "indirect", "according_to", "quoted_as_saying"})
_SECONDARY_KINDS = frozenset({"reported_state", "stance", "evidence", "passive", "vague"})
# Marks and conjunctions that may open a clause of its own between two cues.
_BOUNDARY = re.compile(r"[,;:—–()]|\s-+\s|\b(?:and|but|or|while|when|as|though|although|whereas)\b")
# the same in a title-case headline, whose conjunctions are capitalised ("... While ...")
_TITLE_BOUNDARY = re.compile(_BOUNDARY.pattern, re.IGNORECASE)

_STATE_KINDS = frozenset({"reported_state", "stance"})
# "by" (and an adverb) right before a gerund: "by saying", "by simply citing".
_BY_GERUND = re.compile(r"\bby\s+(?:\w+ly\s+)?$", re.I)
# A relative clause opening right after a subject: "The groups who wrote to her say ...".
_RELATIVE_AFTER = re.compile(r"[\s,]*(?:who|whom|which|that)\b", re.I)
_POSSESSORS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
# Words that open an adverbial clause of its own (or a new statement, ":") after a report.
_SPEECH_CLAUSE_OPENERS = frozenset({"when", "as", "although", ":"})

# An expletive or interrogative fused with "is" ("It's a reflection of ... when challenging",
# "What's more, ...", "There's still time for X, even after dismissing ..."): it opens the
# sentence's frame and names nobody, so it is never the source of a participle or verb.
_CLAUSE_REST = re.compile(r"[^,.;:!?\"“”]*")

_EXPLETIVE_SUBJECT = re.compile(r"(?:it|there|what|that|here)['’](?:s|d|ll)", re.I)

# Kinds that cite a source for everything after them: "according to X, ...", "the poll found".
_FRAME_KINDS = frozenset({"according_to", "evidence"})

# Words after a survey noun that make it a modifier, not the head: "in poll numbers".
_POLL_COMPOUNDS = frozenset(
    {"numbers", "standings", "results", "workers", "taker", "takers", "data"}
)

# Words of a poll figure: a share, a margin or a standing ("38 percent", "by six points",
# "leads", "ahead"). With one of them in its clause, "in the CBS poll" cites the poll as the
# basis of the figure; without, "in the poll" may only place a candidate ("appears in the poll").
_FIGURE_WORDS = frozenset(
    {"percent", "%", "point", "points", "percentage", "lead", "leads", "leading", "ahead"}
    | {"trail", "trails", "trailed", "trailing"}
)
# People answering a poll, besides the sweeping groups ("voters", "Republicans").
_RESPONDENTS = frozenset({"respondents", "adults", "likely", "registered", "those", "participants"})
_SCORE = re.compile(r"^\d+(?:-\d+|%|-point)$")  # "48-41", "53%", "8-point"
# between a cue (or its source) and the span it opens or closes: "said that", "said:", ", she said"
_GLUE = re.compile(r"[\s,:]*(?:that\b)?[\s,:]*")
# what links a clause to the next one: "..., and", "... but", "... —"
_CLAUSE_LINK = re.compile(
    r"[\s,;:—–-]*(?:\b(?:and|but|or|while|then|before|after|as)\b)?[\s,;:—–-]*$"
)
# a clause of its own begins after a comma, a dash or a conjunction (not after "that", "who",
# "to": "said the plan that Vale backed", "whom he called", "his resolve to fight")
_LINKED = re.compile(r"(?:[,;—–]|\s-+|\b(?:and|but|or|while|then))\s*$")
_CONTRACTED = re.compile(r"['’](?:s|d|ll|re|ve|m)$")
_WORD = re.compile(r"\S+")
# verbs of address, whose first object is the person addressed: "told reporters that ..."
_ADDRESS_VERBS = frozenset(
    {"tell", "inform", "advise", "urge", "ask", "remind", "assure", "reassure", "warn"}
)
# what opens the clause after an addressee: "told her that", "asked him whether", a subject
# pronoun
_ADDRESSEE_ENDS = frozenset(
    {"that", "if", "whether", "why", "how", "what"}
    | {"he", "she", "they", "we", "i", "it", "there"}  # "told reporters she would run"
)
# prepositions and adverbs that open a phrase of circumstance between a cue and its clause
# ("said in a statement that", "wrote on Monday that"); not "of" / "about" / "to", which
# open what was said ("spoke of ...", "pledged to ...")
_ADJUNCT_OPENERS = frozenset(
    {"in", "on", "at", "during", "via", "without", "from", "over", "after", "before"}
    | {"through", "earlier", "later", "again", "repeatedly", "privately", "publicly"}
)
_DEICTIC = frozenset({"this", "that", "last", "next"})  # "this week", but "this plan"
# words that show the phrase is no circumstance but part of what was said: a preposition of
# content or an infinitive ("urged voters to"), an auxiliary ("said Monday his worry is ...")
_NOT_ADJUNCT = frozenset(
    {"to", "about", "of", "for", "is", "was", "are", "were", "be", "been", "has", "have"}
    | {"had", "will", "would", "can", "could", "should", "may", "might", "must", "does"}
    | {"did", "do"}
)
# a subordinate clause that opens the sentence ("While Vale opposed it, ..."); not "as",
# whose clause frames the main one ("As Vale said, the plan ...")
_SUBORDINATE_OPENING = re.compile(
    r"\W*(?:after|while|though|although|when|since|because|if|once|before|until|unless"
    r"|whereas|even\s+(?:though|as|if)|despite)\b",
    re.I,
)
# a relative clause on a name at the start ("Vale, who said ..."), up to the cue
_RELATIVE_OPENING = re.compile(r"[,(—–]\s*(?:who|which)\s+(?:\w+\s+){0,3}$", re.I)
_CLAUSE_CLOSE = re.compile(r",(?!\s*(?:and|or)\b)|\s[—–-]+\s|—")
# a comment the outlet appends to a report: ", which ...", ", in which ...", ", where ...",
# ", a move that ..."
_COMMENT_TAIL = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}(?:that|which|who|whose)"
    r"|(?:in|of|for|to|by|from|with|at|under|during)?\s*(?:which|whom)|where)\b"
)
# Words that end a clause around a cited poll.
_CLAUSE_END = frozenset({";", "but", "while", "whereas", "although", "though"})


class _Candidates(NamedTuple):
    """What the token pass of ``Attributor._sentence`` found: the cues with their source
    spans, the questions put to the speaker ("Asked about ..."), and the content spans."""

    found: list[Found]
    asked: list[Attribution]
    content: list[tuple[int, int]]


class _Marks(NamedTuple):
    """Where a sentence's cues stand (``Attributor._cue_marks``): the first report of speech,
    the first cited frame (a source "according to" or a finding), the first finding, the last
    "according to", and the first report of speech that closes the clause before it."""

    speech_cue: int | None
    frame_cue: int | None
    evidence_cue: int | None
    cited: int | None
    closing: int | None


class Attributor(VerbCues):
    """Stateful over one article: call :meth:`sentence` on body sentences in order."""

    def __init__(self, text: str, quotes: list[QuoteSpan], *, headline: bool = False) -> None:
        self.text = text
        self.quotes = quotes
        self.lex = lexicon()
        self.mem = _Memory()
        self.introduced: Attribution | None = None  # see SentenceAttribution.introduced
        # cues found in the sentence being read that do not attribute it by themselves: kept
        # as further attributions only when something else attributes the sentence
        self.extra: list[Found] = []
        self.headline = headline  # title-case lines: capitalised verbs, "Name: claim"
        self.title_case = False
        self.title_line = headline  # the article's headline itself (never a body sentence)
        self._tokens: list[Token] | None = None
        self._starts: list[int] = []
        # lines that open with "Name:" — transcript speaker labels when they recur
        self.labels: dict[str, int] = {}
        self.interviewee: str | None = None  # the last named person source outside the turns
        self.turn: tuple[int, Source] | None = None  # (paragraph, label) of a labelled turn
        for m in _LABEL.finditer(text):
            self.labels[m.group(1)] = self.labels.get(m.group(1), 0) + 1
            first, _, last = m.group(1).rpartition(" ")
            if first:  # "JANE DOE:" then "DOE:", "Jane Doe:" then "Doe:": one speaker
                self.labels[last] = self.labels.get(last, 0) + 1
        # an interview or a debate transcript: a speaker in capitals opens several turns
        # ("TAPPER:"), or the questions and answers do ("Q:", "A:")
        self.transcript = any(
            n >= 2 and len(k) >= 3 and k.isupper() for k, n in self.labels.items()
        )
        self.transcript |= self.labels.get("Q", 0) >= 2 and self.labels.get("A", 0) >= 2
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
        if a and self._tokens[a - 1].end > seg.start:  # one running into it ("said.Vale")
            return tokenize(seg.text, seg.start)
        return toks

    def sentence(self, seg: Segment) -> SentenceAttribution:
        toks = self._tokens_in(seg)
        self._scan_people(toks)
        words = [t for t in toks if t.is_word and t.text[:1].isalpha()]
        title_case = len(words) >= 4 and sum(t.is_cap for t in words) >= 0.8 * len(words)
        headline_mode = self.headline
        self.headline = headline_mode or title_case  # "Ruiz Thinks Holm Was Effective"
        self.title_case = title_case  # capitals carry no morphology ("Vale Attacks Ruiz")
        try:
            return self._sentence(seg, toks)
        finally:
            self.headline = headline_mode

    def _revision_note(self, toks: list[Token]) -> bool:
        """The outlet's note on its own piece: "this story" (or "this article", ...) among the
        first words, then "updated" / "corrected" / "version" ("This post has been updated to
        note that ...", "Correction: An earlier version of this story said ...")."""
        lex = self.lex
        for k in range(min(len(toks), 8) - 1):
            if toks[k].lower == "this" and toks[k + 1].lower in lex.self_nouns:
                near = toks[max(0, k - 3) : k + 6]
                return any(t.lower in lex.revision_words for t in near)
        return False

    def _sentence(self, seg: Segment, toks: list[Token]) -> SentenceAttribution:
        """The per-sentence pass: find the candidate cues, apply the rules for several
        attributions in one sentence, fall back on what attributes a sentence without a cue,
        and build the result."""
        if self._revision_note(toks):
            return SentenceAttribution()  # the outlet's own voice about its piece
        quotes = [q for q in self.quotes if q.start < seg.end and q.end > seg.start]
        found, asked, content = self._candidates(seg, toks, quotes)
        attributions = self._several(seg, toks, found, asked)
        if not attributions:
            fallback = self._unattributed(seg, quotes, content)
            if fallback is not None:
                attributions.append(fallback)
        return self._result(seg, quotes, attributions, content)

    def _candidates(self, seg: Segment, toks: list[Token], quotes: list[QuoteSpan]) -> _Candidates:
        """Walk the sentence's tokens outside its quotations and try each kind of cue at each
        word (a cited source, a poll, "quoted as saying", reactions, attitudes, questions put
        to the speaker, speaker labels, colons, statements, nominal cues, phrases and verbs),
        remembering the sources found; then a bare that-clause if nothing was found."""

        def inside_quote(tok: Token) -> bool:
            return any(q.inner_start <= tok.start < q.inner_end for q in quotes)

        found: list[Found] = []
        self.extra = []  # cues that count only in a sentence already attributed
        asked: list[Attribution] = []
        content: list[tuple[int, int]] = []
        cited_poll = False  # a poll cited in the sentence after a figure ("... in the poll")

        lex = self.lex
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            low = tok.lower
            if inside_quote(tok) or self._tag_name(toks, i):
                i += 1  # quoted words are the speaker's; a tag name ("</tweet>", "<tweet/>",
                # "<tweet id=...>") is markup, not a word
                continue
            nxt = toks[i + 1].lower if i + 1 < n else ""
            # "according to X"
            if low == "according" and nxt == "to":
                after = self._according_to_at(seg, toks, i, found, content)
                if after is not None:
                    i = after
                    continue
            # "In a CNN poll released Monday, 40 percent ...": a fronted poll is the source
            if low == "in" and i == 0:
                after = self._fronted_poll_at(seg, toks, i, found, content)
                if after is not None:
                    i = after
                    continue
            # "Ruiz leads Vale 48-41 in a Gazette poll", "Ruiz had 38 percent support in the
            # latest survey": one poll, cited as the basis of a figure in the same clause. After
            # respondents ("voters in the poll said", "those surveyed in the poll") the poll
            # only describes them; their own verb reports what they said.
            if low == "in" and i > 0 and not cited_poll:
                after = self._poll_in_clause_at(seg, toks, i, found, content)
                if after is not None:
                    cited_poll = True  # a second "in the survey" refers back to the same poll
                    i = after
                    continue
            # "X quoted Y as saying" / "X was quoted as saying"
            if low == "quoted":
                after = self._quoted_as_saying_at(seg, toks, i, found, content)
                if after is not None:
                    i = after
                    continue
            # "faced criticism from X", "drew sharp criticism": the critics spoke
            noun_at = self._reaction_after(toks, i) if low in lex.reception else None
            if noun_at is not None and not tok.is_cap:
                i = self._reaction_at(seg, toks, i, noun_at, found, content)
                continue
            # "expressed hope that"
            noun_at = self._state_noun_after(toks, i) if low in lex.expressing else None
            if noun_at is not None:
                after = self._expressed_state_at(seg, toks, i, noun_at, found, content)
                if after is not None:
                    i = after
                    continue
            # "Asked about the plan, she said ...", "when asked whether ...": a question put to
            # the speaker (the asker is usually unnamed)
            if low == "asked" and (i == 0 or toks[i - 1].lower in _WHEN) and nxt in _ASKED_NEXT:
                asked.append(self._asked_question(toks, i, nxt))
                i += 1
                continue
            # "KRALL: Well, I think ..." — a speaker label opening a transcript turn
            if tok.text == ":" and 0 < i <= 3 and not found and self._speaker_label(toks, i):
                span = (0, i - 1)
                src = self._source(toks, span)
                self._add(found, toks, (Attribution("direct", src, self._tok_span(tok)), span))
                self.turn = (seg.paragraph, replace(src, name=src.name or src.text))
                i += 1
                continue
            # "X: “...”" — a colon introducing a quotation after a source
            if tok.text == ":" and i > 0 and (not found or self._set_off_speaker(toks, i)):
                item = self._quoting_colon(toks, i)
                if item is not None:
                    self._add(found, toks, item)
                    i += 1
                    continue
            # 'she elaborated, “...”', 'Vale replied evenly, “...”': a verb right before a
            # comma that opens a quotation of speech introduces its subject's words
            if tok.text == "," and i > 0 and not found and self._speech_opens_after(tok, quotes):
                item = self._verb_before_colon(toks, i, comma=True)
                if item is not None:
                    self._add(found, toks, item)
                    i += 1
                    continue
            # '“... !” beamed Jo Vale.': any past-tense verb right after a closing quotation
            # of speech, with its subject after it, tags the quotation
            if low.endswith("ed") and not found and lex.verb(low) is None:
                item = self._manner_tag(toks, i)
                if item is not None:
                    self._add(found, toks, item)
                    i += 1
                    continue
            # "released a statement saying", "issued a statement: ..."
            if low in lex.issuing and (not tok.is_cap or self.title_case):
                after = self._statement_at(seg, toks, i, found, content)
                if after is not None:
                    i = after
                    continue
            item = self._nominal_cue_at(seg, toks, i, found, content)
            if item is not None:
                self._add(found, toks, item)
                i += 1
                continue
            phrase_end = self._phrase_at(toks, i)
            verb = lex.verb(low)
            if (
                verb is not None
                and phrase_end is None
                and self._inside_report(toks, i, verb, found)
            ):
                # "she said she believed ...", "he said he did not recall ...": the belief or
                # the second verb is part of what was said, not a new attribution
                i += 1
                continue
            if phrase_end is not None or verb is not None:
                after = self._verb_cue_at(seg, toks, i, phrase_end, verb, found, quotes, content)
                if after is not None:
                    i = after
                    continue
            if low == "asked" and (i == 0 or toks[i - 1].lower in _WHEN):
                self._asked_aside(toks, i)
            i += 1

        if not found and any(t.lower == "that" for t in toks):
            self._add(found, toks, self._that_clause(seg, toks, quotes, content))
        return _Candidates(found, asked, content)

    def _speech_opens_after(self, tok: Token, quotes: list[QuoteSpan]) -> bool:
        """A quotation of speech (at least MIN_SPEECH_WORDS words) of the sentence (``quotes``)
        opens right after the comma ``tok``."""
        return any(
            tok.end <= q.start <= tok.end + 2
            and len(self.text[q.inner_start : q.inner_end].split()) >= MIN_SPEECH_WORDS
            for q in quotes
        )

    @staticmethod
    def _tag_name(toks: list[Token], i: int) -> bool:
        """Whether toks[i] is the name of a markup tag ("</tweet>", "<tweet/>",
        "<tweet id=...>"), right after "<" or "</"."""
        return (
            i > 0
            and toks[i - 1].end == toks[i].start
            and (
                toks[i - 1].text == "<"
                or (toks[i - 1].text == "/" and i > 1 and toks[i - 2].text == "<")
            )
        )

    def _asked_question(self, toks: list[Token], i: int, nxt: str) -> Attribution:
        """A question put to the speaker by "asked" at toks[i] ("Asked about the plan, ...")."""
        # "Asked by a reporter whether ...": the one who asked is named
        by = self._np_after(toks, i + 1) if nxt == "by" else None
        src = self._source(toks, by) if by else None
        return Attribution("indirect", src, self._tok_span(toks[i]), self._question(toks, i))

    def _question(self, toks: list[Token], i: int) -> Span | None:
        """What "asked" at toks[i] puts to the speaker: the words after it up to the comma
        that closes the clause ("Asked about the fares, she said ..." -> "about the fares")
        or the end of the sentence ("..., she said when asked whether ..."); the question is
        no words of the speaker, so it is this cue's content only."""
        k = i + 1
        while k < len(toks) and toks[k].text not in {",", ";", ":"}:
            k += 1
        if k == i + 1:
            return None
        a, b = self._trim_end((toks[i + 1].start, toks[k - 1].end))
        return Span(a, b, self.text[a:b]) if a < b else None

    def _set_off_speaker(self, toks: list[Token], i: int) -> bool:
        """A name set off by a dash or an ellipsis before a colon that opens a quotation
        ("Pollsters agree - Jo Vale: “...”", "he posted ... Jo Vale: “...”"): the name
        introduces its own words, whatever the clause before it reported."""
        if self.text[toks[i].end : toks[i].end + 3].lstrip()[:1] not in OPEN_QUOTES:
            return False
        span = self._np_ending(toks, i - 1)
        return (
            span is not None
            and span[0] > 0
            and toks[span[0] - 1].text in {"-", "—", "–", ".", "…"}
            and all(t.is_cap for t in toks[span[0] : i] if t.is_word)
        )

    def _speaker_label(self, toks: list[Token], i: int) -> bool:
        """Whether the words before the colon at toks[i] label a speaker opening a transcript
        turn ("KRALL: Well, I think ..."), not a list of names or a title's kicker."""
        return (
            (self._is_label(toks[:i]) or self._named_label(toks, i))
            and not self._name_list_after(toks, i)
            and not (self.headline and self._title_kicker(toks, i))
        )

    def _add(self, found: list[Found], toks: list[Token], item: Found | None) -> None:
        """Add a cue found (if any) to ``found`` and remember its source for later sentences."""
        if item is None:
            return
        found.append(item)
        att, span = item
        if span is not None and att.source is not None:
            self._remember(toks, span, att.source)

    def _according_to_at(
        self,
        seg: Segment,
        toks: list[Token],
        i: int,
        found: list[Found],
        content: list[tuple[int, int]],
    ) -> int | None:
        """ "according to X" at toks[i : i + 2]: add the cited source and its content; the
        index after the source, or None if no source follows."""
        lex = self.lex
        n = len(toks)
        tok = toks[i]
        span = self._np_after(toks, i + 1) or self._phrase_to_boundary(toks, i + 2)
        if (
            span
            and span[1] + 2 < n
            and toks[span[1] + 1].lower in {"from", "by"}
            and toks[span[1]].lower in lex.statement_nouns | lex.document_nouns
        ):
            # "according to a report from X": the report's author is named too
            author = self._np_after(toks, span[1] + 1)
            if author is not None:
                span = (span[0], author[1])
        if not span:
            return None
        # "..., according to Ana Reyes, the editor of the Star.": an apposition
        # that closes the sentence belongs to the source (a fronted "According to
        # Reyes, the plan ..." is followed by the main clause instead)
        wide = self._apposition_after(toks, span)
        if (i == 0 or toks[i - 1].text != ",") or any(t.is_word for t in toks[wide[1] + 1 :]):
            wide = span
        src = self._source(toks, span, wide)
        cue = self._span(tok.start, toks[i + 1].end)
        kind = "vague" if self._is_vague(toks, span) else "according_to"
        self._add(found, toks, (Attribution(kind, src, cue), span))
        content.append(self._content_around(seg, toks, i, span))
        return span[1] + 1

    def _fronted_poll_at(
        self,
        seg: Segment,
        toks: list[Token],
        i: int,
        found: list[Found],
        content: list[tuple[int, int]],
    ) -> int | None:
        """A poll cited by the sentence's opening "in" ("In a CNN poll released Monday, ..."):
        add it as the source and its content; the index after it, or None if none."""
        span = self._survey_after(toks, i)
        if span is None:
            return None
        return self._cite_poll(seg, toks, i, span, found, content)

    def _cite_poll(
        self,
        seg: Segment,
        toks: list[Token],
        i: int,
        span: tuple[int, int],
        found: list[Found],
        content: list[tuple[int, int]],
    ) -> int:
        """Add the poll at ``span``, cited by "in" at toks[i], as the source of the clause
        around it; the index after the poll."""
        src = self._source(toks, span)
        self._add(found, toks, (Attribution("evidence", src, self._tok_span(toks[i])), span))
        content.append(self._content_around(seg, toks, i, span))
        return span[1] + 1

    def _poll_in_clause_at(
        self,
        seg: Segment,
        toks: list[Token],
        i: int,
        found: list[Found],
        content: list[tuple[int, int]],
    ) -> int | None:
        """A poll cited by "in" at toks[i] as the basis of a figure in its clause ("Ruiz
        leads Vale 48-41 in a Gazette poll"), not after its respondents: add it and its
        content; the index after it, or None if none."""
        span = self._survey_after(toks, i)
        prev = toks[i - 1].lower
        respondents = prev in {"polled", "surveyed", "interviewed", "questioned"} or (
            prev in self.lex.groups | _RESPONDENTS
            and "of" in {t.lower for t in toks[max(0, i - 5) : i - 1]}
        )  # "20 percent of voters in the poll", not "a lead among voters in the poll"
        if (
            span is None
            or respondents
            or toks[span[1]].lower not in {"poll", "survey"}
            or not self._figure_in_clause(toks, i)
        ):
            return None
        return self._cite_poll(seg, toks, i, span, found, content)

    def _quoted_as_saying_at(
        self,
        seg: Segment,
        toks: list[Token],
        i: int,
        found: list[Found],
        content: list[tuple[int, int]],
    ) -> int | None:
        """ "quoted" at toks[i] before "as saying": add the speaker (and the outlet relaying
        it) and the content; the index after "as saying", or None."""
        lex = self.lex
        n = len(toks)
        tok = toks[i]
        as_at = next(
            (
                k
                for k in range(i + 1, min(n, i + 12))
                if toks[k].lower == "as" and k + 1 < n and toks[k + 1].lower in lex.speech
            ),
            None,
        )
        if as_at is None:
            return None
        passive = as_at == i + 1
        span = self._subject_before(toks, i) if passive else self._np_after(toks, i)
        if not span:
            return None
        src = self._source(toks, span)
        relay = None if passive else self._subject_before(toks, i)
        if relay is None:
            self._add(
                found, toks, (Attribution("quoted_as_saying", src, self._tok_span(tok)), span)
            )
        else:
            # "The Post quoted X as saying ...": X speaks, and the outlet that
            # relays it is a source too, as with a source cited after a report
            # (its cue is the same "quoted", so it carries none of its own)
            self._add(
                found, toks, (Attribution("quoted_as_saying", src, self._tok_span(tok)), span)
            )
            relayer = self._source(toks, relay)
            self._add(found, toks, (Attribution("indirect", relayer, None), relay))
        content.append(self._content_after(seg, toks, as_at + 1))
        return as_at + 2

    def _reaction_at(
        self,
        seg: Segment,
        toks: list[Token],
        i: int,
        noun_at: int,
        found: list[Found],
        content: list[tuple[int, int]],
    ) -> int:
        """A reaction received at toks[i : noun_at + 1] ("faced criticism from X", "drew
        sharp criticism"): the critics spoke; add it and its content; the index after it."""
        tok = toks[i]
        span = self._critics_after(toks, noun_at)
        src = self._source(toks, span) if span else None
        kind = "indirect" if span and not self._is_vague(toks, span) else "vague"
        cue = self._span(tok.start, toks[noun_at].end)
        self._add(found, toks, (Attribution(kind, src, cue), span))
        content.append(self._content_after(seg, toks, span[1] if span else noun_at))
        return (span[1] if span else noun_at) + 1

    def _expressed_state_at(
        self,
        seg: Segment,
        toks: list[Token],
        i: int,
        noun_at: int,
        found: list[Found],
        content: list[tuple[int, int]],
    ) -> int | None:
        """An attitude expressed at toks[i : noun_at + 1] ("expressed hope that"): add it,
        credited to its holder, and its content; the index after it, or None if no holder."""
        # "expressed hope that", "raised serious concerns about": up to two modifiers
        # may stand between the verb and the noun of the attitude
        span = self._subject_before(toks, i)
        if span is None:
            span = self._holder_out_of_reach(toks, i, noun_at)
        if not span:
            return None
        src = self._source(toks, span)
        cue = self._span(toks[i].start, toks[noun_at].end)
        self._add(found, toks, (Attribution("reported_state", src, cue), span))
        content.append(self._content_after(seg, toks, noun_at))
        return noun_at + 1

    def _quoting_colon(self, toks: list[Token], i: int) -> Found | None:
        """A colon at toks[i] introducing a quotation after its source ("X: “...”"), or in a
        headline after a speaker: the direct attribution, or a verb of saying before the
        colon; None if the colon introduces no one's words."""
        lex = self.lex
        tok = toks[i]
        after = self.text[tok.end : tok.end + 3].lstrip()
        # a line of headlines in the body ("Poll: Vale leads in the north;") reads
        # like a headline
        listed = bool(toks) and toks[-1].text == ";"
        if not (after[:1] in OPEN_QUOTES or ((self.headline or listed) and i <= 6)):
            return None
        span = self._np_ending(toks, i - 1)
        quoted = after[:1] in OPEN_QUOTES
        tagged = False
        if span is None and quoted and i > 2 and toks[i - 1].text == ")":
            # "Sen. Ada Rusk (D-Ore.): “...”": a party or place tag between the name and
            # the colon; the name before it is the speaker, the source runs to the tag
            opened = next((o for o in range(i - 2, max(0, i - 8), -1) if toks[o].text == "("), 0)
            span = self._np_ending(toks, opened - 1) if opened else None
            tagged = span is not None
        topic = self._speaker_on_topic(toks, i) if self.headline else None
        span = topic or span
        if (
            span
            # a title's quotation is no roster: “Deport Tom Hale.”
            and ((self.headline and quoted) or not self._name_list_after(toks, i))
            # a speaker before "on" / "to" / "at" is no kicker ("Vale at Convention: ...")
            and not (
                self.headline
                and not quoted
                and not (self.title_line and topic is not None)
                and self._title_kicker(toks, i)
            )
            and (
                (quoted and (toks[span[1]].is_cap or toks[span[1]].lower in lex.role_nouns))
                or self._may_hold(toks, span, "speech")
                or ((self.headline or listed) and self._title_speaker(toks, i))
                or (self.headline and self._said_by_label(toks, span))
            )
        ):
            span = (span[0], i - 1) if tagged else span
            src = self._source(toks, span)
            return (Attribution("direct", src, self._tok_span(tok)), span)
        return self._verb_before_colon(toks, i) if quoted else None

    def _statement_at(
        self,
        seg: Segment,
        toks: list[Token],
        i: int,
        found: list[Found],
        content: list[tuple[int, int]],
    ) -> int | None:
        """A statement issued or remarks made at toks[i] ("released a statement saying"):
        add it; the index after its cue, or None if none."""
        stated = self._statement_cue(seg, toks, i, content) or self._made_remarks(
            seg, toks, i, content
        )
        if stated is None:
            return None
        self._add(found, toks, stated[0])
        return stated[1] + 1

    def _nominal_cue_at(
        self,
        seg: Segment,
        toks: list[Token],
        i: int,
        found: list[Found],
        content: list[tuple[int, int]],
    ) -> Found | None:
        """A cue carried by a noun or an adjective at toks[i]: a view, a poll's finding, a
        legal provision, a nominal report or a stated attitude; None if none."""
        lex = self.lex
        tok = toks[i]
        low = tok.lower
        item: Found | None = None
        # "in her view, ...": an opinion credited to the possessor
        if low in _VIEW_NOUNS and i >= 2:
            item = self._in_view(toks, i)
        # "the poll has Ruiz leading", "a Gazette poll gave Vale a lead": a finding
        if item is None and low in _POLL_VERBS and i > 0:
            item = self._poll_standing(toks, i)
            if item is not None:
                content.append(self._content_after(seg, toks, i))
        # "the law requires ...", "the bill would bar ...": a legal text's provision
        if item is None and low in lex.provision_verbs and i > 0 and not tok.is_cap:
            item = self._provision(seg, toks, i, content)
        # "Vale's remarks", "her criticism of": a nominal report credited to the possessor
        if item is None and low in lex.speech_nouns and not found:
            item = self._nominal(toks, i)
        # "she is confident that", "they were critical of": a stated attitude
        if item is None and low in lex.state_adjectives and i > 0 and not tok.is_cap:
            item = self._attitude(seg, toks, i, content)
        return item

    def _inside_report(
        self, toks: list[Token], i: int, verb: tuple[str, str], found: list[Found]
    ) -> bool:
        """Whether the verb at toks[i] (a state, or a verb after a pronoun subject) belongs to
        what an earlier report of the sentence says: a report of speech was found before it
        and no clause of its own opens in between."""
        return (
            any(
                a.kind not in ("reported_state", "stance", "evidence") and a.cue is not None
                for a, _ in found
            )
            and (verb[0] == "state" or self._pronoun_subject(toks, i))
            and not any(
                t.text in {",", ";", "—"}
                or t.lower in {"but", "though", "while", "and"}
                # "... on Monday when he told ...": a report of speech in a clause of time,
                # manner or concession is not what the first report says
                or (verb[0] == "speech" and t.lower in _SPEECH_CLAUSE_OPENERS)
                for t in toks[self._last_cue_end(found, toks) : i]
            )
        )

    def _verb_cue_at(
        self,
        seg: Segment,
        toks: list[Token],
        i: int,
        phrase_end: int | None,
        verb: tuple[str, str] | None,
        found: list[Found],
        quotes: list[QuoteSpan],
        content: list[tuple[int, int]],
    ) -> int | None:
        """A verb cue at toks[i], or a phrase at toks[i : phrase_end + 1] (read as a verb of
        saying): add its attribution; the index after it, or None if it attributes nothing."""
        prior = found[-1][0] if found else None
        if phrase_end is not None:
            verb = ("speech", toks[i].lower)
        assert verb is not None
        att = self._verb_attribution(seg, toks, i, phrase_end or i, verb, quotes, content, prior)
        if att is None:
            return None
        self._add(found, toks, att)
        return (phrase_end or i) + 1

    def _asked_aside(self, toks: list[Token], i: int) -> None:
        """ "asked" at toks[i] with another complement: a second cue only (``self.extra``)."""
        tok = toks[i]
        # "Asked Tuesday about the plan, ...", "Asked which pier ..., she ...": a
        # question put to the speaker with another complement; and 'asked Mayor Ruiz.'
        # opening a sentence after a quotation ends ("... ?” asked Mayor Ruiz."). Only
        # a second cue: the sentence must be attributed by something else
        span = self._np_after(toks, i) if i == 0 and not tok.is_cap else None
        src = self._source(toks, span) if span is not None else None
        question = self._question(toks, i) if span is None else None  # "asked Mayor Ruiz."
        att = Attribution("indirect", src, self._tok_span(tok), question)
        self.extra.append((att, span))

    def _several(
        self,
        seg: Segment,
        toks: list[Token],
        found: list[Found],
        asked: list[Attribution],
    ) -> list[Attribution]:
        """The rules for several attributions in one sentence: of the cues found (and the
        questions put to the speaker), keep those that report in the outlet's voice, dropping
        what is part of another report's content, in order and one per cue; then the cues
        that count only in a sentence already attributed (``self.extra``)."""
        attributions: list[Attribution] = []
        marks = self._cue_marks(seg, found)
        for att, _span in [*found, *((a, None) for a in asked)]:
            if self._dropped(seg, toks, att, _span, found, attributions, marks):
                continue
            if not any(a.cue == att.cue for a in attributions):
                attributions.append(att)
        if attributions:
            self._add_extra(attributions)
        return attributions

    def _cue_marks(self, seg: Segment, found: list[Found]) -> _Marks:
        """Where the sentence's cues of each kind stand, as the rules of ``_dropped`` read them."""
        lex = self.lex
        speech_cue = min(
            (
                a.cue.start
                for a, _ in found
                if a.cue is not None and (a.kind in _SPEECH_KINDS or self._agentless_said(a))
            ),
            default=None,
        )
        frame_cue = min(
            (a.cue.start for a, _ in found if a.cue is not None and a.kind in _FRAME_KINDS),
            default=None,
        )
        evidence_cue = min(
            (a.cue.start for a, _ in found if a.cue is not None and a.kind == "evidence"),
            default=None,
        )
        cited = max(
            (a.cue.start for a, _ in found if a.cue is not None and a.kind == "according_to"),
            default=None,
        )
        # "Vale intends to run, his aide said": a report of speech placed after a comma or a
        # closing quotation reports the clause before it, so a state, stance or agentless
        # passive there ("intends", "was announced", "when asked whom she supported") is what
        # the speaker said or its setting, as when it follows the report
        closing = min(
            (
                min(a.cue.start, a.source.start)
                for a, _ in found
                if a.kind in ("direct", "indirect")
                and a.cue is not None
                and (lex.verb(a.cue.text.lower()) or ("", ""))[1] in _CORE_SPEECH
                and a.source is not None
                and a.source.text.lower() not in lex.relative
                and self.text[seg.start : min(a.cue.start, a.source.start)].rstrip()[-1:]
                in {",", "”", '"', "’", "'"}
                and self._ends_clause(a, seg)
            ),
            default=None,
        )
        return _Marks(speech_cue, frame_cue, evidence_cue, cited, closing)

    def _dropped(
        self,
        seg: Segment,
        toks: list[Token],
        att: Attribution,
        _span: tuple[int, int] | None,
        found: list[Found],
        attributions: list[Attribution],
        marks: _Marks,
    ) -> bool:
        """Whether a cue found in the sentence is part of another report's content (or of its
        setting) rather than a report of its own, given the attributions kept so far."""
        lex = self.lex
        speech_cue, frame_cue, evidence_cue, cited, closing = marks
        if (
            closing is not None
            and att.kind in {"reported_state", "stance", "passive", "vague"}
            and att.cue is not None
            and att.cue.end <= closing
        ):
            return True
        if (
            cited is not None
            and att.kind not in ("according_to", "direct")
            and att.cue is not None
            and att.cue.start < cited
            and not re.search(r"\bthat\W*$", self.text[att.cue.end : cited])
        ):
            # "Vale said the fares would rise, according to a transcript": the outlet's
            # source is the one cited last, and what Vale said is what it reports ("Vale
            # said that, according to the audit, ..." cites the audit inside Vale's words).
            # A quotation keeps its speaker: the transcript only vouches for the words.
            return True
        if (
            speech_cue is not None
            and att.kind in _SECONDARY_KINDS
            and att.cue is not None
            and not self._vague_report(att)
            and (
                att.cue.start > speech_cue
                # "Vale, who voted against the bill, said ...": a relative clause that
                # describes the speaker is background to the report
                or (att.source is not None and att.source.text.lower() in lex.relative)
            )
            and not self._new_clause(toks, _span)
            and not self._coordinated_predicate(toks, att, found)
            and not (  # "..., records show.": a closing finding covers the whole clause
                att.kind == "evidence" and not self.text[att.cue.end : seg.end].strip(" .!?\"”’'")
            )
        ):
            # "X said the plan, which voters oppose, was expected to fail": after a report
            # of speech, a later stance, state, finding or agentless passive is part of
            # what was said or of its setting, not a second report in the outlet's voice;
            # unless its subject opens a coordinated clause of the outlet's ("X said ...,
            # but Y opposes it"; "...; Y wants ...")
            return True
        # What follows a cited source is its report ("According to the filing, the mayor
        # asked ...", "The poll found that 60 percent said ...", "the survey shows voters
        # say ..."): a verb of saying after it is part of that content, and so is a stance,
        # state or agentless passive when the cited source is the sentence's first and no
        # clause of the outlet's own opens. A report that closes the sentence ("..., her
        # aide said.") stays a report, and a quotation stays its speaker's own.
        main = attributions[0] if attributions else None
        if (
            frame_cue is not None
            and att.cue is not None
            and att.cue.start > frame_cue
            and not self._closes_sentence(att, seg)
            and (
                att.kind == "indirect"
                or (
                    att.kind in {"stance", "reported_state", "passive"}
                    and main is not None
                    and main.kind in _FRAME_KINDS
                    and main.cue is not None
                    and att.cue.start > main.cue.start
                    and not self._new_clause(toks, _span)
                )
            )
        ):
            return True
        if (
            (att.kind in ("indirect", "direct") or self._vague_report(att))
            and att.cue is not None
            and self._nested(att, attributions)
        ):
            return True
        if (
            att.kind in _STATE_KINDS
            and att.cue is not None
            and self._nested(att, attributions, _STATE_KINDS)
        ):
            return True  # "Vale backs a plan that voters want": one stance, the rest content
        # "the poll found that 23 percent favored X": what the poll found
        return (
            att.kind in ("stance", "reported_state")
            and att.cue is not None
            and evidence_cue is not None
            and evidence_cue < att.cue.start
        )

    def _agentless_said(self, att: Attribution) -> bool:
        """ "it is said that ...", "X is said to be urging ...": a report of speech in the
        passive with no one named, which governs what follows it as a report does."""
        return (
            att.kind == "vague"
            and att.source is None
            and att.cue is not None
            and att.cue.text.lower() == "said"
        )

    def _vague_report(self, att: Attribution) -> bool:
        """A vague source with a verb of saying ("others have said", "critics argue"): a
        report of speech, which the rules for several attributions read as one (its own
        clause makes it a second report), not as a stance or a state."""
        if att.kind != "vague" or att.cue is None or att.source is None:
            return False
        verb = self.lex.verb(att.cue.text.split()[0].lower())
        return verb is not None and verb[0] == "speech"

    def _add_extra(self, attributions: list[Attribution]) -> None:
        """Add the cues that count only in a sentence already attributed (``self.extra``)
        whose cue overlaps none of the attributions."""
        for att, _span in self.extra:
            cue = att.cue
            if cue is not None and not any(
                a.cue is not None and a.cue.start < cue.end and cue.start < a.cue.end
                for a in attributions
            ):
                attributions.append(att)

    def _unattributed(
        self, seg: Segment, quotes: list[QuoteSpan], content: list[tuple[int, int]]
    ) -> Attribution | None:
        """The attribution of a sentence that no cue attributed: an agentless passive outside
        the quotations, a turn of an interview transcript (all of it then is content) or the
        continuation of a quotation; None if it is none of these."""
        vague = VAGUE_PASSIVE.search(seg.text)
        if vague and not any(
            q.inner_start <= seg.start + vague.start() < q.inner_end for q in quotes
        ):
            s, e = seg.start + vague.start(), seg.start + vague.end()
            a, b = self._trim_end((e, seg.end))
            while a < b and self.text[a] in " ,:":
                a += 1
            if self.text.startswith("that ", a):
                a += 5
            said = self._span(a, b) if a < b else None  # words of nobody: not the sentence's
            if vague.group("who"):
                # "Some observers believe ...", "critics fear": the group is the source, if a
                # vague one, and the verb the cue (as "Critics say" is where a verb finds it)
                who = self._span(seg.start + vague.start("who"), seg.start + vague.end("who"))
                source = Source(who.start, who.end, who.text, who.text)
                verb = self._span(seg.start + vague.start("verb"), seg.start + vague.end("verb"))
                return Attribution("vague", source, verb, said)
            return Attribution("vague", None, self._span(s, e), said)

        if self._transcript_turn(seg):
            # "Q: Will the pier close?" / "A: We will not.": a turn of an interview transcript
            # is the interviewer's or the interviewee's words, never the outlet's assertion
            content.append((seg.start, seg.end))  # all of it is the speaker's
            return Attribution("direct", None, None)

        return self._continuation(seg, quotes)

    def _result(
        self,
        seg: Segment,
        quotes: list[QuoteSpan],
        attributions: list[Attribution],
        content: list[tuple[int, int]],
    ) -> SentenceAttribution:
        """The sentence's result from its attributions and content spans: expletive subjects
        ("it's", "there's") name no source, the interviewee stands in for an unnamed speaker,
        the memory of the last source is updated and each attribution gets its content."""
        attributions = [
            replace(a, source=None)
            if a.source is not None and _EXPLETIVE_SUBJECT.fullmatch(a.source.text)
            else a
            for a in attributions
        ]
        attributions = self._interviewee(seg, attributions)
        speaker = self._answering(seg)
        speech_quotes = tuple(quotes) if attributions else ()
        if attributions:
            self.mem.last = next((a for a in attributions if a.source), attributions[0])
        self.mem.last_paragraph = seg.paragraph
        spans = tuple(c for c in content if c[0] < c[1])
        clipped: dict[tuple[int, int], tuple[int, int]] = {}
        attributions = [
            self._with_content(a, spans, quotes, attributions, seg, clipped) for a in attributions
        ]
        # what the speakers said, as each cue's own span reads it: not the addressee, the
        # circumstances or the outlet's comment after it (the voice of those words)
        said = tuple(clipped.get(c, c) for c in spans)
        said = tuple(c for c in said if c[0] < c[1])
        introduced, self.introduced = self.introduced, None
        return SentenceAttribution(tuple(attributions), speech_quotes, said, introduced, speaker)

    def _answering(self, seg: Segment) -> Source | None:
        """The speaker whose words a turn of a transcript is: the label of a labelled turn
        ("VALE: ..."), or in an "A:" turn the label "A" with the interviewee's name; None
        outside a turn or with no interviewee."""
        if self.turn is not None and self.turn[0] == seg.paragraph:
            return self.turn[1]
        if self.interviewee is None or not self._transcript_turn(seg):
            return None
        line = self.text.rfind("\n", 0, seg.start) + 1
        if not self.text.startswith("A:", line):
            return None
        return Source(line, line + 1, "A", self.interviewee)

    def _interviewee(self, seg: Segment, attributions: list[Attribution]) -> list[Attribution]:
        """In an "A:" turn of a transcript, "I" / "we" is the interviewee: the last named
        person the article credited before ("Port Director X spoke to the Wire ..."). The
        mention stays the in-sentence pronoun; only its name is resolved."""
        if self.turn is not None and self.turn[0] == seg.paragraph:
            # "KRALL: ... I think ...": "I" / "we" in a labelled turn is its speaker
            return [
                replace(a, source=replace(a.source, name=self.turn[1].name))
                if a.source is not None
                and a.source.name is None
                and a.source.text.lower() in {"i", "we"}
                else a
                for a in attributions
            ]
        if not self._transcript_turn(seg):
            named = next(
                (
                    a.source.name
                    for a in attributions
                    if a.source is not None
                    and a.source.name
                    and all(w[:1].isupper() for w in a.source.name.split())
                ),
                None,
            )
            if named is not None:
                self.interviewee = named
            return attributions
        line = self.text.rfind("\n", 0, seg.start) + 1
        if self.interviewee is None or not self.text.startswith("A:", line):
            return attributions
        return [
            replace(a, source=replace(a.source, name=self.interviewee))
            if a.source is not None
            and a.source.name is None
            and a.source.text.lower() in {"i", "we"}
            else a
            for a in attributions
        ]

    def _transcript_turn(self, seg: Segment) -> bool:
        """The sentence is in a turn of an interview transcript: its paragraph opens with "Q:"
        or "A:" and the article has several "Q:" and "A:" turns."""
        if self.labels.get("Q", 0) < 2 or self.labels.get("A", 0) < 2:
            return False
        line = self.text.rfind("\n", 0, seg.start) + 1
        return self.text.startswith(("Q:", "A:"), line)

    def _nested(
        self, att: Attribution, kept: list[Attribution], kinds: frozenset[str] = _SPEECH_KINDS
    ) -> bool:
        """A verb of saying inside what an earlier report in the sentence says, with no clause
        boundary between them ("X disclosed documents that compelled the bureau to admit ...",
        "Y said his record in defending the votes doesn't fly"): part of that content. A comma,
        a dash, a conjunction or a quotation mark between them may start a clause of its own
        ("X said ..., and Y warned ...", "..., saying ...")."""
        assert att.cue is not None
        if self._means_of_saying(att) and not any(
            a.cue is not None
            and a.cue.start < att.cue.start
            and (self.lex.verb(a.cue.text.split()[0].lower()) or ("", ""))[1] in _CORE_SPEECH
            for a in kept
        ):
            return False  # after "said" / "told", the gerund is still part of what was said
        prior = [
            a
            for a in kept
            if a.cue is not None
            and (a.kind in kinds or (kinds is _SPEECH_KINDS and self._agentless_said(a)))
            and a.cue.start < att.cue.start
            # "The groups who wrote to her say ...": a cue inside the later verb's own subject
            # (a relative clause or a modifier of it) does not govern that verb
            and not (
                att.source is not None
                and att.source.end <= a.cue.start
                and _RELATIVE_AFTER.match(self.text, att.source.end, a.cue.start) is not None
            )
        ]
        if not prior:
            return False
        between = self.text[max(a.cue.end for a in prior if a.cue) : att.cue.start]
        own_quote = any(  # 'by saying: “...”' introduces a quotation of its own
            att.cue.end <= q.start <= att.cue.end + 3
            and len(self.text[q.inner_start : q.inner_end].split()) >= MIN_SPEECH_WORDS
            for q in self.quotes
        )
        boundary = _TITLE_BOUNDARY if self.title_line and self.title_case else _BOUNDARY
        return not (boundary.search(between) or any(c in QUOTE_MARKS for c in between) or own_quote)

    def _means_of_saying(self, att: Attribution) -> bool:
        """The cue is a gerund of saying after "by" ("attacked Vale by reminding voters
        that ...", "countered by suggesting ..."): the means of the act before it, a report of
        the same speaker, not part of what an earlier report says."""
        assert att.cue is not None
        word = att.cue.text.split()[0].lower()
        verb = self.lex.verb(word)
        return (
            not self.title_case
            and word.endswith("ing")
            and verb is not None
            and verb[0] == "speech"
            and _BY_GERUND.search(self.text, max(0, att.cue.start - 24), att.cue.start) is not None
        )

    @staticmethod
    def _name_list_after(toks: list[Token], i: int) -> bool:
        """After the colon at toks[i], only capitalised words, in a list or a short line of
        two or three words ("Ohio: Ana Ruiz, Tom Vale, Lee Hart", "No. 1 in Ohio: Ana Ruiz."):
        a roster or a heading, not a turn of speech, which has lowercase words ("VALE: Well,
        no.")."""
        words = [t for t in toks[i + 1 :] if t.is_word and t.text[:1].isalpha()]
        if not words or any(not t.is_cap for t in words):
            return False
        commas = sum(1 for t in toks[i + 1 :] if t.text == ",")
        return commas >= 2 or 2 <= len(words) <= 3

    def _ends_clause(self, att: Attribution, seg: Segment) -> bool:
        """The cue and its source close their clause, with at most a short adverbial of time or
        place after them ("..., his aide said.", "..., she said in an interview, ...", "..., he
        said, adding ..."), so they report what came before; not "..., Vale said the plan
        would fail"."""
        assert att.cue is not None and att.source is not None
        end = max(att.cue.end, att.source.end)
        rest = _CLAUSE_REST.match(self.text, end, seg.end)
        words = rest.group(0).split() if rest else []
        return not words or (len(words) <= 4 and words[0].lower() in self.lex.time_words)

    def _closes_sentence(self, att: Attribution, seg: Segment) -> bool:
        """The cue and its source end the sentence ("..., her aide said.", "..., said Ruiz."):
        a report of everything before it, not a verb inside a cited source's content."""
        assert att.cue is not None
        end = max(att.cue.end, att.source.end if att.source is not None else 0)
        return not self.text[end : seg.end].strip(" .!?\"”’'")

    def _with_content(
        self,
        att: Attribution,
        spans: tuple[tuple[int, int], ...],
        quotes: list[QuoteSpan],
        others: list[Attribution],
        seg: Segment,
        clipped: dict[tuple[int, int], tuple[int, int]],
    ) -> Attribution:
        """Attach what was said: the cue's own paraphrased span (right after the cue, or just
        before an inverted "..., she said"), or the quotation when that span is nothing but a
        quotation ('she said: “...”', '“...,” she said'); a quotation inside a paraphrase
        ('said the plan was “a disaster” for towns') is part of the paraphrase. Without a span
        of its own, the quotation next to the cue, else the nearest paraphrased span. A span
        after the cue read narrower than it was found is noted in ``clipped``."""
        if att.content is not None:
            return att
        inner = [(q.inner_start, q.inner_end) for q in quotes if q.inner_end > q.inner_start]
        cue = att.cue
        pick: tuple[int, int] | None = None
        own = self._own_span(att, spans) if cue is not None else None
        if own is not None:
            if cue is not None and own[0] >= cue.end:
                raw = own
                own = self._clipped(self._until_next(own, att, others), att, seg, quotes)
                if raw in clipped:  # two cues share the span: the narrower reading
                    own = (max(own[0], clipped[raw][0]), min(own[1], clipped[raw][1]))
                clipped[raw] = own
            pick = self._all_quoted(own, quotes)
            if pick is None:
                pick = self._trim_end(own)
        elif cue is not None:
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

    def _own_span(
        self, att: Attribution, spans: tuple[tuple[int, int], ...]
    ) -> tuple[int, int] | None:
        """The paraphrased span the cue itself opened: one starting right after the cue (or
        after the source that follows it, "according to X, ..."), with only "that", a comma
        or a colon between; else one ending right before the cue or its source ("...,
        she said"); None if no span touches the cue."""
        assert att.cue is not None
        cue, src, text = att.cue, att.source, self.text
        ends = [cue.end] + ([src.end] if src is not None and src.start >= cue.end else [])
        for c in sorted(spans):
            if any(e <= c[0] and _GLUE.fullmatch(text, e, c[0]) for e in ends):
                return c
        start = min(cue.start, src.start) if src is not None else cue.start
        for c in sorted(spans, key=lambda c: -c[1]):
            if c[1] <= start and _GLUE.fullmatch(text, c[1], start):
                return c
        return None

    def _until_next(
        self, span: tuple[int, int], att: Attribution, others: list[Attribution]
    ) -> tuple[int, int]:
        """A span after the cue ends where the clause of another report of the sentence
        begins ("X admitted the figure was wrong, but said the rest would stand": what X
        admitted ends before "but said"), without the conjunction or the comma between."""
        a, b = span
        for o in others:
            if o is att or o.cue is None:
                continue
            start = o.cue.start
            if o.source is not None and a < o.source.start < start:
                start = o.source.start
            link = self._link_before(a, start) if a < start < b else None
            if link is not None:
                b = link
        if b < span[1]:
            m = _CLAUSE_LINK.search(self.text, a, b)
            b = m.start() if m else b
        return (a, b)

    def _link_before(self, a: int, start: int) -> int | None:
        """Where the link before a clause of its own at ``start`` ends: a comma, a dash or a
        conjunction before it, past adverbs ("..., but now said", "and later told"); None
        if there is no link."""
        end = start
        for m in reversed(list(_WORD.finditer(self.text, a, start))[-2:]):
            w = m.group(0).lower()
            if w in self.lex.bridge or (w.endswith("ly") and len(w) > 4):
                end = m.start()
            else:
                break
        return end if _LINKED.search(self.text, a, end) else None

    def _clipped(
        self, span: tuple[int, int], att: Attribution, seg: Segment, quotes: list[QuoteSpan]
    ) -> tuple[int, int]:
        """What a span after the cue reports, without what frames it: the circumstances or
        the addressee before the clause ("said in a statement that ...", "told reporters
        that ...", 'declared at the rally, “...”'); the rest of the sentence after the comma
        that closes a fronted subordinate clause or a relative clause the cue stands in ("While
        Vale opposed the plan, the board ...", "Vale, who said that ..., was ..."); and a
        comment the outlet adds at the end (", which ...", ", a move that ...")."""
        assert att.cue is not None
        a, b = span
        text = self.text
        a = self._clause_start(att, a, b)
        before = text[seg.start : att.cue.start]
        sub = _SUBORDINATE_OPENING.match(before)
        rel = _RELATIVE_OPENING.search(before)
        if (sub and "," not in before[sub.end() :]) or (
            rel is not None and len(before[: rel.start()].split()) <= 6
        ):
            for m in _CLAUSE_CLOSE.finditer(text, a, b):
                if not any(q.inner_start <= m.start() < q.inner_end for q in quotes):
                    b = m.start()
                    break
        m = _COMMENT_TAIL.search(text, a, b)
        if m and not _CLAUSE_CLOSE.search(text, m.end(), b):
            b = m.start()
        return (a, b)

    def _clause_start(self, att: Attribution, a: int, b: int) -> int:
        """Where the clause after a cue begins when a phrase of circumstance (a preposition or
        a time word: "in a statement", "on Monday", "Tuesday") or an addressee ("told
        reporters", "asked her") comes first: at its "that" (or "whether", ... after an
        addressee), or at a quotation after a comma or colon; the span's start otherwise,
        and always when "that" came before the phrase ("said that in May, ...")."""
        assert att.cue is not None
        text = self.text
        if "that" in text[att.cue.end : a].lower():
            return a
        words = list(_WORD.finditer(text, a, b))[:16]
        if len(words) < 2:
            return a
        verb = self.lex.verb(att.cue.text.split()[0].lower())
        address = verb is not None and verb[1] in _ADDRESS_VERBS
        first, second = words[0].group(0).lower(), words[1].group(0).lower()
        time = first in self.lex.time_words and (
            first not in _DEICTIC or second in self.lex.time_words
        )
        adjunct = (first in _ADJUNCT_OPENERS and second not in {"least", "most"}) or time
        if not (address or adjunct):
            return a
        to_addressee = address and not adjunct
        openers = _ADDRESSEE_ENDS if to_addressee else {"that"}
        if first in _ADDRESSEE_ENDS or _CONTRACTED.sub("", first) in _ADDRESSEE_ENDS:
            return a  # "asked whether he ...": the clause comes first, no addressee
        for w in words[1 : 6 if to_addressee else 16]:
            low = w.group(0).lower().strip(",")
            if low in openers or _CONTRACTED.sub("", low) in openers:
                return w.start()  # "told reporters he’d run"
            if low[:1] in '“"‘' and text[a : w.start()].rstrip().endswith((",", ":")):
                return w.start()
            if low in _NOT_ADJUNCT:
                return a  # "urged voters to ...", "said Monday his worry is that ..."
        return a

    def _all_quoted(self, span: tuple[int, int], quotes: list[QuoteSpan]) -> tuple[int, int] | None:
        """The quotation a paraphrased span consists of (with nothing but punctuation outside
        its marks), from its first to its last quoted word; None if the span says more."""
        inside = [q for q in quotes if q.start < span[1] and q.end > span[0]]
        if not inside:
            return None
        rest = self.text[span[0] : inside[0].start] + self.text[inside[-1].end : span[1]]
        rest += "".join(
            self.text[p.end : q.start] for p, q in zip(inside, inside[1:], strict=False)
        )
        if any(ch.isalnum() for ch in rest):
            return None
        return (inside[0].inner_start, inside[-1].inner_end)

    def _survey_after(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """The poll phrase after "in" (toks[i]): a determiner or modifiers, then a survey noun
        within eight words, with no verb or clause break between ("in a new CNN/ORC poll",
        "in the latest polls"). A poll in a compound ("in poll numbers") is not the head."""
        lex = self.lex
        for k in range(i + 1, min(len(toks), i + 10)):
            t = toks[k]
            if t.lower in lex.survey_nouns:
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                if nxt is not None and nxt.is_word and nxt.lower in _POLL_COMPOUNDS:
                    return None
                return (i + 1, k)
            if t.text in {",", ";", ":", "."} or t.lower in {"that", "which", "who", "and", "or"}:
                return None
            if t.lower in lex.stop and t.lower not in lex.determiners:
                return None
        return None

    @staticmethod
    def _figure_in_clause(toks: list[Token], i: int) -> bool:
        """A poll figure (a share, a score, a margin, a lead) in the clause around toks[i]."""
        a = i
        while a > 0 and toks[a - 1].lower not in _CLAUSE_END:
            a -= 1
        b = i
        while b < len(toks) and toks[b].lower not in _CLAUSE_END:
            b += 1
        return any(t.lower in _FIGURE_WORDS or _SCORE.match(t.text) for t in toks[a:b])

    def _coordinated_predicate(
        self, toks: list[Token], att: Attribution, found: list[Found]
    ) -> bool:
        """The cue is a verb coordinated by "and" / "but" with a report of speech that has the
        same subject ("She praised the plan and offered to lead it", "The campaign confirmed
        the meeting but would not offer details"): an act of its own, not part of what was
        said."""
        if att.cue is None or att.source is None:
            return False
        k = next((n for n, t in enumerate(toks) if t.start == att.cue.start), None)
        if k is None:
            return False
        j = self._skip_back(toks, k - 1)
        if j < 0 or toks[j].lower not in {"and", "but"}:
            return False
        return any(
            a.kind in _SPEECH_KINDS
            and a.source is not None
            and a.source.start == att.source.start
            and a.cue is not None
            and a.cue.end <= toks[j].start
            # "she said she did not condone it and hoped ...": after "say" / "tell" the
            # second verb may still be part of what was said
            and (self.lex.verb(a.cue.text.split()[0].lower()) or ("", ""))[1] not in _CORE_SPEECH
            for a, _ in found
        )

    def _new_clause(self, toks: list[Token], span: tuple[int, int] | None) -> bool:
        """The subject span opens a new coordinated clause: after a semicolon, or after a
        comma and "and" / "but" / "while" / "whereas"."""
        if span is None or span[0] == 0:
            return False
        k = span[0] - 1
        if toks[k].text == ";":
            return True
        return (
            toks[k].lower in {"but", "while", "whereas", "and"}
            and k > 0
            and toks[k - 1].text == ","
        )

    def _last_cue_end(self, found: list[Found], toks: list[Token]) -> int:
        ends = [a.cue.end for a, _ in found if a.cue is not None]
        last = max(ends, default=0)
        return next((n for n, t in enumerate(toks) if t.start >= last), len(toks))

    def _pronoun_subject(self, toks: list[Token], i: int) -> bool:
        j = self._skip_back(toks, i - 1)
        return j >= 0 and self._pronoun(toks[j]) in ("he", "she", "they", "it", "i", "we")

    def _said_by_label(self, toks: list[Token], span: tuple[int, int]) -> bool:
        """A title's label before a colon that is a text or a word of speech with its holder
        before it ("Harbor Times editorial: ...", "Vale’s new warning: ..."): the colon
        gives what the text or the warning says."""
        lex = self.lex
        head = toks[span[1]].lower
        return (
            span[1] > span[0]
            and (head in lex.statement_nouns or head in lex.speech_nouns)
            and toks[span[0]].is_cap
        )

    def _speaker_on_topic(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """A title label "Speaker on Topic:", "Speaker to Addressee:" or "Speaker at Venue:"
        ("Vale on the Fares: ...", "Vale to Dock Workers: ...", "Vale at Convention: ..."):
        the speaker is the name before "on" / "to" / "at", not the topic, the addressee or
        the venue before the colon (toks[i])."""
        k = next((n for n in range(1, i) if toks[n].lower in {"on", "to", "at"}), None)
        if k is None or not all(t.is_cap and t.is_word for t in toks[:k]):
            return None
        span = (0, k - 1)
        return span if self._may_hold(toks, span, "speech") else None

    def _title_speaker(self, toks: list[Token], i: int) -> bool:
        """A title that opens with a name and a colon ("Ruiz: ...", "Poll: ..."): headline
        style for "Ruiz says ...". toks[i] is the colon."""
        lead = toks[:i]
        return (
            0 < i <= 3
            and all(t.is_cap and t.is_word and not _POSSESSIVE.search(t.text) for t in lead)
            and lead[0].lower not in _TIME_NOUNS
            and lead[0].lower not in self.lex.stop
            # "The Latest: ...", "Breaking: ...", "Revealed: ...": a rubric, not a speaker
            and lead[0].lower not in self.lex.determiners
            # "Wow: ...", "Weekly Update: ...", "FIX IS IN: ...": a kicker, not a speaker
            and lead[0].lower not in self.lex.rubrics
            and lead[-1].lower not in self.lex.rubrics
            and not (len(lead) > 1 and all(t.text.isupper() for t in lead))
            and not (
                i == 1
                and len(lead[0].text) > 5
                and lead[0].lower.endswith(("ed", "ing"))
                and lead[0].text not in self.mem.people
            )
        )

    def _reaction_after(self, toks: list[Token], i: int) -> int | None:
        """A noun of reaction within three words after toks[i] ("drew sharp criticism",
        "sparked a backlash"), with only modifiers between."""
        for k in range(i + 1, min(len(toks), i + 4)):
            t = toks[k]
            if t.lower in self.lex.reaction_nouns:
                return k
            if (
                not t.is_word
                or t.is_cap
                or (t.lower in self.lex.stop and t.lower not in self.lex.determiners)
            ):
                return None
        return None

    def _critics_after(self, toks: list[Token], noun_at: int) -> tuple[int, int] | None:
        """The critics named after a noun of reaction: "criticism from the union", "from
        dockworkers for the fares" (a bare plural up to the next function word)."""
        if noun_at + 1 >= len(toks) or toks[noun_at + 1].lower not in {"from", "by"}:
            return None
        span = self._np_after(toks, noun_at + 1)
        if span is None:
            e = noun_at + 2
            while e < len(toks) and e - noun_at <= 6 and toks[e].is_word:
                if toks[e].lower in self.lex.stop or toks[e].lower == "that":
                    break
                e += 1
            span = (noun_at + 2, e - 1) if e > noun_at + 2 else None
        return span

    def _holder_out_of_reach(
        self, toks: list[Token], i: int, noun_at: int
    ) -> tuple[int, int] | None:
        """The holder of "voiced concerns", "raised questions" when the chunker cannot reach
        it: a subject with a long modifier ("House members in close races voiced concerns",
        "groups representing towns expressed concerns") or the clause's subject before a
        participle ("..., raising questions about ..."). Only a person or a body that speaks
        holds the concern (the mental-state boundary); "the files raised questions" and a
        state's "concerns" stay in the outlet's voice. The noun heads its phrase ("raise
        interest rates" names no attitude)."""
        after = toks[noun_at + 1] if noun_at + 1 < len(toks) else None
        if (
            after is not None
            and after.is_word
            and not (
                after.lower in PREPOSITIONS or after.lower in {"that", "whether", "over", "and"}
            )
        ):
            return None
        j = self._skip_back(toks, i - 1)
        if toks[i].lower.endswith("ing"):
            if j < 0 or toks[j].text not in {",", "—", "–"}:
                return None
            span = self._clause_subject(toks, i)
        else:
            span = self._relative_head(toks, i) or self._clause_subject(toks, i)
        if span is None or not self._may_hold(toks, span, "speech", pronoun=True):
            return None
        return span

    def _state_noun_after(self, toks: list[Token], i: int) -> int | None:
        for k in range(i + 1, min(len(toks), i + 4)):
            t = toks[k]
            if t.lower in self.lex.state_nouns:
                return k
            if (
                not t.is_word
                or t.is_cap
                or (t.lower in self.lex.stop and t.lower not in _POSSESSORS)
                or t.lower == "that"
            ):
                return None  # "voiced her disapproval": a possessive opens the noun phrase
        return None

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
