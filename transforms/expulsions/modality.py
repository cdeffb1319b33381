"""Modality of an event: asserted, hypothetical, negated, demand or aggregate (step 6): from the
arcs that govern its trigger in a dependency parse (`modality_of`, grammar.py); from the text around
the trigger, the window rules: window_modality.py (`classify_modality`)."""
from __future__ import annotations

import re

from transforms.expulsions.parse_words import ALTERNATIVE_MARKS, DEEMING, DEMANDS, DISCOURSE, EVALUATIVE, FACTIVE, HABITUAL, HYPO, HYPO_NOUNS, NOTICE_NOUNS, UNREALISED, \
    BARRING, IN_KIND, LISTING, NEGATING, TELLING, UNCERTAIN, \
    lemma, normalise
from transforms.expulsions.decisions import decision_taking
from transforms.expulsions.phrasal_triggers import denial_of, denied_stay
from transforms.expulsions.parse_words import HESITATING
from transforms.expulsions.denials import any_such, claim_contested_after, course_undone, determined_by_no, negating_phrasal, negative_inversion, neither_nor, no_one, not_yet, \
    undoes, undone
from transforms.expulsions.answered import answered_act, answered_kind
from transforms.expulsions.carried_out import carried_out_on_condition, course_carried_out, joined_doubt
from transforms.expulsions.occasions import occasion_marked
from transforms.expulsions.habits import habit_named, in_a_habit, told_as_common, told_with_habit
from transforms.expulsions.fiction import in_fiction
from transforms.expulsions.mandatives import decided_clause, mandative_subjunctive
from transforms.expulsions.near_misses import FAILING, fell_short
from transforms.expulsions.futures import MODALS, alternative_threatened, bare_would, condition_on, conditioned, future_passive, \
    otherwise, reported_decision
from transforms.expulsions.negation_scope import denied, outside_negation
from transforms.expulsions.talk import adopting_verb, bare_verb_called_for, called_for_in_cleft, needed_act, proposed, talked_of, time_to_act
from transforms.expulsions.told import hearsay_named, hearsay_on, claimed_around, granted_clause, inverted_condition, opens_question, past_time_clause, presupposed, \
    told_as_result, told_by_speaker, \
    wh_subject
from transforms.expulsions.asked_acts import _allowed, _asked_of_another, _mandative


ASSERTED, HYPOTHETICAL, NEGATED, DEMAND, AGGREGATE = "asserted", "hypothetical", "negated", "demand", "aggregate"
MODALITIES = (ASSERTED, HYPOTHETICAL, NEGATED, DEMAND, AGGREGATE)


# the last of a range of measures a state may take: "measures up to and including the expulsion of", "will be
# suppressed, up to the expulsion of" (not what "led up to the expulsion" tells, nor "in the run-up to")
_RANGE = re.compile(r"(?<!\bled )(?<!\blead )(?<!\bleading )(?<!\bleads )(?<!\brun-)(?<!\bbuild-)"
                    r"\bup to(?: and including)?\s+(?:the\s+|an?\s+)?$", re.I)


_OBLIGE = {"should", "must", "ought"}
# a verb form the parser takes for a preposition that names one of a set: "responses would be considered,
# including the expulsion of ...": the expulsion is one of what the verb it hangs on tells of, in its modality
LISTING_PREPOSITIONS = {"including"}


