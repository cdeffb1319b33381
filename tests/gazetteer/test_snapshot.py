"""The warm gazetteer saved for the next process (gazetteer/snapshot.py): the same answers as one built
afresh, and a snapshot of another artifact, of other code or unreadable is never used."""
import datetime
import gzip
import json

import pytest

from gazetteer import snapshot
from gazetteer.model import Entity, Role
from gazetteer.store import load_gazetteer

ENTITIES = [
    Entity("Q145", "United Kingdom", "COUNTRY", "GB", aliases=["UK", "Britain"], demonyms=["British"]),
    Entity("Q159", "Russia", "COUNTRY", "RU", aliases=["Russian Federation"], demonyms=["Russian"]),
    Entity("Q649", "Moscow", "CITY", "RU", acts_for="RU"),
    Entity("Q1", "Sergei Skripal", "PERSON", "RU", aliases=["Sergey Skripal"]),
    Entity("Q2", "Yulia Skripal", "PERSON", "RU"),
    Entity("Q3", "Ayatollah Ruhollah Khomeini", "PERSON", "IR"),
    Entity("Q4", "Theresa May", "PERSON", "GB", roles=[
        Role("head_of_government", "Prime Minister", "GB", "2016-07-13", "2019-07-24")]),
    Entity("Q8", "Gazprom", "ORG", "RU"),
]
QUERIES = ["Sergei Skripal", "Sergey Skripall", "Yulia Skripol", "Ruhollah Khomeini", "Britain", "Moskow",
           "Gazprom", "Gaspromm", "Theresa Mey", "nobody at all"]


def write_artifact(path, entities):
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for entity in entities:
            out.write(json.dumps(entity.to_json()) + "\n")
    return path


def answers(gaz):
    """What the resolver asks a gazetteer, as comparable values."""
    found = {q: [(e.entity_id, round(score, 6), method) for e, score, method in gaz.candidates(q)] for q in QUERIES}
    found["exact"] = [[e.entity_id for e in gaz.lookup_exact(q)] for q in QUERIES]
    found["surnames"] = {k: [e.entity_id for e in v] for k, v in gaz.surname_index.items()}
    found["given"] = dict(gaz.given_name_counts)
    found["demonym"] = gaz.lookup_demonym("Russians").entity_id
    found["country"] = gaz.country("gb").entity_id
    found["pm"] = [e.entity_id for e in gaz.people_with_role("head_of_government", "GB", datetime.date(2018, 1, 1))]
    return found


@pytest.fixture()
def artifact(tmp_path):
    return write_artifact(tmp_path / "gazetteer.jsonl.gz", ENTITIES)


def test_the_saved_gazetteer_answers_as_one_built_afresh(artifact, tmp_path):
    built = load_gazetteer(artifact)
    first = snapshot.load_warm(artifact, tmp_path / "cache")   # builds and saves
    assert list((tmp_path / "cache").glob("gazetteer-*.pickle"))
    second = snapshot.load_warm(artifact, tmp_path / "cache")   # reads the snapshot
    assert second is not first
    assert answers(second) == answers(first) == answers(built)
    assert second.candidates("Sergey Skripall")[0][2] == "fuzzy"   # the gram postings came along


def test_a_second_process_reads_the_snapshot_instead_of_the_artifact(artifact, tmp_path, monkeypatch):
    snapshot.load_warm(artifact, tmp_path / "cache")

    def not_again(*_args, **_kwargs):
        raise AssertionError("the artifact was read again")
    monkeypatch.setattr(snapshot, "load_gazetteer", not_again)
    assert snapshot.load_warm(artifact, tmp_path / "cache").by_id["Q2"].canonical_name == "Yulia Skripal"


def test_the_indexes_the_resolver_builds_from_the_entities_come_with_the_snapshot(artifact, tmp_path, monkeypatch):
    from gazetteer import party_forms, person_match, unwritten_muhammad
    built = load_gazetteer(artifact)
    snapshot.load_warm(artifact, tmp_path / "cache")
    read = snapshot.load_warm(artifact, tmp_path / "cache")
    for index in (person_match._names_less_last_word, person_match._surnames_by_sound,
                  unwritten_muhammad._names_after_muhammad, party_forms.party_forms_of):
        assert index(read) == index(built)

    def not_again(*_args, **_kwargs):
        raise AssertionError("built again")
    monkeypatch.setattr(party_forms, "forms_by_party", not_again)
    monkeypatch.setattr(person_match, "_skeleton", not_again)
    again = snapshot.load_warm(artifact, tmp_path / "cache")   # ready-made: nothing is built on first use
    assert party_forms.party_forms_of(again) == party_forms.party_forms_of(read)
    assert person_match._surnames_by_sound(again) == person_match._surnames_by_sound(read)


