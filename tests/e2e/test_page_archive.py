"""The page's archive parts in real headless Chromium against real gunicorn and PostgreSQL,
at desktop and phone widths: a claim a fact-check covers says so with its rating, the article
is saved to the archive, the archive is searched and a speaker's profile opens; without an
archive none of it shows."""

from __future__ import annotations

import pytest
import requests

from tests.e2e.conftest import gunicorn_on
from tests.e2e.pagekit import SEED, analyse_here, skip_without_browser

skip_without_browser()

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

REVIEW = {"@type": "ClaimReview", "url": "https://cek.example/openai-pengguna",
          "claimReviewed": "OpenAI telah memiliki lebih dari 300 juta pengguna aktif",
          "reviewRating": {"@type": "Rating", "alternateName": "BENAR"},
          "datePublished": "2025-02-03", "author": {"name": "Cek Fakta Uji"}}


@pytest.fixture(scope="module")
def server(redis_proc, database_url):
    g = gunicorn_on(redis_proc, RATE_LIMIT="off", DATABASE_URL=database_url)
    resp = requests.post(g.url + "/v1/factchecks", json=REVIEW, timeout=30)
    assert resp.status_code == 201, resp.text
    yield g
    g.stop()



def _wait(browser, condition, seconds: float = 60):
    return WebDriverWait(browser, seconds).until(condition)


def test_a_checked_claim_says_so_and_the_archive_is_searched(browser, server):
    browser.get(server.url + "/")
    browser.execute_script("localStorage.clear(); sessionStorage.clear()")
    analyse_here(browser, SEED)
    checked = _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, ".archive-note .checked"))
    assert checked[0].text == "Sudah diperiksa: BENAR"
    assert checked[0].get_attribute("href") == REVIEW["url"]
    assert checked[0].get_attribute("rel") == "noopener noreferrer"

    browser.find_element(By.ID, "save-archive").click()
    _wait(browser, lambda d: "arsip" in d.find_element(By.ID, "archive-status").text.lower()
          and "#" in d.find_element(By.ID, "archive-status").text)

    box = browser.find_element(By.ID, "archive-q")
    box.clear()
    box.send_keys("DeepSeek")
    browser.find_element(By.ID, "archive-go").click()
    speakers = _wait(browser, lambda d: [b for b in d.find_elements(
        By.CSS_SELECTOR, "#archive-results button") if b.text == "Sam Altman"])
    speakers[0].click()
    title = _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#speaker-profile h3"))
    assert title[0].text == "Sam Altman"
    assert browser.find_element(By.ID, "speaker-profile").find_elements(By.CSS_SELECTOR, "ol li")
    # Nothing wider than the screen, at either width.
    assert browser.execute_script(
        "return document.documentElement.scrollWidth <= window.innerWidth")


def test_without_an_archive_its_parts_stay_hidden(browser, redis_proc):
    g = gunicorn_on(redis_proc, RATE_LIMIT="off")
    try:
        browser.get(g.url + "/")
        analyse_here(browser, SEED)
        # The probe has answered once the claims are drawn; give it a moment to hide.
        _wait(browser, lambda d: d.execute_script(
            "return document.getElementById('archive').hidden && "
            "document.getElementById('save-archive').hidden"), 10)
        assert not browser.find_elements(By.CSS_SELECTOR, ".archive-note .checked")
    finally:
        g.stop()
