"""Prospection in a real browser: drag a card to another stage and find it there after a reload."""

from __future__ import annotations

from tests.browser.conftest import Watched
from tests.browser.test_journey import FORM_CONTROLS_WITHOUT_LABEL

COLUMN_CARD = ".board-column[data-stage={stage}] .board-card"


def test_drag_a_prospect_between_stages_and_it_stays(page: Watched) -> None:
    p = page.page
    page.goto("/prospects")
    assert p.locator(".board-column").count() == 7  # type: ignore[attr-defined]
    p.locator("details.add-prospect summary").click()  # type: ignore[attr-defined]
    assert p.evaluate(FORM_CONTROLS_WITHOUT_LABEL) == []  # type: ignore[attr-defined]
    p.get_by_label("Company", exact=True).fill("BJT Pharma")  # type: ignore[attr-defined]
    p.get_by_label("Event that brought it").fill("BIO-Europe Spring 2021")  # type: ignore[attr-defined]
    p.get_by_role("button", name="Add the prospect").click()  # type: ignore[attr-defined]
    p.get_by_text("BJT Pharma is now a prospect.").wait_for()  # type: ignore[attr-defined]
    identified = p.locator(COLUMN_CARD.format(stage="identified"), has_text="BJT Pharma")  # type: ignore[attr-defined]
    assert identified.count() == 1

    # Drag and drop (HTML5): the card's form is posted by htmx and the board is re-drawn.
    with p.expect_response(lambda r: r.url.endswith("/stage") and r.status == 200):  # type: ignore[attr-defined]
        identified.drag_to(p.locator(".board-column[data-stage=contacted]"))  # type: ignore[attr-defined]
    contacted = COLUMN_CARD.format(stage="contacted")
    p.locator(contacted, has_text="BJT Pharma").wait_for()  # type: ignore[attr-defined]
    page.shot("prospects-board-dragged")
    page.goto("/prospects")
    assert p.locator(contacted, has_text="BJT Pharma").count() == 1  # type: ignore[attr-defined]
    assert p.locator(COLUMN_CARD.format(stage="identified")).count() == 0  # type: ignore[attr-defined]

    # The keyboard way: the card's stage select and its Move button.
    card = p.locator(contacted, has_text="BJT Pharma")  # type: ignore[attr-defined]
    card.get_by_label("Stage of BJT Pharma").select_option("meeting")
    card.get_by_role("button", name="Move").click()
    meeting = COLUMN_CARD.format(stage="meeting")
    p.locator(meeting, has_text="BJT Pharma").wait_for()  # type: ignore[attr-defined]
    page.goto("/prospects")
    assert p.locator(meeting, has_text="BJT Pharma").count() == 1  # type: ignore[attr-defined]
    # The funnel follows: one prospect, which reached `meeting`.
    assert p.inner_text("#funnel-total .figure") == "1"  # type: ignore[attr-defined]
    reached = "#funnel-table tr[data-stage=meeting] td:nth-child(3)"
    assert p.inner_text(reached) == "1"  # type: ignore[attr-defined]
    page.goto("/prospects/1")
    assert "BIO-Europe Spring 2021" in p.inner_text("main")  # type: ignore[attr-defined]
    assert "identified" in p.inner_text("#stage-history")  # type: ignore[attr-defined]
    page.shot("prospect-detail")
