"""The "kpy" sample site (a district portal on the `c<id>/common_list.shtml` platform, folder
articles `c<id>/content.shtml` linked relatively, 0-based later pages, a pager written only from a
script's settings, a jump menu, 开普云-hosted search and 找错) is what its answer key says:
deterministic, served as declared, every planted defect present in the served bytes, nothing outside
the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import kpy
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.server import fetch, fetch_page, site_path
from tests.sites.probes import meta as _meta, shown_date as _date

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_PAGE_NAME = re.compile(r'(?:href|value)="(common_list(?:_\d+)?\.shtml)"')
_SCRIPT_PAGER = re.compile(r"pager\(\{ total: (\d+), size: (\d+), current: (\d+)")
_ARTICLE = re.compile(r"^/tangxi/c\d+/c\d+/content\.shtml$")
_ROW = re.compile(r"<(li|tr)>(.*?)</\1>", re.S)
_DATE = re.compile(r"(20\d{2})-(\d{2})-(\d{2})")
_SHOWN = re.compile(r"发布时间：(\d{4})-(\d{2})-(\d{2})")


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return kpy.build()


def _html(site: SampleSite, url: str) -> str:
    return site.resources[url].body.decode("utf-8")


def _list_area(html: str) -> str:
    start = html.find('<div class="column-title">')
    return html[start:html.find('<div class="footer">')] if start >= 0 else ""


def _rows(html: str, url: str) -> list[tuple[str, date | None]]:
    """(article URL, the date the row shows last, i.e. 发布日期, or None) of every row of a list page."""
    out = []
    for _, row in _ROW.findall(_list_area(html)):
        links = [u for u in (site_path(url, h) for h in _HREF.findall(row)) if _ARTICLE.match(u)]
        if links:
            shown = _DATE.findall(re.sub(r'(?:href|title|src|alt)="[^"]*"', "", row))
            out.append((links[0], date(*map(int, shown[-1])) if shown else None))
    return out


def _later_pages(html: str) -> list[str]:
    """Names of the list's other pages: pager links and jump options, or the script pager's settings."""
    names = _PAGE_NAME.findall(_list_area(html))
    m = _SCRIPT_PAGER.search(html)
    if m:
        total, size = int(m.group(1)), int(m.group(2))
        names += [f"common_list_{k - 1}.shtml" for k in range(2, -(-total // size) + 1)]
    return names


def _all_rows(site: SampleSite, url: str) -> list[tuple[str, date | None]]:
    """Rows of every page of the list."""
    rows, todo, seen = [], [url], set()
    while todo:
        page = todo.pop(0)
        if page in seen:
            continue
        seen.add(page)
        html = _html(site, page)
        rows += _rows(html, page)
        todo += [site_path(page, h) for h in _later_pages(html)]
    return list(dict.fromkeys(rows))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<td class="t">{label}：</td><td>([^<]*)</td>', html)
    return m.group(1) or None if m else None


def _is_interp(site: SampleSite, url: str) -> bool:
    res = site.resources.get(url)
    return bool(res and res.is_html and url.startswith("/tangxi/c100202/c") and _meta("ArticleTitle", _html(site, url)))


def _related(url: str, html: str) -> list[str]:
    """Links of the page's 相关解读 / 政策原文 box."""
    box = re.search(r'<div class="(?:xgjd|zcyw)">(.*?)</div>', html, re.S)
    return [site_path(url, h) for h in _HREF.findall(box.group(1))] if box else []


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    out = []
    for url in site.html_urls:
        title = _meta("ArticleTitle", _html(site, url))
        if re.search(r"政府信息公开工作(?:年度)?报告$", title) and not title.startswith("一图读懂"):
            out.append((url, int(re.search(r"(20\d{2})年", title).group(1)), _date(_SHOWN, _html(site, url))))
    return out