def test_the_surname_skeletons_and_the_capitals_by_spelling_come_with_the_snapshot(artifact, tmp_path, monkeypatch):
    from gazetteer import garbled_places, person_match
    built = load_gazetteer(artifact)
    snapshot.load_warm(artifact, tmp_path / "cache")

    def not_again(*_args, **_kwargs):
        raise AssertionError("built again")
    monkeypatch.setattr(person_match, "_skeleton", not_again)
    monkeypatch.setattr(garbled_places, "spelling_forms", not_again)
    read = snapshot.load_warm(artifact, tmp_path / "cache")   # ready-made: a worker's resolver builds neither
    monkeypatch.undo()
    skeletons = person_match.surname_skeletons(read)
    assert skeletons == person_match.by_skeleton(built.surname_index) and skeletons["skrpl"] == ["skripal"]
    words, skeletons = garbled_places.capitals_by_spelling(read)
    assert {k: [e.entity_id for e in v] for k, v in words.items()} == {"moscow": ["Q649"]}
    assert list(skeletons) == [garbled_places.spelling_forms("moscow")[1]]
    assert skeletons[garbled_places.spelling_forms("moscow")[1]][0][2][0] is read.by_id["Q649"]   # the same entity


def test_the_parties_adjectives_come_with_the_snapshot(tmp_path, monkeypatch):
    from gazetteer import party_forms
    liberal = Entity("p5", "Liberal Party of Atlantis", "ORG", "AT", sources=[party_forms.SOURCE], founded="1859")
    artifact = write_artifact(tmp_path / "parties.jsonl.gz",
                              [Entity("AT", "Atlantis", "COUNTRY", "AT", demonyms=["Atlantean"]), liberal])
    built = load_gazetteer(artifact)
    snapshot.load_warm(artifact, tmp_path / "cache")

    def not_again(*_args, **_kwargs):
        raise AssertionError("built again")
    monkeypatch.setattr(party_forms, "adjective_forms", not_again)
    read = snapshot.load_warm(artifact, tmp_path / "cache")   # ready-made: a worker's first party adjective builds none
    adjectives = party_forms.PartyForms(read).adjectives
    assert {k: [p.entity_id for p in v] for k, v in adjectives.items()} == {"liberal": ["p5"]}
    assert adjectives["liberal"][0] is read.by_id["p5"]
    monkeypatch.undo()
    assert party_forms.PartyForms(built).adjectives.keys() == adjectives.keys()


def test_another_artifact_is_built_afresh_not_read_from_the_old_snapshot(artifact, tmp_path):
    cache = tmp_path / "cache"
    snapshot.load_warm(artifact, cache)
    write_artifact(artifact, ENTITIES + [Entity("Q9", "Alexander Petrov", "PERSON", "RU")])
    gaz = snapshot.load_warm(artifact, cache)
    assert [e.entity_id for e in gaz.lookup_exact("Alexander Petrov")] == ["Q9"]


def test_other_code_means_another_key(artifact, monkeypatch):
    before = snapshot.snapshot_key(artifact)
    monkeypatch.setattr(snapshot, "FORMAT", snapshot.FORMAT + 1)
    assert snapshot.snapshot_key(artifact) != before


def test_a_snapshot_of_another_key_under_this_name_is_refused(artifact, tmp_path):
    cache = tmp_path / "cache"
    gaz = snapshot.load_warm(artifact, cache)
    key = snapshot.snapshot_key(artifact)
    path = snapshot.snapshot_path(cache, key)
    other = "0" * len(key)
    snapshot.save(gaz, path, other)   # the right name, a header for other code
    assert snapshot.load(path, key) is None
    assert answers(snapshot.load_warm(artifact, cache)) == answers(load_gazetteer(artifact))
    assert snapshot.load(path, key) is not None   # written again, for this key


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_an_unreadable_snapshot_is_rebuilt_not_used(artifact, tmp_path, damage):
    cache = tmp_path / "cache"
    snapshot.load_warm(artifact, cache)
    key = snapshot.snapshot_key(artifact)
    path = snapshot.snapshot_path(cache, key)
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2] if damage == "truncated"
                     else data[:data.index(b"\n", len(snapshot.MAGIC)) + 1] + b"not a pickle")
    assert snapshot.load(path, key) is None
    assert answers(snapshot.load_warm(artifact, cache)) == answers(load_gazetteer(artifact))
    assert snapshot.load(path, key) is not None


def test_snapshots_off_with_an_empty_cache_folder(artifact, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSNORM_CACHE_DIR", "")
    assert snapshot.cache_dir() is None
    monkeypatch.chdir(tmp_path)
    gaz = snapshot.load_warm(artifact)
    assert [e.entity_id for e in gaz.lookup_exact("Sergey Skripal")] == ["Q1"]
    assert not list(tmp_path.rglob("gazetteer-*.pickle"))


def test_an_unwritable_folder_costs_the_snapshot_not_the_gazetteer(artifact, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    gaz = snapshot.load_warm(artifact, blocked / "cache")
    assert [e.entity_id for e in gaz.lookup_exact("Gazprom")] == ["Q8"]
