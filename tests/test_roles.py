"""Roles: headline, byline (incl. a dateline split off the first sentence), body, boilerplate."""

from __future__ import annotations

import pytest

import biascheck
from biascheck.roles import assign_roles, is_boilerplate, is_byline
from biascheck.segment import segment


def roles(text: str) -> list[tuple[str, str]]:
    """(role, sentence text) for each sentence of the checked text."""
    return [(s.role, s.text) for s in biascheck.check_text(text).sentences]


BODY = "The coast road was closed on Tuesday after a landslide."

# --------------------------------------------------------------------------- headline


def test_headline_when_more_than_one_paragraph() -> None:
    assert roles(f"Landslide closes coast road\n\n{BODY}") == [
        ("headline", "Landslide closes coast road"),
        ("body", BODY),
    ]


def test_single_paragraph_is_all_body() -> None:
    text = f"Landslide closes coast road. {BODY}"
    assert [r for r, _ in roles(text)] == ["body", "body"]


def test_single_sentence_is_body() -> None:
    assert roles("Landslide closes coast road") == [("body", "Landslide closes coast road")]


def test_a_long_first_paragraph_is_not_a_headline() -> None:
    first = (
        "The coast road between Calder and Mossby was closed on Tuesday after heavy rain "
        "loosened a slope above the bend at Ferry Point. Engineers expect the road to stay shut."
    )
    assert {r for r, _ in roles(f"{first}\n\nNo one was hurt.")} == {"body"}


def test_headline_and_byline_separated_by_a_single_newline() -> None:
    text = f"Landslide closes coast road\nBy Jane Doe\n\n{BODY}\n\nNo one was hurt."
    assert roles(text)[:2] == [
        ("headline", "Landslide closes coast road"),
        ("byline", "By Jane Doe"),
    ]


# --------------------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe",
        "By Jane Doe and Amir Costa",
        "The Calder Gazette",
        "Updated: March 3, 2025",
        "Published 14 February 2025",
        "Staff Reporter",
    ],
)
def test_byline_lines_after_the_headline(line: str) -> None:
    text = f"Landslide closes coast road\n\n{line}\n\n{BODY}"
    assert roles(text) == [
        ("headline", "Landslide closes coast road"),
        ("byline", line),
        ("body", BODY),
    ]


def test_several_byline_lines_in_one_block() -> None:
    bylines = "By Jane Doe\nThe Calder Gazette\nUpdated: March 3, 2025"
    text = f"Landslide closes coast road\n\n{bylines}\n\n{BODY}"
    assert [r for r, _ in roles(text)] == ["headline", "byline", "byline", "byline", "body"]


@pytest.mark.parametrize(
    "dateline",
    [
        "PORTOLAN (Meridian Wire) —",
        "CALDER, March 3 (Gazette Wire) —",
        "WASHINGTON —",
        "NEW DORN (AP) -",
    ],
)
def test_dateline_prefix_is_split_into_byline_and_body(dateline: str) -> None:
    text = f"Landslide closes coast road\n\nBy Jane Doe\n\n{dateline} {BODY}\n\nNo one was hurt."
    result = biascheck.check_text(text)
    got = [(s.role, s.text) for s in result.sentences]
    assert got == [
        ("headline", "Landslide closes coast road"),
        ("byline", "By Jane Doe"),
        ("byline", dateline),
        ("body", BODY),
        ("body", "No one was hurt."),
    ]
    dl, body = result.sentences[2], result.sentences[3]
    assert text[dl.start : dl.end] == dateline and text[body.start : body.end] == BODY
    assert dl.label is None and body.label is not None


@pytest.mark.parametrize(
    "line", ["The mayor spoke.", "Share prices fell.", "Engineers inspected the sea wall."]
)
def test_ordinary_sentences_are_not_bylines(line: str) -> None:
    assert not is_byline(line)
    assert [r for r, _ in roles(f"Landslide closes coast road\n\n{line}")] == ["headline", "body"]


def test_lead_sentence_starting_with_by_is_body() -> None:
    lead = "By Tuesday evening, more than 300 residents had left the valley, the council said."
    assert roles(f"Landslide closes coast road\n\n{lead}") == [
        ("headline", "Landslide closes coast road"),
        ("body", lead),
    ]


# --------------------------------------------------------------------------- boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Share this:",
        "Like this:",
        "Your email address will not be published.",
        "Required fields are marked *",
        "Subscribe to our free newsletter for daily updates",
        "Follow us on Mastodon",
        "This website uses cookies to improve your experience.",
        "Advertisement",
        "Related stories",
        "© 2025 The Calder Gazette",
    ],
)
def test_boilerplate_lines_are_not_body(line: str) -> None:
    text = f"Landslide closes coast road\n\n{BODY}\n\n{line}\n\nNo one was hurt."
    result = biascheck.check_text(text)
    got = [(s.role, s.text) for s in result.sentences]
    assert ("boilerplate", line) in got
    assert got[-1] == ("body", "No one was hurt."), "a single furniture line does not end the body"
    furniture = next(s for s in result.sentences if s.role == "boilerplate")
    assert furniture.label is None and furniture.findings == ()


@pytest.mark.parametrize(
    "line",
    [
        "Shareholders will vote on the merger on Friday.",
        "Share prices fell 4 per cent.",
        "Comments from residents will be accepted until May 3.",
        "Related costs rose by 12 per cent.",
    ],
)
def test_news_sentences_that_look_like_furniture_stay_body(line: str) -> None:
    assert not is_boilerplate(line)
    text = f"Landslide closes coast road\n\n{BODY}\n\n{line}"
    assert roles(text)[-1] == ("body", line)


@pytest.mark.parametrize(
    "marker",
    ["Leave a Reply", "3 comments on “Landslide closes coast road”", "Comments are closed."],
)
def test_comment_section_tail_is_all_boilerplate(marker: str) -> None:
    text = (
        f"Landslide closes coast road\n\n{BODY}\n\n{marker}\n\n"
        "This is a disgraceful cover-up by the regime!\n\n"
        "The council should resign. Everyone knows they lied."
    )
    result = biascheck.check_text(text)
    tail = result.sentences[2:]
    assert [s.role for s in result.sentences[:2]] == ["headline", "body"]
    assert tail and all(s.role == "boilerplate" for s in tail), [(s.role, s.text) for s in tail]
    assert all(s.label is None and not s.findings and s.editorial_score == 0 for s in tail)


def test_thoughts_on_heading_starts_the_comment_tail() -> None:
    text = (
        f"Landslide closes coast road\n\n{BODY}\n\n2 thoughts on “Landslide closes coast road”\n\n"
        "The council should resign."
    )
    assert roles(text)[-1] == ("boilerplate", "The council should resign.")


def test_assign_roles_keeps_offsets_of_the_split_dateline() -> None:
    text = f"Landslide\n\nPORTOLAN (Meridian Wire) — {BODY}\n\nMore."
    out = assign_roles(segment(text))
    for seg, _role in out:
        assert text[seg.start : seg.end] == seg.text
    assert [r for _, r in out] == ["headline", "byline", "body", "body"]
