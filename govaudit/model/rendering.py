"""What a page's render state (from the crawl index) says about what the model observed.

The crawl renders a page in Chromium when its static HTML hides evidence behind scripts
(`govaudit/crawl/render_need.py`). When that rendering did not happen — `--render never`,
no Chromium, a failure — the hidden part is **not observed**: a list page without static
items becomes a column in state not_observed (never "empty"), a document's related-
interpretation slot becomes script_unobserved (never "no interpretation"), a date a script writes
after its label is a date not observed (pub_date_source "script"), never "no date". When it did
happen and its scripts all ran, the rendered DOM is what exists: an empty slot or list there is
observed as empty. A render whose scripts did not all run (a script or its data refused as out of
scope or turned away: a jQuery on another host's CDN) observed only what it shows.
"""

from __future__ import annotations

from dataclasses import replace

from govaudit.crawl.render_need import LIST_REASONS, SCRIPT_DATE, reason_code, scripts_failed
from govaudit.crawl.snapshot import Capture
from govaudit.model.extract.page import PageFacts

NOT_RENDERED = ("skipped", "unavailable", "failed")


def scripts_ran(capture: Capture) -> bool:
    """Whether the page was rendered and its scripts all ran: what they left empty is observed empty."""
    return capture.render == "rendered" and not scripts_failed(capture.render_note)


def observed_facts(facts: PageFacts, capture: Capture) -> PageFacts:
    """`facts` corrected for what rendering did or did not reveal."""
    if scripts_ran(capture):
        changes: dict[str, object] = {}
        if facts.related_slot == "script_unobserved":
            changes["related_slot"] = "static"
        # A list in an iframe (`<iframe src="list.aspx?cid=21">`) is no part of the page's rendered DOM:
        # it is observed at the framed page, not found empty here.
        if facts.kind == "column" and facts.list_state == "not_observed" and not facts.list_items and not facts.framed:
            changes["list_state"] = "empty"
        # What such a page shows itself, should its frame hold no list (builder._unframe: its footer's frame), was observed.
        if (alone := facts.unframed) is not None and alone[0] == "column" and alone[1] == "not_observed" and not alone[2]:
            changes["unframed"] = (alone[0], "empty", *alone[2:])
        return replace(facts, **changes) if changes else facts
    if capture.render not in (*NOT_RENDERED, "rendered"):  # static: nothing was hidden
        return facts
    if facts.kind == "document":
        if reason_code(capture.render_note) == SCRIPT_DATE and facts.pub_date_source not in ("visible", "metadata"):
            # The date a script writes after its label was not observed (a PubDate meta or an
            # address date is no reading of it).
            facts = replace(facts, pub_date_source="script")
        # On a document page the script-filled part is its related-interpretation sidebar.
        return facts if facts.related_links else replace(facts, related_slot="script_unobserved")
    if facts.kind != "home" and not facts.list_items and reason_code(capture.render_note) in LIST_REASONS:
        return replace(facts, kind="column", list_state="not_observed")
    return facts
