"""The "esite" sample site (a district portal on EasySite 网站群, UTF-8, pagers whose anchors have no href
and carry their addresses in `tagname`, articles as folders of their column, rows linking straight to
PDFs, `/eportal/ui?pageId=N` aliases) is what its answer key says: deterministic, served as declared,
every planted defect present in the served bytes, nothing outside the key defective.
(The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import escape, unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import esite
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.server import fetch, fetch_page, site_path
from tests.sites.probes import meta as _meta, shown_date as _date

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""\s(?:href|src)=["']([^"'#][^"']*)["']""")
_TAGNAME = re.compile(r'tagname="([^"\[][^"]*)"')
_ROW_TARGET = re.compile(r"^/cxq/[\w/]+/\d+/index\.html$|^/eportal/ui\?pageId=\d+&articleKey=\d+&columnId=\d+$|^/eportal/fileDir/cxq/resource/cms/article/\d+/\d+/\d+\.pdf$")
_ROW = re.compile(r"<li>(.*?)</li>", re.S)
_DATE = re.compile(r"(20\d{2})-(\d{2})-(\d{2})")
_SHOWN = re.compile(r"发布时间：(\d{4})年(\d{2})月(\d{2})日")


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return esite.build()


def _html(site: SampleSite, url: str) -> str:
    return site.resources[url].body.decode("utf-8")


def _list_area(html: str) -> str:
    start = html.find('<div class="listTitle">')
    return html[start:html.find('<div class="ygcy_foot_top">')] if start >= 0 else ""


def _rows(html: str, url: str) -> list[tuple[str, date | None]]:
    """(row target, date shown or None) of every row of a list page."""
    out = []
    for row in _ROW.findall(_list_area(html)):
        links = [u for u in (site_path(url, h) for h in _HREF.findall(row)) if _ROW_TARGET.match(u)]
        if links:
            m = _DATE.search(re.sub(r'(?:href|title|src|alt)="[^"]*"', "", row))
            out.append((links[0], date(*map(int, m.groups())) if m else None))
    return out


def _all_rows(site: SampleSite, url: str) -> list[tuple[str, date | None]]:
    """Rows of every page of the list, following the pager's tagname addresses."""
    rows, todo, seen = [], [url], set()
    while todo:
        page = todo.pop(0)
        if page in seen:
            continue
        seen.add(page)
        html = _html(site, page)
        rows += _rows(html, page)
        todo += [site_path(page, t) for t in _TAGNAME.findall(html)]
    return list(dict.fromkeys(rows))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<td class="xxgk_th">{label}：</td><td class="xxgk_td">([^<]*)</td>', html)
    return m.group(1) or None if m else None


def _is_interp(site: SampleSite, url: str) -> bool:
    res = site.resources.get(url)
    return bool(res and res.is_html and url.startswith("/cxq/zwgk29/zcjd89/") and _meta("ArticleTitle", _html(site, url)))


def _related(url: str, html: str) -> list[str]:
    """Links of the page's 相关解读 / 相关文件 box."""
    box = re.search(r'<div class="xg(?:jd|wj)">(.*?)</div>', html, re.S)
    return [site_path(url, h) for h in _HREF.findall(box.group(1))] if box else []


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    out = []
    for url in site.html_urls:
        title = _meta("ArticleTitle", _html(site, url))
        if re.search(r"政府信息公开工作(?:年度)?报告$", title):
            out.append((url, int(re.search(r"(20\d{2})年", title).group(1)), _date(_SHOWN, _html(site, url))))
    return out


def _footer(html: str) -> str:
    return html[html.find('<div class="ygcy_foot_top">'):]


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
        assert interp in {u for u, _ in _all_rows(site, "/cxq/zwgk29/zcjd89/index.html")}  # listed, so observable
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
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = esite.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_easysite_serves(base: str) -> None:
    status, content_type, body = fetch(base, "/cxq/xwzx/tzgg/index.html")
    assert status == 200 and "UTF-8" in content_type
    assert fetch(base, "/cxq/xwzx/tzgg/")[2] == body
    assert fetch(base, "/eportal/ui?pageId=600131")[2] == body  # the dynamic front's address of the same column
    assert fetch(base, "/eportal/ui?pageId=999999")[0] == 404


