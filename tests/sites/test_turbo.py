"""The "turbo" sample site (a district portal on TurboCMS, UTF-8: static `/publish/portal0/tab<T>/` columns with
`module<M>/page<N>.htm` later pages and `info<N>.htm` articles, a 政务公开 section paged at
`/tabid/<T>/<M>pageidx/<N>/Default.aspx`, home blocks whose 更多 links are `MoreModuleID` pages, and `?itemid=N`
article aliases at a column's address) is what its answer key says: deterministic, served as declared, every
planted defect present in the served bytes, nothing outside the key defective. (The tool's findings are not
asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import turbo
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.probes import meta, shown_date as _date
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r"<(li|tr)(?: class=\"liebiaoys24\")?>(.*?)</\1>", re.S)
_DATE = re.compile(r"(20\d{2})-(\d{2})-(\d{2})")
_SHOWN = re.compile(r"发布时间：(\d{4})-(\d{2})-(\d{2})")
_TITLE = re.compile(r"<!--TitleStart-->([^<]*)<!--TitleEnd-->")
P = "/publish/portal0"
GFX, ZCJD, NDBG = f"{P}/tab4201/", f"{P}/tab4202/", f"{P}/tab4208/"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return turbo.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _is_article(site: SampleSite, url: str) -> bool:
    path, _, query = url.partition("?")
    res = site.lookup(path, query)
    return res.status == 200 and res.is_html and "<!--ContentStart-->" in res.body.decode("utf-8") and "<!--TitleStart-->" in res.body.decode("utf-8")


def _list_area(html: str) -> str:
    start = html.find('<div class="lmtitle">')
    if start < 0:
        return ""
    end = html.find('<div class="fenyeys">', start)
    return html[start:end if end > 0 else html.find('<div class="bottom">')]


def _rows(site: SampleSite, html: str, url: str) -> list[tuple[str, date | None]]:
    """(article URL, date shown or None) of every row of a list page."""
    out = []
    area = _list_area(html)
    for m in re.finditer(r'<a href="([^"]+)"[^>]*title="[^"]*"[^>]*>[^<]+</a>', area):
        link = site_path(url, m.group(1))
        if not _is_article(site, link):
            continue
        tail = re.sub(r'(?:href|title|src|alt|id)="[^"]*"', "", area[m.end():m.end() + 200])
        d = _DATE.search(tail.split("</tr>")[0].split("</li>")[0])
        out.append((link, date(*map(int, d.groups())) if d else None))
    return out


def _pager_links(html: str, url: str) -> list[str]:
    start = html.find('<div class="fenyeys">')
    if start < 0:
        return []
    return [site_path(url, h) for h in _HREF.findall(html[start:html.find("</table>", start)])]


def _all_rows(site: SampleSite, url: str) -> list[tuple[str, date | None]]:
    """Rows of every page of the list the pager's links reach."""
    rows, todo, seen = [], [url], set()
    while todo:
        page = todo.pop(0)
        if page in seen:
            continue
        seen.add(page)
        html = _html(site, page)
        rows += _rows(site, html, page)
        todo += _pager_links(html, page)
    return list(dict.fromkeys(rows))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<td class="bt">{label}：</td><td class="nr">([^<]*)</td>', html)
    return m.group(1) or None if m else None


def _title(html: str) -> str:
    return unescape(_TITLE.search(html).group(1).strip())


def _is_interp(site: SampleSite, url: str) -> bool:
    return url in {u for u, _ in _all_rows(site, ZCJD)}


def _related(url: str, html: str) -> list[str]:
    box = re.search(r'<div class="xglj">(.*?)</div>\n', html, re.S)
    return [site_path(url, h) for h in _HREF.findall(box.group(1))] if box else []


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    out = []
    for url in site.html_urls:
        if not re.match(turbo.GK_ARTICLE, url):
            continue
        title = _title(_html(site, url))
        if re.search(r"政府信息公开工作(?:年度)?报告$", title):
            out.append((url, int(re.search(r"(20\d{2})年", title).group(1)), _date(_SHOWN, _html(site, url))))
    return out


