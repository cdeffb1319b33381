"""Unknown names: one identity per entity across the feed, the same ids on every run."""
import random

from gazetteer.clustering import NameVariant, block_key, cluster_block, variants_from


def test_one_unknown_person_spelt_three_ways_is_one_entity():
    names = [("Zuheir Jabbour", None)] * 3 + [("Zuhair Jabbour", None)] * 2 + [("Zoheir Jabour", None)]
    block = block_key("PERSON", "zuheir jabbour")
    assert block == block_key("PERSON", "zoheir jabour")
    got = cluster_block("PERSON", variants_from(names))
    assert len({a.cluster_id for a in got.values()}) == 1
    assert {a.canonical_name for a in got.values()} == {"Zuheir Jabbour"}   # the most used spelling


def test_different_people_with_similar_names_stay_apart():
    names = [("Anna Kovacs", None), ("Mark Kovacs", None), ("Anna Kovacs", "HU"), ("Anna Kovacs", "SK")]
    got = cluster_block("PERSON", variants_from(names))
    assert got[("anna kovacs", None)].cluster_id != got[("mark kovacs", None)].cluster_id
    ids = {a.cluster_id for a in cluster_block("PERSON", variants_from(names[2:])).values()}
    assert len(ids) == 2   # same name, different countries: two people


def test_a_longer_surname_that_only_begins_alike_is_another_person():
    names = [("Helmut Stark", None)] * 2 + [("Helmut Starkmann", None), ("Helmut Starck", None)]
    got = cluster_block("PERSON", variants_from(names))
    assert got[("helmut starkmann", None)].cluster_id != got[("helmut stark", None)].cluster_id
    assert got[("helmut starck", None)].cluster_id == got[("helmut stark", None)].cluster_id   # one letter more


def test_ids_do_not_depend_on_input_order():
    names = [("Zuheir Jabbour", None)] * 3 + [("Zuhair Jabbour", None)] * 2 + [("Jean Jabert", None)]
    first = cluster_block("PERSON", variants_from(names))
    for seed in range(5):
        shuffled = names[:]
        random.Random(seed).shuffle(shuffled)
        assert cluster_block("PERSON", variants_from(shuffled)) == first


def test_organisation_typos_join_but_other_bodies_do_not():
    variants = [NameVariant("baltic trade council", "Baltic Trade Council", None, 2),
                NameVariant("baltic trade councel", "Baltic Trade Councel", None, 1),
                NameVariant("baltic trade union", "Baltic Trade Union", None, 1)]
    got = cluster_block("ORG", variants)
    assert got[("baltic trade councel", None)].cluster_id == got[("baltic trade council", None)].cluster_id
    assert got[("baltic trade union", None)].cluster_id != got[("baltic trade council", None)].cluster_id


def test_names_whose_other_given_names_differ_are_other_people():
    # family name first: "Kim Jin-sok" and "Kim Jun-sok" are two diplomats, one given name apart
    names = [("Kim Jin-sok", None)] * 2 + [("Kim Jun-sok", None), ("Kim Jin-sock", None)]
    got = cluster_block("PERSON", variants_from(names))
    assert got[("kim jun sok", None)].cluster_id != got[("kim jin sok", None)].cluster_id
    assert got[("kim jin sock", None)].cluster_id == got[("kim jin sok", None)].cluster_id   # a spelling of his


def test_a_bare_surname_joins_the_one_person_of_the_feed_named_in_full_with_it():
    names = [("Tomas Brennock", None)] * 2 + [("Brennock", None)] * 3 + [("Ivo Marsh", "XQ"), ("Marsh", "XZ")]
    got = cluster_block("PERSON", variants_from(names))
    assert got[("brennock", None)].cluster_id == got[("tomas brennock", None)].cluster_id
    assert got[("brennock", None)].canonical_name == "Tomas Brennock"
    assert got[("marsh", "XZ")].cluster_id != got[("ivo marsh", "XQ")].cluster_id   # of another country
    two = [("Tomas Brennock", None), ("Anna Brennock", None), ("Brennock", None)]
    got = cluster_block("PERSON", variants_from(two))
    assert got[("brennock", None)].canonical_name == "Brennock"   # two people it may be: its own
    initials = [("J. K. Brennock", None)] + [("Brennock", None)] * 3
    got = cluster_block("PERSON", variants_from(initials))
    assert got[("brennock", None)].canonical_name == "Brennock"   # initials say no given name


def test_a_bare_surname_with_its_arabic_article_joins_the_one_person_named_in_full_with_it():
    names = [("Abdel Karim al-Mansouri", None)] * 2 + [("al-Mansouri", None)] * 3 + [("al-Hadi", None)]
    got = cluster_block("PERSON", variants_from(names))
    assert got[("al mansouri", None)].cluster_id == got[("abdel karim al mansouri", None)].cluster_id
    assert got[("al mansouri", None)].canonical_name == "Abdel Karim al-Mansouri"
    assert got[("al hadi", None)].canonical_name == "al-Hadi"   # no one named in full with it