def _listed_under(noun):
    """The verb over the set an expulsion noun is named as one of ("a variety of responses would be considered,
    including the expulsion of ...", "took several measures, including the expulsion of"): the first verb above
    the "including" it hangs on, wherever the parser hangs that (on the set, on a noun after it, on the verb), past a
    relative clause's verb ("considered against any nation whose actions hurt Ruritania, including the expulsion
    of": the clause on a noun lists nothing, the verb over the noun does); else None."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or normalise(noun.head.text) not in LISTING_PREPOSITIONS:
        return None
    return next((a for a in noun.head.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ != "relcl"), None)


def _asked_about(tok) -> bool:
    """Is the trigger inside the second object of "ask", what is asked ("Deputy X asked the Minister for Foreign
    Affairs the engagement that he has had ... in relation to the expulsion of the Russian Ambassador": a written
    question, no expulsion told)?"""
    for a in tok.ancestors:
        if lemma(a) != "ask" or a.pos_ not in ("VERB", "AUX"):
            continue
        objects = [c for c in a.children if c.dep_ in ("dobj", "dative", "iobj")]
        if len(objects) >= 2 and objects[-1].left_edge.i <= tok.i <= objects[-1].right_edge.i:
            return True
    return False


def _notified_intention(noun) -> bool:
    """"told him of Britain's intention to expel him", "announced its intention to expel": an intention a
    state gives notice of is its decision, told; one only held ("intends to", "the intention is") is not."""
    if lemma(noun) not in NOTICE_NOUNS or determined_by_no(noun):
        return False
    teller = noun.head.head if noun.dep_ == "pobj" and normalise(noun.head.text) == "of" else \
        (noun.head if noun.dep_ == "dobj" else None)
    if teller is not None and teller.dep_ == "dobj" and teller.pos_ in ("NOUN", "PROPN", "PRON"):
        teller = teller.head   # "told the ambassador of Ruritania's intention": the parser hangs "of" on the one told
    return teller is not None and lemma(teller) in TELLING and not any(c.dep_ == "neg" for c in teller.children)


def _talked_of(noun) -> bool:
    """Is the expulsion noun the object of a verb of talking about it ("dwell on", "comment on", "discuss")?"""
    h = noun.head
    if noun.dep_ == "pobj" and h.dep_ == "prep":
        h = h.head
    elif noun.dep_ != "dobj":
        return False
    return lemma(h) in DISCOURSE and h.pos_ in ("VERB", "AUX")


def kind_of_act(noun) -> bool:
    """"The expulsion of diplomats ... is an extreme measure", "the expulsion of diplomats is a rare step": an
    expulsion of bare plural people (no article, number, owner or nationality) and of no one, the subject of a
    present "be" that names a kind of thing (an indefinite noun): what such an act is, told of none in particular."""
    if noun.dep_ != "nsubj" or lemma(noun.head) != "be" or noun.head.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("poss", "nummod") or (c.dep_ == "det" and normalise(c.text) != "the") for c in noun.children):
        return False
    people = [o for c in noun.children if c.dep_ == "prep" and normalise(c.text) == "of" for o in c.children
              if o.dep_ == "pobj"]
    if len(people) != 1 or people[0].tag_ != "NNS" or any(c.dep_ in ("det", "nummod", "poss", "amod", "compound")
                                                           for c in people[0].children):
        return False
    attr = next((c for c in noun.head.children if c.dep_ == "attr"), None)
    return attr is not None and attr.pos_ == "NOUN" and \
        any(c.dep_ == "det" and normalise(c.text) in ("a", "an") for c in attr.children)


def modality_of(tok, kind: str, gov, span) -> str:
    """Modality from the arcs that govern the trigger (see the module docstring). A noun ("the
    expulsion of") is presupposed: only the verb that governs it and its own arcs count. "was no longer
    welcome" is read from what governs its copula: its own denial is the predicate's."""
    if kind == "png" and normalise(tok.text) in ("welcome", "acceptable") and lemma(tok.head) == "be":
        copula = tok.head   # "said the ambassador was not welcome": what "said" says of it
        return ASSERTED if copula.head == copula else modality_of(copula.head, "unwelcome", None, span)
    if kind == "leave" and gov is not None and gov.pos_ == "NOUN":   # "a U.S. order that 25 ... leave": the order's
        if gov.dep_ == "dobj" and gov.head.pos_ in ("VERB", "AUX"):   # own arcs ("had not decided how to respond
            return modality_of(gov.head, "issue", None, span)   # to" is not on it); "threatened to issue an order"
        return modality_of(gov, "noun", None, span)
    if kind == "leave" and gov is not None and tok.dep_ in ("relcl", "acl") and \
            (lemma(gov) in LISTING and tok.dep_ == "relcl" or _on_the_object_of(tok, gov)):
        return modality_of(gov, "issue", None, span)   # "would give X the names of 25 diplomats who must leave";
        # "reports that the envoy was given an ultimatum to leave": the giving's own arcs
    if kind == "png" and gov is not None and gov.i < tok.i and gov not in tok.ancestors:
        return modality_of(gov, "expel", None, span)   # "is considering declaring the envoy, X, \"persona non grata\"":
        # the parser hung the status on "said"; the declaring verb's own arcs tell whether it was done
    nominal = kind in ("noun",)
    taking = decision_taking(tok) if nominal else None
    if taking is not None:   # "took the decision on the expulsion of": the taking's own arcs; a decision still to
        if any(c.dep_ == "aux" and normalise(c.text) in ("will", "shall", "'ll", "to") for c in taking.children):
            return HYPOTHETICAL   # take ("will take a decision on the expulsion") may go either way
        return modality_of(taking, "issue", None, span)
    carrying = course_carried_out(tok)
    if carrying is not None and joined_doubt(carrying, tok) is not None:   # "threatened to expel ... and carried out
        return joined_doubt(carrying, tok) or modality_of(tok.head, "issue", None, span)   # the threat": a sibling
    if carrying is not None:   # "carried out its threat to expel", "refused to carry out its threat to expel": the
        return modality_of(carrying, "issue", None, span)   # course's act told as its carrying out is
    if nominal and tok.dep_ == "pobj" and normalise(tok.head.text) in ("with", "by") and lemma(tok.head.head) in IN_KIND \
            and tok.head.head.pos_ in ("VERB", "AUX"):
        return modality_of(tok.head.head, "issue", None, span)   # "retaliated with the expulsion of": the answer's arcs
    if nominal and occasion_marked(tok) is not None:   # "marked the day with the expulsion of": the marking's arcs
        return modality_of(occasion_marked(tok), "issue", None, span)
    listed_in = _listed_under(tok) if nominal else None
    if listed_in is not None:   # "responses would be considered against any nation ..., including the expulsion of":
        # one of a set, told as the verb over the set tells it (a verb of weighing: a course not yet taken)
        return HYPOTHETICAL if lemma(listed_in) in HYPO else modality_of(listed_in, "issue", None, span)
    if nominal and _RANGE.search(tok.doc[max(0, tok.i - 6):tok.i].text + " "):
        return HYPOTHETICAL   # "measures up to and including the expulsion of ..."
    if nominal and any(c.dep_ == "amod" and normalise(c.text) in UNREALISED for c in tok.children):
        return HYPOTHETICAL   # "information on the possible expulsion of Polish diplomats": not (yet) done
    if nominal and hearsay_named(tok):
        return HYPOTHETICAL   # "Germany's reported expulsion of an Iranian attache": passed on, not vouched for
    if nominal and carried_out_on_condition(tok):
        return HYPOTHETICAL   # "if Freedonia went ahead with the expulsion of ...": still to be carried out
    if nominal and answered_act(tok):
        return ASSERTED   # "decided not to retaliate for the expulsion of five more American diplomats": done
    if nominal and answered_kind(tok):
        return HYPOTHETICAL   # "will respond to any expulsion of its diplomats": none yet
    if nominal and told_as_common(tok):
        return HYPOTHETICAL   # "the mass expulsion of Soviet diplomats had become almost routine": a kind of act
    if nominal and tok.dep_ in ("nsubj", "nsubjpass") and lemma(tok.head) in EVALUATIVE:
        return ASSERTED   # "Washington's expulsion of eight of its diplomats was not justified": judged, not denied
    if nominal and kind_of_act(tok):
        return HYPOTHETICAL   # "The expulsion of diplomats is an extreme measure": the kind of act, no one expulsion
    if nominal and _talked_of(tok):
        return ASSERTED   # "I shall not dwell on the expulsion of the 105 officials": the talk is denied, not it
    if kind in ("noun", "expel", "png") and proposed(tok) and adopting_verb(tok) is None:
        return HYPOTHETICAL   # "will present a resolution on the expulsion of the French ambassador", "tabled a
        # motion to expel the ambassador": proposed to a body, not done
    if _lets_us(tok):
        return DEMAND   # "Let us ... expel the Syrian ambassador": a call to act, no act
    if _put_aside(tok) or (gov is not None and _put_aside(gov)):
        return NEGATED   # "summoned the ambassadors rather than expelling Russian staff"
    if fell_short(tok) or (gov is not None and fell_short(gov)):
        return NEGATED   # "Ruritania almost expelled the ambassador", "came close to expelling him": not done
    if not nominal and (hearsay_on(tok) or kind in ("leave", "png") and hearsay_on(gov)):
        return HYPOTHETICAL   # "the ambassador was reportedly expelled": passed on, not vouched for
    words = [normalise(t.text) for t in span if not t.is_space]
    if not nominal and words and words[-1] == "?" and not presupposed(tok):
        return HYPOTHETICAL   # (but "Does he recall that when Ruritania expelled ...?" asks nothing of the expulsion)
    if kind in ("expel", "png") and (_asked_of_another(tok) or (gov is not None and _asked_of_another(gov))):
        return DEMAND
    if _weighed_course(tok):
        return HYPOTHETICAL   # "expelling him would not help": a course weighed, not taken
    if kind in ("expel", "png") and (_allowed(tok) or (gov is not None and _allowed(gov))):
        return HYPOTHETICAL   # "would seek presidential approval to declare 31 employees persona non grata"
    if _asked_about(tok):
        return HYPOTHETICAL   # "asked the Minister the engagement ... in relation to the expulsion of": a question
    if kind in ("expel", "png") and (talked_of(tok) or talked_of(gov)):
        return HYPOTHETICAL   # "talked tough about expelling the Russian Ambassador": words, no act
    if kind in ("expel", "png") and (habit_named(tok) or habit_named(gov)):
        return HYPOTHETICAL   # "Ruritania has a history of expelling Freedonian diplomats": a habit, no one act
    if kind in ("expel", "png") and (time_to_act(tok) or time_to_act(gov)):
        return DEMAND   # "it is time to expel the Russian ambassador": a call to act
    if kind in ("expel", "png") and (needed_act(tok) or needed_act(gov) or bare_verb_called_for(tok)):
        return DEMAND   # "it is necessary to ... expel the UK envoy", "called for ... and expel their ambassador"
    if nominal and called_for_in_cleft(tok):
        return DEMAND   # "what is called for is the expulsion of the Iranian ambassador": called for, not done
    chain, h, same_clause, via = [], tok, True, None
    coordinated = set()   # verbs reached through a conjunct: a sibling clause, not a governor
    own_subject = set()   # verbs whose conjunct (on the way up) has a subject of its own
    unreached = set()   # verbs whose own "not" does not reach their conjunct (on the way up)
    for _ in range(2 if nominal else 6):
        chain.append((h, same_clause))
        if via == "conj":
            coordinated.add(h.i)
        if h.head == h or h.dep_ == "ROOT":
            break
        if h.dep_ not in ("xcomp", "aux", "prep", "pobj", "dobj", "nsubjpass", "attr", "oprd", "acomp", "pcomp",
                          "conj", "compound") and not (kind == "png" and h == tok and deems(h.head, tok)) \
                and not _bare_coordinate(h) and not decided_clause(h):   # ("did not order that he be expelled")
            same_clause = False
        if h.dep_ == "conj" and h.head.pos_ in ("NOUN", "PROPN"):
            same_clause = False
        if h.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children) and \
                h.head.pos_ in ("VERB", "AUX"):
            own_subject.add(h.head.i)   # "Freedonia should be careful, but Ruritania expelled ...": the first
            # clause's "should" is not the second's
        if h.dep_ == "conj" and h.head.pos_ in ("VERB", "AUX") and outside_negation(h):
            unreached.add(h.head.i)   # "Freedonia did not protest, and Ruritania expelled ...", "did not close the
            # consulate but expelled ...": the first verb's "not" is its own
        if h.dep_ in ("xcomp", "pcomp", "prep") and lemma(h.head) in HESITATING or \
                h.dep_ == "xcomp" and lemma(h.head) in FAILING:
            unreached.add(h.head.i)   # "did not hesitate to expel", "did not fail to expel": the "not" is the
            # holding back's
        if any(t.text == ";" for t in h.doc[min(h.i, h.head.i) + 1:max(h.i, h.head.i)]):
            break   # "Poland expelled the diplomat; Moscow vowed to respond": a clause of its own
        if h.dep_ == "ccomp" and lemma(h.head) in FACTIVE and not opens_question(h):
            break   # "Dept will wish to know that Moscow today declared ...": the clause is presupposed
        if h == tok and told_as_result(tok):   # "refused to renew their visas, effectively expelling them"
            if any(c.dep_ == "aux" and normalise(c.text) in MODALS | {"will", "shall", "'ll"} for c in tok.head.children):
                return HYPOTHETICAL   # ("would refuse ..., effectively expelling them": not done)
            break
        if h.dep_ == "ccomp" and told_by_speaker(h.head) and not opens_question(h):
            break   # "I wish to inform the House that the Government have today required ...": told as done
        if past_time_clause(h):
            if claimed_around(h.head):
                return HYPOTHETICAL   # "X claimed that Y protested because Z had expelled ...": the claim's
            break   # "India demanded parity after Ottawa expelled a diplomat": the expulsion is a fact
        beside = granted_clause(h)
        dep, h = h.dep_, h.head
        via = dep
        if beside:
            coordinated.add(h.i)   # "While X expelled ..., the press claimed that ...": the claim is not of it
        if normalise(h.text) == "but":   # "no choice but to expel": the negation is on the choice
            break
        if nominal and (h.pos_ == "ADP" or dep == "pobj" and h.dep_ in ("prep", "acl") and h.head.pos_ in ("NOUN", "PROPN")):
            h = h.head   # (also "the rumours regarding the expulsion": a verb form as the preposition of a noun)
        complement = any(c.dep_ == "mark" and normalise(c.text) == "that" for c in chain[-1][0].children)
        if dep in ("relcl", "acl") and h.pos_ in ("NOUN", "PROPN") and lemma(h) not in HYPO_NOUNS and not complement \
                and not _gerund_object(chain[-1][0]):
            break   # a relative clause; "the fact that ...", "reports that ..." go on
    undoing = undoes(tok) or undone(tok, span)
    if undoing is not None:   # "reversed the expulsion of": undone; "unless Freedonia reverses the expulsion of",
        # "demanded that Freedonia reverse its expulsion", "did not rescind": the undoing is not told as done, and
        # what it would undo is taken as done; a course not undone ("refused to abandon its plan to expel") reads on
        if modality_of(undoing, "issue", None, span) == ASSERTED:
            return NEGATED
        if not course_undone(undoing):
            return ASSERTED
    if claim_contested_after(tok, span):
        return HYPOTHETICAL   # "..., Ecuador said, a claim Mexico denied": the act told is contested
    denial = denial_of(tok) if kind == "leave" and denied_stay(tok) is not None else None
    for node, same in chain:
        lem = lemma(node)
        kids = list(node.children)
        sibling = node.i in coordinated   # "called Mr X to the Office ... and asked him to leave"
        if node != tok and (lem in NEGATING or negating_phrasal(lem, kids, tok)) and not sibling and \
                not (kind == "leave" and node == gov and lem in BARRING):   # "prevented them from returning": a bar
            if denied(kids):
                return HYPOTHETICAL   # "did not rule out the ambassador being expelled", "did not refuse to expel":
                # a denial denied leaves the act open
            return NEGATED
        if node != tok and lem in HESITATING and not sibling and not denied(kids):
            return HYPOTHETICAL   # "Ruritania hesitated to expel ...": held back, not done
        if node != tok and lem in HESITATING and not sibling and \
                any(c.dep_ == "aux" and normalise(c.text) in ("will", "shall", "'ll", "wo", "sha") for c in kids):
            return HYPOTHETICAL   # "Ruritania will not hesitate to expel ...": a vow, no act yet
        if node != tok and kind in ("expel", "png") and not sibling and _allowed(node):
            return HYPOTHETICAL   # "reserved the right to respond by expelling ...": the means of an act allowed
        if node != tok and not sibling and _answers_a_kind(node):
            return HYPOTHETICAL   # "Moscow has in the past responded to such moves by ordering out ...": a habit
        if not sibling and in_a_habit(node):
            return HYPOTHETICAL   # "when diplomats have been expelled, Russia has responded by expelling ...": a habit
        if alternative_threatened(node):
            return HYPOTHETICAL   # "to withdraw its troops or see its ambassador expelled": what an unmet demand brings
        if not sibling and in_fiction(node):
            return HYPOTHETICAL   # "In the novel, Ruritania expels two diplomats": a plot, no news of an act
        if node != tok and node.pos_ == "NOUN" and lem in HYPO_NOUNS and not _notified_intention(node):
            return NEGATED if determined_by_no(node) else HYPOTHETICAL
        if node != tok and lem == "be" and not sibling and any(c.dep_ == "nsubj" and lemma(c) in HYPO_NOUNS for c in kids):
            return HYPOTHETICAL   # "The assumption is that the Soviets will order out ...": a guess at what comes
        if node != tok and lem == "have" and not sibling and any(c.dep_ == "nsubj" and lemma(c) in HYPO_NOUNS
                                                                  for c in kids) \
                and any(c.dep_ == "dobj" and normalise(c.text) == "it" for c in kids):
            return HYPOTHETICAL   # "rumours had it that eight diplomats had been expelled": hearsay, not told as done
        if node != tok and lem == "be" and not sibling and any(c.dep_ == "aux" and normalise(c.text) in MODALS
                                                               for c in kids) \
                and not reported_decision(node) and not bare_would(node):
            return HYPOTHETICAL   # "Ruritania would be within its rights to expel the ambassador", "it would be a
            # mistake to expel", "would be justified in expelling": a judgement of a course not taken
        if node != tok and lem in ("have", "be") and not sibling and not_yet(kids):
            return NEGATED   # "Canada has yet to expel any Russian diplomats": not done
        if node != tok and lem in TELLING and node.pos_ in ("VERB", "AUX") and not sibling and any(c.dep_ == "neg" for c in kids):
            return HYPOTHETICAL   # "could not confirm that Ruritania had expelled ...": not told either way
        if node != tok and lem == "have" and not sibling:   # "we have no plans at present to expel"
            plans = [c for c in kids if c.dep_ == "dobj" and lemma(c) in HYPO_NOUNS]
            if plans:
                return NEGATED if determined_by_no(plans[0]) else HYPOTHETICAL
        if same or node == tok or (kind == "leave" and node == gov):   # (the order to leave is the act, however
            # the parser hangs the leaving on it: "did not order the diplomats to leave" with "leave" its complement)
            if denial is not None and node == denial:
                pass   # "will no longer be permitted to remain": the denial is the order itself
            elif node.i not in unreached and (any(c.dep_ == "neg" for c in kids) or
                                              any(normalise(c.text) in ("no", "never") and c.dep_ in ("det", "neg")
                                                  for c in kids)):
                return NEGATED   # (a conjunct's own subject does not free it of "No allegations were made, but
                # three ... were declared": no_one, as the sets' labels read it)
            if no_one(kids):
                return NEGATED   # "no diplomats were expelled", "no Russian diplomat had been asked to leave"
            if neither_nor(node):
                return NEGATED   # "has neither expelled the ambassador nor closed its embassy"
            if _alternative(node):
                return HYPOTHETICAL   # "have either expelled their ambassadors or announced they will": neither told
            if negative_inversion(kids):
                return NEGATED   # "At no point did Paris expel a Russian diplomat"
            if any(c.dep_ == "aux" and normalise(c.text) in MODALS for c in kids) and not reported_decision(node) \
                    and not bare_would(node) and node.i not in own_subject:
                return HYPOTHETICAL
            if any(c.dep_ == "aux" and normalise(c.text) in _OBLIGE for c in kids) and kind != "leave" \
                    and not (node == tok and _mandative(tok, kind)) and node.i not in own_subject \
                    and not inverted_condition(node):   # ("Should Ruritania expel two diplomats, ...": a condition)
                return DEMAND
            if kind == "leave" and node == gov and node != tok and node.i not in own_subject and \
                    any(c.dep_ == "aux" and normalise(c.text) in _OBLIGE for c in kids) and not inverted_condition(node):
                return DEMAND   # "the ambassador should be told to leave", "must be asked to leave": the order is
                # called for, not given ("were told they must leave" is an order given: the "must" is the leaving's)
            if any(c.dep_ == "advmod" and normalise(c.text) in UNCERTAIN for c in kids):
                return HYPOTHETICAL   # "we'll probably send two of theirs home"
            if mandative_subjunctive(node) and node.i not in own_subject and not (node == tok and _mandative(tok, kind)):
                return DEMAND   # "It is the sense of Congress that he be declared persona non grata and expelled"
                # (but "asked that an attache be withdrawn": the request is the expulsion)
            if told_with_habit(node) or (kind == "png" and node == tok and told_with_habit(gov)):
                return HYPOTHETICAL   # "the two routinely expel each other's diplomats", "have regularly been
                # ordered to leave", "Syldavia has often declared Freedonian diplomats personae non gratae": a habit
            if node.tag_ not in ("VBD", "VBN") and conditioned(kids) or future_passive(kids) and condition_on(node):
                return HYPOTHETICAL   # "Hungary will expel the attaché unless the complaint is dropped"; "... will be
                # required to leave if the talks fail"
            if otherwise(kids):
                return HYPOTHETICAL   # "recall its consul this week, otherwise he'll be expelled"
        if not nominal and (opens_question(node) or wh_subject(node) or inverted_condition(node)):
            return HYPOTHETICAL   # (inverted_condition: "Had Ruritania expelled the 35 diplomats, ...")
        if node != tok and node.pos_ in ("VERB", "AUX") and lem in DEMANDS and not sibling and not _called_in(node) and \
                not (kind == "removal" and node == gov and tok.dep_ == "dobj") and not (kind == "withdraw" and node == gov) \
                and not (lem == "call" and nominal and tok.dep_ == "dobj" and tok.head == node):   # "called the expulsion
            # of its ambassador unacceptable": a judgement of it ("called for the expulsion" is a demand)
            return DEMAND   # (a state that "demanded the departure of four diplomats" or "demanded that X recall
            # two diplomats" ordered it: an order, as "asked X to withdraw" is)
        if node != tok and node.pos_ in ("VERB", "AUX", "ADJ", "ADV") and lem in HYPO and not sibling and \
                not (kind == "png" and deems(node, tok)):
            return HYPOTHETICAL
    return NEGATED if any_such(tok, nominal) else ASSERTED   # "unaware of any expulsions": none told as done


