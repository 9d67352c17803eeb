"""The lexicon: word lists from ``data/attribution.yml`` with their inflected verb forms,
and the small closed word classes the phrase finder needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .tokens import Token

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
    # "(some) critics say": the group is the (vague) source, the verb the cue; not a bare
    # "people", which sweeps in everyone and names no one ("what people think")
    r"|(?:(?P<who>(?:(?:some|many|most|several)\s+)?(?:critics|observers|experts|analysts"
    r"|others)|(?:some|many|most|several)\s+people|some|many)|people)\s+"
    r"(?P<verb>say|said|argue|argued|believe|believed|claim|claimed|contend|suggest|suggested|"
    r"think|fear|feared|worry|note|warn|warned)\b"
    r"|sources?\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of)\b"
    r"|(?:people|those|persons)\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of)\b"
    r"|(?:there\s+(?:is|are)\s+)?(?:reports|rumou?rs|speculation)\s+(?:that|suggest|say)\b"
    # "X reportedly / allegedly did Y" is "it is reported / alleged that X did Y": no reporter
    r"|(?:reportedly|allegedly)\b)",
    re.IGNORECASE,
)


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
        listed = set(irregular.split())
        forms = _inflect(lemma)
        if irregular:  # irregular verbs: drop the generated -ed form ("sayed"), keep the listed
            forms -= {lemma + "ed", lemma + "d"}  # ones ("show: showed shown")
        forms |= listed
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
    reception: frozenset[str]
    reaction_nouns: frozenset[str]
    statement_nouns: frozenset[str]
    document_nouns: frozenset[str]
    survey_nouns: frozenset[str]
    role_nouns: frozenset[str]
    person_heads: frozenset[str]
    relational_people: frozenset[str]
    speaking_bodies: frozenset[str]
    position_bodies: frozenset[str]
    stance_nouns: frozenset[str]
    belief_nouns: frozenset[str]
    target_on_nouns: frozenset[str]
    plain_speech: frozenset[str]
    object_reports: frozenset[str]
    provision_verbs: frozenset[str]
    legal_texts: frozenset[str]
    vague: frozenset[str]
    anonymous: frozenset[str]
    titles: frozenset[str]
    org_heads: frozenset[str]
    pronouns: frozenset[str]
    relative: frozenset[str]
    determiners: frozenset[str]
    rubrics: frozenset[str]
    self_nouns: frozenset[str]
    revision_words: frozenset[str]
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
    position_adjectives: frozenset[str]
    not_reporting: frozenset[str]
    vague_passive: frozenset[str]
    speech_nouns: frozenset[str]
    groups: frozenset[str]
    prompt_nouns: frozenset[str]
    asked_objects: frozenset[str]

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
            "shoot": {"shot"},
            # first words of the idioms of speech and stance below ("stood by", "lit into")
            "stand": {"stood"},
            "bring": {"brought"},
            "light": {"lit"},
            "tear": {"tore", "torn"},
            "hold": {"held"},
            "rip": {"ripped", "ripping"},
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
        reception=words("reception_verbs"),
        reaction_nouns=words("reaction_nouns"),
        statement_nouns=words("statement_nouns"),
        document_nouns=words("document_nouns"),
        survey_nouns=words("survey_nouns"),
        role_nouns=words("role_nouns"),
        person_heads=words("person_heads"),
        relational_people=words("relational_people"),
        speaking_bodies=words("speaking_bodies"),
        position_bodies=words("position_bodies"),
        stance_nouns=words("stance_nouns"),
        belief_nouns=words("belief_nouns"),
        target_on_nouns=words("target_on_nouns"),
        plain_speech=words("plain_speech_verbs"),
        object_reports=words("object_report_verbs"),
        provision_verbs=words("provision_verbs"),
        legal_texts=words("legal_texts"),
        vague=words("vague_subjects"),
        anonymous=words("anonymous_heads"),
        titles=words("titles"),
        org_heads=words("organisation_heads"),
        pronouns=words("pronouns"),
        relative=words("relative_pronouns"),
        determiners=words("determiners"),
        rubrics=words("headline_rubrics"),
        self_nouns=words("self_nouns"),
        revision_words=words("revision_words"),
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
        position_adjectives=words("position_adjectives"),
        not_reporting=words("not_reporting"),
        vague_passive=words("vague_passive"),
        speech_nouns=words("speech_nouns"),
        groups=words("sweeping_groups"),
        prompt_nouns=words("prompt_nouns"),
        asked_objects=words("asked_object_verbs"),
    )
