"""A body named by the body it belongs to is one name (sentences written for these tests)."""
import spacy

from transforms.bodies_of_bodies import joined_bodies, named_owners

NLP = spacy.blank("en")


def _span(text, name, label):
    start = len(NLP(text[:text.index(name)]))
    return (start, start + len(NLP(name)), label)


def joined(text, names, gazetteer=()):
    """The spans' texts after joining, for the model's spans `names` ((text, label)) of `text`."""
    doc = NLP(text)
    ner = [_span(text, n, lab) for n, lab in names]
    gaz = [_span(text, n, lab) for n, lab in gazetteer]
    return [doc[s:e].text for s, e, _ in joined_bodies(doc, ner, gaz)]


def test_a_council_of_a_party_is_one_body():
    text = "Ri Chol, a director of the Central Committee of the WPK, met them."
    assert joined(text, [("Ri Chol", "PERSON"), ("Central Committee", "ORG"), ("WPK", "ORG")]) == \
        ["Ri Chol", "Central Committee of the WPK"]


def test_a_commission_of_a_state_is_one_body():
    text = "He chairs the State Planning Commission of the DPRK."
    assert joined(text, [("State Planning Commission", "ORG"), ("DPRK", "GPE")]) == \
        ["State Planning Commission of the DPRK"]


def test_the_model_span_ending_on_of_the_takes_the_owner():
    text = "The Council of Foreign Ministers of the SCO met in Dushanbe."
    assert joined(text, [("Council of Foreign Ministers of the", "ORG"), ("SCO", "ORG"), ("Dushanbe", "GPE")]) == \
        ["Council of Foreign Ministers of the SCO", "Dushanbe"]


def test_a_body_and_its_head_word_after_it_are_one_body():
    text = "The Secretary General of the ASEAN Secretariat was present."
    assert joined(text, [], gazetteer=[("ASEAN", "GAZ:ORG")]) == ["ASEAN Secretariat"]
    text = "Staff of the NATO Secretariat said so."
    assert joined(text, [("NATO", "ORG")]) == ["NATO Secretariat"]


def test_two_bodies_joined_by_and_stay_apart():
    text = "He wrote to the Council of the EU and NATO on Monday."
    assert joined(text, [("Council", "ORG"), ("EU", "ORG"), ("NATO", "ORG")]) == ["Council", "EU", "NATO"]


def test_a_title_or_a_body_without_a_head_word_joins_nothing():
    text = "The Secretary-General of NATO met the foreign ministers of ASEAN and China."
    assert joined(text, [("NATO", "ORG"), ("ASEAN", "ORG"), ("China", "GPE")]) == ["NATO", "ASEAN", "China"]
    text = "The Lazard Brothers of the City said so."
    assert joined(text, [("Lazard Brothers", "ORG"), ("City", "ORG")]) == ["Lazard Brothers", "City"]


def test_the_owner_named_by_initials_stays_a_name_of_its_own():
    text = "They met at the Council of the Ministers of Foreign Affairs of SCO Member States."
    doc = NLP(text)
    s, e, _ = _span(text, "Council of the Ministers of Foreign Affairs of SCO", "ORG")
    assert [doc[a:b].text for a, b, _, _ in named_owners(doc, [(s, e, "ORG", "ner")])] == ["SCO"]
    s, e, _ = _span(text, "Ministers of Foreign Affairs of SCO", "ORG")   # no body's head word: no owner
    assert named_owners(doc, [(s, e, "ORG", "ner")]) == []


def test_the_owner_span_beginning_with_the_is_taken_whole():
    text = "Wang Yi, a member of the Political Bureau of the CPC Central Committee, spoke."
    assert joined(text, [("Wang Yi", "PERSON"), ("the Political Bureau", "ORG"), ("the CPC Central Committee", "ORG")]) \
        == ["Wang Yi", "the Political Bureau of the CPC Central Committee"]


def test_a_party_with_its_initials_in_brackets_before_a_committee_is_the_committee():
    text = "A member of the Political Bureau of the Workers' Party of Korea (WPK) Central Committee spoke."
    assert joined(text, [("the Political Bureau", "ORG"), ("the Workers' Party of Korea", "ORG"), ("WPK", "ORG"),
                         ("Central Committee", "ORG")]) == \
        ["the Political Bureau of the Workers' Party of Korea (WPK) Central Committee"]
    text = "The Workers' Party of Korea (WPK) said so and the Central Committee met."   # no head word after the bracket
    assert joined(text, [("The Workers' Party of Korea", "ORG"), ("WPK", "ORG"), ("Central Committee", "ORG")]) == \
        ["The Workers' Party of Korea", "WPK", "Central Committee"]
    text = "The Workers' Party of Korea (WPK) Central Committee met."
    doc = NLP(text)
    s, e, _ = _span(text, "The Workers' Party of Korea (WPK) Central Committee", "ORG")
    assert [doc[a:b].text for a, b, _, _ in named_owners(doc, [(s, e, "ORG", "ner")])] == ["WPK"]
