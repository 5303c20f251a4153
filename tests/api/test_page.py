"""The journalists' page: served by Kutip alone, talking to /v1/extract only."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.conftest import ROOT

WEB = ROOT / "service" / "web"


def test_page_and_its_assets_are_served_with_no_outside_resources(client):
    page = client.get("/")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    refs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert refs, "the page loads its script and style"
    for ref in refs:
        if ref.startswith("#"):
            continue  # a place on the page itself (the skip link)
        assert ref.startswith("/ui/"), ref  # nothing from outside
        asset = client.get(ref)
        assert asset.status_code == 200, ref
    for name in ("app.js", "render.js", "style.css"):
        source = (WEB / name).read_text("utf-8")
        assert not re.search(r"https?://", source), name
        assert "import(" not in source and "@import" not in source


def test_page_calls_only_kutips_own_api():
    app_js = (WEB / "app.js").read_text("utf-8")
    assert re.findall(r'fetch\("([^"]+)"', app_js) == ["/v1/extract", "/v1/claimreview"]
    assert "Authorization" in app_js  # works with API keys


def test_unknown_ui_files_are_404_json(client):
    resp = client.get("/ui/package.json")
    assert resp.status_code == 404 and resp.get_json()["error"]["code"] == "not_found"


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_render_logic_with_node():
    proc = subprocess.run(["node", "--test", "tests/web/"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "# fail 0" in proc.stdout
