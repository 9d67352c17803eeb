"""Issue 3, "Know who is speaking": each construction of the issue, on sentences written for
these tests (none is taken from an evaluation corpus)."""

from __future__ import annotations

import pytest

from biascheck import check_text
from biascheck.attribute import lexicon, source_ledger, source_status
from biascheck.model import Source

HEAD = "A headline for the test\n\n"


def body(text: str) -> list[dict]:
    result = check_text(HEAD + text).to_dict()
    return [s for s in result["sentences"] if s["role"] == "body"]


def sentence(text: str, start: str) -> dict:
    for s in body(text):
        if s["text"].startswith(start):
            return s
    raise AssertionError(f"no sentence starts with {start!r}")


def atts(s: dict) -> list[dict]:
    return s.get("attributions") or ([s["attribution"]] if s["attribution"] else [])


def source_of(s: dict) -> tuple[str | None, str | None]:
    a = s["attribution"]
    assert a is not None, s["text"]
    src = a["source"]
    return (src["text"], src["name"]) if src else (None, None)


# -- direct speech ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“The bridge will open in May,” said Mayor Ana Ruiz.",
        '"The bridge will open in May," said Mayor Ana Ruiz.',
        "‘The bridge will open in May,’ said Mayor Ana Ruiz.",
    ],
)
def test_direct_quote_with_straight_curly_and_single_marks(text: str) -> None:
    s = body(text)[0]
    assert s["label"] == "attributed"
    assert source_of(s) == ("Mayor Ana Ruiz", "Ana Ruiz")
    assert s["attribution"]["cue"]["text"] == "said"


def test_quote_spanning_several_sentences_belongs_to_the_speaker_named_at_its_end() -> None:
    text = "“We counted every vote. We found no errors. We are done,” the clerk told reporters."
    sents = body(text)
    assert [s["label"] for s in sents] == ["attributed"] * len(sents)
    assert len(sents) == 3
    assert all(source_of(s)[0] == "the clerk" for s in sents)


def test_quote_broken_by_attribution() -> None:
    s = body("Councillor Tom Reyes spoke first. “We will not,” he said, “give up on this park.”")[1]
    assert s["label"] == "attributed"
    assert source_of(s) == ("he", "Tom Reyes")
    assert s["attribution"]["kind"] == "direct"


def test_paragraph_continued_quote_without_closing_mark() -> None:
    text = (
        "Nurse Amy Holt described the night shift.\n\n"
        "“We had four patients and one doctor. Nobody slept.\n\n"
        "“By morning the corridor was full,” Holt said."
    )
    s = sentence(text, "“We had four")
    assert s["label"] == "attributed"
    assert source_of(s)[1] == "Amy Holt"
    s = sentence(text, "Nobody slept")
    assert s["label"] == "attributed"


def test_nested_quotes_stay_with_the_outer_speaker() -> None:
    text = "“My father told me ‘never sell the farm’ and I listened,” said farmer Luis Ortega."
    s = body(text)[0]
    assert s["label"] == "attributed"
    assert source_of(s)[1] == "Luis Ortega"
    # the father's "told" inside the quotation is not a second, outlet-level attribution
    assert [a["cue"]["text"] for a in atts(s)] == ["said"]


def test_speaker_named_in_the_previous_sentence() -> None:
    text = (
        "Fire Chief Dana Kim spoke to reporters outside the station on Monday. "
        "“Nobody should enter the building until we say so.”"
    )
    s = sentence(text, "“Nobody should")
    assert s["label"] == "attributed"
    assert source_of(s)[1] == "Dana Kim"


def test_scare_quotes_and_titles_are_not_speech() -> None:
    s = body("The council approved the so-called “green” budget on Tuesday.")[0]
    assert s["label"] != "attributed"
    s = body("The museum opened its “Rivers” exhibition in March.")[0]
    assert s["label"] != "attributed"


# -- indirect speech, positions and passives ---------------------------------------------------


def test_indirect_speech_with_that_clause() -> None:
    s = body("Health Minister Carla Mendes said that the clinic would reopen.")[0]
    assert s["label"] == "attributed"
    assert source_of(s) == ("Health Minister Carla Mendes", "Carla Mendes")
    assert s["attribution"]["kind"] == "indirect"


def test_inverted_reporting_verb_at_the_end() -> None:
    s = body("The road will stay closed until June, said the transport ministry.")[0]
    assert s["label"] == "attributed"
    assert source_of(s)[0] == "the transport ministry"


def test_according_to_at_the_front_and_at_the_end() -> None:
    front = body("According to the county police, two people were hurt.")[0]
    end = body("Two people were hurt in the crash, according to the county police.")[0]
    for s in (front, end):
        assert s["label"] == "attributed"
        assert s["attribution"]["kind"] == "according_to"
        assert "police" in source_of(s)[0]
        assert s["attribution"]["cue"]["text"].lower() == "according to"


def test_appositive_source() -> None:
    s = body("Rosa Blake, the city's housing director, said rents had doubled.")[0]
    assert s["label"] == "attributed"
    text, name = source_of(s)
    assert text.startswith("Rosa Blake") and name == "Rosa Blake"


def test_quoted_as_saying_active_and_passive() -> None:
    s = body("State radio quoted Governor Eli Park as saying the curfew would end.")[0]
    assert s["attribution"]["kind"] == "quoted_as_saying"
    assert source_of(s)[1] == "Eli Park"
    s = body("Governor Eli Park was quoted as saying the curfew would end.")[0]
    assert s["attribution"]["kind"] == "quoted_as_saying"
    assert source_of(s)[1] == "Eli Park"


def test_statement_and_told_reporters() -> None:
    s = body("The ministry said in a statement that the border would reopen.")[0]
    assert s["label"] == "attributed" and "ministry" in source_of(s)[0]
    s = body("Coach Ben Ames told reporters the team was tired.")[0]
    assert s["label"] == "attributed" and source_of(s)[1] == "Ben Ames"
    s = body("The union released a statement saying the strike would continue.")[0]
    assert s["label"] == "attributed" and "union" in source_of(s)[0]


def test_an_event_without_content_is_not_an_attribution() -> None:
    s = body("The hall was full while Senator Joan Pike gave an opening speech.")[0]
    assert s["label"] != "attributed"


def test_participle_clause_takes_the_subject_of_the_sentence() -> None:
    s = body("Mayor Ana Ruiz criticized the plan on Monday, saying it was too costly.")[0]
    assert s["label"] == "attributed"
    assert any(a["cue"]["text"] == "saying" for a in atts(s))
    assert all(a["source"]["name"] == "Ana Ruiz" for a in atts(s))


def test_several_speakers_in_one_sentence() -> None:
    s = body("Ruiz said the plan was sound, while Councillor Tom Reyes said it was rushed.")[0]
    cues = [a["cue"]["text"] for a in atts(s)]
    assert cues == ["said", "said"]


def test_stance_and_evidence_cues() -> None:
    s = body("The teachers' union endorsed the proposal on Friday.")[0]
    assert s["label"] == "attributed" and s["attribution"]["kind"] == "stance"
    s = body("A university poll found that most residents oppose the tax.")[0]
    assert s["label"] == "attributed" and "poll" in source_of(s)[0]


# -- sources: pronouns, roles and vagueness ----------------------------------------------------


def test_pronoun_and_role_noun_resolved_across_paragraphs() -> None:
    text = (
        "Finance Minister Omar Haddad announced the budget on Tuesday.\n\n"
        "The opposition walked out.\n\n"
        "He said the deficit would shrink. The minister also said taxes would not rise."
    )
    assert source_of(sentence(text, "He said")) == ("He", "Omar Haddad")
    assert source_of(sentence(text, "The minister"))[1] == "Omar Haddad"


def test_bare_surname_resolves_to_the_full_name() -> None:
    text = "Judge Maya Orlov opened the hearing. Orlov said the trial would start in May."
    assert source_of(sentence(text, "Orlov said"))[1] == "Maya Orlov"


@pytest.mark.parametrize(
    "text",
    [
        "Critics say the stadium will never pay for itself.",
        "It is widely believed that the mayor will resign.",
        "Sources familiar with the talks said a deal was close.",
        "Some observers argue that the vote was rushed.",
    ],
)
def test_vague_sources(text: str) -> None:
    s = body(text)[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["kind"] == "vague"


# -- the mental-state boundary -----------------------------------------------------------------


def test_a_persons_stated_belief_is_attributed() -> None:
    s = body("Foreign Minister Lena Varga believes the talks can succeed.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["kind"] == "reported_state"
    s = body("Lena Varga expressed hope that the talks would succeed.")[0]
    assert s["label"] == "attributed"


@pytest.mark.parametrize(
    "text",
    [
        "The US has no interest in this reconciliation.",
        "Russia wants to keep its influence in the region.",
        "Both countries seek to restore their ties through the talks.",
        "Voters want change after a decade of scandals.",
        "I think the council has lost its way.",
    ],
)
def test_motives_ascribed_to_states_and_groups_stay_in_the_outlets_voice(text: str) -> None:
    s = body(text)[0]
    assert s["label"] != "attributed", s["attribution"]


# -- the ledger ---------------------------------------------------------------------------------


def test_source_ledger_counts_direct_and_paraphrase_and_status() -> None:
    text = (
        "Mayor Ana Ruiz said the bridge would open in May. “We are on schedule,” Ruiz said.\n\n"
        "Officials said the cost had risen. Critics say the project is a waste."
    )
    result = check_text(HEAD + text).to_dict()
    ledger = {row["name"]: row for row in result["sources"]}
    assert ledger["Ana Ruiz"]["status"] == "named"
    assert ledger["Ana Ruiz"]["direct"] == 1
    assert ledger["Ana Ruiz"]["paraphrase"] == 1
    assert ledger["Officials"]["status"] == "anonymous"
    assert ledger["Critics"]["status"] == "vague"
    for row in result["sources"]:
        for m in row["mentions"]:
            assert (HEAD + text)[m["start"] : m["end"]] == m["text"]


def test_source_status() -> None:
    assert source_status(Source(0, 4, "Ruiz", "Ana Ruiz"), "indirect") == "named"
    assert source_status(Source(0, 9, "officials", "officials"), "indirect") == "anonymous"
    assert source_status(Source(0, 7, "critics", "critics"), "vague") == "vague"
    assert source_status(None, "vague") == "vague"
    # an unresolved pronoun is no name, even when it is written with a capital ("I", "He")
    assert source_status(Source(0, 1, "I", None), "reported_state") == "anonymous"
    assert source_status(Source(0, 2, "He", None), "indirect") == "anonymous"
    assert source_ledger([]) == []


def test_lexicon_is_loaded_once() -> None:
    assert lexicon() is lexicon()


# -- more constructions ---------------------------------------------------------------------------


def test_typewriter_double_apostrophe_quotes() -> None:
    s = body("''We will rebuild the pier by spring,'' said Port Director Ines Vale.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["kind"] == "direct"
    assert source_of(s)[1] == "Ines Vale"


def test_title_abbreviation_does_not_end_a_sentence() -> None:
    sents = body("“The pier is safe,” Mr. Vale said. The work starts Monday.")
    assert sents[0]["text"].endswith("Mr. Vale said.")
    assert source_of(sents[0])[0] == "Mr. Vale"


def test_poll_shares_are_sources() -> None:
    s = body("Six in 10 residents said the ferry fares were too high.")[0]
    assert s["label"] == "attributed"
    assert source_of(s)[0].startswith("Six in 10")
    s = body("About 4 in 10 want a second bridge.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["kind"] == "reported_state"


def test_agentless_passive_is_a_vague_attribution_with_a_finding() -> None:
    s = body("The ferry company is expected to raise fares in June.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["kind"] == "vague"
    assert s["attribution"]["source"] is None
    assert any(f["rule"] == "attribution.vague-source" for f in s["findings"])


def test_mental_state_inside_reported_speech_is_part_of_the_content() -> None:
    s = body("Mayor Ana Ruiz said she believed the vote was fair.")[0]
    assert [a["cue"]["text"] for a in atts(s)] == ["said"]


def test_second_speaker_after_a_clause_boundary_is_kept() -> None:
    s = body("Ruiz said the vote was fair, though Councillor Tom Reyes said it was rushed.")[0]
    assert [a["cue"]["text"] for a in atts(s)] == ["said", "said"]


def test_inverted_source_with_long_description() -> None:
    s = body("“Nobody told us,” said a former senior harbour official.")[0]
    assert source_of(s)[0] == "a former senior harbour official"


def test_headline_attribution_is_reported_but_not_labelled() -> None:
    result = check_text("Mayor Ana Ruiz: ‘We will rebuild the pier’\n\nThe pier burned in May.")
    head = result.to_dict()["sentences"][0]
    assert head["role"] == "headline" and head["label"] is None
    assert head["attribution"] is not None
    assert head["attribution"]["source"]["name"] == "Ana Ruiz"


def test_stance_of_a_party_but_not_motive_of_a_state() -> None:
    s = body("Republicans oppose the harbour bill.")[0]
    assert s["label"] == "attributed" and s["attribution"]["kind"] == "stance"
    s = body("Russia and Iran seek to convince the two sides to talk.")[0]
    assert s["label"] != "attributed"


def test_speech_noun_with_a_speaking_possessor() -> None:
    text = (
        "Mayor Ana Ruiz spoke on Monday. "
        "Ruiz's claim that the ferry would run all winter drew applause from the crowd."
    )
    s = sentence(text, "Ruiz's claim")
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "claim"
    assert s["attribution"]["source"]["name"] == "Ana Ruiz"


def test_speech_noun_without_what_was_said_is_an_event() -> None:
    # the remarks are named, not reported: nothing in the sentence is the mayor's
    text = "Mayor Ana Ruiz spoke on Monday. Ruiz's remarks drew applause from the crowd."
    assert sentence(text, "Ruiz's remarks")["label"] != "attributed"


def test_addressee_after_spoke_to_is_not_content() -> None:
    s = body("The harbour master spoke to reporters outside the terminal on Monday.")[0]
    assert s["label"] != "attributed"
    # an addressee after "respond to" says nothing ("did not respond to a request for comment"
    # is an answer withheld, a report: see the test of it at the end of this file)
    s = body("The ferry operator did not respond to the dock workers.")[0]
    assert s["label"] != "attributed"
    s = body("Vale spoke to reporters about the fares, saying they would fall.")[0]
    assert s["label"] == "attributed"


def test_reporting_verb_before_a_colon_and_a_quotation() -> None:
    s = body("The mayor leaned over the rail and roared: “Cast off the lines, all of you.”")[0]
    assert s["attribution"]["source"]["text"] == "The mayor"
    assert s["attribution"]["cue"]["text"] == "roared:"
    s = body("As the mayor put it: “Nobody sails until the storm has passed.”")[0]
    assert s["attribution"]["source"]["text"] == "the mayor"
    assert s["attribution"]["cue"]["text"] == "put it:"


def test_according_to_a_long_lowercase_source() -> None:
    s = body("Fares rose by a third, according to early figures from the port authority.")[0]
    assert s["attribution"]["kind"] == "according_to"
    assert s["attribution"]["source"]["text"] == "early figures from the port authority"


def test_participle_after_a_comma_inside_the_closing_quote() -> None:
    s = body("Vale said the fares were “too high,” adding that they would fall in spring.")[0]
    assert [a["cue"]["text"] for a in atts(s)] == ["said", "adding"]
    assert all(a["source"]["text"] == "Vale" for a in atts(s))


def test_markup_tag_is_not_a_cue() -> None:
    s = body("The ferry will not sail on Sunday.</tweet>")[0]
    assert s["label"] != "attributed"


def test_irregular_verb_keeps_its_listed_regular_form() -> None:
    s = body("The port survey showed a sharp drop in passenger numbers.")[0]
    assert s["attribution"]["cue"]["text"] == "showed"


def test_asked_clause_and_that_clause() -> None:
    s = body("Asked about the fares, Port Director Ines Vale said they would fall.")[0]
    assert [a["cue"]["text"] for a in atts(s)] == ["said", "Asked"]
    s = body("Councillor Tom Reyes conceded that the budget was tight.")[0]
    assert s["label"] == "attributed" and source_of(s)[1] == "Tom Reyes"


def test_content_spans_say_what_was_said() -> None:
    text = "Mayor Ana Ruiz said the bridge would open in May. “We are on schedule,” Ruiz said."
    first, second = body(text)
    assert first["attribution"]["content"]["text"] == "the bridge would open in May"
    assert second["attribution"]["content"]["text"] == "We are on schedule,"


def test_transcript_speaker_labels() -> None:
    text = (
        "The mayor took questions on the radio.\n\n"
        "HOST: Will the pier reopen this year? Listeners want to know.\n\n"
        "RUIZ: Yes, it will. We have the money now.\n\n"
        "HOST: And the ferry?\n\n"
        "RUIZ: That comes next spring."
    )
    s = sentence(text, "We have the money")
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "RUIZ"
    assert sentence(text, "RUIZ: Yes")["attribution"]["cue"]["text"] == ":"


def test_fronted_participle_clause_belongs_to_the_main_subject() -> None:
    s = body("Despite criticising the fares, Vale said he could work with the board.")[0]
    assert [a["source"]["text"] for a in atts(s)] == ["Vale", "Vale"]
    s = body("Having announced that the pier would close, the mayor left the meeting.")[0]
    assert s["attribution"]["source"]["text"] == "the mayor"


def test_the_phrase_after_told_is_the_addressee() -> None:
    s = body("“We are shocked,” the assailant, Jon Meyer, told a local radio station.")[0]
    assert s["attribution"]["source"]["text"] == "the assailant, Jon Meyer,"
    assert s["attribution"]["source"]["name"] == "Jon Meyer"


def test_object_after_appositive_comma_is_not_an_inverted_source() -> None:
    text = "Ines Vale, a delegate from Dorn, said the turmoil at the meeting was planned."
    s = body(text)[0]
    assert s["attribution"]["source"]["text"] == "Ines Vale, a delegate from Dorn,"


def test_verb_right_after_a_quotation_needs_no_clause() -> None:
    s = body("“I would vote against them,” she joked with reporters after the meeting.")[0]
    assert s["attribution"]["cue"]["text"] == "joked"


def test_headline_name_and_colon() -> None:
    text = "Vale: Fares Will Fall Before Winter\n\nThe port director spoke in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["role"] == "headline"
    assert head["attribution"]["source"]["text"] == "Vale"
    assert head["attribution"]["cue"]["text"] == ":"
    text = "Monday: Fares Will Fall Before Winter\n\nThe port director spoke in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"] is None


def test_floating_quantifier_between_subject_and_verb() -> None:
    s = body("Vale and Ruiz have both argued that the fares are too high.")[0]
    assert s["attribution"]["source"]["text"] == "Vale and Ruiz"
    s = body("They all said the ferry was late.")[0]
    assert s["attribution"]["source"]["text"] == "They"


def test_parenthetical_report_after_its_clause() -> None:
    s = body("The fares were never fair, Vale noted; the board had raised them twice.")[0]
    assert s["attribution"]["cue"]["text"] == "noted"


def test_relative_clause_between_subject_and_verb() -> None:
    text = "Some residents who have lived by the harbour for decades said the water was rising."
    s = body(text)[0]
    assert s["attribution"]["source"]["text"] == "Some residents"
    s = body("A man who lives on the pier told reporters the water was rising.")[0]
    assert s["attribution"]["source"]["text"] == "A man"


def test_gerund_after_a_preposition_belongs_to_the_clause_subject() -> None:
    s = body("Vale angered the board by saying that the fares were unfair.")[0]
    assert s["attribution"]["source"]["text"] == "Vale"
    assert s["attribution"]["cue"]["text"] == "saying"
    s = body("The mayor left the hall after saying the pier would close.")[0]
    assert s["attribution"]["source"]["text"] == "The mayor"


# -- precision: nouns, reflexives and other senses of cue words ---------------------------------


def cue_texts(s: dict) -> list[str]:
    return [a["cue"]["text"] for a in atts(s) if a["cue"]]


def test_noun_form_after_a_possessive_apostrophe_is_a_noun() -> None:
    s = body("Officials dismissed Jonas’ attacks on the ferry plan as a stunt.")[0]
    assert "attacks" not in cue_texts(s)
    s = body("Jonas attacks the ferry plan in a new leaflet.")[0]
    assert cue_texts(s) == ["attacks"]


def test_noun_form_before_a_relative_that_is_a_noun() -> None:
    s = body("Voters in the coastal states that have voted are angry.")[0]
    assert s["label"] != "attributed"
    s = body("Survivors of the 2014 attacks that killed nine sailors spoke to reporters.")[0]
    assert "attacks" not in cue_texts(s)
    s = body("Mayor Vale claims that the attacks killed nine sailors.")[0]
    assert cue_texts(s) == ["claims"]


def test_plural_noun_form_before_a_preposition_is_a_noun() -> None:
    s = body("The court sealed 300 Vale emails from the port server on Friday.")[0]
    assert s["label"] != "attributed"
    s = body("Vale emails the council every morning.")[0]
    assert "emails" in cue_texts(s)


def test_bare_noun_form_after_a_singular_document_noun_is_a_compound() -> None:
    s = body("Voters must type an email address, and then wait.")[0]
    assert s["label"] != "attributed"
    s = body("The memo addresses the question of harbour fees.")[0]
    assert cue_texts(s) == ["addresses"]


def test_found_with_a_reflexive_object_is_a_situation_not_a_finding() -> None:
    s = body("The Harbour Trust has found itself at the centre of the fare dispute.")[0]
    assert s["label"] != "attributed"
    s = body("The Harbour Trust found that the fares had doubled.")[0]
    assert cue_texts(s) == ["found"]


def test_found_after_help_or_a_modal_means_to_establish() -> None:
    s = body("Dana Holm helped found the ferry workers' union in 1998.")[0]
    assert s["label"] != "attributed"
    s = body("Dana Holm did not, however, personally found the union.")[0]
    assert s["label"] != "attributed"
    s = body("Dana Holm has not found that the union broke any rule.")[0]
    assert cue_texts(s) == ["found"]


def test_maintain_with_a_noun_object_means_keep() -> None:
    s = body("Mayor Holm maintains a wide lead in the harbour race.")[0]
    assert s["label"] != "attributed"
    s = body("Mayor Holm maintained the fares were fair.")[0]
    assert cue_texts(s) == ["maintained"]
    s = body("Mayor Holm maintained that the fares were fair.")[0]
    assert cue_texts(s) == ["maintained"]


def test_a_report_inside_a_cited_source_is_its_content() -> None:
    s = body("According to the court filing, the mayor asked the clerk to delete the files.")[0]
    assert cue_texts(s) == ["According to"]
    s = body("The Gazette poll found that 60 percent of voters said the fares were high.")[0]
    assert cue_texts(s) == ["found"]
    # a report that closes the sentence credits everything before it
    s = body("According to the filing, the fares rose in May, her aide said.")[0]
    assert cue_texts(s) == ["According to", "said"]


def test_a_verb_of_saying_inside_a_report_with_no_clause_boundary_is_content() -> None:
    s = body("Mayor Holm said Varga had asked for a delay.")[0]
    assert cue_texts(s) == ["said"]
    s = body("Holm said his record in defending the votes was clean.")[0]
    assert cue_texts(s) == ["said"]
    s = body("Holm announced a website to explain the new fares.")[0]
    assert cue_texts(s) == ["announced"]
    # a clause of its own after a comma or a conjunction is a second report
    s = body("Holm said the fares would rise, and Varga warned of a strike.")[0]
    assert cue_texts(s) == ["said", "warned"]
    s = body("Holm defended the fares, saying they were fair.")[0]
    assert cue_texts(s) == ["defended", "saying"]
    # also next to a quotation; a verb that opens a quotation of its own is kept
    s = body("After a “very long and heated” meeting, Holm said the board had admitted it.")[0]
    assert cue_texts(s) == ["said"]
    s = body("Holm answered the critics by saying: “We will not give up on the ferry.”")[0]
    assert cue_texts(s) == ["answered", "saying"]


@pytest.mark.parametrize(
    "title", ["Breaking: Ferry Service Will Resume In May", "The Latest: Ferry Service Resumes"]
)
def test_a_rubric_before_a_title_colon_is_not_a_speaker(title: str) -> None:
    head = check_text(title + "\n\nThe ferry runs twice a day.").to_dict()["sentences"][0]
    assert head["role"] == "headline"
    assert head["attribution"] is None
    head = check_text("Holm: Ferry Service Will Resume\n\nThe ferry runs.").to_dict()["sentences"][
        0
    ]
    assert head["attribution"]["source"]["text"] == "Holm"


def test_a_report_before_a_closing_according_to_is_what_the_cited_source_reports() -> None:
    s = body("Holm said the fares would rise, according to a transcript of the meeting.")[0]
    assert cue_texts(s) == ["according to"]
    # the source cited inside what was said is part of it
    s = body("Holm said that, according to the audit, the fares had doubled.")[0]
    assert cue_texts(s)[0] == "said"
    # a quotation keeps its speaker
    s = body("“We will not give up,” Holm said, according to a transcript of the meeting.")[0]
    assert "said" in cue_texts(s)


def test_a_document_posted_somewhere_posts_nothing() -> None:
    s = body("In a video posted to her account, Holm thanked the ferry crews.")[0]
    assert "posted" not in cue_texts(s)
    s = body("A statement posted on the port website said the ferry would run.")[0]
    assert cue_texts(s) == ["said"]
    s = body("Holm posted on her account that the ferry would run.")[0]
    assert cue_texts(s) == ["posted"]


def test_a_stance_or_belief_nested_in_a_stance_is_its_content() -> None:
    s = body("Mayor Holm backs a fare plan that she believes would help the crews.")[0]
    assert cue_texts(s) == ["backs"]
    s = body("Mayor Holm backs the fare plan, and she believes it would help the crews.")[0]
    assert cue_texts(s) == ["backs", "believes"]


def test_a_telephone_call_and_an_example_say_nothing() -> None:
    s = body("A year later, Mayor Holm called Mrs. Varga.")[0]
    assert s["label"] != "attributed"
    s = body("Mayor Holm called Mrs. Varga to ask for a delay.")[0]
    assert "called" not in cue_texts(s)
    s = body("Mayor Holm called Mrs. Varga “a weak and careless leader” on Tuesday.")[0]
    assert cue_texts(s) == ["called"]
    s = body("The ferry is cheaper than, say, the bridge toll.")[0]
    assert s["label"] != "attributed"


def test_word_lists_hold_only_words() -> None:
    # YAML reads a bare "on" as a boolean: every entry must stay a string
    lex = lexicon()
    assert "on" in lex.time_words
    for words in (lex.time_words, lex.stop, lex.bridge, lex.clause_starts, lex.determiners):
        assert all(isinstance(w, str) for w in words)
    s = body("Mayor Holm on Friday endorsed the fare plan.")[0]
    assert cue_texts(s) == ["endorsed"]


def test_a_sentence_case_title_keeps_the_noun_reading() -> None:
    text = "More Holm emails released on eve of ferry vote\n\nThe ferry runs twice a day."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["role"] == "headline"
    assert head["attribution"] is None
    # in title case the capitals hide the morphology: the verb reading stays
    head = check_text("Holm Attacks Varga Over Fares\n\nThe ferry runs.").to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == "Attacks"


# -- third round: words that are nouns as often as verbs, appearances, fronted polls ----------


def test_plural_noun_form_followed_by_a_verb_is_a_noun() -> None:
    s = body("Thousands of Vale emails were released by the port authority on Friday.")[0]
    assert s["label"] != "attributed"
    s = body("The prosecutor decided not to bring charges against the harbour master.")[0]
    assert not any(a["cue"] and a["cue"]["text"] == "charges" for a in atts(s))
    # the verb reading is kept: a present tense verb followed by its object
    s = body("Vale attacks the ferry plan in a new leaflet.")[0]
    assert s["attribution"]["cue"]["text"] == "attacks"


def test_bare_noun_form_after_a_singular_modifier_heads_a_compound() -> None:
    s = body("The port board published its donor list on Monday.")[0]
    assert not any(a["cue"] and a["cue"]["text"] == "list" for a in atts(s))
    s = body("The two senators attack the plan every week.")[0]
    assert s["attribution"]["cue"]["text"] == "attack"


def test_speaking_at_an_event_says_nothing() -> None:
    s = body("Mayor Vale spoke at a harbour festival on Sunday.")[0]
    assert s["label"] != "attributed"
    s = body("Vale, speaking at the pier on Sunday, warned that the ferry would be late.")[0]
    assert s["attribution"]["cue"]["text"] == "warned"
    assert len(atts(s)) == 1
    s = body("Vale spoke about the ferry fares for an hour.")[0]
    assert s["attribution"]["cue"]["text"].startswith("spoke")


def test_fronted_poll_is_the_source() -> None:
    s = body("In a new Harbour Gazette poll released Monday, 40 percent back the ferry plan.")[0]
    assert s["label"] == "attributed"
    cues = [a["cue"]["text"] for a in atts(s) if a["cue"]]
    assert "In" in cues
    src = [a["source"]["text"] for a in atts(s) if a["cue"] and a["cue"]["text"] == "In"]
    assert src == ["a new Harbour Gazette poll"]
    # a poll in the middle of a sentence is a place in the race, not cited evidence
    s = body("Vale has slipped in the polls since the spring.")[0]
    assert not any(a["cue"] and a["cue"]["text"] == "in" for a in atts(s))


def test_a_named_persons_circle_can_hold_a_stated_fear() -> None:
    s = body("Vale allies fear that the ferry plan will fail.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "Vale allies"
    s = body("Her aides hope the vote is delayed.")[0]
    assert s["label"] == "attributed"
    # without a possessor the group is sweeping: the outlet's own inference
    s = body("Supporters believe the ferry plan will pass.")[0]
    assert s["label"] != "attributed"


def test_a_state_or_stance_after_reported_speech_is_part_of_what_was_said() -> None:
    s = body("Vale said the ferry plan, which the unions oppose, was expected to fail.")[0]
    assert s["label"] == "attributed"
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]] == ["said"]
    # a second report of speech is still its own attribution
    s = body("Vale said the plan would fail, and Ruiz told reporters it was fine.")[0]
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]] == ["said", "told"]


def test_a_share_of_people_holds_a_stated_belief() -> None:
    s = body("Some of his advisers believe the vote is already lost.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "Some of his advisers"
    # a share of a sweeping group is still the outlet's guess, unless it is counted
    s = body("Some of the voters believe the vote is already lost.")[0]
    assert s["label"] != "attributed"


def test_that_clause_opening_with_a_quantifier() -> None:
    s = body("Ruiz noticed that none of the ferries had left on time.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "Ruiz"


def test_made_it_clear_is_one_cue() -> None:
    s = body("Vale made it clear that the ferry would not run in winter.")[0]
    assert s["attribution"]["cue"]["text"] == "made it clear"
    assert s["attribution"]["source"]["text"] == "Vale"


def test_sentence_adverb_before_the_subject_is_not_the_source() -> None:
    text = "Hours later, Vale returned the favour to Ruiz, telling reporters the pier was safe."
    s = body(text)[0]
    assert s["attribution"]["source"]["text"] == "Vale"
    s = body("Instead, she was back to praising the ferry and pledging to cut fares.")[0]
    assert s["attribution"]["source"]["text"] == "she"


def test_a_stance_in_a_coordinated_clause_after_speech_is_a_second_attribution() -> None:
    # the outlet's own second clause: its subject opens after ", but" or ";"
    s = body("Vale said the ferry would run in May, but Councillor Ruiz opposes the plan.")[0]
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]] == ["said", "opposes"]
    assert atts(s)[1]["source"]["text"] == "Councillor Ruiz"
    s = body("Vale told reporters the pier was safe; Mayor Orme wants it repaired.")[0]
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]] == ["told", "wants"]
    # inside what was said (no coordinated clause of the outlet's) it stays part of the content
    s = body("Vale said Councillor Ruiz opposes the plan.")[0]
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]] == ["said"]


