"""HTML in text and titles becomes clean text; plain text is left exactly as it is."""
import pytest

from transforms.html_text import clean_markup, html_to_text, looks_like_html


def test_paragraphs_entities_and_scripts():
    html = ("<html><head><title>T</title><style>p{}</style></head><body>"
            "<p>Poland <b>expelled</b> 45&nbsp;Russian diplomats.</p><script>alert(1)</script>"
            "<!-- note --><p>Moscow&#8217;s reply<br>came later.</p></body></html>")
    assert html_to_text(html) == "Poland expelled 45 Russian diplomats.\n\nMoscow\u2019s reply\ncame later."


@pytest.mark.parametrize("text", ["a < b and c > d", "Tom & Jerry", "Poland expelled 45 diplomats.", "x<3 y>2"])
def test_plain_text_is_untouched(text):
    assert not looks_like_html(text)
    assert clean_markup(text) == (text, False)


def test_entities_only_are_decoded_without_reflowing():
    assert clean_markup("AT&amp;T said\n\nthat") == ("AT&T said\n\nthat", True)


def test_markup_only_gives_empty_text():
    assert clean_markup("<div><img src='x.png'></div>") == ("", True)


@pytest.mark.parametrize("markup", [
    "<p>Intro.</p><svg><circle r='1'/>{tail}",
    "<p>Intro.</p><iframe src='https://x'>{tail}",
    "<p>Intro.</p><script>{tail}",
    "<p>Intro.</p><!-- a comment never closed {tail}",
    "<p>Intro.</p></svg>{tail}",
])
def test_an_unclosed_element_never_eats_the_text_after_it(markup):
    tail = "Germany expelled 40 Russian diplomats."
    text, _ = clean_markup(markup.format(tail=tail))
    assert text.startswith("Intro.") and text.endswith(tail)


def test_closed_elements_are_still_dropped_with_their_content():
    text, _ = clean_markup("<p>A</p><svg><text>chart</text></svg><script>var s = '<svg>';</script>"
                           "<iframe>frame</iframe><!-- note --><p>B</p>")
    assert text == "A\n\nB"


@pytest.mark.parametrize("text", [
    "Halvorsen Shipping said it agreed to buy <Acme Holdings Inc> for 12 mln dlrs.",
    "Brightwater Foods Co <BF> said its <Time Valley Farms Ltd> unit was sold.",
    "Du Pont Co <DD> and <MARK RESOURCES INC> signed the accord.",
])
def test_bracketed_company_names_in_plain_text_stay_as_written(text):
    assert clean_markup(text) == (text, False)


def test_bracketed_company_name_inside_real_markup_survives():
    text, changed = clean_markup("<p>Halvorsen Shipping bought <Inverness Petroleum Ltd> "
                                 "and <Style Holdings Plc>.</p><p>Oslo approved.</p>")
    assert changed
    assert text == ("Halvorsen Shipping bought <Inverness Petroleum Ltd> and <Style Holdings Plc>."
                    "\n\nOslo approved.")


def test_real_markup_is_still_cleaned_next_to_bracketed_names():
    text, changed = clean_markup("<P>Ghana&#8217;s <b>reply</b> named <Acme Holdings Inc>.<br/>"
                                 "<svg><text>chart</text></svg>Accra&nbsp;said so.</P>")
    assert changed
    assert text == "Ghana\u2019s reply named <Acme Holdings Inc>.\nAccra said so."
