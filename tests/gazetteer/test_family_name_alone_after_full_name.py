"""A bare name that opens the full name of the one person named before it is that person: a family name written
first ("Li said" after "Premier Li Peng"), whom the sources hold (gazetteer/person_evidence.py)."""


def _ids(mentions, text):
    return {m.entity_id for m in mentions if m.text == text}


def test_a_family_name_written_first_alone_is_the_person_named_before(resolve):
    for full, bare, text, date in (
            ("Li Peng", "Li", "PEKING, May 20 - Premier Li Peng met the striking students on Thursday. "
                              "Li said the government would not yield to pressure.", "1989-05-20"),
            ("Hu Jintao", "Hu", "BEIJING, Oct 3 - Hu Jintao received the visiting trade minister at noon. "
                                "Hu said both sides wanted the talks to go on.", "2005-10-03"),
            ("Xi Jinping", "Xi", "BEIJING, Oct 3 - President Xi Jinping opened the trade fair on Monday. "
                                 "Xi told the guests that tariffs would fall.", "2018-10-03")):
        mentions = resolve(text, date=date)
        (person,) = _ids(mentions, full)
        assert person is not None and not person.startswith("nn:")
        assert _ids(mentions, bare) == {person}, (text, _ids(mentions, bare))


def test_a_family_name_two_people_named_before_share_stays_theirs_alone(resolve):
    mentions = resolve("PEKING, May 20 - Premier Li Peng and President Li Xiannian met the envoys on Thursday. "
                       "Li said the talks were useful.", date="1988-05-20")
    (peng,), (xiannian,) = _ids(mentions, "Li Peng"), _ids(mentions, "Li Xiannian")
    assert peng and xiannian and not _ids(mentions, "Li") & {peng, xiannian}
