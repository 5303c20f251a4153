"""The page at a fact-check desk, in headless Chromium over a real gunicorn: the keyboard's
few Tab stops and arrow keys through the text, the live count against the service's limit,
the reviewer named in ClaimReview, an undo for a cleared history, doubt said where Kutip is
unsure, a speaker's name corrected into every copy and export, and a mixed quote pasted as
the article writes it. Each runs at desktop and phone size."""

from __future__ import annotations

import csv
import io
import json

import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from tests.e2e.pagekit import (
    SEED,
    analyse_here,
    axe_violations,
    download,
    download_json,
    skip_without_browser,
    start_browser,
)

skip_without_browser()

# Made-up articles, each built for one behaviour.
# The name, then four sentences of other things, then "ujarnya": a -nya far from its name.
FAR = ("Menteri Perdagangan Budi Santoso meninjau Pasar Senen, Jakarta, Senin. Harga cabai "
       "turun sejak pekan lalu. Stok beras di gudang cukup. Pedagang menyambut kabar itu. "
       "“Kami akan terus memantau harga sampai Lebaran,” ujarnya.")
# A quote that names its speaker beside it.
NAMED = "“Distribusi beras ke semua pasar lancar,” kata Sri Wahyuni, pedagang beras di pasar itu."
# A reported clause that holds a partial quotation.
MIXED = ("Menteri Keuangan Sri Wahyuni mengatakan bahwa harga beras akan “naik tajam” bulan "
         "depan karena musim kemarau.")




def _open(browser, server) -> None:
    browser.get(server.url + "/")
    browser.execute_script("localStorage.clear()")
    browser.refresh()


def _active(browser):
    return browser.switch_to.active_element


def _clipboard(browser) -> str:
    return browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "navigator.clipboard.readText().then(done, e => done('ERROR ' + e))")


def _copy(browser, quote_css: str) -> str:
    browser.find_element(By.CSS_SELECTOR, quote_css).click()
    browser.find_element(By.ID, "copy-quote").click()
    WebDriverWait(browser, 5).until(
        lambda d: d.find_element(By.ID, "copy-status").text == "Disalin")
    copied = _clipboard(browser)
    browser.find_element(By.ID, "close-card").click()  # a phone's card covers the text below
    return copied


def test_the_text_is_one_tab_stop_and_the_arrows_move_between_quotes(browser, server):
    _open(browser, server)
    analyse_here(browser, SEED)
    assert _active(browser).get_attribute("id") == "result"  # focus on the result
    stops = browser.find_elements(By.CSS_SELECTOR, "#text [role='button']")
    assert len(stops) == 8
    assert [s.get_attribute("tabindex") for s in stops].count("0") == 1
    # From the result: the highlight switch, the text, then the speakers (within 5 Tabs).
    tabs = []
    for _ in range(5):
        _active(browser).send_keys(Keys.TAB)
        tabs.append(_active(browser))
        if tabs[-1].get_attribute("data-speaker"):
            break
    assert tabs[-1].get_attribute("data-speaker") == "s1", [t.get_attribute("id") for t in tabs]
    assert sum(1 for t in tabs if t.get_attribute("data-quote")) == 1  # the text: one stop

    first = stops[0]
    browser.execute_script("arguments[0].focus()", first)
    ids = [first.get_attribute("data-quote")]
    for _ in range(len(stops) - 1):
        _active(browser).send_keys(Keys.ARROW_RIGHT)
        ids.append(_active(browser).get_attribute("data-quote"))
    assert ids == [s.get_attribute("data-quote") for s in stops]  # in text order, each once
    _active(browser).send_keys(Keys.ARROW_RIGHT)  # the last stays the last
    assert _active(browser).get_attribute("data-quote") == ids[-1]
    _active(browser).send_keys(Keys.HOME)
    assert _active(browser).get_attribute("data-quote") == ids[0]
    _active(browser).send_keys(Keys.END)
    assert _active(browser).get_attribute("data-quote") == ids[-1]
    # The Tab stop followed the arrows: Tab out and back in lands where the reader left.
    _active(browser).send_keys(Keys.TAB)
    _active(browser).send_keys(Keys.SHIFT, Keys.TAB)
    assert _active(browser).get_attribute("data-quote") == ids[-1]

    # Selecting puts the card in focus, and Copy is the next Tab.
    _active(browser).send_keys(Keys.ENTER)
    assert _active(browser).get_attribute("id") == "quote-card"
    _active(browser).send_keys(Keys.TAB)
    assert _active(browser).get_attribute("id") == "copy-quote"
    # Escape closes the card (on a phone, a sheet over the page) and focus goes back.
    _active(browser).send_keys(Keys.ESCAPE)
    assert not browser.find_element(By.ID, "quote-card").is_displayed()
    assert _active(browser).get_attribute("data-quote") == ids[-1]

    # Filtered: the arrows pass over the quotes the filter dims.
    browser.find_element(By.CSS_SELECTOR, "#speakers button[data-speaker='s1']").click()
    kept = browser.find_elements(By.CSS_SELECTOR, "#text [role='button']:not(.dim)")
    assert 1 < len(kept) < len(stops)
    browser.execute_script("arguments[0].focus()", kept[0])
    seen = {kept[0].get_attribute("data-quote")}
    for _ in range(len(stops)):
        _active(browser).send_keys(Keys.ARROW_DOWN)
        seen.add(_active(browser).get_attribute("data-quote"))
    assert seen == {k.get_attribute("data-quote") for k in kept}


