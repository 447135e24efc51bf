"""The "xunrui" sample site (a township's portal on FineCMS / 迅睿 XunRuiCMS: 万载's `news-list-{dir}-{n}.html`
news module beside a stock XunRuiCMS `/xxgk/list/<id>/<n>.html` 信息公开 module) is what its answer key says:
deterministic, served as declared, every planted defect present in the served bytes, nothing outside the
key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import xunrui
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_NEWS_ROW = re.compile(r'<div><a href="([^"]+)" target="_blank" alt="[^"]*">[^<]*</a><p>([\d-]+)</p></div>')
_XXGK_ROW = re.compile(r'<h4 class="search-title">\n<a title="[^"]*" href="([^"]+)">.*?<a href="javascript:;">([\d-]+) [\d:]+</a>', re.S)
_SHOWN = re.compile(r'(?:发布时间：|<i class="fa fa-calendar font-blue"></i>\n<a href="javascript:;">)(\d{4})-(\d{2})-(\d{2})')
_TITLE = re.compile(r'<(?:h1 class="show_title"|span class="caption-subject font-dark  ")>([^<]*)</')
GFX, ZCJD, NDBG = "/xxgk/list/21.html", "/xxgk/list/22.html", "/xxgk/list/24.html"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return xunrui.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _rows(html: str, url: str) -> list[tuple[str, str]]:
    """(article URL, date shown) of every row of a list page of either module."""
    found = _NEWS_ROW.findall(html) + _XXGK_ROW.findall(html)
    return [(site_path(url, h), d) for h, d in found]


def _pager_links(html: str, url: str) -> list[str]:
    for start, end in (('<div id="right_tz">', '</select>'), ('<ul class="pagination">', "</ul>")):
        at = html.find(start)
        if at >= 0:
            return [site_path(url, h) for h in _HREF.findall(html[at:html.find(end, at)]) if not h.startswith("javascript")]
    return []


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


def _shown(site: SampleSite, url: str) -> date:
    y, m, d = _SHOWN.search(_html(site, url)).groups()
    return date(int(y), int(m), int(d))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf"<th>{label}</th><td>([^<]*)</td>", html)
    return m.group(1).strip() or None if m else None


def _title(html: str) -> str:
    return unescape(_TITLE.search(html).group(1).strip())


def _links_after(label: str, url: str, html: str) -> list[str]:
    return [site_path(url, h) for h in re.findall(rf'<p>{label}：<a href="([^"]+)"', html)]


def _interps(site: SampleSite) -> list[str]:
    return [u for u, _ in _all_rows(site, ZCJD)]


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    return [(u, int(re.search(r"(20\d{2})年", _title(_html(site, u))).group(1)), _shown(site, u)) for u, _ in _all_rows(site, NDBG)]


def _footer(html: str) -> str:
    return html[html.find('<div id="bottom">'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and ("共0条记录" in html or "<!--分页显示列表数据-->\n</ul>" in html)
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
        assert all(arg not in _footer(_html(site, u)) and "ICP备" in _footer(_html(site, u)) for u in pages)
    elif kind == "no-meta-tags":
        assert all('<meta name="SiteName"' not in _html(site, u) and "ArticleTitle" not in _html(site, u)
                   for u in ["/", *site.html_urls])
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = xunrui.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_news_module_is_served_as_finecms_serves(site: SampleSite, base: str) -> None:
    status, content_type, body = fetch(base, "/news-list-liyuanyaowen.html")
    html = body.decode("utf-8")
    assert status == 200 and "utf-8" in content_type
    assert "共40条记录 1/4页" in html and 'href="/news-list-liyuanyaowen-1.html">首页</a>' in html
    assert 'href="javascript:volid(0);">上一页</a>' in html and html.count("<option value=") == 4
    assert fetch(base, "/news-list-liyuanyaowen-1.html")[2] == body  # page 1's numbered twin
    last = fetch_page(base, "/news-list-liyuanyaowen-4.html", "utf-8")
    assert "4/4页" in last and 'href="javascript:volid(0);">下一页</a>' in last
    assert fetch(base, "/news-list-liyuanyaowen-5.html")[0] == 404


def test_xxgk_module_is_served_as_xunruicms_serves(site: SampleSite) -> None:
    first = _html(site, GFX)
    assert '<ul class="pagination"><li>共7条</li><li class="active"><a>1</a></li><li><a href="/xxgk/list/21/2.html">2</a></li>' in first
    second = _html(site, "/xxgk/list/21/2.html")
    assert "<title>第2页_规范性文件_栗源镇人民政府</title>" in second and '<a href="/xxgk/list/21.html">上一页</a>' in second
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for _, d in _rows(first, GFX))
    assert "阅读排行榜" in first and 'class="badge fc-icon-left"' in first
    empty = _html(site, "/xxgk/list/25.html")
    assert 'search-item' not in empty and '<ul class="pagination">' not in empty and "暂无" not in empty


def test_later_pages_are_numbered_twins_of_one_list(site: SampleSite) -> None:
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert re.fullmatch(r"/news-list-\w+-\d+\.html|/xxgk/list/\d+/\d+\.html", url) and _rows(_html(site, url), url), url
    assert len(_all_rows(site, "/news-list-liyuanyaowen.html")) == 40


def test_home_ticker_links_the_dynamic_aliases(site: SampleSite) -> None:
    home = _html(site, "/")
    aliases = re.findall(r'href="(/index\.php\?c=show&amp;id=(\d+))"', home)
    assert len(aliases) == 5
    for alias, n in aliases:
        assert _html(site, unescape(alias)) == _html(site, f"/news-show-{n}.html")


def test_footer_shows_no_site_code(site: SampleSite) -> None:
    footer = _footer(_html(site, "/"))
    assert f"sitecode='{xunrui.SITECODE}'" in footer and "网站标识码" not in footer and "_ideConac" in footer


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and len(site.traps) >= 20
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
        for ref in _REF.findall(res.body.decode("utf-8")):
            if ref.startswith(("javascript:", "//")) or ref == "\\":  # `\` is the home page to a browser
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
    limits = {"/news-list-liyuanyaowen.html": 14, "/news-list-tongzhigonggao.html": 183, "/news-list-cunwugongkai.html": 365,
              "/news-list-xiangcunzhenxing.html": 183, "/news-list-bianminfuwu.html": 365, GFX: 183, ZCJD: 183,
              "/xxgk/list/26.html": 183, "/xxgk/list/23.html": 365, NDBG: 365, "/xxgk/list/25.html": 365}
    for url, days in limits.items():
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(_shown(site, u) for u, _ in rows) >= xunrui.AS_OF - timedelta(days=days)
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
    first = "/news-list-liyuanyaowen.html"
    compliant = [("status:404", first), ("no-rows", first), ("no-rows", GFX), ("newest:2026-10-20", first),
                 ("no-interp", doc), ("no-interp-link", doc), ("late-interp:15", doc), ("meta-missing:有效性", doc), ("no-table", doc),
                 ("late:2023-01-31", on_time), ("no-report:2023", NDBG), ("footer-lacks:ICP备", first)]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe))