# arcs inside the subject of a clause, from a gerund up to the subject's head ("the feel good from expelling him")
_INSIDE_SUBJECT = ("pcomp", "prep", "pobj", "acomp", "amod", "compound", "dobj")


def _bare_coordinate(verb) -> bool:
    """A bare verb after a comma that the parser hung as an adverbial clause but that is one more verb of a list
    sharing the first one's auxiliary ("should pass it, expel the ambassador, and join ..."): the base form with no
    subject, auxiliary or subordinator of its own."""
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or verb.i < verb.head.i:
        return False
    if any(c.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass", "advmod") and c.i < verb.i for c in verb.children):
        return False
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before is not None and before.text == ","


def _answers_a_kind(verb) -> bool:
    """A verb that answers "such" acts ("responded to such moves", "retaliates against such expulsions") as a
    habit: "in the past" or with an adverb of habit ("often"). What it answers is a kind of act, so its own act is
    no one expulsion. ("Moscow has responded to such moves by expelling 23 ..." may tell one: it stays.)"""
    such = any(p.dep_ == "prep" and normalise(p.text) in ("to", "against", "for") and any(
        o.dep_ == "pobj" and any(d.dep_ in ("det", "amod", "predet") and normalise(d.text) == "such" for d in o.children)
        for o in p.children) for p in verb.children)
    if not such:
        return False
    past = any(p.dep_ == "prep" and normalise(p.text) == "in" and any(normalise(o.text) == "past" for o in p.children)
               for p in verb.children)
    return past or any(c.dep_ == "advmod" and normalise(c.text) in HABITUAL for c in verb.children)


def _weighed_course(tok) -> bool:
    """A gerund of no subject of its own in the subject of a clause with a modal ("expelling him would not help",
    "the short term feel good from expelling the ambassador would have long term consequences"): a course of action
    weighed, not one taken."""
    if tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if not any(c.dep_ == "dobj" for c in tok.children) and any(
            c.dep_ == "ccomp" and c.i > tok.i and _an_option(c) for c in tok.children):
        return True   # "says expelling the ambassador remains an option", its object parsed as the subject of "remains"
    h = tok
    for _ in range(6):
        if h.dep_ in ("csubj", "nsubj"):
            return any(c.dep_ == "aux" and normalise(c.text) in MODALS for c in h.head.children) or _an_option(h.head)
        if h.dep_ not in _INSIDE_SUBJECT or h.head == h:
            return False
        h = h.head
    return False


def _on_the_object_of(clause, verb) -> bool:
    """"was given a 48-hour ultimatum to leave", "set a deadline for them to leave": a clause on the noun (a time, a
    deadline) that is the object of the verb that orders them out; what governs the verb governs the order."""
    noun = clause.head
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("dobj", "dative", "npadvmod") and noun.head == verb


def _gerund_object(verb) -> bool:
    """"ruled out the ambassador being expelled": a passive gerund on the object of a verb is what the verb is
    about (the verb's arcs govern it), not a relative clause on a noun."""
    return verb.dep_ == "acl" and verb.head.dep_ == "dobj" and \
        any(c.dep_ == "auxpass" and normalise(c.text) == "being" for c in verb.children)


def _an_option(verb) -> bool:
    """"is an option", "remains a possibility": a clause that says what its subject is one of the courses open."""
    return lemma(verb) in ("be", "remain") and any(c.dep_ == "attr" and lemma(c) in HYPO_NOUNS for c in verb.children)


def deems(verb, png) -> bool:
    """"said it considers the ambassador persona non grata", "is now considered persona non grata": a verb of
    opinion (patterns/grammar.json deeming_verbs) with the status as its object's predicate declares it (its own
    modal or negation still counts); "is considering declaring him persona non grata" weighs a declaration. A
    measure listed as "Considering the Ruritanian attache persona non grata." is a declaration too, though the
    parser may take the status for the opening gerund's object."""
    if lemma(verb) not in DEEMING:
        return False
    if png.head == verb and verb.pos_ in ("VERB", "AUX") and png.dep_ in ("oprd", "ccomp", "xcomp", "acomp", "attr"):
        return True
    phrase = png   # the head of "persona non grata" as the parser built it ("personae non gratae": on "gratae")
    while phrase.dep_ in ("compound", "amod") and phrase.head.i in (png.i + 1, png.i + 2):
        phrase = phrase.head
    if phrase.dep_ == "pobj" and normalise(phrase.head.text) == "as" and phrase.head.head == verb and \
            verb.pos_ in ("VERB", "AUX"):
        return True   # "considers its Minister in Sofia as persona non grata": the status after "as"
    # the listed measure: the status the opening gerund's object, or hung lower in that object ("Considering the X
    # Charge d'Affaires and all members of the Embassy personae non gratae": on "of the Embassy")
    return verb.dep_ == "ROOT" and verb.tag_ in ("VBG", "IN") and png.dep_ in ("pobj", "dobj", "appos") \
        and (png.head == verb or png in verb.subtree and all(t.is_punct for t in png.doc[png.right_edge.i + 1:png.sent.end])) \
        and all(t.is_punct or t.like_num or t.dep_ == "meta" for t in verb.doc[verb.sent.start:verb.i])   # "13- "


def _lets_us(tok) -> bool:
    """"Let us show support ... and expel the Syrian ambassador", "Let's expel him": a sentence that opens with a
    call on "us" to act."""
    words = [t for t in tok.sent if not t.is_punct and not t.is_space][:2]
    return len(words) == 2 and normalise(words[0].text) == "let" and normalise(words[1].text) in ("us", "'s") and \
        words[0].i < tok.i


def _put_aside(tok) -> bool:
    """"rather than expelling Russian staff", "instead of the expulsion of": the trigger is the object of
    the preposition of such a pair (patterns/grammar.json alternative_marks), the course not taken."""
    h, doc = tok.head, tok.doc
    if tok.dep_ in ("pcomp", "pobj") and h.i >= 1 and (normalise(doc[h.i - 1].text), normalise(h.text)) in ALTERNATIVE_MARKS:
        return True
    j = tok.i - 1   # the pair right before it, where the parser hangs the trigger elsewhere ("... or recalled
    while j >= 0 and doc[j].dep_ in ("det", "poss") and doc[j].head == tok:   # their envoys rather than expelling")
        j -= 1
    return j >= 1 and (normalise(doc[j - 1].text), normalise(doc[j].text)) in ALTERNATIVE_MARKS


def _called_in(verb) -> bool:
    """"called in the ambassador to inform him that ...": "call in" summons, it demands nothing ("called on")."""
    return lemma(verb) == "call" and any(normalise(c.text) == "in" and c.dep_ in ("prt", "prep", "advmod")
                                         and c.i == verb.i + 1 for c in verb.children)


def _alternative(verb) -> bool:
    """Is `verb` one side of "either ... or", which tells neither side as done?"""
    first = verb.head if verb.dep_ == "conj" else verb
    return any(c.dep_ == "preconj" and normalise(c.text) == "either" for c in first.children) and \
        any(c.dep_ == "cc" and normalise(c.text) == "or" for c in first.children)
