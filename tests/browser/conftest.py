"""A live server on the demo data and Debian's Chromium driven by Playwright.

Chromium comes from Debian (`/usr/bin/chromium`); Playwright downloads no
browser. Without Chromium the browser tests are skipped on a workstation and
fail under CI=true, where they must run. Every page a test opens is watched:
a console error, an uncaught exception or a failed request fails the test.
Screenshots land in test-artifacts/screenshots/.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from intercluster.db.migrate import upgrade
from intercluster.db.uow import Database
from intercluster.domain.accounts import DEMO_EMAIL, DEMO_PASSWORD
from intercluster.services.accounts import ensure_demo_admin
from intercluster.services.demo import load_demo
from intercluster.web.app import create_app

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    # This machine has no network: keep Chromium from trying to reach Google's services.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-features=Translate,MediaRouter,OptimizationHints",
]


def _chromium() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = _chromium()
    if path is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(
                "Chromium is not installed (apt-get install chromium): browser tests must run"
            )
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("browser") / "intercluster.db"
    database = Database(f"sqlite:///{path}")
    upgrade(database.engine)
    with database.uow() as uow:
        load_demo(uow)
        ensure_demo_admin(uow)
    port = _free_port()
    config = uvicorn.Config(
        create_app(database=database), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    database.dispose()


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watched:
    """A page plus everything that went wrong on it."""

    def __init__(self, page: object, base: str) -> None:
        self.page = page
        self.base = base
        self.problems: list[str] = []

    def goto(self, path: str) -> None:
        self.page.goto(self.base + path)  # type: ignore[attr-defined]
        self.page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def wait_until(raw: object, expression: str, timeout: float = 15.0) -> None:
    """Poll a JavaScript expression until it is true. `page.wait_for_function` would evaluate
    it inside the page, which the app's Content-Security-Policy (no eval) rightly forbids."""
    deadline = time.monotonic() + timeout
    while not raw.evaluate(expression):  # type: ignore[attr-defined]
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {expression}")
        time.sleep(0.05)


def sign_in(raw: object, base: str, email: str = DEMO_EMAIL, password: str = DEMO_PASSWORD) -> None:
    """Through the sign-in form, as a person would: the session cookie then rides along."""
    raw.goto(f"{base}/login")  # type: ignore[attr-defined]
    raw.fill("#login-email", email)  # type: ignore[attr-defined]
    raw.fill("#login-password", password)  # type: ignore[attr-defined]
    raw.click("form[action='/login'] button[type=submit]")  # type: ignore[attr-defined]
    raw.wait_for_load_state("networkidle")  # type: ignore[attr-defined]


@pytest.fixture
def page(browser: object, live_server: str) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")  # type: ignore[attr-defined]
    raw = context.new_page()
    watched = Watched(raw, live_server)
    sign_in(raw, live_server)
    raw.on(
        "console",
        lambda msg: msg.type == "error" and watched.problems.append(f"console: {msg.text}"),
    )
    raw.on("pageerror", lambda exc: watched.problems.append(f"page error: {exc}"))
    raw.on(
        "requestfailed",
        lambda request: watched.problems.append(f"request failed: {request.url} {request.failure}"),
    )
    raw.on(
        "response",
        lambda response: (
            response.status >= 400
            and watched.problems.append(f"HTTP {response.status}: {response.url}")
        ),
    )
    yield watched
    context.close()
    assert watched.problems == [], watched.problems