def _footer(html: str) -> str:
    return html[html.find('<div class="bottom">'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and '<div class="lmtitle">' in html
        assert "情况说明" not in html
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and all(d for _, d in rows) and max(d for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _related(entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        assert not [u for u in site.html_urls if _is_interp(site, u) and short in _html(site, u)]
    elif kind == "no-interp-link":
        assert not _related(entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        (interp,) = [u for u in site.html_urls if _is_interp(site, u) and short in _title(_html(site, u))]
        assert not _related(interp, _html(site, interp)) and interp not in html
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
        assert arg not in _footer(html) and arg in _footer(fetch_page(base, turbo.HOME, "utf-8"))
        same = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(same) > 10 and all(arg not in _footer(_html(site, u)) for u in same)
    elif kind == "pubdate-format":
        same = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(same) > 10 and entry.url in same
        assert all(re.fullmatch(r"\d{4}/\d{2}/\d{2} \d{2}:\d{2}", meta("PubDate", _html(site, u))) for u in same)
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = turbo.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_turbocms_serves(site: SampleSite, base: str) -> None:
    status, content_type, body = fetch(base, f"{P}/tab4101/")
    assert status == 200 and "utf-8" in content_type
    assert fetch(base, f"{P}/tab4101/module10411/page1.htm")[2] == body  # the pager's 首页
    assert fetch(base, "/tabid/40/MoreModuleID/10411/MoreTabID/4101/Default.aspx")[2] == body  # the home block's 更多
    later = fetch(base, f"{P}/tab4101/module10411/page3.htm")
    assert later[0] == 200 and "当前页：3/3" in later[2].decode("utf-8")
    assert fetch(base, "/tabid/4201/10611pageidx/2/Default.aspx")[0] == 200  # 政务公开 later pages are dynamic
    assert fetch(base, f"{P}/tab4201/module10611/page2.htm")[0] == 404
    home = fetch_page(base, turbo.HOME, "utf-8")
    assert 'id="_jiucuo_"' in home and site.lookup("/", "").location == turbo.HOME


def test_dynamic_addresses_serve_the_same_column_or_article(site: SampleSite) -> None:
    assert _html(site, "/tabid/4203/Default.aspx") == _html(site, f"{P}/tab4203/")
    assert 'href="/tabid/4203/Default.aspx"' in _html(site, f"{P}/tab4200/")
    (info,) = [t.url for t in site.traps if "infoid=" in t.url]
    n = re.search(r"infoid=(\d+)", info).group(1)
    assert _html(site, info) == _html(site, f"{P}/tab4201/info{n}.htm")
    assert any(info == u for url in site.html_urls if url.startswith(f"{P}/tab4202/info") for u in _related(url, _html(site, url)))


def test_pager_is_aspnetpager_with_count_in_first_cell(site: SampleSite) -> None:
    """The customs spider reads td[1]'s third text node and splits it on '/': it holds the page count."""
    html = _html(site, f"{P}/tab4101/")
    cell = re.search(r'_ListC_Info_AspNetPager"><table[^>]*><tr><td[^>]*>(.*?)</td>', html).group(1)
    texts = [t for t in re.split(r"<[^>]+>", cell) if t]
    assert texts[2].split("/")[1] == "3"
    assert 'id="ess_ctr10411_ListC_Info_LstC_Info"' in html


def test_itemid_aliases_render_the_article(site: SampleSite) -> None:
    home = _html(site, turbo.HOME)
    items = re.findall(r'href="(/publish/portal0/tab4105/\?itemid=(\d+))"', home)
    assert len(items) == 6
    for url, n in items:
        assert _html(site, unescape(url)) == _html(site, f"{P}/tab4105/info{n}.htm")


def test_later_pages_are_module_pages(site: SampleSite) -> None:
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert ("/module" in url or "pageidx" in url) and _rows(site, _html(site, url), url), url
    assert len(_all_rows(site, f"{P}/tab4101/")) == 38
    assert len(_all_rows(site, f"{P}/tab4105/")) == 20


def test_disclosure_lists_are_tables_with_doc_numbers(site: SampleSite) -> None:
    html = _html(site, GFX)
    assert "<td>文号</td>" in html and "<td>鹭政规〔2026〕11号</td>" in html
    assert len(_all_rows(site, GFX)) == 9


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and len(site.traps) >= 30
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served(site: SampleSite) -> None:
    for trap in site.traps:
        assert site.lookup(*(trap.url.split("?", 1) + [""])[:2]).status == 200, trap.url


def test_every_page_is_linked(site: SampleSite) -> None:
    linked = {site_path(url, h) for url in [turbo.HOME, *site.html_urls] for h in _HREF.findall(_html(site, url))}
    assert set(site.html_urls) - linked == set()


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html:
            continue
        for ref in _REF.findall(res.body.decode("utf-8")):
            if ref.startswith("javascript:"):
                continue
            target = urljoin("http://site" + url, unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path)
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    docs = [u for u, _ in _all_rows(site, GFX)]
    for url in docs:
        missing = [f for f in ("索取号", "发布机构", "发文字号", "成文日期", "发布日期", "有效性") if not _field(f, _html(site, url))]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {f"{P}/tab4101/": 14, f"{P}/tab4102/": 14, f"{P}/tab4103/": 14, f"{P}/tab4104/": 14, f"{P}/tab4105/": 183,
              GFX: 183, ZCJD: 183, f"{P}/tab4203/": 365, f"{P}/tab4204/": 365, NDBG: 365}
    for url, days in limits.items():
        if url in planted:
            continue
        rows = _all_rows(site, url)
        assert rows, url
        newest = max(_date(_SHOWN, _html(site, u)) for u, _ in rows)
        assert newest >= turbo.AS_OF - timedelta(days=days), (url, newest)


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {y: when for _, y, when in _reports(site)}
    assert sorted(years) == [2020, 2021, 2022, 2023, 2025]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    assert {u for u, y, when in _reports(site) if when > date(y + 1, 3, 31)} == late


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.note.startswith("文件与解读"))
    on_time = next(t.url for t in site.traps if "截止日" in t.note)
    first = f"{P}/tab4101/"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-22", first),
                 ("no-interp", doc), ("no-interp-link", doc), ("late-interp:13", doc), ("meta-missing:有效性", doc),
                 ("late:2023-03-31", on_time), ("no-report:2023", NDBG), ("footer-lacks:网站标识码", first),
                 ("pubdate-format", doc)]
    for probe, url in compliant:
        pattern = turbo.GK_ARTICLE if probe == "pubdate-format" else r"^/publish/portal0/tab4101/info\d+\.htm$"
        entry = Expected("x", url, "compliant", probe=probe, url_pattern=pattern)
        with pytest.raises(AssertionError):
            _probe(site, base, entry)
