"""Unit tests pin each rule's intent on made-up sentences and hand-built views: they never
load Stanza's models (tests/integration does)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def engine():
    pytest.fail("unit tests run without Stanza's models; use tests/views.view_of, or move the "
                "test to tests/integration")


@pytest.fixture(scope="session")
def extract(engine):
    return engine
