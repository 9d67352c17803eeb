"""Sources and their names: pronouns, surnames and titles resolved to earlier mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ..model import Attribution, Source
from .lexicon import (
    _FRACTION,
    BE,
    VAGUE_PASSIVE,
)
from .phrases import Phrases
from .tokens import (
    _CONTRACTION,
    _NAME_RUN,
    _POSSESSIVE,
    Token,
)

# What a subject may hold (Resolver._may_hold): a speech act, a public stance, a mental state,
# an adjective of public position.
HoldKind = Literal["speech", "stance", "state", "position"]

# Quantifiers that open a partitive subject ("some of his advisers", "three of the senators").
_PARTITIVES = frozenset(
    {
        "some",
        "many",
        "most",
        "few",
        "several",
        "all",
        "both",
        "none",
        "one",
        "two",
        "three",
        "four",
        "five",
        "each",
        "any",
        "half",
    }
)


@dataclass
class _Memory:
    """What earlier sentences tell us: named people and the last attribution."""

    people: dict[str, str] = field(default_factory=dict)  # surname / full -> full name
    titled: dict[str, str] = field(default_factory=dict)  # "minister" -> "Faisal Mekdad"
    bodies: dict[str, str] = field(default_factory=dict)  # "department" -> "Labor Department"
    last_person: str | None = None
    last_group: str | None = None
    group_people: bool = False  # the last group source is people ("officials", "her aides")
    last: Attribution | None = None
    last_paragraph: int = -1


class Resolver(Phrases):
    """Naming a source: its mention, its resolved name, whether it is a person or a body
    that speaks; the memory of names across sentences. Uses ``self.mem``."""

    def _source(
        self, toks: list[Token], span: tuple[int, int], mention: tuple[int, int] | None = None
    ) -> Source:
        """The source named by the phrase ``span``; ``mention``, when given, is the wider
        stretch of text that mentions it ("Vale and her aides" for "her aides")."""
        a, b = mention or span
        start, end = toks[a].start, toks[b].end
        if (
            b + 1 < len(toks)
            and toks[b + 1].text == ","
            and any(t.text == "," for t in toks[a + 1 : b])
        ):
            # "Ana Reyes, the editor of the Star, said": an appositive is set off by a pair of
            # commas, and the mention runs to the one that closes it
            end = toks[b + 1].end
        fused = _CONTRACTION.match(toks[a].text) if a == b else None
        if fused and fused.group(1).lower() in {"he", "she", "they", "who"}:
            end = start + len(fused.group(1))  # "He’s said": the pronoun, not "’s"
        mention = self.text[start:end]
        return Source(start, end, mention, self._resolve(toks, span))

    def _resolve(self, toks: list[Token], span: tuple[int, int]) -> str | None:
        """The name a mention stands for: a pronoun for the last person or group, "who" for its
        antecedent, a surname or a title ("the minister") for the full name seen before, else the
        mention's own words; None when nothing it could stand for is known."""
        lex = self.lex
        if span[1] - span[0] == 2 and [t.lower for t in toks[span[0] + 1 : span[1] + 1]] == [
            "of",
            "whom",
        ]:
            # "..., all of whom opposed it": the people the relative clause is about
            a = span[0] - 1
            if a >= 0 and toks[a].text in {",", "—", "–", "-"}:
                a -= 1
            np = self._np_ending(toks, a) if a >= 0 else None
            return self._resolve(toks, np) if np else None
        if span[0] == span[1] and toks[span[0]].lower == "that" and span[0] > 0:
            # "poll results that show ...", "comments that compared ...": the relative
            # pronoun stands for its antecedent, as "who" does
            k = span[0] - 1
            np = self._np_ending(toks, k)
            if np is None and toks[k].is_word and toks[k].lower not in lex.stop:
                np = (k, k)  # a bare noun: "comments that compared ..."
            return self._resolve(toks, np) if np else None
        words = [t for t in self._head_span(toks, span) if t.lower not in lex.determiners]
        if not words:
            return None
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
            if self._relative_word(words[0]):
                a = span[0] - 1
                if a >= 0 and toks[a].text in {",", "—", "–", "-"}:
                    a -= 1
                np = self._np_ending(toks, a) if a >= 0 else None
                return self._resolve(toks, np) if np else None
        lead = []  # the mention before an appositive: "Greta Holm" of "Greta Holm, 78,"
        for t in toks[span[0] : span[1] + 1]:
            if t.text in {",", "(", "—", "–"}:
                break
            lead.append(t)
        if any(t.text[:1].isdigit() or _FRACTION.match(t.lower) for t in lead):
            return self.text[lead[0].start : lead[-1].end]  # "six in 10"
        name_toks = [t for t in words if t.is_word]
        # Strip leading titles: "Russian Foreign Minister Sergey Lavrov" -> "Sergey Lavrov".
        last_title = -1
        for n, t in enumerate(name_toks):
            if t.lower.rstrip(".") in lex.titles or not t.is_cap:
                last_title = n
        if name_toks and name_toks[-1].lower in lex.org_heads:
            last_title = -1  # an organisation keeps its words: "Valley Health Board"
        if 0 <= last_title < len(name_toks) - 1:
            name_toks = name_toks[last_title + 1 :]
        name = " ".join(t.text for t in name_toks)
        between = self.text[name_toks[0].end : name_toks[-1].start] if name_toks else ""
        if len(name_toks) > 1 and ("." in between or "/" in between):
            # "Tomas R. Ekdal", "U.K. officials", "a Gazette/Courier poll": marks inside a name stay
            name = " ".join(self.text[name_toks[0].start : name_toks[-1].end].split())
        if name_toks and all(not t.is_cap for t in words):
            rest = toks[span[0] + len(lead) + 1 : span[1] + 1]
            named = []
            for t in rest:
                if not (t.is_cap and t.is_word) or t.lower in lex.titles:
                    break
                named.append(t.text)
            if len(named) >= 2 and len(named) == len([t for t in rest if t.text != ","]):
                return " ".join(named)  # "the assailant, Jon Meyer": the name in apposition
            # "the minister": the last source with that title, else the phrase itself
            head = words[-1].lower
            phrase = []
            for t in toks[span[0] : span[1] + 1]:
                if t.text in {",", "(", "—", "–"}:
                    break
                phrase.append(t.text)
            if head in self.mem.titled:
                return self.mem.titled[head]
            if toks[span[0]].lower == "the" and head in self.mem.bodies:
                # "the department": the body of that kind named before ("the Labor
                # Department"); "a press call" names none
                return self.mem.bodies[head]
            return " ".join(phrase)
        if not name_toks:
            return None
        key = re.sub(r"[’']s$", "", name_toks[-1].text)
        if len(name_toks) == 1 and key in self.mem.people:
            return self.mem.people[key]
        if len(name_toks) == 1 and len(key) > 2 and key.isupper():
            # "KRALL: ..." (a transcript's label in capitals) is the person the article names
            # by that surname ("Anselm Krall"), so both are one speaker in the ledger
            full = next((v for k, v in self.mem.people.items() if k.upper() == key), None)
            if full is not None:
                return full
        return name

    def _person_like(self, toks: list[Token], span: tuple[int, int]) -> bool:
        """The phrase names people: a known or capitalised person's name, a titled role, a noun
        for people by what they do, "officials", a person's circle ("her aides"), or a share of
        people ("many of her aides")."""
        lex = self.lex
        of = next(
            (k for k in range(span[0] + 1, min(span[1], span[0] + 3)) if toks[k].lower == "of"),
            None,
        )
        if of is not None and all(
            t.lower in _PARTITIVES or _FRACTION.match(t.lower) for t in toks[span[0] : of]
        ):
            # "many of her aides", "all five of the senators", "three-quarters of the voters":
            # a share of people is people
            return self._person_like(toks, (of + 1, span[1]))
        # the full stop of an initial is no word of the name ("Patrick J. Holm")
        words = [
            t
            for t in self._head_span(toks, span)
            if t.lower not in lex.determiners and t.text != "."
        ]
        if not words:
            return False
        lows = [t.lower for t in words]
        if lows[-1] in lex.org_heads:
            return False
        if len(lows) >= 3 and lows[-2] == "of" and lows[-1].rstrip(".") in lex.titles:
            # "the secretary of state": the role before its portfolio is the head
            words, lows = words[:-2], lows[:-2]
        if len(words) == 1 and self._pronoun(words[0]) in ("he", "she"):
            return True
        if len(words) == 1 and (lows[0] == "whom" or self._relative_word(words[0]) == "who"):
            return True  # "who", and "whom" of "all of whom"
        if (
            any(low.rstrip(".") in lex.titles for low in lows)
            and words[-1].is_cap
            and lows[-1].rstrip(".") not in lex.titles
        ):
            return True  # a title before a name; "The US" is a state, not a titled person
        caps = [t for t in words if t.is_cap]
        if len(caps) >= 2 and len(caps) == len(words):
            return True
        trailing = 0
        while trailing < len(words) and words[-1 - trailing].is_cap:
            trailing += 1
        if 2 <= trailing < len(words) and not any(
            low.rstrip(".") in lex.titles for low in lows[-trailing:]
        ):
            return True  # an occupation before a name: "retired teacher Greta Holm"
        if len(words) == 1 and words[0].text in self.mem.people:
            return True
        last = lows[-1]
        if last.endswith("s") and last[:-1] in lex.person_heads and last not in lex.groups:
            return True  # "officials", "aides", "senators": people who can state a view
        head_span = self._head_span(toks, span)
        if last in lex.relational_people and len(head_span) >= 2:
            m = len(head_span) - 2
            while m > max(0, len(head_span) - 4) and head_span[m].lower not in lex.stop:
                if head_span[m].is_cap or not head_span[m].is_word:
                    break
                m -= 1  # "Vale's inner circle": an adjective before the noun
            mod = head_span[m]
            if (
                (mod.is_cap and mod.lower not in lex.determiners)  # not a sentence-initial "The"
                or _POSSESSIVE.search(mod.text)
                or mod.lower in {"his", "her", "their"}
            ):
                return True  # "Vale allies", "her aides": a named person's circle
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
        """The phrase heads on a body that speaks through statements (a campaign, a party, a
        union, a newspaper), singular or plural."""
        words = [t for t in self._head_span(toks, span) if t.is_word]
        if not words:
            return False
        last, bodies = words[-1].lower, self.lex.speaking_bodies
        # several bodies that speak: "the campaigns agree", "both parties said"
        return (
            last in bodies
            or (last.endswith("s") and last[:-1] in bodies)
            or (last.endswith("ies") and last[:-3] + "y" in bodies)
        )

    def _may_hold(
        self,
        toks: list[Token],
        span: tuple[int, int],
        kind: HoldKind,
        person: bool | None = None,
        pronoun: bool = False,
    ) -> bool:
        """The mental-state boundary (see the package doc), stated once: whether the phrase
        may hold a cue of this kind.

        - "speech": a person or a body that speaks through statements (a speech act, a public
          act, a noun of speech with its holder);
        - "stance": as "speech", or a counted share of poll respondents ("won the backing of
          33% of voters");
        - "state": a mood, a motive or a mental state, held only by a person, a poll share, or
          a campaign or a party ("the campaign hopes"), never by any other body;
        - "position": an adjective of public position ("the ministry is critical of"): as
          "state", or any body that speaks.

        With ``pronoun``, a phrase that opens with "he", "she" or "they" may hold it too (a
        person or people named before). ``person`` is ``self._person_like(toks, span)`` when
        the caller has it already."""
        if pronoun and self._pronoun(toks[span[0]]) in ("he", "she", "they"):
            return True
        if person is None:
            person = self._person_like(toks, span)
        if person:
            return True
        if kind in ("speech", "stance"):
            return self._speaking_body(toks, span) or (
                kind == "stance" and self._surveyed(toks, span)
            )
        if self._surveyed(toks, span):
            return True
        head = ([t for t in self._head_span(toks, span) if t.is_word] or [toks[span[0]]])[-1]
        return head.lower in self.lex.position_bodies or (
            kind == "position" and self._speaking_body(toks, span)
        )

    def _remember(self, toks: list[Token], span: tuple[int, int], source: Source) -> None:
        """Note a source for later sentences: whether a later "they" may stand for these people,
        the surname and titles of a named person, and the last group."""
        lex = self.lex
        words = [t for t in self._head_span(toks, span) if t.lower not in lex.determiners]
        if len(words) == 1 and (self._pronoun(words[0]) or self._relative_word(words[0])):
            return
        # may a later "they" stand for these people? ("Vale aides", "Vale and Ruiz")
        self.mem.group_people = bool(words) and (
            (words[-1].lower.endswith("s") or any(t.lower == "and" for t in words))
            and self._person_like(toks, span)
        )
        if source.name is None:
            return
        if self._person_like(toks, span) and any(t.is_cap for t in words):
            # a possessive is no part of the name: "President Vale's plan" names Vale
            name = re.sub(r"[’']s$", "", source.name)
            parts = name.split()
            self.mem.people[parts[-1]] = name
            self.mem.people[name] = name
            self.mem.last_person = name
            for t in words:
                # a body before a role ("Union leader X", "Ministry spokesman Y") is no title
                # of the person: a later "the union" is the body, not X
                if t.lower in lex.org_heads:
                    continue
                if t.lower in lex.role_nouns or t.lower.rstrip(".") in lex.titles:
                    self.mem.titled[t.lower] = source.name
        else:
            self.mem.last_group = source.name
            for t in words:
                # a named body ("the Portwick Harbour Authority", "the Chamber of Commerce"):
                # a later "the authority" / "the chamber" is that body, as "the minister" is
                # the minister named before
                if t.is_cap and t.lower in lex.org_heads and len(words) > 1:
                    self.mem.bodies[t.lower] = source.name

    def _scan_names(self, text: str) -> None:
        """Any run of two or more capitalised words that is not an organisation ("Jane Doe"):
        a later bare "Doe" is a person, not a place."""
        for m in _NAME_RUN.finditer(text):
            for run in self._name_chunks(m.group().split(" ")):
                self._scan_name_run(run)

    def _name_chunks(self, words: list[str]) -> list[list[str]]:
        """Split a capitalised run at a sentence break: a word ending in a full stop that is
        not an initial ("J."), an abbreviation ("U.S.") or a title ("Gov.") ends the run
        ("... in March. Borduria ..." is a month and a new sentence, not a name)."""
        chunks, cur = [], []
        for w in words:
            cur.append(w)
            stem = w[:-1]
            if (
                w.endswith(".")
                and len(stem) > 1
                and "." not in stem
                and stem.lower() not in self.lex.titles
            ):
                chunks.append(cur)
                cur = []
        if cur:
            chunks.append(cur)
        return chunks

    def _scan_name_run(self, run: list[str]) -> None:
        lex = self.lex
        words = [w for w in run if not w.isupper()]
        names = [w for w in words if w.lower().rstrip(".") not in lex.titles]
        # a function word may end a name after a first name ("Ada Will", "Theresa May")
        names = [
            w
            for n, w in enumerate(names)
            if (w.lower() not in lex.stop or (n > 0 and n == len(names) - 1 and w.istitle()))
            and w.lower() not in lex.determiners
        ]
        if names and names[-1].endswith(".") and "." not in names[-1][:-1]:
            # the full stop that ends a sentence is no part of the surname ("... Ada Vale.")
            names[-1] = names[-1][:-1]
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
        self._people_subject(toks)

    def _people_subject(self, toks: list[Token]) -> None:
        """A sentence that opens with plural people ("Ruiz supporters rallied ...", "The
        senators met ...") gives a later "they" people to stand for, as a plural person source
        does ("They fear ...")."""
        lex = self.lex
        for m in range(min(len(toks), 6)):
            t = toks[m]
            low = t.lower
            if not t.is_word or low in BE or low in lex.bridge or lex.verb(low):
                return  # the verb: the subject is behind
            if low.endswith("s") and (
                low[:-1] in lex.person_heads
                or low in lex.relational_people
                or low in lex.role_nouns
            ):
                np = self._np_ending(toks, m)
                if (
                    np is not None
                    and all(toks[q].lower in lex.determiners for q in range(np[0]))
                    and self._person_like(toks, np)
                ):
                    self.mem.group_people = True
                return

    def _is_vague(self, toks: list[Token], span: tuple[int, int]) -> bool:
        """The source credits nobody in particular: "critics", "some observers", "sources
        familiar with the talks"."""
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
