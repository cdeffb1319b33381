"""A Chinese or Korean leader named by the family name alone before the story gives the full name ("Xi told
... Xi Jinping became president"): the person named in full, as after it (sentences written for these tests;
the real model and gazetteer)."""
from tests.mention_helpers import linked_names


def test_a_family_name_before_the_full_name_is_that_person(resolve):
    ms = resolve("BEIJING, June 13 (Reuters) - Xi told visiting U.S. senators that China wanted stable ties. "
                 "Xi Jinping became president in March.", "2013-06-14")
    assert linked_names(ms, "Xi") == {"Xi Jinping"}
    ms = resolve("BEIJING, June 13 (Reuters) - Li said growth would stay above seven pct. Li Keqiang spoke at a "
                 "forum in Tianjin on Friday.", "2014-06-14")
    assert linked_names(ms, "Li") == {"Li Keqiang"}


def test_two_people_of_the_family_name_leave_it_unknown(resolve):
    ms = resolve("BEIJING, June 13 (Reuters) - Li said growth would stay above seven pct. Li Keqiang and Li "
                 "Zhaoxing spoke at a forum in Tianjin on Friday.", "2005-06-14")
    assert linked_names(ms, "Li") == set()
