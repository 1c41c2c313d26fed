"""Every rule's docstring example is a test: the example a reader sees is what the rule does."""

import doctest
import importlib
import pkgutil

import pytest

from tts_service.text import lexicon, normalizer, numbers, report, rules, segment, tables

RULE_MODULES = [importlib.import_module(f"{rules.__name__}.{m.name}") for m in pkgutil.iter_modules(rules.__path__)]


@pytest.mark.parametrize(
    "module", [*RULE_MODULES, numbers, lexicon, normalizer, report, segment, tables], ids=lambda m: m.__name__
)
def test_docstring_examples_hold(module):
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0
