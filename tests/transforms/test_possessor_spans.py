"""The tables report a state's body named after the state's possessive as written ("Russia's Foreign
Ministry") and the body's words after the possessive inside it ("Foreign Ministry"; transforms/possessor_spans.py):
one entity, two spans, the extractor unchanged (sentences written for these tests)."""

from transforms.possessor_spans import with_bodies_after_possessors
from transforms.records import AnalysedArticle, Article, Mention
from transforms.tables import reported_mentions

TEXT = ("Russia's Foreign Ministry said two envoys must leave. Azerbaijan\u2019s Foreign Ministry summoned the chargé. "
        "Kenya's foreign ministry said nothing. Her Majesty's Government agreed. Russia's Chinese Embassy was shut. "
        "The People's Party met.")


def at(text, kind, entity_id, canonical, country, label="GAZ:ORG", nth=0, **kw):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return Mention("a", start, start + len(text), text, label, kind, entity_id, canonical, country, **kw)


def state(name, entity_id, country, nth=0):
    return at(name, "COUNTRY", entity_id, name, country, "GAZ:COUNTRY", nth, nested=True)


def spans(mentions):
    return [(m.text, m.canonical_name, m.nested) for m in mentions]


def test_the_body_after_a_states_possessive_is_reported_inside_the_name_as_written():
    ru = at("Russia's Foreign Ministry", "ORG", "fm:ru", "Ministry of Foreign Affairs of Russia", "RU")
    az = at("Azerbaijan\u2019s Foreign Ministry", "ORG", "fm:az", "Ministry of Foreign Affairs of Azerbaijan", "AZ")
    ke = at("Kenya's foreign ministry", "ORG", "fm:ke", "Ministry of Foreign Affairs of Kenya", "KE")
    out = list(with_bodies_after_possessors([ru, state("Russia", "Q159", "RU"), az, state("Azerbaijan", "Q227", "AZ"),
                                             ke, state("Kenya", "Q114", "KE")]))
    assert spans(out) == [
        ("Russia's Foreign Ministry", "Ministry of Foreign Affairs of Russia", False),
        ("Foreign Ministry", "Ministry of Foreign Affairs of Russia", True), ("Russia", "Russia", True),
        ("Azerbaijan\u2019s Foreign Ministry", "Ministry of Foreign Affairs of Azerbaijan", False),
        ("Foreign Ministry", "Ministry of Foreign Affairs of Azerbaijan", True), ("Azerbaijan", "Azerbaijan", True),
        ("Kenya's foreign ministry", "Ministry of Foreign Affairs of Kenya", False),
        ("foreign ministry", "Ministry of Foreign Affairs of Kenya", True), ("Kenya", "Kenya", True)]
    inner = out[1]
    assert TEXT[inner.start_char:inner.end_char] == "Foreign Ministry" and inner.entity_id == "fm:ru"
    assert inner.repeats_outer   # one mention in the entities' counts


def test_no_state_of_its_own_before_the_possessive_leaves_the_name_whole():
    gov = at("Her Majesty's Government", "ORG", "gov:gb", "Government of the United Kingdom", "GB")
    party = at("People's Party", "ORG", "p:1", "People's Party", "ES")
    # a body of another state after a state's possessive, and a body no source holds
    other = at("Russia's Chinese Embassy", "ORG", "emb:cn", "Embassy of China, Moscow", "CN")
    unknown = at("Russia's Foreign Ministry", "ORG", None, "Russia's Foreign Ministry", None)
    mentions = [gov, party, other, state("Russia", "Q159", "RU", nth=1), unknown, state("Russia", "Q159", "RU")]
    assert list(with_bodies_after_possessors(mentions)) == mentions


def test_the_mentions_table_has_both_rows():
    ru = at("Russia's Foreign Ministry", "ORG", "fm:ru", "Ministry of Foreign Affairs of Russia", "RU")
    article = AnalysedArticle(Article("a", TEXT), mentions=(ru, state("Russia", "Q159", "RU")))
    rows = reported_mentions(article)
    assert [(m.text, m.nested, m.repeats_outer) for m in rows] == [
        ("Russia's Foreign Ministry", False, False), ("Foreign Ministry", True, True), ("Russia", True, False)]
