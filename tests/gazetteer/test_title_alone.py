"""A title that names one state's office only, written alone ("the Taoiseach said"), is the person who
held it on the date (gazetteer/title_alone.py). Sentences written for these tests, with the real model
and gazetteer."""

from gazetteer.title_alone import national_titles


def names(mentions, text):
    return {(m.canonical_name, m.acts_for) for m in mentions if m.text == text}


def test_the_data_decide_which_titles_are_one_state_s(resolve):
    titles = national_titles(resolve.resolver.gaz)
    assert titles.get("taoiseach") == ("head_of_government", "IE")
    assert "president" not in titles and "prime minister" not in titles   # many states' offices


def test_the_taoiseach_alone_is_the_taoiseach_of_the_day(resolve):
    ms = resolve("DUBLIN - Ireland would not expel Russian diplomats for now. The Taoiseach told the Dail "
                 "that the embassy was larger than it needed to be.", "2021-04-02")
    assert names(ms, "Taoiseach") == {("Micheál Martin", "IE")}


def test_no_holder_known_on_the_date_leaves_the_title_unknown(resolve):
    ms = resolve("DUBLIN - Ireland's new government met on Thursday. The Taoiseach told the Dail that talks "
                 "would go on.", "1994-12-15")
    assert all(m.entity_id is None for m in ms if m.text == "Taoiseach")


def test_the_title_alone_read_as_a_body_is_the_holder_too(resolve):
    ms = resolve("Ireland summoned the Freedonian ambassador on Monday. The Taoiseach said on Tuesday that talks "
                 "would continue.", "2021-03-02")
    assert names(ms, "Taoiseach") == {("Micheál Martin", "IE")}


def test_the_title_with_no_holder_known_is_no_person_named_so(resolve):
    for text in ("DUBLIN - Ireland's new government met on Thursday. The Taoiseach told the Dail that talks "
                 "would go on.", "DUBLIN - The Taoiseach said on Tuesday that talks would continue."):
        ms = resolve(text, "1994-12-15")
        assert {(m.entity_id, m.entity_type) for m in ms if m.text == "Taoiseach"} <= {(None, "OTHER"), (None, "ORG")}
