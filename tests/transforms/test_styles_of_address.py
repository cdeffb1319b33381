"""A name after a style of address ("H.E.", "YAB Tun Haji", "Alhaji") is the person's span, without the style."""
import pytest
import spacy

from transforms.recognise import EntityRecogniser, load_spacy_model
from transforms.records import Article
from transforms.styles_of_address import styled_span


@pytest.fixture(scope="module")
def recogniser():
    return EntityRecogniser(load_spacy_model(), {"COUNTRY": ["Ruritania"], "NORP": ["Ruritanian"]})


def _people(rec, text):
    (r,) = rec.recognise([Article("a", text)])
    return {m.text for m in r.mentions if m.label == "PERSON"}, {m.text for m in r.mentions}


def test_names_after_styles_ranks_and_titles_are_people_without_them(recogniser):
    text = ("2. The Meeting was attended by H.E. Air Chief Marshal Pravit Somboon, Minister of Foreign Affairs "
            "of Ruritania; Y.M. Tengku Idris Mansor, Minister of Foreign Affairs; YAB Tun Haji Osman bin Yusof, "
            "Prime Minister; and His Excellency Dato' Haji Kamal bin Haji Daud. Vice-President Alhaji Musa "
            "Danjuma also attended.")
    people, texts = _people(recogniser, text)
    assert {"Pravit Somboon", "Tengku Idris Mansor", "Osman bin Yusof", "Kamal bin Haji Daud",
            "Musa Danjuma"} <= people, people
    # no style, rank or piece of one left as a name of its own
    assert not any(t.split()[0] in ("H.E.", "Y.M.", "YAB", "Tun", "Haji", "Alhaji", "Air", "Dato", "His")
                   for t in texts), texts


def test_a_style_inside_a_name_or_none_before_one_opens_nothing():
    nlp = spacy.blank("en")
    for text, at, want in (("H.E. Dr. Pravit Somboon", 0, "Pravit Somboon"),
                           ("H.E. Carlos P. Romulo, Secretary", 0, "Carlos P. Romulo"),   # a middle initial
                           ("H.E. Mr. Raul S. Manglapus", 0, "Raul S. Manglapus"),
                           ("YAB Tun Osman", 0, "Osman"),
                           ("Kamal bin Haji Daud", 2, None),      # the father's style inside the name
                           ("Yusuf Haji Omar", 1, None),          # a pilgrim's style after a given name
                           ("U Tun Tin", 1, None),                # "Tun" alone opens Burmese names
                           ("H.E., the guest of honour", 0, None),
                           ("the haji season", 1, None)):         # not written as a style
        doc = nlp(text)
        found = styled_span(doc, at)
        assert (doc[found[0]:found[1]].text if found else None) == want, text


def test_the_commonwealths_style_opens_a_full_name_only():
    nlp = spacy.blank("en")
    for text, at, want in (("the Honourable Kamla Persad-Bissessar, chaired", 1, "Kamla Persad-Bissessar"),
                           ("Dr. the Honourable Kenny D. Anthony; and", 2, "Kenny D. Anthony"),
                           ("The Most Honourable Portia Simpson-Miller; the", 2, "Portia Simpson-Miller"),
                           ("the Rt. Honourable Perry G. Christie", 3, "Perry G. Christie"),
                           ("the Honourable Member for Bristol East", 1, None),     # a member's seat
                           ("the Honourable East India Company", 1, None),          # a body
                           ("the Honourable Gentleman opposite", 1, None),
                           ("the Honourable Thompson said", 1, None)):              # no full name
        doc = nlp(text)
        found = styled_span(doc, at)
        assert (doc[found[0]:found[1]].text if found else None) == want, text


def test_people_styled_honourable_in_a_communique_are_found_without_the_style(recogniser):
    text = ("The Conference was chaired by the Prime Minister of Ruritania, the Honourable Kamla Persad-Bissessar. "
            "Other members in attendance were The Most Honourable Portia Simpson-Miller and Dr. the Honourable "
            "Kenny D. Anthony. Earlier the Honourable Member for Bristol East had praised the Honourable East "
            "India Company.")
    people, texts = _people(recogniser, text)
    assert {"Kamla Persad-Bissessar", "Portia Simpson-Miller", "Kenny D. Anthony"} <= people, people
    assert not any("Member" in t or "Company" in t or "Honourable" in t for t in people), people


def test_the_pilgrims_el_hadj_and_al_hajj_open_a_name():
    nlp = spacy.blank("en")
    for text, at, want in (("President El Hadj Omar Bongo Ondimba met", 1, "Omar Bongo Ondimba"),
                           ("El Hadji Mamadou Diallo, the minister", 0, "Mamadou Diallo"),
                           ("Al-Hajj Yusuf Kamara said", 0, "Yusuf Kamara"),
                           ("Ahmed El Hadj Omar said", 1, None),        # the style inside a name
                           ("the el hadj season", 1, None)):            # not written as a style
        doc = nlp(text)
        found = styled_span(doc, at)
        assert (doc[found[0]:found[1]].text if found else None) == want, text


def test_a_styled_name_that_names_a_building_or_a_body_is_no_person():
    nlp = spacy.blank("en")
    for text, at in (("El Hadj Omar Bongo Ondimba International Airport was closed", 0),
                     ("the Alhaji Aminu Kano International Airport in Kano", 1),
                     ("at the Alhaji Musa Danjuma Mosque on Friday", 2),
                     ("the Haji Osman Yusof Memorial Stadium", 1),
                     ("the Alhaji Yusuf Kamara Foundation", 1)):
        doc = nlp(text)
        assert styled_span(doc, at) is None, text


def test_styled_people_beside_a_styled_airport(recogniser):
    text = ("Alhaji Saidu Barde said on Monday that Alhaji Aminu Kano International Airport would reopen. "
            "El Hadj Omar Bongo Ondimba International Airport was closed, and President El Hadj Omar Bongo "
            "Ondimba flew to Franceville.")
    people, texts = _people(recogniser, text)
    assert {"Saidu Barde", "Omar Bongo Ondimba"} <= people, people
    assert not any("Airport" in t for t in people), people
