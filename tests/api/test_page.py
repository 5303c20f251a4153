"""The journalists' page: served by Kutip alone, talking to /v1/extract only."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

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
    for path in [*WEB.rglob("*.js"), WEB / "style.css"]:
        source = path.read_text("utf-8")
        assert not re.search(r"https?://", source), path
        assert "import(" not in source and "@import" not in source


def test_every_module_the_page_imports_is_served(client):
    """The script is ES modules: each one another imports answers 200 as JavaScript."""
    seen, todo = set(), ["app.js"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        resp = client.get(f"/ui/{name}")
        assert resp.status_code == 200 and resp.mimetype == "text/javascript", name
        base = Path(name).parent
        for ref in re.findall(r'^import .*?from "(\.[^"]+)";', (WEB / name).read_text("utf-8"),
                              re.M | re.S):
            todo.append(os.path.normpath(base / ref))
    assert {"api.js", "strings.js", "view/text.js"} <= seen
    assert seen == {str(p.relative_to(WEB)) for p in WEB.rglob("*.js")}  # none left unused


def test_page_calls_only_kutips_own_api():
    sources = {p.name: p.read_text("utf-8") for p in WEB.rglob("*.js")}
    # One module calls fetch; every path the page asks for is Kutip's own API.
    assert [name for name, src in sources.items() if "fetch(" in src] == ["api.js"]
    paths = {m for src in sources.values()
             for m in re.findall(r'(?:request|call)\("[A-Z]+", `?"?(/[^"`$?]+)', src)}
    assert {"/v1/extract", "/v1/claimreview", "/v1/archive", "/v1/match"} <= paths
    # Kutip's API, and the page's own settings (the longest article the service takes).
    assert all(p.startswith("/v1/") or p == "/ui/settings.json" for p in paths), paths
    assert "Authorization" in sources["api.js"]  # works with API keys


def test_unknown_ui_files_are_404_json(client):
    resp = client.get("/ui/package.json")
    assert resp.status_code == 404 and resp.get_json()["error"]["code"] == "not_found"


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_render_logic_with_node():
    proc = subprocess.run(["node", "--test", "tests/web/"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "# fail 0" in proc.stdout


def test_the_page_reads_the_services_own_text_limit(client):
    """The page's live count says the limit this service enforces (5,000 in these tests'
    settings), not a number of its own; the route is open like the page itself."""
    got = client.get("/ui/settings.json")
    assert got.status_code == 200 and got.get_json() == {"max_text_chars": 5000}
    too_long = client.post("/v1/extract", json={"text": "x" * 5001})
    assert too_long.status_code == 413
    assert too_long.get_json()["error"]["details"]["limit"] == 5000
