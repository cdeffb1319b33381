"""The one who tells of an expulsion, named after the people expelled and before a verb of saying with no subject
("... and six members of staff, the Ministry of Foreign and European Affairs said"): the parser may hang that name
on the people as one more conjunct. It is no more people and owns none of them (speakers.speaker_in_conjunction)."""
import pytest

from tests.expulsions_helpers import made_up_events

# made-up situations with real names; the ministry is resolved to a state, as the resolver may resolve it
SLOVENIA = {"Slovenia": ("SI", "COUNTRY", True), "Russian": ("RU", "NORP", False),
            "Ministry of Foreign and European Affairs": ("FR", "ORG", True)}
CROATIA = {"Croatia": ("HR", "COUNTRY", True), "Russian": ("RU", "NORP", False),
           "Ministry of Foreign and European Affairs": ("HR", "ORG", True)}


def rows(text, names):
    return sorted((e.expelling_country, e.expelled_country, e.count, e.modality)
                  for e in made_up_events(text, sentence=r".+", names=names))


@pytest.mark.parametrize("text,names,want", [
    ("Croatia has expelled 18 Russian diplomats and six members of administrative staff, the Ministry of "
     "Foreign and European Affairs said in a statement on Monday.", SLOVENIA | {"Croatia": ("HR", "COUNTRY", True)},
     [("HR", "RU", 24, "asserted")]),
    ("Croatia has expelled 18 Russian diplomats and six members of administrative staff, the Ministry of "
     "Foreign and European Affairs said in a statement on Monday.", CROATIA, [("HR", "RU", 24, "asserted")]),
])
def test_the_speaker_after_the_people_is_no_owner_of_them(text, names, want):
    assert rows(text, names) == want


def test_a_state_that_owns_the_last_group_still_owns_it():
    text = "Croatia has expelled 18 Russian diplomats and six Ukrainian diplomats, the ministry said on Monday."
    names = CROATIA | {"Ukrainian": ("UA", "NORP", False)}
    assert rows(text, names) == [("HR", "RU", 18, "asserted"), ("HR", "UA", 6, "asserted")]
