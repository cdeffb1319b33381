"""An acronym defined in brackets names what the name before it names (sentences written for these tests)."""
from gazetteer.model import Entity
from gazetteer.resolution import NameQuery, Resolution
from gazetteer.store import Gazetteer
from transforms.defined_acronyms import defined_acronyms, is_defined_by

GAZ = Gazetteer([
    Entity("org:1", "Directorate of State Security", "ORG", "RU", aliases=["Ruritanian State Security"]),
    Entity("org:2", "RSS", "ORG", None),
    Entity("org:3", "Freedonian Trade Council", "ORG", "FD", aliases=["FTC"]),
])
KNOWN = Resolution("ORG", "org:1", "Directorate of State Security", "RU", None, None, 0.97, "alias")
OTHER = Resolution("ORG", "org:2", "RSS", None, None, None, 1.0, "exact")


def _nil(text):
    return Resolution("ORG", None, text, None, None, None, 0.0, "nil")


def _queries(text, names):
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        out.append(NameQuery(name, "ORG", start, start + len(name)))
        at = start + len(name)
    return out


def test_the_initials_of_the_capitalised_words():
    assert is_defined_by("RSS", "Ruritanian State Security")
    assert is_defined_by("ISI", "Inter-Services Intelligence") and is_defined_by("DoSS", "Directorate of State Security")
    assert not is_defined_by("RSS", "Ruritanian Security") and not is_defined_by("R", "Ruritanian State")
    assert not is_defined_by("Rss", "Ruritanian State Security") and not is_defined_by("RSS", "Rss")


def test_the_acronym_and_its_later_uses_are_the_full_names_entity():
    text = "Ruritanian State Security (RSS) arrested two men. The RSS said they were spies."
    queries = _queries(text, ["Ruritanian State Security", "RSS", "RSS"])
    got = defined_acronyms(GAZ, queries, [KNOWN, _nil("RSS"), OTHER], text)
    assert [a.entity_id for a in got] == ["org:1", "org:1", "org:1"]
    assert got[1].method == "coref"


def test_the_full_name_takes_the_acronyms_entity_only_if_it_is_one_of_its_names():
    text = "The Freedonian Trade Council (FTC) met."
    queries = _queries(text, ["Freedonian Trade Council", "FTC"])
    ftc = Resolution("ORG", "org:3", "Freedonian Trade Council", "FD", None, None, 1.0, "exact")
    got = defined_acronyms(GAZ, queries, [_nil("Freedonian Trade Council"), ftc], text)
    assert got[0].entity_id == "org:3"
    text = "The Regional Security Summit (RSS) met."   # a bare "RSS" says nothing of which body it is
    queries = _queries(text, ["Regional Security Summit", "RSS"])
    answers = [_nil("Regional Security Summit"), OTHER]
    assert defined_acronyms(GAZ, queries, answers, text) == answers


def test_no_definition_no_change():
    for text in ("Ruritanian State Security and the RSS met.", "Ruritanian State Security (the RSS) met.",
                 "Ruritanian State Security (RSS, the police) met."):
        queries = _queries(text, ["Ruritanian State Security", "RSS"])
        answers = [KNOWN, _nil("RSS")]
        assert defined_acronyms(GAZ, queries, answers, text) == answers
    person = Resolution("PERSON", "p:1", "Rex Sam Smith", "RU", None, None, 1.0, "exact")
    text = "Rex Sam Smith (RSS) spoke."
    assert defined_acronyms(GAZ, _queries(text, ["Rex Sam Smith", "RSS"]), [person, _nil("RSS")], text)[1].entity_id is None


def test_initials_of_a_body_no_source_holds_are_that_same_unknown_body():
    text = "The Freedonian Fisheries Board (FFB) banned trawling. FFB inspectors will board ships, the FFB said."
    queries = _queries(text, ["Freedonian Fisheries Board", "FFB", "FFB", "FFB"])
    got = defined_acronyms(GAZ, queries, [_nil("Freedonian Fisheries Board"), _nil("FFB"), _nil("FFB"), _nil("FFB")],
                           text)
    assert [(a.entity_id, a.canonical_name) for a in got] == [(None, "Freedonian Fisheries Board")] * 4
    text = "The Freedonian Fisheries\nBoard (FFB) met."   # a name the line broke: its words, one space apart
    got = defined_acronyms(GAZ, _queries(text, ["Freedonian Fisheries\nBoard", "FFB"]),
                           [_nil("Freedonian Fisheries\nBoard"), _nil("FFB")], text)
    assert got[1].canonical_name == "Freedonian Fisheries Board"


def test_initials_in_brackets_after_a_bodys_name_are_a_name_of_their_own():
    import spacy
    from transforms.defined_acronyms import bracketed_initials
    doc = spacy.blank("en")("the paramilitary Northern Shield Forces ( NSF ) and the persona non grata ( PNG ) order")
    spans = [(2, 5, "ORG", "ner")]   # "Northern Shield Forces"
    assert bracketed_initials(doc, spans) == [(6, 7, "ORG", "initials")]
    assert bracketed_initials(doc, spans + [(6, 7, "GAZ:ORG", "gazetteer")]) == []   # already a name
    assert bracketed_initials(doc, [(2, 5, "PERSON", "ner")]) == []                  # no body's name
    assert bracketed_initials(doc, [(3, 5, "ORG", "ner")]) == []                     # "SF" is not "NSF"


def test_capitals_of_the_opening_letters_of_each_word_in_turn():
    assert is_defined_by("CARICOM", "Caribbean Community") and is_defined_by("RURITEL", "Ruritanian Telecom")
    assert not is_defined_by("COMCARI", "Caribbean Community")      # not in the words' order
    assert not is_defined_by("CARIB", "Caribbean Community")        # a word without its letters
    assert not is_defined_by("Caricom", "Caribbean Community")      # not written in capitals
    assert not is_defined_by("CARICOMX", "Caribbean Community")


def test_a_body_named_then_by_its_syllables_in_brackets_is_one_entity():
    gaz = Gazetteer([Entity("org:9", "Caribbean Community", "ORG", None)])
    known = Resolution("ORG", "org:9", "Caribbean Community", None, None, None, 1.0, "exact")
    text = "Heads of Government of the Caribbean Community (CARICOM) met in Ruritania. CARICOM said it would meet again."
    queries = _queries(text, ["Caribbean Community", "CARICOM", "CARICOM"])
    got = defined_acronyms(gaz, queries, [known, _nil("CARICOM"), _nil("CARICOM")], text)
    assert [a.entity_id for a in got] == ["org:9"] * 3
