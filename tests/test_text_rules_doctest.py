"""Every rule's docstring example is a test: the example a reader sees is what the rule does."""

import doctest
import importlib
import pkgutil

import pytest

from tts_service.text import lexicon, normalizer, numbers, report, rules, tables

# `tts_service.text.segment` is imported by name: the package exports a function `segment` that hides the module.
SEGMENT = importlib.import_module("tts_service.text.segment")
RULE_MODULES = [importlib.import_module(f"{rules.__name__}.{m.name}") for m in pkgutil.iter_modules(rules.__path__)]


@pytest.mark.parametrize(
    "module", [*RULE_MODULES, numbers, lexicon, normalizer, report, SEGMENT, tables], ids=lambda m: m.__name__
)
def test_docstring_examples_hold(module):
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0
