"""A town's name the article uses as a piece of a person's or a company's name links to no town."""
from gazetteer.resolution import NameQuery, Resolution
from transforms.name_pieces import person_or_company_pieces


def q(text, label, start=0, dateline=False):
    return NameQuery(text, label, start, start + len(text), "", False, dateline)


TOWN = Resolution("CITY", "geo:1", "Fountain", "US", score=1.0, method="exact")


def test_a_surname_the_model_read_as_a_place_is_the_person_named_in_full():
    unknown = Resolution("PERSON", None, "Peter Marlow", method="nil")
    known = Resolution("PERSON", "Q9", "Ada Brennock", "IE", score=1.0, method="exact")
    town_m = Resolution("CITY", "geo:2", "Marlow", "GB", score=1.0, method="exact")
    town_b = Resolution("CITY", "geo:3", "Brennock", "IE", score=1.0, method="exact")
    queries = [q("Peter Marlow", "PERSON"), q("Ada Brennock", "PERSON", 40), q("Marlow", "GPE", 90),
               q("Brennock", "GPE", 120)]
    out = person_or_company_pieces(queries, [unknown, known, town_m, town_b])
    assert out[2].entity_id is None and out[2].entity_type == "PERSON" and out[2].canonical_name == "Peter Marlow"
    assert (out[3].entity_id, out[3].method) == ("Q9", "coref")


def test_a_capital_the_model_read_as_a_place_is_no_unknown_persons_surname():
    unknown = Resolution("PERSON", None, "Halvard Oslo", method="nil")
    known = Resolution("PERSON", "Q9", "Ada Lima", "IE", score=1.0, method="exact")
    oslo = Resolution("CITY", "cap:1", "Oslo", "NO", "NO", score=1.0, method="exact")
    lima = Resolution("CITY", "cap:2", "Lima", "PE", "PE", score=1.0, method="exact")
    queries = [q("Halvard Oslo", "PERSON"), q("Oslo", "GPE", 30), q("Oslo", "PERSON|GAZ:CITY", 60),
               q("Ada Lima", "PERSON", 90), q("Lima", "GPE", 120)]
    out = person_or_company_pieces(queries, [unknown, oslo, oslo, known, lima])
    assert out[1].entity_id == "cap:1"                                 # read as a place: the capital
    assert out[2].entity_id is None and out[2].canonical_name == "Halvard Oslo"   # read as a name: the person
    assert out[4].entity_id == "Q9"                                    # a person the gazetteer knows: still him


def test_a_surname_two_people_share_or_no_one_bears_stays_the_town():
    a = Resolution("PERSON", None, "Peter Marlow", method="nil")
    b = Resolution("PERSON", None, "Anne Marlow", method="nil")
    town = Resolution("CITY", "geo:2", "Marlow", "GB", score=1.0, method="exact")
    out = person_or_company_pieces([q("Peter Marlow", "PERSON"), q("Anne Marlow", "PERSON", 20), q("Marlow", "GPE", 50)],
                                   [a, b, town])
    assert out[2].entity_id == "geo:2"
    out = person_or_company_pieces([q("Fountain", "GPE")], [TOWN])
    assert out[0].entity_id == "geo:1"


def test_a_companys_short_name_is_no_town():
    corp = Resolution("ORG", None, "Fountain Motor Corp", method="nil")
    queries = [q("Fountain Motor Corp", "ORG"), q("Fountain", "ORG|GAZ:CITY", 60)]
    out = person_or_company_pieces(queries, [corp, TOWN])
    assert out[1].entity_id is None and out[1].method == "nil"


def test_a_place_the_model_reads_as_a_place_or_a_dateline_keeps_its_town():
    corp = Resolution("ORG", None, "Bank of Fountain Co", method="nil")
    out = person_or_company_pieces([q("Bank of Fountain Co", "ORG"), q("Fountain", "GPE", 60)], [corp, TOWN])
    assert out[1].entity_id == "geo:1"
    person = Resolution("PERSON", None, "Lisa Fountain", method="nil")
    out = person_or_company_pieces([q("Fountain", "GAZ:CITY", dateline=True), q("Lisa Fountain", "PERSON", 40)],
                                   [TOWN, person])
    assert out[0].entity_id == "geo:1"


