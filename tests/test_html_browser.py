"""The HTML report in a real headless Chromium (Debian's `chromium`, driven by Playwright with
that executable: no browser is downloaded). Runs in CI, where .ci/run installs chromium and
the test extra brings Playwright; on a machine without chromium it skips, unless CI is set,
where a missing browser is a failure.

The first screen is saved to bench/out/html-report-first-screen.png (not committed)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.render import html
from tests.test_html import EVIL_QUOTE, hostile_report

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOT = ROOT / "bench" / "out" / "html-report-first-screen.png"
PHONE_SCREENSHOT = ROOT / "bench" / "out" / "html-report-phone.png"


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = _chromium()
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing in CI: .ci/run installs it with apt-get")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    # Playwright is in the test extra: missing, it is an install error, never a skip.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        # --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        b = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield b
        b.close()


class Page:
    """A page with every request and console message recorded; requests that would leave the
    page (anything but the report file itself) are recorded and aborted."""

    def __init__(self, browser: Any, path: Path, width: int = 1280, height: int = 900) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.requests: list[str] = []
        self.console: list[str] = []
        self.dialogs: list[str] = []
        self.url = path.resolve().as_uri()

        def route(r: Any) -> None:
            self.requests.append(r.request.url)
            if r.request.url == self.url:
                r.continue_()
            else:
                r.abort()

        self.context.route("**/*", route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(self.url)
        self.page.wait_for_load_state("load")

    def errors(self) -> list[str]:
        return [m for m in self.console if m.startswith(("error", "pageerror"))]

    def outside(self) -> list[str]:
        return [u for u in self.requests if u != self.url]


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("html")
    shutil.copytree(ROOT / "articles", work / "articles")
    cwd = Path.cwd()
    os.chdir(work)
    try:
        result = CliRunner().invoke(
            app, ["scan", "articles", "-f", "html", "-o", "report.html", "--no-write"]
        )
    finally:
        os.chdir(cwd)
    assert result.exit_code == 1, result.output
    return work / "report.html"


def test_report_in_chromium(browser: Any, report_file: Path) -> None:
    view = Page(browser, report_file)
    page = view.page
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))

    # The GPQA Diamond finding: three dots, the 78.4 one marked as the outlier.
    plot = page.locator('svg.strip[data-finding="cont-5aa97d14ea"]')
    assert plot.is_visible()
    dots = plot.locator("circle.dot")
    assert dots.count() == 3
    marked = [
        (dots.nth(i).get_attribute("data-value"), dots.nth(i).get_attribute("class"))
        for i in range(3)
    ]
    assert sorted(marked) == [("78.4", "dot outlier"), ("89.5", "dot"), ("89.5", "dot")]
    outlier = plot.locator("circle.dot.outlier")
    assert outlier.evaluate("e => getComputedStyle(e).fill") == "rgb(198, 40, 40)"
    assert "outlier" in plot.text_content()

    # The filter box narrows the claims table to one model.
    rows = page.locator("#claims-table tbody tr")
    total = rows.count()
    box = page.locator("#claims-filter")
    assert box.is_visible()
    box.fill("Muse Spark")
    page.wait_for_function(
        "() => document.getElementById('claims-count').textContent.startsWith('3')"
        " || [...document.querySelectorAll('#claims-table tbody tr')].some(r => r.hidden)"
    )
    models = page.eval_on_selector_all(
        "#claims-table tbody tr:not([hidden])", "rs => rs.map(r => r.cells[0].textContent)"
    )
    assert models and set(models) == {"Muse Spark"}
    assert len(models) < total
    assert page.locator("#claims-count").text_content().startswith(f"{len(models)} of {total}")

    # Sorting by value puts the numbers in order.
    box.fill("")
    page.locator("#claims-table th", has_text="value").click()
    values = page.eval_on_selector_all(
        "#claims-table tbody tr", "rs => rs.map(r => parseFloat(r.cells[3].textContent))"
    )
    assert values == sorted(values)

    assert view.outside() == [], "no request leaves the page"
    assert view.errors() == []
    view.context.close()


def test_report_reads_on_a_phone(browser: Any, report_file: Path) -> None:
    view = Page(browser, report_file, width=390, height=844)
    page = view.page
    page.screenshot(path=str(PHONE_SCREENSHOT))
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, "the page itself never scrolls sideways (wide tables scroll alone)"
    size = page.locator("h1").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert size >= 20
    assert view.errors() == []
    view.context.close()


def test_report_prints(browser: Any, report_file: Path, tmp_path: Path) -> None:
    view = Page(browser, report_file)
    page = view.page
    assert not page.locator("details article.finding").first.is_visible()
    page.emulate_media(media="print")
    # Folded info findings print; the filter box and the links do not.
    assert page.locator("details article.finding").first.is_visible()
    assert not page.locator("#claims-filter").is_visible()
    assert not page.locator("nav").is_visible()
    pdf = tmp_path / "report.pdf"
    page.pdf(path=str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert view.outside() == [] and view.errors() == []
    view.context.close()


def test_report_reads_with_scripts_off(browser: Any, report_file: Path) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(report_file.resolve().as_uri())
    # Every claim is in the table; the filter box, useless without script, stays hidden.
    assert page.locator("#claims-table tbody tr").count() >= 90
    assert not page.locator("#claims-filter").is_visible()
    assert page.locator('svg.strip[data-finding="cont-5aa97d14ea"] circle.dot').count() == 3
    context.close()


def test_hostile_report_in_chromium(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "hostile.html"
    path.write_text(html.render(hostile_report()), encoding="utf-8")
    view = Page(browser, path)
    page = view.page
    assert view.dialogs == [], "no alert() ran"
    assert page.locator("img").count() == 0
    assert page.locator("main script").count() == 0
    assert page.locator("h3", has_text='<img src=x onerror="alert(1)">').count() == 1
    assert "<script>alert(2)</script>" in page.locator("blockquote").first.text_content()
    assert EVIL_QUOTE.split("</blockquote>")[0] in page.text_content("body")
    assert view.outside() == [] and view.errors() == []
    view.context.close()


def test_sort_and_filter_span_every_chunk(browser: Any, tmp_path: Path) -> None:
    from tests.test_markdown_tables import _big_report

    report = _big_report(300)  # 1,200 claims: three chunk tables
    path = tmp_path / "big.html"
    path.write_text(html.render(report), encoding="utf-8")
    view = Page(browser, path)
    page = view.page
    assert page.locator("#claims-table .chunk").count() == 3
    page.locator("#claims-table th", has_text="value").click()
    values = page.eval_on_selector_all(
        "#claims-table tbody tr", "rs => rs.map(r => parseFloat(r.cells[3].textContent))"
    )
    assert len(values) == 1200 and values == sorted(values)
    page.locator("#claims-filter").fill("launch-00299/")
    page.wait_for_function("() => document.getElementById('claims-count').textContent[0] === '4'")
    shown = page.eval_on_selector_all(
        "#claims-table tbody tr:not([hidden])", "rs => rs.map(r => r.cells[4].textContent)"
    )
    assert len(shown) == 4 and all("launch-00299/" in s for s in shown)
    assert page.locator("#claims-table .chunk:not([hidden])").count() <= 2
    assert view.outside() == [] and view.errors() == []
    view.context.close()


def test_hostile_articles_in_chromium(
    browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_html import hostile_articles

    monkeypatch.chdir(tmp_path)
    hostile_articles(tmp_path)
    result = CliRunner().invoke(app, ["scan", "articles", "-f", "html", "-o", "r.html"])
    assert result.exit_code == 1, result.output
    view = Page(browser, tmp_path / "r.html")
    page = view.page
    assert view.dialogs == [] and page.locator("img").count() == 0
    assert page.locator("main script, main b:text('x')").count() == 0
    nova = page.locator("article.finding h3", has_text="Nova <img src=x onerror=alert > 3 /")
    assert nova.count() >= 1
    assert page.locator("blockquote", has_text="<script>alert(2)</script>").count() >= 1
    assert view.outside() == [] and view.errors() == []
    view.context.close()
