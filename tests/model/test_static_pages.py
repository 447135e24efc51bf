"""One-article pages that carry a column's identity (机构职能, 领导信息, 政府信息公开指南, 联系方式)
are static pages (issue 8 item 5): never a column that could be stale or empty, still visible
in the model, and the guide is judged by its own rule (guide-current)."""

from __future__ import annotations

from datetime import date

import pytest

from govaudit.engine import evaluate
from govaudit.pipeline import load_rules
from tests.model.loopback import HTML, crawl_and_build

_PROSE = "本机关负责本行政区域内的有关工作，依法履行职责，接受社会监督，公开办事程序和办理结果。" * 4


def _page(title: str, body: str, column: str | None) -> str:
    meta = f'<meta name="ColumnName" content="{column}"><meta name="ColumnType" content="{column}">' if column else ""
    return (f"<html><head><meta charset='utf-8'><title>{title}_某县人民政府</title>{meta}</head><body>"
            f"<div class='nav'><a href='/'>首页</a><a href='/zwgk/'>政务公开</a></div>"
            f"<div class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='/zwgk/'>政务公开</a> &gt; {column or title}</div>"
            f"{body}<div class='footer'>主办单位：某县人民政府办公室</div></body></html>")


def _static(title: str, column: str, shown_date: str | None, layout: str) -> str:
    dated = f"<p class='info'>发布时间：{shown_date}</p>" if shown_date else ""
    if layout == "table":  # an old table layout: the article in a cell of a content table
        body = f"<table class='main-content'><tr><td><h2>{title}</h2>{dated}<p>{_PROSE}</p><p>{_PROSE}</p></td></tr></table>"
    else:
        body = f"<div class='article'><h1>{title}</h1>{dated}<div class='TRS_Editor'><p>{_PROSE}</p><p>{_PROSE}</p></div></div>"
    return _page(title, body, column)


def _site() -> dict:
    rows = "".join(f"<li><a href='/zwgk/tzgg/t{i}.html'>关于做好第{i}项工作的通知</a><span>2026-09-{10 + i:02d}</span></li>"
                   for i in range(1, 9))
    return {
        "/": (200, HTML, _page("首页", "<a href='/zwgk/jgzn/'>机构职能</a><a href='/zwgk/ldxx/'>领导信息</a>"
                                     "<a href='/zwgk/zn/'>政府信息公开指南</a><a href='/lxwm/index.html'>联系我们</a>"
                                     "<a href='/zwgk/tzgg/'>通知公告</a>", None)),
        "/zwgk/jgzn/": (200, HTML, _static("机构职能", "机构职能", None, "div")),
        "/zwgk/ldxx/": (200, HTML, _static("领导信息", "领导信息", None, "table")),
        "/zwgk/zn/": (200, HTML, _static("某县人民政府政府信息公开指南", "政府信息公开指南", "2023-03-01", "div")),
        "/lxwm/": (200, HTML, _static("联系方式", "联系方式", None, "table")),
        "/zwgk/tzgg/": (200, HTML, _page("通知公告", f"<ul class='list'>{rows}</ul>", "通知公告")),
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    return crawl_and_build(_site(), tmp_path_factory.mktemp("static"))


STATIC = ("zwgk/jgzn/", "zwgk/ldxx/", "zwgk/zn/", "lxwm/")


def test_static_pages_are_not_columns_but_stay_in_the_model(built):
    site, base = built
    assert [c.url.removeprefix(base) for c in site.columns] == ["zwgk/tzgg/"]
    kinds = {p.url.removeprefix(base): p.kind for p in site.pages}
    assert all(kinds[u] == "static" for u in STATIC), kinds
    docs = {d.url.removeprefix(base): d for d in site.documents if d.kind == "static"}
    assert set(docs) == set(STATIC)
    assert docs["zwgk/zn/"].pub_date == "2023-03-01" and docs["zwgk/jgzn/"].pub_date is None
    assert docs["lxwm/"].column_name == "联系方式"


def test_rules_never_see_a_static_page_as_a_column_and_judge_the_guide(built):
    site, base = built
    results = evaluate(site, load_rules(None, None, None), date(2026, 9, 30))
    subjects = {(rule["id"], r["subject"]): r["status"] for rule in results["rules"] for r in rule["results"]}
    assert not [key for key in subjects if any(key[1] == base + u for u in STATIC)]
    assert subjects[("guide-current", "recent:政府信息公开指南")] == "fail"  # shown 2023-03-01, more than 2 years
    sections = {s.name: (s.present, s.url) for s in site.disclosure_sections}
    assert sections["指南"] == (True, base + "zwgk/zn/")
