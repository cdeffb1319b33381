"""A member of a government the sources hold only as an 'official' is named by "Mr" and the surname
while in office (names and dates made up for these tests)."""
from gazetteer.model import Entity, Role
from gazetteer.people import may_be_named_by_surname
from gazetteer.resolution import NameQuery
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer

PREMIER = Entity("p:1", "Edmund Kessler", "PERSON", "XR",
                 roles=[Role("official", "XRGOV", "XR", "1970-06-01", "1974-03-01", "phoenix:XRGOV")])
ENVOY = Entity("p:2", "Harold Brandt", "PERSON", "XR",
               roles=[Role("ambassador", "Ambassador to Freedonia", "XR", "1965-01-01", "1968-01-01")])
CLERK = Entity("p:3", "Otto Brandt", "PERSON", "XR",
               roles=[Role("official", "XRGOV", "XR", "1966-01-01", "1969-01-01", "phoenix:XRGOV")])
RURITANIA = Entity("c:xr", "Ruritania", "COUNTRY", "XR", demonyms=["Ruritanian"])
GAZ = Gazetteer([PREMIER, ENVOY, CLERK, RURITANIA]).warm()


def _resolve(date, surname, before):
    queries = [NameQuery(surname, "PERSON", 0, len(surname), before), NameQuery("Ruritania", "GPE", 40, 49)]
    return ArticleResolver(GAZ).resolve(date, queries)[0]


def test_mr_and_the_surname_while_in_office():
    assert may_be_named_by_surname(PREMIER, "kessler", "the opinion of Mr ", "1971-09-25")
    got = _resolve("1971-09-25", "Kessler", "In the opinion of Mr ")
    assert (got.entity_id, got.canonical_name) == ("p:1", "Edmund Kessler")


def test_not_out_of_office_nor_without_the_title():
    assert not may_be_named_by_surname(PREMIER, "kessler", "the opinion of Mr ", "1981-09-25")
    assert _resolve("1981-09-25", "Kessler", "In the opinion of Mr ").entity_id is None
    assert not may_be_named_by_surname(PREMIER, "kessler", "the opinion of ", "1971-09-25")
    assert _resolve("1971-09-25", "Kessler", "In the opinion of ").entity_id is None


def test_someone_with_an_office_of_note_goes_first():
    # "Mr. Brandt" in 1967: the envoy, not a member of the government of the same name
    got = _resolve("1967-05-02", "Brandt", "We have not recalled Mr. ")
    assert got.entity_id == "p:2"


def test_mr_and_the_surname_of_someone_long_out_of_office_is_no_one():
    senator = Entity("p:9", "Carl Sandor", "PERSON", "XF",
                     roles=[Role("legislator", "XFGOVLEG", "XF", "1957-01-03", "1969-01-03", "phoenix:XFGOVLEG")])
    freedonia = Entity("c:xf", "Freedonia", "COUNTRY", "XF")
    gaz = Gazetteer([senator, freedonia]).warm()
    for date, want in (("1983-04-23", None), ("1972-04-23", "p:9")):
        queries = [NameQuery("Sandor", "PERSON", 0, 6, "The Foreign Minister, Mr. "), NameQuery("Freedonia", "GPE", 40, 49)]
        assert ArticleResolver(gaz).resolve(date, queries)[0].entity_id == want
