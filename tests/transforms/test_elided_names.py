"""A known name with an elided article written with a space after the apostrophe ("Cote d' Ivoire") is matched whole."""
from spacy.matcher import PhraseMatcher

from transforms.elided_names import matches_across_elisions, with_elisions_closed


def matcher_of(nlp, *names):
    m = PhraseMatcher(nlp.vocab, attr="ORTH")
    m.add("PLACE", [nlp.make_doc(n) for n in names])
    return m


def found(nlp, text, *names):
    doc = nlp.make_doc(text)
    closed = with_elisions_closed(doc)
    if closed is None:
        return []
    return [doc[s:e].text for _, s, e in matches_across_elisions(matcher_of(nlp, *names), *closed)]


def test_a_name_with_a_spaced_elision_is_matched_whole(nlp):
    assert found(nlp, "ABIDJAN - Cote d' Ivoire expelled two diplomats.", "Cote d'Ivoire") == ["Cote d' Ivoire"]
    assert found(nlp, "The Valle d\u2019 Aosta council met.", "Valle d\u2019Aosta") == ["Valle d\u2019 Aosta"]
    assert found(nlp, "Mr. Dini met Massimo D' Alema in Rome.", "Massimo D'Alema") == ["Massimo D' Alema"]


def test_a_name_written_closed_up_or_no_elision_is_left_to_the_plain_matcher(nlp):
    assert found(nlp, "Cote d'Ivoire expelled two diplomats.", "Cote d'Ivoire") == []
    assert with_elisions_closed(nlp.make_doc("The 'Ivoire' plan of Cote d Ivoire failed.")) is None
    assert found(nlp, "They sang rock 'n' roll in Cote d' Azur.", "Cote d'Ivoire") == []


def test_closing_an_elision_keeps_the_texts_other_words(nlp):
    doc = nlp.make_doc("Cote d' Ivoire and Ghana")
    words, spans = with_elisions_closed(doc)
    assert [t.text for t in words] == ["Cote", "d'Ivoire", "and", "Ghana"]
    assert spans == [(0, 1), (1, 4), (4, 5), (5, 6)]