def test_the_company_name_itself_is_no_piece():
    corp_town = Resolution("CITY", "geo:1", "Fountain", "US", score=1.0, method="exact")
    out = person_or_company_pieces([q("Fountain", "ORG"), q("Fountain Corp", "ORG", 30)],
                                   [corp_town, Resolution("ORG", None, "Fountain Corp")])
    assert out[0].entity_id is None
    out = person_or_company_pieces([q("Fountain Corp", "ORG"), q("Fountain Hills", "GAZ:CITY", 30)],
                                   [Resolution("ORG", None, "Fountain Corp"), corp_town])
    assert out[1].entity_id == "geo:1"


def test_a_companys_short_name_the_model_took_for_a_building_is_no_town():
    corp = Resolution("ORG", None, "Fountain Petroleum Ltd", method="nil")
    out = person_or_company_pieces([q("Fountain Petroleum Ltd", "ORG"), q("Fountain", "FAC", 60)], [corp, TOWN])
    assert out[1].entity_id is None


def _q(text, label, start, speaker=False, word_after=""):
    return NameQuery(text, label, start, start + len(text), "", speaker, False, word_after)


def test_a_companys_short_name_the_model_took_for_a_place_is_no_town_where_it_speaks_or_goes_on():
    airline = Resolution("ORG", None, "Fountain Airlines", method="nil")
    # "Fountain Airlines said ... Fountain said its load factor rose"
    out = person_or_company_pieces([q("Fountain Airlines", "ORG"), _q("Fountain", "GPE", 60, speaker=True)],
                                   [airline, TOWN])
    assert out[1].entity_id is None and out[1].method == "nil"
    # "Fountain Water Co ... its 1,000 Fountain Water shares"
    water = Resolution("ORG", None, "Fountain Water Co", method="nil")
    out = person_or_company_pieces([q("Fountain Water Co", "ORG"), _q("Fountain", "GPE", 60, word_after="Water")],
                                   [water, TOWN])
    assert out[1].entity_id is None
    # the town read as a place, speaking of nothing and followed by another word, keeps its link
    out = person_or_company_pieces([q("Fountain Water Co", "ORG"), _q("Fountain", "GPE", 60, word_after="council")],
                                   [water, TOWN])
    assert out[1].entity_id == "geo:1"


def test_a_first_surname_or_the_last_two_names_are_the_person_named_in_full():
    bruno = Resolution("PERSON", "Q7", "Bruno Ortiz Parrado", "CU", score=1.0, method="exact")
    town = Resolution("CITY", "geo:4", "Ortiz", "PH", score=1.0, method="exact")
    body = Resolution("ORG", None, "Ortiz Parrado", method="nil")
    queries = [q("Bruno Ortiz Parrado", "PERSON"), q("Ortiz", "GPE", 40), q("Ortiz Parrado", "ORG", 80),
               q("Ortiz", "ORG", 120)]
    out = person_or_company_pieces(queries, [bruno, town, body, Resolution("ORG", None, "Ortiz", method="nil")])
    assert [(r.entity_id, r.entity_type) for r in out[1:]] == [("Q7", "PERSON")] * 3
    # a first surname another person named in full bears as a surname is not his
    ana = Resolution("PERSON", "Q8", "Ana Ortiz", "VE", score=1.0, method="exact")
    out = person_or_company_pieces(queries[:2] + [q("Ana Ortiz", "PERSON", 160)], [bruno, town, ana])
    assert out[1].entity_id == "Q8"


def test_a_bodys_initials_that_head_a_companys_name_are_the_companys():
    body = Resolution("ORG", "curated:1", "Secret Intelligence Service", "GB", score=0.97, method="alias")
    corp = Resolution("ORG", None, "SIS Corp", method="nil")
    out = person_or_company_pieces([q("SIS Corp", "ORG"), q("SIS", "ORG", 60)], [corp, body])
    assert out[1].entity_id is None and out[1].method == "nil"
    # with no company of those initials in the article, the body stays
    out = person_or_company_pieces([q("Acme Corp", "ORG"), q("SIS", "ORG", 60)],
                                   [Resolution("ORG", None, "Acme Corp", method="nil"), body])
    assert out[1].entity_id == "curated:1"