def test_a_fronted_asked_with_another_complement_is_a_second_cue() -> None:
    s = body("Asked Tuesday which pier would close, Vale said the north one.")[0]
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]] == ["said", "Asked"]
    assert s["attribution"]["cue"]["text"] == "said"
    # an inverted speaker opening the sentence after a question ends
    text = "“Who pays for the pier?” asked Mayor Ruiz, who wants the old one repaired."
    cues = [a["cue"]["text"] for s in body(text) for a in atts(s) if a["cue"]]
    assert "asked" in cues
    # by itself it attributes nothing: the sentence must be attributed by something else
    s = body("Asked twice to leave the pier, the crowd went home.")[0]
    assert s["label"] != "attributed"


def test_a_report_after_an_opening_source_is_part_of_what_that_source_reports() -> None:
    s = body("According to the harbour office, Vale told staff the pier would close.")[0]
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]] == ["According to"]
    s = body("In a new poll, 40 percent of voters said the pier should close.")[0]
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]] == ["In"]
    # a source cited after the report vouches for all of it: the report is its content
    s = body("Vale told staff the pier would close, according to the harbour office.")[0]
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]] == ["according to"]


def test_ledger_counts_a_source_once_per_sentence_and_keeps_each_mention() -> None:
    text = (
        "Vale told reporters the pier was safe; Mayor Orme wants it repaired, and Orme said so "
        "again. Vale said the ferry would run in May, but Councillor Ruiz opposes the plan."
    )
    result = check_text(HEAD + text).to_dict()
    ledger = {row["name"]: row for row in result["sources"]}
    # two attributions of Orme in one sentence: one paraphrase, both mentions
    assert ledger["Orme"]["paraphrase"] == 1
    assert [m["text"] for m in ledger["Orme"]["mentions"]] == ["Mayor Orme", "Orme"]
    # two sources in one sentence: each counted
    assert ledger["Vale"]["paraphrase"] == 2
    assert ledger["Ruiz"]["paraphrase"] == 1


def test_a_reporting_verb_with_an_object_is_a_further_cue_only() -> None:
    s = body("Vale said the pier was safe, and Orme claimed victory in the ferry vote.")[0]
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]] == ["said", "claimed"]
    assert atts(s)[1]["source"]["text"] == "Orme"
    # by itself a claim of victory is a speech act too (see asked_object_verbs, and the test
    # of "requested an inquiry" at the end of this file)
    s = body("Vale claimed victory in the ferry vote.")[0]
    assert s["attribution"]["cue"]["text"] == "claimed"


def test_a_reporting_verb_without_a_reachable_subject_is_a_further_cue_only() -> None:
    s = body("Informed of the storm, Vale described the pier as safe.")[0]
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]] == ["described", "Informed"]
    assert atts(s)[1]["source"] is None
    # by itself it attributes nothing
    s = body("Informed of the storm, the ferry left early.")[0]
    assert s["label"] != "attributed"


def test_attack_noun_with_its_target_after_on() -> None:
    text = (
        "Mayor Ana Ruiz toured the docks on Monday. "
        "Her attacks on the ferry operator have unsettled the harbour board."
    )
    s = sentence(text, "Her attacks on")
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "attacks"
    # "on" after another speech noun names a topic or an occasion, not what was said
    text = "Mayor Ana Ruiz toured the docks. Her remarks on Monday drew applause from the crowd."
    assert sentence(text, "Her remarks on")["label"] != "attributed"


