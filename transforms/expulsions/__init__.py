"""Find diplomatic-expulsion events in one article: pure functions, no Beam.

    extract_events(article_id, text, published_date, sentences, mentions, parse=None) -> list[Event]

`sentences` are spaCy sentence spans and `mentions` resolved mentions (see
transforms/records.py). Two readers, merged per sentence (sentence_merge.merge):

- the window rules (steps 1-8 below) work on a light tokenisation of each sentence
  plus the mentions and need no parser;
- with `parse` (sentence texts -> spaCy Docs with tagger, parser and lemmatizer; see
  parse.py), the sentences story.py picks as candidates are read from their dependency
  arcs (grammar.py); a rule gets the parsed sentence as a spaCy Span (`doc[:]`, with
  .dep_, .head, .lemma_, .tag_) and the article's states as `parse_words.States`
  (token char offsets + the unit's start = article offsets). The grammar's reading
  wins for the pairs it reads; the window rules keep the rest.

In the job the parse runs inside the extract DoFn (transforms/extract.py: loaded once
per worker via shared.Shared, over the worker's one spaCy pipeline); recognition runs no
parser. No spaCy object leaves the step.

One module per concern (the step each serves in brackets):

    tokens.py    Token, Unit, analysis_units, match_personnel        (1, 3)
    triggers.py  trigger patterns (data: patterns/triggers.jsonl)    (2)
    targets.py   who is expelled: find_target                        (3)
    counts.py    numbers and the count of a noun phrase              (3)
    mentions.py  what a mention stands for: country_of, state_of     (3, 4)
    actors.py    who expels: ACTOR_RULES, an ordered tuple of rules  (4)
    context.py   ArticleContext: whether the article is about diplomats (3)
    modality.py  modality_of (arcs); window_modality.py classify_modality (windows)  (6)
    told.py      clauses told as done whatever governs them: presupposed
                 by a question, a speaker's own telling, a participle of
                 result                                              (6)
    years.py     event_year, bounded_by_term                         (7)
    lists.py     elliptical lists, list heads, "respectively",
                 reciprocal, nationality lists                       (8)
    events.py    extract_events, deduplicate                         (all)
    lexicon.py   the other word lists
    parse.py     the parse callable (tagger, parser, lemmatizer only)
    grammar.py, arguments.py, triggers_parse.py, parse_words.py
                 reading a parsed sentence (patterns/grammar.json; arguments.py dispatches
                 each trigger kind to its reader: arguments_expel.py, arguments_png.py,
                 arguments_leave.py, passive_subjects.py); grammar.read_sentence's
                 steps: expellers.py (who expels, one state or a sum), expelled_people.py
                 (whom, how many, whose), trigger_readings.py (one item per state, shares),
                 each reading the records of trigger_facts.py (the trigger, its actor
                 side, its people side);
                 people.py (whom a phrase names), whose_people.py (whose people they
                 are, where they serve), headcounts.py (how many),
                 speakers.py (who speaks or tells of it), follows.py ("Latvia
                 followed suit", "did the same": the expulsion told just before),
                 places.py (where they are sent from: "the country", a state left),
                 nationals.py (nationals deported, or thrown out in answer),
                 notes.py (who declares through a note handed over),
                 several.py and owners.py (several states' people, shares),
                 gapping.py ("Belgium expelled 21, the Netherlands 17"), sums.py
                 (a sum over several acts), anaphora.py and person_state.py (a
                 pronoun or a person told before), counted_states.py ("the three
                 governments"), headings.py and relations.py (whose "we", which
                 pairs of states the article names)
    event_id.py  an event's stable id
    story.py     candidate sentences, a missing side from the article's story (5)
    sentence_merge.py  the two readers' events of a sentence merged      (5)
    tables.py    rows of a table or bullet list under a header that tells the expulsion

How one event is found, step by step:

1. `analysis_units`: spaCy sentences, split again at blank lines, with a list item
   glued to the line that introduces it ("the UK government will:" + "expel 23 ...").
2. `find_triggers`: expel/deport/oust, kick/throw out, send ... home, declare
   persona non grata, order/tell/give N days ... to leave, demand that ... leave,
   revoke accreditation, and the nouns expulsion/deportation/ouster.
   `find_cut_triggers`: a state ordered, asked or forced to cut, reduce or withdraw
   its staff ("ordered the U.S. to cut its diplomatic staff by 755") expels that
   state's diplomats; "reduce ... to 455" gives what remains, so no count.
3. `find_target`: who is expelled. It must be diplomatic: diplomat, ambassador,
   envoy, chargé d'affaires, consul, attaché, high commissioner, spies,
   intelligence officers, diplomatic/embassy/consular staff. "officials", "staff",
   "employees", "members" count only with a nationality or a mission beside them
   ("105 Soviet officials", "members of the Delegation of X"). Migrants, party
   members, students or states leaving an organisation give no event at all.
   The count (`parse_count`) and the expelled nationality come from the noun phrase
   ("more than 50 British diplomats", "60 of our staff", "Ecuador's ambassador",
   "12 operatives from the Russian Mission"); coordinated groups are summed
   ("58 staff ... and two employees" = 60, "the ambassador and two attachés" = 3).
4. `find_actor`: the expelling state (the first of `ACTOR_RULES` that answers), from a mention's `acts_for` (a country, its
   capital, its government, a leader in office): possessive ("Russia's expulsion
   of"), by/from agent ("were expelled by Poland", "from Great Britain"), else the
   nearest state mention before the trigger ("Donald Trump, who ousted").
   Agents made of several states or "partner nations" mark an aggregate.
   A nationality acting as its state ("the British expelled", "the Russian government",
   "the Russians retaliated by expelling"; never "Russian diplomats"); an unnamed
   government body ("the Foreign Ministry said it ...") or a retaliation with no actor
   ("In response, ... were declared persona non grata") leaves the actor open.
5. A side the sentence does not name comes only from the article's own story
   (`story.complete_from_story`): the one state the article's complete events pair with
   the named side; else it stays unknown (an open actor is then an aggregate). Never
   from the state the article mentions most.
6. `classify_modality`, in this order:
   - a question                                   -> hypothetical
   - negation before the trigger ("will not expel", "refused to expel",
     "reluctance to expel", "decided against")     -> negated
   - a call on someone to act ("urged X to expel", "demanding that ... leave",
     "should expel", "called for the expulsion") -> demand
   - condition, modal or consequence ("if Canada expelled", "could expel",
     "will only lead to deportations"), threat or intention without a decision
     ("threatened to expel", "plans to expel", "is considering expelling"),
     generic argument ("argue that expelling ... will")  -> hypothetical
   - no single state as actor ("A total of 29 countries", "by the US and partner
     nations", "Another 100 diplomats had been deported") -> aggregate
   - everything else, including announced decisions ("will now expel",
     "decided to expel", "began the process of expelling") -> asserted
7. `event_year`: an explicit year in the sentence (the one nearest the trigger),
   else "last year", "last month", "last March", "two years ago", "in March"
   relative to the published date, else the published year, else None.
   `bounded_by_term`: when only the published year is known and the actor is a
   person whose acting role (Mention.role_start/role_end) ended before the article,
   the year is the term's year if the term lies within one year, else None, never
   the article's year ("Donald Trump, who ousted 60 ..." in a 2022 article).
8. `split_elliptical_list`: "Poland has deported 45 Russian diplomats, Germany 40,
   ... and Luxembourg one" gives one event per listed state; lists.py also reads list
   heads ("NORWAY, DENMARK: Two ... diplomats expelled from each country"), "45 and 40
   ... respectively", reciprocal expulsions ("five of each other's diplomats": one event
   each way) and nationality lists after the verb ("two Polish diplomats, one German
   and three French ones", "three diplomats of Poland and one of Germany").

Within an article identical events are reported once, and a count-less mention of
a pair is dropped when the same pair has a counted event with the same modality.
"""
from transforms.expulsions.actors import ACTOR_RULES, Actor, find_actor
from transforms.expulsions.context import ArticleContext
from transforms.expulsions.counts import number_value, parse_count
from transforms.expulsions.event_id import make_event_id
from transforms.expulsions.events import deduplicate, extract_events
from transforms.expulsions.lists import split_elliptical_list
from transforms.expulsions.mentions import country_of, state_of
from transforms.expulsions.modality import AGGREGATE, ASSERTED, DEMAND, HYPOTHETICAL, MODALITIES, NEGATED
from transforms.expulsions.window_modality import classify_modality
from transforms.expulsions.targets import Target, find_target
from transforms.expulsions.tokens import MAX_UNIT_CHARS, Token, Unit, analysis_units, match_personnel, tokenize
from transforms.expulsions.triggers import Trigger, find_cut_triggers, find_triggers
from transforms.expulsions.years import bounded_by_term, event_year

__all__ = [
    "ACTOR_RULES", "AGGREGATE", "ASSERTED", "Actor", "ArticleContext", "DEMAND", "HYPOTHETICAL", "MAX_UNIT_CHARS",
    "MODALITIES", "NEGATED", "Target", "Token", "Trigger", "Unit", "analysis_units", "bounded_by_term",
    "classify_modality", "country_of", "deduplicate", "event_year", "extract_events", "find_actor",
    "find_cut_triggers", "find_target", "find_triggers", "make_event_id", "match_personnel", "number_value",
    "parse_count", "split_elliptical_list", "state_of", "tokenize",
]