def test_the_count_says_the_services_limit_as_the_text_grows(browser, server):
    _open(browser, server)
    limit = requests.get(server.url + "/ui/settings.json", timeout=5).json()["max_text_chars"]
    assert limit == 200_000
    count = browser.find_element(By.ID, "char-count")
    WebDriverWait(browser, 5).until(lambda _d: count.text == "0 / 200.000 karakter")
    browser.find_element(By.ID, "article").send_keys("Harga naik 😀")
    assert count.text == "12 / 200.000 karakter"  # code points, as the service counts
    browser.execute_script(
        "const a = document.getElementById('article'); a.value = 'x'.repeat(200001);"
        "a.dispatchEvent(new Event('input'))")
    assert "over" in count.get_attribute("class")
    assert count.text == "200.001 / 200.000 karakter"
    assert browser.find_element(By.ID, "char-over").text == (
        "Melebihi batas 200.000 karakter. Kirim artikel yang lebih pendek.")
    browser.find_element(By.ID, "go").click()  # refused before it is sent
    assert browser.find_element(By.ID, "status").text.startswith("200.001 karakter")
    assert axe_violations(browser) == []


def test_claimreview_names_the_fact_checker_typed_and_remembers_it(browser, server, tmp_path):
    _open(browser, server)
    browser.find_element(By.ID, "reviewer").send_keys("Cek Fakta Warta", Keys.TAB)
    analyse_here(browser, SEED)
    reviews = download_json(browser, tmp_path, "export-claimreview", "kutip-claimreview.jsonld")
    assert reviews and all(r["author"]["name"] == "Cek Fakta Warta" for r in reviews)
    browser.refresh()
    assert browser.find_element(By.ID, "reviewer").get_property("value") == "Cek Fakta Warta"


def test_a_cleared_history_can_be_undone(browser, server):
    _open(browser, server)
    analyse_here(browser, SEED)
    analyse_here(browser, MIXED)
    browser.find_element(By.CSS_SELECTOR, "#history summary").click()
    listed = "return [...document.querySelectorAll('#history-list button')].map(b => b.textContent)"
    before = browser.execute_script(listed)
    assert len(before) == 2
    browser.find_element(By.ID, "history-clear").click()
    assert browser.find_element(By.ID, "history-count").text == "0"
    assert browser.find_element(By.ID, "history-note").text == "Riwayat dihapus (2 analisis)."
    undo = browser.find_element(By.ID, "history-undo")
    assert _active(browser) == undo  # the undo is where focus went
    undo.click()
    assert browser.execute_script(listed) == before
    browser.refresh()
    assert browser.find_element(By.ID, "history-count").text == "2"  # kept, not only drawn


