"""A full name that only a much later minor office makes known is a namesake's, even in a story that names
the office's country, unless a title before the name says the person already held an office then."""


def _ids(ms, text):
    return {m.entity_id for m in ms if m.text == text}


def test_a_business_story_decades_before_a_lieutenant_governor_took_office_names_a_namesake(resolve):
    ms = resolve("Several executives have left the U.S. company in recent months, including John Walsh, head of "
                 "its minicomputer line.", "1987-03-20")
    assert _ids(ms, "John Walsh") == {None}


def test_a_later_leader_and_a_titled_office_holder_keep_their_links(resolve):
    ms = resolve("Caesars World fought a bid by New York developer Donald Trump, the company said.", "1987-03-20")
    assert {m.canonical_name for m in ms if m.text == "Donald Trump"} == {"Donald Trump"}
    ms = resolve("The Canadian coast guard will get a new icebreaker, Transport Minister John Crosbie said.",
                 "1987-03-02")
    assert {m.canonical_name for m in ms if m.text == "John Crosbie"} == {"John Crosbie"}
