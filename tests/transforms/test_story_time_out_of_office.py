"""A bare surname given by the article's countries to someone out of office on the publication date, in a story of
years before, is the one person of that surname in office in the story's time (transforms/story_time.py).
Texts written for these tests."""
from gazetteer.resolution import NameQuery, Resolution
from transforms.story_time import surnames_of_the_story_time

QUERIES = [NameQuery("Mrs Nandor", "PERSON", 0, 10)]
NOW = Resolution("PERSON", "p:ila", "Ila Nandor", "FD", method="context", score=0.85)          # no office in 2012
THEN = Resolution("PERSON", "p:mira", "Mira Nandor", "FD", role="head_of_government", method="context", score=0.85)


def test_the_story_times_one_office_holder_takes_the_surname():
    assert surnames_of_the_story_time(QUERIES, [NOW], [THEN], [THEN])[0] == THEN


def test_a_person_in_office_on_the_date_or_a_story_time_namesake_out_of_office_changes_nothing():
    in_office = NOW._replace(role="member_of_parliament")
    assert surnames_of_the_story_time(QUERIES, [in_office], [THEN], [THEN])[0] == in_office
    idle = THEN._replace(role=None)
    assert surnames_of_the_story_time(QUERIES, [NOW], [idle], [idle])[0] == NOW
    other = THEN._replace(entity_id="p:ana", canonical_name="Ana Nandor")
    assert surnames_of_the_story_time(QUERIES, [NOW], [THEN], [other])[0] == NOW   # two in office then: no change
    full = [NameQuery("Ila Nandor", "PERSON", 0, 10)]
    assert surnames_of_the_story_time(full, [NOW], [THEN], [THEN])[0] == NOW       # a full name: no change

