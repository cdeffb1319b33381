"""Fixtures shared by the transforms tests."""
import pytest

from transforms.recognise import load_spacy_model


@pytest.fixture(scope="session")
def nlp():
    """The project's real spaCy pipeline, loaded once (a test module may still load its own)."""
    return load_spacy_model()


@pytest.fixture
def freedonians_as_people(monkeypatch):
    """The made-up states' table (tests/expulsions_helpers.MADE_UP) with the plural "Freedonians" as Freedonia's
    people, for tests whose sentences name people by nationality alone."""
    from tests.expulsions_helpers import MADE_UP
    monkeypatch.setitem(MADE_UP, "Freedonians", ("FD", "NORP", False))
