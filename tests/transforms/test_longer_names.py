"""A name inside or right before a longer name is part of it, not the entity the gazetteer knows by it."""
from gazetteer.resolution import Resolution
from transforms.longer_names import parts_of_longer_names
from transforms.records import RawMention

COUNCIL = Resolution("ORG", "org:sc", "Security Council of the Allied Nations", score=0.97, method="alias")


def raw(text, label, start, origin="ner", before=""):
    return RawMention(start, start + len(text), text, label, 0, origin, before, False)


def test_a_bodys_name_ending_a_longer_bodys_name_is_unknown():
    text = "the Coastal Security Council"
    mentions = [raw("Coastal Security Council", "ORG", 4), raw("Security Council", "GAZ:ORG", 12, "nested")]
    out = parts_of_longer_names(mentions, [Resolution("ORG", None, "Coastal Security Council"), COUNCIL])
    assert out[1].entity_id is None and text


def test_a_states_body_and_the_body_itself_keep_their_link():
    qandarian = Resolution("NORP", "c:xq", "Qandaria", "XQ", score=1.0, method="demonym")
    mentions = [raw("Qandarian Security Council", "ORG", 0), raw("Qandarian", "GAZ:NORP", 0, "nested"),
                raw("Security Council", "GAZ:ORG", 10, "nested")]
    out = parts_of_longer_names(mentions, [Resolution("ORG", None, "Qandarian Security Council"), qandarian, COUNCIL])
    assert out[2].entity_id == "org:sc"
    mentions = [raw("The Security Council", "ORG", 0), raw("Security Council", "GAZ:ORG", 4, "nested")]
    out = parts_of_longer_names(mentions, [Resolution("ORG", None, "The Security Council"), COUNCIL])
    assert out[1].entity_id == "org:sc"


def test_another_states_body_inside_a_states_name_is_unknown():
    office = Resolution("ORG", "org:fo", "Foreign Office of Vestria", "XV", "XV", score=0.97, method="alias")
    qandarian = Resolution("NORP", "c:xq", "Qandaria", "XQ", score=1.0, method="demonym")
    vestrian = Resolution("NORP", "c:xv", "Vestria", "XV", score=1.0, method="demonym")
    for demonym, answer, kept in (("Qandarian", qandarian, False), ("Vestrian", vestrian, True)):
        mentions = [raw(f"{demonym} Foreign Office", "ORG", 0), raw(demonym, "GAZ:NORP", 0, "nested"),
                    raw("Foreign Office", "GAZ:ORG", len(demonym) + 1, "nested")]
        out = parts_of_longer_names(mentions, [Resolution("ORG", None, f"{demonym} Foreign Office"), answer, office])
        assert (out[2].entity_id == "org:fo") is kept   # the Qandarian one is no Vestrian body


def test_a_word_before_a_persons_name_is_no_other_person():
    cleric = Resolution("PERSON", "p:1", "Sheikh Omar Talal", "XQ", score=0.9, method="coref")
    mentions = [raw("Sheikh", "PERSON", 0), raw("Hadi Marun", "PERSON", 7, before="Sheikh "), raw("Omar Talal", "PERSON", 40)]
    full = Resolution("PERSON", "p:1", "Sheikh Omar Talal", "XQ", score=1.0, method="alias")
    out = parts_of_longer_names(mentions, [cleric, Resolution("PERSON", None, "Hadi Marun"), full])
    assert out[0].entity_id is None and out[2].entity_id == "p:1"
    # a given name before the same person's surname stays that person
    given = Resolution("PERSON", "p:1", "Sheikh Omar Talal", "XQ", score=0.9, method="coref")
    mentions = [raw("Omar", "PERSON", 0), raw("Talal", "PERSON", 5)]
    out = parts_of_longer_names(mentions, [given, full])
    assert out[0].entity_id == "p:1"


def test_a_comma_parts_two_people():
    # "When the visitor is Talal, Marun lends him the car.": Talal is the person named before, Marun another
    text = "When the visitor is Talal, Marun lends him the car."
    talal = Resolution("PERSON", "p:1", "Sheikh Omar Talal", "XQ", score=0.9, method="coref")
    marun = Resolution("PERSON", "p:2", "Hadi Marun", "XR", score=0.9, method="coref")
    mentions = [raw("Talal", "PERSON", 20, before=text[:20]), raw("Marun", "PERSON", 27, before=text[:27])]
    out = parts_of_longer_names(mentions, [talal, marun])
    assert out[0].entity_id == "p:1" and out[1].entity_id == "p:2"


def test_a_town_before_a_romance_particle_and_a_capitalised_word_names_a_longer_place():
    from gazetteer.model import Entity
    from gazetteer.resolution import NameQuery
    from gazetteer.store import Gazetteer
    from transforms.longer_names import towns_before_particles
    gaz = Gazetteer([Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"])])
    town = Resolution("CITY", "t:1", "Porto Verde", "XQ", score=1.0, method="exact")

    def answer(text):
        i = text.index("Porto Verde")
        q = NameQuery("Porto Verde", "GPE", i, i + len("Porto Verde"), text[:i])
        return towns_before_particles([q], [town], text, gaz)[0]
    for text in ("Farmers marched in the state of Porto Verde do Norte on Monday.",
                 "Pilgrims reached Porto Verde de la Sierra, the bishop said.",
                 "The ferry left Porto Verde\ndas Ilhas at dawn."):
        out = answer(text)
        assert out.entity_id is None and out.country_code == "XQ", text
    for text in ("The ferry left Porto Verde de Qandaria at dawn.",   # the town by its country's name
                 "Porto Verde said on Monday that rates would fall.", "He flew to Porto Verde de facto alone.",
                 "The mayor of Porto Verde, Ana de Souza, resigned."):
        assert answer(text).entity_id == "t:1", text
