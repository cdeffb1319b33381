"""A state's foreign ministry under the other names some states give it ("Ministry of External Relations",
"Ministry for External Relations", "Ministry of Foreign Relations"), generated for every state
(gazetteer/sources_countries.py); rows written for these tests."""
from gazetteer.sources_countries import CountryRow, foreign_ministry_entity


def test_a_foreign_ministry_answers_to_the_other_names_of_its_kind():
    row = CountryRow._make([None] * len(CountryRow._fields))._replace(
        iso2="RR", name="Ruritania", demonyms=("Ruritanian", "Ruritanians"), official_name="Kingdom of Ruritania")
    e = foreign_ministry_entity(row)
    assert e.canonical_name == "Ministry of Foreign Affairs of Ruritania" and e.acts_for == "RR"
    for name in ("Ruritanian Ministry for External Relations", "Ruritanian Ministry of External Relations",
                 "Ministry of Foreign Relations of Ruritania", "Ministry of External Relations of Ruritania",
                 "Ruritanian Foreign Ministry"):
        assert name in e.aliases, name
    assert "Ruritanians Ministry of Foreign Relations" not in e.aliases   # a plural makes no such name


def test_a_foreign_ministry_answers_to_its_words_in_the_order_news_also_writes_them():
    row = CountryRow._make([None] * len(CountryRow._fields))._replace(
        iso2="RR", name="Ruritania", demonyms=("Ruritanian", "Ruritanians"), official_name="Kingdom of Ruritania")
    aliases = foreign_ministry_entity(row).aliases
    for name in ("Ruritania's Foreign Affairs Ministry", "Ruritanian Foreign Affairs Ministry",
                 "Foreign Affairs Ministry of Ruritania", "Ruritania Foreign Affairs Ministry"):
        assert name in aliases, name


def test_a_bare_foreign_affairs_ministry_is_the_ministry_of_the_state_whose_news_it_tells(resolve):
    ms = resolve("SANTO DOMINGO - The Dominican Republic expelled two Haitian consuls on Monday, the Foreign "
                 "Affairs Ministry said.", date="2021-06-07")
    found = [m for m in ms if m.text.endswith("Foreign Affairs Ministry")]
    assert found and found[0].canonical_name == "Ministry of Foreign Affairs of Dominican Republic"
    ms = resolve("Honduras recalled its ambassador after Peru's Foreign Affairs Ministry summoned him.", date="2021-06-07")
    found = [m for m in ms if m.text.endswith("Foreign Affairs Ministry")]
    assert found and found[0].canonical_name == "Ministry of Foreign Affairs of Peru"


def test_a_foreign_ministry_answers_to_foreign_office_with_its_state_named_unless_its_own_body_bears_it():
    row = CountryRow._make([None] * len(CountryRow._fields))._replace(
        iso2="RR", name="Ruritania", demonyms=("Ruritanian", "Ruritanians"), official_name="Kingdom of Ruritania")
    aliases = foreign_ministry_entity(row).aliases
    for name in ("Ruritania's Foreign Office", "Ruritanian Foreign Office", "Foreign Office of Ruritania"):
        assert name in aliases, name
    assert "Foreign Office" not in aliases   # the bare name is Britain's, or the story's state's
    assert not [n for n in foreign_ministry_entity(row, own_foreign_office=True).aliases if "Foreign Office" in n]


def test_a_states_foreign_office_is_its_foreign_ministry(resolve):
    ms = resolve("Pakistan's Foreign Office summoned the Afghan charge d'affaires on Tuesday over the shelling. "
                 "Later the Foreign Office said the envoy had been handed a protest note.", date="2016-02-09")
    found = [m for m in ms if m.text.endswith("Foreign Office") and not m.nested]
    assert found and all(m.canonical_name == "Ministry of Foreign Affairs of Pakistan" for m in found), \
        [(m.text, m.canonical_name) for m in found]
