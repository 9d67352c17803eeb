"""Attribution: who is speaking in each body sentence, and the source ledger of an article.

A sentence is attributed when its content is credited to a source by a cue the outlet writes:

- a reporting verb with its subject, in any position: "Lavrov said", "said the minister",
  "the minister, 61, has also said", "Sen. X (D-Ohio) on Monday said", "..., saying",
  "declined to comment", "did not respond to a request for comment" (an answer withheld to
  what was asked, as "declined to comment" is; "did not respond to reporters" names an
  addressee only), "was endorsed by X", "led aides to warn";
- "according to X" (front, middle or end), a fronted poll ("In a poll released Monday, ..."),
  "X quoted Y as saying", "X: “...”", "released a statement saying", "Asked about ..., she
  said";
- a verb of stance or public action credited to a person, a body that speaks or a party camp
  ("the union endorsed", "Republicans oppose"), a verb of evidence credited to a document ("the
  poll found", or "found that ..."), a that-clause after a verb ("conceded that ..."), a
  speech noun with a speaking possessor when what was said follows it ("her claim that ...",
  "his pledge to ...", "their criticism of ..."; "Vale's remarks drew applause" names an
  event and credits nothing), and any past-tense verb before a colon and a quotation ("she
  shot back: “...”", "as he put it: “...”") or right after a closing quotation of speech
  with its subject after it ('“...!” beamed X.'). Words that are nouns as often as verbs are read
  as nouns where the syntax says so ("the emails were released", "the donor list"), and
  "spoke" / "speaking" with nothing said ("spoke at a rally") is an appearance, not a report,
  while a topic makes it one ("spoke at length about the fares");
- stance nouns and votes credited like stance verbs ("his support for", "voted against the
  bill"), adjectives of attitude after a person ("is wary of", "grew frustrated with",
  "donors reluctant to back him"), verbs of liking and loathing ("admires", "resents") as
  states of a person, and transcript labels ("VALE: ...", later "VALE:" turns; a full name
  "Jane Vale:" then "Vale:"; a capitalised surname heard once among a transcript's turns when
  the article names that person, who is then its resolved name: "VALE:" is "Jane Vale"); in a
  transcript the "Q:" and "A:" turns are the interviewer's and the interviewee's words (no
  source, no cue: "Q" and "A" are not names, and annotators mark them only some of the time;
  the ledger still counts each answer as the interviewee's own words), and "I" / "we" in a
  labelled turn is the one answering, not the writer ("A: I think ...").
  A one-off Title Case word before a colon ("Vale: Win the north.") is a list or a tally, and a
  rubric ("UPDATE:", "Analysis:") names nobody;
- a quantifier standing alone as the subject of a verb of saying ("Several said", "Both
  argued", "One says ..."), or of a stance or a mental state for people named before or a
  poll's respondents ("Both think", "Most oppose", "Neither wanted"; not the sweeping "many",
  "some", "few"), and a verb of saying in a purpose infinitive when what is said follows
  ("went off script to comment on X");
- a rank before an infinitive of stance or saying, credited to the copula's subject ("X was
  the first senator to endorse Y", "X was among 25 senators to vote against it"), and
  "reported" with its object right after it ("police reported no arrests"; "reported from
  Dorn" is a byline);
- a fronted participle clause belongs to the main clause's subject ("Despite criticising the
  plan, Vale said ..."); a participle after a comma inside a closing quotation continues the
  speaker ('... “too high,” adding that ...');
- "X expressed hope that", "is confident that", and reported mental states of a *person*;
- a reaction received: "the plan drew criticism from X" credits X, "she faced criticism" a
  vague source (the subject is the target, not the speaker);
- quotation structure: a sentence that holds quoted speech belongs to the speaker of that
  quotation, wherever the cue is (before, after, in the middle — "“We will not,” she said,
  “give up.”"), and a paragraph that continues an unclosed quotation (newspaper convention)
  belongs to the speaker named where the quotation goes on, or else to the last speaker. Quoted
  phrases of fewer than four words, and short Title Case quotations, are scare quotes or titles,
  not speech, and attribute nothing by themselves — unless the quotation is a sentence of its
  own that ends as one (“Count on it.”, “But why?”), which is the last speaker's reply, or a
  question or exclamation that opens its sentence (“Out!” the crowd roared.);
- texts and opinions with a holder: a law or bill that requires or bans ("the law requires
  clinics to ..."), a poll that puts a candidate somewhere ("the poll has Ruiz ahead"), an
  opinion frame with a person as possessor ("in her view, ..."), and verb idioms of speech
  whose noun phrase varies as noun phrases do ("took a swing at", "made a compelling case
  that", "would not rule out"); a note in which the outlet revises its own piece ("This story
  has been updated to note that ...") credits nobody;
- a vague source ("critics say", "it is widely believed", "sources familiar with") and agentless
  reporting passives ("the deal is expected to fail"): kind ``vague``, with a finding
  (:func:`vague_findings`) because a vague source is no source.

**The mental-state boundary.** A report of what someone *said* (a speech act: "said",
"told", "according to", a quotation) is attributed whoever the speaker is. A mental state or
motive ("believes", "wants", "hopes", "fears", "seeks", "sees ... as", "is confident that") is
attributed only when it is credited to a *person* — a name, a titled role such as "the
minister", "he" / "she", "they" when the last source was people ("Vale aides said ... They
fear ..."), "officials", a named person's circle ("Vale allies", "her aides") —
or to a counted share of poll respondents ("six in 10 want"), because a person's belief is
something they stated and a poll share is a cited basis. A campaign, a party, a political
action committee or a party camp ("Democrats", "Republicans") speaks through statements and
spokespeople, so its wants, plans and hopes ("the campaign hopes to ...") are stated positions
and are attributed too. "Supporters believe" with no possessor is a sweeping group and stays
in the outlet's voice.
Ascribing wants, interests or motives to a state, a country, an institution or a sweeping group
("The US has no interest in...", "Russia seeks...", "The union wants...", "Voters want...") is
the outlet's own inference: it stays in the outlet's voice, where the rules and the scorer judge
it. Public stances that are acts ("endorsed", "backed", "called for") may be credited to a body
that speaks through statements (a party, a campaign, a union, a newspaper) or to a party camp
("Republicans"), never to a country. Adjectives of attitude follow the same line: a position
("the ministry is critical of", "the union is opposed to") may be a speaking body's, a mood or a
motive ("the council is desperate to", "is eager to") only a person's, a poll share's, a
campaign's or a party's (``Resolver._may_hold`` draws this line, by the kind of cue). The
writer's own "I think" / "we believe" outside quotation marks and outside a transcript turn is
the outlet speaking, so it is not attributed either; nor is the writer's present speech act
("I admit", "I predict", "we must say"), while a past report of the writer's own words ("I told
the mayor ...") is a report.

**Several attributions in one sentence.** The first is the sentence's main attribution; the
others are listed after it. A belief inside reported speech ("she said she believed ...") is
part of what was said, not a second attribution; likewise any stance, state, finding or
agentless passive that follows a report of speech in the same sentence ("X said the plan,
which unions oppose, was expected to fail" has one attribution, "said"), unless its subject
opens a coordinated clause of the outlet's own ("X said ..., but Y opposes it", "...; Y wants
...": two attributions). In the same way, when the first source is "according to X" or a
finding ("In a new poll, 40 percent said ..."), a later paraphrased report is part of what that
source reports, and a source cited after a report ("Vale told staff ..., according to the
office") vouches for all of it: the report is its content. A verb of saying nested in a report
with no clause boundary ("Holm said Varga had asked for a delay") is content too, but a gerund
of saying after "by" is the means of the act before it ("X attacked Y by reminding voters
that ..."), a report of its own unless a "said" / "told" before it frames it. A second
report of speech in a clause of its own is its own attribution ("X said ..., and Y told
reporters ..."), a vague source's included ("..., critics argue that ...": a verb of saying
makes it a report, not a stance). Some cues never attribute a sentence by themselves and
are listed only in a sentence that something else attributes ("Asked Tuesday which pier ...,
she said ..."; "asked Mayor X" opening a sentence after a quotation; a finite verb of saying
whose subject is no speaker, "the crowd chanted", "the dispute highlights").

Sources are resolved across sentences and paragraphs: "he" / "she" to the last named person
source, "who" to its antecedent, a surname to the full name seen anywhere in the article, "the
minister" to the last source bearing that title. A verb of address with nothing said ("X
spoke to reporters.") is not an attribution, but it brings X on as the owner of a quotation that
follows (``SentenceAttribution.introduced``). All word lists live in ``data/attribution.yml``;
each list says which class of English reporting usage it encodes.

**What was said.** Each attribution's ``content`` is the span its cue opened: the clause after
the cue, from its "that" or its first word past the circumstances or the addressee ("said in
a statement that ...", "told the board that ..."), up to where another report's clause begins
or the outlet's comment starts (", which ...", ", a move that ...") and, for a cue inside a
fronted subordinate or an early relative clause, up to the comma that closes it; or the words
before an inverted tag ("..., she said"). A quotation is the content only when it is all of
that span ('“...,” she told reporters on Monday'); inside a paraphrase it is part of it.
What was said never includes the speech tag: a quotation that goes on in the next sentences
is their content, each a continuation credited to the same speaker. "Asked ..." carries the
question put, and an agentless passive its complement, as the cue's content only: those are
nobody's words. ``SentenceAttribution.content`` (the speakers' voice the rule engine reads)
holds the same spans as the cues read them.

The package has one module per job: ``tokens`` (tokens and their patterns), ``lexicon`` (the
word lists and verb inflections), ``phrases`` (noun phrases: subjects, appositives, objects),
``resolve`` (naming a source and the memory of names), ``result`` (what one sentence
yields), ``senses`` (whether a cue word is, where it stands, a verb of reporting at all),
``nominal`` (nouns of speech and stance, documents that speak, adjectives of attitude, each
with the holder it credits), ``verbs`` (reporting verbs with their subject or agent, and who
may carry which cue), ``cues`` (the per-sentence pass), ``quotes`` (the quotation pass and
the article entry points) and ``ledger`` (the source ledger and the findings for vague
sources).
"""

from __future__ import annotations

from .cues import Attributor
from .ledger import DIRECT_KINDS, source_ledger, source_status, vague_findings
from .lexicon import Lexicon, lexicon
from .quotes import attribute_headline, attribute_sentences
from .result import SentenceAttribution
from .tokens import Token, tokenize

__all__ = [
    "DIRECT_KINDS",
    "Attributor",
    "Lexicon",
    "SentenceAttribution",
    "Token",
    "attribute_headline",
    "attribute_sentences",
    "lexicon",
    "source_ledger",
    "source_status",
    "tokenize",
    "vague_findings",
]
