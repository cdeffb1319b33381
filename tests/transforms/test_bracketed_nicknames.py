"""A name in brackets right after a known person's full name is that person ("President Arif Santoso (Pak
Arif) ... Pak Arif said"), where the resolver left the bracketed name unknown; a party, a town or another
known person in brackets is not (names and sentences made up for these tests)."""
from gazetteer.resolution import Resolution
from tests.mention_helpers import name_queries
from transforms.bracketed_nicknames import bracketed_nicknames

SANTOSO = Resolution("PERSON", "p:1", "Arif Santoso", "XI", score=1.0, method="exact")
UNKNOWN = Resolution("PERSON", None, "Pak Arif", None, score=0.0, method="nil")




def test_an_unknown_name_in_brackets_after_a_known_persons_name_and_its_later_mentions_are_that_person():
    text = "President Arif Santoso (Pak Arif) met the envoys. Pak Arif said the talks went well."
    queries = name_queries(text, ("Arif Santoso", "PERSON"), ("Pak Arif", "PERSON"), ("Pak Arif", "PERSON"))
    got = bracketed_nicknames(queries, [SANTOSO, UNKNOWN, UNKNOWN], text)
    assert [a.entity_id for a in got] == ["p:1", "p:1", "p:1"]
    assert got[1].method == "coref"


def test_a_body_a_known_person_or_a_name_not_in_brackets_right_after_stays_as_it_was():
    text = "Mr. Arif Santoso (Labour) spoke. Arif Santoso (Budi Harsono) spoke. Arif Santoso met Pak Arif."
    labour = Resolution("ORG", None, "Labour", None, method="nil")
    harsono = Resolution("PERSON", "p:2", "Budi Harsono", "XI", score=1.0, method="exact")
    queries = name_queries(text, ("Arif Santoso", "PERSON"), ("Labour", "ORG"), ("Arif Santoso", "PERSON"),
                       ("Budi Harsono", "PERSON"), ("Arif Santoso", "PERSON"), ("Pak Arif", "PERSON"))
    answers = [SANTOSO, labour, SANTOSO, harsono, SANTOSO, UNKNOWN]
    assert bracketed_nicknames(queries, answers, text) == answers
