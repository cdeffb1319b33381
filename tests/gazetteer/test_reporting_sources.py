"""A source the model leaves unmarked ("..., Tanjug reported"; "CTK, the official press agency, said")
is a name, known or not (transforms/reporting_sources.py), with the real model and gazetteer."""
import pytest


def found(ms, text):
    return [m for m in ms if m.text == text]


@pytest.mark.parametrize("text,name,label,agency", [
    ("Ruritania expelled three Freedonian attaches on Friday, Tanjug reported.", "Tanjug", "PERSON", "Tanjug"),
    ("Tanjug said the embassy in Belgrade had been closed since Monday.", "Tanjug", "PERSON", "Tanjug"),
    ("CTK, the official press agency, said the attaches had photographed a barracks.", "CTK", "ORG",
     "Czech News Agency"),
    ("Tanjug, the Yugoslav news agency, quoted a spokesman as saying the talks had failed.", "Tanjug", "ORG", "Tanjug"),
    ("The two envoys had been warned twice before, BTA said.", "BTA", "ORG", "Bulgarian News Agency"),
    ("Ruritania expelled three Freedonian attaches on Friday, Rutanpress reported.", "Rutanpress", "ORG", None),
])
def test_an_unmarked_word_that_reports_is_a_name_known_or_left_unknown(resolve, text, name, label, agency):
    ms = found(resolve(text, date="1979-03-02"), name)
    if agency is None:
        assert ms and all(m.entity_id is None or m.entity_id.startswith("nn:") for m in ms)
    else:
        assert ms and {m.canonical_name for m in ms} == {agency}
    assert ms[0].label in (label, "GAZ:" + label)   # the model's label, or the gazetteer's for a known name


@pytest.mark.parametrize("text", [
    "Officials said the talks had failed.",               # a common noun the tagger reads as one
    "Sources reported that the envoy had left.",
    "The stock exchange of Hong\nKong said trading would resume.",   # a line break inside a name
    "Prime Computer Inc launched a new version of its design software. Prime said it would ship in May.",   # a company's short name
])
def test_ordinary_words_and_pieces_of_longer_names_are_no_sources(resolve, text):
    ms = resolve(text, date="1987-03-02")
    assert not [m for m in ms if m.text in ("Officials", "Sources", "Kong", "Prime")]


def test_a_known_source_named_so_is_still_the_gazetteer_s(resolve):
    ms = resolve("BELGRADE, June 9 - Yugoslavia expelled two attaches today, Tass reported.", date="1987-06-10")
    assert [m.entity_id for m in found(ms, "Tass")] == [resolve.resolver.gaz.lookup_exact("TASS")[0].entity_id]


@pytest.mark.parametrize("text,name", [
    ("[Text] Budapest, 4 March (MTI) - Hungary has expelled a Ruritanian attache for activities incompatible "
     "with his status.", "MTI"),
    ("Sofia, 12 June (BTA) -- The Bulgarian Foreign Ministry has protested to the Freedonian embassy.", "BTA"),
])
def test_the_wire_in_a_dateline_is_a_name(resolve, text, name):
    ms = found(resolve(text, date="1985-03-04"), name)
    assert ms and ms[0].label == "ORG"


@pytest.mark.parametrize("text,word,wire", [
    ("Belgrade, 4 March (TANJUG) - The Yugoslav Government has expelled two attaches.", "TANJUG", True),
    ("SEOUL (Yonhap) - North Korea fired two missiles.", "Yonhap", True),
    ("He said the ministry (Interior) - a body of the state - had not been told.", "Interior", False),
    ("Belgrade, 4 March (TANJUG) The Yugoslav Government has expelled two attaches.", "TANJUG", False),  # no dash
])
def test_only_the_word_in_parentheses_before_a_dateline_s_dash_is_its_wire(text, word, wire):
    import spacy
    from transforms.reporting_sources import dateline_agency
    doc = spacy.blank("en")(text)
    assert dateline_agency(doc, next(t.i for t in doc if t.text == word)) is wire
