"""site.json read a chunk at a time (jsonio.read_streamed, used by pipeline.load_site): the same
model as reading it whole, strings met many times shared, and any file not laid out as `build`
writes it (or breaking the contract) read whole instead, so its problem is named as before."""

from __future__ import annotations

import gc
import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from govaudit import jsonio, pipeline
from govaudit.errors import UserError
from govaudit.jsonio import read_json, read_streamed, write_json_atomic
from govaudit.model.linktable import LinkColumns
from govaudit.model.types import (BudgetCut, CrawlInfo, DisclosureSection, Interpretation, OffsiteLink, PageTextInfo,
                                  ReportTable3, SiteModel, TemplateFooter)
from govaudit.serde import from_dict
from tests.factories import SITE, column, document, ev, link, page, report, site


def _model() -> SiteModel:
    pages = [page(f"c/{i}.html", "document", f"标题{i}\n第二行") for i in range(40)]
    links = [link(f"c/{i}.html", f"c/{j}.html", "首页" if j == 0 else f"[链接{j}]") for i in range(40) for j in range(0, 40, 7)]
    return site(columns=[column("c/", "通知公告", "2026-09-01")], documents=[document("c/1.html", "关于“印发”的通知")],
                pages=pages, links=links)


def _every_part() -> SiteModel:
    """A model in which every dataclass of the contract, and every optional part, holds something."""
    url = SITE + "nb/2025.html"
    table = ReportTable3(new=[3, "/", None], carried=[0], total=[3], forward=[0], columns=["自然人", "总计"])
    return replace(
        _model(),
        crawl=CrawlInfo(start_url=SITE, started_at="2026-09-30T10:00:00+08:00", finished_at=None, fetched=40,
                        budget_exhausted=True, notes=["预算"], stop_reason="max_pages",
                        budget_cut=BudgetCut(cut={"list": 3}, total=3, disclosure=1, examples=[url])),
        annual_reports=[replace(report(2025, "2026-01-20"), table3=table, tables=["二", "三"], identity_ok=True)],
        interpretations=[Interpretation(url, SITE + "c/1.html", ["title"], "both", "2026-01-02", None)],
        disclosure_sections=[DisclosureSection("年报", True, url, "page", "年度报告")],
        footers=[TemplateFooter("home", 1, "3399000001", None, None, "某区人民政府", ev(SITE))],
        offsite_links=[OffsiteLink("http://other.test/", "other.test", "政务服务网", SITE, 2)],
        page_text=PageTextInfo("pagetext.jsonl", 1, 10, 5000, 0, True))


@pytest.mark.parametrize("chunk", [7, 64, 1 << 20])
@pytest.mark.parametrize("make", [_model, _every_part])
def test_streamed_model_equals_the_whole_file_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int, make):
    monkeypatch.setattr(jsonio, "_CHUNK", chunk)  # objects and members cut across reads
    write_json_atomic(tmp_path / "site.json", make())
    streamed = read_streamed(tmp_path / "site.json", SiteModel)
    assert streamed is not None
    assert streamed == from_dict(SiteModel, read_json(tmp_path / "site.json", "build"), strict=True) == make()
    assert repr(streamed) == repr(make())  # the same types too (True == 1)


def test_repeated_strings_are_one_object(tmp_path: Path):
    write_json_atomic(tmp_path / "site.json", _model())
    model = read_streamed(tmp_path / "site.json", SiteModel)
    assert model is not None
    targets = [l.target for l in model.links if l.target.endswith("/0.html")]
    assert len(targets) == 40 and len({id(t) for t in targets}) == 1
    assert len({id(l.kind) for l in model.links}) == 1


def test_other_layouts_are_read_whole(tmp_path: Path):
    data = json.loads((write_json_atomic(tmp_path / "site.json", _model()), (tmp_path / "site.json").read_text())[1])
    for text in (json.dumps(data, ensure_ascii=False), json.dumps(data, indent=4), json.dumps(data, indent=2) + "\n[]"):
        (tmp_path / "site.json").write_text(text, encoding="utf-8")
        assert read_streamed(tmp_path / "site.json", SiteModel) is None
    (tmp_path / "site.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    whole = pipeline.load_site(tmp_path)
    assert whole == _model() and isinstance(whole.links, LinkColumns)  # held as a streamed load holds them


# Edits of a file laid out as `build` writes it: each breaks the contract (govaudit/model/types.py)
# in a way msgspec must refuse too, so that the file is read whole and the field named.
BROKEN = [
    ('"kind": "page"', '"kind": "pages"', "links[0].kind"),  # not one of the Literal's values
    ('"fetch_outcome": null\n', '"fetch_outcome": null,\n      "rel": "nofollow"\n', "links[0].rel"),  # unknown field
    ('"snippet": null\n', '"snippet": null,\n        "page": 3\n', "pages[0].evidence.page"),  # unknown, nested
    ('      "text": "首页",\n', "", "links[0].text"),  # a required field missing
    ('"status": 200,\n      "fetch_outcome"', '"status": "200",\n      "fetch_outcome"', "links[0].status"),
    ('"level": 1', '"level": true', "columns[0].level"),  # a bool is no integer
    ('"fetched": 10', '"fetched": 10.0', "crawl.fetched"),  # a member read whole, not in batches
    ('"title": "标题0\\n第二行"', '"title": null', "pages[0].title"),  # null for a required string
    ('"related_slot": "static"', '"related_slot": null', "documents[0].related_slot"),
    ('"meta_tags": {}', '"meta_tags": {"SiteName": 1}', "pages[0].meta_tags.SiteName"),
]


@pytest.mark.parametrize("old, new, field", BROKEN, ids=[b[2] for b in BROKEN])
def test_a_broken_value_is_refused_and_named_as_when_read_whole(tmp_path: Path, old: str, new: str, field: str):
    write_json_atomic(tmp_path / "site.json", _model())
    text = (tmp_path / "site.json").read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "site.json").write_text(text.replace(old, new, 1), encoding="utf-8")
    assert read_streamed(tmp_path / "site.json", SiteModel) is None
    with pytest.raises(UserError, match=rf"field {re.escape(field)} "):
        pipeline.load_site(tmp_path)


def test_a_model_of_another_schema_is_refused(tmp_path: Path):
    write_json_atomic(tmp_path / "site.json", _model())
    text = (tmp_path / "site.json").read_text(encoding="utf-8")
    (tmp_path / "site.json").write_text(text.replace('"schema": "govaudit.site/1"', '"schema": "govaudit.site/0"'), encoding="utf-8")
    with pytest.raises(UserError, match="was not written by this version"):
        pipeline.load_site(tmp_path)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was_found(tmp_path: Path, enabled: bool):
    """The collector is paused while a model loads (it has no cycles to find)."""
    write_json_atomic(tmp_path / "site.json", _model())
    (tmp_path / "other.json").write_text("[]", encoding="utf-8")
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert read_streamed(tmp_path / "site.json", SiteModel) is not None
        assert gc.isenabled() is enabled
        assert read_streamed(tmp_path / "other.json", SiteModel) is None
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_check_unfreezes_what_it_froze(tmp_path: Path):
    """`check` keeps the collector off the model while the rules run, and only then."""
    write_json_atomic(tmp_path / "site.json", _model())
    frozen = gc.get_freeze_count()
    results = pipeline.check(tmp_path, date(2026, 9, 30))
    assert results["verdict"] and gc.get_freeze_count() == frozen