def test_doubt_is_marked_and_says_why_on_focus(browser, server):
    _open(browser, server)
    analyse_here(browser, FAR + "\n\n" + NAMED)
    quotes = browser.find_elements(By.CSS_SELECTOR, "#text .q[role='button']")
    assert len(quotes) == 2
    doubtful = browser.find_elements(By.CSS_SELECTOR, "#text .q.doubt[role='button']")
    assert len(doubtful) == 1
    quote_id = doubtful[0].get_attribute("data-quote")
    label_css = f"#text .q.said[data-quote='{quote_id}']"
    label = browser.find_element(By.CSS_SELECTOR, label_css)
    assert label.get_attribute("data-who") == "? A · Budi Santoso"
    why = "Kutip ragu: nama terakhir disebut 4 kalimat sebelumnya"
    after = f"return getComputedStyle(document.querySelector(\"{label_css}\"), '::after').content"
    assert why not in browser.execute_script(after)
    browser.execute_script("arguments[0].focus()", doubtful[0])
    assert why in browser.execute_script(after)  # seen on focus
    assert why in doubtful[0].get_attribute("aria-label")  # and heard
    # A quote that names its speaker carries no mark.
    assert sorted(browser.execute_script(
        "return [...document.querySelectorAll('#text .q.said')].map(s => s.dataset.who)")) == \
        ["? A · Budi Santoso", "B · Sri Wahyuni"]
    doubtful[0].send_keys(Keys.ENTER)
    assert browser.find_element(By.ID, "card-doubt").text == f"? {why}"
    assert axe_violations(browser) == []


def test_a_corrected_speaker_name_goes_into_every_copy_and_export(browser, server, tmp_path):
    _open(browser, server)
    browser.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": server.url, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    analyse_here(browser, SEED)
    altman = "#text .q.direct[data-speaker='s1'][role='button']"
    browser.find_element(By.CSS_SELECTOR, altman).click()
    browser.find_element(By.CSS_SELECTOR, "#edit-speaker summary").click()
    name = browser.find_element(By.ID, "speaker-name")
    assert name.get_property("value") == "Sam Altman"
    name.clear()
    name.send_keys("Samuel H. Altman", Keys.ENTER)
    assert browser.find_element(By.ID, "card-who").text.startswith(
        "Samuel H. Altman (disunting; Kutip: Sam Altman)")
    assert browser.find_element(By.CSS_SELECTOR, "#speakers button[data-speaker='s1']").text \
        .startswith("A Samuel H. Altman (disunting) (7)")
    labels = browser.execute_script(
        "return [...document.querySelectorAll('#text .q.said[data-speaker=\"s1\"]')]"
        ".map(s => s.dataset.who)")
    assert labels and all(w.endswith("Samuel H. Altman (disunting)") for w in labels)
    browser.find_element(By.ID, "copy-quote").click()
    WebDriverWait(browser, 5).until(
        lambda d: d.find_element(By.ID, "copy-status").text == "Disalin")
    assert "kata Samuel H. Altman, CEO OpenAI" in _clipboard(browser)
    browser.find_element(By.ID, "close-card").click()  # on a phone the card covers the exports

    rows = list(csv.DictReader(io.StringIO(download(browser, tmp_path, "export-csv",
                                                    "kutip.csv"))))
    assert {r["speaker_edited_from"] for r in rows if r["speaker"] == "Samuel H. Altman"} == \
        {"Sam Altman"}
    assert "Sam Altman" not in {r["speaker"] for r in rows}
    exported = download_json(browser, tmp_path, "export-json", "kutip.json")
    assert exported["corrections"] == [
        {"speaker": "s1", "name": "Samuel H. Altman", "kutip_name": "Sam Altman"}]
    claims = download(browser, tmp_path, "export-claims-csv", "kutip-klaim.csv")
    assert "Samuel H. Altman" in claims and ",Sam Altman," not in claims
    reviews = download_json(browser, tmp_path, "export-claimreview", "kutip-claimreview.jsonld")
    authors = [r["itemReviewed"]["author"] for r in reviews if "author" in r["itemReviewed"]]
    assert any(a["name"] == "Samuel H. Altman" and "Sam Altman" in a["description"]
               for a in authors)
    assert not any(a["name"] == "Sam Altman" for a in authors)

    # The history keeps the correction: picked again, the name is the journalist's.
    browser.refresh()
    browser.find_element(By.CSS_SELECTOR, "#history summary").click()
    browser.find_element(By.CSS_SELECTOR, "#history-list button").click()
    WebDriverWait(browser, 60).until(lambda d: d.find_element(By.ID, "result").is_displayed())
    assert browser.find_element(By.CSS_SELECTOR, "#speakers button[data-speaker='s1']").text \
        .startswith("A Samuel H. Altman (disunting)")
    # Kutip's own name back.
    browser.find_element(By.CSS_SELECTOR, "#text .q[data-speaker='s1'][role='button']").click()
    browser.find_element(By.CSS_SELECTOR, "#edit-speaker summary").click()
    browser.find_element(By.ID, "undo-speaker").click()
    assert browser.find_element(By.CSS_SELECTOR, "#speakers button[data-speaker='s1']").text \
        .startswith("A Sam Altman (7)")


