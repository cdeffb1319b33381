"""A speaker whose name the parser breaks at its hyphen ("Graustarkian Foreign Minister Fahd al-Mutlaq said"):
the parser may hang the name's pieces on the verb and make the last one its subject, but the title before the
name still says whose minister he is, so his state gives the deadline to get out of "the country"."""
import pytest

from tests.expulsions_helpers import grammar_readings, made_up_rows

NAMES = {"Graustarkian": ("GK", "norp"), "Freedonia": ("FD", "state"), "Syldavia": ("SV", "state")}


@pytest.mark.parametrize("text, want", [
    ("Graustarkian Foreign Minister Fahd al-Mutlaq said Freedonia's diplomats had 48 hours to get out of the "
     "country.", [("GK", "FD", None, "asserted")]),
    ("Graustarkian Foreign Minister Fahd al-Mutlaq said Syldavia's diplomats had 48 hours to get out of the "
     "country.", [("GK", "SV", None, "asserted")]),
    # a name with no title before it says nothing of whose deadline it is
    ("Fahd al-Mutlaq said Freedonia's diplomats had 48 hours to get out of the country.",
     [(None, "FD", None, "asserted")]),
])
def test_title_of_a_speaker_with_a_split_name(nlp, text, want):
    assert grammar_readings(nlp, text, NAMES) == want


def test_neither_side_named_after_a_split_name():
    # the sentence after: "the kingdom" is an "it" whose state the sentence before does not give as its subject,
    # "the embassy" the one named earlier; a state guessed for each side would be a guess on a guess
    text = ("Protesters stormed the Graustarkian embassy in Fredville. Graustarkian Foreign Minister Fahd al-Mutlaq "
            "said Freedonia's diplomats had 48 hours to get out of the country. \"The kingdom requests the departure "
            "of delegates of diplomatic missions of the embassy within 48 hours,\" he said.")
    assert {(a, b) for a, b, n, m in made_up_rows(text, "2016-01-04") if m == "asserted"} <= {("GK", "FD")}
