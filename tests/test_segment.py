"""Segmentation: sentences with exact offsets, news abbreviations, lines, quotation spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from biascheck.load import paragraph_spans
from biascheck.segment import find_quotes, segment


def texts(text: str) -> list[str]:
    return [s.text for s in segment(text)]


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text, paragraph_spans(text))]


# --------------------------------------------------------------------------- abbreviations


@pytest.mark.parametrize(
    "first",
    [
        "Gen. Ana Solis inspected the coastal battery on Monday.",
        "Sen. Paul Dray voted against the harbour bill.",
        "The ceasefire began on Dec. 28 and held for a week.",
        "The U.S. embassy in Dorn closed its consular section.",
        "Mr. Dray left the chamber before the vote.",
        "Dr. Lena Brook treated 40 patients at the field clinic.",
        "The polls opened at 7 a.m. on Sunday in every district.",
        "Gov. Ines Varga met Lt. Col. Amos Reed at St. Anne's hospital.",
        "Sens. Ana Solis and Paul Dray voted against the harbour bill.",
        "The clinic was founded by Anna H.W. Vale in the spring.",
        "The ferry was sold to Marta J. Ruiz before the strike.",
        "The novel is by J.M. Dorn, a former harbour pilot.",
        "A former F.B.I. agent testified on Monday.",
        "The harbour is enemy No. 1 of the inland towns.",
        "Councillor Marta Ruiz (Lab.), who voted against, spoke last.",
    ],
)
def test_abbreviations_do_not_split_a_sentence(first: str) -> None:
    text = first + " Nobody else was present."
    assert texts(text) == [first, "Nobody else was present."]


def test_abbreviation_at_the_end_of_a_sentence_still_splits() -> None:
    text = "The delegation flew back to the U.S. It arrived on Tuesday."
    assert texts(text) == ["The delegation flew back to the U.S.", "It arrived on Tuesday."]


def test_a_letter_or_title_case_word_before_a_full_stop_still_splits() -> None:
    text = "The board adopted Plan B. The plan failed. Neither do I. This must change."
    assert texts(text) == [
        "The board adopted Plan B.",
        "The plan failed.",
        "Neither do I.",
        "This must change.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "“Who pays for the ferry?” she asked the harbour board on Monday.",
        "He asked, “Who pays?” during a town hall in Dorn on Monday.",
        "The film “Who Sank the Ferry?” opened in Dorn last week.",
        "Hecklers shouted ‘Resign!’ at the mayor as she left.",
        "''Not again!'' wrote a reader from Dorn.",
        '"Why now?" asked Councillor Ruiz.',
        "The crowd chanted “Build it!” — and the mayor smiled.",
        "She hopes (in vain?) for a quick vote.",
    ],
)
def test_a_closing_question_or_exclamation_inside_a_sentence_does_not_split(
    sentence: str,
) -> None:
    text = sentence + " Nobody else spoke."
    assert texts(text) == [sentence, "Nobody else spoke."]


@pytest.mark.parametrize(
    "sentence",
    [
        "“Who pays for the ferry?” Ruiz asked.",
        "“Who pays?” Mayor Ana Ruiz asked reporters in Dorn on Monday.",
        "“Not again!” Mr. Vale wrote on the harbour blog.",
        "“Why now?” Ruiz said of the vote.",
        "“Why now?” She then added, smiling.",
        "“Why now?” Ada Vale, a retired ferry pilot, said of the vote.",
    ],
)
def test_a_speech_tag_after_a_closing_question_or_exclamation_does_not_split(
    sentence: str,
) -> None:
    text = sentence + " Nobody else spoke."
    assert texts(text) == [sentence, "Nobody else spoke."]


@pytest.mark.parametrize(
    "sentence",
    [
        "The show Harbour Nights! aired on Tuesday in Dorn.",
        "The new book Who Runs the Port? documents the strike.",
        "That voice -- is it the mayor? -- raises a question.",
        '"We control . . . these ports," she said.',
    ],
)
def test_a_mark_after_a_word_or_an_ellipsis_before_lower_case_does_not_split(
    sentence: str,
) -> None:
    text = sentence + " Nobody else spoke."
    assert texts(text) == [sentence, "Nobody else spoke."]


def test_a_closing_mark_or_bare_punctuation_after_a_split_stays_with_the_sentence() -> None:
    # a closing mark typed without a space after it closes the quotation, not the next sentence
    text = "“We want a ferry - so do voters!”After the rally she left."
    assert texts(text) == ["“We want a ferry - so do voters!”", "After the rally she left."]
    text = "Her slogan—“A ferry for all!”—is wearing thin."
    assert texts(text) == [text]
    # an ellipsis alone is no sentence
    text = 'She asked: "Is it time to change?" . . . Nobody answered.'
    assert texts(text) == ['She asked: "Is it time to change?" . . .', "Nobody answered."]


def test_a_list_number_opens_its_item() -> None:
    text = "Three things changed. 1. Turnout fell. 2. Ruiz won. He was No. 1. Vale lost."
    assert texts(text) == [
        "Three things changed.",
        "1. Turnout fell.",
        "2. Ruiz won.",
        "He was No. 1.",
        "Vale lost.",
    ]


def test_sentences_glued_without_a_space_are_split() -> None:
    text = "The ferry was late.The mayor said so.Then she left."
    assert texts(text) == ["The ferry was late.", "The mayor said so.", "Then she left."]
    # abbreviations, domains and initials are not sentence ends
    text = "She met Dr.Vale at www.harbour.Com on Monday."
    assert texts(text) == [text]


def test_a_question_before_a_capital_or_a_list_dash_still_splits() -> None:
    text = "Is it over? - A new poll says no. Why? iPads sold well."
    assert texts(text) == ["Is it over?", "- A new poll says no.", "Why?", "iPads sold well."]


@pytest.mark.parametrize(
    "after",
    [
        "Ruiz said, “nobody.”",  # a quotation of its own
        "Ruiz joked that nobody did.",  # a that-clause
        "Ruiz says the board never answered.",  # a clause after a verb of saying
        "She says ferries are always late.",  # a clause that opens with a bare plural
        "Ruiz, the mayor, said nothing else.",  # an object after a verb of saying
        "The board said nothing.",  # a determiner opens a new sentence
        "Ruiz left the hall.",  # no verb of saying
    ],
)
def test_a_sentence_with_its_own_clause_after_a_closing_question_still_splits(
    after: str,
) -> None:
    assert texts("“Who pays?” " + after) == ["“Who pays?”", after]


def test_a_quotation_that_ends_a_sentence_still_splits() -> None:
    # a capital opens the next sentence; so does a brand with an inner capital
    text = "“Who pays?” The board had no answer. She asked, “Why not?” iPads sold well."
    assert texts(text) == [
        "“Who pays?”",
        "The board had no answer.",
        "She asked, “Why not?”",
        "iPads sold well.",
    ]


@pytest.mark.parametrize(
    "first",
    [
        "The ferry deal went to the U.S. Senate in May.",
        "Former U.N. Ambassador Jo Vale spoke first.",
        "The judge sits on the D.C. Circuit in Washington.",
        "The S.&P. 500 closed the week lower.",
        "“We will fight on until Nov. 8.”",
    ],
)
def test_a_place_abbreviation_before_an_institution_or_a_date_does_not_split(first: str) -> None:
    text = first + " Nobody else was present."
    assert texts(text) == [first, "Nobody else was present."]


def test_a_place_abbreviation_before_a_new_sentence_still_splits() -> None:
    text = "The ferry sailed for the U.S. The senators stayed home. It came back in Nov. The end."
    assert texts(text) == [
        "The ferry sailed for the U.S.",
        "The senators stayed home.",
        "It came back in Nov.",
        "The end.",
    ]


def test_decimal_figures_and_money_do_not_split() -> None:
    text = "Exports fell 3.5 per cent to $1.2 billion. Imports rose."
    assert texts(text) == ["Exports fell 3.5 per cent to $1.2 billion.", "Imports rose."]


# --------------------------------------------------------------------------- paragraphs and lines


def test_headline_and_byline_on_single_newlines_are_separate_units() -> None:
    text = (
        "Storm closes coast road near Calder\n"
        "By Jane Doe\n"
        "\n"
        "The coast road was closed on Tuesday after a landslide."
    )
    segs = segment(text)
    assert [s.text for s in segs] == [
        "Storm closes coast road near Calder",
        "By Jane Doe",
        "The coast road was closed on Tuesday after a landslide.",
    ]
    assert [s.paragraph for s in segs] == [0, 0, 1]


def test_paragraph_index_counts_blank_line_blocks() -> None:
    text = "First paragraph here.\n\nSecond one. It has two sentences.\n\n\n\nThird."
    assert [(s.paragraph, s.text) for s in segment(text)] == [
        (0, "First paragraph here."),
        (1, "Second one."),
        (1, "It has two sentences."),
        (2, "Third."),
    ]


def test_complete_lines_split_at_single_newlines() -> None:
    text = "The road reopened on Friday.\nTraffic was light."
    assert texts(text) == ["The road reopened on Friday.", "Traffic was light."]


# A paragraph of running prose hard-wrapped by an editor or mail client. Each line is a
# fragment of a sentence; a newline inside a sentence must not end it.
WRAPPED_LONG_LINES = (
    "The regional council voted on Tuesday to close the harbour road for three weeks while\n"
    "engineers inspect the sea wall, which was damaged in a storm in November last year.\n"
    "Drivers will be diverted through the industrial estate, adding about ten minutes to\n"
    "the journey into town for most commuters, the council said in a statement."
)
WRAPPED_72 = (
    "The regional council voted on Tuesday to close the harbour road for\n"
    "three weeks while engineers inspect the sea wall, which was damaged in\n"
    "a storm in November. Drivers will be diverted through the industrial\n"
    "estate, adding about ten minutes to the journey into town."
)


def _unwrapped(text: str) -> list[str]:
    return [s.replace("\n", " ") for s in texts(text)]


def test_hard_wrapped_prose_with_long_lines_is_not_split() -> None:
    assert _unwrapped(WRAPPED_LONG_LINES) == [
        "The regional council voted on Tuesday to close the harbour road for three weeks while "
        "engineers inspect the sea wall, which was damaged in a storm in November last year.",
        "Drivers will be diverted through the industrial estate, adding about ten minutes to "
        "the journey into town for most commuters, the council said in a statement.",
    ]


def test_hard_wrapped_prose_at_72_columns_is_not_split() -> None:
    assert _unwrapped(WRAPPED_72) == [
        "The regional council voted on Tuesday to close the harbour road for three weeks while "
        "engineers inspect the sea wall, which was damaged in a storm in November.",
        "Drivers will be diverted through the industrial estate, adding about ten minutes to "
        "the journey into town.",
    ]


# --------------------------------------------------------------------------- quotation spans


def test_curly_quote_span_and_inner_span() -> None:
    text = "The mayor said: “We will rebuild the pier.” Then she left."
    (q,) = find_quotes(text, paragraph_spans(text))
    assert text[q.start : q.end] == "“We will rebuild the pier.”"
    assert text[q.inner_start : q.inner_end] == "We will rebuild the pier."
    assert not q.open_ended


def test_straight_quote_span() -> None:
    text = 'The sign on the gate read "closed until further notice" all week.'
    assert quoted(text) == ['"closed until further notice"']


def test_multi_sentence_quote_is_one_span_over_several_sentences() -> None:
    text = "Ivo Marek said: “The plan is dead. Nobody will sign it. We are done.” He left."
    (q,) = find_quotes(text, paragraph_spans(text))
    assert text[q.start : q.end] == "“The plan is dead. Nobody will sign it. We are done.”"
    inside = [s.text for s in segment(text) if q.start < s.end and s.start < q.end]
    assert inside == ["Ivo Marek said: “The plan is dead.", "Nobody will sign it.", "We are done.”"]


def test_quote_broken_by_attribution_gives_two_spans() -> None:
    text = "“We will not,” she said, “give up the night crews.”"
    assert quoted(text) == ["“We will not,”", "“give up the night crews.”"]


def test_open_ended_quote_runs_to_the_paragraph_end() -> None:
    text = (
        "“The cranes are older than the crews,” Velasquez said. “They break every week.\n"
        "\n"
        "“Until that changes, the ships stay where they are.”"
    )
    quotes = find_quotes(text, paragraph_spans(text))
    assert [(text[q.start : q.end], q.open_ended) for q in quotes] == [
        ("“The cranes are older than the crews,”", False),
        ("“They break every week.", True),
        ("“Until that changes, the ships stay where they are.”", False),
    ]
    assert quotes[1].end == text.index("\n\n")  # not past its own paragraph


def test_straight_open_ended_quote_in_a_paragraph() -> None:
    text = 'Oriel said: "The talks will resume.\n\n"Both sides have agreed."'
    assert [
        (text[q.start : q.end], q.open_ended) for q in find_quotes(text, paragraph_spans(text))
    ] == [
        ('"The talks will resume.', True),
        ('"Both sides have agreed."', False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It’s the union’s view and the dockers’ choice.",
        "It's the union's view and the dockers' choice.",
        "The ’90s boom didn’t last.",
    ],
)
def test_apostrophes_are_not_quotation_marks(text: str) -> None:
    assert quoted(text) == []


def test_apostrophes_next_to_a_real_quote() -> None:
    text = "The dockers’ leader said “we won’t move” and left the union’s office."
    assert quoted(text) == ["“we won’t move”"]


# --------------------------------------------------------------------------- properties

PIECES = [
    "the", "Mayor", "said", "council", "Harbour", "42", "3.5", "Gen.", "Sen.", "Dec.", "U.S.",
    "Mr.", "Dr.", "a.m.", "e.g.", "it’s", "don't", "PORTOLAN", "(Wire)", "By",
]  # fmt: skip
PUNCT = [".", ",", "!", "?", ";", ":", "…", "-", "—", "(", ")"]
QUOTES = ["“", "”", '"', "‘", "’", "'"]
SPACES = [" ", " ", " ", "  ", "\t", "\n", "\n\n", "\n \n", "\r\n", "\n\n\n"]

random_text = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.sampled_from(PUNCT),
        st.sampled_from(QUOTES),
        st.sampled_from(SPACES),
    ),
    min_size=1,
    max_size=60,
).map("".join)


@given(random_text)
def test_segments_are_exact_sorted_trimmed_and_cover_the_text(text: str) -> None:
    segs = segment(text)
    covered: set[int] = set()
    previous_end = 0
    for seg in segs:
        assert text[seg.start : seg.end] == seg.text
        assert seg.start < seg.end
        assert seg.start >= previous_end, "segments overlap or are out of order"
        assert not seg.text[0].isspace() and not seg.text[-1].isspace()
        previous_end = seg.end
        covered.update(range(seg.start, seg.end))
    missing = [i for i, ch in enumerate(text) if not ch.isspace() and i not in covered]
    assert not missing, f"characters not in any segment: {[text[i] for i in missing]}"


@given(random_text)
def test_quote_spans_are_well_formed(text: str) -> None:
    paragraphs = paragraph_spans(text)
    for q in find_quotes(text, paragraphs):
        assert q.start < q.inner_start <= q.inner_end <= q.end <= len(text)
        assert any(p_start <= q.start and q.end <= p_end for p_start, p_end in paragraphs)