def test_later_pages_are_reached_only_by_tagname(site: SampleSite) -> None:
    later = [t.url for t in site.traps if t.note == LATER_PAGE]
    assert len(later) >= 5 and any(u.startswith("/eportal/ui?") for u in later)
    pages = [_html(site, u) for u in site.html_urls]
    for url in later:
        named = escape(url)
        assert any(f'tagname="{named}"' in html for html in pages) and not any(f'href="{named}"' in html for html in pages)
        assert _rows(_html(site, url), url)
    for html in pages:
        wrap = re.search(r'<div class="easysite-page-wrap">(.*?)</div>', html, re.S)
        assert not wrap or 'href="' not in wrap.group(1)


def test_every_page_carries_the_regeneration_stamp(site: SampleSite) -> None:
    """createDate is the time the whole site was regenerated, the same on every page."""
    assert all(_meta("createDate", _html(site, u)) == esite.REGENERATED for u in site.html_urls)


def test_articles_are_folders_of_their_column(site: SampleSite) -> None:
    docs = [u for u in site.html_urls if _meta("ArticleTitle", _html(site, u))]
    static = [u for u in docs if re.match(r"^/cxq/[\w/]+/\d+/index\.html$", u)]
    dynamic = [u for u in docs if re.match(r"^/eportal/ui\?pageId=\d+&articleKey=\d+&columnId=\d+$", u)]
    assert len(static) > 100 and len(static) + len(dynamic) == len(docs)
    copies = [u for u in dynamic if site.resources[u] in {site.resources[s] for s in static}]  # byte for byte
    assert len(copies) == 4 and all("columnId=600251" in u for u in set(dynamic) - set(copies))


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
        for ref in [*_REF.findall(html), *_TAGNAME.findall(html)]:
            target = urljoin("http://site" + url, unescape(ref))
            if target.startswith("http://site/") and not ref.startswith("javascript:"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path)
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    docs = [u for u in site.html_urls if re.match(r"^/cxq/zwgk29/gfxwj/\d+/index\.html$", u)]
    assert len(docs) == 9
    for url in docs:
        missing = [f for f in ("索引号", "发布机构", "发文字号", "成文日期", "发布日期", "有效性") if not _field(f, _html(site, url))]
        assert bool(missing) == (url in planted), (url, missing)
    later = {u for u, _ in _rows(_html(site, "/cxq/zwgk29/gfxwj/index.html"), "/cxq/zwgk29/gfxwj/index.html")}
    assert len(planted - later) == 2  # two of the three are listed only on page 2


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"澄溪要闻": 14, "部门动态": 14, "镇街动态": 14, "图片新闻": 14, "通知公告": 183, "规范性文件": 183,
              "政策解读": 183, "人事信息": 365, "规划计划": 365, "政府信息公开年报": 365}
    for url in site.html_urls:
        html = _html(site, url)
        name = _meta("ColumnName", html)
        if not url.endswith("/index.html") or name not in limits or url in planted or _meta("ArticleTitle", html):
            continue
        rows = _all_rows(site, url)
        assert rows, url
        dated = [d or _date(_SHOWN, _html(site, u)) for u, d in rows]
        assert max(dated) >= esite.AS_OF - timedelta(days=limits[name]), (url, max(dated))


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {y: when for _, y, when in _reports(site)}
    assert sorted(years) == [2020, 2021, 2022, 2023, 2025]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    assert {u for u, y, when in _reports(site) if when > date(y + 1, 3, 31)} == late


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.url.startswith("/cxq/zwgk29/gfxwj/"))
    on_time = next(t.url for t in site.traps if "截止日" in t.note)
    fresh = "/cxq/xwzx/cxyw/index.html"
    compliant = [("status:404", fresh), ("no-rows", fresh), ("newest:2026-10-20", fresh), ("no-interp", doc),
                 ("no-interp-link", doc), ("late-interp:12", doc), ("meta-missing:有效性", doc),
                 ("late:2023-03-31", on_time), ("no-report:2023", "/cxq/zwgk29/ndbg/index.html"),
                 ("footer-lacks:公网安备", fresh)]
    for probe, url in compliant:
        entry = Expected("x", url, "compliant", probe=probe, url_pattern=r"^/cxq/xwzx/cxyw/\d+/index\.html$")
        with pytest.raises(AssertionError):
            _probe(site, base, entry)
