"""A name written to attack the pages is shown as text everywhere, never run.

An organisation is created through the form with a name holding a script and
an image with an `onerror` handler; its page, the lists, the search, the graph
and the relation it takes part in all show the name as written, and no dialog
opens, no image is requested, no script element holds it.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from tests.browser.conftest import Watched, wait_until

EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>"

NO_INJECTED_MARKUP = """
() => ({
  images: document.querySelectorAll('img[src="x"]').length,
  scripts: Array.from(document.scripts).filter(s => s.textContent.includes('alert(')).length,
  handlers: document.querySelectorAll('[onerror]').length,
})
"""


def _clean(page: Watched, where: str) -> None:
    found = page.page.evaluate(NO_INJECTED_MARKUP)  # type: ignore[attr-defined]
    assert found == {"images": 0, "scripts": 0, "handlers": 0}, (where, found)


def test_a_hostile_name_is_text_on_every_page(page: Watched) -> None:
    p = page.page
    dialogs: list[str] = []

    def dismiss(dialog: object) -> None:
        dialogs.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]

    p.on("dialog", dismiss)  # type: ignore[attr-defined]

    page.goto("/organizations/new")
    p.fill("#f-name", EVIL)  # type: ignore[attr-defined]
    p.select_option("#f-type", "company")  # type: ignore[attr-defined]
    p.fill("#f-country", "FR")  # type: ignore[attr-defined]
    p.get_by_role("button", name="Save").click()  # type: ignore[attr-defined]
    p.wait_for_url(re.compile(r".*/organizations/[a-z0-9-]+$"))  # type: ignore[attr-defined]
    p.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
    key = p.url.rsplit("/", 1)[-1]  # type: ignore[attr-defined]
    assert p.inner_text("h1") == EVIL  # type: ignore[attr-defined]
    assert EVIL in p.title()  # type: ignore[attr-defined]
    _clean(page, "its page")
    page.shot("xss-organisation")

    # A relation to it, so that it is in the graph and on Genopole's page.
    p.get_by_label("Relation", exact=True).select_option("partner_of")  # type: ignore[attr-defined]
    p.get_by_label("With (name, alias or key)").fill("Genopole")  # type: ignore[attr-defined]
    p.get_by_label("Date (2021, 2021-06 or 2021-06-14)").fill("2030")  # type: ignore[attr-defined]
    p.get_by_role("button", name="Add relation").click()  # type: ignore[attr-defined]
    p.get_by_text("Relation added.").wait_for()  # type: ignore[attr-defined]
    _clean(page, "the relation added")

    page.goto("/organizations/genopole")
    assert EVIL in p.inner_text("main")  # type: ignore[attr-defined]
    _clean(page, "Genopole's page")

    # The list, searched the way a person does (htmx swaps the results in).
    page.goto("/organizations")
    p.get_by_label("Search").fill("alert")  # type: ignore[attr-defined]
    p.wait_for_url(re.compile(r".*q=alert.*"))  # type: ignore[attr-defined]
    wait_until(p, "document.querySelectorAll('#results tbody tr').length === 1")
    assert EVIL in p.inner_text("#results")  # type: ignore[attr-defined]
    _clean(page, "the searched list")
    page.goto(f"/organizations?q={quote(EVIL)}")
    _clean(page, "a list searched for the name itself")
    page.goto(f"/relations?predicate=partner_of&year=2030&q={quote('script')}")
    assert EVIL in p.inner_text("main")  # type: ignore[attr-defined]
    _clean(page, "the relations")

    page.goto("/graph?predicate=partner_of&year=2030")
    wait_until(p, "Number(document.getElementById('graph').dataset.nodes) >= 2")
    labels = p.evaluate("window.interclusterGraph.nodes().map(n => n.data('label'))")  # type: ignore[attr-defined]
    assert EVIL in labels
    _clean(page, "the graph")
    page.shot("xss-graph")

    page.goto(f"/organizations/{key}/edit")
    assert p.input_value("#f-name") == EVIL  # type: ignore[attr-defined]
    _clean(page, "the edit form")

    assert dialogs == []
