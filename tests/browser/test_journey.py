"""A partnerships officer's day in a real browser: dashboard, search, page, form, graph, map."""

from __future__ import annotations

import re
from pathlib import Path

from tests.browser.conftest import Watched, wait_until

FORM_CONTROLS_WITHOUT_LABEL = """
() => Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
  .filter(el => el.labels.length === 0 && !el.getAttribute('aria-label')
                && !el.closest('fieldset')?.querySelector('legend'))
  .map(el => el.outerHTML.slice(0, 120))
"""


def test_search_open_add_relation_see_it_in_graph_and_map(page: Watched) -> None:
    p = page.page
    page.goto("/?year=2021")
    assert "International activity 2021" in p.inner_text("h1")  # type: ignore[attr-defined]
    assert p.locator("section[aria-labelledby=c-meetings] .figure").inner_text() == "30"  # type: ignore[attr-defined]
    page.shot("dashboard")

    p.get_by_role("link", name="Organisations", exact=True).click()  # type: ignore[attr-defined]
    p.wait_for_url("**/organizations")  # type: ignore[attr-defined]
    p.get_by_label("Search").fill("BioWin")  # type: ignore[attr-defined]
    p.wait_for_url(re.compile(r".*q=BioWin.*"))  # type: ignore[attr-defined]
    results = p.locator("#results tbody tr")  # type: ignore[attr-defined]
    results.first.wait_for()
    wait_until(p, "document.querySelectorAll('#results tbody tr').length === 1")
    page.shot("organisations-search")

    p.get_by_role("link", name="BioWin", exact=True).click()  # type: ignore[attr-defined]
    p.wait_for_url("**/organizations/biowin")  # type: ignore[attr-defined]
    assert p.inner_text("h1") == "BioWin"  # type: ignore[attr-defined]
    page.shot("organisation-biowin")

    # A memorandum signed with Genopole in May 2022, entered through the form.
    p.get_by_label("Relation", exact=True).select_option("partner_of")  # type: ignore[attr-defined]
    p.get_by_label("With (name, alias or key)").fill("Genopole")  # type: ignore[attr-defined]
    p.get_by_label("Date (2021, 2021-06 or 2021-06-14)").fill("2022-05")  # type: ignore[attr-defined]
    p.get_by_label("Kind (optional)").fill("mou")  # type: ignore[attr-defined]
    p.get_by_label("Since (optional)").fill("2022-05")  # type: ignore[attr-defined]
    p.get_by_role("button", name="Add relation").click()  # type: ignore[attr-defined]
    p.get_by_text("Relation added.").wait_for()  # type: ignore[attr-defined]
    relations = p.locator("#relations-list").inner_text()  # type: ignore[attr-defined]
    assert "May 2022" in relations and "mou" in relations
    page.shot("organisation-biowin-relation-added")

    page.goto("/graph?predicate=partner_of&year=2022")
    wait_until(p, "document.getElementById('graph').dataset.nodes === '2'")
    labels = p.evaluate("window.interclusterGraph.nodes().map(n => n.data('label')).sort()")  # type: ignore[attr-defined]
    assert labels == ["BioWin", "Genopole"]
    page.shot("graph-2022")
    exports = (("Export PNG", ".png", b"\x89PNG"), ("Export SVG", ".svg", b"<svg"))
    for button, suffix, magic in exports:
        with p.expect_download() as download_info:  # type: ignore[attr-defined]
            p.get_by_role("button", name=button).click()  # type: ignore[attr-defined]
        download = download_info.value
        assert download.suggested_filename.endswith(suffix)
        assert magic in Path(download.path()).read_bytes()[:200]

    page.goto("/map?predicate=partner_of&year=2022")
    belgium = p.locator('path[data-country="BE"]')  # type: ignore[attr-defined]
    assert belgium.get_attribute("data-count") == "1"
    assert "BioWin" in p.locator("#map-table").inner_text()  # type: ignore[attr-defined]
    page.shot("map-2022")


def test_every_page_loads_clean_and_labels_every_field(page: Watched) -> None:
    p = page.page
    for name, path in [
        ("events", "/events"),
        ("event", "/events/bio-europe-spring-2021"),
        ("projects", "/projects"),
        ("project", "/projects/urinbb"),
        ("source", "/sources/1?start=2309&end=2606"),
        ("new-organisation", "/organizations/new"),
        ("edit-organisation", "/organizations/genopole/edit"),
        ("graph", "/graph"),
        ("map", "/map"),
        ("organisation-genopole", "/organizations/genopole"),
        ("api-docs", "/docs"),
        ("analytics", "/analytics?year=2021"),
        ("review", "/review"),
        ("partnering", "/events/bio-europe-spring-2021/partnering"),
        ("relations", "/relations?predicate=partner_of&year=2021"),
    ]:
        page.goto(path)
        if path == "/graph":
            wait_until(p, "Number(document.getElementById('graph').dataset.nodes) > 40")
        assert p.evaluate(FORM_CONTROLS_WITHOUT_LABEL) == [], path  # type: ignore[attr-defined]
        page.shot(name)


def test_keyboard_reaches_content_and_forms(page: Watched) -> None:
    p = page.page
    page.goto("/organizations/new")
    p.keyboard.press("Tab")  # type: ignore[attr-defined]
    assert p.evaluate("document.activeElement.className") == "skip"  # type: ignore[attr-defined]
    p.keyboard.press("Enter")  # type: ignore[attr-defined]
    assert p.evaluate("document.activeElement.id") == "main"  # type: ignore[attr-defined]
    p.keyboard.press("Tab")  # type: ignore[attr-defined]
    assert p.evaluate("document.activeElement.id") == "f-name"  # type: ignore[attr-defined]
    p.keyboard.type("Flanders.bio")  # type: ignore[attr-defined]
    p.keyboard.press("Tab")  # type: ignore[attr-defined]
    assert p.evaluate("document.activeElement.id") == "f-type"  # type: ignore[attr-defined]
    p.keyboard.press("Tab")  # type: ignore[attr-defined]
    p.keyboard.type("Flandria")  # type: ignore[attr-defined]  # a country that does not exist
    p.keyboard.press("Enter")  # type: ignore[attr-defined]
    p.wait_for_selector("#country-error")  # type: ignore[attr-defined]
    assert "is not an ISO 3166-1 country" in p.inner_text("#country-error")  # type: ignore[attr-defined]
    page.problems = [m for m in page.problems if "422" not in m]  # the expected refusal
    page.shot("new-organisation-error")


def test_french_interface_in_the_browser(page: Watched) -> None:
    p = page.page
    page.goto("/?year=2021")
    p.select_option("#lang-select", "fr")  # type: ignore[attr-defined]
    p.wait_for_selector("html[lang=fr]")  # type: ignore[attr-defined]
    assert "Activité internationale 2021" in p.inner_text("h1")  # type: ignore[attr-defined]
    page.shot("dashboard-fr")
    p.select_option("#lang-select", "en")  # type: ignore[attr-defined]
    p.wait_for_selector("html[lang=en]")  # type: ignore[attr-defined]