def test_document_subject_finding_in_the_object() -> None:
    s = body("A Harbour Institute survey out Monday found 60 percent support for the ferry.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "found"
    assert "survey" in s["attribution"]["source"]["text"]
    # a person who "found" something reports nothing; a passive "can be found" names a place
    assert body("The harbour master found 60 boats in the marina.")[0]["label"] != "attributed"
    assert body("The full survey can be found on the port website.")[0]["label"] != "attributed"


def test_evidence_verb_credited_to_recorded_figures_or_images() -> None:
    s = body("Exit poll data revealed deep anxiety over ferry fares.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "revealed"
    assert body("Drone footage showed the pier under water.")[0]["label"] == "attributed"
    # a person who reveals an object has said nothing
    assert body("The harbour master revealed a bronze plaque.")[0]["label"] != "attributed"


def test_stance_noun_credited_to_a_person_not_to_a_state() -> None:
    text = (
        "Senator Lena Okafor spoke in the harbour town on Monday. "
        "Her opposition to the new toll has cost her votes on the coast. "
        "Okafor's support for the ferry plan is no secret."
    )
    s = sentence(text, "Her opposition")
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "opposition"
    assert sentence(text, "Okafor's support")["attribution"]["source"]["name"] == "Lena Okafor"
    # a country's support is the outlet's own account of a state's stance
    text = "The treaty was signed last spring. Borduria's support for the treaty has cooled."
    assert sentence(text, "Borduria's support")["label"] != "attributed"


def test_criticism_the_subject_faced_is_a_report_of_its_critics() -> None:
    s = body("The toll plan has drawn sharp criticism from dockworkers in Portola.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "drawn sharp criticism"
    assert s["attribution"]["source"]["text"] == "dockworkers"
    s = body("Mayor Ruiz faced criticism for the new ferry fares.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"] is None  # agentless, like "was criticised"
    # criticism that is read out or applauded is an event, not something reported
    assert body("The clerk read the criticism aloud.")[0]["label"] != "attributed"
    assert body("Her criticism drew applause.")[0]["label"] != "attributed"


def test_written_and_legal_texts_say_and_indicate() -> None:
    s = body("The cable indicated twelve guards would be needed at the port.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "The cable"
    assert body("The suit says the harbour board broke the law.")[0]["label"] == "attributed"
    # filing a suit reports nothing the suit says
    assert body("The harbour board filed a suit on Monday.")[0]["label"] != "attributed"


def test_speech_noun_with_its_speaker_after_by_or_from() -> None:
    s = body("Claims by the harbour board that the pier was safe proved false.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "Claims"
    assert s["attribution"]["source"]["text"] == "the harbour board"
    s = body("Calls from her rivals to resign grew louder.")[0]
    assert s["attribution"]["source"]["text"] == "her rivals"
    # with nothing said after the speaker, the noun names an event
    assert body("Remarks by the mayor at the gala drew applause.")[0]["label"] != "attributed"


def test_full_name_label_opens_an_interview_line_even_once() -> None:
    text = (
        "Two reporters discussed the ferry strike.\n\n"
        "Ines Falk: The crews will not sail until the fares are cut.\n\n"
        "TOMAS BRELL: Then nobody sails this winter."
    )
    s = sentence(text, "Ines Falk:")
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "Ines Falk"
    assert sentence(text, "TOMAS BRELL:")["attribution"]["cue"]["text"] == ":"
    # a tally, a heading with nothing after it, or a possessive heading names no speaker
    text = "The count ended late.\n\nAna Ruiz: 1,769.\n\nEditor's Note: This story was updated."
    assert sentence(text, "Ana Ruiz:")["label"] != "attributed"
    assert sentence(text, "Editor's Note:")["label"] != "attributed"


def test_a_line_of_headlines_in_the_body_reads_like_a_headline() -> None:
    text = "Also in the news today.\n\nRuiz: The ferry will sail by spring;\n\nRuiz spoke at noon."
    s = sentence(text, "Ruiz: The ferry")
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == ":"
    # the same label in running prose, not a listed headline, is not a speaker by itself
    text = "Also in the news today.\n\nRuiz: The ferry will sail by spring.\n\nRuiz spoke at noon."
    assert sentence(text, "Ruiz: The ferry")["label"] != "attributed"


def test_relative_pronoun_standing_for_a_document_carries_its_finding() -> None:
    s = body("The board released a new survey, which showed most crews want to sail.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "showed"
    # "which" standing for a person's act is no document
    assert body("The board hired a new clerk, which showed good sense.")[0]["label"] != "attributed"


def test_document_finding_closing_the_sentence_and_document_before_by() -> None:
    s = body("The mayor agreed to sell the pier in 2010, records show.")[0]
    assert "show" in [a["cue"]["text"] for a in atts(s)]
    # a later finding inside the sentence stays part of what was said
    s = body("The mayor said records show the pier was sold in 2010.")[0]
    assert [a["cue"]["text"] for a in atts(s)] == ["said"]
    # the document before "by" is the head of the subject: the finding is the study's
    text = "Crews prefer the night ferry, a {} by the Portola yard, Falk Works, concluded in May."
    assert "concluded" in [a["cue"]["text"] for a in atts(body(text.format("study"))[0])]
    # a ship is no document: nothing credits the finding to it
    ship = [a for a in atts(body(text.format("ship"))[0]) if a["cue"]["text"] == "concluded"]
    assert all(a["source"] is None or "ship" not in a["source"]["text"] for a in ship)


# -- source spans: the subject noun phrase of a cue ------------------------------------------


def test_time_phrase_between_subject_and_verb_is_skipped() -> None:
    s = body("Inside the depot, Garvin on Tuesday dismissed the audit as a stunt.")[0]
    assert source_of(s)[0] == "Garvin"
    s = body("Inside the depot, Garvin dismissed the audit as a stunt.")[0]
    assert source_of(s)[0] == "Garvin"


@pytest.mark.parametrize(
    "text",
    [
        "Amid the protests, the Tarn Courier's Ola Brenn issued a warning, saying the fund "
        "would run dry.",
        "Perhaps more telling, the Tarn Courier's Ola Brenn issued a warning, saying the fund "
        "would run dry.",
    ],
)
def test_fronted_adverbial_is_not_the_subject(text: str) -> None:
    srcs = [a["source"]["text"] for a in atts(body(text)[0]) if a["source"]]
    assert srcs and all("Ola Brenn" in t for t in srcs), srcs


def test_dateline_is_not_the_subject() -> None:
    text = "VELDEN, Calif. - Greeting them, Ola Brenn tried to calm it and promised to cut fares."
    s = body(text)[0]
    assert source_of(s)[0] == "Ola Brenn"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Garvin, speaking at a fair in Velden, Ont., warned that the ferry would close.",
            "Garvin",
        ),
        (
            "Garvin, who worked in Tarn, Ebro and Velden, praised the ferry crews on Friday.",
            "Garvin",
        ),
        (
            "Ola Brenn, the editor of the town's weekly paper, The Tarn Courier, said fares rose.",
            "Ola",
        ),
        ("Ola Brenn, a teacher from Velden, Ont., said the fares rose.", "Ola Brenn"),
    ],
)
def test_subject_before_a_clause_with_inner_commas(text: str, name: str) -> None:
    src = source_of(body(text)[0])[0]
    assert src is not None and src.startswith(name), src


def test_appositive_after_a_fronted_place_keeps_the_role() -> None:
    s = body("In Velden, the mayor, Ola Brenn, said the fares rose.")[0]
    assert source_of(s) == ("the mayor, Ola Brenn,", "Ola Brenn")


@pytest.mark.parametrize(
    "text",
    [
        "While the mayor of Velden was away, Ola Brenn opened the depot, saying it was ready.",
        "Alongside the new rules, Ola Brenn opened the depot, saying it was ready.",
        "— Later that day, Ola Brenn opened the depot, saying it was ready.",
    ],
)
def test_long_fronted_clause_before_the_main_subject(text: str) -> None:
    srcs = [a["source"]["text"] for a in atts(body(text)[0]) if a["source"]]
    assert srcs == ["Ola Brenn"], srcs


def test_time_phrase_in_the_past_between_subject_and_verb() -> None:
    s = body("The Velden wardens have in the past said the depot was unsafe.")[0]
    assert source_of(s)[0] == "The Velden wardens"
    s = body("The wardens said the depot in the past was unsafe.")[0]
    assert source_of(s)[0] == "The wardens"


def test_verb_inside_an_open_relative_clause_has_who_as_subject() -> None:
    text = "Brenn interviewed the warden Tom Hale, who saw the crash and described it in print."
    s = body(text)[0]
    described = [a for a in atts(s) if a["cue"]["text"] == "described"]
    assert described and described[0]["source"]["text"] == "who"
    assert described[0]["source"]["name"] == "Tom Hale"
    # a restrictive clause ends before the main verb: its head is the subject
    s = body("Wardens who worked at the depot for years said the roof leaked.")[0]
    assert source_of(s)[0] == "Wardens"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Velden council released a statement Friday saying the depot would close.", "The"),
        ("Ola Brenn sent a letter this week urging the wardens to stay.", "Ola Brenn"),
        ("Hale and Brenn issued a statement describing the talks as useful.", "Hale and Brenn"),
    ],
)
def test_participle_after_an_issued_statement_belongs_to_the_issuer(text: str, source: str) -> None:
    src = source_of(body(text)[0])[0]
    assert src is not None and src.startswith(source), src


def test_participle_after_a_statement_in_a_prepositional_phrase_keeps_the_statement() -> None:
    # no verb issues the speech here: the outlet names the speech, not its giver
    s = body("The dispute began during a speech attacking the wardens.")[0]
    assert all(a["source"] is None or a["source"]["text"] != "The dispute" for a in atts(s))


def test_sentence_opening_with_said_has_the_source_after_it() -> None:
    text = "“The depot is ready,” the warden told us.\n\nsaid Tom Hale, who runs the ferry."
    s = body(text)[-1]
    assert source_of(s)[0] == "Tom Hale, who runs the ferry"
    # a sentence-initial participle clause is fronted, not inverted
    s = body("Saying the depot was ready, Tom Hale opened the gates.")[0]
    assert source_of(s)[0] == "Tom Hale"


def test_asked_by_names_the_one_who_asked() -> None:
    s = body("Asked by a reporter whether the depot would close, Brenn said it would not.")[0]
    asked = [a for a in atts(s) if a["cue"]["text"] == "Asked"]
    assert asked and asked[0]["source"]["text"] == "a reporter"
    s = body("Asked about the depot, Brenn said it would not close.")[0]
    asked = [a for a in atts(s) if a["cue"]["text"] == "Asked"]
    assert all(a["source"] is None for a in asked)


def test_poll_shares_and_counts_as_subjects() -> None:
    s = body("On fares, 42% say they are too high.")[0]
    assert source_of(s)[0] == "42%"
    s = body("So far, 52 wardens have said they back Brenn, and 39 have said they back Hale.")[0]
    assert [a["source"]["text"] for a in atts(s)] == ["52 wardens", "39"]
    s = body("By a wide margin, those surveyed said the depot should stay open.")[0]
    assert source_of(s)[0] == "those surveyed"
    # a number inside a noun phrase is not a subject
    s = body("She vowed to take the fight to the 35 states that vote next week.")[0]
    assert all(a["source"] is None or a["source"]["text"] != "35" for a in atts(s))


def test_bare_plural_subject_of_a_speech_verb() -> None:
    s = body("If fares keep rising, forecasters say the ferry will close.")[0]
    assert source_of(s)[0] == "forecasters"
    s = body("The main issues, respondents said, are fares and roads.")[0]
    assert source_of(s)[0] == "respondents"
    # agreement: a plural noun is not the subject of "says"
    s = body("A look at the old ferries suggests that their value is low.")[0]
    assert all(a["source"] is None or a["source"]["text"] != "ferries" for a in atts(s))


def test_passive_agent_after_a_complement() -> None:
    s = body("Hale was recommended for the post by Ola Brenn, a longtime ally.")[0]
    assert source_of(s)[0] == "Ola Brenn, a longtime ally"
    # "by" inside another participle phrase is that phrase's agent, not the passive's
    s = body("Hale was asked about it during an interview published by the Tarn Courier.")[0]
    assert all(a["source"] is None or "Courier" not in a["source"]["text"] for a in atts(s))


def test_inverted_name_after_a_long_clause_with_an_ing_phrase() -> None:
    text = "That would force the mayor out of the race, leaving her rivals ahead, said Tom Bannon."
    assert source_of(body(text)[0])[0] == "Tom Bannon"


def test_dateline_with_agency_before_the_subject() -> None:
    s = body("Velden (AP) – Mayor Ola Brenn on Monday toured the depot, accusing Hale of lying.")[0]
    assert source_of(s)[0] == "Mayor Ola Brenn"


def test_according_to_a_report_from_names_its_author() -> None:
    s = body("Fares rose, according to a recent report from the Velden Transit Board.")[0]
    assert source_of(s)[0] == "a recent report from the Velden Transit Board"
    s = body("Fares are rising fast, according to a recent report.")[0]
    assert source_of(s)[0] == "a recent report"


def test_source_close_to_an_object_pronoun() -> None:
    s = body("Still, Hale will rethink the plan, a source close to him said.")[0]
    assert source_of(s)[0] == "a source close to him"
    s = body("The crowd that cheered for him said nothing.")[0]
    assert all(a["source"] is None or a["source"]["text"] != "him" for a in atts(s))


@pytest.mark.parametrize(
    "text",
    [
        "Zeke Hale, a doctor who advised Brenn on the plan, said Velden so far has done well.",
        "Zeke Hale, who calls Brenn a “fraud,” said he does not believe the plan will fail.",
        "In an interview, Zeke Hale, a former ferry chief, said Brenn “was involved in it.”",
    ],
)
def test_name_with_a_long_appositive_keeps_the_verb(text: str) -> None:
    said = [a for a in atts(body(text)[0]) if a["cue"]["text"] == "said"]
    assert said and said[0]["source"]["text"].startswith("Zeke Hale"), said


def test_quotation_then_said_name_is_still_inverted() -> None:
    s = body("“We will win,” said Tom Hale, a pollster.")[0]
    assert source_of(s)[0] == "Tom Hale, a pollster"
    s = body("The plan will fail, said Tom Hale, a pollster.")[0]
    assert source_of(s)[0] == "Tom Hale, a pollster"


def test_region_after_an_embedded_town_is_not_the_subject() -> None:
    text = "Ana Reyes, who lost her home in Aurora, Colorado, in July 2012, said the plan failed."
    src = source_of(body(text)[0])[0]
    assert src is not None and src.startswith("Ana Reyes"), src


def test_inverted_phrase_must_be_able_to_speak() -> None:
    s = body("The mayor and the governor, and several aides, tweeted their approval of it.")[0]
    assert all(a["source"] is None or a["source"]["text"] != "their approval" for a in atts(s))
    s = body("The ferry will run again, said the harbour master.")[0]
    assert source_of(s)[0] == "the harbour master"


def test_an_infinitive_after_a_verb_is_a_verb_not_a_noun() -> None:
    # "attack" / "question" are nouns as often as verbs; after "continued to" they are verbs
    s = body("Mayor Ada Vale continued to attack the ferry plan.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "continued to attack"
    assert s["attribution"]["source"]["text"] == "Mayor Ada Vale"
    s = body("Mayor Ada Vale was trying to question whether the pier is safe.")[0]
    assert s["label"] == "attributed"
    # a schedule is an appearance, not a stance; a noun before "to" is not a governing verb
    s = body("Mayor Ada Vale is scheduled to address the harbour board on Monday.")[0]
    assert s["label"] != "attributed"
    s = body("Mayor Ada Vale had few chances to challenge the ferry plan.")[0]
    assert s["label"] != "attributed"


def test_an_attitude_adjective_with_degree_words_time_words_and_more_prepositions() -> None:
    s = body("Mayor Ada Vale was also deeply wary of the ferry plan.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "was also deeply wary"
    s = body("Vale aides were hopeful Monday that the pier would reopen.")[0]
    assert s["label"] == "attributed"
    s = body("Mayor Ada Vale grew alarmed at the cost of the pier.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "Mayor Ada Vale"
    # a counted share of respondents holds a stated attitude
    s = body("Sixty percent of the dockworkers are unhappy with the ferry plan.")[0]
    assert s["label"] == "attributed"
    # a country's attitude stays the outlet's inference; an adjective with no complement
    # is a description
    s = body("Portola remains deeply wary of the ferry plan.")[0]
    assert s["label"] != "attributed"
    s = body("Mayor Ada Vale was excited.")[0]
    assert s["label"] != "attributed"


def test_a_vote_for_or_against_is_a_public_position() -> None:
    s = body("Senator Ada Vale voted against the ferry bill.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "voted"
    assert s["attribution"]["source"]["text"] == "Senator Ada Vale"
    s = body("Forty percent of the dockworkers would vote for Vale.")[0]
    assert s["label"] == "attributed"
    # voting somewhere states no position; the noun "vote" is not a cue; a country's vote is
    # not a person's stance
    s = body("Senator Ada Vale voted in Portola on Monday.")[0]
    assert s["label"] != "attributed"
    s = body("The vote for the ferry bill was close.")[0]
    assert s["label"] != "attributed"
    s = body("Portola voted for the ferry bill.")[0]
    assert s["label"] != "attributed"
    # a rule about a vote is not a position; a vote that describes the speaker is background
    s = body("The delegates must vote for the winner of the primary.")[0]
    assert s["label"] != "attributed"
    s = body("Senator Ada Vale, who voted for the ferry bill, said the pier was safe.")[0]
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]] == ["said"]


def test_criticism_received_is_credited_to_the_critics() -> None:
    s = body("The ferry plan drew sharp criticism from Mayor Ada Vale.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "drew sharp criticism"
    assert s["attribution"]["source"]["text"] == "Mayor Ada Vale"
    # with no critic named, nobody in particular stands behind it: a vague source
    s = body("Senator Ada Vale has faced criticism for the pier.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["kind"] == "vague"
    # drawing or facing something that is not a reaction is an event
    s = body("Senator Ada Vale drew a large crowd in Portola.")[0]
    assert s["label"] != "attributed"
    s = body("Senator Ada Vale faced a tight deadline.")[0]
    assert s["label"] != "attributed"


def test_advocating_and_persuading_are_stances() -> None:
    s = body("Senator Ada Vale advocates a tax on ferry tickets.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "advocates"
    s = body("Senator Ada Vale persuaded the harbour board that the pier was safe.")[0]
    assert s["label"] == "attributed"
    s = body("Senator Ada Vale is more interested in the pier than in the ferry.")[0]
    assert s["label"] == "attributed"
    # "advocates" after a modifier is the noun; a stance of a country stays the outlet's
    s = body("Ferry rights advocates gathered at the pier on Monday.")[0]
    assert s["label"] != "attributed"
    s = body("Portola promoted the ferry as a tourist attraction.")[0]
    assert s["label"] != "attributed"


def test_participle_after_an_adverb_and_one_in_five_shares() -> None:
    s = body("Senator Ada Vale answered by first saying the pier was safe.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "Senator Ada Vale"
    s = body("Senator Ada Vale turned on the mayor, eventually saying she would resign.")[0]
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]][-1] == "saying"
    s = body("One in five say the pier is unsafe.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "One in five"
    # a number after "in" that is not followed by a verb is no source; "five claims" is a noun
    s = body("Senator Ada Vale won one in five.")[0]
    assert s["label"] != "attributed"
    s = body("The ferry was late on five claims and two reports.")[0]
    assert s["label"] != "attributed"


def test_psych_verbs_of_liking_and_loathing_need_a_person() -> None:
    s = body("Senator Ada Vale has long admired the harbour master.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["kind"] == "reported_state"
    s = body("Senator Ada Vale regrets her remarks about the pier.")[0]
    assert s["label"] == "attributed"
    # a country's feelings are the outlet's inference
    s = body("Portola resents the ferry tax.")[0]
    assert s["label"] != "attributed"


def test_they_holds_a_belief_only_when_it_stands_for_people() -> None:
    text = "Vale aides said the pier was safe. They believe the ferry plan will fail."
    s = sentence(text, "They believe")
    assert s["label"] == "attributed"
    assert s["attribution"]["kind"] == "reported_state"
    # "they" after a newspaper (an institution) stays the outlet's inference
    text = "The Portola Review reported the ferry tax. They believe the ferry plan will fail."
    s = sentence(text, "They believe")
    assert s["label"] != "attributed"


def test_a_named_persons_team_or_camp_can_hold_a_belief() -> None:
    s = body("Vale's team thinks the ferry plan will fail.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "Vale's team"
    s = body("The Vale camp believes the pier is safe.")[0]
    assert s["label"] == "attributed"
    # a team with no person named is not someone's circle
    s = body("The team believes the pier is safe.")[0]
    assert s["label"] != "attributed"


def test_a_weekday_between_subject_and_verb_is_skipped() -> None:
    # "on" is a time word; unquoted in YAML it was read as the boolean true
    assert "on" in lexicon().time_words
    s = body("Mayor Ada Vale on Friday endorsed the harbour master.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "Mayor Ada Vale"
    s = body("Mayor Ada Vale on Friday visited the harbour master.")[0]
    assert s["label"] != "attributed"


def test_love_before_a_name_is_a_verb_and_attitudes_take_wh_clauses() -> None:
    s = body("Harbour officials love Portola Ferries.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "love"
    s = body("Mayor Ada Vale was unsure whether the pier would reopen.")[0]
    assert s["label"] == "attributed"
    # "like" before a name is still the preposition
    s = body("Towns like Portola rely on the ferry.")[0]
    assert s["label"] != "attributed"
    s = body("Mayor Ada Vale was unsure.")[0]
    assert s["label"] != "attributed"


def test_attitude_set_off_by_commas_and_came_away_convinced() -> None:
    s = body("Vale aides, confident that the pier is safe, reopened it.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "Vale aides"
    s = body("Mayor Ada Vale came away convinced that the pier was safe.")[0]
    assert s["attribution"]["cue"]["text"] == "came away convinced"
    # the clause's subject must be a person: a country's confidence is the outlet's guess
    s = body("Portola, confident that the pier is safe, reopened it.")[0]
    assert s["label"] != "attributed"


def test_a_by_agent_after_a_time_phrase() -> None:
    s = body("Mayor Ada Vale was also endorsed the day before by Senator Tom Ruiz.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "Senator Tom Ruiz"
    # "by" before a gerund is a means, not an agent
    s = body("Senator Tom Ruiz responded by saying the pier was safe.")[0]
    assert s["attribution"]["source"]["text"] == "Senator Tom Ruiz"
    s = body("The pier was built the year before by Portola.")[0]
    assert s["label"] != "attributed"


def test_an_attitude_adjective_right_after_its_person_noun() -> None:
    s = body("Harbour officials reluctant to back the plan stayed home.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "Harbour officials"
    # a thing "open to all" has no attitude; "determined that" after a noun is the verb
    s = body("The ferry open to all sails at noon.")[0]
    assert s["label"] != "attributed"
    s = body("A harbour judge determined that the pier was safe.")[0]
    assert s["attribution"]["kind"] != "reported_state"


def test_a_share_inside_a_poll_finding_is_part_of_the_finding() -> None:
    text = "The Portola poll found that 28 percent backed Vale, while 23 percent favored Ruiz."
    s = body(text)[0]
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]] == ["found"]
    # on its own the share's stance is reported
    s = body("Forty percent of the dockworkers oppose the ferry plan.")[0]
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]] == ["oppose"]


def test_a_finding_that_opens_with_a_figure() -> None:
    s = body("A Portola poll released Monday found 28 percent of dockworkers back Vale.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "found"
    # a person finding a number of things reports no finding
    s = body("Mayor Ada Vale found 28 pebbles on the pier.")[0]
    assert s["label"] != "attributed"


def test_speech_verb_with_an_adverb_before_its_topic() -> None:
    s = body("Mayor Tolvan spoke briefly about the flooding in Dernhill.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "spoke briefly about"
    s = body("Ruiz talked of reforms to the harbour.")[0]
    assert s["attribution"]["cue"]["text"] == "talked of"
    # an appearance with an adverb reports nothing; "talk of" after a determiner is a noun
    assert body("Mayor Tolvan spoke briefly at a rally in Dernhill.")[0]["label"] != "attributed"
    assert body("There was much talk of a new harbour.")[0]["label"] != "attributed"


def test_transcript_label_with_full_name_then_surname_is_one_speaker() -> None:
    text = (
        "MARA QUINLEY: Why did the ferry stop running?\n\n"
        "OSTROV: Nobody paid for the fuel in Dernhill.\n\n"
        "QUINLEY: Will it run again next spring?\n\n"
    )
    assert sentence(text, "MARA QUINLEY")["label"] == "attributed"
    assert sentence(text, "QUINLEY: Will")["label"] == "attributed"
    # a one-off capitalised heading is no speaker, even when another label recurs
    text += "UPDATE: The ferry resumed service on Friday in Dernhill.\n\n"
    assert sentence(text, "UPDATE")["label"] != "attributed"
    assert sentence(text, "OSTROV")["label"] != "attributed"


def test_retort_idioms_and_as_x_put_it() -> None:
    s = body("“The ferry is finished and nobody cares,” Brolly shot back.")[0]
    assert s["attribution"]["cue"]["text"] == "shot back"
    assert s["attribution"]["source"]["text"] == "Brolly"
    s = body("Brolly hit back at the council over the ferry.")[0]
    assert s["attribution"]["cue"]["text"] == "hit back"
    s = body("As the harbour master Ian Brolly put it, the ferry is finished.")[0]
    assert s["attribution"]["cue"]["text"] == "put it"
    assert s["attribution"]["source"]["text"] == "Ian Brolly"
    # the same words outside the frame report nothing
    assert body("Prices shot back up in March in Dernhill.")[0]["label"] != "attributed"
    s = body("Such ferries, to put it mildly, have never been cheap.")[0]
    assert s["label"] != "attributed"
    s = body("The mayor has promised to put it into the budget.")[0]
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]] == ["promised"]


def test_verb_of_talking_with_an_addressee_before_its_topic() -> None:
    s = body("Ruiz spoke with the Dernhill Gazette about the ferry.")[0]
    assert s["attribution"]["cue"]["text"] == "spoke with the Dernhill Gazette about"
    assert s["attribution"]["source"]["text"] == "Ruiz"
    s = body("Ruiz has spoken at length about the ferry.")[0]
    assert s["attribution"]["cue"]["text"] == "spoken at length about"
    # "about" as "roughly", or with nothing said, is no topic of speech
    assert body("Ruiz spoke at the harbour for about an hour.")[0]["label"] != "attributed"
    assert body("Ruiz spoke for about 20 minutes.")[0]["label"] != "attributed"
    s = body("The budget speaks volumes about the council.")[0]
    assert s["label"] != "attributed"
    assert body("Ruiz held talks with Vale about the harbour.")[0]["label"] != "attributed"


def test_clause_opening_with_a_contracted_pronoun_subject() -> None:
    s = body("Ruiz claims he's worth ten billion dollars.")[0]
    assert s["attribution"]["cue"]["text"] == "claims"
    s = body("Ruiz claims they’ll win the harbour vote.")[0]
    assert s["attribution"]["source"]["text"] == "Ruiz"
    # a noun "claims" with no clause after it stays unattributed
    assert body("The claims he's made were never checked.")[0]["label"] != "attributed"


def test_touched_on_a_topic_is_speech() -> None:
    s = body("In the interview, Ruiz touched on the ferry vote.")[0]
    assert s["attribution"]["cue"]["text"] == "touched on"
    assert body("The ferry touched on the pier at noon.")[0]["label"] != "attributed"


def test_answer_and_message_nouns_with_a_possessor_and_what_was_said() -> None:
    s = body("Vale's response was: “Is the ferry even running this winter?”")[0]
    assert s["attribution"]["cue"]["text"] == "response"
    s = body("Ruiz's critique of the harbour plan is harsh.")[0]
    assert s["attribution"]["cue"]["text"] == "critique"
    # with nothing said after it, the noun names an event
    assert body("Ruiz's response drew applause in Dernhill.")[0]["label"] != "attributed"
    assert body("The message was clear to everyone in Dernhill.")[0]["label"] != "attributed"


def test_speech_noun_with_its_topic_is_a_report() -> None:
    s = body("Ruiz's remarks about the ferry angered the harbour workers.")[0]
    assert s["attribution"]["cue"]["text"] == "remarks"
    # a speech noun with no possessor, or with a place after it, credits nothing
    assert body("The remarks about the ferry angered the workers.")[0]["label"] != "attributed"
    assert body("Ruiz's remarks in Dernhill drew applause.")[0]["label"] != "attributed"


def test_a_name_run_does_not_cross_a_sentence_break() -> None:
    # "March. Borduria" is a month and a new sentence, not a person called Borduria
    text = "Talks stalled in March. Borduria wants a new deal. Later, Borduria said it would stop."
    assert sentence(text, "Borduria wants")["attribution"] is None
    assert source_of(sentence(text, "Later,")) == ("Borduria", "Borduria")
    # a title or an initial inside the run does not break it
    text = "The envoy met Gov. Vale Orme in Dunmere. Later, Orme said it would stop."
    assert source_of(sentence(text, "Later,")) == ("Orme", "Vale Orme")


@pytest.mark.parametrize("pronoun", ["he’s", "he's", "they’re", "we’ll"])
def test_a_contracted_pronoun_opens_the_clause_of_a_clause_verb(pronoun: str) -> None:
    s = body(f"Mayor Ana Ruiz claims {pronoun} owed more than the port pays.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "claims"
    # a possessive name is an object, not a clause: "claims" names a taking
    assert body("Mayor Ana Ruiz claims Orme's seat on the board.")[0]["label"] != "attributed"


def test_a_participle_takes_the_main_subject_not_a_fronted_or_possessor_source() -> None:
    # the earlier cue sits in a fronted clause: the participle is the main subject's
    s = body("After Ana Ruiz said the pier was unsafe, Tom Vale shut it, saying he had no choice.")
    saying = [a for a in atts(s[0]) if a["cue"]["text"] == "saying"]
    assert saying and saying[0]["source"]["text"] == "Tom Vale"
    # the earlier source only possesses a noun of the predicate: "his"
    s = body("Mayor Ana Ruiz stepped up his criticism of the plan, saying it would fail.")
    saying = [a for a in atts(s[0]) if a["cue"]["text"] == "saying"]
    assert saying and saying[0]["source"]["text"] == "Mayor Ana Ruiz"
    # the earlier cue's own subject is the main subject: it is kept
    s = body("Tom Vale said the pier was unsafe, adding that it would close.")
    adding = [a for a in atts(s[0]) if a["cue"]["text"] == "adding"]
    assert all(a["source"]["text"] == "Tom Vale" for a in adding)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "At a fair in Dunmere, Borduria, on Sunday, Ana Ruiz shut it, saying it was unsafe.",
            "Ana Ruiz",
        ),
        (
            "At a rally in Dunmere, Wis., Ana Ruiz toured the pier, saying it was unsafe.",
            "Ana Ruiz",
        ),
        # a name with its appositive is no town and state: the subject is the name
        ("In Dunmere, Tom Vale, the mayor, toured the pier, saying it was unsafe.", "Tom Vale"),
    ],
)
def test_a_fronted_town_and_state_is_not_the_subject_of_a_participle(
    text: str, speaker: str
) -> None:
    saying = [a for a in atts(body(text)[0]) if a["cue"]["text"] == "saying"]
    assert saying and saying[0]["source"]["text"] == speaker


@pytest.mark.parametrize("adverb", ["reportedly", "allegedly"])
def test_a_hearsay_adverb_is_a_vague_source(adverb: str) -> None:
    s = body(f"The port board {adverb} sold the pier to a Dunmere developer.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["kind"] == "vague"
    assert s["attribution"]["cue"]["text"] == adverb
    # the same report stated outright is the outlet's own
    assert body("The port board sold the pier to a Dunmere developer.")[0]["label"] != "attributed"


@pytest.mark.parametrize(
    ("text", "start", "quantifier"),
    [
        (
            "Dock workers met the mayor on Friday. Several said the fares were too high.",
            "Sev",
            "Several",
        ),
        ("Tom Vale and Ana Ruiz toured the pier. Both argued it should close.", "Both", "Both"),
        ("Two clerks wrote to the board. One says the pier is unsafe.", "One", "One"),
        ("Fishers filled the hall, and many spoke about the fares.", "Fishers", "many"),
    ],
)
def test_a_quantifier_standing_alone_is_the_subject_of_a_verb_of_saying(
    text: str, start: str, quantifier: str
) -> None:
    s = sentence(text, start)
    assert s["label"] == "attributed"
    assert any(a["source"] and a["source"]["text"] == quantifier for a in atts(s))


@pytest.mark.parametrize(
    "text",
    [
        # "all told" is "in all", and a quantifier before a noun is a determiner
        "All told, the pier cost four million dollars.",
        "Several reports reached the harbor office on Friday.",
        # a mental state credited to a quantifier stays in the outlet's voice
        "Many wanted the pier to close.",
    ],
)
def test_a_quantifier_is_no_speaker_of_an_idiom_a_noun_or_a_state(text: str) -> None:
    assert body(text)[0]["label"] != "attributed"


def test_a_finite_verb_of_saying_with_a_non_person_subject_is_a_further_cue_only() -> None:
    text = "Mayor Vale said the pier would close, and the dispute highlights a rift on the council."
    cues = [(a["cue"]["text"], a["source"]["text"]) for a in atts(body(text)[0])]
    assert cues == [("said", "Mayor Vale"), ("highlights", "the dispute")]
    # alone it attributes nothing: the subject is no speaker
    assert body("The dispute highlights a rift on the council.")[0]["label"] != "attributed"
    # an infinitive is no further cue: "began to chant" reports an action
    text = "Mayor Vale said the pier would close, and the dispute began to highlight a rift."
    assert [a["cue"]["text"] for a in atts(body(text)[0])] == ["said"]


def test_a_purpose_infinitive_of_saying_after_a_noun_reports_what_follows() -> None:
    s = body("Mayor Holm went off script to comment on the fares.")[0]
    assert s["label"] == "attributed"
    assert (s["attribution"]["cue"]["text"], source_of(s)[0]) == ("comment", "Mayor Holm")
    # with an object and no topic or clause it is an act, not a report
    assert body("Ana Ruiz had the money to challenge Holm in the fall.")[0]["label"] != "attributed"


def test_i_in_a_transcript_turn_is_the_one_answering_not_the_writer() -> None:
    text = (
        "Here is the interview with Ana Ruiz, the Dunmere harbor master.\n\n"
        "Q: Will the pier close?\n\n"
        "A: I think it will close next year.\n\n"
        "Q: And the fares?\n\n"
        "A: We believe the fares will fall.\n\n"
        "I think the fares will fall anyway."
    )
    s = sentence(text, "A: I think")
    assert s["label"] == "attributed"
    assert (s["attribution"]["cue"]["text"], source_of(s)[0]) == ("think", "I")
    assert sentence(text, "A: We believe")["label"] == "attributed"
    # a paragraph with no speaker label is the writer's own "I think": the outlet's voice
    assert sentence(text, "I think the fares")["label"] != "attributed"


def test_a_turn_of_an_interview_transcript_is_the_speakers_not_the_outlets() -> None:
    text = (
        "Here is the interview with Ana Ruiz, the Dunmere harbor master.\n\n"
        "Q: Will the pier close? The council says it will.\n\n"
        "A: It might.\n\n"
        "Q: And the fares?\n\n"
        "A: Lower."
    )
    for start in ("Q: Will", "The council", "Q: And"):
        s = sentence(text, start)
        assert s["label"] == "attributed", start
    s = sentence(text, "Q: Will")
    assert s["attribution"]["kind"] == "direct" and s["attribution"]["source"] is None
    # the interviewee's answers are theirs too, and cannot be judged as the outlet's assertions
    s = sentence(text, "A: It might")
    assert s["label"] == "attributed" and s["attribution"]["kind"] == "direct"
    # so outlet-voice rules do not judge them: a sweeping claim in an answer is the speaker's
    answer = text.replace("A: Lower.", "A: Nobody wants the ships to sit idle.")
    s = sentence(answer, "A: Nobody")
    assert not [f for f in s["findings"] if f["rule"] == "assertion.generalisation"]
    s = sentence("The pier is old. Nobody wants the ships to sit idle.", "Nobody")
    assert [f for f in s["findings"] if f["rule"] == "assertion.generalisation"]
    # one "Q:" line is no transcript, and prose after the transcript is the outlet's again
    assert sentence("Q: Will the pier close?\n\nThe pier is old.", "Q:")["label"] != "attributed"
    assert sentence(text + "\n\nThe pier is old.", "The pier")["label"] != "attributed"


@pytest.mark.parametrize("title", ["Pier talk", "Harbor board to speak"])
def test_a_title_that_ends_with_a_verb_of_talking_is_read_without_error(title: str) -> None:
    assert [s["label"] for s in body("The pier is old.")] == ["factual"]
    result = check_text(f"{title}\n\nThe pier is old.").to_dict()
    assert [s["role"] for s in result["sentences"]] == ["headline", "body"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A Marlow College poll out this week shows Ana Ruiz with a lead.", "poll"),
        ("Polls there show Tom Vale is trailing Ana Ruiz.", "Polls"),
        ("Polls in Dunmere show the two candidates tied.", "Polls in Dunmere"),
        ("A new Harbour survey of young voters shows a wide divide.", "young voters"),
        ("The polls that show Tom Vale ahead are older.", "that"),
        ("Vale released his records from July, which showed he was fit.", "records"),
        ("A Harbour survey of those 18 to 35 years old shows a wide divide.", "survey"),
        ("Results of exit polls conducted by Marlow Research show two-thirds back it.", "polls"),
    ],
)
def test_a_modified_document_subject_makes_show_a_verb(text: str, source: str) -> None:
    s = body(text)[0]
    shows = [a for a in atts(s) if a["cue"]["text"] in {"show", "shows", "showed"}]
    assert s["label"] == "attributed" and shows
    assert source in shows[0]["source"]["text"]
    # a document noun inside a prepositional phrase, or "shows" with no object, is a compound
    for text in (
        "The panel asked voters about reality shows.",
        "The study of reality shows drew few readers.",
        "The survey covered talk shows in Dunmere.",
        # the antecedent of "which" is no document
        "Vale toured the pier in July, which showed how hard the year was.",
    ):
        assert not [a for a in atts(body(text)[0]) if a["cue"]["text"].startswith("show")]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz leads Tom Vale 48-41 in a Gazette poll.",
        "Tom Vale had 38 percent support in the latest Harbour survey.",
        "Ana Ruiz is ahead by six points in the new Marlow College poll.",
    ],
)
def test_a_poll_cited_as_the_basis_of_a_figure(text: str) -> None:
    s = body(text)[0]
    assert s["label"] == "attributed"
    cited = [a for a in atts(s) if a["cue"]["text"] == "in"]
    assert cited and cited[0]["kind"] == "evidence"
    assert cited[0]["source"]["text"].endswith(("poll", "survey"))


@pytest.mark.parametrize(
    "text",
    [
        # no figure: the poll only places the candidate
        "Tom Vale appeared in a Gazette poll for the first time.",
        # a standing in the polls at large cites no poll
        "Ana Ruiz has a wide lead in the polls.",
        # the poll describes the respondents; their own verb would report
        "Forty percent of voters in the Gazette poll were at the pier.",
    ],
)
def test_a_poll_without_a_figure_or_after_respondents_is_not_cited(text: str) -> None:
    assert not [a for a in atts(body(text)[0]) if a["cue"]["text"] == "in"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The council's senators sent Mayor Lind a blunt message: the pier must reopen.",
            "senators",
        ),
        (
            "A rally by the town's church leaders on Friday had one message: keep fares down.",
            "leaders",
        ),
        ("The ferry union had one message: keep the fares down.", "The ferry union"),
        ("Her aides were making many of the same arguments: the budget is too thin.", "Her aides"),
    ],
)
def test_a_speech_noun_object_before_a_colon_credits_the_clause_subject(
    text: str, speaker: str
) -> None:
    s = body(text)[0]
    assert s["label"] == "attributed"
    assert speaker in s["attribution"]["source"]["text"]
    assert s["attribution"]["cue"]["text"] in {"message", "arguments"}


@pytest.mark.parametrize(
    "text",
    [
        "Vale was not the only one unhappy with the remarks: the mayor left the hall early.",
        "One conclusion: the ferry timetable is too tight for the winter.",
        "The port sent the city a clear message: the pier closes in May.",
    ],
)
def test_a_speech_noun_after_a_preposition_or_as_a_heading_is_not_attributed(text: str) -> None:
    assert body(text)[0]["label"] != "attributed"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Mayor Lind's recent attacks on Vale have alarmed the harbour board.", "attacks"),
        ("Vale's harsh public criticism of the fares surprised the council.", "criticism"),
        ("His populist pledge to freeze fares won the dock workers over.", "pledge"),
    ],
)
def test_a_speech_noun_keeps_its_possessor_across_plain_adjectives(text: str, cue: str) -> None:
    s = body(text)[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == cue


@pytest.mark.parametrize(
    "text",
    [
        "The clerk could not find her letters in response to federal inquiries.",
        "Lind's 40 percent support for the plan fell to 30 by May in the Dunmere poll.",
        "His long, rambling speech about the ferry drew polite applause from the board.",
    ],
)
def test_a_possessor_behind_a_preposition_or_a_number_is_not_a_speaker(text: str) -> None:
    # (the poll may still be cited for the figure; the possessor speaks for nobody)
    speakers = [a["source"]["text"] for a in atts(body(text)[0]) if a["source"]]
    assert not [t for t in speakers if t.startswith(("The clerk", "her", "Lind", "His"))]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Ann Vale made a plea for calm at the harbour.", "Ann Vale", "plea"),
        ("Ann Vale unveiled a proposal to cut ferry fares.", "Ann Vale", "proposal"),
        ("Ann Vale unleashed a harsh attack on Tom Lind.", "Ann Vale", "attack"),
        ("Tom Lind won the endorsement of the ferry union.", "the ferry union", "endorsement"),
    ],
)
def test_a_speech_noun_object_credits_the_subject_or_the_owner_after_of(
    text: str, speaker: str, cue: str
) -> None:
    s = body(text)[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == speaker
    assert s["attribution"]["cue"]["text"] == cue


@pytest.mark.parametrize(
    "text",
    [
        "The rebels launched a fierce attack on the harbour garrison.",
        "Ann Vale was the whole message of her campaign.",
        "Tom Lind won the endorsement of the harbour.",
    ],
)
def test_a_speech_noun_object_of_violence_a_description_or_a_place_is_not_attributed(
    text: str,
) -> None:
    assert body(text)[0]["label"] != "attributed"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ann Vale has taken a firm stance against the ferry levy.", "stance"),
        ("Tom Lind delivered a spirited defense of the harbour plan.", "defense"),
        ("Ann Vale's view of the levy has hardened since May.", "view"),
    ],
)
def test_a_stated_view_or_defence_is_credited_to_a_person(text: str, cue: str) -> None:
    s = body(text)[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == cue


@pytest.mark.parametrize(
    "text",
    [
        "Dunmere's view of the levy has hardened since May.",
        "The harbour board has taken a firm stance against the levy.",
        "Most residents have a dim view of Tom Lind.",
    ],
)
def test_a_view_of_a_place_a_body_or_its_topic_is_not_attributed(text: str) -> None:
    assert body(text)[0]["label"] != "attributed"


@pytest.mark.parametrize(
    "text",
    [
        "The Moreau campaign hopes to win the coastal counties.",
        "Republicans want the harbour bill delayed until spring.",
        "The party plans to hold its convention in Portolan.",
    ],
)
def test_stated_position_of_a_campaign_party_or_party_camp(text: str) -> None:
    s = body(text)[0]
    assert s["label"] == "attributed" and s["attribution"]["kind"] == "reported_state"


@pytest.mark.parametrize(
    "text",
    [
        "Voters want the harbour bill delayed until spring.",
        "The union wants to end the strike at Portolan.",
        "The government hopes to win the coastal counties.",
        "Portolans want the harbour bill delayed until spring.",
    ],
)
def test_wants_of_a_state_union_or_sweeping_group_stay_unattributed(text: str) -> None:
    assert body(text)[0]["label"] != "attributed"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, lobbyists complained about the new harbour fees.",
        "On Monday, the trustees disagreed about the ferry.",
        "At the hearing, the musicians recalled the old pier.",
    ],
)
def test_speech_verb_with_a_plural_of_people_by_occupation(text: str) -> None:
    assert body(text)[0]["label"] == "attributed"


def test_speech_verb_with_a_plural_of_things_is_not_a_speaker() -> None:
    assert body("On Monday, the papers revealed a deep rift in the council.")[0]["label"] != (
        "attributed"
    )


def test_wondered_with_its_question_is_a_report() -> None:
    s = body("On Monday, the mayor wondered whether the ferry would run.")[0]
    assert s["label"] == "attributed" and s["attribution"]["cue"]["text"] == "wondered"
    for text in ("It is no wonder that the ferry stopped.", "The bridge is a wonder of steel."):
        assert body(text)[0]["label"] != "attributed"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the crowd chanted back at the mayor.",
        "The harbour panel recalled an earlier dispute over the pier.",
    ],
)
def test_plain_speech_verb_whatever_its_subject(text: str) -> None:
    assert body(text)[0]["label"] == "attributed"


@pytest.mark.parametrize(
    "text",
    ["The debate promised to be a long one.", "The new rules threatened to close the pier."],
)
def test_verb_of_speech_and_result_needs_a_speaker(text: str) -> None:
    assert body(text)[0]["label"] != "attributed"


@pytest.mark.parametrize(
    "text", ["Many recalled the old pier.", "At the hearing, some argued the fees were too high."]
)
def test_quantifier_alone_is_the_subject_of_a_past_tense_report(text: str) -> None:
    assert body(text)[0]["label"] == "attributed"


@pytest.mark.parametrize(
    "text",
    ["On Monday, many pledged delegates stayed home.", "Most reported incidents were minor."],
)
def test_quantifier_before_an_adjective_and_its_noun_is_not_a_speaker(text: str) -> None:
    assert body(text)[0]["label"] != "attributed"


def test_vague_plural_subject_of_a_speech_verb_is_a_vague_source() -> None:
    s = body("On Monday, some fishermen grumbled about the new harbour rules.")[0]
    assert s["label"] == "attributed" and s["attribution"]["kind"] == "vague"
    s = body("On Monday, the fishing boats grumbled in the harbour.")[0]
    assert s["label"] != "attributed"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, Mayor Ana Ruiz revealed the new ferry timetable.",
        "The Portolan harbour board estimated the cost at $2 million.",
    ],
)
def test_report_whose_object_is_what_was_said(text: str) -> None:
    assert body(text)[0]["label"] == "attributed"


def test_revealed_with_a_thing_as_subject_is_not_a_report() -> None:
    assert body("At low water, the tide revealed the old pier.")[0]["label"] != "attributed"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Vale, who advises the Dunmere port board, toured the pier on Monday.",
        "Ana Ruiz advised the Borduria fund on its sale of the pier.",
        "Ana Ruiz is challenging Sen. Tom Vale for the Dunmere seat.",
        "Ruiz challenged him when he ran for mayor in 2004.",
    ],
)
def test_advise_and_challenge_with_a_bare_object_are_relations_not_speech(text: str) -> None:
    cues = {a["cue"]["text"].lower() for s in body(text) for a in atts(s) if a["cue"]}
    assert not cues & {"advises", "advised", "challenging", "challenged"}


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ana Ruiz advised the port board to sell the pier.", "advised"),
        ("Ana Ruiz advised the mayor that the pier was unsafe.", "advised"),
        ("Ana Ruiz challenged Tom Vale to a debate in Dunmere.", "challenged"),
        ("Ana Ruiz challenged Tom Vale on the pier fares.", "challenged"),
    ],
)
def test_advise_and_challenge_with_what_was_urged_are_attributed(text: str, cue: str) -> None:
    s = body(text)[0]
    assert s["label"] == "attributed"
    assert cue in {a["cue"]["text"] for a in atts(s) if a["cue"]}


@pytest.mark.parametrize(
    "text",
    [
        "It's entirely possible that the board, after talking about it for so long, will sell.",
        "What's more, Vale's decision to skip the hearing, complaining about the fares, hurt him.",
        "There's still time for Vale, even after dismissing the port board as a cartel.",
    ],
)
def test_an_expletive_contraction_is_never_a_source(text: str) -> None:
    sources = [a["source"]["text"] for s in body(text) for a in atts(s) if a["source"]]
    assert not any(src.lower().startswith(("it", "there")) for src in sources)


