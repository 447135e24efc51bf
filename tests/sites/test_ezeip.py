"""The "ezeip" sample site (a district portal on 万户网络 ezEIP, UTF-8, static `list_page_N.html` /
`info_itemid_N.html` columns beside a dynamic 信息公开 section whose columns share `/xxgk/list.aspx` and differ
only by `lcid`) is what its answer key says: deterministic, served as declared, every planted defect present
in the served bytes, nothing outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import ezeip
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.probes import meta as _meta, shown_date as _date
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r"""href=["']([^"']+)["']""")
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ARTICLE = re.compile(r"^/[\w/]+/(?:info_itemid_\d+\.html|info(?:_\d+)?\.aspx\?itemid=\d+(?:&lcid=\d+)?)$")
_ROW = re.compile(r"<(li|tr)>(.*?)</\1>", re.S)
_DATE = re.compile(r"(20\d{2})[-/](\d{2})[-/](\d{2})")
_SHOWN = re.compile(r"发布时间：(\d{4})-(\d{2})-(\d{2})")


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return ezeip.build()


def _html(site: SampleSite, url: str) -> str:
    return site.resources[url].body.decode("utf-8")


def _list_area(html: str) -> str:
    start = html.find('<div class="r_con">')
    return html[start:html.find("<!--bottom-->")] if start >= 0 else ""


def _rows(html: str, url: str) -> list[tuple[str, date | None]]:
    """(article URL, date shown or None) of every row of a list page."""
    out = []
    for _, row in _ROW.findall(_list_area(html)):
        links = [u for u in (site_path(url, h) for h in _HREF.findall(row)) if _ARTICLE.match(u)]
        if links:
            m = _DATE.search(re.sub(r'(?:href|title|src|alt)="[^"]*"', "", row))
            out.append((links[0], date(*map(int, m.groups())) if m else None))
    return out


def _pager_links(url: str, html: str) -> list[str]:
    area = re.search(r"<div class=['\"]Pages3?['\"]>(.*?)</div>", html, re.S)
    return [site_path(url, h) for h in _HREF.findall(area.group(1)) if not h.startswith("javascript")] if area else []


def _all_rows(site: SampleSite, url: str) -> list[tuple[str, date | None]]:
    """Rows of every page of the list, following its pager."""
    rows, todo, seen = [], [url], set()
    while todo:
        page = todo.pop(0)
        if page in seen:
            continue
        seen.add(page)
        html = _html(site, page)
        rows += _rows(html, page)
        todo += _pager_links(page, html)
    return list(dict.fromkeys(rows))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<td class="t">{label}：</td><td class="c">([^<]*)</td>', html)
    return m.group(1) or None if m else None


def _is_interp(site: SampleSite, url: str) -> bool:
    res = site.resources.get(url)
    return bool(res and res.is_html and url.endswith("&lcid=32") and _meta("ArticleTitle", _html(site, url)))


def _related(url: str, html: str) -> list[str]:
    """Links of the page's 相关解读 / 相关文件 box (not the 政策解读 sidebar)."""
    box = re.search(r'<div class="xgwz">(.*?)</div>', html, re.S)
    return [site_path(url, h) for h in _HREF.findall(box.group(1))] if box else []


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    out = []
    for url in site.html_urls:
        title = _meta("ArticleTitle", _html(site, url))
        if re.search(r"政府信息公开工作(?:年度)?报告$", title):
            out.append((url, int(re.search(r"(20\d{2})年", title).group(1)), _date(_SHOWN, _html(site, url))))
    return out