def test_direct_reported_and_mixed_quotes_paste_as_a_newsroom_writes_them(browser, server):
    _open(browser, server)
    browser.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": server.url, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    browser.find_element(By.ID, "meta-outlet").send_keys("Warta Uji")
    analyse_here(browser, MIXED + "\n\n" + SEED)
    assert _copy(browser, "#text .q.mixed[role='button']") == (
        "Menurut Sri Wahyuni, Menteri Keuangan, harga beras akan “naik tajam” bulan depan "
        "karena musim kemarau. (Warta Uji)")
    direct = _copy(browser, "#text .q.direct[data-speaker='s2'][role='button']")
    assert direct.startswith("“") and direct.endswith(",” kata Sam Altman, CEO OpenAI (Warta Uji).")
    reported = _copy(browser, "#text .q.indirect[role='button']")
    assert reported.startswith("Menurut Sam Altman, CEO OpenAI, ") and "“" not in reported


def test_the_default_threshold_shows_the_claims_a_desk_checks_first(browser, server):
    _open(browser, server)
    answer = requests.post(server.url + "/v1/extract", json={"text": SEED}, timeout=60).json()
    analyse_here(browser, SEED)
    over = sum(1 for c in answer["claims"] if c["checkworthy"] >= 0.7)
    assert 0 < over < len(answer["claims"])  # the seed has claims on both sides of 0.70
    assert len(browser.find_elements(By.CSS_SELECTOR, "#claims li")) == over
    assert browser.find_element(By.ID, "claims-shown").text == \
        f"{over} dari {len(answer['claims'])} klaim ditampilkan"


@pytest.mark.parametrize("width", [320, 414])
def test_axe_and_the_width_hold_at_the_narrowest_and_widest_phones_in_both_languages(
        server, width):
    phone = start_browser("phone")
    try:
        phone.set_window_size(width, 800)
        _open(phone, server)
        analyse_here(phone, FAR + "\n\n" + NAMED + "\n\n" + SEED)
        phone.find_element(By.CSS_SELECTOR, "#text .q.doubt[role='button']").click()
        phone.find_element(By.CSS_SELECTOR, "#edit-speaker summary").click()
        for language in ("id", "en"):
            assert phone.execute_script("return document.documentElement.lang") == language
            assert phone.execute_script(
                "return document.documentElement.scrollWidth - window.innerWidth") <= 0
            assert axe_violations(phone) == [], language
            targets = phone.execute_script(
                "return [...document.querySelectorAll('#result button, #language')]"
                ".filter(b => b.offsetParent && !b.closest('#speakers, #claims'))"
                ".map(b => [b.id, b.getBoundingClientRect().height])")
            assert all(h >= 44 for _id, h in targets), targets  # touch targets
            phone.find_element(By.ID, "language").click()
    finally:
        phone.quit()


def test_the_settings_the_page_reads_are_public_json(server):
    got = requests.get(server.url + "/ui/settings.json", timeout=5)
    assert got.status_code == 200 and got.headers["Content-Type"].startswith("application/json")
    assert json.loads(got.text) == {"max_text_chars": 200_000}