def _before(text, label, start, context_before):
    return NameQuery(text, label, start, start + len(text), context_before)


def test_a_companys_short_name_after_its_officers_title_is_no_town():
    corp = Resolution("ORG", None, "Fountain Valley Tools Co", method="nil")
    # "Gerald Marsh had been president and chairman of Fountain Valley until May"
    out = person_or_company_pieces([q("Fountain Valley Tools Co", "ORG"),
                                    _before("Fountain Valley", "GPE", 90, "Gerald Marsh had been president and chairman of ")],
                                   [corp, TOWN])
    assert out[1].entity_id is None


def test_a_companys_short_name_that_goes_on_before_as_the_name_does_is_no_town():
    # "Acme and First Fountain, its two shareholders" after "First Fountain Corp"
    bank = Resolution("ORG", None, "First Fountain Corp", method="nil")
    out = person_or_company_pieces([q("First Fountain Corp", "ORG"), _before("Fountain", "GPE", 60, "bought by Acme and First ")],
                                   [bank, TOWN])
    assert out[1].entity_id is None


def test_a_companys_short_name_the_model_reads_as_a_body_elsewhere_is_no_town():
    # "Fountain could not deliver" where the model reads "Fountain" a body elsewhere ("ordered Fountain to pay")
    oil = Resolution("ORG", None, "Fountain Oil Co", method="nil")
    out = person_or_company_pieces([q("Fountain Oil Co", "ORG"), q("Fountain", "GPE", 60), q("Fountain", "ORG", 120)],
                                   [oil, TOWN, Resolution("ORG", None, "Fountain", method="nil")])
    assert out[1].entity_id is None


def test_a_town_beside_a_company_named_after_it_keeps_its_link():
    oil = Resolution("ORG", None, "Fountain Oil Co", method="nil")
    # "the mayor of Fountain", "the first Fountain plant", and a body of another name elsewhere
    for before in ("the mayor of ", "the first ", "Fountain Oil Co has 40 workers in "):
        out = person_or_company_pieces([q("Fountain Oil Co", "ORG"), _before("Fountain", "GPE", 60, before),
                                        q("Fountain Council", "ORG", 120)],
                                       [oil, TOWN, Resolution("ORG", None, "Fountain Council", method="nil")])
        assert out[1].entity_id == "geo:1", before


KNOWN_BAKER = Resolution("PERSON", "p:1", "Howard Baker", "US", score=0.85, method="context")


def test_a_known_persons_bare_surname_that_heads_a_companys_name_is_the_company():
    # "Baker Drilling Corp ... The decree would require Baker to sell its pump operations."
    corp = Resolution("ORG", None, "Baker Drilling Corp", method="nil")
    out = person_or_company_pieces([q("Baker Drilling Corp", "ORG"), _before("Baker", "PERSON", 80, "would require ")],
                                   [corp, KNOWN_BAKER])
    assert out[1].entity_id is None and out[1].entity_type == "ORG"


def test_a_surname_named_in_full_or_after_a_title_stays_the_persons():
    corp = Resolution("ORG", None, "Baker Drilling Corp", method="nil")
    full = Resolution("PERSON", "p:1", "Howard Baker", "US", score=1.0, method="exact")
    out = person_or_company_pieces([q("Baker Drilling Corp", "ORG"), q("Howard Baker", "PERSON", 40),
                                    _before("Baker", "PERSON", 80, "the decree, ")],
                                   [corp, full, KNOWN_BAKER])
    assert out[2].entity_id == "p:1"
    out = person_or_company_pieces([q("Baker Drilling Corp", "ORG"), _before("Baker", "PERSON", 80, "said Senator ")],
                                   [corp, KNOWN_BAKER])
    assert out[1].entity_id == "p:1"
