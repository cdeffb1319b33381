"""The expulsion reader's country demonyms: from the warm packaged gazetteer a worker already has, the
same table (in the same order) as read from the artifact."""
import pytest

from gazetteer import snapshot
from gazetteer.model import fold
from gazetteer.national import country_demonym_codes
from gazetteer.store import default_artifact, read_entities
from transforms.expulsions import mentions


def read_from_the_artifact() -> dict:
    table = {}
    for e in read_entities(default_artifact(), entity_type="COUNTRY"):
        if e.country_code:
            for d in e.demonyms:
                table.setdefault(fold(d), e.country_code)
    return table


@pytest.fixture()
def fresh_table(monkeypatch):
    monkeypatch.setattr(mentions, "_DEMONYMS", None)


def test_the_warm_packaged_gazetteer_gives_the_table_read_from_the_artifact():
    warm = snapshot.load_warm(default_artifact())   # (the snapshot the job reads)
    table = country_demonym_codes(warm)
    assert list(table.items()) == list(read_from_the_artifact().items())
    assert table["soviet"] == "SU" and table["british"] == "GB"


def test_a_worker_with_the_warm_gazetteer_does_not_read_the_artifact_again(monkeypatch, fresh_table):
    snapshot.load_warm(default_artifact())   # (the snapshot the job reads)
    import gazetteer.store

    def not_again(*_args, **_kwargs):
        raise AssertionError("the artifact was read again")
    monkeypatch.setattr(gazetteer.store, "read_entities", not_again)
    assert mentions._country_demonyms()["french"] == "FR"


def test_without_it_the_table_is_read(monkeypatch, fresh_table):
    monkeypatch.setattr(snapshot, "_IN_PROCESS", {})
    assert mentions._country_demonyms() == read_from_the_artifact()
