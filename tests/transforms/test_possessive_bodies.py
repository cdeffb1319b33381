"""A body named after a state's possessive is that state's body, not another state's or a world body's."""
from gazetteer.resolution import NameQuery, Resolution
from transforms.possessive_bodies import possessive_bodies

QANDARIA = Resolution("COUNTRY", "c:xq", "Qandaria", "XQ", "XQ", score=1.0, method="exact")
VESTRIA = Resolution("COUNTRY", "c:xv", "Vestria", "XV", "XV", score=1.0, method="exact")
LEAGUE = Resolution("ORG", "org:lc", "League of Realms Security Council", score=0.97, method="alias")
VESTRIAN_SERVICE = Resolution("ORG", "org:vs", "Office V", "XV", "XV", score=0.97, method="alias")


class NoBodies:
    """A gazetteer that holds no body of any state by its state's name."""

    def country(self, code):
        return None


def ask(text, owner, owner_answer, body, body_answer):
    i, j = text.index(owner), text.index(body)
    queries = [NameQuery(owner, "GPE", i, i + len(owner), text[:i]),
               NameQuery(body, "ORG", j, j + len(body), text[:j])]
    return possessive_bodies(NoBodies(), queries, [owner_answer, body_answer], "2021-05-12", text)[1]


def test_another_states_body_after_a_states_possessive_is_unknown():
    text = "Qandaria's Security Service said it had arrested two men."
    out = ask(text, "Qandaria", QANDARIA, "Security Service", VESTRIAN_SERVICE)
    assert out.entity_id is None and out.country_code == "XQ"


def test_a_world_bodys_shorter_name_after_a_states_possessive_is_the_states_body():
    for text in ("Qandaria's Security Council met on Tuesday.", "Qandaria's Security Council approved the plan.",
                 "Qandaria's Security Council said nothing.", "Qandaria's Security Council on Monday ruled it out."):
        assert ask(text, "Qandaria", QANDARIA, "Security Council", LEAGUE).entity_id is None, text


def test_a_world_body_qualifying_a_noun_the_state_owns_keeps_its_link():
    for text in ("Qandaria's Security Council seat is at stake.", "Qandaria's Security Council veto angered allies."):
        assert ask(text, "Qandaria", QANDARIA, "Security Council", LEAGUE).entity_id == "org:lc", text


def test_a_states_own_body_and_a_body_named_in_full_keep_their_link():
    text = "Vestria's Security Service said it had arrested two men."
    assert ask(text, "Vestria", VESTRIA, "Security Service", VESTRIAN_SERVICE).entity_id == "org:vs"
    text = "Qandaria's League of Realms Security Council envoy spoke."
    full = ask(text, "Qandaria", QANDARIA, "League of Realms Security Council", LEAGUE)
    assert full.entity_id == "org:lc"


def test_an_owner_that_is_no_state_or_no_possessive_changes_nothing():
    realms = Resolution("ORG", "org:lr", "League of Realms", score=1.0, method="exact")
    text = "The League's Security Council met on Tuesday."
    assert ask(text, "League", realms, "Security Council", LEAGUE).entity_id == "org:lc"
    text = "In Qandaria, Security Council members met."
    assert ask(text, "Qandaria", QANDARIA, "Security Council", LEAGUE).entity_id == "org:lc"
