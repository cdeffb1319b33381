"""A body named in full and then by its head word alone ("the European Commission ... the Commission"):
the same body, when the article names one body of that head word. Names written for these tests."""
from gazetteer.resolution import NameQuery, Resolution
from transforms.short_body_names import bodies_by_head_word, head_words

COMMISSION = Resolution("ORG", "org:commission", "European Commission", method="exact", score=1.0)
OTHER_COMMISSION = Resolution("ORG", "org:au-commission", "African Union Commission", method="alias", score=1.0)


def _queries(*texts):
    out, at = [], 0
    for t in texts:
        out.append(NameQuery(t, "ORG", at, at + len(t)))
        at += len(t) + 10
    return out


def _unknown(text):
    return Resolution("ORG", None, text, method="nil")


def test_the_head_words_of_a_body_s_name():
    assert head_words("European Commission") == {"commission"}
    assert head_words("Council of the European Union") == {"council", "union"}
    assert head_words("Freedonian Bank for Reconstruction and Development") == set()
    assert head_words("Ministry of Trade and Industry") == {"ministry"}


def test_the_second_of_a_pair_ending_a_body_s_name_is_no_head_word():
    pact = Resolution("ORG", "org:pact", "Freedonian Agreement on Tariffs and Trade", method="exact", score=1.0)
    out = bodies_by_head_word(_queries("Freedonian Agreement on Tariffs and Trade", "Trade"),
                              [pact, _unknown("Trade")])
    assert out[1].entity_id is None   # "Trade Representative Ann Smith": no coreference of the pact
    ministry = Resolution("ORG", "org:mti", "Ruritanian Ministry of Trade and Industry", method="exact", score=1.0)
    out = bodies_by_head_word(_queries("Ruritanian Ministry of Trade and Industry", "Ministry"),
                              [ministry, _unknown("Ministry")])
    assert out[1].entity_id == "org:mti"   # its head word still names it


def test_a_head_word_after_the_one_body_named_so_is_that_body():
    out = bodies_by_head_word(_queries("European Commission", "Commission"), [COMMISSION, _unknown("Commission")])
    assert out[1].entity_id == "org:commission"


def test_two_bodies_of_that_head_word_leave_it_unknown():
    out = bodies_by_head_word(_queries("European Commission", "Commission of the African Union", "Commission"),
                              [COMMISSION, OTHER_COMMISSION, _unknown("Commission")])
    assert out[2].entity_id is None
    out = bodies_by_head_word(_queries("European Commission", "Fisheries Commission", "Commission"),
                              [COMMISSION, _unknown("Fisheries Commission"), _unknown("Commission")])
    assert out[2].entity_id is None   # a body no source holds counts too


def test_a_head_word_before_the_body_is_named_or_a_mission_word_stays_unknown():
    out = bodies_by_head_word(_queries("Commission", "European Commission"), [_unknown("Commission"), COMMISSION])
    assert out[0].entity_id is None
    embassy = Resolution("ORG", "mission:embassy:SU:washington", "Embassy of the Soviet Union", method="generated")
    out = bodies_by_head_word(_queries("Soviet Embassy", "Embassy"), [embassy, _unknown("Embassy")])
    assert out[1].entity_id is None
