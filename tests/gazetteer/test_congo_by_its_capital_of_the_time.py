"""The two Congos of the 1960s told apart by their capitals of the time, as "Congo-Kinshasa" and
"Congo-Brazzaville" tell them apart today: "Congo-Léopoldville" (Kinshasa's colonial name) is the Democratic
Republic of the Congo, with or without its accent and its "Republic of" (sentences written for these tests;
the real model and gazetteer)."""


def test_congo_leopoldville_is_the_democratic_republic(resolve):
    ms = resolve("Katanga proclaimed its independence from the Republic of Congo-Léopoldville in July. Troops of "
                 "Congo-Leopoldville and of Congo-Brazzaville met at the river.", "1961-03-02")
    got = {m.text: m.country_code for m in ms}
    assert got["Republic of Congo-Léopoldville"] == got["Congo-Leopoldville"] == "CD"
    assert got["Congo-Brazzaville"] == "CG"
