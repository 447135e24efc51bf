"""The "jspx" sample site (a 开发区管委会's portal on Jspxcms: static `/gzdt/` first pages, later pages only at the
dynamic `/node/<id>_<n>.jspx`, articles `/gzdt/<id>.html` beside `/info/<id>.jspx`) is what its answer key says:
deterministic, served as declared, every planted defect present in the served bytes, nothing outside the key
defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import jspx
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.probes import shown_date as _date
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_NEWS_ROW = re.compile(r'<div><a href="([^"]+)" class="ff-yh fs18 a c-000" target="_blank">[^<]*</a></div>\n'
                       r'[^\n]*\n\t+<div class="" style="padding:2px;color:#a1a1a1;">(\d{4}-\d{2}-\d{2}) \d{2}:\d{2}:\d{2}</div>')
_GK_ROW = re.compile(r'<span class="spanleft"><a href="([^"]+)" target="_blank">[^<]*</a></span>\n\s*<span class="spanright">(\d{4}-\d{2}-\d{2})</span>')
_SHOWN = re.compile(r'(?:<span class="info-detail">|<p class="infoattr">\n\s*<span>)(\d{4})-(\d{2})-(\d{2})')
_TITLE = re.compile(r'<(?:h1 class="info-title"[^>]*|h2 class="title mt2")>([^<]*)</h')
GFX, ZCJD, NDBG = "/gfxwj/", "/zcjd/", "/ndbg/"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return jspx.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _shown(site: SampleSite, url: str) -> date:
    return _date(_SHOWN, _html(site, url))


def _rows(html: str, url: str) -> list[tuple[str, str]]:
    return [(site_path(url, unescape(h)), d) for h, d in _NEWS_ROW.findall(html) + _GK_ROW.findall(html)]


def _pager(html: str) -> str:
    start = html.find('<div class="pager">')
    return html[start:html.find('<div style="clear:both;"></div>', start)] if start >= 0 else ""


def _pager_links(html: str, url: str) -> list[str]:
    return [site_path(url, unescape(h)) for h in _HREF.findall(_pager(html))]


def _all_rows(site: SampleSite, url: str) -> list[tuple[str, str]]:
    rows, todo, seen = [], [url], set()
    while todo:
        page = todo.pop(0)
        if page in seen:
            continue
        seen.add(page)
        html = _html(site, page)
        rows += _rows(html, page)
        todo += _pager_links(html, page)
    return list(dict.fromkeys(rows))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf"<tr><th>{label}</th><td>([^<]*)</td></tr>", html)
    return m.group(1).strip() or None if m else None


def _title(html: str) -> str:
    return unescape(_TITLE.search(html).group(1).strip())


def _links_after(label: str, url: str, html: str) -> list[str]:
    return [site_path(url, unescape(h)) for h in re.findall(rf'<p>{label}：<a href="([^"]+)"', html)]


def _interps(site: SampleSite) -> list[str]:
    return [u for u, _ in _all_rows(site, ZCJD)]


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    return [(url, int(re.search(r"(20\d{2})年", _title(_html(site, url))).group(1)), _shown(site, url))
            for url, _ in _all_rows(site, NDBG)]


def _footer(html: str) -> str:
    return html[html.find('<div class="host">'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url)
        assert _pager(html) == '<div class="pager">\n<a class="page">首页</a>\n<a class="page-curr">1</a>\n<a class="page" >末页</a>\n'
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and max(date.fromisoformat(d) for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _links_after("相关解读", entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        assert not [u for u in _interps(site) if short in _html(site, u)]
    elif kind == "no-interp-link":
        assert not _links_after("相关解读", entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        (interp,) = [u for u in _interps(site) if short in _title(_html(site, u))]
        assert not _links_after("相关文件", interp, _html(site, interp))
        assert interp not in {site_path(entry.url, unescape(h)) for h in _HREF.findall(html)}
    elif kind == "late-interp":
        (interp,) = _links_after("相关解读", entry.url, html)
        assert (_shown(site, interp) - _shown(site, entry.url)).days == int(arg)
    elif kind == "meta-missing":
        assert _field("索引号", html) and _field("文号", html) and not _field(arg, html)
    elif kind == "no-table":
        assert "<table" not in html and "索引号" not in html and "有效性" not in html
        assert re.search(r"〔20\d{2}〕\d+号", html)  # the number is only in the text
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
    elif kind == "late":
        assert _shown(site, entry.url) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in ["/", *site.html_urls] if not entry.url_pattern or re.match(entry.url_pattern, u)]
        assert len(pages) > 10 or pages == ["/"]
        assert all(arg not in _footer(_html(site, u)) and "ICP备" in _footer(_html(site, u)) for u in pages)
    elif kind == "no-meta-tags":
        assert all('<meta name="SiteName"' not in _html(site, u) and "ArticleTitle" not in _html(site, u)
                   for u in ["/", *site.html_urls])
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = jspx.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_pager_as_jspxcms_page_html_writes_it(site: SampleSite, base: str) -> None:
    status, content_type, _ = fetch(base, "/gzdt/")
    assert status == 200 and "utf-8" in content_type
    first = _pager(_html(site, "/gzdt/"))
    assert first.startswith('<div class="pager">\n<a class="page">首页</a>\n<a class="page-curr">1</a>\n'
                            '<a href="/node/3_2.jspx" class="page">2</a>')
    assert "上一页" not in first and '<a href="/node/3_2.jspx" class="page">下一页</a>' in first
    last = _pager(_html(site, "/node/3_4.jspx"))
    assert '<a href="/gzdt/" class="page">首页</a>' in last and '<a class="page-curr">4</a>\n<a class="page" >末页</a>' in last
    assert "下一页" not in last
    for missing in ("/node/3_5.jspx", "/gzdt/index_2.html", "/node/3_1.jspx"):
        assert fetch(base, missing)[0] == 404


def test_later_pages_are_dynamic_node_addresses(site: SampleSite) -> None:
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert re.fullmatch(r"/node/\d+_\d+\.jspx", url) and _rows(_html(site, url), url), url
    assert len(_all_rows(site, "/gzdt/")) == 46 and len(_all_rows(site, "/tzgg/")) == 23


def test_news_rows_carry_description_and_seconds(site: SampleSite) -> None:
    html = _html(site, "/gzdt/")
    assert len(_NEWS_ROW.findall(html)) == 15 and 'style="line-height:1.8;padding:2px 0;color:#818181;">近日，' in html
    assert "热度排行" in html and html.count('class="left text-center rank-') == 10


def test_cover_page_lists_children_boxes(site: SampleSite) -> None:
    html = _html(site, "/xxgk/")
    assert html.count('<div class="box1">') == 5 and '<div class="pager">' not in html
    for child in (GFX, ZCJD, "/czxx/", NDBG, "/zdly/"):
        assert f'<a class="b c-node fs14 a-hover" href="{child}">' in html


def test_news_article_has_dated_neighbours_and_fulltext_box(site: SampleSite) -> None:
    url = next(t.url for t in site.traps if "相关新闻" in t.note)
    html = _html(site, url)
    assert html.count('<span class="fs12 c-999 ml5">') == 6  # 上一条 (下一条 "没有了" on the newest) + five related
    assert '<span class="b c-000">下一条：</span> <span>没有了</span>' in html
    assert '$("#info_views").load("/info_views/' in html and "<h1 class=\"info-title\"" in html


def test_dynamic_alias_serves_the_same_document(site: SampleSite) -> None:
    (alias,) = [t.url for t in site.traps if t.url.startswith("/info/")]
    nid = re.search(r"\d+", alias).group(0)
    assert _html(site, alias) == _html(site, f"/gfxwj/{nid}.html")


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and len(site.traps) >= 12
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served(site: SampleSite) -> None:
    for trap in site.traps:
        assert site.lookup(*(trap.url.split("?", 1) + [""])[:2]).status == 200, trap.url


def test_every_page_is_linked(site: SampleSite) -> None:
    linked = {site_path(url, unescape(h)) for url in ["/", *site.html_urls] for h in _HREF.findall(_html(site, url))}
    assert set(site.html_urls) - linked == set()


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html:
            continue
        for ref in _REF.findall(re.sub(r"<script[^>]*>.*?</script>", "", res.body.decode("utf-8"), flags=re.S)):
            if ref.startswith(("javascript:", "tel:", "mailto:")):
                continue
            target = urljoin("http://site" + url, unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    for url, _ in _all_rows(site, GFX):
        html = _html(site, url)
        missing = [f for f in ("索引号", "发布机构", "文号", "成文日期", "发布日期", "有效性") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"/gzdt/": 14, "/tzgg/": 183, "/zsyz/": 365, "/qyfw/": 365, GFX: 183, ZCJD: 183,
              "/czxx/": 365, NDBG: 365, "/zdly/": 365}
    for url, days in limits.items():
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(_shown(site, u) for u, _ in rows) >= jspx.AS_OF - timedelta(days=days)
        assert fresh != (url in planted), url


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {y: when for _, y, when in _reports(site)}
    assert sorted(years) == [2021, 2022, 2023, 2025]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    assert {u for u, y, when in _reports(site) if when > date(y + 1, 1, 31)} == late


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.note.startswith("文件与解读"))
    on_time = next(t.url for t in site.traps if "当天发布" in t.note)
    first = "/gzdt/"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first),
                 ("no-interp", doc), ("no-interp-link", doc), ("late-interp:16", doc), ("meta-missing:有效性", doc), ("no-table", doc),
                 ("late:2023-01-31", on_time), ("no-report:2023", NDBG), ("footer-lacks:ICP备", first)]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe))
