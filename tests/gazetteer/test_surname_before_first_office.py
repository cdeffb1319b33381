"""A bare surname after an honorific ("Mr Stewart") in a story of the person's country names someone
in public life: not one the sources know only from offices that all began more than
`SURNAME_YEARS_AFTER_LAST_ROLE` years after the story, as it is not one who left every office that
long before it (names, codes and dates made up for these tests)."""
from gazetteer.model import Entity, Role
from gazetteer.people import SURNAME_YEARS_AFTER_LAST_ROLE, long_before_first_role, named_by_surname_alone

LATER_MEMBER = Entity("p:1", "Alan Stewarton", "PERSON", "XR",
                      roles=[Role("deputy_foreign_minister", "Under-Secretary", "XR", "1981-09-14", "1986-09-10")])


def named(date: str) -> bool:
    return named_by_surname_alone(LATER_MEMBER, date, in_article_country=True, dominant=False,
                                  context_before="the Foreign Secretary (Mr ", strict=True)


def test_mr_and_a_surname_years_before_every_office_is_someone_else():
    assert not named("1966-06-27")                      # fifteen years before his first office
    assert long_before_first_role(LATER_MEMBER, "1966-06-27", SURNAME_YEARS_AFTER_LAST_ROLE)


def test_mr_and_a_surname_a_few_years_before_the_first_office_may_be_the_person():
    assert named("1978-05-02")                          # a member before his first office
    assert named("1983-01-10")                          # in office
    assert not long_before_first_role(LATER_MEMBER, "1978-05-02", SURNAME_YEARS_AFTER_LAST_ROLE)


def test_no_dates_no_verdict():
    undated = Entity("p:2", "Alan Stewarton", "PERSON", "XR",
                     roles=[Role("deputy_foreign_minister", "Under-Secretary", "XR", None, None)])
    assert not long_before_first_role(undated, "1966-06-27", SURNAME_YEARS_AFTER_LAST_ROLE)
    assert not long_before_first_role(LATER_MEMBER, None, SURNAME_YEARS_AFTER_LAST_ROLE)


def test_a_diplomat_is_named_long_before_the_first_post_the_sources_list():
    envoy = Entity("p:3", "Edwin Chapley", "PERSON", "XR",
                   roles=[Role("ambassador", "Ambassador to Ruritania", "XR", "2000-01-01", "2004-01-01")])
    assert named_by_surname_alone(envoy, "1987-03-02", in_article_country=True, dominant=False,
                                  context_before="the diplomatic immunity of Mr. ", strict=True)
