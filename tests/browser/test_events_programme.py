"""The events programme in a real browser: calendar filters and views, a plan form, the returns."""

from __future__ import annotations

from tests.browser.conftest import Watched, wait_until
from tests.browser.test_journey import FORM_CONTROLS_WITHOUT_LABEL


def test_calendar_plan_and_return_on_events(page: Watched) -> None:
    p = page.page
    page.goto("/calendar")
    rows = "document.querySelectorAll('#calendar-list tbody tr[data-event]').length"
    assert p.evaluate(rows) == 5  # type: ignore[attr-defined]
    assert p.locator(".event-marker[data-country=US] circle").count() == 1  # type: ignore[attr-defined]
    p.get_by_label("Region").fill("europe")  # type: ignore[attr-defined]
    p.get_by_label("Region").press("Enter")  # type: ignore[attr-defined]
    wait_until(p, f"{rows} === 2")
    assert "region=europe" in p.url  # type: ignore[attr-defined]
    page.shot("calendar-europe")

    page.goto("/calendar?view=month&month=2021-06")
    assert p.locator("#month-grid tbody tr").count() == 5  # type: ignore[attr-defined]
    assert "BIO International Convention 2021" in p.inner_text("#calendar-results")  # type: ignore[attr-defined]
    page.shot("calendar-month")

    page.goto("/events/meet-in-italy-2021/plan")
    assert p.evaluate(FORM_CONTROLS_WITHOUT_LABEL) == []  # type: ignore[attr-defined]
    p.get_by_label("Decision", exact=True).select_option("sponsor")  # type: ignore[attr-defined]
    p.get_by_label("Costs", exact=True).fill(
        "actual; sponsorship; 5000; EUR\nactual; travel; 120; XBT"
    )  # type: ignore[attr-defined]
    p.get_by_role("button", name="Save the plan").click()  # type: ignore[attr-defined]
    p.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
    level = p.get_by_label("Sponsor level")  # type: ignore[attr-defined]
    assert level.get_attribute("aria-invalid") == "true"
    assert "needs its level" in p.inner_text("#sponsor_level-error")  # type: ignore[attr-defined]
    level.fill("Silver")
    p.get_by_role("button", name="Save the plan").click()  # type: ignore[attr-defined]
    p.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
    assert "line 2, currency" in p.inner_text("#costs-error")  # type: ignore[attr-defined]
    p.get_by_label("Costs", exact=True).fill(
        "actual; sponsorship; 5000; EUR\nactual; travel; 120; CHF"
    )  # type: ignore[attr-defined]
    p.get_by_role("button", name="Save the plan").click()  # type: ignore[attr-defined]
    p.get_by_text("The plan is saved.").wait_for()  # type: ignore[attr-defined]
    assert "5,116.16" in p.inner_text("#plan-costs")  # type: ignore[attr-defined]
    page.shot("plan-saved")
    with p.expect_download() as download_info:  # type: ignore[attr-defined]
        p.locator("#plan-booklet").get_by_role("link", name="PDF").click()  # type: ignore[attr-defined]
    download = download_info.value
    assert download.suggested_filename == "booklet-meet-in-italy-2021.pdf"
    with open(download.path(), "rb") as handle:
        assert handle.read(4) == b"%PDF"
    # The two refusals of the form (422) were expected; a download ends its navigation.
    page.problems = [
        m
        for m in page.problems
        if "422" not in m and not m.endswith("booklet?format=pdf net::ERR_ABORTED")
    ]

    page.goto("/roi?year=2021")
    assert p.locator("#roi-events .figure").inner_text() == "5"  # type: ignore[attr-defined]
    assert p.locator("#roi-table tbody tr").count() == 5  # type: ignore[attr-defined]
    assert p.locator("#roi-proposal > li").count() >= 5  # type: ignore[attr-defined]
    page.shot("return-on-events-2021")
