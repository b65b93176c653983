"""The real app in headless Chromium: highlights, review, escaping, every tab, no outside traffic.

Starts `streamlit run` with the launch options on a free 127.0.0.1 port and drives Debian's
chromium through /usr/bin/chromedriver (`make browser` installs both). Under CI the browser
must be there: the test fails rather than skips. Screenshots go to $TIPS_NLP_SCREENSHOT_DIR
(docs/screenshots/ to refresh the committed ones), else to a temporary folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tips_nlp.coach import PRINCIPLE_NAMES
from tips_nlp.launch import free_port, streamlit_command
from tips_nlp.wording import coach_checker

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
TABS = ("Anonymise", "Check wording", "Case study", "Practice", "About the principles")
HOSTILE = (
    '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> '
    "[link](http://example.com) $x^2$ call 07700 900123"
)
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
INTERNAL_SCHEMES = {"data", "blob", "about", "chrome", "chrome-extension", "devtools"}


def _require_browser() -> None:
    if CHROMIUM.exists() and CHROMEDRIVER.exists():
        return
    if os.environ.get("CI"):
        pytest.fail("chromium/chromedriver missing under CI: `make browser` should install them")
    pytest.skip("chromium and chromium-driver are not installed (make browser)")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory) -> Iterator[str]:
    _require_browser()
    port = free_port(0)
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            streamlit_command(port), cwd=ROOT, stdout=out, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if opener.open(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail("the app did not start:\n" + log.read_text(errors="replace")[-2000:])
            time.sleep(0.5)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


@pytest.fixture(scope="module")
def browser(app_url, tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-proxy-server",
        "--window-size=1400,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NO_PROXY", "127.0.0.1,localhost")
        patch.setenv("no_proxy", "127.0.0.1,localhost")
        driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
        try:
            yield driver
        finally:
            driver.quit()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    folder = os.environ.get("TIPS_NLP_SCREENSHOT_DIR")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


# -- helpers ---------------------------------------------------------------------------------


def wait_for(driver, condition: Callable[[], object], timeout: float = 90, what: str = ""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = condition()
        except Exception:  # the page re-renders between lookups
            value = None
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what or condition}")


def css(driver, selector: str):
    from selenium.webdriver.common.by import By

    return [e for e in driver.find_elements(By.CSS_SELECTOR, selector) if e.is_displayed()]


def idle(driver) -> None:
    """Wait until Streamlit has finished the current run."""
    time.sleep(0.5)
    wait_for(driver, lambda: not css(driver, '[data-testid="stStatusWidget"]'), what="app idle")


def open_app(driver, url: str) -> None:
    driver.get(url)
    wait_for(driver, lambda: len(css(driver, '[data-testid="stTab"]')) == len(TABS), what="tabs")
    idle(driver)


def open_tab(driver, name: str) -> None:
    tab = next(t for t in css(driver, '[data-testid="stTab"]') if t.text == name)
    tab.click()
    wait_for(driver, lambda: tab.get_attribute("aria-selected") == "true", what=f"tab {name}")
    idle(driver)


def click_button(driver, label: str) -> None:
    button = wait_for(
        driver,
        lambda: next(b for b in css(driver, "button") if b.text == label),
        what=f"button {label}",
    )
    button.click()
    idle(driver)


def code_text(driver) -> str:
    return wait_for(driver, lambda: css(driver, '[data-testid="stCode"] code')[0].text, what="code")


def marks(driver) -> list[str]:
    return [m.text for m in css(driver, '[data-testid="stHtml"] mark')]


def screenshot(driver, folder: Path, name: str) -> None:
    height = driver.execute_script(
        "const m = document.querySelector('[data-testid=\"stMain\"]');"
        "return m ? m.scrollHeight : document.body.scrollHeight;"
    )
    driver.set_window_size(1400, min(max(int(height) + 40, 900), 4000))
    idle(driver)
    driver.save_screenshot(str(folder / name))
    driver.set_window_size(1400, 1000)


def outside_requests(driver) -> list[str]:
    """Every URL the browser asked for that is not this machine or the browser itself."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] in {"Network.requestWillBeSent", "Network.webSocketCreated"}:
            params = message["params"]
            urls.append(params["request"]["url"] if "request" in params else params["url"])
    return [
        u
        for u in urls
        if urlsplit(u).scheme not in INTERNAL_SCHEMES and urlsplit(u).hostname not in LOCAL_HOSTS
    ]