def test_a_pronoun_contraction_stays_a_source() -> None:
    s = body("Tom Vale spoke first. He's telling allies that the pier will reopen.")[1]
    assert s["attribution"]["source"]["text"] == "He"


@pytest.mark.parametrize(
    "text",
    [
        "#DunmereVotes pic.twitter.com/x7Rb2Q<tweet/>.",
        "They have no business running the pier.<tweet/>.",
    ],
)
def test_a_tweet_tag_is_markup_not_a_cue(text: str) -> None:
    s = body(text)[0]
    assert "tweet" not in {a["cue"]["text"] for a in atts(s) if a["cue"]}
    assert s["label"] != "attributed"


def test_a_sentence_before_a_tweet_tag_keeps_its_own_cue() -> None:
    s = body("Ana Ruiz said the fares would rise.<tweet/>.")[0]
    assert s["label"] == "attributed"
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]] == ["said"]


def test_the_outlet_that_quotes_someone_as_saying_is_a_source_too() -> None:
    s = body("The Dunmere Herald quoted one of Vale's aides as saying the pier would close.")[0]
    sources = [a["source"]["text"] for a in atts(s) if a["source"]]
    assert sources[0] == "one of Vale's aides"
    assert "The Dunmere Herald" in sources
    assert [a["cue"]["text"] for a in atts(s) if a["cue"]] == ["quoted"]
    # "X was quoted as saying": nobody relays it in the sentence, X is the only source
    s = body("Tom Vale was quoted as saying the pier would close.")[0]
    assert [a["source"]["text"] for a in atts(s) if a["source"]] == ["Tom Vale"]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Vale intends to close the pier this month, his aide said.",
        "Mayor Vale opposes the plan, Ana Ruiz said on Monday.",
        "When asked whom she supported, Ana Ruiz smiled and said, “Nobody yet, but ask me later.”",
    ],
)
def test_a_state_before_a_closing_report_is_what_was_said(text: str) -> None:
    s = body(text)[0]
    assert s["label"] == "attributed"
    cues = [a["cue"]["text"] for a in atts(s) if a["cue"]]
    assert cues[0] == "said" and not {"intends", "opposes", "supported"} & set(cues)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Vale wants a new pier, and Ana Ruiz said the fares would rise.",
        "Although Mayor Vale opposes the plan, Ana Ruiz said the fares would rise.",
    ],
)
def test_a_state_before_a_report_with_its_own_clause_stays(text: str) -> None:
    cues = [a["cue"]["text"] for a in atts(body(text)[0]) if a["cue"]]
    assert len(cues) == 2 and cues[-1] == "said"


def test_a_roster_after_a_colon_is_not_speech() -> None:
    text = (
        "The campaign named its county chairs.\n\n"
        "Ohio: Ana Ruiz, Tom Vale, Lee Hart, Mia Dorn.\n\n"
        "Borduria: Ivo Hale, Mara Lind, Pia Stone.\n\n"
        "First in Ohio: Ana Ruiz.\n\n"
        "“We will win,” Ruiz said.\n\n"
        "Ruiz: “We will win the county.”"
    )
    s = body(text)
    assert [x["label"] == "attributed" for x in s] == [False, False, False, False, True, True]


def test_find_with_an_indefinite_object_is_coming_upon_not_a_finding() -> None:
    for text in (
        "In Dunmere, Ana Ruiz found a receptive audience for her pier plan.",
        "Refugees find a home in Dunmere.",
    ):
        s = body(text)[0]
        assert s["label"] != "attributed"
    # a document's finding keeps its object: "a poll found a tie"
    s = body("A Dunmere Herald poll found a tie between Ruiz and Vale.")[0]
    assert s["label"] == "attributed"
    # and a person's finding with a clause stays one
    s = body("Ana Ruiz found that the pier was unsafe.")[0]
    assert s["label"] == "attributed"


def test_a_named_persons_circle_beyond_an_adjective_holds_a_stated_belief() -> None:
    text = (
        "Ann Vale spoke in Dunmere on Monday. "
        "Vale's inner circle believes that the levy will pass. "
        "The inner circle believes that the levy will pass."
    )
    named = sentence(text, "Vale's inner circle")
    assert named["label"] == "attributed"
    assert named["attribution"]["cue"]["text"] == "believes"
    assert named["attribution"]["source"]["text"] == "Vale's inner circle"
    # no possessor: a sweeping group, the outlet's own inference
    assert sentence(text, "The inner circle")["label"] != "attributed"


def test_a_mental_state_after_a_parenthetical_is_credited_to_the_clause_subject() -> None:
    text = (
        "Ann Vale spoke in Dunmere on Monday. "
        "Vale, it turned out, knew the harbour voters better than anyone. "
        "The harbour board, it turned out, wanted a delay. "
        "The board met twice, like the council did in May."
    )
    person = sentence(text, "Vale, it turned out")
    assert person["label"] == "attributed"
    assert person["attribution"]["cue"]["text"] == "knew"
    # an institution's want stays in the outlet's voice; "like" after a comma is a preposition
    assert sentence(text, "The harbour board")["label"] != "attributed"
    assert sentence(text, "The board met")["label"] != "attributed"


def test_a_noun_like_verb_after_who_is_a_verb_of_the_antecedent() -> None:
    text = (
        "Ann Vale spoke in Dunmere on Monday. "
        "Vale, who hopes to win the harbour seat, toured the docks. "
        "The harbour board, which hopes to win the case, appealed."
    )
    person = sentence(text, "Vale, who hopes")
    assert person["label"] == "attributed"
    assert person["attribution"]["cue"]["text"] == "hopes"
    # an institution's hope stays in the outlet's voice
    assert sentence(text, "The harbour board")["label"] != "attributed"


def test_a_couple_holds_a_stated_worry_but_a_couple_of_things_does_not() -> None:
    text = (
        "The couple worried that the harbour levy would drive them out of Dunmere. "
        "A couple of issues worried the harbour board."
    )
    people = sentence(text, "The couple")
    assert people["label"] == "attributed"
    assert people["attribution"]["cue"]["text"] == "worried"
    assert sentence(text, "A couple of issues")["label"] != "attributed"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The ferry levy was dropped in March, the Dunmere Gazette reported Friday.", "Gazette"),
        ("The harbour board disbanded after the vote, Harbour Weekly reported in 2019.", "Weekly"),
        ("Fares rose by a third, the Dunmere Port Authority reported last week.", "Authority"),
    ],
)
def test_a_closing_report_clause_may_end_with_a_time_phrase(text: str, source: str) -> None:
    s = body(text)[0]
    assert s["label"] == "attributed"
    assert source in s["attribution"]["source"]["text"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor responded Friday.",
        "Tom Lind reported 2019 earnings.",
    ],
)
def test_a_report_verb_with_only_a_time_phrase_and_no_content_is_not_attributed(
    text: str,
) -> None:
    assert body(text)[0]["label"] != "attributed"


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vale spoke warmly of the harbour plan at the meeting.",
        "Tom Lind noted pointedly that the levy had doubled.",
    ],
)
def test_a_manner_adverb_may_stand_between_the_verb_and_its_topic(text: str) -> None:
    assert body(text)[0]["label"] == "attributed"


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vale spoke warmly at the meeting.",
        "Tom Lind reported quarterly earnings of the firm.",
    ],
)
def test_a_manner_adverb_without_a_topic_or_clause_is_not_attributed(text: str) -> None:
    assert body(text)[0]["label"] != "attributed"


def test_a_closing_report_clause_with_a_named_outlet_in_the_present() -> None:
    s = body("The ferry levy will be dropped in March, the Dunmere Gazette reports.")[0]
    assert s["label"] == "attributed"
    assert "Gazette" in s["attribution"]["source"]["text"]


@pytest.mark.parametrize(
    "text",
    [
        "Two people died in the bombing, the Dunmere attacks.",
        "The ferry levy was in the Dunmere Gazette reports.",
    ],
)
def test_a_named_noun_at_the_end_of_a_sentence_is_not_a_closing_report(text: str) -> None:
    assert body(text)[0]["label"] != "attributed"


