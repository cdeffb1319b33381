"""gazetteer.memo: answers that depend only on the gazetteer, remembered per gazetteer."""
from gazetteer.memo import by_gazetteer


class _Gazetteer:
    def __init__(self, names):
        self.names = names
        self.asked = 0


@by_gazetteer(size=4)
def _country_of(gaz, name):
    gaz.asked += 1
    return gaz.names.get(name)


def test_the_same_question_of_the_same_gazetteer_is_answered_once():
    gaz = _Gazetteer({"Soviet": "SU"})
    assert [_country_of(gaz, "Soviet") for _ in range(3)] == ["SU", "SU", "SU"]
    assert gaz.asked == 1


def test_another_gazetteer_gets_its_own_answer():
    first, second = _Gazetteer({"Soviet": "SU"}), _Gazetteer({"Soviet": "RU"})
    assert (_country_of(first, "Soviet"), _country_of(second, "Soviet")) == ("SU", "RU")


def test_a_stand_in_that_cannot_be_hashed_is_asked_every_time():
    class Unhashable(_Gazetteer):
        __hash__ = None
    gaz = Unhashable({"Soviet": "SU"})
    assert [_country_of(gaz, "Soviet") for _ in range(2)] == ["SU", "SU"]
    assert gaz.asked == 2
