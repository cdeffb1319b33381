"""A company's name that speaks ("Halvard Pumps Corp said", "Halvard said" after "Halvard Pumps Corp") is no
unknown person's: it stays unknown as a company's name. A word the story gives a person (the surname of
someone it names in full, a name after "Mr") stays a person's. Sentences written for these tests."""
from gazetteer.companies_taken_for_people import companies_taken_for_people
from gazetteer.resolution import NameQuery
from gazetteer.verdict import Verdict


def _types(mentions, text):
    return {m.entity_type for m in mentions if m.text == text}


def test_a_company_by_its_registered_name_and_its_short_name_is_no_person(resolve):
    ms = resolve("NEW YORK, April 2 - Halvard Pumps Corp said it agreed to buy a valve maker in Ohio for 40 mln "
                 "dlrs. Halvard said the purchase would add to earnings in 1988. Halvard said it would pay cash.",
                 date="1987-04-02")
    assert "PERSON" not in _types(ms, "Halvard Pumps Corp") | _types(ms, "Halvard"), \
        [(m.text, m.entity_type) for m in ms]
    assert not any(m.entity_id and not m.entity_id.startswith("nn:") for m in ms if m.text == "Halvard")


def test_a_company_named_with_and_is_no_person(resolve):
    ms = resolve("CHICAGO, April 2 - Brandt and Moffat Co said it appointed a new advertising agency for its "
                 "soap brands. Brandt and Moffat said the change takes effect today.", date="1987-04-02")
    assert "PERSON" not in _types(ms, "Brandt and Moffat"), [(m.text, m.entity_type) for m in ms]


def _q(text, label, before=""):
    return NameQuery(text, label, 0, len(text), before)


def _unknown_person(q):
    return Verdict(None, "PERSON", "nil", 0.0, canonical_name=q.text)


def _run(queries):
    results = [_unknown_person(q) for q in queries]
    companies_taken_for_people(queries, results, lambda q, types: Verdict(None, types[0], "nil", 0.0))
    return [r.entity_type for r in results]


def test_the_surname_of_a_person_named_in_full_stays_a_persons():
    # "Carl Wendt ... Wendt and Co Inc ... Wendt said": the financier, whose firm bears his name
    assert _run([_q("Carl Wendt", "PERSON"), _q("Wendt and Co Inc", "ORG"), _q("Wendt", "ORG")]) \
        == ["PERSON", "ORG", "PERSON"]


def test_a_name_after_a_personal_title_stays_a_persons():
    assert _run([_q("Wendt Corp", "ORG"), _q("Wendt", "PERSON", "Mr ")]) == ["ORG", "PERSON"]


def test_a_name_the_story_writes_as_no_company_stays_a_persons():
    assert _run([_q("Anna Wendt", "PERSON"), _q("Wendt", "PERSON")]) == ["PERSON", "PERSON"]
