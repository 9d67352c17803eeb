"""The source ledger (who gets to speak) and the findings for vague sources."""

from __future__ import annotations

from typing import Any

from ..model import Finding, LedgerEntry, Source
from .lexicon import lexicon
from .result import SentenceAttribution
from .tokens import TOKEN


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


DIRECT_KINDS = frozenset({"direct", "quoted_as_saying", "continuation"})


def source_status(source: Source | None, kind: str) -> str:
    """named | anonymous | vague: how identifiable the source is to a reader."""
    lex = lexicon()
    if kind == "vague" or source is None:
        return "vague"
    words = [w for w in TOKEN.findall(source.name or source.text) if w[:1].isalnum()]
    lows = [w.lower() for w in words]
    if not words or all(w in lex.pronouns for w in lows):
        return "anonymous"  # "I" in a transcript turn, an unresolved "he" / "they"
    if lows[0] in lex.vague and len(lows) <= 2 or " ".join(lows) in lex.vague:
        return "vague"
    generic = lex.titles | lex.role_nouns | lex.anonymous | lex.vague | lex.determiners
    names = [w for w in words if w[:1].isupper() and w.lower().rstrip(".") not in generic]
    if names:
        return "named"
    proper = [w for w in words if w.lower() not in lex.determiners]
    if len(proper) >= 2 and all(w[:1].isupper() for w in proper) and lows[-1] in lex.org_heads:
        return "named"  # a body's proper name of generic words: "the State Department"
    if lows[-1] in lex.vague:
        return "vague"
    if lows[-1] in lex.pronouns:
        return "anonymous"  # an unresolved "he" / "they"
    return "anonymous"


def source_ledger(attributions: list[SentenceAttribution]) -> list[LedgerEntry]:
    """Who gets to speak: one entry per resolved source, in order of first appearance, with how
    often it is quoted directly and paraphrased and whether it is named, anonymous or vague."""
    ledger: dict[str, dict[str, Any]] = {}

    def entry_for(key: str, name: str, status: str) -> dict[str, Any]:
        return ledger.setdefault(
            key, {"name": name, "status": status, "direct": 0, "paraphrase": 0, "mentions": []}
        )

    for res in attributions:
        seen: set[str] = set()
        for att in res.attributions:
            src = att.source
            name = att.ledger_name
            if name is None:
                continue
            key = name.casefold()
            if key in seen:  # counted once per sentence, but every mention is kept
                mentions = ledger[key]["mentions"]
                if src is not None and not any(m.start == src.start for m in mentions):
                    mentions.append(src)
                continue
            seen.add(key)
            entry = entry_for(key, name, source_status(src, att.kind))
            direct = (
                att.kind in DIRECT_KINDS
                or (att is res.attributions[0] and bool(res.quotes))
                # "VALE: ... I think ...": a transcript turn is the speaker's own words
                or (res.speaker is not None and res.speaker.name == (src.name if src else None))
            )
            entry["direct" if direct else "paraphrase"] += 1
            if src is not None and not any(m.start == src.start for m in entry["mentions"]):
                entry["mentions"].append(src)
        speaker = res.speaker
        if speaker is not None and speaker.name and speaker.name.casefold() not in seen:
            # "A: No, nobody called.": the interviewee's answer, in their own words
            entry = entry_for(
                speaker.name.casefold(), speaker.name, source_status(speaker, "direct")
            )
            entry["direct"] += 1
            if not any(m.start == speaker.start for m in entry["mentions"]):
                entry["mentions"].append(speaker)
    return [
        LedgerEntry(e["name"], e["status"], e["direct"], e["paraphrase"], tuple(e["mentions"]))
        for e in ledger.values()
    ]
