"""The result contract of docs/design.md, checked on the sample articles, on short strings and on
random texts: keys, offsets, labels, score and sentiment ranges, and what offsets index."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import biascheck

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_FILES = ["harbour-talks.txt", "council-budget.md", "clinic-closure.html"]

ROLES = {"headline", "byline", "body", "boilerplate"}
LABELS = {"attributed", "factual", "editorial"}
SEVERITIES = {"info", "warning", "error"}
SENTENCE_KEYS = {
    "start", "end", "text", "role", "label", "editorial_score", "attribution", "sentiment",
    "findings",
}  # fmt: skip
FINDING_KEYS = {"rule", "category", "severity", "start", "end", "text", "message"}


def assert_span(span: dict[str, Any], text: str, what: str) -> None:
    start, end = span["start"], span["end"]
    assert isinstance(start, int) and isinstance(end, int), what
    assert 0 <= start < end <= len(text), f"{what}: bad offsets {start}..{end}"
    assert text[start:end] == span["text"], f"{what}: {text[start:end]!r} != {span['text']!r}"


def assert_attribution(att: dict[str, Any], text: str, where: str) -> None:
    assert isinstance(att["kind"], str) and att["kind"], where
    if att["source"] is not None:
        assert_span(att["source"], text, f"{where} source")
        assert "name" in att["source"]
        assert att["source"]["name"] is None or isinstance(att["source"]["name"], str)
    if att["cue"] is not None:
        assert_span(att["cue"], text, f"{where} cue")


def assert_contract(data: dict[str, Any], text: str) -> None:
    """Every promise of the result contract, for one result (``text`` = what offsets index)."""
    assert data["schema_version"] == 1
    assert json.loads(json.dumps(data)) == data, "result is not plain JSON"
    sentences = data["sentences"]
    assert isinstance(sentences, list)
    previous_end = 0
    for n, s in enumerate(sentences):
        where = f"sentence {n} {s.get('text', '')[:40]!r}"
        assert s.keys() >= SENTENCE_KEYS, f"{where}: missing {SENTENCE_KEYS - s.keys()}"
        assert_span(s, text, where)
        assert s["start"] >= previous_end, f"{where}: overlaps or precedes the one before"
        previous_end = s["end"]

        assert s["role"] in ROLES, where
        if s["role"] == "body":
            assert s["label"] in LABELS, where
        else:
            assert s["label"] is None, where

        score = s["editorial_score"]
        assert isinstance(score, float | int) and 0.0 <= score <= 1.0, where
        assert not math.isnan(score)
        sentiment = s["sentiment"]
        assert -1.0 <= sentiment["polarity"] <= 1.0, where
        assert 0.0 <= sentiment["subjectivity"] <= 1.0, where

        att = s["attribution"]
        if att is not None:
            assert_attribution(att, text, where)
        if "attributions" in s:
            assert len(s["attributions"]) > 1 and s["attributions"][0] == att, where
            for a in s["attributions"]:
                assert_attribution(a, text, where)
        if s["label"] == "attributed":
            assert att is not None, f"{where}: attributed without an attribution"

        for f in s["findings"]:
            assert f.keys() >= FINDING_KEYS, f"{where}: finding missing {FINDING_KEYS - f.keys()}"
            assert f["severity"] in SEVERITIES
            assert f["message"].strip()
            assert_span(f, text, f"{where} finding {f['rule']}")
            assert s["start"] <= f["start"] and f["end"] <= s["end"], f"{where}: finding outside"
        if s["role"] in ("boilerplate", "byline"):
            assert s["findings"] == [], f"{where}: {s['role']} must never be flagged"
            assert s["editorial_score"] == 0, where


def _sample_text(name: str, data: dict[str, Any]) -> str:
    if name.endswith(".txt"):
        return (SAMPLES / name).read_bytes().decode("utf-8")
    return data["text"]


# --------------------------------------------------------------------------- sample articles


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_contract_on_samples(name: str) -> None:
    data = biascheck.check_file(SAMPLES / name).to_dict()
    text = _sample_text(name, data)
    assert_contract(data, text)
    assert data["path"] == str(SAMPLES / name)
    roles = {s["role"] for s in data["sentences"]}
    assert {"headline", "byline", "body"} <= roles, roles
    body_labels = {s["label"] for s in data["sentences"] if s["role"] == "body"}
    assert {"attributed", "factual", "editorial"} <= body_labels, body_labels


def test_plain_text_offsets_index_the_input() -> None:
    raw = (SAMPLES / "harbour-talks.txt").read_bytes().decode("utf-8")
    data = biascheck.check_text(raw).to_dict()
    assert data["offsets"].startswith("input")
    assert data["format"] == "text"
    assert_contract(data, raw)
    # the same article from a file gives the same sentences
    from_file = biascheck.check_file(SAMPLES / "harbour-talks.txt").to_dict()
    assert from_file["sentences"] == data["sentences"]


def test_sample_tail_is_boilerplate_without_findings() -> None:
    data = biascheck.check_file(SAMPLES / "harbour-talks.txt").to_dict()
    tail = [s for s in data["sentences"] if s["role"] == "boilerplate"]
    assert [s["text"] for s in tail] == [
        "Share this:",
        "Leave a Reply",
        "Your email address will not be published.",
    ]
    assert all(s["findings"] == [] and s["label"] is None for s in tail)


@pytest.mark.parametrize(
    ("name", "fmt", "absent"),
    [
        ("council-budget.md", "markdown", ["*By", "](", "http://example.invalid", "# ", "\n- "]),
        (
            "clinic-closure.html",
            "html",
            ["<", "&ldquo;", "trackEvent", "dataLayer", "Sport", "Share on", "Disgraceful",
             "Leave a Reply", "All rights reserved"],
        ),
    ],
)  # fmt: skip
def test_extracted_formats_index_the_extracted_text(name: str, fmt: str, absent: list[str]) -> None:
    source = (SAMPLES / name).read_text(encoding="utf-8")
    data = biascheck.check_text(source, format=fmt).to_dict()
    assert data["format"] == fmt
    assert data["offsets"].startswith("extracted-text")
    assert "'text'" in data["offsets"]
    text = data["text"]
    assert_contract(data, text)
    for needle in absent:
        assert needle not in text, f"{needle!r} leaked into the checked text"
    # offsets do not index the raw source (the markup shifts them)
    assert any(source[s["start"] : s["end"]] != s["text"] for s in data["sentences"])


def test_html_sample_headline_and_byline() -> None:
    data = biascheck.check_file(SAMPLES / "clinic-closure.html").to_dict()
    first = data["sentences"][0]
    assert first["role"] == "headline"
    assert first["text"] == "Brennic's only walk-in clinic to close in June, health board says"
    byline = data["sentences"][1]
    assert (byline["role"], byline["text"]) == ("byline", "By Oskar Lind")


# --------------------------------------------------------------------------- short strings


@pytest.mark.parametrize(
    "text",
    [
        "The regime fell.",
        "Hello",
        "a",
        "   Padded sentence with spaces.   \n",
        "“Only a quotation, with no speaker.”",
        "Unclosed “quotation that runs on",
        "Harbour reopens\n\nThe harbour reopened on Monday, the port said.",
        "Share this:",
        "Line one\r\nLine two.\r\n\r\nNext paragraph.",
        "?!",
        "The US has no interest in this reconciliation.",
    ],
)
def test_contract_on_short_strings(text: str) -> None:
    assert_contract(biascheck.check_text(text).to_dict(), text)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour reopened on Monday.",
        "  The harbour reopened on Monday.\n",
        "The regime slammed the landmark deal.",
        "Harbour reopens",
    ],
)
def test_one_sentence_is_a_single_body_sentence(text: str) -> None:
    (s,) = biascheck.check_text(text).to_dict()["sentences"]
    assert s["role"] == "body"
    assert s["label"] in LABELS
    assert s["text"] == text.strip()
    assert (s["start"], s["end"]) == (
        text.index(text.strip()),
        text.index(text.strip()) + len(text.strip()),
    )


def test_empty_text_is_an_input_error() -> None:
    with pytest.raises(biascheck.InputError):
        biascheck.check_text(" \n\n ")


def test_editorial_sentence_carries_an_explained_finding() -> None:
    data = biascheck.check_text("The US has no interest in this reconciliation.").to_dict()
    (s,) = data["sentences"]
    assert s["label"] == "editorial" and s["editorial_score"] >= 0.5
    rules = {f["rule"] for f in s["findings"]}
    assert "assertion.motive-claim" in rules
    assert all(f["message"] for f in s["findings"])


def test_quoted_loaded_word_is_the_speakers_not_the_outlets() -> None:
    text = "“The regime has lied to us for years,” opposition leader Ana Ruiz said."
    (s,) = biascheck.check_text(text).to_dict()["sentences"]
    assert s["label"] == "attributed"
    assert not [f for f in s["findings"] if f["rule"] == "loaded.contentious-label"]


# --------------------------------------------------------------------------- random texts

WORDS = [
    "the", "council", "Mayor", "Oriel", "said", "says", "according", "to", "critics", "regime",
    "slammed", "landmark", "claimed", "clearly", "wants", "US", "has", "no", "interest", "in",
    "she", "he", "By", "Share", "this", "Leave", "a", "Reply", "PORTOLAN", "(Wire)", "—", "Dr.",
    "U.S.", "42", "it", "is", "widely", "believed",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", " ", ", ", ". ", "? ", "! ", ": ", "\n", "\n\n", " “", "” ", '"', "’"]


@st.composite
def word_texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
    parts = [words[0]]
    for word in words[1:]:
        parts.append(draw(st.sampled_from(SEPARATORS)))
        parts.append(word)
    parts.append(draw(st.sampled_from(["", ".", "”", "\n", ".\n\nShare this:"])))
    return "".join(parts)


@settings(max_examples=50)
@given(word_texts())
def test_contract_on_random_texts(text: str) -> None:
    data = biascheck.check_text(text).to_dict()
    assert_contract(data, text)
    covered = {i for s in data["sentences"] for i in range(s["start"], s["end"])}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_check_text_disables_rules_and_built_in_findings() -> None:
    text = "The harbour board met on Tuesday. The regime is expected to fall."

    def rules(result: biascheck.Result) -> set[str]:
        return {f.rule for s in result.sentences for f in s.findings}

    assert {"loaded.contentious-label", "attribution.vague-source"} <= rules(
        biascheck.check_text(text)
    )
    quiet = biascheck.check_text(
        text, disable=["loaded.contentious-label", "attribution.vague-source"]
    )
    assert not {"loaded.contentious-label", "attribution.vague-source"} & rules(quiet)
    assert quiet.sentences[1].label == "attributed"  # a vague source, flagged or not
    with pytest.raises(ValueError, match="did you mean"):
        biascheck.check_text(text, disable=["loaded.contentious-labe"])
