"""The page in a real headless Chromium against real gunicorn: paste, analyse, filter, follow
a claim, read an error, and fit a phone-width screen."""

from __future__ import annotations

import pytest
import requests

from tests.e2e.conftest import gunicorn_on
from tests.e2e.pagekit import (
    SEED,
    analyse,
    analyse_here,
    download_json,
    skip_without_browser,
    start_browser,
)

skip_without_browser()

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def server(redis_proc):
    g = gunicorn_on(redis_proc, RATE_LIMIT="off")
    yield g
    g.stop()


@pytest.fixture(scope="module")
def browser():
    driver = start_browser("desktop")
    yield driver
    driver.quit()


def _export(browser, folder, button: str, name: str):
    return download_json(browser, folder, button, name)


def test_paste_analyse_filter_and_follow_a_claim(browser, server):
    analyse(browser, server.url, SEED)
    assert browser.find_element(By.ID, "result").is_displayed()
    assert browser.find_element(By.ID, "text").get_property("textContent") == SEED
    quote_ids = browser.execute_script(
        "return [...new Set([...document.querySelectorAll('#text [data-quote]')]"
        ".map(s => s.dataset.quote))]")
    assert len(quote_ids) == 8
    kinds = browser.execute_script(
        "return [...document.querySelectorAll('#text .q')].map(s => s.classList[1])")
    assert {"direct", "indirect"} <= set(kinds)
    speakers = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#speakers li")]
    assert speakers[0].startswith("A Sam Altman (7) · orang")
    assert "CEO OpenAI" in speakers[0]
    assert speakers[1].startswith("B OpenAI (1) · organisasi")

    browser.find_elements(By.CSS_SELECTOR, "#speakers li")[1].click()  # only OpenAI's
    dims = browser.execute_script(
        "return [...document.querySelectorAll('#text .q')].map(s => "
        "[s.dataset.speaker, s.classList.contains('dim')])")
    openai = browser.execute_script(
        "return [...document.querySelectorAll('#speakers li')].length")
    assert openai == 2
    assert all(dim != (sid == "s2") for sid, dim in dims)

    claims = browser.find_elements(By.CSS_SELECTOR, "#claims li")
    scores = [float(li.find_element(By.CLASS_NAME, "score").text) for li in claims]
    assert scores == sorted(scores, reverse=True) and scores
    claims[0].find_element(By.TAG_NAME, "a").click()
    WebDriverWait(browser, 5).until(
        lambda d: d.execute_script("return document.querySelectorAll('#text .flash').length") > 0)


def test_errors_are_said_in_the_language_chosen_and_the_choice_is_remembered(browser, server):
    analyse(browser, server.url, SEED * 90)  # over 200,000 characters
    status = browser.find_element(By.ID, "status")
    assert "batas 200.000" in status.text and "limit" not in status.text  # Indonesian first
    assert "error" in status.get_attribute("class")
    assert browser.execute_script("return document.documentElement.lang") == "id"
    switch = browser.find_element(By.ID, "language")
    assert switch.text == "English" and switch.get_attribute("lang") == "en"
    switch.click()
    browser.refresh()  # remembered in this browser
    try:
        assert browser.execute_script("return document.documentElement.lang") == "en"
        assert browser.find_element(By.ID, "go").text == "Analyse"
        assert browser.find_element(By.ID, "language").text == "Bahasa Indonesia"
        analyse_here(browser, SEED * 90)
        status = browser.find_element(By.ID, "status").text
        assert "limit of 200,000" in status and "batas" not in status
        # No Indonesian and English side by side anywhere on the page.
        assert " / " not in browser.find_element(By.TAG_NAME, "body").text.replace(
            browser.find_element(By.ID, "char-count").text, "")
    finally:
        browser.find_element(By.ID, "language").click()
    assert browser.find_element(By.ID, "go").text == "Analisis"


def test_phone_width_stacks_the_columns_article_first(browser, server):
    browser.set_window_size(390, 844)
    try:
        analyse(browser, server.url, SEED)
        layout = browser.execute_script(
            "const a = document.querySelector('aside').getBoundingClientRect();"
            "const t = document.getElementById('text').getBoundingClientRect();"
            "return [t.top < a.top, document.documentElement.scrollWidth,"
            " window.innerWidth, t.width];")
        article_first, scroll_width, inner_width, text_width = layout
        assert article_first  # the article first; speakers and claims after it
        assert scroll_width <= inner_width  # no sideways scrolling
        assert text_width > inner_width * 0.8
    finally:
        browser.set_window_size(1280, 900)


@pytest.fixture(scope="module")
def keyed_server(redis_proc):
    g = gunicorn_on(redis_proc, RATE_LIMIT="off", API_KEYS="newsroom-key-1")
    yield g
    g.stop()