def test_a_fronted_adverbial_without_a_comma_does_not_end_at_the_participle_comma() -> None:
    s = body("In May Ann Vale left the meeting, saying the levy was unfair.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "Ann Vale"


def test_a_participle_after_a_fronted_adverbial_needs_a_speech_verb() -> None:
    assert (
        body("In May Ann Vale left the meeting, waving to the crowd.")[0]["label"] != "attributed"
    )


def test_a_capitalised_adverb_opening_the_sentence_is_not_its_subject() -> None:
    s = body("Then she left the meeting, saying the levy was unfair.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "she"


def test_an_opening_adverb_does_not_make_a_participle_attributed() -> None:
    assert body("Then the storm hit the harbour, flooding the quay.")[0]["label"] != "attributed"


def test_an_adverb_led_participle_before_a_noun_is_an_adjective() -> None:
    text = "Ann Vale made a politically charged visit to the harbour."
    assert body(text)[0]["label"] != "attributed"


def test_a_subject_ending_in_ly_still_takes_its_reporting_verb() -> None:
    assert body("The family suggested that the levy be dropped.")[0]["label"] == "attributed"


def test_maintain_with_a_possessive_object_means_keep() -> None:
    s = body("Mayor Holm maintained her lead in the harbour race.")[0]
    assert s["label"] != "attributed"
    s = body("Mayor Holm maintained her fares were fair.")[0]
    assert cue_texts(s) == ["maintained"]


def test_a_passive_call_without_a_complement_is_a_race_call() -> None:
    assert body("The harbour seat was called Tuesday.")[0]["label"] != "attributed"
    assert body("Two wards have yet to be called.")[0]["label"] != "attributed"
    s = body("The harbour plan was called a fraud.")[0]
    assert s["label"] == "attributed"


def test_maintaining_ones_innocence_asserts_it() -> None:
    s = body("Ann Vale maintained her innocence.")[0]
    assert cue_texts(s) == ["maintained"]


def test_an_attack_without_a_target_is_violence() -> None:
    text = (
        "The guards never know where the raiders are until they attack"
        " -- and then the harbour burns."
    )
    assert body(text)[0]["label"] != "attributed"
    s = body("Ann Vale attacked the harbour plan.")[0]
    assert s["label"] == "attributed"


def test_a_double_hyphen_aside_is_skipped_like_an_em_dash() -> None:
    text = "The three planners -- Mr. Orle, Ms. Tabb and Mr. Venn -- agreed there are options."
    s = body(text)[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "agreed"
    assert body("Rents rose -- sharply -- in the harbour district.")[0]["label"] != "attributed"


def test_a_court_or_civic_office_holder_is_a_person_for_beliefs() -> None:
    for text in ("The sheriff believes the dam is unsafe.", "The plaintiffs believe it lied."):
        s = body(text)[0]
        assert s["label"] == "attributed", text
        assert s["attribution"]["cue"]["text"] in {"believes", "believe"}
    assert body("The county believes the bridge is unsafe.")[0]["label"] != "attributed"


def test_a_pronoun_with_apostrophe_s_before_its_own_verb_is_the_perfect() -> None:
    s = body("But she’s argued that the levy is unfair.")[0]
    assert s["attribution"]["source"]["text"] == "she"
    told = body("But he’s told that the levy is unfair.")[0]
    assert not [a for a in told.get("attributions", [told["attribution"]]) if a["source"]]


def test_a_bare_apostrophe_possessive_stays_in_the_source() -> None:
    s = body("Orlanders’ aides said the levy was unfair.")[0]
    assert s["attribution"]["source"]["text"] == "Orlanders’ aides"
    t = body("Vale sang ‘Silver Bells’ and aides said it was moving.")[0]
    assert t["attribution"]["source"]["text"] == "aides"


def test_a_passive_view_credits_a_person_agent_after_by() -> None:
    s = body("The harbour plan is considered unworkable by Mayor Lena Ost.")[0]
    assert s["attribution"]["source"]["text"] == "Mayor Lena Ost"
    assert s["attribution"]["cue"]["text"] == "considered"
    # a state or an institution holds no view (the mental-state boundary)
    t = body("The harbour levy is regarded as a tax by the state.")[0]
    assert not [a for a in atts(t) if a["source"]]


def test_a_fronted_time_phrase_without_a_comma_does_not_hide_the_subject() -> None:
    s = body("A few minutes later they reversed the order and said they would wait.")[0]
    assert s["attribution"]["source"]["text"] == "they"
    t = body("Minutes later Vale reversed the order and said she would wait.")[0]
    assert t["attribution"]["source"]["text"] == "Vale"
    # "later" after a name (not a time unit) is no fronted phrase: the name stays the subject
    u = body("Ann Vale later reversed the order and said she would wait.")[0]
    assert u["attribution"]["source"]["text"] == "Ann Vale"


def test_will_before_a_name_and_a_finite_verb_is_a_first_name() -> None:
    s = body("Will Brandt thinks the harbour levy is unfair.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "Will Brandt"
    t = body("Will Brandt said the harbour levy is unfair.")[0]
    assert t["attribution"]["source"]["text"] == "Will Brandt"
    # the modal takes the base form: a question, not a report
    assert body("Will Vale think the harbour levy is unfair?")[0]["label"] != "attributed"


def test_i_in_an_answer_turn_resolves_to_the_interviewee() -> None:
    text = (
        "Port Director Anselm Krall spoke to the Wire about the closure.\n\n"
        "Q: Will the pier close?\n\nA: I think it will stay open.\n\n"
        "Q: I think the levy is unfair?\n\nA: We believe it is fair.\n"
    )
    sents = body(text)
    answer = next(s for s in sents if s["text"].startswith("A: I think"))
    assert answer["attribution"]["source"]["text"] == "I"
    assert answer["attribution"]["source"]["name"] == "Anselm Krall"
    # the interviewer's "I" in a question turn is not the interviewee
    question = [s for s in sents if s["text"].startswith("Q: I think")]
    assert all(
        a["source"] is None or a["source"]["name"] != "Anselm Krall"
        for s in question
        for a in atts(s)
    )


@pytest.mark.parametrize(
    "title", ["Wow: Fares Will Fall Before Winter", "Just Leaked: Fares Will Fall Before Winter"]
)
def test_headline_kicker_before_a_colon_is_not_a_speaker(title: str) -> None:
    text = title + "\n\nThe port director spoke in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["role"] == "headline"
    assert head["attribution"] is None
    text = "Port Director Vale: Fares Will Fall Before Winter\n\nShe spoke in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == ":"


def test_headline_speaker_ending_in_a_statement_noun() -> None:
    text = "Harbor Post: Fares Will Fall Before Winter\n\nThe port director spoke on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == ":"
    assert head["attribution"]["source"]["text"] == "Harbor Post"
    text = "Mayor Vale Claims Fares Will Fall Before Winter\n\nShe spoke on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == "Claims"


def test_headline_possessed_noun_is_not_a_verb() -> None:
    text = "Dock Workers Answer Ruiz’s Harsh Claims About Fares\n\nThey spoke on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert all(a["cue"]["text"] != "Claims" for a in atts(head))
    text = "Dock Workers Union Claims Fares Will Fall\n\nThey spoke on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == "Claims"


def test_headline_surname_known_from_the_body() -> None:
    text = "Vale Endorses Ruiz\n\nMayor Anna Vale said on Monday that the fares would fall."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == "Endorses"
    assert head["attribution"]["source"]["text"] == "Vale"
    text = "Vale Endorses Ruiz\n\nThe ferry board met on Monday in Dorn."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"] is None


def test_finding_a_way_is_no_finding() -> None:
    s = body("Mayor Vale found a way to keep the ferry running.")[0]
    assert s["label"] != "attributed"
    s = body("Mayor Vale found that the ferry lost money.")[0]
    assert s["attribution"]["cue"]["text"] == "found"


def test_testifying_with_nothing_said_is_an_appearance() -> None:
    s = body("Harbor chief Holm testified before the council last spring.")[0]
    assert s["label"] != "attributed"
    s = body("Harbor chief Holm testified before the council that the pier was unsafe.")[0]
    assert s["attribution"]["cue"]["text"] == "testified"
    s = body("Holm will testify before the council about the fares.")[0]
    assert s["attribution"]["cue"]["text"] == "testify"


def test_adverb_form_after_an_article_modifies_a_noun() -> None:
    s = body("A fare cut is the only answer.")[0]
    assert s["label"] != "attributed"
    s = body("The pier ranks high on the storm-friendly list.")[0]
    assert s["label"] != "attributed"
    s = body("Mayor Vale quickly answers that the fares will fall.")[0]
    assert s["attribution"]["cue"]["text"] == "answers"


def test_revision_note_is_the_outlet_speaking_about_its_piece() -> None:
    s = body("This story has been updated to note that Mayor Vale posted the ferry plan.")[0]
    assert s["label"] != "attributed"
    s = body("Correction: An earlier version of this article said that Holm chaired the board.")[0]
    assert s["label"] != "attributed"
    s = body("Mayor Vale said this story was false.")[0]
    assert s["attribution"]["cue"]["text"] == "said"


@pytest.mark.parametrize(
    "text",
    [
        "But closing the pier is easier said than done in Dorn.",
        "Enough said.",
        "The same could not be said for Holm, who lost his seat.",
    ],
)
def test_idioms_with_said_report_nothing(text: str) -> None:
    assert body(text)[0]["label"] != "attributed"


def test_said_next_to_the_idiom_words_still_reports() -> None:
    s = body("Mayor Vale said the same could be true of Holm.")[0]
    assert s["attribution"]["cue"]["text"] == "said"
    s = body("“Enough,” Mayor Vale said.")[0]
    assert s["attribution"]["cue"]["text"] == "said"


def test_stress_and_recall_as_nouns() -> None:
    assert body("Dock workers suffer combat-level stress daily.")[0]["label"] != "attributed"
    assert body("Holm led a 2010 recall of three judges.")[0]["label"] != "attributed"
    s = body("Mayor Vale stressed that the fares would fall.")[0]
    assert s["attribution"]["cue"]["text"] == "stressed"
    s = body("Harbor officials stress the pier is safe.")[0]
    assert s["attribution"]["cue"]["text"] == "stress"


def test_relative_that_after_an_adverb() -> None:
    s = body("Holm has avoided the fringe label that often sticks to small parties.")[0]
    assert s["label"] != "attributed"
    s = body("The Dorn Hour was the only show that consistently covered the ferry.")[0]
    assert s["label"] != "attributed"
    s = body("Mayor Vale claims that only Holm can fix the pier.")[0]
    assert s["attribution"]["cue"]["text"] == "claims"


def test_counted_noun_after_a_number_word_or_ordinal() -> None:
    s = body("Strong showings in the dozen states that held votes helped Mayor Vale.")[0]
    assert s["label"] != "attributed"
    s = body("Dorn will be the fifth state that Holm is suing.")[0]
    assert s["label"] != "attributed"
    s = body("The harbor report states that the pier is unsafe.")[0]
    assert s["attribution"]["cue"]["text"] == "states"


def test_addressee_with_a_relative_clause_is_no_report() -> None:
    s = body("On Tuesday, Mayor Vale was speaking to a party that had just adopted a new platform.")
    assert s[0]["label"] != "attributed"
    s = body("Mayor Vale was speaking to reporters that morning, saying that the fares would fall.")
    assert s[0]["label"] == "attributed"


def test_short_quotation_standing_as_a_sentence_is_speech() -> None:
    text = "“The fares will fall by winter,” Mayor Anna Vale said. “Count on it.” The board met."
    reply = sentence(text, "“Count")
    assert reply["label"] == "attributed"
    assert source_of(reply)[1] == "Anna Vale"
    # a short quotation inside the outlet's own sentence is a scare quote, not speech
    scare = sentence(text + " The timetable, stamped “Final.” in red, ran long.", "The timetable")
    assert scare["label"] != "attributed"
    # a short title without a full stop stands alone but says nothing
    title = sentence(text + "\n\n“Harbour Nights”\n\nThe show airs later.", "“Harbour")
    assert title["label"] != "attributed"


def test_office_of_a_portfolio_is_a_titled_person() -> None:
    s = body("The former secretary of state mocked Ruiz for his ferry plan.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "The former secretary of state"
    s = body("The chief of staff wants to cut the harbor budget.")[0]
    assert s["label"] == "attributed"
    s = body("The state of the harbor wants more attention.")[0]
    assert s["label"] != "attributed"


def test_counted_share_before_a_noun_like_verb_is_its_subject() -> None:
    s = body("Six in 10 support the harbor plan.")[0]
    assert s["attribution"]["cue"]["text"] == "support"
    s = body("About three-quarters back a ban on night ferries.")[0]
    assert s["attribution"]["cue"]["text"] == "back"
    s = body("Last year only 32 percent of Dorn residents opposed the toll.")[0]
    assert s["attribution"]["cue"]["text"] == "opposed"
    s = body("A 61% majority of Dorn voters support the toll.")[0]
    assert s["label"] == "attributed"
    # the share as an object: "support" is a noun
    s = body("The mayor won 40 percent support among dockworkers.")[0]
    assert all(a["cue"]["text"] != "support" for a in atts(s))
    s = body("The 20 pledged delegates met in Dorn.")[0]
    assert s["label"] != "attributed"


def test_ranked_role_before_an_infinitive_of_stance() -> None:
    s = body("Tom Berrin was the first mayor in the region to endorse Vale.")[0]
    assert s["attribution"]["cue"]["text"] == "endorse"
    assert s["attribution"]["source"]["text"] == "Tom Berrin"
    s = body("He was among 12 councillors in 2019 to vote against the toll.")[0]
    assert s["label"] == "attributed"
    s = body("Ana Ruiz and Leo Marsh were the only Greens to vote against the toll.")[0]
    assert s["label"] == "attributed"
    # a rank with an act, or with a thing for subject, credits nothing
    s = body("Tom Berrin was the first of the three rivals to address the gala.")[0]
    assert s["label"] != "attributed"
    s = body("The ferry plan was the first to win approval from the board.")[0]
    assert s["label"] != "attributed"


def test_participle_after_a_common_noun_subject_continues_it() -> None:
    s = body("The former governor later sued, claiming the toll violated her rights.")[0]
    assert s["attribution"]["cue"]["text"] == "claiming"
    assert s["attribution"]["source"]["text"] == "The former governor"
    s = body("The storm hit the harbor on Monday, leaving two ferries adrift.")[0]
    assert s["label"] != "attributed"
    s = body("Even without a strong candidate to contend with, the Greens face a hard map.")[0]
    assert s["label"] != "attributed"


def test_reported_with_an_object_reports_it() -> None:
    s = body("Harbor police reported no arrests late Monday.")[0]
    assert s["attribution"]["cue"]["text"] == "reported"
    s = body("Harbor police reported at least 20 arrests late Monday.")[0]
    assert s["attribution"]["cue"]["text"] == "reported"
    s = body("Tom Berrin reported at Dorn on Monday.")[0]
    assert s["label"] != "attributed"
    s = body("The Dorn Herald first reported the mayor's decision on Sunday.")[0]
    assert s["label"] == "attributed"
    # a byline and a credit line report nothing
    s = body("Tom Berrin reported from Dorn.")[0]
    assert s["label"] != "attributed"
    s = body("(Additional reporting by Ana Ruiz; Editing by Leo Marsh.)")[0]
    assert s["label"] != "attributed"


def test_they_after_a_sentence_opened_by_plural_people() -> None:
    s = sentence("The two senators met in Dorn on Monday. They believe the toll will fail.", "They")
    assert s["attribution"]["cue"]["text"] == "believe"
    s = sentence("The harbors of Dorn closed on Monday. They want more money.", "They")
    assert s["label"] != "attributed"


def test_verb_whose_clause_lost_its_subject_to_a_relative() -> None:
    s = sentence(
        "Tom Berrin spoke. The leases, which he estimates will run for years, cost a lot.", "The"
    )
    assert s["attribution"]["cue"]["text"] == "estimates"
    s = sentence("Tom Berrin spoke. His hopes were dashed by the vote.", "His")
    assert s["label"] != "attributed"


def test_passive_stance_with_a_counted_share_for_agent() -> None:
    s = body("Vale was supported by 42 percent of the Greens surveyed in the Dorn poll.")[0]
    assert s["attribution"]["cue"]["text"] == "supported"
    assert s["attribution"]["source"]["text"].startswith("42 percent")
    s = body("The toll was backed by 52 votes in the harbor council.")[0]
    assert s["label"] != "attributed"


def test_received_stance_of_a_counted_share() -> None:
    s = body("Vale drew the support of 41 percent of the Greens surveyed.")[0]
    assert s["attribution"]["cue"]["text"] == "support"
    s = body("Vale drew the support of 41 dockworkers.")[0]
    assert s["label"] != "attributed"


def test_lone_quantifier_subject_of_a_state_or_stance() -> None:
    s = sentence("Ana Ruiz and Leo Marsh spoke. Both think the toll will fail.", "Both")
    assert s["attribution"]["cue"]["text"] == "think"
    s = body("Most oppose the new harbor toll;")[0]
    assert s["attribution"]["cue"]["text"] == "oppose"
    s = body("(Neither wanted to share his name with a reporter.)")[0]
    assert s["label"] == "attributed"
    # sweeping quantifiers and an adverb's "most" are no such subject
    s = body("Few think the toll will fail.")[0]
    assert all(a["cue"]["text"] != "think" or a["kind"] == "vague" for a in atts(s))
    s = body("The account, most recently known as Dorn Daily, was closed.")[0]
    assert s["label"] != "attributed"


def test_naming_verb_before_a_possessed_object() -> None:
    s = body("The Vale campaign called Ruiz’s report a “rush to judgment,” because it was early.")[
        0
    ]
    assert s["attribution"]["cue"]["text"] == "called"
    s = body("A group called Harbor First met in Dorn on Monday.")[0]
    assert s["label"] != "attributed"


def test_relative_that_before_a_name_and_its_state_verb() -> None:
    s = sentence("Tom Berrin spoke. It was a move that Berrin hopes will calm the harbor.", "It")
    assert s["attribution"]["cue"]["text"] == "hopes"
    s = sentence("Tom Berrin spoke. In that Berrin plan, the tolls rise.", "In")
    assert s["label"] != "attributed"


def test_appositive_relative_fused_with_its_auxiliary() -> None:
    s = sentence(
        "Tom Berrin spoke. But Berrin, who’s running for the board, added that he would win.",
        "But",
    )
    assert s["attribution"]["cue"]["text"] == "added"
    s = sentence(
        "Tom Berrin spoke. But Berrin, who’s running, added two stops to the route.", "But"
    )
    assert s["label"] != "attributed"


def test_plural_bodies_that_speak() -> None:
    s = body("The Vale campaign has the larger field staff, the campaigns agree.")[0]
    assert s["attribution"]["cue"]["text"] == "agree"
    s = body("The harbor departments declined to give details, saying the case was open.")[0]
    assert s["label"] == "attributed"
    s = body("The harbor, the docks agree, is too small.")[0]
    assert s["label"] != "attributed"


def test_known_person_takes_a_stance_on_a_gerund() -> None:
    s = sentence("Tom Berrin spoke. Berrin supports raising the harbor toll.", "Berrin")
    assert s["attribution"]["cue"]["text"] == "supports"
    s = sentence("Tom Berrin spoke. Berrin emails containing the plan were released.", "Berrin")
    assert s["label"] != "attributed"


def test_mindful_is_an_attitude() -> None:
    s = body("Tom Berrin is mindful of how fast the harbor race can change.")[0]
    assert s["attribution"]["cue"]["text"].startswith("is mindful")
    s = body("The harbor is mindful of nothing.")[0]
    assert s["label"] != "attributed"


def test_mentioned_with_an_object_says_it() -> None:
    s = sentence("Tom Berrin spoke. He did not mention the toll on the north ferries.", "He")
    assert s["attribution"]["cue"]["text"] == "mention"
    s = sentence("Tom Berrin spoke. The plan, as mentioned, failed.", "The")
    assert s["label"] != "attributed"


def test_participle_after_a_spaced_hyphen_or_an_adverb_continues_the_speaker() -> None:
    s = sentence(
        "Mayor Vale denounced the fare plan on Monday - saying it offered no relief to the "
        "islands.",
        "Mayor Vale",
    )
    assert [a["cue"]["text"] for a in atts(s)] == ["denounced", "saying"]
    assert atts(s)[1]["source"]["text"] == "Mayor Vale"
    s = sentence("Ferry riders criticized the board, often citing the delays at Dorn.", "Ferry")
    assert "citing" in [a["cue"]["text"] for a in atts(s)]
    s = sentence("Mayor Vale denounced the fare plan - leaving the hall at noon.", "Mayor Vale")
    assert [a["cue"]["text"] for a in atts(s)] == ["denounced"]


def test_verb_in_s_after_he_or_she_is_not_a_plural_noun() -> None:
    s = sentence(
        "Although Ana Ruiz opposed the toll, she supports keeping the ferry open.", "Although"
    )
    assert "supports" in [a["cue"]["text"] for a in atts(s)]
    s = sentence("Ana Ruiz opposed the toll, and the supports keeping the pier up failed.", "Ana")
    assert "supports" not in [a["cue"]["text"] for a in atts(s)]


def test_coordinated_verb_with_its_object_after_and() -> None:
    s = sentence("Ana Ruiz backs the toll and attacks the board for its fees.", "Ana")
    assert [a["cue"]["text"] for a in atts(s)] == ["backs", "attacks"]
    assert atts(s)[1]["source"]["text"] == "Ana Ruiz"
    s = sentence("The report covers taxes and attacks on the board.", "The report")
    assert s["label"] != "attributed"


def test_report_of_speech_in_a_clause_of_time_after_a_report() -> None:
    s = sentence(
        "Councillor Ana Ruiz revealed the figures on Monday when she boasted of the new ferry.",
        "Councillor",
    )
    assert [a["cue"]["text"] for a in atts(s)] == ["revealed", "boasted"]
    s = sentence(
        "Councillor Ana Ruiz said on Monday that she believed the ferry would run when she "
        "retired.",
        "Councillor",
    )
    assert [a["cue"]["text"] for a in atts(s)] == ["said"]
    s = sentence("Councillor Ana Ruiz said on Monday she had told the board.", "Councillor")
    assert [a["cue"]["text"] for a in atts(s)] == ["said"]


def test_verb_of_saying_after_likely_credited_to_a_group() -> None:
    s = sentence("Dorn voters are more likely to say the fares are too high.", "Dorn")
    assert s["attribution"]["cue"]["text"] == "say"
    assert source_of(s)[0] == "Dorn voters"
    s = sentence("The new fares are more likely to criticize the old timetable.", "The new")
    assert s["label"] != "attributed"


def test_expressing_a_feeling_or_opinion_after_a_possessive() -> None:
    s = sentence("Councillor Ana Ruiz voiced her disapproval of the ruling.", "Councillor")
    assert s["attribution"]["cue"]["text"] == "voiced her disapproval"
    s = sentence("Councillor Ana Ruiz expressed astonishment at the new fares.", "Councillor")
    assert s["attribution"]["cue"]["text"] == "expressed astonishment"
    s = sentence("Councillor Ana Ruiz expressed the parcel to Dorn on Monday.", "Councillor")
    assert s["label"] != "attributed"


def test_stance_coordinated_with_a_report_by_the_same_subject() -> None:
    s = sentence(
        "Councillor Ana Ruiz praised the ferry plan and offered to lead the board.", "Councillor"
    )
    assert [a["cue"]["text"] for a in atts(s)] == ["praised", "offered"]
    s = sentence(
        "Councillor Ana Ruiz said she liked the ferry plan and offered to lead the board.",
        "Councillor",
    )
    assert [a["cue"]["text"] for a in atts(s)] == ["said"]
    s = sentence("Councillor Ana Ruiz praised the ferry plan, which the union opposes.", "Coun")
    assert [a["cue"]["text"] for a in atts(s)] == ["praised"]


def test_report_in_a_relative_clause_of_the_subject_does_not_absorb_the_main_verb() -> None:
    s = sentence("The groups who wrote to her on Monday say the fares are too high.", "The groups")
    assert [a["cue"]["text"] for a in atts(s)] == ["wrote", "say"]
    s = sentence("Mayor Ana Vale, who said Ruiz had asked for a delay, left the hall.", "Mayor")
    assert [a["cue"]["text"] for a in atts(s)] == ["said"]


def test_verbs_of_scolding_and_alluding_are_speech() -> None:
    s = sentence("Councillor Ana Ruiz lambasted the board and alluded to the fares.", "Councillor")
    assert [a["cue"]["text"] for a in atts(s)] == ["lambasted", "alluded to"]
    s = sentence("She went on television and chastised the board for its fees.", "She")
    assert s["attribution"]["cue"]["text"] == "chastised"
    s = sentence("The ferry alluded the rocks near Dorn.", "The ferry")
    assert s["label"] != "attributed"


def test_vouching_recanting_and_repudiating_are_attributed() -> None:
    s = sentence("Councillor Ana Ruiz vouched for the mayor on Monday.", "Councillor")
    assert s["attribution"]["cue"]["text"] == "vouched for"
    s = sentence("Councillor Ana Ruiz recanted and repudiated the dock union.", "Councillor")
    assert [a["cue"]["text"] for a in atts(s)] == ["recanted", "repudiated"]
    s = sentence("The landing gear of the old ferry was retracted in Dorn.", "The landing")
    assert s["label"] != "attributed"


def test_likening_sparring_and_mulling_are_attributed() -> None:
    s = sentence(
        "Councillor Ana Ruiz likened the toll to a tax and sparred with the mayor.", "Councillor"
    )
    assert [a["cue"]["text"] for a in atts(s)] == ["likened", "sparred"]
    s = sentence("Councillor Ana Ruiz is mulling a run for mayor.", "Councillor")
    assert s["attribution"]["cue"]["text"] == "mulling"
    s = sentence("The harbor board is mulling a new toll for the ferry.", "The harbor")
    assert s["label"] != "attributed"  # a board's deliberation is not a person's state


def test_reciting_venting_and_being_leery_are_attributed() -> None:
    s = sentence("Councillor Ana Ruiz recited the fares and vented about the board.", "Councillor")
    assert [a["cue"]["text"] for a in atts(s)] == ["recited", "vented"]
    s = sentence("Councillor Ana Ruiz is leery of the new toll.", "Councillor")
    assert s["attribution"]["cue"]["text"] == "is leery"
    s = sentence("The leery ferry captain steered past the rocks.", "The leery")
    assert s["label"] != "attributed"


def test_participle_after_a_verb_of_beginning_or_going_on_is_one_verb() -> None:
    s = sentence("Councillor Ana Ruiz kept asking her why the ferry was late.", "Councillor")
    assert s["attribution"]["cue"]["text"] == "kept asking"
    assert source_of(s)[0] == "Councillor Ana Ruiz"
    s = sentence("The ferry kept running past the old pier at Dorn.", "The ferry")
    assert s["label"] != "attributed"


def test_participle_of_saying_after_a_state_reports_speech() -> None:
    s = sentence(
        "Mayor Ana Vale has sought to regain the initiative by pledging a new ferry.", "Mayor"
    )
    pledging = [a for a in atts(s) if a["cue"]["text"] == "pledging"]
    assert pledging and pledging[0]["kind"] == "indirect"
    s = sentence("Mayor Ana Vale has sought to regain the initiative by building a pier.", "Mayor")
    assert [a["cue"]["text"] for a in atts(s)] == ["sought"]


def test_assurances_and_allegations_are_speech_nouns() -> None:
    s = sentence("Councillor Ana Ruiz's allegations of fraud angered the board.", "Coun")
    assert s["attribution"]["cue"]["text"] == "allegations"
    s = sentence("Councillor Ana Ruiz's denunciation of the toll angered the board.", "Coun")
    assert s["attribution"]["cue"]["text"] == "denunciation"
    s = sentence("The assurances on the ticket were printed in red.", "The assurances")
    assert s["label"] != "attributed"


def test_make_with_a_noun_of_speech_and_its_topic() -> None:
    s = sentence("Mayor Ana Vale made conflicting statements about the ferry.", "Mayor")
    assert s["attribution"]["cue"]["text"] == "made conflicting statements"
    s = sentence(
        "Mayor Ana Vale talked about the fares and made comments about the ferry.", "Mayor"
    )
    assert [a["cue"]["text"] for a in atts(s)] == ["talked about", "made comments"]
    s = sentence("Mayor Ana Vale delivered remarks on the ferry.", "Mayor")
    assert s["attribution"]["cue"]["text"] == "delivered remarks"
    s = sentence("Mayor Ana Vale made statements of account for the ferry board.", "Mayor")
    assert s["label"] != "attributed"  # no topic or clause: a document drawn up


def test_statement_with_any_participle_of_saying() -> None:
    s = sentence("Mayor Ana Vale issued a statement condemning the toll.", "Mayor")
    assert s["attribution"]["cue"]["text"] == "issued a statement"
    s = sentence("Mayor Ana Vale issued a statement covering the toll.", "Mayor")
    assert s["label"] != "attributed"


def test_appositive_source_runs_to_its_closing_comma() -> None:
    s = body("Tomas Ekdal, the harbor master, said the ferry would run.")[0]
    assert source_of(s) == ("Tomas Ekdal, the harbor master,", "Tomas Ekdal")
    s = body("Tomas Ekdal, meanwhile, said the ferry would run.")[0]
    assert source_of(s)[0] == "Tomas Ekdal"
    s = body("Tomas Ekdal said, after a pause, that the ferry would run.")[0]
    assert source_of(s)[0] == "Tomas Ekdal"


def test_apposition_after_an_inverted_source_belongs_to_it() -> None:
    s = body("“We will not,” said Tomas Ekdal, the harbor master of Dorn.")[0]
    assert source_of(s) == ("Tomas Ekdal, the harbor master of Dorn", "Tomas Ekdal")
    s = body("“We will not,” said Tomas Ekdal, a pilot, in an interview.")[0]
    assert source_of(s)[0] == "Tomas Ekdal, a pilot,"
    s = body("“We will not,” said Tomas Ekdal, adding that the ferry would run.")[0]
    assert source_of(s)[0] == "Tomas Ekdal"


def test_initials_and_abbreviations_stay_inside_a_source() -> None:
    s = body("“We will not,” said Tomas R. Ekdal, a pilot.")[0]
    assert source_of(s) == ("Tomas R. Ekdal, a pilot", "Tomas R. Ekdal")
    s = body("U.K. officials said the ferry would run.")[0]
    assert source_of(s)[0] == "U.K. officials"
    s = body("“We will not,” said Tomas Ekdal. The ferry runs.")[0]
    assert source_of(s)[0] == "Tomas Ekdal"


def test_possessive_in_the_predicate_is_bound_by_the_subject() -> None:
    s = body("Tomas Ekdal sharpened his attacks on the harbor board.")[0]
    assert source_of(s) == ("Tomas Ekdal", "Tomas Ekdal")
    s = body("His attacks on the harbor board drew applause.")[0]
    assert source_of(s)[0] == "His"


def test_clause_subject_with_lowercase_modifiers() -> None:
    text = "Three present and former tenants separately told the Courier it was shut."
    s = body(text)[0]
    assert source_of(s)[0] == "Three present and former tenants"
    s = body("But the former port director arrived late and praised the plan.")[0]
    assert source_of(s)[0] == "the former port director"
    s = body("The ferry crossed the harbor and said nothing.")[0]
    assert source_of(s)[0] is None


def test_subject_before_a_party_tag_and_an_apposition_or_a_dash_aside() -> None:
    s = body("And Sen. Tomas Ekdal (R-Dorn), a harbor master, said the ferry would run.")[0]
    assert source_of(s)[0] == "Sen. Tomas Ekdal (R-Dorn), a harbor master,"
    s = body("Tomas Ekdal - who once said he would quit - said the ferry would run.")[0]
    assert "Tomas Ekdal" in [a["source"]["text"] for a in atts(s) if a["source"]]
    s = body("Tomas Ekdal - who once said he would quit.")[0]
    assert "Tomas Ekdal" not in [a["source"]["text"] for a in atts(s) if a["source"]]


def test_source_phrase_opens_with_its_quantity_not_with_that() -> None:
    s = body("It is a plan that Tomas Ekdal has backed since spring.")[0]
    assert source_of(s)[0] == "Tomas Ekdal"
    s = body("Only 16 percent of Dorn voters say the ferry is late.")[0]
    assert source_of(s)[0] == "16 percent of Dorn voters"
    s = body("That report said the ferry would run.")[0]
    assert source_of(s)[0] == "That report"


def test_source_keeps_a_leading_modifier() -> None:
    s = body("The depot is shut, federal inspectors said.")[0]
    assert source_of(s)[0] == "federal inspectors"
    s = body("The ferry was backed by former Dorn Gov. Tomas Ekdal.")[0]
    assert source_of(s)[0] == "former Dorn Gov. Tomas Ekdal"
    s = body("The crew met Tomas Ekdal and then the mayor said the ferry would run.")[0]
    assert source_of(s)[0] == "the mayor"


def test_coordinated_subject_is_one_source_mention() -> None:
    s = body("Tomas Ekdal and his deputies have said they will fight.")[0]
    assert source_of(s)[0] == "Tomas Ekdal and his deputies"
    s = body("The board, the union and the mayor said the ferry would run.")[0]
    assert source_of(s)[0] == "The board, the union and the mayor"
    s = body("He met Tomas Ekdal and the mayor said nothing.")[0]
    assert source_of(s)[0] == "the mayor"


def test_participle_after_an_object_that_cannot_speak_belongs_to_the_subject() -> None:
    s = body("The Dorn board passed a motion urging a delay to the ferry plan.")[0]
    assert source_of(s)[0] == "The Dorn board"
    s = body("The Dorn board met the mayor urging a delay to the ferry plan.")[0]
    assert source_of(s)[0] == "the mayor"


def test_pronoun_fused_with_its_auxiliary_is_the_source_mention() -> None:
    s = body("She’s said the ferry would run.")[0]
    assert source_of(s)[0] == "She"
    s = body("It’s said the ferry would run.")[0]
    assert source_of(s)[0] is None


def test_source_after_its_verb_keeps_the_phrase_that_places_the_person() -> None:
    s = body("The ferry will run, according to a person close to the harbor board.")[0]
    assert source_of(s)[0] == "a person close to the harbor board"
    s = body("“We will win,” said Senator Tomas Ekdal of Dorn in an interview.")[0]
    assert source_of(s)[0] == "Senator Tomas Ekdal of Dorn"
    s = body("“We will win,” said Tomas Ekdal in an interview.")[0]
    assert source_of(s)[0] == "Tomas Ekdal"


def test_a_slash_joins_two_names_in_a_source() -> None:
    s = body("Vale leads, according to a Gazette/Ipsos poll.")[0]
    assert source_of(s) == ("a Gazette/Ipsos poll", "Gazette/Ipsos poll")
    s = body("Vale leads, according to the Gazette / a rival paper.")[0]
    assert source_of(s)[0] != "the Gazette / a rival paper"


def test_subject_before_a_time_phrase_and_a_fused_relative() -> None:
    s = body("Mayor Tomas Ekdal, the town's top official, on Tuesday called the plan reckless.")[0]
    assert source_of(s)[0] == "Mayor Tomas Ekdal, the town's top official,"
    s = body("Then Tomas Ekdal, who's planning a bid, said it was impossible.")[0]
    assert source_of(s)[0] == "Tomas Ekdal, who's planning a bid,"
    s = body("The ferry, in Dorn on Tuesday, called at the pier.")[0]
    assert s["attribution"] is None


def test_a_verb_in_a_list_of_the_subject_verbs_has_the_subject_as_source() -> None:
    text = "Mayor Tomas Ekdal first praised the plan, called it bold and left."
    assert "Mayor Tomas Ekdal" in [a["source"]["text"] for a in atts(body(text)[0]) if a["source"]]
    cues = [a["cue"]["text"] for a in atts(body(text)[0]) if a["source"]]
    assert "called" in cues
    text = "The ferry first praised nothing, called at Dorn and left."
    assert body(text)[0]["attribution"] is None


def test_apposition_without_an_article_or_with_whose() -> None:
    s = body("Tomas Ekdal, head of the Dorn union, said the ferry would run.")[0]
    assert source_of(s)[0] == "Tomas Ekdal, head of the Dorn union,"
    s = body("Tomas Ekdal, whose firm runs the ferry, said it would run.")[0]
    assert source_of(s)[0] == "Tomas Ekdal, whose firm runs the ferry,"
    s = body("Tomas Ekdal, running late, said it would run.")[0]
    assert source_of(s)[0] == "Tomas Ekdal"


def test_a_share_of_a_group_opens_the_source() -> None:
    s = body("By then three-quarters of the dockworkers said the pier was unsafe.")[0]
    assert source_of(s)[0] == "three-quarters of the dockworkers"
    s = body("All four of the aides believe the ferry will run.")[0]
    assert source_of(s)[0] == "All four of the aides"
    s = body("The board of the port said nothing.")[0]
    assert source_of(s)[0] == "The board of the port"


def test_apposition_closing_an_according_to_source() -> None:
    s = body("The ferry will run, according to Tomas Ekdal, head of the Dorn union.")[0]
    assert source_of(s)[0] == "Tomas Ekdal, head of the Dorn union"
    s = body("In Dorn, according to Tomas Ekdal, the ferry will run.")[0]
    assert source_of(s)[0] == "Tomas Ekdal"
    s = body("According to Tomas Ekdal, the ferry will run.")[0]
    assert source_of(s)[0] == "Tomas Ekdal"


def test_a_document_keeps_its_release_date_before_its_verb() -> None:
    s = body("A Gazette poll released Monday found that Tomas Ekdal leads.")[0]
    assert source_of(s)[0] == "A Gazette poll released Monday"
    s = body("A Gazette poll found on Monday that Tomas Ekdal leads.")[0]
    assert source_of(s)[0] == "A Gazette poll"


def test_who_heads_the_coordinated_verbs_of_its_relative_clause() -> None:
    text = "The mayor who fired the harbor chief and boasted of it now wants peace."
    assert source_of(body(text)[0]) == ("who", "The mayor")
    text = "Ekdal - who read the report and weighed a reply with aides - will run."
    s = body(text)[0]
    assert ("who", "Ekdal") in [(a["source"]["text"], a["source"]["name"]) for a in atts(s)]
    s = body("The crowd cheered and Ekdal weighed a reply with aides.")[0]
    assert "who" not in [a["source"]["text"] for a in atts(s) if a["source"]]


def test_a_dotted_abbreviation_keeps_its_last_full_stop_in_a_source() -> None:
    s = sentence("The F.B.I. has said it is not investigating the board.", "The F.B.I.")
    assert source_of(s) == ("The F.B.I.", "F.B.I.")
    s = sentence("The board has not been investigated, said the F.B.I.", "The board")
    assert source_of(s)[0] == "the F.B.I."


def test_in_a_persons_view_credits_the_opinion() -> None:
    text = "Mayor Ana Vale said the toll was high. In her view, the ferry will close by May."
    s = sentence(text, "In her view")
    assert s["attribution"]["cue"]["text"] == "view"
    assert s["attribution"]["source"]["name"] == "Ana Vale"
    s = sentence("In Norway's view, the ferry will close by May.", "In Norway")
    assert s["label"] != "attributed"  # a state's view is the outlet's inference


def test_concern_raised_by_a_subject_out_of_the_chunkers_reach() -> None:
    text = "Mayor Ana Vale walked to the board room on Monday to raise concerns about the ferry."
    s = sentence(text, "Mayor")
    assert s["attribution"]["cue"]["text"] == "raise concerns"
    assert s["attribution"]["source"]["name"] == "Ana Vale"
    s = sentence("Mayor Ana Vale walked to the board room on Monday to raise interest rates.", "M")
    assert s["label"] != "attributed"  # "interest rates": no attitude
    s = sentence(
        "The ledgers piled up in Dorn last week, raising questions about the ferry.",
        "The ledgers",
    )
    assert s["label"] != "attributed"  # a thing raising questions holds no concern


def test_in_a_titled_persons_assessment() -> None:
    s = sentence("The only remedy, in Professor Ilse Marr's assessment, is a toll.", "The only")
    assert s["attribution"]["cue"]["text"] == "assessment"
    s = sentence("The only remedy, in the port's assessment, is a toll.", "The only")
    assert s["label"] != "attributed"


def test_a_legal_text_speaks_through_its_provisions() -> None:
    s = sentence("The harbour bill would require ferries to carry two rafts.", "The harbour")
    assert s["attribution"]["cue"]["text"] == "require"
    assert s["attribution"]["source"]["text"] == "The harbour bill"
    s = sentence("Dorn's county law prohibits night sailing.", "Dorn")
    assert s["attribution"]["cue"]["text"] == "prohibits"
    s = sentence("The night crossing requires stamina.", "The night")
    assert s["label"] != "attributed"  # no legal text: the outlet's own statement
    s = sentence("The ferry carries fewer rafts than the law requires.", "The ferry")
    assert s["label"] != "attributed"  # nothing provided follows the verb


def test_a_poll_that_has_or_gives_a_candidate_a_standing() -> None:
    s = sentence("The latest Gazette poll has Ruiz leading Vale by six points.", "The latest")
    assert s["attribution"]["cue"]["text"] == "has"
    assert s["attribution"]["kind"] == "evidence"
    s = sentence("The Gazette poll gave Ruiz a 10-point lead in Dorn.", "The Gazette")
    assert s["attribution"]["cue"]["text"] == "gave"
    s = sentence("The poll has a margin of error of 3 points.", "The poll")
    assert s["label"] != "attributed"  # the poll described, nothing found
    s = sentence("The mayor has Ruiz leading the parade.", "The mayor")
    assert s["label"] != "attributed"  # no poll


def test_idioms_of_attack_and_mention_with_a_varying_noun_phrase() -> None:
    s = sentence("Mayor Ana Vale has taken frequent shots at the ferry board.", "Mayor")
    assert s["attribution"]["cue"]["text"] == "taken frequent shots at"
    s = sentence("Mayor Ana Vale took a direct swing at Councillor Ruiz.", "Mayor")
    assert s["attribution"]["cue"]["text"] == "took a direct swing at"
    s = sentence("Mayor Ana Vale made a compelling case that the pier must close.", "Mayor")
    assert s["attribution"]["cue"]["text"] == "made a compelling case"
    s = sentence("Mayor Ana Vale would not rule out a second ferry.", "Mayor")
    assert s["attribution"]["cue"]["text"] == "rule out"
    s = sentence("Mayor Ana Vale stood by her remarks about the toll.", "Mayor")
    assert s["attribution"]["cue"]["text"] == "stood by"
    s = sentence("Mayor Ana Vale lit into the board over the fares.", "Mayor")
    assert s["attribution"]["cue"]["text"] == "lit into"
    # the physical senses and a noun phrase with no complement stay unattributed
    s = sentence("Mayor Ana Vale took a long swim at the lake.", "Mayor")
    assert s["label"] != "attributed"
    s = sentence("Mayor Ana Vale swung at the ball and missed.", "Mayor")
    assert s["label"] != "attributed"
    s = sentence("Mayor Ana Vale took some shots of the pier.", "Mayor")
    assert s["label"] != "attributed"
    s = sentence("Mayor Ana Vale sounded the alarms of the old ferry.", "Mayor")
    assert s["label"] != "attributed"


def test_relative_that_after_a_noun_that_speaks_or_carries_words() -> None:
    s = sentence("The harbour board aired an ad that attacks Mayor Vale over the fares.", "The")
    assert s["attribution"]["cue"]["text"] == "attacks"
    s = sentence("Dorn has a ferry union that endorsed Councillor Ruiz last spring.", "Dorn")
    assert s["attribution"]["cue"]["text"] == "endorsed"
    # "that" after a verb opens a that-clause, and a state does not hold a stance
    s = sentence("The state that supports the ferry is Kelm.", "The state")
    assert s["label"] != "attributed"
    s = sentence("The pier that flooded last spring was rebuilt.", "The pier")
    assert s["label"] != "attributed"


def test_idioms_with_an_article_after_a_preposition_and_listing_aloud() -> None:
    s = sentence("Councillor Ana Ruiz rushed to his defense on Monday.", "Coun")
    assert s["attribution"]["cue"]["text"] == "rushed to his defense"
    s = sentence("Councillor Ana Ruiz ticked off a list of complaints about the ferry.", "Coun")
    assert s["attribution"]["cue"]["text"] == "ticked off"
    s = sentence("Councillor Ana Ruiz backed away from the toll plan.", "Coun")
    assert s["attribution"]["cue"]["text"] == "backed away from"
    s = sentence("Councillor Ana Ruiz rushed to the pier on Monday.", "Coun")
    assert s["label"] != "attributed"


def test_relative_which_after_a_body_that_speaks_carries_its_stance() -> None:
    s = sentence("The ferry union, which endorsed Mayor Vale in May, spent heavily on ads.", "The")
    assert s["attribution"]["cue"]["text"] == "endorsed"
    s = sentence("Kelm, which supports the ferry, is a small state.", "Kelm")
    assert s["label"] != "attributed"


def test_idioms_of_proposing_and_of_withholding_words() -> None:
    s = sentence("Mayor Ana Vale made no mention of the ferry in her speech.", "Mayor")
    assert s["attribution"]["cue"]["text"] == "made no mention of"
    s = sentence("Mayor Ana Vale makes no apologies for her remarks on the toll.", "Mayor")
    assert s["attribution"]["cue"]["text"] == "makes no apologies for"
    s = sentence("Mayor Ana Vale threw her weight behind the toll plan.", "Mayor")
    assert s["attribution"]["cue"]["text"] == "threw her weight behind"
    s = sentence("Mayor Ana Vale threw her bag behind the door.", "Mayor")
    assert s["label"] != "attributed"


def test_subject_before_an_adjective_apposition_or_a_party_tag_and_a_relative() -> None:
    s = sentence("But Tom Hale, eager all evening to needle the mayor, attacked Ruiz.", "But")
    assert s["attribution"]["cue"]["text"] == "attacked"
    s = sentence("Sen. Ana Ruiz (R-Kelm), who is in a tight race, endorsed the toll.", "Sen")
    assert s["attribution"]["cue"]["text"] == "endorsed"
    assert s["attribution"]["source"]["name"] == "Ana Ruiz"
    s = sentence("The pier, open all year, attracted Ruiz.", "The pier")
    assert s["label"] != "attributed"


def test_by_after_the_object_of_an_active_verb_names_a_means() -> None:
    text = "“The pier will close in May,” Mayor Vale told Tom Hale by phone."
    s = sentence(text, "“The pier")
    assert s["attribution"]["cue"]["text"] == "told"
    assert s["attribution"]["source"]["name"] == "Vale"
    s = sentence("The toll plan, endorsed last week by Mayor Vale, failed.", "The toll")
    assert s["attribution"]["source"]["name"] == "Vale"


def test_an_opening_mark_typed_where_the_quotation_closes() -> None:
    s = sentence("“The pier is unsafe,“ said Tom Hale, a harbour pilot.", "“The pier")
    assert s["attribution"]["cue"]["text"] == "said"
    assert s["attribution"]["source"]["name"] == "Tom Hale"
    # a real opening mark after a comma still opens a quotation
    s = sentence("Tom Hale, a pilot, said: “The pier is unsafe and must close.”", "Tom")
    assert s["attribution"]["cue"]["text"] == "said"


def test_passive_agent_of_people_by_what_they_do_or_bodies_that_speak() -> None:
    s = body("The toll was never mentioned by the panel moderators.")[0]
    assert s["attribution"]["cue"]["text"] == "mentioned"
    assert s["attribution"]["source"]["text"] == "the panel moderators"
    s = body("Mayor Vale was criticized by ferry commuters on social media.")[0]
    assert s["attribution"]["source"]["text"] == "ferry commuters"
    text = "Ruiz, who has been endorsed by both the dock workers unions and the pilots guild, won."
    assert body(text)[0]["attribution"]["cue"]["text"] == "endorsed"
    # a cause is no speaker: no people, no body
    assert body("The pier plan was backed by prodigious amounts of research.")[0]["label"] != (
        "attributed"
    )
    assert body("The new fares were shaped by rising costs.")[0]["label"] != "attributed"


def test_a_middle_initial_keeps_a_name_a_person() -> None:
    s = body("Patrick J. Holm has not endorsed the toll plan.")[0]
    assert s["attribution"]["cue"]["text"] == "endorsed"
    assert s["attribution"]["source"]["text"] == "Patrick J. Holm"
    # a state is no person, with or without a full stop in its name
    assert body("The U.S. has not endorsed the toll plan.")[0]["label"] != "attributed"


def test_participle_of_saying_after_a_common_noun_subject_for_people() -> None:
    text = "The families of the pier crews had gathered early, warning that the closure would hurt."
    s = body(text)[0]
    assert s["attribution"]["cue"]["text"] == "warning"
    assert s["attribution"]["source"]["text"] == "The families"
    # a subject that names no people or body does not speak
    text = "The long queues at the pier grew all week, suggesting that the ferry was short of crew."
    assert body(text)[0]["label"] != "attributed"


def test_considering_after_a_form_of_be_is_a_verb() -> None:
    s = body("The judge is also considering whether to close the pier.")[0]
    assert s["attribution"]["cue"]["text"] == "considering"
    # the preposition: "given", "in view of"
    text = "Considering the storm, the ferry left early."
    assert body(text)[0]["label"] != "attributed"


def test_a_singular_body_and_its_verb_in_s_with_an_object() -> None:
    s = body("The ministry calls the pier plan a gem.")[0]
    assert s["attribution"]["cue"]["text"] == "calls"
    assert s["attribution"]["source"]["text"] == "The ministry"
    # a compound noun with no object after it
    assert body("The ministry calls were logged on Monday.")[0]["label"] != "attributed"


def test_verb_of_saying_credited_to_a_plural_for_people_by_what_they_do() -> None:
    s = body("Other commuters pointed to the long queues at the pier.")[0]
    assert s["attribution"]["cue"]["text"] == "pointed to"
    assert s["attribution"]["source"]["text"] == "Other commuters"
    # a plural of things is no speaker, nor is a singular role that reveals an object
    assert body("Other papers pointed to the long queues at the pier.")[0]["label"] != (
        "attributed"
    )


@pytest.mark.parametrize(
    "title",
    [
        "The Harbor Circle: A Hard Winter for the Ferries",
        "Big Win For Dorn: Ferry Fares Will Fall",
        "Ferry Update: The latest count of the sailings",
        "EXCLUSIVE – Ferry Update: Fares Will Fall",
    ],
)
def test_headline_rubric_with_a_function_word_or_a_rubric_noun_is_no_speaker(title: str) -> None:
    text = title + "\n\nThe port director spoke in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["role"] == "headline"
    assert head["attribution"] is None


@pytest.mark.parametrize(
    "title",
    [
        "Port Director Vale: Fares Will Fall Before Winter",
        "EXCLUSIVE – Anna Vale: Fares Will Fall Before Winter",
        "Anna Vale to Dock Workers: Fares Will Fall Before Winter",
        "Harbor Rights Watch: Fares Will Fall Before Winter",
    ],
)
def test_headline_speaker_before_a_colon_after_a_dash_or_with_an_addressee(title: str) -> None:
    text = title + "\n\nAnna Vale spoke in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == ":"


def test_headline_to_infinitive_announces_a_plan_of_the_subject() -> None:
    text = "Vale to endorse Ruiz for mayor\n\nAnna Vale said on Monday that the fares would fall."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == "to endorse"
    assert head["attribution"]["source"]["name"] == "Anna Vale"
    # a verb before "to" governs it: the plan is not the title's subject's
    text = "Vale Pushes Aides to Endorse Ruiz\n\nAnna Vale said on Monday that fares would fall."
    head = check_text(text).to_dict()["sentences"][0]
    assert all(a["cue"]["text"] != "to Endorse" for a in atts(head))
    # in body text "to" + verb after a name is no plan
    s = body("He sent a letter from Vale to endorse the toll.")[0]
    assert s["label"] != "attributed"


def test_title_case_headline_made_a_statement_about() -> None:
    text = "Vale Makes Strong Statement About Ferry Fares\n\nAnna Vale spoke in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == "Makes Strong Statement"
    assert head["attribution"]["source"]["name"] == "Anna Vale"
    # a statement noun with no topic after it is an event
    text = "Vale Makes Strong Statement in Dorn\n\nAnna Vale spoke in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"] is None


def test_headline_state_under_a_future_is_the_outlets_forecast() -> None:
    text = "Vale Wears a Shirt Ruiz Will Hate\n\nAnna Vale and Tom Ruiz spoke in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"] is None
    text = "Vale Hates the Ferry Fares Plan\n\nAnna Vale spoke in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == "Hates"


def test_headline_text_or_speech_noun_before_a_colon_and_a_quotation() -> None:
    text = "Harbor Times editorial: 'Deport Tom Hale.'\n\nThe editorial ran in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == ":"
    assert head["attribution"]["source"]["text"] == "Harbor Times editorial"
    # a noun of neither speech nor text before the colon is a heading
    text = "Harbor Times crossword: 'Deport Tom Hale.'\n\nThe puzzle ran in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"] is None


def test_headline_kicker_before_a_colon_is_no_subject() -> None:
    text = "Busted: Emails Reveal Vale Hid the Ferry Fares\n\nAnna Vale spoke in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == "Reveal"
    assert head["attribution"]["source"]["text"] == "Emails"
    assert all(a["source"]["text"] != "Busted" for a in atts(head) if a["source"])


def test_headline_speaker_on_a_topic_or_to_an_addressee_before_a_colon() -> None:
    text = "Port Director On Tolls: ‘We Will Not Raise Them Again.’\n\nShe spoke in Dorn."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == ":"
    assert head["attribution"]["source"]["text"] == "Port Director"
    text = "Anna Vale to Dock Workers: fares will not rise\n\nAnna Vale spoke in Dorn."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["source"]["text"] == "Anna Vale"
    # with no speaker before "on", the whole label stays the source
    text = "Harbor Post: ‘We Will Not Raise the Tolls Again.’\n\nThe port director spoke."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["source"]["text"] == "Harbor Post"


def test_headline_get_passive_has_no_speaker_subject() -> None:
    text = "Vale Just Got Asked About Ruiz – Her Answer Is Short\n\nAnna Vale spoke in Dorn."
    head = check_text(text).to_dict()["sentences"][0]
    assert all(a["source"] is None for a in atts(head))
    text = "Vale Just Asked About Ruiz – Her Answer Is Short\n\nAnna Vale spoke in Dorn."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["source"]["text"] == "Vale"


def test_headline_label_with_a_noun_form_inside_before_the_colon() -> None:
    text = "Harbor Post Fact-Check: If Vale Says It, It Is True\n\nThe port director spoke."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == ":"
    assert head["attribution"]["source"]["text"] == "Harbor Post Fact-Check"
    text = "Mayor Vale Claims Fares Will Fall: Dock Workers Doubt It\n\nShe spoke on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == "Claims"


def test_title_case_second_verb_after_a_comma_shares_the_first_subject() -> None:
    text = "Vale Aims Jab At Ruiz, Slams Fares Plan Instead\n\nAnna Vale and Tom Ruiz spoke."
    head = check_text(text).to_dict()["sentences"][0]
    slams = next(a for a in atts(head) if a["cue"] and a["cue"]["text"] == "Slams")
    assert slams["source"]["name"] == "Anna Vale"
    # with a subject of its own after the comma, that subject speaks
    text = "Vale Aims Jab At Ruiz, Holm Slams Fares Plan\n\nAnna Vale and Ed Holm spoke."
    head = check_text(text).to_dict()["sentences"][0]
    slams = next(a for a in atts(head) if a["cue"] and a["cue"]["text"] == "Slams")
    assert slams["source"]["name"] == "Ed Holm"


def test_short_forms_of_party_camps_hold_positions() -> None:
    text = "Dems hope the ferry fares will fall\n\nAnna Vale spoke in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == "hope"
    assert head["attribution"]["source"]["text"] == "Dems"
    # a sweeping group's hope stays the outlet's
    text = "Riders hope the ferry fares will fall\n\nAnna Vale spoke in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"] is None


def test_reassure_reports_what_was_said_like_assure() -> None:
    text = "Vale Reassures Dock Workers the Pier Is Safe\n\nAnna Vale spoke in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == "Reassures"
    s = body("Mayor Vale reassured dock workers that the pier was safe.")[0]
    assert s["attribution"]["cue"]["text"] == "reassured"
    s = body("The calm sea reassured the dock workers.")[0]
    assert s["label"] != "attributed"


def test_one_off_capitalised_surname_label_in_a_transcript() -> None:
    text = (
        "Mayor Ines Morales joined the debate on the radio.\n\n"
        "HOST: Will the mill in Dernhill close this year?\n\n"
        "BRANDT: I doubt it will stay open.\n\n"
        "HOST: And the pier?\n\n"
        "BRANDT: Ask the council about the pier.\n\n"
        "MORALES: We will not close the mill. Nobody will lose a job.\n\n"
        "CORRECTION: An earlier version gave the wrong date for the debate.\n\n"
    )
    s = sentence(text, "MORALES")
    assert (s["attribution"]["cue"]["text"], source_of(s)[0]) == (":", "MORALES")
    assert sentence(text, "Nobody will")["label"] == "attributed"  # the rest of the turn
    # a one-off capitalised word that names nobody in the article is a rubric, not a speaker
    assert sentence(text, "CORRECTION")["label"] != "attributed"
    # outside a transcript, a one-off capitalised label is no speaker either
    alone = "Mayor Ines Morales spoke.\n\nMORALES: We will not close the mill."
    assert sentence(alone, "MORALES")["label"] != "attributed"


def test_quoting_colon_after_a_name_with_a_party_tag() -> None:
    s = body("Sen. Ada Rusk (D-Ore.): “I have not seen that figure.”")[0]
    assert (s["attribution"]["cue"]["text"], source_of(s)) == (
        ":",
        ("Sen. Ada Rusk (D-Ore.)", "Ada Rusk"),
    )
    # a parenthesis after a thing is no speaker's tag
    s = body("The fuel tax (a levy on diesel): “unfair” to farmers.")[0]
    assert not any(a["cue"] and a["cue"]["text"] == ":" for a in atts(s))


def test_a_capitalised_label_is_the_person_the_article_names() -> None:
    text = (
        "Port Director Anselm Krall spoke to the Wire about the closure in Dernhill.\n\n"
        "HOST: Will the pier close before the winter storms?\n\n"
        "KRALL: Not this year. I think it will stay open.\n\n"
        "HOST: And the fares?\n\n"
        "KRALL: Lower, since the levy is gone.\n\n"
    )
    result = check_text(HEAD + text).to_dict()
    turn = sentence(text, "KRALL: Not")
    assert turn["attribution"]["source"]["name"] == "Anselm Krall"
    think = sentence(text, "I think")
    assert (think["attribution"]["source"]["text"], think["attribution"]["source"]["name"]) == (
        "I",
        "Anselm Krall",
    )
    names = [e["name"] for e in result["sources"]]
    assert "Anselm Krall" in names and "KRALL" not in names and "I" not in names
    # a turn is the speaker's own words: "I think" in it counts as quoted, not paraphrased
    krall = next(e for e in result["sources"] if e["name"] == "Anselm Krall")
    assert (krall["direct"], krall["paraphrase"]) == (3, 1)
    # a capitalised label that matches nobody named keeps its own words
    other = text.replace("KRALL", "OSTROV")
    assert sentence(other, "OSTROV: Not")["attribution"]["source"]["name"] == "OSTROV"


def test_title_case_full_name_label_then_surname_label_is_one_speaker() -> None:
    text = (
        "Three guests argued about the harbor levy on the radio.\n\n"
        "Mara Quinley: The levy hurts the ferry workers in Dernhill.\n\n"
        "Tom Ostrov: Nobody has shown me those figures yet.\n\n"
        "Quinley: Well, the council has them and will publish them.\n\n"
    )
    s = sentence(text, "Quinley: Well")
    assert (s["attribution"]["cue"]["text"], source_of(s)) == (":", ("Quinley", "Mara Quinley"))
    # a one-off capitalised word with no full-name label before it is no speaker
    text = "Mara Quinley spoke on the radio.\n\nHarbor: The levy hurts the ferry workers."
    assert sentence(text, "Harbor")["label"] != "attributed"


def test_an_age_used_as_a_noun_is_a_person_subject() -> None:
    s = body("The 29-year-old said the harbor levy in Dernhill was unfair.")[0]
    assert source_of(s)[0] == "The 29-year-old"
    s = body("In a memoir, published Tuesday, the Dunmere-born 41-year-old tackles the levy.")[0]
    assert source_of(s)[0] == "the Dunmere-born 41-year-old"
    # a bare count is still no source of its own
    s = body("In 2016, the harbor board said 29 of its members had left.")[0]
    assert source_of(s)[0] == "the harbor board"


def test_an_interviews_answers_count_for_the_interviewee_in_the_ledger() -> None:
    text = (
        "Port Director Anselm Krall spoke to the Wire about the closure in Dernhill.\n\n"
        "Q: Will the pier close?\n\nA: No. The money is there.\n\n"
        "Q: And the fares?\n\nA: Lower, since the levy is gone.\n"
    )
    result = check_text(HEAD + text).to_dict()
    krall = next(e for e in result["sources"] if e["name"] == "Anselm Krall")
    assert krall["direct"] == 3  # every sentence of the two answers
    # but the answer names no source of its own: "A" is a label, not a scored source
    assert sentence(text, "A: No")["attribution"]["source"] is None
    # the interviewer's questions credit nobody in the ledger
    assert [e["name"] for e in result["sources"]] == ["Anselm Krall"]


def test_a_name_set_off_by_a_dash_before_a_quoting_colon_speaks_for_itself() -> None:
    s = body("Pollsters agree - Jo Vale: “The north is close, and we will know by May.”")[0]
    colon = [a for a in atts(s) if a["cue"] and a["cue"]["text"] == ":"]
    assert [a["source"]["text"] for a in colon] == ["Jo Vale"]
    # a place at the end of the reporting clause is no speaker of the quotation
    s = body("Vale told reporters in Dorn: “We will win the north.”")[0]
    assert [a["cue"]["text"] for a in atts(s)] == ["told"]


def test_no_answer_to_a_request_for_comment_is_a_report_of_speech() -> None:
    # answering, or not answering, a request or a question put to you is a speech act, like
    # "declined to comment"; the cue runs to what was asked
    s = body("Mayor Anna Vale did not respond to a request for comment.")[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["source"]["text"] == "Mayor Anna Vale"
    assert s["attribution"]["cue"]["text"] == "respond to a request"
    s = body("The Dorn ferry board has not replied to several questions about the fares.")[0]
    assert s["attribution"]["cue"]["text"] == "replied to several questions"
    # responding to an event, or to an addressee, says nothing
    s = body("Mayor Anna Vale responded to the flood by closing the pier.")[0]
    assert s["label"] != "attributed"
    s = body("Mayor Anna Vale did not respond to the dock workers.")[0]
    assert s["label"] != "attributed"


def test_an_adverb_after_an_auxiliary_stands_between_subject_and_verb() -> None:
    # "yet", "since" and "well" after an auxiliary modify the verb; the subject is before them
    s = body("The Dorn ferry board hasn’t yet endorsed the fares plan.")[0]
    assert s["attribution"]["source"]["text"] == "The Dorn ferry board"
    s = body("Dock officials have since balked at the mayor's proposal.")[0]
    assert s["attribution"]["source"]["text"] == "Dock officials"
    # "since" opening a clause is no adverb of the verb after it
    s = body("The pier has been closed since endorsed plans stalled.")[0]
    assert s["label"] != "attributed"


def test_a_party_and_state_in_brackets_does_not_end_the_sentence() -> None:
    # "(R-Tex.)" before a lowercase verb: the sentence goes on, and its subject is the senator
    s = body("It was late. Sen. Ana Vale (R-Tex.) never mentioned the fares plan.")[1]
    assert s["attribution"]["source"]["text"].startswith("Sen. Ana Vale")
    assert s["attribution"]["cue"]["text"] == "mentioned"
    # before a capital a new sentence opens
    ss = body("The bill passed (see p. 4.) Then the pier closed.")
    assert ss[-1]["text"] == "Then the pier closed."


def test_a_progressive_verb_of_saying_takes_the_clause_subject() -> None:
    # "are warning": a finite verb whose subject lies beyond a long modifier
    s = body(
        "Dock workers on the island, while still loyal to the mayor, are warning against "
        "a fares-only campaign."
    )[0]
    assert s["label"] == "attributed"
    assert s["attribution"]["cue"]["text"] == "warning"
    # "is telling" with no one told is the adjective "revealing"
    s = body("The mayor's silence is telling.")[0]
    assert s["label"] != "attributed"
    s = body("Holm’s metaphor is telling in its own right.")[0]
    assert s["label"] != "attributed"


def test_a_coordinated_verb_shares_the_subject_of_the_verb_it_continues() -> None:
    # "-- X claimed ... and argued ...": the first verb's named subject speaks for both
    s = body(
        "In a speech from Dorn -- which holds a vote on Saturday -- Anna Vale claimed "
        "momentum and argued she is the stronger candidate."
    )[0]
    cues = {a["cue"]["text"]: a["source"]["text"] for a in atts(s)}
    assert cues["argued"] == "Anna Vale"
    # a first verb with no named subject in reach lends none
    s = body("The crowd in the old hall cheered loudly and argued about the ferry fares.")[0]
    assert s["label"] != "attributed"


def test_a_fronted_time_phrase_with_no_comma_precedes_the_clause_subject() -> None:
    s = body(
        "On Sunday morning Anna Vale made another attempt to deflect the criticism, "
        "writing on Twitter that the real issue was the fares."
    )[0]
    assert s["attribution"]["source"]["text"] == "Anna Vale"
    assert s["attribution"]["cue"]["text"] == "writing"
    # a fronted phrase that is no time phrase gives no subject to the participle
    s = body("On the pier old nets lay in heaps, waiting for the tide.")[0]
    assert s["label"] != "attributed"


def test_a_full_name_before_a_full_stop_makes_its_surname_a_person() -> None:
    # "... Anna Vale." ends a sentence: the full stop is no part of the surname
    text = "The race now includes Anna Vale. Tom Holm is also running. Vale hopes to win Dorn."
    s = sentence(text, "Vale hopes")
    assert s["attribution"]["source"]["name"] == "Anna Vale"
    # a surname never given in full is not known to be a person
    text = "The race now includes Vale. Tom Holm is also running. Vale hopes to win Dorn."
    assert sentence(text, "Vale hopes")["label"] != "attributed"


def test_a_titled_name_with_a_possessive_is_remembered_without_it() -> None:
    text = "President Vale's plan was unveiled on Monday. Vale plans to send a nominee."
    s = sentence(text, "Vale plans")
    assert s["attribution"]["source"]["name"] == "Vale"
    text = "The Vale plan was unveiled on Monday. Vale plans to send a nominee."
    assert sentence(text, "Vale plans")["label"] != "attributed"


def test_a_quantifier_after_an_auxiliary_floats_off_the_subject() -> None:
    s = body(
        "Holm's rivals, Sens. Anna Vale of Dorn and Tom Ruiz of Velden, have both urged "
        "the mogul to release the tapes."
    )[0]
    assert s["attribution"]["cue"]["text"] == "urged"
    assert s["attribution"]["source"]["text"].startswith("Holm's rivals")
    # "both" as a determiner before a noun is no subject of a verb
    s = body("The ferry crossed the strait and both engines failed on the way back.")[0]
    assert s["label"] != "attributed"


def test_an_infinitive_under_necessity_or_readiness_is_the_subjects_own_act() -> None:
    s = body("In an email in 2010, Tom Holm had to explain to Vale that the pier was closed.")[0]
    assert s["attribution"]["source"]["text"] == "Tom Holm"
    assert s["attribution"]["cue"]["text"] == "had to explain"
    s = body("Readers of the Dorn Gazette were quick to condemn the outcome.")[0]
    assert s["attribution"]["cue"]["text"] == "quick to condemn"
    # an obligation foreseen ("would have to") reports nothing said
    s = body("Soon the harbour master would have to tell the mayor.")[0]
    assert s["label"] != "attributed"


def test_the_object_of_a_verb_of_causing_speaks_in_the_infinitive_after_it() -> None:
    s = body("The results will force Sen. Anna Vale to acknowledge a hard reality.")[0]
    assert s["attribution"]["source"]["text"] == "Sen. Anna Vale"
    assert s["attribution"]["cue"]["text"] == "acknowledge"
    # an object that cannot speak does nothing of the kind
    s = body("The storm will force the ferry to return to port.")[0]
    assert s["label"] != "attributed"


def test_a_past_verb_of_asking_or_claiming_with_an_object_reports_speech() -> None:
    s = body("Council chairman Tom Holm on Tuesday requested another inquiry into the pier.")[0]
    assert s["attribution"]["cue"]["text"] == "requested"
    assert s["attribution"]["source"]["text"] == "Council chairman Tom Holm"
    s = body("Anna Vale shot the intruder in 2012 but claimed self-defense.")[0]
    assert s["attribution"]["cue"]["text"] == "claimed"
    # a noun or a modifier is no report
    s = body("Holm filed a records request with the port.")[0]
    assert s["label"] != "attributed"
    s = body("The mayor's team drew up its own recommended list of delegates.")[0]
    assert s["label"] != "attributed"


def test_a_bare_continued_after_a_quotation_goes_on_speaking() -> None:
    text = (
        "“We will not give up the pier,” Anna Vale said on Monday. “The fares must fall.”\n\n"
        "Vale continued.\n\nThe council met later."
    )
    s = sentence(text, "Vale continued")
    assert s["attribution"]["cue"]["text"] == "continued"
    assert s["attribution"]["source"]["name"] == "Anna Vale"
    # with no quotation before it, "continued" says nothing
    text = "The storm raged on Monday across the island.\n\nThe rain continued."
    assert sentence(text, "The rain continued")["label"] != "attributed"


def test_a_participle_after_avoid_spend_or_take_turns_shares_the_subject() -> None:
    s = body("Anna Vale has avoided directly criticizing Holm, a former ally.")[0]
    assert s["attribution"]["source"]["text"] == "Anna Vale"
    assert s["attribution"]["cue"]["text"] == "avoided directly criticizing"
    s = body("While preparing for the summit, Mayor Anna Vale spent Thursday discussing the pier.")[
        0
    ]
    assert s["attribution"]["cue"]["text"] == "spent Thursday discussing"
    # another verb between them: the participle is not the spending
    s = body("What the board is spending time doing is pushing the fares plan.")[0]
    assert s["label"] != "attributed"


def test_by_after_an_active_verb_and_its_object_past_an_adverb_is_a_means() -> None:
    s = body("Anna Vale never mentioned Holm by name.")[0]
    assert s["attribution"]["source"]["text"] == "Anna Vale"
    assert s["attribution"]["cue"]["text"] == "mentioned"
    # in the passive, "by" names the agent
    s = body("The pier was never mentioned by the mayor.")[0]
    assert s["attribution"]["source"]["text"] == "the mayor"


def test_the_and_a_count_of_people_named_before_is_a_subject_of_saying() -> None:
    text = "Vale and Holm met on Monday. The two admit that the goals will not be easy."
    s = sentence(text, "The two admit")
    assert s["attribution"]["source"]["text"] == "The two"
    assert s["attribution"]["cue"]["text"] == "admit"
    # a count before a noun of speech is a determiner
    s = body("The two claims were false.")[0]
    assert s["label"] != "attributed"


def test_a_participle_of_saying_after_a_text_speaks_for_whoever_put_it_out() -> None:
    s = body(
        "Attorney General Anna Vale filed a $40 million lawsuit in 2013 alleging that "
        "Holm had defrauded investors."
    )[0]
    assert s["attribution"]["source"]["text"] == "Attorney General Anna Vale"
    assert s["attribution"]["cue"]["text"] == "alleging"
    s = body("Vale supporters have launched petitions calling on delegates to back her.")[0]
    assert s["attribution"]["source"]["text"] == "Vale supporters"
    # a text no one is said to have put out speaks for nobody
    s = body("The rain soaked the signs warning of floods.")[0]
    assert s["label"] != "attributed"


def test_in_the_day_between_subject_and_verb_is_a_time_phrase() -> None:
    s = body("Chairman Tom Holm (R-Dorn) earlier in the day touted the panel's progress.")[0]
    assert s["attribution"]["source"]["text"] == "Chairman Tom Holm (R-Dorn)"
    assert s["attribution"]["cue"]["text"] == "touted"
    # a day that is no time phrase ends the subject search
    s = body("The panel in the day room touted nothing at all.")[0]
    assert s["label"] != "attributed"


def test_a_fronted_clause_of_time_after_a_count_ends_at_its_comma() -> None:
    s = body(
        "Two weeks after Judge Holm died, Justice Anna Vale broke a long silence by asking "
        "questions from the bench."
    )[0]
    assert s["attribution"]["source"]["text"] == "Justice Anna Vale"
    assert s["attribution"]["cue"]["text"] == "asking"
    # with no comma to end the clause there is no main subject to find
    s = body("Two weeks after the storm the pier broke apart by asking too much of it.")[0]
    assert s["label"] != "attributed"


def test_a_quantifier_floats_after_a_bracket_or_a_plural_that_ends_the_subject() -> None:
    s = body("Vale and Council Chairman Tom Holm (R-Dorn) both condemned the fares plan.")[0]
    assert s["attribution"]["cue"]["text"] == "condemned"
    s = body("Dorn's mayor and its harbour masters all urged a delay.")[0]
    assert s["attribution"]["cue"]["text"] == "urged"
    # a determiner before a noun of speech is no floating quantifier
    s = body("The ferry pier drew all attacks on the plan.")[0]
    assert s["label"] != "attributed"


def cues_of(s: dict) -> list[str]:
    return [a["cue"]["text"] for a in atts(s) if a["cue"]]


def test_fronted_participle_after_a_linking_conjunction_is_the_main_subjects() -> None:
    s = body("And in explaining why the pier failed, Mayor Ruiz described a rigged port board.")[0]
    assert "explaining" in cues_of(s)
    assert all(a["source"]["text"] == "Mayor Ruiz" for a in atts(s))
    s = body("Besides attacking the old harbor master, Vale asserted that the pier was safe.")[0]
    assert "attacking" in cues_of(s)
    # a participle inside the sentence, not fronted, names no report of the main subject
    s = body("And the dockers in explaining gear were told the pier would close.")[0]
    assert "explaining" not in cues_of(s)


def test_fronted_participle_of_saying_is_carried_by_the_main_subject() -> None:
    # the main clause's subject carries the fronted participle, whatever it is
    s = body("Discussing the ferry fares on the radio, the actor explained their cost.")[0]
    assert sorted(cues_of(s)) == ["Discussing", "explained"]
    # a fronted participle with a quoted comma: the main subject after the closing mark
    s = body("Citing its “dreams of turning the pier into a playground,” Vale urged a delay.")[0]
    assert "Citing" in cues_of(s)
    assert all(a["source"]["text"] == "Vale" for a in atts(s))
    # with nothing else attributing the sentence, the participle attributes nothing
    s = body("Discussing the ferry fares on the radio, the actor sipped his tea.")[0]
    assert s["label"] != "attributed"


def test_vague_source_with_a_verb_of_saying_is_a_second_report_in_its_own_clause() -> None:
    s = body(
        "Many dock workers have said they will not attend the meeting and others have said"
        " they will stay home."
    )[0]
    assert [a["kind"] for a in atts(s)] == ["indirect", "vague"]
    s = body("Although Mayor Ruiz says the pier is safe, critics argue that it is crumbling.")[0]
    assert cues_of(s) == ["says", "argue"]
    # nested in what was said with no clause of its own, it is content
    s = body("Mayor Ruiz said critics argue the pier is crumbling.")[0]
    assert cues_of(s) == ["said"]
    # a vague stance after a report stays part of what was said
    s = body("Mayor Ruiz said the plan, which critics oppose, would pass.")[0]
    assert cues_of(s) == ["said"]


def test_added_to_an_addressee_after_a_closing_quotation_reports_it() -> None:
    s = body("“It was far more than the old plan ever cost,” Ruiz added to reporters.")[0]
    assert cues_of(s) == ["added"]
    assert atts(s)[0]["source"]["text"] == "Ruiz"
    # "added to" with no quotation before it is "increased"
    s = body("The storm added to the port's woes on Monday.")[0]
    assert s["label"] != "attributed"


def test_an_answer_refused_is_a_further_cue_of_an_attributed_sentence() -> None:
    s = body(
        "Mayor Ruiz has said the pier will close, and her spokesman did not respond to a"
        " request for comment."
    )[0]
    # the cue runs to what was asked (see the answer-to-a-request test above)
    assert cues_of(s) == ["said", "respond to a request"]
    s = body("Mayor Ruiz has said the pier will close, and her spokesman did not respond.")[0]
    assert cues_of(s) == ["said", "respond"]
    # a country's response is no speech act
    s = body("Mayor Ruiz said the way the harbor nation responds to storms has changed.")[0]
    assert cues_of(s) == ["said"]
    # alone, a response to an addressee with nothing asked attributes nothing
    s = body("Her spokesman did not respond to reporters on Monday.")[0]
    assert s["label"] != "attributed"


def test_adjective_of_readiness_before_an_infinitive_of_saying_or_stance() -> None:
    s = body("Mayor Ruiz was quick to point out that the pier had reopened.")[0]
    assert cues_of(s) == ["quick to point out"]
    assert atts(s)[0]["source"]["text"] == "Mayor Ruiz"
    s = body("The harbor unions were far more ready to endorse Ruiz than Vale.")[0]
    assert cues_of(s) == ["far more ready to endorse"]
    s = body("Harbor unions tend to favor a longer season.")[0]
    assert cues_of(s) == ["tend to favor"]
    # with no copula before it, the adjective governs nothing
    s = body("Mayor Ruiz named a quick way to say no to the plan.")[0]
    assert not any("quick" in c for c in cues_of(s))


def test_verb_before_a_comma_that_opens_a_quotation_introduces_it() -> None:
    s = body("“The way I see it,” she elaborated, “nobody ever questioned his service here.”")[0]
    assert cues_of(s) == ["elaborated"]
    s = body("Mayor Vale replied evenly, “I think the council knows that the fares are wrong.”")[0]
    assert cues_of(s) == ["replied evenly"]
    assert atts(s)[0]["source"]["text"] == "Mayor Vale"
    # a verb of a clause of time before the comma introduces nothing
    s = body("After Mayor Vale arrived, “we are done with this old pier,” Ruiz said.")[0]
    assert cues_of(s) == ["said"]


def test_went_on_before_a_colon_that_opens_a_quotation_introduces_it() -> None:
    s = body("Mayor Vale went on: “It is like a leaking house that nobody wants to fix.”")[0]
    assert cues_of(s) == ["went on:"]
    s = body("Mayor Vale went even further: “If the board goes ahead, it is the end of it.”")[0]
    assert cues_of(s) == ["went even further:"]
    # "went on" before a colon with no quotation after it is a heading, not speech
    s = body("The vote went on: the council met again on Monday night.")[0]
    assert s["label"] != "attributed"


def test_opening_mark_typed_after_a_word_closes_the_quotation() -> None:
    s = body(
        "The council called the fares “abhorrent“ on Monday and said the ferry board should"
        " resign at once."
    )[0]
    assert "said" in cues_of(s)
    # a real opening mark after a space still opens a quotation
    s = body("Ruiz told them “we will never close the pier again” on Monday.")[0]
    assert cues_of(s) == ["told"]


def test_apostrophe_of_a_two_digit_year_opens_no_quotation() -> None:
    text = (
        "Ana Ruiz said in ‘08 that the ferry would close. “I sense that people are aware of"
        " it. It makes their eyes open wider,” she said. “It does away with the ‘blame game’"
        " for good.”"
    )
    s = sentence(text, "It makes")
    assert cues_of(s) == ["said"]
    # a quotation in single marks still is one
    from biascheck.segment import find_quotes

    line = "In ‘08 Ruiz called it ‘the worst plan the harbor has ever seen’ on Monday."
    assert [line[q.start] for q in find_quotes(line, [(0, len(line))])] == ["‘"]
    assert find_quotes(line, [(0, len(line))])[0].start == line.index("‘the")


def test_closing_reporting_clause_after_a_quotation_with_a_noun_like_verb() -> None:
    s = body("“We will not raise the ferry fares this year,” the statement read.")[0]
    assert cues_of(s) == ["read"]
    assert atts(s)[0]["source"]["text"] == "the statement"
    s = body("“Family leave,” the document states, “is open to every worker after a year.”")[0]
    assert cues_of(s) == ["states"]
    # without a quotation closing right before it, "the statement read" is no report
    s = body("The harbor board posted the statement read by the clerk on Monday.")[0]
    assert "read" not in cues_of(s)


def test_quantifier_subject_after_while_or_yet_opens_a_report_of_its_own() -> None:
    s = body("One says the pier is safe, while another says it is crumbling into the bay.")[0]
    assert cues_of(s) == ["says", "says"]
    s = body("Yet another said, “The fares are far too high for the dock workers.”")[0]
    assert cues_of(s) == ["said"]
    # "another" modifying a noun is no subject
    s = body("Ruiz said the pier was safe, while another ferry sank in the bay.")[0]
    assert cues_of(s) == ["said"]


def test_fronted_participle_after_a_sentence_adverb_or_with_its_own_adverb() -> None:
    s = body("Now, after arguing that the pier was safe, her team is suggesting it will close.")[0]
    assert "arguing" in cues_of(s)
    s = body("After deliberately playing down the fares, Mayor Ruiz now talks about them.")[0]
    assert "playing down" in cues_of(s)
    s = body(
        "Acknowledging that Ruiz “says a lot of wrong things,” though, Vale did suggest a plan."
    )[0]
    assert "Acknowledging" in cues_of(s)
    # an adverb of the main clause is no fronting: "Now, arguing ..." stays as it was read
    s = body("Now, the pier is closing and the ferry is late.")[0]
    assert s["label"] != "attributed"


def test_gerund_of_saying_after_by_is_the_means_of_the_act_before_it() -> None:
    s = body("Mayor Ruiz attacked Vale by reminding voters that the ferry had sunk twice.")[0]
    assert "reminding" in cues_of(s)
    s = body("The dock union countered on Sunday by suggesting four other dates for the vote.")[0]
    assert "suggesting" in cues_of(s)
    # after "said" / "told" the gerund is part of what was said
    s = body("Mayor Ruiz said the board could fix the fares by suggesting a new plan.")[0]
    assert cues_of(s) == ["said"]


def test_continued_with_a_that_clause_or_a_participle_of_saying_reports() -> None:
    s = body("Mayor Ruiz continued that an official had admitted the fares were too high.")[0]
    assert cues_of(s) == ["continued"]
    s = body("The mayor continued, saying that the old pier would close next year.")[0]
    assert cues_of(s) == ["continued", "saying"]
    # "continued that night" has no clause
    s = body("The storm over the harbor continued that night.")[0]
    assert s["label"] != "attributed"


def test_the_two_stands_for_people_named_before() -> None:
    s = body("“You seem to have picked a new fare out of thin air,” the two write.")[0]
    assert cues_of(s) == ["write"]
    assert atts(s)[0]["source"]["text"] == "the two"
    s = body("The two admit that the new ferry plan will not be easy.")[0]
    assert cues_of(s) == ["admit"]
    # a number before its noun is no subject of its own
    s = body("The two ferries left the old pier on Monday.")[0]
    assert s["label"] != "attributed"


def test_surname_that_is_also_a_function_word_once_named_in_full() -> None:
    text = (
        "Harbor columnist Ada Will urged voters to reject the plan. “This might hasten the end"
        " of the old pier,” Will wrote."
    )
    first = sentence(text, "Harbor")
    assert first["attribution"]["source"]["name"] == "Ada Will"
    s = sentence(text, "“This")
    assert s["attribution"]["cue"]["text"] == "wrote"
    assert s["attribution"]["source"]["name"] == "Ada Will"
    # without the full name, "will" stays the auxiliary
    s = body("Mayor Ruiz said the ferry Will run on Monday.")[0]
    assert cues_of(s) == ["said"]


def test_a_short_cry_opening_its_sentence_is_speech() -> None:
    # the tag after the cry is one sentence with it; its verb need not be a verb of saying
    s = sentence("Mayor Ruiz spoke at the pier. “Never!” the crowd roared back.", "“Never")
    assert s["label"] == "attributed"
    # a title in Title Case that opens its sentence is no one's words
    s = sentence("Mayor Ruiz spoke at the pier. “Who Sank the Ferry?” opened in Dorn.", "“Who")
    assert s["label"] != "attributed"


def test_a_sentence_glued_to_the_one_before_keeps_its_subject() -> None:
    text = "“The ferry is late,” Ruiz said.Ruiz claimed that the port was closed."
    s = sentence(text, "Ruiz claimed")
    assert cues_of(s) == ["claimed"]
    assert atts(s)[0]["source"]["text"] == "Ruiz"
    # with a space it was never in doubt; a glued sentence without a cue stays factual
    s = sentence("“The ferry is late,” Ruiz said.The port was closed.", "The port")


def test_bare_form_after_to_under_a_verb_taking_an_infinitive_is_a_verb() -> None:
    s = body("Mayor Ruiz went on to call the plan a disaster.")[0]
    assert cues_of(s) == ["went on to call"]
    s = body("The harbor board plans to support the new ferry.")[0]
    assert s["label"] == "attributed"
    # after a noun, "to" opens a purpose clause; after "scheduled", an appearance
    s = body("The city freed up funds to support the new ferry.")[0]
    assert s["label"] != "attributed"
    s = body("Mayor Ruiz is scheduled to address the council on Monday.")[0]
    assert s["label"] != "attributed"


def test_s_form_after_its_subject_noun_with_an_object_is_a_verb() -> None:
    s = body("The harbor board calls it a disaster for the town.")[0]
    assert cues_of(s) == ["calls"]
    assert atts(s)[0]["source"]["text"] == "The harbor board"
    # a subject pronoun after the noun opens a relative clause: "the insults he heard"
    s = body("Vale ignored the crude insults he heard at the pier.")[0]
    assert s["label"] != "attributed"


def test_verb_after_a_relative_that_is_no_noun() -> None:
    s = body("The rivals ran ads that slam Ruiz over the fares.")[0]
    assert cues_of(s) == ["slam"]
    s = body("The dockers handed out leaflets that warned the town about the storm.")[0]
    assert cues_of(s) == ["warned"]
    # "that" as a determiner before a participle and its noun
    s = body("The town council approved that proposed fare on Monday.")[0]
    assert s["label"] != "attributed"


def test_bare_form_after_a_plural_subject_is_its_verb() -> None:
    s = body("Local news outlets estimate Ruiz needs two more votes.")[0]
    assert cues_of(s) == ["estimate"]
    s = body("The pier is exactly the kind of project many Republicans fear Ruiz would cut.")[0]
    assert cues_of(s) == ["fear"]
    # a plural modifier of a compound noun takes a preposition or a verb after the noun
    s = body("The harbor stats show on Monday was late.")[0]
    assert s["label"] != "attributed"


def test_title_case_run_inside_a_line_keeps_its_verb() -> None:
    s = body("Update from the pier Jane Vale Says The Pier Will Close The mayor spoke on Monday.")[
        0
    ]
    assert cues_of(s) == ["Says"]
    assert "Vale" in atts(s)[0]["source"]["text"]
    # a capitalised -s word inside a name stays part of the name
    s = body("The dock band Harbor Calls Home played a set on the pier.")[0]
    assert s["label"] != "attributed"


def test_vote_with_its_side_after_a_tally_or_an_adverb() -> None:
    s = body("The harbor council voted 6-1 for the new fare.")[0]
    assert cues_of(s) == ["voted"]
    s = body("Mayor Ruiz voted twice against the pier plan.")[0]
    assert cues_of(s) == ["voted"]
    # with no side, a vote states no position
    s = body("Mayor Ruiz voted twice in 2019.")[0]
    assert s["label"] != "attributed"


def test_liked_and_like_after_an_auxiliary_are_verbs() -> None:
    s = body("Mayor Ruiz liked the new ferry plan.")[0]
    assert cues_of(s) == ["liked"]
    s = body("Mayor Ruiz didn't like the new ferry plan.")[0]
    assert cues_of(s) == ["like"]
    # "like" before a name after a plural noun is the preposition "such as"
    s = body("Towns like Dorn need a ferry.")[0]
    assert s["label"] != "attributed"


def test_was_charged_with_is_a_formal_accusation() -> None:
    s = body("The dock boss was charged with theft on Monday.")[0]
    assert cues_of(s) == ["charged"]
    # "charged with" a task after a noun is no accusation
    s = body("A harbor panel charged with rebuilding the pier met on Monday.")[0]
    assert s["label"] != "attributed"


def test_plural_in_s_before_a_bare_verb_or_after_a_plural_quantifier_is_a_noun() -> None:
    s = body("New emails suggest the charity lied.")[0]
    assert cues_of(s) == ["suggest"]
    s = body("Some emails and other records described donors seeking meetings.")[0]
    assert cues_of(s) == ["described"]
    # "one says" agrees, "several said" is no -s form
    s = body("Several said the pier was safe.")[0]
    assert cues_of(s) == ["said"]


def test_bare_form_after_an_adjective_of_ability_and_to_is_a_verb() -> None:
    s = body("Mayor Vale was able to claim the pier was safe.")[0]
    assert cues_of(s) == ["claim"]
    # a thing that is free to do something speaks no stance
    s = body("The new ferry is free to support the town's trade.")[0]
    assert s["label"] != "attributed"


def test_gerund_of_saying_after_of_or_aside_from_with_what_was_said() -> None:
    s = body("The harbor board took the unusual step of criticizing Mayor Vale.")[0]
    assert cues_of(s) == ["criticizing"]
    assert atts(s)[0]["source"]["text"] == "The harbor board"
    s = body("Vale offered little aside from stating that the pier was safe.")[0]
    assert cues_of(s) == ["stating"]
    # "refrained from" says the opposite: nothing was said
    s = body("Vale refrained from criticizing Mayor Ruiz.")[0]
    assert s["label"] != "attributed"


def test_dash_aside_with_commas_between_subject_and_verb() -> None:
    s = body("Jon Vale — a former mayor, a lawyer and a veteran — opposed the ferry plan.")[0]
    assert cues_of(s) == ["opposed"]
    assert atts(s)[0]["source"]["name"] == "Jon Vale"
    s = body(
        "Jon Vale — who ran the port in 2007, when the Front, a rebel group, was strong —"
        " said the fares were too high."
    )[0]
    assert atts(s)[0]["source"]["name"] == "Jon Vale"
    # a dash aside after an object is no subject of the verb
    s = body("The storm — a cold, wet one — closed the old pier.")[0]
    assert s["label"] != "attributed"


def test_participle_of_saying_after_a_dated_or_plural_text() -> None:
    s = body("Mayor Holm will answer Jane Vale’s Tuesday speech denouncing his fares.")[0]
    assert cues_of(s) == ["denouncing"]
    assert "Vale" in atts(s)[0]["source"]["text"]
    s = body("In 1990, the Dorn Herald printed articles alleging that the pier was sold.")[0]
    assert "alleging" in cues_of(s)
    # a day before a noun that is no text credits nobody
    s = body("Mayor Holm will answer Jane Vale’s Tuesday ferry carrying the new fares.")[0]
    assert s["label"] != "attributed"


def test_object_of_a_restrictive_relative_is_not_the_subject() -> None:
    s = body("Many who oppose the ferry plan argue that the pier should close.")[0]
    by_cue = {a["cue"]["text"]: a for a in atts(s)}
    assert by_cue["argue"]["source"]["text"].startswith("Many")
    s = body("Harbor residents who have long opposed Jon Vale said the fares were too high.")[0]
    by_cue = {a["cue"]["text"]: a for a in atts(s)}
    assert "residents" in by_cue["said"]["source"]["text"]
    # a non-restrictive relative still gives way to the name it follows
    s = body("Jon Vale, who opposed the plan, said the fares were too high.")[0]
    by_cue = {a["cue"]["text"]: a for a in atts(s)}
    assert by_cue["said"]["source"]["name"] == "Jon Vale"


def test_those_with_a_postmodifier_is_the_subject() -> None:
    s = body("Those close to the mayor acknowledge that the fares are too high.")[0]
    assert atts(s)[0]["source"]["text"] == "Those close to the mayor"
    s = body("Those around him acknowledge that the fares are too high.")[0]
    assert cues_of(s) == ["acknowledge"]
    assert atts(s)[0]["source"]["text"] == "Those around him"
    # a plain noun phrase keeps its own head
    s = body("A spokesman for the mayor said the fares were too high.")[0]
    assert atts(s)[0]["source"]["text"] == "A spokesman for the mayor"


def test_quantifier_of_whom_stands_for_the_people_named_before() -> None:
    s = body(
        "Holm teamed up with Sens. Jon Vale and Ann Dorr, all of whom opposed the ferry deal,"
        " to write a bill."
    )[0]
    by_cue = {a["cue"]["text"]: a for a in atts(s)}
    assert by_cue["opposed"]["source"]["text"] == "all of whom"
    assert by_cue["opposed"]["source"]["name"] == "Ann Dorr"
    # "whom" as an object is no subject
    s = body("The mayor sold the old ferries, all of which sailed to Dorn.")[0]
    assert s["label"] != "attributed"


def test_a_year_between_a_named_subject_and_its_verb() -> None:
    s = body("Jon Vale in 2009 argued that the ferry fares were too high.")[0]
    assert cues_of(s) == ["argued"]
    assert atts(s)[0]["source"]["name"] == "Jon Vale"
    # after a text the year belongs to the text, whose author speaks
    s = body("Mayor Jon Vale filed a lawsuit in 2013 alleging that the pier was sold.")[0]
    assert atts(s)[0]["source"]["name"] == "Jon Vale"


def test_relative_who_fused_with_its_auxiliary() -> None:
    s = body("Ann Holm, who’d previously endorsed Jon Vale, runs a ferry in Dorn.")[0]
    assert cues_of(s) == ["endorsed"]
    assert atts(s)[0]["source"]["text"] == "who"
    assert atts(s)[0]["source"]["name"] == "Ann Holm"
    # "who’s" with a participle of no report
    s = body("Ann Holm, who’s running for mayor, owns a ferry in Dorn.")[0]
    assert s["label"] != "attributed"


def test_inverted_speaker_after_a_closing_quotation_of_a_verb_that_takes_objects() -> None:
    s = body("“We had to wait for the right moment,” recalled Mr. Vale.")[0]
    assert atts(s)[0]["cue"]["text"] == "recalled"
    assert atts(s)[0]["source"]["name"] == "Vale"
    s = body("''We had to wait for the right moment,'' recalled Mr. Vale.")[0]
    assert atts(s)[0]["source"]["name"] == "Vale"
    s = body("“The fares must fall before the summer season,” read the statement.")[0]
    assert atts(s)[0]["source"]["text"] == "the statement"
    # after a scare quote the phrase after the verb is its object
    s = body("He hummed “Dorn Rising” and recalled the day he left.")[0]
    assert all(a["source"] is None or a["source"]["text"] != "the day" for a in atts(s))


def test_first_name_ending_like_a_participle_opens_the_subject() -> None:
    s = body(
        "Ted Vale, when asked what was wrong with the plan for the ferry, responded that the"
        " mayor “is right about the problems.”"
    )[0]
    by_cue = {a["cue"]["text"]: a for a in atts(s)}
    assert by_cue["responded"]["source"]["name"] == "Ted Vale"
    # a fronted participle clause still hands the verb to the main subject
    s = body("Asked about the ferry fares, Jon Vale said they were too high.")[0]
    by_cue = {a["cue"]["text"]: a for a in atts(s)}
    assert by_cue["said"]["source"]["name"] == "Jon Vale"


def test_participle_after_a_run_of_texts_or_of_stance_after_a_text() -> None:
    s = body("The Dorn Herald has run a string of editorials urging a fare cut.")[0]
    assert "urging" in cues_of(s)
    s = body("Since Jane Vale's op-ed supporting the ferry in May, she has moved left.")[0]
    by_cue = {a["cue"]["text"]: a for a in atts(s)}
    assert "Vale" in by_cue["supporting"]["source"]["text"]
    # a run of things that are no texts credits nobody
    s = body("The Dorn Herald has run a string of ferries carrying the new fares.")[0]
    assert s["label"] != "attributed"


def test_participle_after_a_text_with_its_addressee_and_month() -> None:
    s = body("Jon Vale sent a long memo to The Dorn Herald in April explaining his plan.")[0]
    assert cues_of(s) == ["explaining"]
    assert atts(s)[0]["source"]["name"] == "Jon Vale"
    # a place after "to" with no text before it is no addressee of a text
    s = body("Jon Vale sailed the old ferry to Port Dorn in April carrying the mail.")[0]
    assert s["label"] != "attributed"


def test_participle_after_a_text_in_a_relative_clause_without_that() -> None:
    s = body("The stream of posts she sent out in 2019 denouncing the fares drew notice.")[0]
    assert cues_of(s) == ["denouncing"]
    assert atts(s)[0]["source"]["text"] == "she"
    # a pronoun after a noun that is no text is no author
    s = body("The ferry she sailed out in 2019 carrying the mail drew notice.")[0]
    assert s["label"] != "attributed"


def test_participle_after_upon_continues_the_subject() -> None:
    s = body("Jon Vale drew boos upon saying that the ferry fares would rise.")[0]
    assert cues_of(s) == ["saying"]
    assert atts(s)[0]["source"]["name"] == "Jon Vale"
    # "upon" before a noun is no participle
    s = body("Jon Vale drew boos upon the ferry carrying the mail.")[0]
    assert s["label"] != "attributed"


def test_in_particular_between_subject_and_verb() -> None:
    s = body("On Monday, Jon Vale in particular opposed the ferry plan.")[0]
    assert cues_of(s) == ["opposed"]
    assert atts(s)[0]["source"]["name"] == "Jon Vale"
    # "in particular" after the verb changes nothing
    s = body("The ferry in particular carried the mail to Dorn.")[0]
    assert s["label"] != "attributed"


def test_agent_inside_a_restrictive_relative_is_not_the_subject() -> None:
    s = body("Harbor officials who spoke with Jon Vale said the fares were too high.")[0]
    assert atts(s)[0]["source"]["text"].startswith("Harbor officials")
    # a name right before the verb with no relative clause is the subject
    s = body("The harbor board met with Jon Vale, who said the fares were too high.")[0]
    assert atts(s)[0]["source"]["name"] == "Jon Vale"


def test_lone_quantifier_after_a_verb_of_causing_speaks() -> None:
    s = body("The ferry delay left Dorn, leaving many to question whether Jon Vale knew.")[0]
    assert cues_of(s) == ["question"]
    assert atts(s)[0]["source"]["text"] == "many"
    # a quantifier after a verb that causes nothing says nothing
    s = body("The harbor board gave some to question the fares in Dorn.")[0]
    assert s["label"] != "attributed"


def test_participle_clause_governs_the_infinitive_of_saying() -> None:
    s = body("Jon Vale made a pitch in Dorn, refusing to concede that Ruiz had won.")[0]
    assert "refusing to concede" in cues_of(s)
    att = next(a for a in atts(s) if a["cue"]["text"] == "refusing to concede")
    assert att["source"]["name"] == "Jon Vale"
    # a noun in "-ing" after a determiner governs nothing
    s = body("The ferry sailed to the landing to concede nothing in Dorn.")[0]
    assert not any("concede" in c for c in cues_of(s))


def test_more_likely_to_say_reports_a_group_share() -> None:
    s = body("Ferry-goers in Dorn were slightly more likely to say that Jon Vale won.")[0]
    assert "say" in cues_of(s)
    assert atts(s)[0]["source"]["text"].startswith("Ferry-goers")
    # things, not people, report nothing however likely
    s = body("The ferry tickets were more likely to mention Dorn than Velden.")[0]
    assert s["label"] != "attributed"


def content_of(s: dict, cue: str) -> str | None:
    att = next(a for a in atts(s) if a["cue"] and a["cue"]["text"] == cue)
    return att["content"]["text"] if att["content"] else None


def test_content_is_the_paraphrase_around_a_partial_quotation() -> None:
    s = body('Jon Vale said the ferry plan was "a slow disaster" for the towns of Dorn.')[0]
    assert content_of(s, "said") == 'the ferry plan was "a slow disaster" for the towns of Dorn'
    # a quotation that is all of what was said is the content, without its marks
    s = body('Jon Vale said: "The ferry plan will sink the towns of Dorn."')[0]
    assert content_of(s, "said") == "The ferry plan will sink the towns of Dorn."


def test_content_of_a_tag_after_a_quotation_is_the_quotation() -> None:
    s = body('"The ferry plan will sink the towns of Dorn," Jon Vale told reporters on Monday.')[0]
    assert content_of(s, "told") == "The ferry plan will sink the towns of Dorn,"
    # with no quotation before it, what follows the verb is what was told
    s = body("On Monday, Jon Vale told reporters the ferry plan would sink Dorn.")[0]
    assert content_of(s, "told") == "reporters the ferry plan would sink Dorn"


def test_content_of_a_second_cue_is_its_own() -> None:
    s = body('"The fares are far too high," Jon Vale said, citing the cost of fuel in Dorn.')[0]
    assert content_of(s, "citing") == "the cost of fuel in Dorn"
    assert content_of(s, "said") == "The fares are far too high,"


def test_content_ends_where_the_next_report_begins() -> None:
    s = body("Jon Vale admitted that the fares were too high, but said the ferry would stay.")[0]
    assert content_of(s, "admitted") == "the fares were too high"
    assert content_of(s, "said") == "the ferry would stay"
    # a verb of saying inside what was said ("the plan that Ruiz backed") is no boundary
    s = body("Jon Vale said the ferry plan that Ana Ruiz backed had failed in Dorn.")[0]
    assert content_of(s, "said") == "the ferry plan that Ana Ruiz backed had failed in Dorn"


def test_content_starts_at_the_clause_after_circumstances_or_an_addressee() -> None:
    s = body("Jon Vale said in a statement on Monday that the ferry fares would rise.")[0]
    assert content_of(s, "said") == "that the ferry fares would rise"
    s = body("Jon Vale told the harbor board that the ferry fares would rise.")[0]
    assert content_of(s, "told") == "that the ferry fares would rise"
    s = body('Jon Vale declared at the rally in Dorn, "The ferry fares will rise again."')[0]
    assert content_of(s, "declared") == "The ferry fares will rise again."
    # an object that is what was said stays: "urged voters to ...", "spoke of ..."
    s = body("Jon Vale urged voters in Dorn to reject the ferry plan.")[0]
    assert content_of(s, "urged") == "voters in Dorn to reject the ferry plan"


def test_content_ends_with_the_clause_the_cue_stands_in() -> None:
    s = body("While Jon Vale opposed the ferry plan, the harbor board approved it in May.")[0]
    assert content_of(s, "opposed") == "the ferry plan"
    s = body("Jon Vale, who said the fares were too high, lost the vote in Dorn.")[0]
    assert content_of(s, "said") == "the fares were too high"
    # a comma inside what was said, with the cue in the main clause, ends nothing
    s = body("Jon Vale said the fares, which rose in May, were too high for Dorn.")[0]
    assert content_of(s, "said") == "the fares, which rose in May, were too high for Dorn"


def test_content_leaves_out_a_comment_appended_by_the_outlet() -> None:
    s = body("Jon Vale said the ferry fares would rise, a move that angered Dorn.")[0]
    assert content_of(s, "said") == "the ferry fares would rise"
    s = body("Jon Vale backed a cap on ferry fares, which the board rejected in May.")[0]
    assert content_of(s, "backed") == "a cap on ferry fares"


def test_content_of_asked_is_the_question_put() -> None:
    s = body("Asked about the ferry fares in Dorn, Jon Vale said they would rise.")[0]
    assert content_of(s, "Asked") == "about the ferry fares in Dorn"
    assert content_of(s, "said") == "they would rise"
    s = body('"We will see," Jon Vale said when asked whether the ferry fares would rise.')[0]
    assert content_of(s, "asked") == "whether the ferry fares would rise"


def test_content_of_an_agentless_passive_is_its_complement() -> None:
    s = body("The ferry plan is expected to fail in Dorn, but the board will vote anyway.")[0]
    assert content_of(s, "expected") == "to fail in Dorn"
    s = body("It is widely believed that the ferry plan will fail in Dorn.")[0]
    assert atts(s)[0]["content"]["text"] == "the ferry plan will fail in Dorn"
    # the words of nobody are not a speaker's: the sentence has no paraphrase of its own
    from biascheck.attribute import attribute_sentences
    from biascheck.segment import segment

    text = "The ferry plan is expected to fail in Dorn."
    segs = segment(text, [(0, len(text))])
    found, _people = attribute_sentences(text, segs, [])
    assert found[0].content == ()


def test_content_after_an_addressee_starts_at_a_subject_pronoun() -> None:
    s = body("Jon Vale told the harbor board he would resign in May.")[0]
    assert content_of(s, "told") == "he would resign in May"
    # an addressee followed by a topic keeps the whole phrase
    s = body("Jon Vale told the harbor board about the ferry fares in Dorn.")[0]
    assert content_of(s, "told") == "the harbor board about the ferry fares in Dorn"


def test_the_speaker_voice_leaves_out_the_outlets_comment() -> None:
    from biascheck.attribute import attribute_sentences
    from biascheck.segment import segment

    text = "Jon Vale said the ferry fares would rise, a move that angered Dorn."
    segs = segment(text, [(0, len(text))])
    found, _people = attribute_sentences(text, segs, [])
    said = [text[a:b] for a, b in found[0].content]
    assert said == ["the ferry fares would rise"]
    # with no comment after it, all of the clause is the speaker's
    text = "Jon Vale said the ferry fares would rise in Dorn."
    segs = segment(text, [(0, len(text))])
    found, _people = attribute_sentences(text, segs, [])
    assert [text[a:b] for a, b in found[0].content] == ["the ferry fares would rise in Dorn."]


def test_each_sentence_of_a_quotation_carries_its_own_words_as_content() -> None:
    # what was said never includes the speech tag: the quotation that runs on after it is
    # the continuation sentence's content, credited to the same speaker
    text = "“The ferry fares will rise,” Jon Vale said. “The old boats cost far too much.”"
    first, second = body(text)
    assert content_of(first, "said") == "The ferry fares will rise,"
    assert second["attribution"]["content"]["text"] == "The old boats cost far too much."
    assert second["attribution"]["source"]["name"] == "Jon Vale"
    # a few plain words describing the speaker are not what was said either
    text = "“The ferry fares will rise,” harbor expert Jon Vale said.\n\nThe board met."
    assert content_of(body(text)[0], "said") == "The ferry fares will rise,"
    # a quotation in the next paragraph is the speaker's, but not this cue's content
    text = "“The ferry fares will rise,” Jon Vale said.\n\n“The old boats cost far too much.”"
    first, second = body(text)
    assert content_of(first, "said") == "The ferry fares will rise,"
    assert second["attribution"]["source"]["name"] == "Jon Vale"


def test_content_ends_before_a_report_linked_past_an_adverb() -> None:
    s = body("Jon Vale used to back the ferry plan, but now says it will sink Dorn.")[0]
    assert content_of(s, "used to back") == "the ferry plan"
    # an adverb with no link before the next verb is no boundary
    s = body("Jon Vale said the ferry plan that Ruiz now says she backs is dead.")[0]
    assert content_of(s, "said") == "the ferry plan that Ruiz now says she backs is dead"


def test_content_of_a_fronted_quotation_with_words_before_the_name() -> None:
    s = body("“The ferry will sink by spring,” harbor expert Jon Vale wrote on Monday.")[0]
    assert content_of(s, "wrote") == "The ferry will sink by spring,"
    # a clause after the verb is what was said, not the quotation before the name
    s = body("After a “very long week,” Jon Vale claimed they had never met in Dorn.")[0]
    assert content_of(s, "claimed") == "they had never met in Dorn"


def test_content_after_an_addressee_with_a_contracted_pronoun() -> None:
    s = body("Jon Vale told the harbor board he’d resign in May.")[0]
    assert content_of(s, "told") == "he’d resign in May"
    # a question that opens at once keeps its opener
    s = body("Jon Vale asked whether it’s wise to sell the ferry in Dorn.")[0]
    assert content_of(s, "asked") == "whether it’s wise to sell the ferry in Dorn"


def test_with_absolute_participle_speaks_for_its_own_noun_phrase() -> None:
    s = body("Jon Vale gained ground in Dorn, with 30 percent of voters saying they like him.")[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "saying")
    assert att["source"]["text"] == "30 percent of voters"
    # a participle right after the object of a verb still belongs to the clause's subject
    s = body("The harbor board passed a motion urging a delay in Dorn.")[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "urging")
    assert att["source"]["text"] == "The harbor board"


def test_coordinated_verb_of_saying_takes_the_nearest_subject() -> None:
    s = body("Ada Holm was at the pier when Jon Vale arrived and said the fares would rise.")[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "said")
    assert att["source"]["text"] == "Jon Vale"
    # a participle after a possessor is a modifier, not the first verb of the coordination
    s = body("Jon Vale then discussed Ruiz’s proposed pier and explained its cost.")[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "explained")
    assert att["source"]["text"] == "Jon Vale"


def test_passive_said_has_no_speaker_in_its_subject() -> None:
    s = body("Harbor chief Jon Vale was said to be furious with Ruiz.")[0]
    assert cues_of(s) == ["said"]
    assert atts(s)[0]["source"] is None
    # what the unnamed report says is its content, not a report of its own
    s = body("Some harbor aides are said to be urging Jon Vale to close the pier.")[0]
    assert cues_of(s) == ["said"]
    # the active "said" keeps its subject
    s = body("Harbor chief Jon Vale said he was furious with Ruiz.")[0]
    assert atts(s)[0]["source"]["name"] == "Jon Vale"


def test_degree_word_before_an_adverb_is_not_the_subject() -> None:
    s = body(
        "In May, Jon Vale vowed to close the pier, declined to meet Ruiz,"
        " and most recently defended the fares."
    )[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "defended")
    assert att["source"]["name"] == "Jon Vale"
    # a quantifier that is the subject stays the subject
    s = body("The harbor pilots met in Dorn, and most said the fares were too high.")[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "said")
    assert att["source"]["text"] == "most"


def test_with_absolute_participle_after_modifiers_of_its_noun() -> None:
    s = body("Jon Vale will need their help with recent harbor polls showing a tight race.")[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "showing")
    assert att["source"]["text"] != "Jon Vale" and "polls" in att["source"]["text"]
    # a document after a verb's object still speaks for the clause's subject
    s = body("The harbor board passed a long motion urging a delay.")[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "urging")
    assert att["source"]["text"] == "The harbor board"


def test_participle_after_a_speaking_body_is_that_body_s_own() -> None:
    s = body("Jon Vale gave $3 million to a group backing Ruiz.")[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "backing")
    assert att["source"]["text"] == "a group"
    # a paper a text appears in is no speaker of it; the writer is
    s = body(
        "Ada Holm joined the fight, publishing an op-ed in The Dorn Herald hammering his record."
    )[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "hammering")
    assert att["source"]["text"] == "Ada Holm"


def test_comparison_with_like_is_not_the_subject() -> None:
    s = body(
        "The Dorn Herald, like the Velden Post, which was first to do so, declared Vale the winner."
    )[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "declared")
    assert att["source"]["text"] == "The Dorn Herald"
    s = body("And, like Jon Vale, they have courted voters by criticizing the harbor board.")[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "criticizing")
    assert att["source"]["text"] == "they"
    # examples of the subject are the subject
    s = body("Critics like Ada Holm say the pier will close.")[0]
    assert atts(s)[0]["source"]["name"] == "Ada Holm"


def test_time_adverbials_between_subject_and_verb_are_not_the_subject() -> None:
    s = body("Then Dornco, only two months later, announced plans to merge with Velco.")[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "announced")
    assert att["source"]["text"] == "Dornco"
    s = body("But the harbor report on Monday for the first time cited a memo by Jon Vale.")[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "cited")
    assert att["source"]["text"] == "the harbor report"
    # an apposition that ends in a time word is still an apposition
    s = body(
        "Jon Vale, a rival whom Ruiz fired from the board a few weeks ago, said it was wrong."
    )[0]
    assert atts(s)[0]["source"]["text"].startswith("Jon Vale, a rival")


def test_share_of_a_bare_plural_speaks() -> None:
    s = body("Almost half of respondents said the harbor board had become hostile to sailors.")[0]
    assert atts(s)[0]["source"]["text"] == "Almost half of respondents"
    # a participle that modifies the group reports nothing
    s = body("A plurality of sailors admitted to the harbor from all ports are from Dorn.")[0]
    assert s["label"] != "attributed"


def test_agent_of_a_participle_inside_the_subject_is_not_the_subject() -> None:
    s = body(
        "A letter from the harbor union obtained by The Dorn Herald warns that the pier will close."
    )[0]
    src = atts(s)[0]["source"]["text"]
    assert src.startswith("letter") or "letter from the harbor union" in src
    # an agent after a passive verb with its own speaker is no subject
    s = body("The pier was closed by the harbor board, officials said.")[0]
    assert atts(s)[0]["source"]["text"] == "officials"


def test_participle_of_naming_or_accusing_has_no_speaker_in_its_head() -> None:
    s = body("Dorn also freed Jon Vale, a harbor pilot accused of smuggling, on Monday.")[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "accused")
    assert att["source"] is None
    s = body("Ada Holm, often referred to as the queen of the harbor, retired in May.")[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "referred to")
    assert att["source"] is None
    # an object moved into a relative clause leaves an active verb with its subject
    s = body('The pier, which Jon Vale described as "a ruin," will close.')[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "described")
    assert att["source"]["name"] == "Jon Vale"
    s = body("Jon Vale accused Ruiz of smuggling in Dorn.")[0]
    assert atts(s)[0]["source"]["name"] == "Jon Vale"


def test_article_and_modifier_before_a_bare_form_make_a_noun_phrase() -> None:
    s = body('Jon Vale delivered a snappy retort: "No one is closing this pier."')[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "retort")
    assert att["source"]["name"] == "Jon Vale"
    s = body("But even a passing promise that the pier would stay open raised questions in Dorn.")[
        0
    ]
    att = next(a for a in atts(s) if a["cue"]["text"] == "promise")
    assert att["source"] is None
    # a past form agrees with any subject: "a reporter" is the speaker
    s = body("A harbor reporter pointed out that the pier was closed.")[0]
    assert atts(s)[0]["source"]["text"] == "A harbor reporter"


def test_sentence_opening_quotation_in_two_apostrophes_is_skipped() -> None:
    text = (
        "''Ferries work as a way to sell tickets, and they work as a way to sell fish,'' "
        "Jo B. Vale Jr., the director of the Dorn Port Authority, said at a meeting in May."
    )
    s = body(text)[0]
    assert atts(s)[0]["source"]["name"].startswith("Jo B. Vale")
    # a sentence with no quotation still opens with its subject
    s = body("Ferries, Jo Vale argued at a meeting in May, work as a way to sell tickets.")[0]
    assert atts(s)[0]["source"]["name"] == "Jo Vale"


def test_vague_group_found_by_the_phrase_is_its_vague_source() -> None:
    s = body("While the harbor plan passed, some critics fear the pier will close in Dorn.")[0]
    att = atts(s)[0]
    assert att["kind"] == "vague" and att["source"]["text"] == "some critics"
    # an agentless passive still names no one, nor does the sweeping "people"
    s = body("It is widely believed that the pier will close in Dorn.")[0]
    assert atts(s)[0]["source"] is None
    s = body("The vote will turn on what people think of the pier in Dorn.")[0]
    assert all(a["source"] is None for a in atts(s))


def test_relative_that_as_source_is_named_by_its_antecedent() -> None:
    s = body("There are local ferry firms that warn it could harm the harbor.")[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "warn")
    assert att["source"]["text"] == "that" and att["source"]["name"] == "firms"
    # a complementizer after a verb is no source
    s = body("Jon Vale said that the ferry firms were wrong.")[0]
    assert atts(s)[0]["source"]["name"] == "Jon Vale"


def test_adverb_between_be_and_participle_keeps_the_passive() -> None:
    s = body("Jon Vale was once asked which of the harbor pilots he trusted most.")[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "asked")
    assert att["source"] is None
    s = body("For years, Jon Vale held what is often described as the harbor's top job.")[0]
    att = next(a for a in atts(s) if a["cue"]["text"] == "described")
    assert att["source"] is None
    # an active verb after an adverb keeps its subject
    s = body("Jon Vale once asked the harbor board to close the pier.")[0]
    assert atts(s)[0]["source"]["name"] == "Jon Vale"


def test_inverted_tag_names_descriptions_joined_by_of_or_and_before_the_name() -> None:
    s = body(
        "The pier will close in May, said former secretary of state Ada Kell, the mayor's aide."
    )[0]
    assert atts(s)[0]["source"]["name"] == "Ada Kell"
    s = body("The pier will close in May, said lobbyist and harbor strategist Ada Kell.")[0]
    assert atts(s)[0]["source"]["name"] == "Ada Kell"
    # after an appositive of the subject the phrase is the verb's object, as before
    s = body("Ada Kell, a harbor pilot, said former secretary of state Ben Rusk was right.")[0]
    assert atts(s)[0]["source"]["name"] == "Ada Kell"


def test_inverted_tag_after_a_quotation_that_opens_its_sentence_with_a_comma() -> None:
    text = '"Did the ferry run late? Maybe," said one former harbor official. "It was wise."'
    s = sentence(text, "Maybe")
    assert atts(s)[0]["source"]["text"] == "one former harbor official"
    # a sentence that opens with a name and a comma outside quotation marks keeps its subject
    s = body("Ada Kell, the pilot, said one former harbor official was wrong.")[0]
    assert atts(s)[0]["source"]["name"] == "Ada Kell"


def test_speech_noun_after_a_quoted_modifier_is_a_noun() -> None:
    s = body("Ada Kell said the pilot was asked about the “not this year” comment.")[0]
    assert [a["cue"]["text"] for a in atts(s)] == ["said"]
    s = body("Ada Kell said the board tied the delay to “sudden” protests rather than the strike.")[
        0
    ]
    assert [a["cue"]["text"] for a in atts(s)] == ["said"]
    # a closing quotation of speech before the verb, and a possessor before the quotation,
    # keep the reading they had
    s = body("“The pier is closed,” notes the harbor report.")[0]
    assert atts(s)[0]["cue"]["text"] == "notes"
    s = body("Ada Kell’s “two piers” comment was as blunt as the mayor’s.")[0]
    assert atts(s)[0]["cue"]["text"] == "comment"


def test_inverted_tag_with_a_year_before_the_head_noun() -> None:
    s = body("“Ferries lose money,” concluded a 2019 study in the Dorn Harbor Review.")[0]
    assert atts(s)[0]["source"]["text"].startswith("a 2019 study")
    # a bare number after the verb is no phrase of a speaker
    s = body("The harbor fee rose, said Ada Kell, by 2019 percent.")[0]
    assert atts(s)[0]["source"]["name"] == "Ada Kell"


def test_participles_that_modify_or_compare_are_no_further_cues() -> None:
    for text in (
        "Ada Kell said the board wants to talk about fares, as opposed to defending the pier.",
        "Ada Kell said the plan was to help the so called harbor reformers.",
    ):
        assert [a["cue"]["text"] for a in atts(body(text)[0])] == ["said"]
    # a finite verb of reporting out of the chunker's reach is still one ("so" as a degree
    # adverb is no set phrase)
    s = body("Ada Kell said the board met, and was so convinced that the pier would close.")[0]
    assert "convinced" in [a["cue"]["text"] for a in atts(s)]


def test_inverted_tag_after_a_quotation_with_a_relative_that_after_the_speaker() -> None:
    s = body("“The fares are too high,” said one owner of a cafe that serves ferry crews.")[0]
    assert atts(s)[0]["source"]["text"].startswith("one owner of a cafe")
    # with no quotation before the verb, a "that" after the phrase still opens its clause
    s = body("Ada Kell, a pilot, said the owner of the cafe that the crews like had left.")[0]
    assert atts(s)[0]["source"]["name"] == "Ada Kell"


def test_evidence_verb_tagging_a_closing_quotation_takes_any_phrase_after_it() -> None:
    s = body("“Save the pier!” read one. “Fix the ferry,” read another sign.")
    assert [atts(x)[0]["cue"]["text"] for x in s] == ["read", "read"]
    assert atts(s[1])[0]["source"]["text"] == "another sign"
    # with no quotation before it, the verb needs a subject that can hold evidence
    s = body("The ferry showed up late, and the pier was closed.")[0]
    assert not atts(s)


def test_unlisted_past_verb_tagging_a_closing_quotation_of_speech() -> None:
    s = body("“The ferry is back!” beamed Ada Kell of Dorn, who waited on the pier.")[0]
    att = atts(s)[0]
    assert att["cue"]["text"] == "beamed" and att["source"]["name"].startswith("Ada Kell")
    s = body("“Who asked him?” scoffed the harbor master.")[0]
    assert atts(s)[0]["source"]["text"] == "the harbor master"
    # a participle with its complement after a scare quote tags nothing
    s = body("The crews are called the “Pier Four,” led by Ada Kell, and they sail at dawn.")[0]
    assert "led" not in [a["cue"]["text"] for a in atts(s) if a.get("cue")]


def test_headline_bare_singular_subject_after_a_comma_or_as() -> None:
    # headlines drop articles: "operator" is the speaker, not the phrase opening the title
    text = "Fares to rise, ferry operator says\n\nThe operator raised fares in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["source"]["text"] == "ferry operator"
    text = "Tolls must fall, regional judge says\n\nThe judge spoke in Dorn on Monday."
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["source"]["text"] == "regional judge"
    # a bare noun for no person nor body is no such subject
    text = "Tolls must fall, harbour pier says\n\nThe pier was closed in Dorn."
    head = check_text(text).to_dict()["sentences"][0]
    assert all(a["source"] is None or a["source"]["text"] != "harbour pier" for a in atts(head))
    # in body text a bare singular noun is no subject
    s = body("Tolls must fall, operator says.")[0]
    assert all(a["source"] is None or a["source"]["text"] != "operator" for a in atts(s))


def test_headline_to_back_and_to_call_for_as_future() -> None:
    body_text = "\n\nMayor Anna Vale said on Monday that Tom Ruiz would speak in Dorn."
    head = check_text("Vale to back Ruiz for harbour board" + body_text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == "to back"
    assert head["attribution"]["source"]["name"] == "Anna Vale"
    head = check_text("Vale to call for wider pier inquiry" + body_text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == "to call for"
    # "back" after a verb's "to" is no plan ("Vale goes to back room")
    head = check_text("Vale walks to back room of pier" + body_text).to_dict()["sentences"][0]
    assert head["attribution"] is None
    # nor in body text
    s = body("He sent a letter from Vale to back the toll.")[0]
    assert s["label"] != "attributed"


def test_headline_noun_form_after_a_modifier_is_no_verb() -> None:
    body_text = "\n\nMayor Anna Vale made fierce attacks on Tom Ruiz in Dorn on Monday."
    # a preposition governs the phrase: "Dorn emails" is a noun phrase
    head = check_text("Vale, Ruiz clash over Dorn emails" + body_text).to_dict()["sentences"][0]
    assert all(a["cue"] is None or a["cue"]["text"] != "emails" for a in atts(head))
    # the line's first word, in lower case in the article, is a modifier
    head = check_text("Fierce attacks delay Vale plan" + body_text).to_dict()["sentences"][0]
    assert head["attribution"] is None
    # a name before the verb is its subject
    head = check_text("Vale attacks Ruiz over pier" + body_text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == "attacks"
    assert head["attribution"]["source"]["name"] == "Anna Vale"


def test_title_case_verb_or_object_phrase_is_no_subject_of_a_noun_form() -> None:
    body_text = "\n\nMayor Anna Vale and Tom Ruiz spoke in Dorn on Monday."
    # a past form of a reporting verb inside the phrase: the chunker's capitals misled it
    text = "Vale Quickly Responded To Ruiz Attack On Ferry Fees" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert all(a["cue"] is None or a["cue"]["text"] != "Attack" for a in atts(head))
    # an article after a verb opens its object: "This Odd Demand" is a noun phrase
    text = "Vale Made This Odd Demand Of The Harbour Board" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert all(a["cue"] is None or a["cue"]["text"] != "Demand" for a in atts(head))
    # a name before the verb is its subject
    text = "Vale Attacks Ruiz Over The Pier Plan" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == "Attacks"
    assert head["attribution"]["source"]["name"] == "Anna Vale"


def test_title_case_subject_before_a_modal_or_before_the_lines_verb() -> None:
    body_text = "\n\nMayor Anna Vale spoke in Dorn on Monday."
    # after a modal the phrase starts with the verb: the subject is before "Will"
    text = "Big Ferry Union Will Print Posters Demanding Dorn Councillors Lower Tolls" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    att = next(a for a in atts(head) if a["cue"]["text"] == "Demanding")
    assert att["source"]["text"] == "Big Ferry Union"
    # a phrase ending in a preposition is an object; the gerund is the subject's
    text = "Ferry Captain Gets A Cold Shoulder For Backing Anna Vale" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["source"]["text"] == "Ferry Captain"
    # a subject right before the verb stays
    text = "Dock Group Says Harbour Candidates Must Cut Fares" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["source"]["text"] == "Dock Group"


def test_headline_speaker_at_a_venue_before_a_colon() -> None:
    body_text = "\n\nMayor Anna Vale and Judge Bo Holm spoke in Dorn on Monday."
    text = "Retired Judge Holm at Harbour Forum: Vale pier plan breaks the law." + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == ":"
    assert head["attribution"]["source"]["text"] == "Retired Judge Holm"
    # with no speaker before "at" the label is a kicker
    text = "Chaos at Harbour Forum: Councillors walk out of the hall." + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"] is None


def test_title_case_respond_to_a_capitalised_noun_of_speech() -> None:
    body_text = "\n\nMayor Anna Vale and Councillor Tom Ruiz spoke in Dorn on Monday."
    text = "Vale Calmly Responded To Ruiz’s Sharpest Attack On The Pier" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"].startswith("Responded To")
    assert head["attribution"]["source"]["name"] == "Anna Vale"
    # responding to a person names no words answered
    head = check_text("Vale Calmly Responded To Ruiz" + body_text).to_dict()["sentences"][0]
    assert head["attribution"] is None


def test_headline_modifier_before_a_noun_form_cue() -> None:
    body_text = "\n\nMayor Anna Vale and Councillor Tom Ruiz spoke in Dorn on Monday."
    # a lower-case modifier before a name and the cue: a compound noun
    text = "The councillors' favourite TV shows seem a bit dull" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"] is None
    # an "-ing" first word modifies the noun
    head = check_text("Scathing attacks delay Vale pier vote" + body_text).to_dict()["sentences"][0]
    assert head["attribution"] is None
    # a name opening the line is the subject
    head = check_text("Vale attacks Ruiz pier plan" + body_text).to_dict()["sentences"][0]
    assert head["attribution"]["source"]["name"] == "Anna Vale"


def test_headline_verbs_in_a_row_share_the_subject() -> None:
    body_text = "\n\nMayor Anna Vale and Councillor Tom Ruiz spoke in Dorn on Monday."
    text = "Tom Ruiz thanks, chides Anna Vale's ferry board" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    chides = next(a for a in atts(head) if a["cue"]["text"] == "chides")
    assert chides["source"]["name"] == "Tom Ruiz"
    # a quotation's inverted speaker after a comma stays the speaker
    text = "‘The pier stays open,’ says Anna Vale" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["source"]["name"] == "Anna Vale"


def test_title_case_subject_with_a_contracted_verb_is_a_clause() -> None:
    body_text = "\n\nMayor Anna Vale and Councillor Tom Ruiz spoke in Dorn on Monday."
    text = "Vale: I’m Certain Dock Workers Will Say The Pier Must Stay." + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert [a["cue"]["text"] for a in atts(head)] == [":"]
    assert head["attribution"]["source"]["name"] == "Anna Vale"
    # a plain noun phrase before the verb still speaks, a contraction after it is no matter
    text = "Harbour Voters Say They’re Done With Ruiz" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["source"]["text"] == "Harbour Voters"


def test_title_case_bare_form_after_a_singular_name_is_a_noun() -> None:
    body_text = "\n\nMayor Anna Vale and Councillor Tom Ruiz spoke in Dorn on Monday."
    text = "Harbour Post Assigns Two Reporters To Follow Vale" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert all(a["cue"] is None or a["cue"]["text"] != "Post" for a in atts(head))
    # the "-s" form agrees with a singular name: a verb
    text = "Vale Posts Video Attacking Ruiz Pier Plan" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert any(a["cue"] and a["cue"]["text"].startswith("Posts") for a in atts(head))


def test_headline_reporting_verb_as_a_kicker_before_a_colon() -> None:
    body_text = "\n\nMayor Anna Vale and Councillor Tom Ruiz spoke in Dorn on Monday."
    text = "Revealed: Dock Workers Plan A Strike Over Vale Fares" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert all(a["cue"] is None or a["cue"]["text"] != "Revealed" for a in atts(head))
    # a reporting verb later in the line still reports
    text = "Vale Revealed: Dock Workers Plan A Strike" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert any(a["cue"] and a["cue"]["text"] == "Revealed" for a in atts(head))


def test_headline_verb_after_a_kicker_colon_takes_the_person_it_opens_with() -> None:
    body_text = "\n\nMayor Anna Vale and Councillor Tom Ruiz spoke in Dorn on Monday."
    text = "Vale Steps In: Urges Dock Workers To End Their Strike" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert head["attribution"]["cue"]["text"] == "Urges"
    assert head["attribution"]["source"]["name"] == "Anna Vale"
    # a kicker that names no one in the article still speaks not
    text = "Big Day For Dorn: Urges Dock Workers To End Their Strike" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert all(a["cue"] is None or a["cue"]["text"] != "Urges" for a in atts(head))


def test_title_case_capitalised_conjunction_opens_a_clause_of_its_own() -> None:
    body_text = "\n\nMayor Anna Vale and Councillor Tom Ruiz spoke in Dorn on Monday."
    text = "Dorn Councillors Demand Repairs While Harbour Officials Tweet Photos" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    tweet = next(a for a in atts(head) if a["cue"]["text"] == "Tweet")
    assert tweet["source"]["text"] == "Harbour Officials"
    # with no boundary the later verb is part of what the first reports
    text = "Dorn Councillors Demand Rules That Force Harbour Officials To Tweet Less" + body_text
    head = check_text(text).to_dict()["sentences"][0]
    assert all(a["cue"]["text"] != "Tweet" for a in atts(head))
