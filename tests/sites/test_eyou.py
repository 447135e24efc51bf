"""The "eyou" sample site (a township's portal on 易优 EyouCMS in 精简伪静态 addresses: `/zwdt/`,
`/zwdt/list_3_2/`, `/zwdt/N.html` beside `index.php?m=home&c=View&a=index&aid=N` aliases) is what its answer
key says: deterministic, served as declared, every planted defect present in the served bytes, nothing
outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import eyou
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.probes import shown_date as _date
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_TEXT_ROW = re.compile(r'<li class="media media-lg border-bottom1">(.*?)</li>', re.S)
_TILE_ROW = re.compile(r'<div class="line bg-white list-news">(.*?)</div></div>\s*(?=<div class="line bg-white|\n</div>)', re.S)
_SHOWN = re.compile(r"发布时间：(\d{4})-(\d{2})-(\d{2})")
_TITLE = re.compile(r"<h1>([^<]*)</h1>")
GFX, ZCJD, NDBG = "/gfxwj/", "/zcjd/", "/ndbg/"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return eyou.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _rows(html: str, url: str) -> list[tuple[str, str]]:
    """(article URL, date shown as Y-m-d) of every row of a list page, either layout."""
    out = []
    for row in _TEXT_ROW.findall(html):
        out.append((site_path(url, _HREF.search(row).group(1)), re.search(r"<span>(\d{4}-\d{2}-\d{2})</span>", row).group(1)))
    for row in re.findall(r'<div class="line bg-white list-news">(.*?)fa-long-arrow-right', html, re.S):
        day = re.search(r'Conv_DINCondensedC">(\d{2})</p>', row).group(1)
        month = re.search(r'text-gray">(\d{4}-\d{2})</p>', row).group(1)
        out.append((site_path(url, _HREF.search(row).group(1)), f"{month}-{day}"))
    return out


def _pager_links(html: str, url: str) -> list[str]:
    start = html.find('<ul class="tcdPageCode">')
    if start < 0:
        return []
    return [site_path(url, unescape(h)) for h in _HREF.findall(html[start:html.find("</ul>", start)])]


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
    return _date(_SHOWN, _html(site, url))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf"<th>{label}</th><td>([^<]*)</td>", html)
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
    return html[html.find('<footer'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and "共<strong>0</strong>页 <strong>0</strong>条" in html
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
    again = eyou.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_eyoucms_serves(site: SampleSite, base: str) -> None:
    status, content_type, _ = fetch(base, "/zwdt/")
    assert status == 200 and "utf-8" in content_type
    later = fetch(base, "/zwdt/list_3_3/")[2].decode("utf-8")
    assert '<li><span class="current">3</span></li>' in later and "共<strong>4</strong>页 <strong>34</strong>条" in later
    assert fetch(base, "/zwdt/list_3_9/")[0] == 404
    first = _html(site, "/zwdt/")
    assert '<li><span class="disabled">首页</span></li> <li><span class="disabled">上一页</span></li>' in first


def test_stock_pager_shows_no_page_numbers(site: SampleSite) -> None:
    html = _html(site, "/tzgg/list_4_2/")
    pager = html[html.find('<ul class="tcdPageCode">'):]
    pager = pager[:pager.find("</ul>")]
    assert re.findall(r'class="tcdNumber">([^<]+)<', pager) == ["首页", "上一页", "下一页", "末页"]
    assert len(_all_rows(site, "/tzgg/")) == 18


def test_picture_lists_split_their_dates_and_load_more_by_script(site: SampleSite) -> None:
    html = _html(site, "/djgz/")
    assert '<p class="text-large Conv_DINCondensedC">02</p><p class="Conv_DINCondensedC text-middle text-gray">2026-11</p>' in html
    assert "点击浏览更多" in html and 'href="javascript:void(0);"' in html
    assert len(_rows(html, "/djgz/")) == 10 and not _pager_links(html, "/djgz/")


def test_later_pages_carry_type_and_number(site: SampleSite) -> None:
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert re.fullmatch(r"/\w+/list_\d+_\d+/", url) and _rows(_html(site, url), url), url
    assert len(_all_rows(site, "/zwdt/")) == 34


def test_parent_column_lists_its_children(site: SampleSite) -> None:
    rows = {u for u, _ in _all_rows(site, "/xxgk/")}
    children = set().union(*({u for u, _ in _all_rows(site, c)} for c in (GFX, ZCJD, "/czyjs/", NDBG)))
    assert rows == children


def test_home_links_the_dynamic_aliases(site: SampleSite) -> None:
    home = _html(site, "/")
    aliases = re.findall(r'href="(/index\.php\?m=home&amp;c=View&amp;a=index&amp;aid=\d+)"', home)
    assert len(aliases) == 5
    for alias in aliases:
        aid = alias.rsplit("=", 1)[1]
        assert _html(site, unescape(alias)) == _html(site, f"/tzgg/{aid}.html")
    assert _html(site, "/index.php?m=home&c=Lists&a=index&tid=9") == _html(site, GFX)


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and len(site.traps) >= 20
    for entry in site.key:
        _probe(site, base, entry)


def test_unlinked_interpretation_shows_only_in_the_random_box(site: SampleSite) -> None:
    (entry,) = [e for e in site.key if e.probe == "no-interp-link"]
    html = _html(site, entry.url)
    box = html[html.find("<h2>随便看看</h2>"):]
    assert "政策解读" in box or "图解" in box
    assert "相关解读" not in html


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
    limits = {"/zwdt/": 14, "/tzgg/": 183, "/cjdt/": 365, "/djgz/": 365, "/bmfw/": 365, "/xxgk/": 183, GFX: 183, ZCJD: 183,
              "/czyjs/": 365, NDBG: 365, "/zdly/": 365}
    for url, days in limits.items():
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(_shown(site, u) for u, _ in rows) >= eyou.AS_OF - timedelta(days=days)
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
    first = "/zwdt/"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first),
                 ("no-interp", doc), ("no-interp-link", doc), ("late-interp:15", doc), ("meta-missing:有效性", doc), ("no-table", doc),
                 ("late:2023-01-31", on_time), ("no-report:2023", NDBG), ("footer-lacks:ICP备", first)]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe))
