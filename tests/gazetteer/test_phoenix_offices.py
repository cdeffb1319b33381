"""A government member whose titled names in the Phoenix dictionary say his office holds that office
(a made-up stretch of a Countries actors file)."""
import pytest

from gazetteer import sources_phoenix

DICTIONARY = """\
QANDARIA_ [QND]
IVAN_ZEROV_  # CountryInfo.txt
+FOREIGN_MINISTER_IVAN_ZEROV
+FOREIGN_MINISTER_ZEROV
\t[QNDELI 400101-570213]
\t[QNDGOV 570214-850702]
PETER_VOLK_  # CountryInfo.txt
+PRESIDENT_PETER_VOLK
\t[QNDGOV 810120-890120]
\t[QNDGOV 890120-930120]
ANNA_STEPOVA_  # CountryInfo.txt
\t[QNDGOV 900101-950101]
"""


@pytest.fixture()
def people(tmp_path, monkeypatch):
    (tmp_path / sources_phoenix.COUNTRIES).write_text(DICTIONARY, encoding="utf-8")
    monkeypatch.setattr(sources_phoenix, "source_path", lambda _dir, fname: str(tmp_path / fname))
    return {e.canonical_name: e for e in sources_phoenix.person_entities({"QND": "XQ"})}


def test_a_titled_name_gives_the_office_of_a_single_government_span(people):
    assert [(r.role_key, r.start) for r in people["Ivan Zerov"].roles] == [("foreign_minister", "1957-02-14")]


def test_several_government_spans_or_no_titled_name_stay_government_members(people):
    # which of two spans was the presidency the source does not say
    assert {r.role_key for r in people["Peter Volk"].roles} == {"official"}
    assert {r.role_key for r in people["Anna Stepova"].roles} == {"official"}