def _footer(html: str) -> str:
    return html[html.find('<div class="footer">'):]


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
    elif kind == "no-interp-link":
        assert not _related(entry.url, html)
        short = re.search(r"《([^》]+)》", _meta("ArticleTitle", html)).group(1)
        (interp,) = [u for u in site.resources if _is_interp(site, u) and short in _meta("ArticleTitle", _html(site, u))]
        assert not _related(interp, _html(site, interp)) and interp not in html
        assert interp in {u for u, _ in _all_rows(site, "/tangxi/c100202/common_list.shtml")}  # listed, so observable
    elif kind == "late-interp":
        (interp,) = _related(entry.url, html)
        assert (_date(_SHOWN, _html(site, interp)) - _date(_SHOWN, html)).days == int(arg)
    elif kind == "meta-missing":
        assert _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
        listed = {u for u, _ in _all_rows(site, entry.url)}
        assert {u for u, _, _ in _reports(site)} < listed  # plus the 一图读懂
    elif kind == "late":
        assert _date(_SHOWN, html) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        assert arg not in _footer(html) and arg in _footer(fetch_page(base, "/tangxi/index.shtml", "utf-8"))
        same = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(same) > 10 and all(arg not in _footer(_html(site, u)) for u in same)
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = kpy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_the_platform_serves(base: str) -> None:
    status, content_type, body = fetch(base, "/tangxi/c100101/common_list.shtml")
    assert status == 200 and "utf-8" in content_type
    assert fetch(base, "/tangxi/c100101/common_list_2.shtml")[0] == 200  # page 3: later pages are 0-based
    assert fetch(base, "/tangxi/c100101/common_list_3.shtml")[0] == 404
    assert fetch(base, "/tangxi/")[2] == fetch(base, "/tangxi/index.shtml")[2]
    home = fetch(base, "/")[2].decode()
    assert 'window.location.href="/tangxi/index.shtml"' in home and "<a " not in home  # a script redirect only


def test_articles_are_folders_linked_relatively(site: SampleSite) -> None:
    html = _html(site, "/tangxi/c100101/common_list.shtml")
    first = _HREF.findall(_list_area(html))[0]
    assert re.fullmatch(r"c\d+/content\.shtml", first) and site_path("/tangxi/c100101/common_list.shtml", first) in site.resources


def test_script_pager_names_no_address(site: SampleSite) -> None:
    """The script-settings pager's later pages appear in no href or option of any page."""
    later = [t.url for t in site.traps if t.note == LATER_PAGE and t.url.startswith(("/tangxi/c100102/", "/tangxi/c100105/"))]
    assert later
    linked = {site_path(u, h) for u, r in site.resources.items() if r.is_html
              for h in [*_HREF.findall(r.body.decode()), *re.findall(r'value="([^"]+)"', r.body.decode())]}
    for url in later:
        assert url not in linked and _rows(_html(site, url), url)
    # Declared script-only: those pages and the articles no page but them links.
    outside = {site_path(u, h) for u, r in site.resources.items() if r.is_html and u not in site.script_only
               for h in _HREF.findall(r.body.decode())}
    assert site.script_only == {u for u in site.html_urls if u not in outside}


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
        html = res.body.decode("utf-8")
        for ref in [*_REF.findall(html), *_later_pages(html)]:
            target = urljoin("http://site" + url, unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path)
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    docs = [u for u in site.html_urls if _ARTICLE.match(u) and u.startswith("/tangxi/c100201/")]
    assert len(docs) == 9
    for url in docs:
        missing = [f for f in ("索 引 号", "发 布 机 构", "发文字号", "成文日期", "发布日期", "有 效 性") if not _field(f, _html(site, url))]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"棠溪要闻": 14, "部门动态": 14, "镇街动态": 14, "图片新闻": 14, "通知公告": 183, "规范性文件": 183,
              "政策解读": 183, "人事信息": 365, "规划计划": 365, "政府信息公开年报": 365}
    for url in site.html_urls:
        html = _html(site, url)
        name = _meta("ColumnName", html)
        if not url.endswith("/common_list.shtml") or name not in limits or url in planted:
            continue
        rows = _all_rows(site, url)
        assert rows, url
        newest = max(_date(_SHOWN, _html(site, u)) for u, _ in rows)
        assert newest >= kpy.AS_OF - timedelta(days=limits[name]), (url, newest)


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {y: when for _, y, when in _reports(site)}
    assert sorted(years) == [2020, 2021, 2022, 2023, 2025]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    assert {u for u, y, when in _reports(site) if when > date(y + 1, 3, 31)} == late


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.url.startswith("/tangxi/c100201/c"))
    on_time = next(t.url for t in site.traps if "截止日" in t.note)
    news = "/tangxi/c100101/common_list.shtml"
    compliant = [("status:404", news), ("no-rows", news), ("newest:2026-10-20", news), ("no-interp", doc),
                 ("no-interp-link", doc), ("late-interp:12", doc), ("meta-missing:有 效 性", doc), ("late:2023-03-31", on_time),
                 ("no-report:2023", "/tangxi/c100208/common_list.shtml"), ("footer-lacks:公网安备", news)]
    for probe, url in compliant:
        entry = Expected("x", url, "compliant", probe=probe, url_pattern=r"^/tangxi/c100101/c\d+/content\.shtml$")
        with pytest.raises(AssertionError):
            _probe(site, base, entry)
