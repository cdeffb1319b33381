"""A person of Spanish naming is known by the father's surname and named without the mother's
(gazetteer/person_match.without_second_surname); Belarusian names written with 'u' for 'ў' are the
Russian spellings with 'v' (gazetteer/lookalike). Sentences written for this test, with the real
model and gazetteer."""
from gazetteer.lookalike import spelling_variants
from gazetteer.model import Entity
from gazetteer.person_match import without_second_surname
from gazetteer.store import Gazetteer


def _linked(ms):
    return {m.text: m.canonical_name for m in ms if m.entity_id and not m.entity_id.startswith("nn:")}


def test_a_general_named_without_his_mothers_surname_is_the_one_the_sources_name_in_full(resolve):
    ms = resolve("SANTIAGO, Sept. 14 - General Augusto Pinochet told the foreign press that the junta would "
                 "hold power for years.", "1973-09-14")
    # linked to the one the sources name in full, and reported as reference works name him
    assert _linked(ms).get("Augusto Pinochet") == "Augusto Pinochet"
    pinochet = next(m for m in ms if m.text == "Augusto Pinochet")
    assert pinochet.entity_id.startswith("phoenix:")          # Augusto Pinochet Ugarte in the sources


def test_a_prime_minister_named_so_in_a_1990_story(resolve):
    ms = resolve("Felipe Gonzalez flew to Bonn on Monday for talks on the fishing quota.", "1990-02-05")
    assert _linked(ms).get("Felipe Gonzalez") == "Felipe Gonzalez"


def test_two_given_names_are_no_one_s_name_less_a_surname():
    gaz = Gazetteer([Entity("p:1", "Jose Maria Quintero", "PERSON", "ES"),
                     Entity("p:2", "Maria Lopez", "PERSON", "ES"), Entity("p:3", "Maria Ruiz", "PERSON", "MX"),
                     Entity("p:4", "Maria Vidal", "PERSON", "CL"),
                     Entity("p:5", "Ramon Alcazar Duarte", "PERSON", "PE"),
                     Entity("p:6", "Ramon Alcazar Duarte", "PERSON", "FR")])
    assert without_second_surname(gaz, "jose maria") == []          # "maria" opens three people's names
    assert [e.entity_id for e in without_second_surname(gaz, "ramon alcazar")] == ["p:5"]   # Spanish naming only
    assert without_second_surname(gaz, "alcazar") == []


def test_a_belarusian_given_name_in_u_is_the_russian_one_in_v(resolve):
    assert spelling_variants("stanislau", "stanislav") and spelling_variants("yaraslau", "yaroslav")
    assert not spelling_variants("moreau", "morel")
    ms = resolve("President Leonid Kravchuk of Ukraine and Stanislav Shushkevich of Belarus signed the "
                 "agreement in Minsk.", "1992-01-03")
    assert _linked(ms).get("Stanislav Shushkevich") == "Stanislau Shushkevich"


def test_a_person_reported_without_the_mothers_surname_unless_the_story_writes_it(resolve):
    ms = resolve("LA PAZ - President Victor Paz Estenssoro met Spanish Prime Minister Felipe Gonzalez Marquez, "
                 "and Gonzalez left for Lima.", "1987-03-10")
    linked = _linked(ms)
    assert linked.get("Victor Paz Estenssoro") == "Victor Paz Estenssoro"
    assert linked.get("Felipe Gonzalez Marquez") == "Felipe Gonzalez Marquez"   # the story writes it


def test_a_person_reported_without_the_middle_names_the_story_leaves_out(resolve):
    ms = resolve("WELLINGTON - Former Prime Minister Robert Muldoon criticised the budget. Muldoon said "
                 "it would hurt farmers.", "1987-03-10")
    assert {_linked(ms)[t] for t in ("Robert Muldoon", "Muldoon")} == {"Robert Muldoon"}   # sources: "Robert David Muldoon"
    ms = resolve("WELLINGTON - Robert David Muldoon criticised the budget.", "1987-03-10")
    assert _linked(ms).get("Robert David Muldoon") == "Robert David Muldoon"   # written in full
    ms = resolve("WELLINGTON - Prime Minister Muldoon criticised the budget.", "1982-03-10")
    assert _linked(ms).get("Muldoon") == "Robert David Muldoon"   # no given name written: the full name


def test_a_leader_named_with_his_mothers_surname_the_sources_leave_out():
    from gazetteer.model import Role
    from gazetteer.resolver import ArticleResolver
    from tests.gazetteer.test_home_bodies import read
    gaz = Gazetteer([Entity("c:mx", "Mexico", "COUNTRY", "MX", demonyms=["Mexican"]),
                     Entity("p:rv", "Ramon Velarde", "PERSON", "MX",
                            roles=[Role("head_of_state", "President of Mexico", "MX", "1982-12-01", "1988-11-30")])])
    text = "Mexico said on Monday that President Ramon Velarde Ochoa would fly to Havana."
    res = read(ArticleResolver(gaz), text, ("Mexico", "GPE"), ("Ramon Velarde Ochoa", "PERSON"), date="1985-03-01")
    assert res[1].entity_id == "p:rv"
    # out of office: another Ramon Velarde, his son perhaps, with his own mother's surname
    res = read(ArticleResolver(gaz), text, ("Mexico", "GPE"), ("Ramon Velarde Ochoa", "PERSON"), date="2005-03-01")
    assert res[1].entity_id is None
