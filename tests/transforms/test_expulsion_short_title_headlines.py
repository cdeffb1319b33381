"""A headline of four words in title case ("Freedonia Expels Ruritanian Diplomat") is read in lower case like a
longer one, and a "name" the recogniser found over the whole headline does not make every word a name again
(headline written for these tests)."""
from tests.expulsions_helpers import made_up_rows
from transforms.expulsions.readable_case import readable_case
from transforms.records import Mention


def test_a_four_word_title_case_headline_is_read_in_lower_case():
    text = "Freedonia Expels Ruritanian Diplomat"
    mentions = [Mention("a", 0, 9, "Freedonia", "GPE", "COUNTRY"), Mention("a", 17, 27, "Ruritanian", "NORP", "NORP")]
    assert readable_case(text, 0, len(text), mentions) == "Freedonia expels Ruritanian diplomat"
    assert ("FD", "RR", 1, "asserted") in made_up_rows(text)


def test_a_name_over_the_whole_headline_is_not_kept_in_capitals():
    text = "Freedonia Expels Ruritanian Diplomat"
    mentions = [Mention("a", 0, len(text), text, "ORG", "ORG"),
                Mention("a", 0, 9, "Freedonia", "GPE", "COUNTRY"),
                Mention("a", 17, 27, "Ruritanian", "NORP", "NORP")]
    assert readable_case(text, 0, len(text), mentions) == "Freedonia expels Ruritanian diplomat"
