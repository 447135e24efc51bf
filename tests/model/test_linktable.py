"""LinkTable: the build's compact same-site links stand for the list of Links they hold — read,
compared, sorted and written exactly as that list is."""

from __future__ import annotations

import pickle
from dataclasses import replace
from operator import attrgetter

import pytest

from govaudit.jsonio import canonical_json, write_json_atomic
from govaudit.model.linktable import LinkTable
from govaudit.model.types import Link
from govaudit.serde import to_dict
from tests.factories import page, site

S = "http://www.example.gov.cn/"


def _links() -> list[Link]:
    return [
        Link(S + "b.html", S + "x.pdf", "附件一", "attachment", "broken", 404, "not_found"),
        Link(S + "a.html", S + "c/", "通知公告", "page", "ok", 200),
        Link(S, S + "c/", "通知公告", "page", "ok", 200),
        Link(S + "a.html", S + "x.pdf", "附件", "attachment", "not_checked"),
        Link(S + "b.html", S + "c/", "更多", "page", "ok", 200),
        Link(S + "a.html", S + "img.png", "", "image", "blocked", 403, "blocked"),
        Link(S + "a.html", S + "c/", "栏目", "page", "ok", 200),  # the same pair again: order kept
    ]


def test_reads_back_the_links_it_was_given():
    links = _links()
    table = LinkTable(links)
    assert len(table) == len(links) and list(table) == links
    assert table == links and links == table and table == LinkTable(links) and table != links[:-1]
    assert table[0] == links[0] and table[-1] == links[-1] and table[2:5] == links[2:5] and table[::-2] == links[::-2]
    with pytest.raises(IndexError):
        table[len(links)]
    assert table[1].status == 200 and table[3].status is None and table[3].fetch_outcome is None
    assert pickle.loads(pickle.dumps(table)) == links


def test_sorts_as_two_stable_sorts_by_source_then_target():
    expected = sorted(sorted(_links(), key=attrgetter("source")), key=attrgetter("target"))
    table = LinkTable(_links())
    table.sort()
    assert list(table) == expected
    assert [l.text for l in table if l.target == S + "c/" and l.source == S + "a.html"] == ["通知公告", "栏目"]


def test_strings_are_stored_once():
    table = LinkTable(_links())
    sources = [l.source for l in table if l.source == S + "a.html"]
    assert len(sources) == 4 and len({id(s) for s in sources}) == 1


def test_a_model_holding_a_table_is_written_as_with_a_list(tmp_path):
    model = site(pages=[page("a.html", "document", "标题")], links=_links())
    compact = replace(model, links=LinkTable(model.links))
    assert compact == model and to_dict(compact) == to_dict(model)
    write_json_atomic(tmp_path / "list.json", model)
    write_json_atomic(tmp_path / "table.json", compact)
    assert (tmp_path / "table.json").read_bytes() == (tmp_path / "list.json").read_bytes()
    assert canonical_json(compact) == canonical_json(model)


def test_an_empty_table():
    assert LinkTable() == [] and not LinkTable() and list(LinkTable()) == [] and LinkTable()[0:3] == []


def test_the_table_stores_every_field_of_link():
    # a field added to Link must be added to the table's columns too
    from dataclasses import fields

    assert [f.name for f in fields(Link)] == ["source", "target", "text", "kind", "outcome", "status", "fetch_outcome"]


def test_sorts_many_links_as_the_list_sort_does():
    import random

    rng = random.Random(7)
    urls = [S + f"{rng.choice('abcxyz')}/{n}.html" for n in range(40)] + [S]
    links = [Link(rng.choice(urls), rng.choice(urls), rng.choice(["首页", "更多", f"第{n}条"]), "page", "ok", 200)
             for n in range(3000)]
    table = LinkTable(links)
    table.sort()
    assert list(table) == sorted(sorted(links, key=attrgetter("source")), key=attrgetter("target"))


def test_links_added_after_a_sort_are_read_back_and_share_its_strings():
    table = LinkTable(_links())
    table.sort()  # drops the index of its strings
    table.append(Link(S + "a.html", S + "c/", "通知公告", "page", "ok", 200))
    table.append(Link(S + "new.html", S + "c/", "新", "page", "broken", 404, "not_found"))
    assert list(table)[-2:] == [Link(S + "a.html", S + "c/", "通知公告", "page", "ok", 200),
                                Link(S + "new.html", S + "c/", "新", "page", "broken", 404, "not_found")]
    assert len({id(l.target) for l in table}) == len({l.target for l in table})  # each string once


def test_a_status_beyond_two_bytes_is_kept():
    # statuses are stored in two bytes; a hand-made index's larger number widens the column
    links = [*_links(), Link(S + "a.html", S + "odd.html", "怪", "page", "broken", 70000, "http_error"),
             Link(S + "b.html", S + "c/", "通知公告", "page", "ok", 200)]
    table = LinkTable(links)
    assert list(table) == links
    table.sort()
    assert [l.status for l in table if l.target == S + "odd.html"] == [70000]