# -- tests -----------------------------------------------------------------------------------


def test_anonymise_an_example_highlights_and_replaces(browser, app_url, screenshots):
    open_app(browser, app_url)
    click_button(browser, "Case study")
    wait_for(browser, lambda: "07700 900123" in marks(browser), what="highlighted phone")
    found = browser.find_element("css selector", '[data-testid="stHtml"]').text
    assert "07700 900123PHONE 1" in found.replace("\n", "")
    anonymised = code_text(browser)
    assert "[PHONE 1]" in anonymised and "07700 900123" not in anonymised
    assert "janet.obrien@example.com" not in anonymised
    screenshot(browser, screenshots, "1-anonymise.png")

    phone = next(label for label in css(browser, "label") if label.text.startswith("07700 900123"))
    phone.click()
    idle(browser)
    wait_for(browser, lambda: "07700 900123" in code_text(browser), what="unticked phone shown")
    assert outside_requests(browser) == []


def test_hostile_text_is_shown_as_text_and_never_runs(browser, app_url):
    from selenium.webdriver.common.keys import Keys

    open_app(browser, app_url)
    box = css(browser, 'textarea[aria-label="Text to anonymise"]')[0]
    box.click()
    box.send_keys(HOSTILE)
    box.send_keys(Keys.CONTROL, Keys.ENTER)
    idle(browser)
    wait_for(browser, lambda: "[PHONE 1]" in code_text(browser), what="anonymised hostile text")
    shown = css(browser, '[data-testid="stHtml"]')[0]
    assert '<img src=x onerror="window.__pwned=1">' in shown.text
    assert "[link](http://example.com" in shown.text and ") $x^2$ call" in shown.text
    assert browser.execute_script("return window.__pwned") is None
    assert not css(browser, '[data-testid="stMain"] img[src="x"]')
    assert not css(browser, 'a[href="http://example.com"]')
    assert not css(browser, ".katex")
    assert outside_requests(browser) == []


def test_every_tab_renders_and_is_captured(browser, app_url, screenshots):
    open_app(browser, app_url)
    coach = coach_checker() is not None

    open_tab(browser, "Check wording")
    if coach:
        click_button(browser, "PPN1")
        wait_for(browser, lambda: marks(browser), what="coach highlights")
    screenshot(browser, screenshots, "2-check-wording.png")

    open_tab(browser, "Case study")
    if coach:
        click_button(browser, "Debrief")
        wait_for(browser, lambda: "[PERSON 1]" in browser.page_source, what="case study")
    screenshot(browser, screenshots, "3-case-study.png")

    open_tab(browser, "Practice")
    if coach:
        from selenium.webdriver.common.keys import Keys

        box = css(browser, 'textarea[aria-label="Your rewrite"]')[0]
        box.click()
        box.send_keys("The girl shouted and cried when officers arrived and asked for her mum.")
        box.send_keys(Keys.CONTROL, Keys.ENTER)
        idle(browser)
        wait_for(browser, lambda: "No longer flagged" in browser.page_source, what="feedback")
    screenshot(browser, screenshots, "4-practice.png")

    open_tab(browser, "About the principles")
    headers = [h.text for h in css(browser, "h3")]
    assert [h for h in headers if h in PRINCIPLE_NAMES] == list(PRINCIPLE_NAMES)
    screenshot(browser, screenshots, "5-about.png")
    assert outside_requests(browser) == []
