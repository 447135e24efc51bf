"""The "kesion" sample site (a township portal on 科汛 KesionCMS, UTF-8, served dynamically: `/Item/list.asp?id=N`
columns with `&page=K` later pages named by KesionCMS's pager, `/Item/Show.asp?m=1&d=N` articles, home blocks linking
the columns as `/Item/List.asp?ID=N`, no 2017 meta tags) is what its answer key says: deterministic, served as
declared, every planted defect present in the served bytes, nothing outside the key defective. (The tool's findings
are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import kesion
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ITEM = re.compile(r"^/Item/Show\.asp\?m=1&d=\d+$")
_ROW = re.compile(r"<li[^>]*>(.*?)</li>", re.S)
_DATE = re.compile(r"(20\d{2})-(\d{1,2})-(\d{1,2})")
_SHOWN = re.compile(r"发布时间：(\d{4})-(\d{1,2})-(\d{1,2}) ")


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return kesion.build()


def _html(site: SampleSite, url: str) -> str:
    return site.resources[url].body.decode("utf-8")


def _shown(html: str) -> date:
    return date(*map(int, _SHOWN.search(html).groups()))


def _list_area(html: str) -> str:
    start = html.find("<!--列表开始-->")
    return html[start:html.find("<!--列表结束-->")] if start >= 0 else ""


def _column(html: str) -> str:
    """The column a page belongs to: the last step of its 您现在的位置 trail."""
    m = re.search(r'<div class="location">.*?</div>', html, re.S)
    return re.findall(r">([^<>]+)</a>", m.group(0))[-1] if m else ""


def _title(html: str) -> str:
    m = re.search(r'<div class="article_title">([^<]+)</div>', html)
    return m.group(1) if m else ""


def _rows(html: str, url: str) -> list[tuple[str, date | None]]:
    """(item URL, date shown or None) of every row of a list page."""
    out = []
    for row in _ROW.findall(_list_area(html)):
        links = [u for u in (site_path(url, unescape(h)) for h in _HREF.findall(row)) if _ITEM.match(u)]
        if links:
            m = _DATE.search(re.sub(r'(?:href|title|src|alt)="[^"]*"', "", row))
            out.append((links[0], date(*map(int, m.groups())) if m else None))
    return out


def _all_rows(site: SampleSite, url: str) -> list[tuple[str, date | None]]:
    """Rows of every page of the list, following the pager's links."""
    rows, todo, seen = [], [url], set()
    while todo:
        page = todo.pop(0)
        if page in seen:
            continue
        seen.add(page)
        html = _html(site, page)
        rows += _rows(html, page)
        pager = re.search(r'<div id="fenye" class="fenye">.*?</div>', html, re.S)
        todo += [site_path(page, unescape(h)) for h in _HREF.findall(pager.group(0))] if pager else []
    return list(dict.fromkeys(rows))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf"<li><b>{label}：</b>([^<]*)</li>", html)
    return m.group(1) or None if m else None


def _is_interp(site: SampleSite, url: str) -> bool:
    res = site.resources.get(url)
    return bool(res and res.is_html and _ITEM.match(url) and _column(_html(site, url)) == "政策解读")


def _related(html: str) -> list[str]:
    """Items the page's 相关解读 / 相关文件 box links."""
    box = re.search(r'<div class="xg(?:jd|wj)">(.*?)</div>', html, re.S)
    return [unescape(h) for h in _HREF.findall(box.group(1))] if box else []


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    out = []
    for url in site.html_urls:
        title = _title(_html(site, url))
        if _ITEM.match(url) and re.search(r"政府信息公开工作(?:年度)?报告$", title):
            out.append((url, int(re.search(r"(20\d{2})年", title).group(1)), _shown(_html(site, url))))
    return out


