"""International bodies of Africa and the Pacific that diplomatic news names all the time, and no licensed
source lists as bodies (Phoenix codes the African Union's officials but has no row for it): the African
Union, its Commission, the Pacific Islands Forum (sentences written for these tests; the real model and
gazetteer). Their bare initials are read only where the text defines them: "PIF" alone is also Saudi
Arabia's sovereign fund."""

from tests.mention_helpers import linked_names


def test_the_african_union_and_its_commission(resolve):
    ms = resolve("ADDIS ABABA - The African Union suspended the country on Friday. The chairperson of the AU "
                 "Commission said the suspension would last until elections were held.", "2021-06-04")
    assert linked_names(ms, "African Union") == {"African Union"}
    assert linked_names(ms, "AU Commission") == {"African Union Commission"}


def test_the_pacific_islands_forum_and_its_initials(resolve):
    ms = resolve("Foreign ministers of the Pacific Islands Forum (PIF) met in Suva on Thursday. The PIF "
                 "secretary general opened the meeting.", "2025-08-14")
    assert linked_names(ms, "Pacific Islands Forum") == {"Pacific Islands Forum"}
    assert linked_names(ms, "PIF") == {"Pacific Islands Forum"}
    ms = resolve("Saudi Arabia's PIF invested two billion dollars in the carmaker on Monday.", "2023-05-01")
    assert "Pacific Islands Forum" not in linked_names(ms, "PIF")
