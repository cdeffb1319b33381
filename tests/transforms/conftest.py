"""Fixtures shared by the transforms tests."""
import pytest

from transforms.recognise import load_spacy_model


@pytest.fixture(scope="session")
def nlp():
    """The project's real spaCy pipeline, loaded once (a test module may still load its own)."""
    return load_spacy_model()
