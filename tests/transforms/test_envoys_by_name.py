"""A person known only as an ambassador is that person only where the text speaks of a post
(sentences written for these tests)."""
from gazetteer.model import Entity, Role
from gazetteer.resolution import NameQuery, Resolution
from gazetteer.store import Gazetteer
from transforms.envoys_by_name import envoys_by_name

GAZ = Gazetteer([
    Entity("p:1", "Ivan Kovar", "PERSON", "XR", roles=[Role("ambassador", "Ambassador to Freedonia", "XR", "2015", "2022")]),
    Entity("p:2", "Olga Marek", "PERSON", "XR", roles=[Role("ambassador", "Ambassador to Freedonia", "XR", "2008", "2012"),
                                                       Role("foreign_minister", "Foreign Minister", "XR", "2012", "2016")]),
])


def _link(eid, name, method="exact"):
    return Resolution("PERSON", eid, name, "XR", None, "ambassador", 1.0, method)


def _run(text, names, answers):
    queries, at = [], 0
    for name in names:
        start = text.index(name, at)
        queries.append(NameQuery(name, "PERSON", start, start + len(name), text[max(0, start - 80):start]))
        at = start + len(name)
    return envoys_by_name(GAZ, queries, answers, text)


def test_an_envoys_namesake_with_no_post_in_the_text_is_unknown():
    text = "Police said two men using the names Ivan Kovar and Petr Holub had entered the country. Kovar left first."
    got = _run(text, ["Ivan Kovar", "Kovar"], [_link("p:1", "Ivan Kovar"), _link("p:1", "Ivan Kovar", "coref")])
    assert [(a.entity_id, a.canonical_name) for a in got] == [(None, "Ivan Kovar"), (None, "Kovar")]


def test_the_envoy_where_the_text_speaks_of_a_post():
    for text in ("The Ruritanian ambassador in Strelsau, Ivan Kovar, was summoned.",
                 "Ivan Kovar, the Ruritanian envoy, was summoned.",
                 "The embassy said on Monday that Ivan Kovar had left."):
        answers = [_link("p:1", "Ivan Kovar")]
        assert _run(text, ["Ivan Kovar"], answers) == answers


def test_a_post_named_at_one_mention_keeps_them_all_and_other_offices_are_left_alone():
    text = "Ivan Kovar was seen in town. Later the ambassador, Ivan Kovar, met the press."
    answers = [_link("p:1", "Ivan Kovar"), _link("p:1", "Ivan Kovar")]
    assert _run(text, ["Ivan Kovar", "Ivan Kovar"], answers) == answers
    text = "Olga Marek said the talks would go on."   # a foreign minister too
    answers = [_link("p:2", "Olga Marek")]
    assert _run(text, ["Olga Marek"], answers) == answers
    text = "Mr Kovar said the talks would go on."   # linked by a title or the article's states
    answers = [_link("p:1", "Ivan Kovar", "context")]
    assert _run(text, ["Kovar"], answers) == answers
