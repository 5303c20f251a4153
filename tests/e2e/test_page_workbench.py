"""The page as a fact-checker's workbench, in real headless Chromium against real gunicorn, at
desktop and phone widths: the article's details in every export, a quote copied with its
attribution, keyboard-only use, history across a reload, .txt files, the print view, claims
that explain themselves, speaker marks past twelve colours, and axe-core finding nothing."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil

import pytest

from service.eval import DEFAULT_DIR, load_gold
from tests.conftest import ROOT
from tests.e2e.pagekit import (
    SEED,
    analyse_here,
    axe_violations,
    contrast,
    download,
    download_json,
    skip_without_browser,
    start_browser,
)

skip_without_browser()

from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

META = {"title": '=HYPERLINK("http://x.example","Altman") Altman kembali',
        "outlet": "Warta Uji", "date": "2025-02-05", "url": "https://warta.example/altman"}
# Fourteen made-up speakers, two past the palette's twelve colours.
NAMES = ["Budi Santoso", "Siti Rahmawati", "Agus Wibowo", "Dewi Lestari", "Rudi Hartono",
         "Rina Marlina", "Joko Susilo", "Maya Sari", "Hendra Gunawan", "Wati Suryani",
         "Bambang Irawan", "Lina Kusuma", "Eko Prasetyo", "Nur Aini"]
TOPICS = ["harga cabai", "jalan desa", "sekolah baru", "air bersih", "pasar ikan", "listrik",
          "sampah kota", "puskesmas", "jembatan", "angkutan umum", "harga beras", "banjir",
          "taman kota", "lapangan kerja"]
MANY = "\n\n".join(f"“Soal {topic}, warga kami sudah lama menunggu jawaban,” kata {name}."
                   for topic, name in zip(TOPICS, NAMES, strict=True))
LONG_CLAIM = ("Produksi beras nasional tahun ini naik 12 persen menjadi 31 juta ton karena luas "
              "panen bertambah di Jawa Timur, Jawa Tengah, Sulawesi Selatan, dan Sumatera "
              "Selatan setelah irigasi baru selesai dibangun pemerintah daerah")
LONG = (f"JAKARTA — “{LONG_CLAIM},” kata Budi Santoso, Kepala Badan Pusat Statistik, di "
        "Jakarta, Senin.\n\nIa menambahkan bahwa data itu akan diperbarui bulan depan.")
SCREENSHOT = ROOT / "docs" / "page.png"




def _fill_meta(browser, meta: dict) -> None:
    for field, value in meta.items():
        browser.execute_script("document.getElementById(arguments[0]).value = arguments[1]",
                               f"meta-{field}", value)


def _open(browser, server) -> None:
    browser.get(server.url + "/")
    browser.execute_script("localStorage.clear(); sessionStorage.clear()")


def test_the_articles_details_travel_into_every_export(browser, server, tmp_path):
    _open(browser, server)
    _fill_meta(browser, META)
    analyse_here(browser, SEED)

    exported = download_json(browser, tmp_path, "export-json", "kutip.json")
    assert exported["metadata"] == META
    assert exported["text"] == SEED
    for span in exported["answer"]["quotes"] + exported["answer"]["claims"]:
        assert SEED[span["start"]:span["end"]] == span["text"]

    quotes = list(csv.DictReader(io.StringIO(download(browser, tmp_path, "export-csv",
                                                      "kutip.csv"))))
    assert len(quotes) == len(exported["answer"]["quotes"])
    for row in quotes:
        assert row["title"] == "'" + META["title"]  # a formula cell is escaped
        assert (row["outlet"], row["date"], row["url"]) == (
            META["outlet"], META["date"], META["url"])
    assert sum(row["speaker"] == "Sam Altman" for row in quotes) == 7

    claims = list(csv.DictReader(io.StringIO(download(browser, tmp_path, "export-claims-csv",
                                                      "kutip-klaim.csv"))))
    assert len(claims) == len(exported["answer"]["claims"])
    # The claim about "perusahaan tersebut" names OpenAI and reads alone.
    about = [row for row in claims if row["about"] == "OpenAI"]
    assert about and about[0]["standalone"].startswith("Saat ini, OpenAI telah memiliki")
    for row in claims:
        assert row["outlet"] == META["outlet"]
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@")), cell

    drafts = download_json(browser, tmp_path, "export-claimreview", "kutip-claimreview.jsonld")
    assert drafts
    for draft in drafts:
        item = draft["itemReviewed"]
        assert item["appearance"]["url"] == META["url"]
        assert item["appearance"]["headline"] == META["title"]
        assert item["appearance"]["publisher"]["name"] == META["outlet"]
        assert item["datePublished"] == META["date"]


def test_a_quote_is_copied_with_its_attribution(browser, server):
    _open(browser, server)
    browser.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": server.url, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    _fill_meta(browser, {"outlet": "Warta Uji", "date": "2025-02-05"})
    analyse_here(browser, SEED)
    direct = browser.find_element(By.CSS_SELECTOR, "#text .q.direct[role='button']")
    label = ("return getComputedStyle([...document.querySelectorAll("
             "`#text [data-quote='${arguments[0]}']`)].pop(), '::after').content")
    browser.execute_script("arguments[0].focus()", direct)
    # The line says who; the role is in the card (a label that grew on focus widened phones).
    assert browser.execute_script(label, direct.get_attribute("data-quote")) == \
        '" — A · Sam Altman"'
    direct.send_keys(Keys.ENTER)  # the text is redrawn: find the selected quote again
    selected = browser.find_element(By.CSS_SELECTOR, "#text .q[aria-pressed='true']")
    card = browser.find_element(By.ID, "quote-card")
    assert browser.switch_to.active_element == card  # focus moves to the card
    assert browser.find_element(By.ID, "card-who").text == "Sam Altman · CEO OpenAI"
    quoted = "".join(s.get_property("textContent") for s in browser.find_elements(
        By.CSS_SELECTOR, f"#text [data-quote='{selected.get_attribute('data-quote')}']"))
    browser.find_element(By.ID, "copy-quote").click()
    WebDriverWait(browser, 5).until(
        lambda d: "Disalin" in d.find_element(By.ID, "copy-status").text)
    copied = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "navigator.clipboard.readText().then(done, e => done('ERROR ' + e))")
    body = quoted.rstrip(",. ")
    assert copied == f"“{body},” kata Sam Altman, CEO OpenAI (Warta Uji, 5/2/2025)."

    reported = browser.find_element(By.CSS_SELECTOR, "#text .q.indirect[role='button']")
    reported.click()
    browser.find_element(By.ID, "copy-quote").click()
    copied = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "navigator.clipboard.readText().then(done, e => done('ERROR ' + e))")
    assert copied.startswith("Menurut Sam Altman, CEO OpenAI, ")
    assert copied.endswith(". (Warta Uji, 5/2/2025)")


def _tab_to(browser, css: str, limit: int = 80):
    """Press Tab until an element matching css has focus (keyboard only), and return it."""
    for _ in range(limit):
        active = browser.switch_to.active_element
        if browser.execute_script("return arguments[0].matches(arguments[1])", active, css):
            return active
        active.send_keys(Keys.TAB)
    raise AssertionError(f"Tab never reached {css}")


def test_keyboard_only_filtering_keeps_focus_and_shows_distinct_states(browser, server):
    _open(browser, server)
    analyse_here(browser, SEED)
    browser.execute_script("document.activeElement.blur(); document.body.focus()")
    speaker = _tab_to(browser, "#speakers button[data-speaker='s2']")
    speaker.send_keys(Keys.ENTER)
    active = browser.switch_to.active_element
    assert active.get_attribute("data-speaker") == "s2"
    assert active.get_attribute("aria-pressed") == "true"
    dims = browser.execute_script(
        "return [...document.querySelectorAll('#text .q')].map(s => "
        "[s.dataset.speaker, s.classList.contains('dim')])")
    assert dims and all(dim == (sid != "s2") for sid, dim in dims)
    claims = browser.find_elements(By.CSS_SELECTOR, "#claims li")
    assert all("OpenAI" in li.text for li in claims)
    colours = browser.execute_script(
        "const s = document.querySelector('#text .q.dim.said');"
        "return [getComputedStyle(s).color, getComputedStyle(s).backgroundColor,"
        " getComputedStyle(s, '::after').color,"
        " getComputedStyle(document.getElementById('text')).backgroundColor]")
    text_colour, own_background, label_colour, article_background = colours
    assert own_background == "rgba(0, 0, 0, 0)"  # a dimmed quote sits on the article's white
    assert contrast(text_colour, article_background) >= 4.5  # WCAG AA, dimmed quotes too
    assert contrast(label_colour, article_background) >= 4.5

    focused = browser.execute_script(
        "const s = getComputedStyle(document.activeElement);"
        "return [s.outlineStyle, s.backgroundColor]")
    active.send_keys(Keys.TAB)  # move on: the pressed item keeps its pressed look
    pressed = browser.execute_script(
        "const b = document.querySelector(\"#speakers button[aria-pressed='true']\");"
        "const s = getComputedStyle(b); return [s.outlineStyle, s.backgroundColor]")
    assert focused[0] == "solid" and pressed[0] == "none"  # focus: an outline
    assert pressed[1] not in ("rgba(0, 0, 0, 0)", "transparent")  # pressed: a fill

    speaker = browser.find_element(By.CSS_SELECTOR, "#speakers button[data-speaker='s2']")
    speaker.send_keys(" ")  # Space works too
    active = browser.switch_to.active_element
    assert active.get_attribute("data-speaker") == "s2"
    assert active.get_attribute("aria-pressed") == "false"
    assert not browser.find_elements(By.CSS_SELECTOR, "#text .q.dim")


def test_history_survives_a_reload_and_clears(browser, server):
    _open(browser, server)
    _fill_meta(browser, {"title": "Artikel satu"})
    analyse_here(browser, MANY)
    _fill_meta(browser, {"title": ""})
    analyse_here(browser, SEED)
    browser.refresh()
    assert browser.find_element(By.ID, "history-count").text == "2"
    browser.find_element(By.CSS_SELECTOR, "#history summary").click()
    items = browser.find_elements(By.CSS_SELECTOR, "#history-list button")
    # No title: the opening words; and the day of the analysis.
    today = browser.execute_script(
        "const d = new Date();"
        "return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`")
    assert items[0].text == " ".join(SEED.split()[:8]) + f" · 8 kutipan · {today}"
    assert items[1].text.startswith("Artikel satu")
    items[1].click()
    WebDriverWait(browser, 60).until(lambda d: d.find_element(By.ID, "result").is_displayed())
    assert browser.find_element(By.ID, "article").get_property("value") == MANY
    assert browser.find_element(By.ID, "meta-title").get_property("value") == "Artikel satu"
    assert "dari cache" in browser.find_element(By.ID, "status").text
    assert browser.find_element(By.ID, "history-count").text == "2"  # no duplicate entry
    browser.find_element(By.ID, "history-clear").click()
    assert browser.find_element(By.ID, "history-count").text == "0"
    assert not browser.find_elements(By.CSS_SELECTOR, "#history-list li")
    assert browser.execute_script("return localStorage.getItem('kutip-history')") is None


def test_a_txt_file_is_chosen_or_dropped(browser, server, tmp_path):
    _open(browser, server)
    article = tmp_path / "artikel.txt"
    article.write_text(SEED, "utf-8")
    browser.find_element(By.ID, "file").send_keys(str(article))
    WebDriverWait(browser, 5).until(
        lambda d: d.find_element(By.ID, "article").get_property("value") == SEED)
    drop = ("const [name, type, content] = arguments;"
            "const data = new DataTransfer();"
            "data.items.add(new File([content], name, {type}));"
            "document.getElementById('article').dispatchEvent("
            "  new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));")
    browser.execute_script(drop, "lain.txt", "text/plain", MANY)
    WebDriverWait(browser, 5).until(
        lambda d: d.find_element(By.ID, "article").get_property("value") == MANY)
    browser.execute_script(drop, "foto.png", "image/png", "\x89PNG")
    status = browser.find_element(By.ID, "status")
    WebDriverWait(browser, 5).until(lambda _d: ".txt" in status.text)
    assert "error" in status.get_attribute("class")
    assert browser.find_element(By.ID, "article").get_property("value") == MANY


def test_the_print_view_shows_the_article_and_who_said_what(browser, server):
    _open(browser, server)
    _fill_meta(browser, {"title": "Altman kembali", "outlet": "Warta Uji"})
    analyse_here(browser, SEED)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown = browser.execute_script(
            "const d = id => getComputedStyle(document.getElementById(id)).display;"
            "return {input: d('input'), meta: d('print-meta'), text: d('text'),"
            " aside: getComputedStyle(document.querySelector('aside')).position,"
            " toolbar: getComputedStyle(document.querySelector('.toolbar')).display,"
            " metaText: document.getElementById('print-meta').textContent}")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert shown["input"] == "none" and shown["toolbar"] == "none"
    assert shown["meta"] == "block" and shown["text"] != "none" and shown["aside"] == "static"
    assert shown["metaText"].startswith("Altman kembali · Warta Uji")


def test_claims_expand_say_why_they_rank_and_light_up_in_the_text(browser, server):
    _open(browser, server)
    analyse_here(browser, LONG)
    browser.execute_script("const t = document.getElementById('threshold'); t.value = '0';"
                           "t.dispatchEvent(new Event('input'));")
    item = next(li for li in browser.find_elements(By.CSS_SELECTOR, "#claims li")
                if li.find_elements(By.CLASS_NAME, "claim-more"))
    link = item.find_element(By.CLASS_NAME, "claim-text")
    assert link.text.endswith("…") and LONG_CLAIM.startswith(link.text[:-1].rstrip())
    more = item.find_element(By.CLASS_NAME, "claim-more")
    more.send_keys(Keys.ENTER)
    assert more.get_attribute("aria-expanded") == "true"
    assert link.text == LONG_CLAIM
    why = item.find_element(By.CLASS_NAME, "why").text
    assert "12 persen" in why and "sumber bernama: Budi Santoso" in why

    # Highlighted claims: a line over their words, while a quote keeps its speaker's shade
    # and underline (the speaker's colour stays visible under the claim's mark).
    looks = ("return [...document.querySelectorAll('#text .claim-on')].map(s => {"
             " const c = getComputedStyle(s); return [s.classList.contains('q'),"
             " c.boxShadow, c.backgroundColor, c.borderBottomColor]; })")
    before = browser.execute_script(looks)
    assert before and all(shadow == "none" for _q, shadow, _bg, _line in before)
    browser.find_element(By.ID, "highlight-claims").click()
    after = browser.execute_script(looks)
    assert all("inset" in shadow for _q, shadow, _bg, _line in after)
    in_quotes = [(b, a) for b, a in zip(before, after, strict=True) if a[0]]
    assert in_quotes, "the article has a claim inside a quote"
    assert all(b[2:] == a[2:] for b, a in in_quotes)  # its shade and underline unchanged
    assert any(a[2] != "rgba(0, 0, 0, 0)" for _b, a in in_quotes)  # a direct quote's shade


def test_speakers_keep_distinct_marks_past_twelve_and_say_person_or_organisation(
        browser, server):
    _open(browser, server)
    analyse_here(browser, MANY)
    items = browser.find_elements(By.CSS_SELECTOR, "#speakers button")
    marks = [li.find_element(By.CLASS_NAME, "mark").text for li in items]
    assert len(items) == len(NAMES) and len(set(marks)) == len(NAMES)
    by_speaker = {li.get_attribute("data-speaker"): m for li, m in zip(items, marks, strict=True)}
    for span in browser.find_elements(By.CSS_SELECTOR, "#text .q.said"):
        mark, name = span.get_attribute("data-who").split(" · ")
        assert by_speaker[span.get_attribute("data-speaker")] == mark and name in NAMES
    assert all("orang" in li.text for li in items)

    analyse_here(browser, SEED)
    kinds = {li.get_attribute("data-speaker"): li.find_element(By.CLASS_NAME, "who-kind").text
             for li in browser.find_elements(By.CSS_SELECTOR, "#speakers button")}
    assert kinds == {"s1": "orang", "s2": "organisasi"}


def test_axe_finds_no_violations_on_the_empty_result_and_error_pages(browser, server):
    _open(browser, server)
    assert axe_violations(browser) == []

    analyse_here(browser, SEED)
    browser.find_element(By.CSS_SELECTOR, "#speakers button[data-speaker='s2']").click()  # dims
    browser.find_element(By.CSS_SELECTOR, "#text .q[data-speaker='s2'][role='button']").click()
    browser.find_element(By.ID, "highlight-claims").click()
    assert browser.find_elements(By.CSS_SELECTOR, "#text .q.dim")
    assert axe_violations(browser) == []

    analyse_here(browser, SEED * 90)  # too long: the error page
    assert "error" in browser.find_element(By.ID, "status").get_attribute("class")
    assert axe_violations(browser) == []


def test_result_page_screenshot(browser, server, tmp_path):
    """The README's pictures of a result page; KUTIP_SCREENSHOT=1 writes them to
    docs/page.png (desktop) and docs/page-phone.png (phone)."""
    _open(browser, server)
    _fill_meta(browser, {"title": "Sam Altman kembali memimpin OpenAI", "outlet": "Warta Uji",
                         "date": "2025-02-05"})
    analyse_here(browser, SEED)
    browser.find_element(By.CSS_SELECTOR, "#text .q.direct[role='button']").click()
    browser.execute_script("document.getElementById('result').scrollIntoView()")
    shot = tmp_path / "page.png"
    assert browser.save_screenshot(str(shot))
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 20_000
    if os.environ.get("KUTIP_SCREENSHOT"):
        shutil.copyfile(shot, SCREENSHOT if browser.size_name == "desktop"
                        else SCREENSHOT.with_name("page-phone.png"))



PHONE_WIDTHS = (320, 390, 414)
# A long article with many speakers (dev articles one after another).
MANY_SPEAKERS = "\n\n".join(text for _, text in load_gold(DEFAULT_DIR)[:8])


def _wider_than_the_screen(browser) -> int:
    return browser.execute_script(
        "return document.documentElement.scrollWidth - window.innerWidth")


@pytest.mark.parametrize("width", [*PHONE_WIDTHS, 1280])
def test_nothing_is_wider_than_the_screen_and_the_card_is_at_hand(server, width):
    """At three phone widths and a desktop's: hover, focus and selection on a long article
    with many speakers widen nothing, and the selected quote's card is in view with focus."""
    phone = start_browser("phone" if width < 1000 else "desktop")
    try:
        phone.set_window_size(width, 800)
        _open(phone, server)
        analyse_here(phone, MANY_SPEAKERS)
        assert _wider_than_the_screen(phone) <= 0
        quotes = phone.find_elements(By.CSS_SELECTOR, "#text .q[role='button']")
        assert len(quotes) > 20
        far = quotes[len(quotes) // 2]
        phone.execute_script("arguments[0].scrollIntoView({block: 'center'}); "
                             "arguments[0].focus()", far)
        assert _wider_than_the_screen(phone) <= 0  # focus adds nothing to the line
        ActionChains(phone).move_to_element(quotes[len(quotes) // 2 + 1]).perform()
        assert phone.find_elements(By.CSS_SELECTOR, "#text .q.lit")  # the hover took
        assert _wider_than_the_screen(phone) <= 0  # nor does hover
        far.click()
        assert _wider_than_the_screen(phone) <= 0
        card = phone.find_element(By.ID, "quote-card")
        assert phone.switch_to.active_element == card
        top, bottom = phone.execute_script(
            "const r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom]", card)
        assert 0 <= top < bottom <= phone.execute_script("return window.innerHeight")
        analyse_here(phone, SEED)  # axe on the seed at this width, as at the others
        assert _wider_than_the_screen(phone) <= 0
        assert axe_violations(phone) == []
    finally:
        phone.quit()


def test_a_skip_link_leads_to_the_result_and_filtered_quotes_leave_the_tab_order(browser,
                                                                                  server):
    _open(browser, server)
    assert not browser.find_element(By.ID, "skip-to-result").is_displayed()  # no result yet
    analyse_here(browser, SEED)
    # The first Tab stop of the page is the skip link.
    first = browser.execute_script(
        "return document.querySelector('a[href], button, input, textarea, select, [tabindex]').id")
    assert first == "skip-to-result"
    switch = browser.find_element(By.ID, "language")  # the next stop after it
    browser.execute_script("arguments[0].focus()", switch)
    switch.send_keys(Keys.SHIFT, Keys.TAB)
    skip = browser.switch_to.active_element
    assert skip.get_attribute("id") == "skip-to-result"
    skip.send_keys(Keys.ENTER)
    assert browser.switch_to.active_element.get_attribute("id") == "result"
    browser.find_element(By.CSS_SELECTOR, "#speakers button[data-speaker='s2']").click()
    dimmed = browser.find_elements(By.CSS_SELECTOR, "#text .q.dim[role='button']")
    assert dimmed and all(d.get_attribute("tabindex") == "-1" for d in dimmed)
    kept = browser.find_elements(By.CSS_SELECTOR, "#text .q[role='button']:not(.dim)")
    # One Tab stop for the whole text, on a quote the filter keeps (the arrows reach the rest).
    assert kept and [k.get_attribute("tabindex") for k in kept].count("0") == 1
    assert axe_violations(browser) == []


def _listener_types(browser, selector: str) -> list[str]:
    """The event types with a listener on the element itself (Chrome DevTools Protocol)."""
    remote = browser.execute_cdp_cmd("Runtime.evaluate", {
        "expression": f"document.querySelector({json.dumps(selector)})"})
    got = browser.execute_cdp_cmd("DOMDebugger.getEventListeners",
                                  {"objectId": remote["result"]["objectId"]})
    return sorted(listener["type"] for listener in got["listeners"])


def test_each_region_holds_one_set_of_listeners_however_often_it_is_redrawn(browser, server):
    """Redrawing (a filter, a quote selected) replaces a region's children and attaches
    nothing: the quotes, speakers and claims hold no listeners of their own, and each region
    still holds exactly one of each kind."""
    _open(browser, server)
    analyse_here(browser, SEED)
    before = {region: _listener_types(browser, f"#{region}")
              for region in ("text", "speakers", "claims")}
    for _ in range(3):  # filter on and off, select a quote and let it go: six redraws
        browser.find_element(By.CSS_SELECTOR, "#speakers button[data-speaker='s1']").click()
        browser.find_element(By.CSS_SELECTOR, "#speakers button[data-speaker='s1']").click()
    quote = browser.find_element(By.CSS_SELECTOR, "#text .q[role='button']")
    browser.execute_script("arguments[0].click()", quote)
    assert browser.find_element(By.ID, "quote-card").is_displayed()
    assert before["text"] == ["click", "focusin", "focusout", "keydown", "mouseout", "mouseover"]
    assert before["speakers"] == ["click"] and before["claims"] == ["click"]
    for region, types in before.items():
        assert _listener_types(browser, f"#{region}") == types, region
    for child in ("#text .q[role='button']", "#speakers button", "#claims li a"):
        assert _listener_types(browser, child) == [], child
