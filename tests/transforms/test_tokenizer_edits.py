"""The tokenizer hooks set together (special cases loaded once) and made once."""
from transforms.datelines import with_datelines
from transforms.name_spans import split_citation_marks, split_glued_words
from transforms.recognise import load_spacy_model
from transforms.tokenizer_edits import special_cases_once

TEXTS = [
    "MOSCOW, May 3. /TASS/. The ministry said it didn't expel anyone from the U.S. embassy :)",
    "Mr. Farrasked whether Canada.[3] would reply, and the report[a] was sent to Baltimore/ and/or Leeds.",
    "Joan LestorReports said the envoy can't stay 24/7 in St. Louis, Mo., after Jan. 5.",
]


def tokens(nlp):
    return [[(t.text, t.idx) for t in doc] for doc in nlp.tokenizer.pipe(TEXTS)]


def hooked(nlp):
    return with_datelines(split_citation_marks(split_glued_words(nlp)))


def test_the_hooks_set_with_the_special_cases_loaded_once_tokenize_as_set_one_by_one():
    one_by_one = hooked(load_spacy_model())
    together = load_spacy_model()
    with special_cases_once(together.tokenizer):
        hooked(together)
    assert tokens(together) == tokens(one_by_one)
    assert together.tokenizer.rules == one_by_one.tokenizer.rules
    words = [t for doc in tokens(together) for t, _ in doc]
    assert {"did", "n't", "U.S.", ":)", "ca", "TASS", "[3]", "Farr", "asked"} <= set(words)


def test_the_rules_come_back_when_the_block_fails():
    nlp = load_spacy_model()
    rules = dict(nlp.tokenizer.rules)
    try:
        with special_cases_once(nlp.tokenizer):
            raise RuntimeError("a hook failed")
    except RuntimeError:
        pass
    assert nlp.tokenizer.rules == rules
    assert [t.text for t in nlp.tokenizer("don't")] == ["do", "n't"]


def test_a_hook_wrapped_by_another_is_not_made_twice():
    # the reference marks' suffix search, wrapped by the agency's: asked again, nothing changes
    nlp = hooked(load_spacy_model())
    suffix, infix = nlp.tokenizer.suffix_search, nlp.tokenizer.infix_finditer
    split_citation_marks(split_glued_words(nlp))
    assert nlp.tokenizer.suffix_search is suffix
    assert nlp.tokenizer.infix_finditer is infix
