"""A gkmlpt catalogue read without its app: the categories its `window._CONFIG.TREE` names are
fetched from the JSON API and become columns, cited by the API URL fetched; an empty category
(post_count 0) is an empty column, a category over two API pages is one column; data answers
carry no page template (no footer, no meta tags to judge)."""

from __future__ import annotations

import json

import pytest

from tests.model.loopback import HTML, crawl_and_build

SID = "755041"
TREE = [{"id": 1, "name": "机构概况", "jump_url": "/jggk/index.html", "children": []},
        {"id": 9, "name": "法定主动公开内容", "children": [
            {"id": 21, "name": "规范性文件", "jump_url": ""}, {"id": 22, "name": "行政处罚", "jump_url": ""}]},
        {"id": 3, "name": "工作动态", "jump_url": ""}]
SHELL = ("<html><head><meta charset='utf-8'><title>政府信息公开</title></head><body><div id='app'></div>"
         f"<script>window._CONFIG = {{SID: '{SID}', TREE: {json.dumps(TREE, ensure_ascii=False)}}};</script>"
         "<script src='/gkmlpt/gkml/pc/js/app.js'></script><div class='foot'>网站标识码4403000001</div></body></html>")


def _api(cat: int, name: str, ids: list[int], total: int, page: int, ms: bool = False) -> tuple[int, str, str]:
    day = 1767225600  # 2026-01-01 08:00 in Shanghai
    arts = [{"id": i, "title": f"{name}第{i}号", "url": f"/gkmlpt/content/0/{i}/post_{i}.html",
             "display_publish_time": (day + i * 86400) * (1000 if ms else 1)} for i in ids]
    body = {"classify": {"id": cat, "name": name, "post_count": total}, "articles": arts, "page_size": 3}
    return 200, "application/json;charset=UTF-8", json.dumps(body, ensure_ascii=True)


def _site() -> dict:
    pages: dict = {"/": (200, HTML, "<html><head><title>某区</title></head><body><a href='/gkmlpt/index'>政府信息公开</a></body></html>"),
                   "/gkmlpt/index": (200, HTML, SHELL), "/gkmlpt/gkml/pc/js/app.js": (200, "application/javascript", "0;"),
                   "/jggk/index.html": (200, HTML, "<html><head><title>机构概况</title></head><body><p>本区……</p></body></html>")}
    base = "/gkmlpt/api/all/{}?page={}&sid=" + SID
    pages[base.format(21, 1)] = _api(21, "规范性文件", [5, 4, 3], 5, 1)
    pages[base.format(21, 2)] = _api(21, "规范性文件", [2, 1], 5, 2)
    pages[base.format(22, 1)] = _api(22, "行政处罚", [], 0, 1)
    pages[base.format(3, 1)] = _api(3, "工作动态", [8, 7], 2, 1, ms=True)
    for i in (1, 2, 3, 4, 5, 7, 8):
        pages[f"/gkmlpt/content/0/{i}/post_{i}.html"] = (
            200, HTML, f"<html><head><title>文件{i}</title></head><body><h1>文件{i}</h1><p>发布日期：2026-01-0{i}</p></body></html>")
    return pages


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    return crawl_and_build(_site(), tmp_path_factory.mktemp("datalists"))


def test_catalogue_categories_are_columns_cited_by_their_api_url(built):
    site, base = built
    got = {c.url.removeprefix(base): (c.name, c.state, len(c.items)) for c in site.columns}
    api = "gkmlpt/api/all/{}?page=1&sid=" + SID
    assert got[api.format(21)] == ("规范性文件", "listed", 5)
    assert got[api.format(22)] == ("行政处罚", "empty", 0)
    assert got[api.format(3)][:2] == ("工作动态", "listed")
    (news,) = [c for c in site.columns if c.name == "工作动态"]
    assert sorted(i.date for i in news.items) == ["2026-01-08", "2026-01-09"]  # milliseconds, Asia/Shanghai
    assert not any("api/all/9?" in c.url or "api/all/1?" in c.url for c in site.columns)  # heading, jump_url


def test_documents_listed_only_by_the_api_are_crawled(built):
    site, base = built
    ok = {p.url.removeprefix(base) for p in site.pages if p.outcome == "ok"}
    assert {f"gkmlpt/content/0/{i}/post_{i}.html" for i in (1, 2, 3, 4, 5, 7, 8)} <= ok


def test_data_answers_have_no_template_footer_or_meta_tags(built):
    site, base = built
    assert all("api/all" not in t.evidence.url for t in site.footers)
    assert all(p.charset is None for p in site.pages if "api/all" in p.url)
