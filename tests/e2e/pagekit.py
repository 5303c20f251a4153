"""Driving the page in Debian's headless Chromium: start the browser at a screen size,
analyse an article, read a download, run axe-core. Shared by the page's browser tests."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from tests.conftest import ROOT

SEED = (ROOT / "seeds" / "altman-openai.txt").read_text("utf-8")
# axe-core from npm (tests/web/package.json), injected into the page by the test run itself:
# never from a CDN, and the page's CSP stays as it is.
AXE = ROOT / "tests" / "web" / "node_modules" / "axe-core" / "axe.min.js"
SIZES = {"desktop": (1280, 900), "phone": (390, 844)}


def skip_without_browser() -> None:
    """Skip the calling test module when selenium or Debian's Chromium is missing."""
    import pytest

    pytest.importorskip("selenium.webdriver")
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.skip("Debian's chromium and chromium-driver are not installed",
                    allow_module_level=True)


def start_browser(size: str = "desktop"):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    width, height = SIZES[size]
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", f"--window-size={width},{height}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def wait_done(browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 60).until(
        lambda d: not d.find_element(By.ID, "go").get_property("disabled")
        and d.find_element(By.ID, "status").text
        and "Menganalisis" not in d.find_element(By.ID, "status").text)


def analyse_here(browser, text: str) -> None:
    """Analyse on the page already open (keeps what was typed in its other fields)."""
    from selenium.webdriver.common.by import By

    browser.execute_script("document.getElementById('article').value = arguments[0];"
                           "document.getElementById('status').textContent = ''", text)
    browser.find_element(By.ID, "go").click()
    wait_done(browser)


def analyse(browser, url: str, text: str) -> None:
    browser.get(url + "/")
    analyse_here(browser, text)


def download(browser, folder: Path, button: str, name: str) -> str:
    """Click an export button and read the file the browser downloads."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.execute_cdp_cmd("Browser.setDownloadBehavior",
                            {"behavior": "allow", "downloadPath": str(folder)})
    target = folder / name
    if target.exists():
        target.unlink()
    browser.find_element(By.ID, button).click()
    WebDriverWait(browser, 30).until(lambda _d: target.exists() and target.stat().st_size > 0)
    return target.read_text("utf-8-sig")


def download_json(browser, folder: Path, button: str, name: str):
    return json.loads(download(browser, folder, button, name))


def axe_violations(browser) -> list[dict]:
    """axe-core's violations of every impact on the page as it is now (WCAG 2.0/2.1 A and
    AA, and axe's best practices)."""
    assert AXE.exists(), f"{AXE} is missing: run `make setup` (npm ci in tests/web)"
    browser.execute_script(AXE.read_text("utf-8"))
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
        " nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}))))"
        ".catch(e => done([{id: 'axe-error', nodes: [String(e)]}]));")
    return result


def contrast(foreground: str, background: str) -> float:
    """WCAG 2.1 contrast ratio of two computed CSS colours ("rgb(r, g, b)")."""
    def luminance(css: str) -> float:
        channels = [float(v) / 255 for v in re.findall(r"[\d.]+", css)[:3]]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
