"""Signing in and out, tokens, and undoing a merge from a record's history, in a real browser."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from intercluster.domain.accounts import DEMO_EMAIL, DEMO_PASSWORD
from tests.browser.conftest import Watched


@pytest.fixture
def anonymous(browser: object, live_server: str) -> Iterator[object]:
    context = browser.new_context(locale="en-GB")  # type: ignore[attr-defined]
    yield context.new_page()
    context.close()


def test_sign_in_lands_where_asked_and_sign_out_ends_the_session(
    anonymous: object, live_server: str
) -> None:
    p = anonymous
    p.goto(f"{live_server}/organizations?q=BioWin")  # type: ignore[attr-defined]
    assert "/login?next=" in p.url  # type: ignore[attr-defined]
    p.fill("#login-email", DEMO_EMAIL)  # type: ignore[attr-defined]
    p.fill("#login-password", "not the password")  # type: ignore[attr-defined]
    p.click("form[action='/login'] button")  # type: ignore[attr-defined]
    assert "Wrong e-mail or password" in p.inner_text("[role=alert]")  # type: ignore[attr-defined]
    p.fill("#login-password", DEMO_PASSWORD)  # type: ignore[attr-defined]
    p.click("form[action='/login'] button")  # type: ignore[attr-defined]
    p.wait_for_url("**/organizations?q=BioWin")  # type: ignore[attr-defined]
    cookies = p.context.cookies()  # type: ignore[attr-defined]
    session = next(c for c in cookies if c["name"] == "intercluster_session")
    assert session["httpOnly"] and session["sameSite"] == "Lax"
    assert p.evaluate("document.cookie").find("intercluster_session") == -1  # type: ignore[attr-defined]
    p.click("text=Sign out")  # type: ignore[attr-defined]
    p.wait_for_url("**/login")  # type: ignore[attr-defined]
    p.goto(f"{live_server}/organizations")  # type: ignore[attr-defined]
    assert "/login" in p.url  # type: ignore[attr-defined]


def test_token_created_once_and_merge_undone_from_history(page: Watched, live_server: str) -> None:
    p = page.page
    page.goto("/account")
    p.get_by_label("What the token is for").fill("nightly export")  # type: ignore[attr-defined]
    p.get_by_role("button", name="Create a token").click()  # type: ignore[attr-defined]
    secret = p.inner_text("#new-token")  # type: ignore[attr-defined]
    assert secret.startswith("icl_")
    page.goto("/account")
    assert secret not in p.content()  # type: ignore[attr-defined]

    page.goto("/organizations/new")
    p.get_by_label("Name", exact=True).fill("Bio Win (duplicate)")  # type: ignore[attr-defined]
    p.get_by_label("Type", exact=True).select_option("cluster")  # type: ignore[attr-defined]
    p.get_by_role("button", name="Save").click()  # type: ignore[attr-defined]
    p.wait_for_url("**/organizations/bio-win-duplicate")  # type: ignore[attr-defined]
    page.goto("/organizations/biowin")
    p.get_by_label("Duplicate (name, alias or key)").fill("bio-win-duplicate")  # type: ignore[attr-defined]
    p.wait_for_load_state("networkidle")  # type: ignore[attr-defined]  # the suggestions
    p.wait_for_timeout(400)  # type: ignore[attr-defined]  # past the input's 250 ms delay
    p.get_by_role("button", name="Merge").click()  # type: ignore[attr-defined]
    p.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
    history = p.locator("section.history .change").first  # type: ignore[attr-defined]
    assert "merge of Bio Win (duplicate)" in history.inner_text()
    page.shot("history-after-merge")
    history.get_by_role("button", name="Undo").click()
    p.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
    assert "undone by" in p.locator("section.history").inner_text()  # type: ignore[attr-defined]
    page.goto("/organizations/bio-win-duplicate")
    assert p.inner_text("h1") == "Bio Win (duplicate)"  # type: ignore[attr-defined]