def _footer(html: str) -> str:
    return html[html.find("<!--bottom-->"):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and _meta("ColumnName", html) and "情况说明" not in html
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and all(d for _, d in rows) and max(d for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _related(entry.url, html)
        short = re.search(r"《([^》]+)》", _meta("ArticleTitle", html)).group(1)
        assert not [u for u in site.resources if _is_interp(site, u) and short in _html(site, u)]
        assert "<h3>政策解读</h3>" in html  # the sidebar is there, and is not its interpretation
    elif kind == "no-interp-link":
        assert not _related(entry.url, html)
        short = re.search(r"《([^》]+)》", _meta("ArticleTitle", html)).group(1)
        (interp,) = [u for u in site.resources if _is_interp(site, u) and short in _meta("ArticleTitle", _html(site, u))]
        assert not _related(interp, _html(site, interp)) and interp.replace("&", "&amp;") not in html
        assert interp in {u for u, _ in _all_rows(site, "/xxgk/list.aspx?lcid=32")}  # listed, so observable
    elif kind == "late-interp":
        (interp,) = _related(entry.url, html)
        assert (_date(_SHOWN, _html(site, interp)) - _date(_SHOWN, html)).days == int(arg)
    elif kind == "meta-missing":
        assert _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
        assert {u for u, _ in _all_rows(site, entry.url)} == {u for u, _, _ in _reports(site)}
    elif kind == "late":
        assert _date(_SHOWN, html) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        assert arg not in _footer(html) and arg in _footer(fetch_page(base, "/", "utf-8"))
        same = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(same) > 10 and all(arg not in _footer(_html(site, u)) for u in same)
        assert all(arg in _footer(_html(site, u)) for u in site.html_urls if u not in same)
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = ezeip.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_ezeip_serves(base: str) -> None:
    status, content_type, body = fetch(base, "/xwzx/fnyw/list.html")
    assert status == 200 and "utf-8" in content_type
    assert fetch(base, "/xwzx/fnyw/list_page_1.html")[2] == body  # GetHtmlUrl's name of list.aspx?page=1
    assert fetch(base, "/xwzx/fnyw/list_page_9.html")[0] == 404
    assert fetch(base, "/xxgk/list.aspx?lcid=31&page=1")[2] == fetch(base, "/xxgk/list.aspx?lcid=31")[2]
    assert fetch(base, "/hdjl/list_53.aspx?page=1")[2] == fetch(base, "/hdjl/list_53.aspx")[2]
    assert fetch(base, "/index.aspx")[2] == fetch(base, "/")[2] == fetch(base, "/index.html")[2]  # FontIndexRedirect


def test_dynamic_columns_share_one_address(site: SampleSite) -> None:
    """The 信息公开 columns are one folder's list.aspx told apart by lcid; each names itself."""
    lists = [u for u in site.html_urls if re.fullmatch(r"/xxgk/list\.aspx\?lcid=\d+", u)]
    assert len(lists) == 8
    assert len({_meta("ColumnName", _html(site, u)) for u in lists}) == 8


def test_later_pages_are_linked_from_the_pager(site: SampleSite) -> None:
    """Page n ≥ 2 is `list_page_n.html` (static) or `&page=n` (dynamic), linked from page n-1's 下一页."""
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        n = int(re.search(r"(\d+)(?:\.html)?$", url).group(1))
        before = url.replace(f"list_page_{n}.html", "list.html" if n == 2 else f"list_page_{n - 1}.html")
        before = re.sub(r"([?&])page=\d+$", "" if n == 2 else rf"\g<1>page={n - 1}", before)
        assert url in _pager_links(before, _html(site, before)), url
        assert _rows(_html(site, url), url)


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
                    broken.add(parts.path)
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    docs = [u for u in site.html_urls if u.endswith("&lcid=31")]
    assert len(docs) == 9
    for url in docs:
        missing = [f for f in ("索引号", "发布机构", "文　　号", "成文日期", "发布日期", "有效性") if not _field(f, _html(site, url))]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"枫林要闻": 14, "部门动态": 14, "镇街动态": 14, "图片新闻": 14, "通知公告": 183, "规范性文件": 183,
              "政策解读": 183, "人事信息": 365, "规划计划": 365, "政府信息公开年报": 365, "在线访谈": 365}
    seen = set()
    for url in site.html_urls:
        html = _html(site, url)
        name = _meta("ColumnName", html)
        if not re.search(r"/list\.html$|/list\.aspx\?lcid=\d+$|/list_\d+\.aspx$", url) or name not in limits or url in planted:
            continue
        seen.add(name)
        rows = _all_rows(site, url)
        assert rows, url
        newest = max(_date(_SHOWN, _html(site, u)) for u, _ in rows)
        assert newest >= ezeip.AS_OF - timedelta(days=limits[name]), (url, newest)
    assert seen == set(limits) - {"部门动态", "通知公告", "人事信息"}


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {y: when for _, y, when in _reports(site)}
    assert sorted(years) == [2020, 2021, 2022, 2023, 2025]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    assert {u for u, y, when in _reports(site) if when > date(y + 1, 3, 31)} == late


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.url.endswith("&lcid=31"))
    on_time = next(t.url for t in site.traps if "截止日" in t.note)
    compliant = [("status:404", "/xwzx/fnyw/list.html"), ("no-rows", "/xwzx/fnyw/list.html"),
                 ("newest:2026-10-20", "/xwzx/fnyw/list.html"), ("no-interp", doc), ("no-interp-link", doc),
                 ("late-interp:12", doc), ("meta-missing:有效性", doc), ("late:2023-03-31", on_time),
                 ("no-report:2023", "/xxgk/list.aspx?lcid=38"), (f"footer-lacks:{ezeip.ICP}", "/xwzx/fnyw/list.html")]
    for probe, url in compliant:
        entry = Expected("x", url, "compliant", probe=probe, url_pattern=r"^/xwzx/fnyw/info_itemid_\d+\.html$")
        with pytest.raises(AssertionError):
            _probe(site, base, entry)
