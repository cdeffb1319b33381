"""Datelines (sentences written for these tests): the place stays a name of its own, and the name
after the dash is recognised as if the dateline were not there."""
import pytest

from transforms.datelines import dateline_length
from transforms.recognise import worker_spacy_model


@pytest.fixture(scope="module")
def nlp():
    return worker_spacy_model()


def ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, place, name", [
    ("RIYADH - Crown Prince Mohammed bin Salman received the envoy.", "RIYADH", "Mohammed bin Salman"),
    ("NEW YORK, May 2 (AP) — Secretary-General Antonio Guterres spoke.", "NEW YORK", "Antonio Guterres"),
])
def test_the_dateline_place_is_not_run_into_the_next_name(nlp, text, place, name):
    found = ents(nlp, text)
    assert (place, "GPE") in found
    assert any(t == name for t, _ in found), found
    assert not any(place in t and t != place for t, _ in found), found


def test_a_text_without_dateline_is_left_to_the_model(nlp):
    text = "Antonio Guterres met the envoy in New York - briefly."
    assert ("Antonio Guterres", "PERSON") in ents(nlp, text)


@pytest.mark.parametrize("text, cut", [
    ("OSLO (AP) - Norway expelled", "OSLO (AP) - "),
    ("NEW YORK, May 2 (Reuters) — The", "NEW YORK, May 2 (Reuters) — "),
    ("Norway expelled 45 - and more", ""),
    ("Oslo - the capital", ""),
    ("MOSCOW (AP) _ Four Canadian diplomats", "MOSCOW (AP) _ "),   # the old AP wire's underscore for a dash
    ("HAVANA _ Cuba expelled", "HAVANA _ "),
    ("Norway_expelled", ""),
    ("MOSCOW, March 30. /TASS/. Russia expelled", "MOSCOW, March 30. /TASS/. "),   # TASS's agency between slashes
])
def test_dateline_length(text, cut):
    assert text[:dateline_length(text)] == cut


@pytest.mark.parametrize("text, length", [
    ("LISBON, Nov. 12 (Reuters) - Portugal recalled its ambassador.", len("LISBON, Nov. 12 (Reuters) - ")),
    ("CAIRO, Sept. 3 - Egypt closed the consulate.", len("CAIRO, Sept. 3 - ")),
    ("NAIROBI. Mr. Otieno - the minister - spoke.", 0),
])
def test_a_dateline_whose_date_has_an_abbreviated_month_is_a_dateline(text, length):
    assert dateline_length(text) == length


def test_a_place_in_capitals_and_a_colon_is_a_dateline_to_the_resolver_only():
    from transforms.datelines import place_dateline_length
    text = "KARACHI: The provincial government said on Monday it would appeal."
    assert place_dateline_length(text) == len("KARACHI: ") and dateline_length(text) == 0
    assert place_dateline_length("NEW DELHI: India said on Monday.") == len("NEW DELHI: ")
    assert place_dateline_length("LONDON, May 2 (Reuters) - Britain said.") == dateline_length("LONDON, May 2 (Reuters) - Britain said.")
    for text in ["The minister said: Britain will act.", "Note: figures are provisional.",
                 "RUSSIA EXPELS TWO MORE DIPLOMATS: The ministry said so.", "NEW DELHI:India"]:
        assert place_dateline_length(text) == 0, text


def test_an_agency_between_slashes_is_a_name_of_its_own_after_the_dateline_place(nlp):
    found = ents(nlp, "SEOUL, November 21. /TASS/. North Korea's Foreign Minister spoke on Monday.")
    assert ("SEOUL", "GPE") in found and ("TASS", "ORG") in found, found
    assert [t.text for t in nlp.make_doc("and/or /home/ 24/7")] == ["and/or", "/home/", "24/7"]   # no agency


def test_an_agency_whose_closing_bracket_runs_into_the_dash_is_a_word_of_its_own(nlp):
    words = [t.text for t in nlp.make_doc("GDANSK, Poland (AFP)- Shipyard workers struck on Monday.")]
    assert words[3:7] == ["(", "AFP", ")", "-"], words
    assert dateline_length("GDANSK, Poland (AFP)- Shipyard workers struck.") == len("GDANSK, Poland (AFP)- ")
    for text in ["the (a)- b", "item 3)- 4", "(x)-ray"]:   # no agency: lower case, a number, a word after
        assert not any(t.text == "-" for t in nlp.make_doc(text)), text


@pytest.mark.parametrize("text, place", [
    ("AMRITSAR: Police arrested two men near the border on Monday.", "AMRITSAR"),
    ("PESHAWAR: The provincial assembly met on Tuesday.", "PESHAWAR"),
])
def test_a_place_in_capitals_before_a_colon_is_a_place(nlp, text, place):
    assert (place, "GPE") in ents(nlp, text)


def test_a_speakers_name_before_a_colon_is_no_place(nlp):
    assert ("LORD HALVERSTON", "GPE") not in ents(nlp, "LORD HALVERSTON: My Lords, the Government must answer.")


@pytest.mark.parametrize("text, agency, place", [
    ("Xinhua News Agency Monrovia November 22 - Liberia closed its border.", "Xinhua News Agency", "Monrovia"),
    ("Xinhua News Agency Dar es Salaam 22 November - Tanzania recalled its envoy.", "Xinhua News Agency",
     "Dar es Salaam"),
    ("Korean Central News Agency Pyongyang Nov. 3, 1986 -- The talks failed.", "Korean Central News Agency",
     "Pyongyang"),
])
def test_an_agency_before_the_place_leaves_the_place_a_name_of_its_own(nlp, text, agency, place):
    found = ents(nlp, text)
    assert (agency, "ORG") in found and (place, "GPE") in found, found
    assert text[dateline_length(text):].split()[0] in ("Liberia", "Tanzania", "The")
    # an agency named in a sentence opens no dateline
    assert dateline_length("Xinhua News Agency reported on November 22 - after a delay - that it closed.") == 0
