"""An abbreviation the article spells out is what it spells, not the body the gazetteer knows by it."""
import pytest

from gazetteer.abbreviations import expansion, only_as_initials
from gazetteer.model import Entity
from gazetteer.resolution import NameQuery
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.test_home_bodies import read

ENTITIES = [
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
    Entity("org:qc", "Quartz Commission", "ORG", None, aliases=["QC"]),
    Entity("org:nf", "Northern Federation", "ORG", None, aliases=["NF"]),
]


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer(ENTITIES))


def test_the_words_before_the_bracket_spell_the_abbreviation():
    assert expansion("EC", "ministers of the European Community (") == "European Community"
    assert expansion("BIS", "the Bank for International Settlements (") == "Bank for International Settlements"
    assert expansion("EC", "ministers met on Monday (") is None
    assert expansion("EC", "the European Community") is None


def test_an_abbreviation_spelt_out_as_another_name_is_unknown(resolver):
    text = ("Ministers of the Qandarian Council (QC) met on Monday. QC members agreed, "
            "and the Northern Federation (NF) welcomed it. NF officials said so.")
    res = read(resolver, text, ("Qandarian", "NORP"), ("QC", "ORG"), ("QC", "ORG"),
               ("Northern Federation", "ORG"), ("NF", "ORG"), ("NF", "ORG"))
    assert res[1].entity_id is None and res[2].entity_id is None   # not the Quartz Commission
    assert res[4].entity_id == res[5].entity_id == "org:nf"       # spelt out as its own name
    # without the spelling-out, the abbreviation is the body known by it
    (qc,) = read(resolver, "QC members agreed on Monday.", ("QC", "ORG"))
    assert qc.entity_id == "org:qc"


def test_an_abbreviation_before_a_persons_full_name_is_a_title(resolver):
    text = "Former NF Kofi Mensah was removed from office. NF officials said he would appeal."
    res = read(resolver, text, ("NF", "ORG"), ("Kofi Mensah", "PERSON"), ("NF", "ORG"))
    assert res[0].entity_id is None   # the man's title, no Northern Federation
    assert res[2].entity_id == "org:nf"


def test_an_abbreviation_ending_a_line_before_a_name_on_the_next_is_no_title(resolver):
    # a list of participants: the body closes one line, the next person's name opens the next
    text = "Oskar Dral, Member of the Council of the NF\nKofi Mensah, Ambassador to Qandaria"
    res = read(resolver, text, ("Oskar Dral", "PERSON"), ("NF", "ORG"), ("Kofi Mensah", "PERSON"), ("Qandaria", "GPE"))
    assert res[1].entity_id == "org:nf"


def test_an_abbreviation_heading_a_titled_persons_name_is_a_title(resolver):
    # the model read the title and the name as one body's name; the surname alone follows
    text = "Former NF Kofi Mensah was removed. Mensah said he would appeal. NF Youth Wing members marched."
    names = [("NF Kofi Mensah", "ORG", 7), ("NF", "GAZ:ORG", 7), ("Mensah", "PERSON", 35),
             ("NF", "ORG", text.rindex("NF"))]
    res = resolver.resolve("2020-03-03", [NameQuery(t, lab, at, at + len(t), text[:at]) for t, lab, at in names])
    assert res[1].entity_id is None
    assert res[3].entity_id == "org:nf"


def test_a_two_letter_abbreviation_is_written_in_capitals():
    city = Entity("city:qc", "Qandar City", "CITY", "XQ", aliases=["QC"])
    assert only_as_initials("Qc", city) and not only_as_initials("QC", city)
    assert not only_as_initials("Qandar City", city)
    nato = Entity("org:nato", "NATO", "ORG", None, aliases=["North Atlantic Treaty Organization"])
    assert not only_as_initials("Nato", nato)     # British style writes longer ones so


def test_a_state_after_a_town_is_no_city_abbreviated_alike(resolve):
    found = {m.text: m for m in resolve("Earlier it bought a stake in the Lake Charles, La refinery owned by "
                                        "a Texas firm.", date="1987-04-01")}
    assert found["La"].entity_id is None or found["La"].canonical_name != "Los Angeles"


def test_an_abbreviation_the_gazetteer_lacks_is_the_name_the_article_spells_out():
    entities = ENTITIES + [Entity("org:qtc", "Qandarian Trade Council", "ORG", "XQ")]
    resolver = ArticleResolver(Gazetteer(entities))
    text = "Qandaria joined the Qandarian Trade Council (QTC) in May. The QTC met again, and so did the NTX."
    res = read(resolver, text, ("Qandaria", "GPE"), ("Qandarian Trade Council", "ORG"), ("QTC", "ORG"),
               ("QTC", "ORG"), ("NTX", "ORG"))
    assert res[1].entity_id == "org:qtc"
    assert res[2].entity_id == "org:qtc" and res[3].entity_id == "org:qtc"
    assert res[4].entity_id is None                  # spelt out nowhere: still unknown


def test_a_bracketed_code_the_named_body_is_known_by_is_that_body():
    # the code is in the initials of the party's own language: no English spelling-out, but the body
    # named right before the bracket is known by it, and another body of the same country shares the code
    gaz = Gazetteer([Entity("p:2", "Union for the Renewal of Qandaria", "ORG", "XQ", aliases=["URQ", "PRQ"]),
                     Entity("p:1", "Popular Reform of Quoll", "ORG", "XQ", aliases=["PRQ"]),
                     Entity("c:xq", "Qandaria", "COUNTRY", "XQ")])
    text = "Leaders of the Union for the Renewal of Qandaria (PRQ) met in Lisbon. PRQ delegates said so."
    res = read(ArticleResolver(gaz), text, ("Union for the Renewal of Qandaria", "ORG"), ("PRQ", "ORG"),
               ("Lisbon", "GPE"), ("PRQ", "ORG"))
    assert res[0].entity_id == "p:2"
    assert res[1].entity_id == res[3].entity_id == "p:2"


def test_a_code_spelling_the_end_of_the_name_before_the_bracket_is_that_body():
    # "Qandarian Ministry of Foreign Affairs (MFA)": the code spells the ministry's name without its
    # state's adjective; another body known as "MFA" elsewhere is not the one the article defines
    gaz = Gazetteer(ENTITIES + [
        Entity("fm:xq", "Ministry of Foreign Affairs of Qandaria", "ORG", "XQ",
               aliases=["Qandarian Ministry of Foreign Affairs"]),
        Entity("p:mfa", "Movement of Free Anglers", "ORG", "ZR", aliases=["MFA"])])
    text = ("The Qandarian Ministry of Foreign Affairs (MFA) told the envoys to leave. "
            "The MFA said the staff would go by Friday.")
    res = read(ArticleResolver(gaz), text, ("Qandarian Ministry of Foreign Affairs", "ORG"), ("MFA", "ORG"),
               ("MFA", "ORG"))
    assert res[0].entity_id == "fm:xq"
    assert res[1].entity_id == res[2].entity_id == "fm:xq"
