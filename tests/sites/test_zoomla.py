"""The "zoomla" sample site (a 县住房和城乡建设局's portal on Zoomla!逐浪CMS's V4 templates: column homes
`/Class_<id>/Default.aspx`, lists `/Class_<id>/NodePage.aspx` paged as `NodePage_<n>.aspx` under the `div#pageDiv` pager
of « first and » last, articles `/Item/<id>.aspx` dated `发表于：`, rows `li.list-group-item` with `span.pull-right` dates)
is what its answer key says: deterministic, served as declared, every planted defect present in the served bytes, nothing
outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import zoomla
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.probes import shown_date
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
# a list row (输出指定节点标题列表_带时间属性_响应式分页v3): the link, then the date in span.pull-right
_ROW = re.compile(r'<li class="list-group-item"><a href="([^"]+)" title="[^"]*" target="_blank" style="">[^<]*</a>'
                  r'<span class="pull-right">(\d{4}-\d{2}-\d{2})</span></li>')
_SHOWN = re.compile(r'<span id="CreateTime">发表于：(\d{4})-(\d{2})-(\d{2})</span>')
_TITLE = re.compile(r'<div class="myContent_l">\n<h1>([^<]*)</h1>')
GFX, ZCJD, NDBG = "/Class_11/NodePage.aspx", "/Class_12/NodePage.aspx", "/Class_14/NodePage.aspx"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return zoomla.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _shown(site: SampleSite, url: str) -> date:
    return shown_date(_SHOWN, _html(site, url))


def _pager(html: str) -> str:
    start = html.find('<div class="center-block text-center" id="pageDiv"')
    return html[start:html.find("</div>", start)] if start >= 0 else ""


def _all_rows(site: SampleSite, url: str) -> list[tuple[str, str]]:
    rows, todo, seen = [], [url], set()
    while todo:
        page = todo.pop(0)
        if page in seen:
            continue
        seen.add(page)
        html = _html(site, page)
        rows += [(site_path(page, unescape(h)), d) for h, d in _ROW.findall(html)]
        todo += [site_path(page, unescape(h)) for h in _HREF.findall(_pager(html))]
    return list(dict.fromkeys(rows))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<td class="xxgk_l">{label}：</td><td>([^<]*)</td>', html)
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
    return html[html.find('<div class="home_footer">'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and 'class="list-group-item' not in html
        assert 'totalPage="0"' in html and '<ul class="list-group">\n\n</ul>' in html
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
        assert all(arg not in _footer(_html(site, u)) and "ICP备" in _footer(_html(site, u)) and "公网安备" not in _footer(_html(site, u))
                   for u in pages)
    elif kind == "no-meta-tags":
        assert all('<meta name="SiteName"' not in _html(site, u) and "ArticleTitle" not in _html(site, u)
                   for u in ["/", *site.html_urls])
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = zoomla.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_pager_links_first_and_last(site: SampleSite, base: str) -> None:
    status, content_type, _ = fetch(base, "/Class_2/NodePage.aspx")
    assert status == 200 and "utf-8" in content_type
    first = _pager(_html(site, "/Class_2/NodePage.aspx"))
    assert 'totalPage="2"' in first and '<li><a href="/Class_2/NodePage_1.aspx">&laquo;</a></li>' in first
    assert '<li class="active"><a href="/Class_2/NodePage_1.aspx">1</a></li>' in first
    assert '<li><a href="/Class_2/NodePage_2.aspx">&raquo;</a></li>' in first
    assert _html(site, "/Class_2/NodePage_1.aspx") == _html(site, "/Class_2/NodePage.aspx")
    assert fetch(base, "/UploadFiles/Article/2026/01/none.jpg")[0] == 404


def test_later_pages(site: SampleSite) -> None:
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert re.fullmatch(r"/Class_\d+/NodePage_\d+\.aspx", url) and _ROW.findall(_html(site, url)), url
    assert len(_all_rows(site, "/Class_2/NodePage.aspx")) == 24 and len(_all_rows(site, "/Class_3/NodePage.aspx")) == 23


def test_articles_carry_the_zoomla_marks(site: SampleSite) -> None:
    url = next(t.url for t in site.traps if "发表于" in t.note)
    art = _html(site, url)
    assert _shown(site, url) == date(2026, 11, 18)
    assert '<span id="Hits">浏览数：<SCRIPT language=javascript src="/Common/GetHits.aspx?id=' in art
    assert '<span id="asc">上一篇文章：' in art and '<li class="breadcrumb-item active">正文 </li>' in art
    assert "<h2>热门文章</h2>" in art and re.search(r'</a><span class="pull-right">\d+</span></li>', art)
    home = _html(site, "/")
    assert '<li class="list-item">\n<a href="/Item/' in home and '<span class="pull-right">\n2026-11-18</span>' in home
    assert "网站标识码" in _footer(home) and "公网安备" in _footer(home)


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and len(site.traps) >= 10
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
        if not res.is_html or res.status != 200:
            continue
        for ref in _REF.findall(res.body.decode("utf-8")):
            if ref.startswith(("javascript:", "tel:", "mailto:")):
                continue
            target = urljoin("http://site" + url.split("?")[0], unescape(ref))
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
    limits = {"/Class_2/NodePage.aspx": 14, "/Class_3/NodePage.aspx": 183, "/Class_4/NodePage.aspx": 365,
              "/Class_5/NodePage.aspx": 365, GFX: 183, ZCJD: 183, "/Class_13/NodePage.aspx": 365, NDBG: 365,
              "/Class_15/NodePage.aspx": 365}
    for url, days in limits.items():
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(_shown(site, u) for u, _ in rows) >= zoomla.AS_OF - timedelta(days=days)
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
    first = "/Class_2/NodePage.aspx"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first),
                 ("no-interp", doc), ("no-interp-link", doc), ("late-interp:16", doc), ("meta-missing:有效性", doc), ("no-table", doc),
                 ("late:2023-01-31", on_time), ("no-report:2023", NDBG), ("footer-lacks:ICP备", first)]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe))
