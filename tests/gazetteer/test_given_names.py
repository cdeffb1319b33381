"""A bare surname right after someone else's given name is not the known bearer of the surname."""
from gazetteer.given_names import bears_given_name, given_name_before
from gazetteer.model import Entity, Role
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.asking import ask

ENTITIES = [
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
    Entity("c:zr", "Zerania", "COUNTRY", "ZR", demonyms=["Zeranian"]),
    Entity("p:varrow", "Adamo Varrow", "PERSON", "XQ",
           roles=[Role("head_of_state", "President", "XQ", "2017-01-19", None)]),
    Entity("p:howell", "Godfrey Howell", "PERSON", "ZR",
           roles=[Role("foreign_minister", "Foreign Secretary", "ZR", "1983-06-11", "1989-07-24")]),
]


def test_a_surname_after_another_given_name_is_someone_else():
    r = ArticleResolver(Gazetteer(ENTITIES))
    _, cut = ask(r, "2021-05-01", ("Zerania", "GPE"), ("Varrow", "PERSON", "reported by stringers Abdiaziz "))
    assert cut.entity_id is None
    _, titled = ask(r, "2021-05-01", ("Zerania", "GPE"), ("Varrow", "PERSON", "said President "))
    assert titled.entity_id == "p:varrow"
    _, own = ask(r, "1987-04-01", ("Zerania", "GPE"), ("Howell", "PERSON", "Foreign Secretary Sir Godfrey "))
    assert own.entity_id == "p:howell"   # his own given name


def test_what_counts_as_a_given_name_before():
    assert given_name_before("stringers Abdiaziz ") == "abdiaziz"
    assert given_name_before("said President ") is None and given_name_before("said Mr. ") is None
    assert given_name_before("But ") is None and given_name_before("On Tuesday ") is None
    assert given_name_before("the Qandarian ", lambda w: w == "Qandarian") is None
    assert given_name_before("the U.S. ") is None and given_name_before("Abdiaziz, ") is None
    # ranks, clerical and civic titles, and a party's member are no given names
    assert all(given_name_before(f"the pilot, {w} ") is None
               for w in ("Captain", "Governor", "Reverend", "Bishop", "Alhaji", "Democrat", "Tory", "Outgoing"))
    assert bears_given_name("godfrey", "howell", ["Godfrey Howell"]) and not bears_given_name("adama", "howell", ["Godfrey Howell"])


def test_a_retired_officials_full_name_in_a_story_about_elsewhere_is_a_namesake():
    r = ArticleResolver(Gazetteer(ENTITIES + [
        Entity("p:marton", "Michael Marton", "PERSON", "ZR",
               roles=[Role("legislator", "Speaker of the House", "ZR", "2000-10-23", "2009-06-21")])]))
    _, lawyer = ask(r, "2025-03-01", ("Qandaria", "GPE"), ("Michael Marton", "PERSON", "the defendant's lawyer, "))
    assert lawyer.entity_id is None and lawyer.canonical_name == "Michael Marton"
    _, speaker = ask(r, "2025-03-01", ("Zerania", "GPE"), ("Michael Marton", "PERSON", "the former speaker, "))
    assert speaker.entity_id == "p:marton"     # his country named: he may well be meant
    _, then = ask(r, "2005-03-01", ("Qandaria", "GPE"), ("Michael Marton", "PERSON"))
    assert then.entity_id == "p:marton"        # in office on the date
    _, leader = ask(r, "2025-03-01", ("Qandaria", "GPE"), ("Godfrey Howell", "PERSON"))
    assert leader.entity_id == "p:howell"      # a former foreign minister is remembered


def test_a_news_actor_is_remembered_beyond_the_offices_the_sources_give():
    r = ArticleResolver(Gazetteer(ENTITIES + [
        Entity("p:gut", "Antero Guterra", "PERSON", "ZR", sources=["phoenix"],
               roles=[Role("official", "ZRGOV", "ZR", "1995-10-30", "2002-04-06")])]))
    _, un = ask(r, "2021-03-01", ("Qandaria", "GPE"), ("Antero Guterra", "PERSON", "U.N. Secretary-General "))
    assert un.entity_id == "p:gut"


def test_a_chairperson_or_chairwoman_is_a_title_before_a_name_as_a_chairman_is():
    from gazetteer.given_names import is_title_word
    from gazetteer.people import person_name_key, strip_honorifics
    for title in ("Chairman", "Chairwoman", "Chairperson"):
        assert is_title_word(title)
        assert strip_honorifics(f"{title} Ilse Varga") == "Ilse Varga"
        assert person_name_key(f"{title} Ilse Varga") == "ilse varga"
