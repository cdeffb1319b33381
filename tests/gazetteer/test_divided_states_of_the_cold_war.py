"""South and North Vietnam, South and North Yemen: states of the Cold War that no longer exist.

North Vietnam and South Yemen had codes of their own (VD, YD); South Vietnam and North Yemen share theirs
with the state of today they became part of (VN, YE), as West Germany shares DE with Germany. A code names
the state of today, whatever order the gazetteer holds them in; a former state is named by its own names.
"""
import pytest

from gazetteer.model import FORMER_STATE, Entity, country_per_code
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.asking import ask

FORMER = ["countries.csv", FORMER_STATE]
# in the order the built gazetteer holds them (by id): each former state before the state of today
ENTITIES = [
    Entity("Q180573", "South Vietnam", "COUNTRY", "VN", aliases=["Republic of Vietnam"],
           demonyms=["South Vietnamese"], sources=FORMER),
    Entity("Q172640", "North Vietnam", "COUNTRY", "VD", aliases=["Democratic Republic of Vietnam"],
           demonyms=["North Vietnamese"], sources=FORMER),
    Entity("Q267584", "North Yemen", "COUNTRY", "YE", aliases=["Yemen Arab Republic"], demonyms=["North Yemeni"],
           sources=FORMER),
    Entity("Q199841", "South Yemen", "COUNTRY", "YD", demonyms=["South Yemeni"], sources=FORMER),
    Entity("Q805", "Yemen", "COUNTRY", "YE", demonyms=["Yemeni"], sources=["countries.csv"]),
    Entity("Q881", "Vietnam", "COUNTRY", "VN", demonyms=["Vietnamese"], sources=["countries.csv"]),
    Entity("city:hanoi", "Hanoi", "CITY", "VN", acts_for="VN"),
    Entity("city:aden", "Aden", "CITY", "YE"),
]


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer(ENTITIES))


def test_a_code_names_the_state_of_today_not_the_former_state_sharing_it(resolver):
    gaz = resolver.gaz
    assert gaz.country("VN").canonical_name == "Vietnam"
    assert gaz.country("YE").canonical_name == "Yemen"
    assert gaz.country("VD").canonical_name == "North Vietnam"   # a former state with a code of its own
    assert {e.canonical_name for e in gaz.countries()} == {"Vietnam", "Yemen", "North Vietnam", "South Yemen"}


def test_a_former_state_is_the_first_of_its_code_only_when_no_state_of_today_bears_it():
    soviet = Entity("su", "Soviet Union", "COUNTRY", "SU", sources=FORMER)
    west, germany = (Entity("w", "West Germany", "COUNTRY", "DE", sources=FORMER),
                     Entity("g", "Germany", "COUNTRY", "DE", sources=["countries.csv"]))
    assert {c: e.canonical_name for c, e in country_per_code([soviet, west, germany]).items()} \
        == {"SU": "Soviet Union", "DE": "Germany"}


def test_hanoi_and_aden_act_for_the_states_whose_seats_they_were(resolver):
    for date, hanoi, aden in [("1972-12-20", "VD", "YD"), ("1986-01-20", "VN", "YD"), ("1994-05-05", "VN", None)]:
        h, a = ask(resolver, date, ("Hanoi", "GPE"), ("Aden", "GPE"))
        assert (h.country_code, h.acts_for) == ("VN", hanoi), date
        assert (a.country_code, a.acts_for) == ("YE", aden), date


def test_the_name_of_a_state_of_today_is_the_one_half_the_story_names_in_its_time(resolver):
    from gazetteer.divided_states import divided_state_names
    from gazetteer.resolution import NameQuery, Resolution
    south = Resolution("COUNTRY", "Q199841", "South Yemen", "YD", "YD", method="exact", score=1.0)
    north = Resolution("COUNTRY", "Q267584", "North Yemen", "YE", "YE", method="exact", score=1.0)
    yemeni = Resolution("NORP", "Q805", "Yemen", "YE", None, method="demonym", score=1.0)
    hanoi_said = Resolution("NORP", "Q881", "Vietnam", "VN", None, method="demonym", score=1.0)

    def ask(date, *answers):
        queries = [NameQuery("x", "GPE", 10 * k, 10 * k + 1) for k in range(len(answers))]
        return [(r.canonical_name, r.country_code) for r in divided_state_names(resolver.gaz, queries, list(answers), date)]

    assert ask("1986-01-28", south, yemeni)[1] == ("South Yemen", "YD")   # "Yemeni authorities" in Aden's war
    assert ask("1995-01-28", south, yemeni)[1] == ("Yemen", "YE")         # after the union: Yemen's
    assert ask("1986-01-28", south, north, yemeni)[2] == ("Yemen", "YE")  # both halves named: left as it was
    assert ask("1986-01-28", yemeni)[0] == ("Yemen", "YE")                # no half named
    assert ask("1986-01-28", south, hanoi_said)[1] == ("Vietnam", "VN")   # another state's name
    # a half's people alone make no story of that half: "talks on Vietnam" while "the North Vietnamese" fight
    north_vietnamese = Resolution("NORP", "Q172640", "North Vietnam", "VD", None, method="demonym", score=1.0)
    vietnam = Resolution("COUNTRY", "Q881", "Vietnam", "VN", "VN", method="exact", score=1.0)
    assert ask("1965-07-05", vietnam, north_vietnamese)[0] == ("Vietnam", "VN")
    south_yemeni = Resolution("NORP", "Q199841", "South Yemen", "YD", None, method="demonym", score=1.0)
    assert ask("1986-01-28", south_yemeni, yemeni)[1] == ("Yemen", "YE")


def test_a_formal_name_of_the_state_of_today_names_the_half_sharing_its_code():
    # "the Federal Republic of Germany" in 1970 was Bonn's: beside the German Democratic Republic it is no East
    # Germany, and the story names both halves, so "German" stays Germany's (made-up entities, real names)
    from gazetteer.divided_states import divided_state_names
    from gazetteer.resolution import NameQuery, Resolution
    gaz = Gazetteer([
        Entity("Q16957", "East Germany", "COUNTRY", "DD", aliases=["German Democratic Republic"],
               demonyms=["East German"], sources=FORMER),
        Entity("Q713750", "West Germany", "COUNTRY", "DE", aliases=["FRG"], demonyms=["West German"], sources=FORMER),
        Entity("Q183", "Germany", "COUNTRY", "DE", aliases=["Federal Republic of Germany"], demonyms=["German"],
               sources=["countries.csv"]),
    ])
    texts = ["Federal Republic of Germany", "German Democratic Republic", "German"]
    queries = [NameQuery(t, "GPE", 40 * k, 40 * k + len(t)) for k, t in enumerate(texts)]
    answers = [Resolution("COUNTRY", "Q183", "Germany", "DE", "DE", method="alias", score=1.0),
               Resolution("COUNTRY", "Q16957", "East Germany", "DD", "DD", method="alias", score=1.0),
               Resolution("NORP", "Q183", "Germany", "DE", None, method="demonym", score=1.0)]
    got = [(r.canonical_name, r.country_code) for r in divided_state_names(gaz, queries, answers, "1970-12-08")]
    assert got == [("Germany", "DE"), ("East Germany", "DD"), ("Germany", "DE")]
    # the bare name beside the German Democratic Republic alone is still East Germany's, as before
    bare = [NameQuery("Germany", "GPE", 0, 7), queries[1]]
    got = divided_state_names(gaz, bare, [Resolution("COUNTRY", "Q183", "Germany", "DE", "DE", method="exact",
                                                     score=1.0), answers[1]], "1970-12-08")
    assert got[0].country_code == "DD"
