"""Quote matching forgives typography only."""
import pytest

from builder.quotes import closest, locate, normalise

BODY = "He said, \u201cThe president  pressed\u00a0President Putin -- on\nmore than one occasion.\u201d Then he left."


@pytest.mark.parametrize("quote", [
    '"The president pressed President Putin - on more than one occasion."',
    "\u201cThe president pressed President Putin \u2013 on more than one occasion.\u201d",
    "The president pressed President Putin \u2014 on more than one occasion.",
])
def test_typographic_variants_match(quote):
    span = locate(quote, BODY)
    assert span is not None
    assert BODY[span.start:span.end].startswith(("\u201cThe", "The"))
    assert BODY[span.start:span.end].rstrip("\u201d").endswith("occasion.")


@pytest.mark.parametrize("quote", ["the president pressed", "The President pressed", "pressed President Putin on"])
def test_other_differences_do_not_match(quote):
    assert locate(quote, BODY) is None


def test_normalise_folds_quotes_dashes_and_spaces():
    assert normalise("\u2018a\u2019 \u201cb\u201d \u2013 c -- d\u00a0 \n e") == "'a' \"b\" - c - d e"


def test_closest_passage_names_the_first_difference_in_words():
    passage, start, difference = closest("The president pushed President Putin", BODY)
    assert passage == "The president pressed President Putin"
    assert BODY[start:].startswith("The president")
    assert difference == "the quote has 'pushed' where the source has 'pressed'"


def test_nothing_close_gives_no_passage():
    assert closest("zzz qqq", BODY) == (None, 0, "")
