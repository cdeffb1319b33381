"""North and South Vietnam written as the United Nations and many papers of the time wrote them, "Viet Nam" in two
words: each the state of the Cold War, as "North Vietnam" and "South Vietnam" are (sentences written for these
tests; the real model and gazetteer)."""


def test_north_and_south_viet_nam_are_the_two_states(resolve):
    ms = resolve("The delegation of North Viet Nam walked out when the envoy of South Viet Nam rose to speak.",
                 "1966-03-02")
    got = {m.text: m.country_code for m in ms}
    assert got["North Viet Nam"] == "VD" and got["South Viet Nam"] == "VN"


def test_viet_nam_alone_is_still_vietnam(resolve):
    ms = resolve("Viet Nam and Laos signed a trade agreement in Hanoi.", "2005-03-02")
    assert {m.country_code for m in ms if m.text == "Viet Nam"} == {"VN"}