def test_the_page_works_with_api_keys(browser, keyed_server):
    browser.get(keyed_server.url + "/")
    browser.execute_script("sessionStorage.clear()")
    browser.find_element(By.ID, "apikey").clear()
    browser.find_element(By.ID, "apikey").send_keys("wrong-key")
    analyse_here(browser, SEED)
    status = browser.find_element(By.ID, "status").text
    assert status == "Kunci API diperlukan atau salah."
    browser.find_element(By.ID, "apikey").clear()
    browser.find_element(By.ID, "apikey").send_keys("newsroom-key-1")
    analyse_here(browser, SEED)
    assert browser.find_element(By.ID, "result").is_displayed()
    assert len(browser.find_elements(By.CSS_SELECTOR, "#speakers li")) == 2


def test_claims_show_type_claimant_figures_and_export_claimreview(browser, server, tmp_path):
    analyse(browser, server.url, SEED)
    items = browser.find_elements(By.CSS_SELECTOR, "#claims li")
    metas = [li.find_element(By.CLASS_NAME, "claim-meta").text for li in items]
    users = next(m for li, m in zip(items, metas, strict=True)
                 if "300 juta pengguna" in li.find_element(By.TAG_NAME, "a").text)
    assert "angka" in users and "lebih dari 300 juta pengguna" in users
    assert any("Sam Altman" in m for m in metas)  # a quote's claim names its claimant
    drafts = _export(browser, tmp_path, "export-claimreview", "kutip-claimreview.jsonld")
    assert drafts and all(d["@type"] == "ClaimReview" and d["claimReviewed"] for d in drafts)
    assert any("300 juta pengguna" in d["claimReviewed"] for d in drafts)


def test_an_error_clears_the_previous_result_and_a_link_is_not_fetched(browser, server):
    analyse(browser, server.url, SEED)
    assert browser.find_element(By.ID, "result").is_displayed()
    analyse(browser, server.url, "https://contoh.id/berita/altman")
    status = browser.find_element(By.ID, "status").text
    assert "tidak mengambil tautan" in status
    assert not browser.find_element(By.ID, "result").is_displayed()
    analyse(browser, server.url, SEED)
    analyse(browser, server.url, SEED * 90)  # too long: the error, and nothing of before
    assert "batas 200.000" in browser.find_element(By.ID, "status").text
    assert not browser.find_element(By.ID, "result").is_displayed()


def test_cached_answers_and_unattributed_quotes_are_said_so(browser, server):
    text = "“Harga beras naik lagi bulan ini di semua pasar,” katanya. " + SEED
    analyse(browser, server.url, text)
    analyse(browser, server.url, text)  # the second time from the cache
    assert "dari cache" in browser.find_element(By.ID, "status").text
    items = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#speakers li")]
    assert any("Tanpa nama (1)" in t for t in items)
    browser.find_element(By.CSS_SELECTOR, "#speakers li.unattributed").click()
    dims = browser.execute_script(
        "return [...document.querySelectorAll('#text .q')].map(s => "
        "[s.dataset.speaker, s.classList.contains('dim')])")
    assert all(dim == (sid != "") for sid, dim in dims)
    assert requests.get(server.url + "/ui/favicon.svg", timeout=5).status_code == 200


def test_keyboard_filtering_accessible_quotes_threshold_and_json_export(browser, server,
                                                                        tmp_path):
    from selenium.webdriver.common.keys import Keys

    analyse(browser, server.url, SEED)
    first = browser.find_element(By.CSS_SELECTOR, "#text .q[tabindex='0']")
    assert first.get_attribute("aria-label").startswith("Kutipan tidak langsung oleh Sam Altman")
    labels = browser.execute_script(  # without the doubt mark some carry ("? A · …")
        "return [...document.querySelectorAll('#text .q.said')]"
        ".map(s => s.dataset.who.replace(/^\\? /, ''))")
    assert labels.count("A · Sam Altman") == 7 and "B · OpenAI" in labels
    openai = browser.find_element(By.CSS_SELECTOR, "#speakers button[data-speaker='s2']")
    openai.send_keys(Keys.ENTER)  # keyboard only
    openai = browser.find_element(By.CSS_SELECTOR, "#speakers button[data-speaker='s2']")
    assert openai.get_attribute("aria-pressed") == "true"
    claims = browser.find_elements(By.CSS_SELECTOR, "#claims li")
    assert claims and all("OpenAI" in li.text for li in claims)  # the filter applies to claims
    openai.send_keys(Keys.ENTER)  # off again
    all_claims = len(browser.find_elements(By.CSS_SELECTOR, "#claims li"))
    browser.execute_script("const t = document.getElementById('threshold'); t.value = '0.8';"
                           "t.dispatchEvent(new Event('input'));")
    assert 0 < len(browser.find_elements(By.CSS_SELECTOR, "#claims li")) < all_claims
    exported = _export(browser, tmp_path, "export-json", "kutip.json")
    assert exported["text"] == SEED
    for q in exported["answer"]["quotes"]:
        assert exported["text"][q["start"] : q["end"]] == q["text"]
