"""Settings come from their fields: each from the variable of its name, parsed by its type;
and README's configuration table lists exactly those variables with their defaults."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest

from service.settings import Settings
from tests.conftest import ROOT

# Variables README lists that are not Kutip's settings: prometheus-client reads this one.
LIBRARY_VARIABLES = {"PROMETHEUS_MULTIPROC_DIR"}


def _readme_table() -> dict[str, str]:
    text = (ROOT / "README.md").read_text("utf-8")
    section = text[text.index("### Configuration") : text.index("## Whole archives")]
    return {m.group(1): m.group(2).strip() for m in re.finditer(
        r"^\| `([A-Z_]+)` \| ([^|]*) \|", section, re.MULTILINE)}


def _shown(default) -> str:
    if isinstance(default, bool):
        return "1" if default else "0"
    if isinstance(default, float) and default.is_integer():
        return str(int(default))
    return str(default)


def test_readme_lists_exactly_the_settings_with_their_defaults():
    table = _readme_table()
    names = {f.name.upper(): f.default for f in fields(Settings)}
    assert set(table) - LIBRARY_VARIABLES == set(names)
    for name, default in names.items():
        cell = table[name]
        written = re.search(r"`([^`]*)`", cell)
        if written is None or cell.startswith("empty"):
            assert default in ("", 0), f"{name}: README says {cell!r}, the default is {default!r}"
        elif isinstance(default, str) and "/" in default:  # a path under the project
            assert default.endswith(written.group(1)), (name, cell, default)
        else:
            assert written.group(1) == _shown(default), (name, cell, default)


def test_each_field_reads_the_variable_of_its_name_by_its_type(monkeypatch):
    monkeypatch.setenv("MAX_PENDING", " 7 ")
    monkeypatch.setenv("REDIS_TIMEOUT", "1.5")
    monkeypatch.setenv("PARSE_ALL", "yes")
    monkeypatch.setenv("RATE_LIMIT", "off")
    monkeypatch.setenv("LOG_LEVEL", "debug")
    monkeypatch.setenv("CACHE_SIZE", "")  # empty: the default
    s = Settings.from_env()
    assert (s.max_pending, s.redis_timeout, s.parse_all, s.rate_limit, s.log_level,
            s.cache_size) == (7, 1.5, True, "", "DEBUG", Settings.cache_size)


def test_a_number_that_is_not_one_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("MAX_PENDING", "two")
    with pytest.raises(ValueError, match="MAX_PENDING must be an integer"):
        Settings.from_env()
