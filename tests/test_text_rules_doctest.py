"""Every rule's docstring example is a test: the example a reader sees is what the rule does."""

import doctest

import pytest

from tts_service.text import lexicon, normalizer, numbers, rules


@pytest.mark.parametrize("module", [rules, numbers, lexicon, normalizer], ids=lambda m: m.__name__)
def test_docstring_examples_hold(module):
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0