def _footer(html: str) -> str:
    return html[html.find('<div class="foot">'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and _column(html) and "text_content" not in html
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and all(d for _, d in rows) and max(d for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _related(html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        assert not [u for u in site.resources if _is_interp(site, u) and short in _html(site, u)]
    elif kind == "no-interp-link":
        assert not _related(html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        (interp,) = [u for u in site.resources if _is_interp(site, u) and short in _title(_html(site, u))]
        assert not _related(_html(site, interp)) and entry.url not in unescape(_html(site, interp))
        assert interp in {u for u, _ in _all_rows(site, "/Item/list.asp?id=22")}  # listed, so observable
    elif kind == "late-interp":
        (interp,) = _related(html)
        assert (_shown(_html(site, interp)) - _shown(html)).days == int(arg)
    elif kind == "meta-missing":
        spaced = {"有效性": "有 效 性", "文号": "文　　号"}.get(arg, arg)
        assert _field("发布日期", html) and not _field(arg, html) and not _field(spaced, html)
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
        assert {u for u, _ in _all_rows(site, entry.url)} == {u for u, _, _ in _reports(site)}
    elif kind == "late":
        assert _shown(html) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        assert arg not in _footer(html) and arg in _footer(fetch_page(base, "/", "utf-8"))
        same = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(same) > 10 and all(arg not in _footer(_html(site, u)) for u in same)
        assert all(arg in _footer(_html(site, u)) for u in site.html_urls if not re.match(entry.url_pattern, u))
    elif kind == "no-meta-tags":
        pages = [_html(site, u) for u in site.html_urls] + [html]
        assert all(not re.search(r'<meta name="(?:SiteName|SiteIDCode|ColumnName|ArticleTitle|PubDate)"', p) for p in pages)
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = kesion.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_kesion_serves(site: SampleSite, base: str) -> None:
    status, content_type, body = fetch(base, "/Item/list.asp?id=11")
    assert status == 200 and "utf-8" in content_type and b"/ks_inc/common.js" in body
    assert fetch(base, "/Item/list.asp?id=11&page=9")[0] == 404
    assert not any(b'name="ArticleTitle"' in r.body or b'name="ColumnName"' in r.body for r in site.resources.values())


def test_pager_prints_kesions_order_with_relative_links(site: SampleSite) -> None:
    """GetPageList style 1: 下一页 尾页 首页 上一页 (首页 上一页 下一页 尾页 on the last page), dead ones as bare text,
    page 1 at the column's own address, later pages `list.asp?id=N&page=K` linked relatively."""
    first = _html(site, "/Item/list.asp?id=11")
    assert re.search(r'共34篇页次:1/3页,15篇/页&nbsp;&nbsp;<a href="list\.asp\?id=11&amp;page=2">下一页</a> '
                     r'<a href="list\.asp\?id=11&amp;page=3">尾页</a> 首页 上一页</div>', first)
    last = _html(site, "/Item/list.asp?id=11&page=3")
    assert '<a href="list.asp?id=11">首页</a> <a href="list.asp?id=11&amp;page=2">上一页</a> 下一页 尾页</div>' in last
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert _rows(_html(site, url), url)


def test_home_spells_columns_with_capitals(site: SampleSite) -> None:
    home = _html(site, "/")
    capital = re.findall(r'href="(/Item/List\.asp\?ID=\d+)"', home)
    assert len(capital) == 3
    for url in capital:
        assert site.resources[url] == site.resources[url.replace("List.asp?ID=", "list.asp?id=")]


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and len(site.traps) >= 20
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served(site: SampleSite) -> None:
    for trap in site.traps:
        assert site.lookup(*(trap.url.split("?", 1) + [""])[:2]).status == 200, trap.url


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html:
            continue
        for ref in _REF.findall(res.body.decode("utf-8")):
            target = urljoin("http://site" + url, unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    docs = [u for u in site.html_urls if _ITEM.match(u) and _column(_html(site, u)) == "规范性文件"]
    assert len(docs) == 8
    for url in docs:
        html = _html(site, url)
        missing = [f for f in ("索 引 号", "发布机构", "文　　号", "成文日期", "发布日期", "有 效 性") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"政务要闻": 14, "村居动态": 14, "站所动态": 14, "通知公告": 183, "规范性文件": 183,
              "政策解读": 183, "人事信息": 365, "政府信息公开年报": 365}
    for url in site.html_urls:
        html = _html(site, url)
        name = _column(html)
        if not re.match(r"^/Item/list\.asp\?id=\d+$", url) or name not in limits or url in planted:
            continue
        rows = _all_rows(site, url)
        assert rows, url
        newest = max(_shown(_html(site, u)) for u, _ in rows)
        assert newest >= kesion.AS_OF - timedelta(days=limits[name]), (url, newest)


def test_unpadded_bracket_dates_are_the_rows(site: SampleSite) -> None:
    html = _html(site, "/Item/list.asp?id=13")
    assert "&nbsp;(2026-11-6)</li>" in html and "&nbsp;(2026-11-2)</li>" in html  # unpadded, after the link
    rows = _rows(html, "/Item/list.asp?id=13")
    assert rows and all(_shown(_html(site, u)) == d for u, d in rows)


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {y: when for _, y, when in _reports(site)}
    assert sorted(years) == [2020, 2021, 2022, 2023, 2025]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    assert {u for u, y, when in _reports(site) if when > date(y + 1, 1, 31)} == late


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.url.startswith("/Item/Show") and "互相链接" in t.note)
    on_time = next(t.url for t in site.traps if "截止日" in t.note)
    compliant = [("status:404", "/Item/list.asp?id=11"), ("no-rows", "/Item/list.asp?id=11"),
                 ("no-rows", "/Item/list.asp?id=29"), ("newest:2026-10-24", "/Item/list.asp?id=11"), ("no-interp", doc),
                 ("no-interp-link", doc), ("late-interp:11", doc), ("meta-missing:有效性", doc), ("late:2023-01-31", on_time),
                 ("no-report:2023", "/Item/list.asp?id=28"), ("footer-lacks:网站标识码", "/Item/list.asp?id=11")]
    for probe, url in compliant:
        entry = Expected("x", url, "compliant", probe=probe, url_pattern=r"^/Item/list\.asp\?id=1\d$")
        with pytest.raises(AssertionError):
            _probe(site, base, entry)
