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


class _Keeping(_Gazetteer):
    """A stand-in that keeps what is derived from it, as `Gazetteer.derived` does."""

    def __init__(self, names):
        super().__init__(names)
        self.kept = {}

    def derived(self, name, build):
        if name not in self.kept:
            self.kept[name] = build()
        return self.kept[name]


@by_gazetteer(size=1)
def _all_codes(gaz):
    gaz.asked += 1
    return sorted(gaz.names.values())


def test_an_index_of_the_gazetteer_alone_is_built_once_and_kept_with_the_gazetteer():
    gaz, other = _Keeping({"Soviet": "SU", "British": "GB"}), _Keeping({"Polish": "PL"})
    assert _all_codes(gaz) == _all_codes(gaz) == ["GB", "SU"] and _all_codes(other) == ["PL"]
    assert gaz.asked == 1 and list(gaz.kept.values()) == [["GB", "SU"]]
    assert _all_codes(gaz) == ["GB", "SU"] and gaz.asked == 1   # still kept: no cache of a few gazetteers


def test_a_real_gazetteer_keeps_what_is_derived_from_it():
    from gazetteer.store import Gazetteer
    gaz, built = Gazetteer([]), []
    assert gaz.derived("index", lambda: built.append(1) or {"a": 1}) == {"a": 1}
    assert gaz.derived("index", lambda: built.append(1) or {"b": 2}) == {"a": 1} and built == [1]
