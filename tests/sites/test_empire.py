"""The "empire" sample site (a county portal on 帝国 EmpireCMS, UTF-8, `index_n.html` pagers whose only
total is the bold record count under "Total record", a dynamic-only class at
`/e/action/ListInfo/?classid=N`, dynamic ShowInfo.php aliases) is what its answer key says:
deterministic, served as declared, every planted defect present in the served bytes, nothing outside
the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import empire
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.scoring import same_url
from tests.sites.server import fetch, fetch_page, site_path
from tests.sites.probes import meta as _meta, shown_date as _date

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?<![\w.])(?:href|src)=["']?([^"'#\s>][^"'\s>]*)""")
_ARTICLE = re.compile(r"^/\w+/\w+/\d{4}-\d{2}-\d{2}/\d+\.html$|^/e/action/ShowInfo\.php\?classid=\d+&id=\d+$")
_ROW = re.compile(r"<(li|tr)>(.*?)</\1>", re.S)
_DATE = re.compile(r"(20\d{2})-(\d{2})-(\d{2})")
_SHOWN = re.compile(r"时间：(\d{4})-(\d{2})-(\d{2})")
_PAGER_REF = re.compile(r"""(?:href|value)=["']([^"']+)["']""")
_TOTAL = re.compile(r'<a title="Total record">&nbsp;<b>(\d+)</b> </a>')


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return empire.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    res = site.lookup(path, query)
    assert res.status == 200, url
    return res.body.decode("utf-8")


def _list_area(html: str) -> str:
    start = html.find('<div class="list_box">')
    return html[start:html.find('class="copyright"')] if start >= 0 else ""


def _rows(html: str, url: str) -> list[str]:
    """Article URLs of the rows of a list page."""
    out = []
    for _, row in _ROW.findall(_list_area(html)):
        links = [u for u in (site_path(url, h) for h in _HREF.findall(row)) if _ARTICLE.match(u)]
        if links:
            out.append(links[0])
    return out


def _all_rows(site: SampleSite, url: str) -> list[str]:
    """Rows of every page of the list, following the pager's links."""
    rows, todo, seen = [], [url], set()
    while todo:
        page = todo.pop(0)
        if page in seen:
            continue
        seen.add(page)
        html = _html(site, page)
        rows += _rows(html, page)
        pager = re.search(r'<div class="(?:pagelist|listpage)">(.*?)</div>', html, re.S)
        todo += [site_path(page, h) for h in _PAGER_REF.findall(pager.group(1))] if pager else []
    return list(dict.fromkeys(rows))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<td class="tit">{label}：</td><td>([^<]*)</td>', html)
    return m.group(1) or None if m else None


def _is_interp(site: SampleSite, url: str) -> bool:
    res = site.resources.get(url)
    return bool(res and res.is_html and url.startswith("/xxgk/zcjd/") and _meta("ArticleTitle", _html(site, url)))


def _related(url: str, html: str) -> list[str]:
    box = re.search(r'<div class="xgxx">(.*?)</div>', html, re.S)
    return [site_path(url, h) for h in _HREF.findall(box.group(1))] if box else []


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    out = []
    for url in site.html_urls:
        title = _meta("ArticleTitle", _html(site, url))
        if re.search(r"政府信息公开工作(?:年度)?报告$", title):
            out.append((url, int(re.search(r"(20\d{2})年", title).group(1)), _date(_SHOWN, _html(site, url))))
    return out


def _footer(html: str) -> str:
    return html[html.find('class="copyright"'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and _meta("ColumnName", html) and "情况说明" not in html
        assert not _TOTAL.search(html) and "页次" not in html  # EmpireCMS writes no pager for an empty list
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and max(_date(_SHOWN, _html(site, u)) for u in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _related(entry.url, html)
        short = re.search(r"《([^》]+)》", _meta("ArticleTitle", html)).group(1)
        assert not [u for u in site.resources if _is_interp(site, u) and short in _html(site, u)]
    elif kind == "no-interp-link":
        assert not _related(entry.url, html)
        short = re.search(r"《([^》]+)》", _meta("ArticleTitle", html)).group(1)
        (interp,) = [u for u in site.resources if _is_interp(site, u) and short in _meta("ArticleTitle", _html(site, u))]
        assert not _related(interp, _html(site, interp)) and interp not in html
        assert interp in _all_rows(site, "/xxgk/zcjd/")  # listed, so observable
    elif kind == "late-interp":
        (interp,) = _related(entry.url, html)
        assert (_date(_SHOWN, _html(site, interp)) - _date(_SHOWN, html)).days == int(arg)
    elif kind == "meta-missing":
        assert _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
        assert set(_all_rows(site, entry.url)) == {u for u, _, _ in _reports(site)}
    elif kind == "late":
        assert _date(_SHOWN, html) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        assert arg not in _footer(html) and arg in _footer(fetch_page(base, "/", "utf-8"))
        same = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(same) >= 9 and all(arg not in _footer(_html(site, u)) for u in same)
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = empire.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_empirecms_serves(base: str) -> None:
    status, content_type, body = fetch(base, "/xwzx/slyw/")
    assert status == 200 and "utf-8" in content_type
    assert fetch(base, "/xwzx/slyw/index_9.html")[0] == 404
    dynamic = fetch_page(base, "/e/action/ListInfo/?classid=15", "utf-8")
    assert "/e/action/ListInfo/index.php?page=1&amp;classid=15&amp;totalnum=8" in dynamic  # page counted from 0
    assert fetch(base, "/e/action/ListInfo/?classid=6")[2] == fetch(base, "/xwzx/tzgg/")[2]


def test_pager_counts_records_not_pages(site: SampleSite) -> None:
    html = _html(site, "/xwzx/slyw/")
    assert _TOTAL.search(html).group(1) == "38" and "&nbsp;<b>1</b>" in html and 'href="/xwzx/slyw/index_3.html">尾页' in html
    assert 'href="/xwzx/slyw/index.html">首页' in _html(site, "/xwzx/slyw/index_2.html")
    select = _html(site, "/xwzx/bmdt/")
    assert "页次：1/3&nbsp;每页8&nbsp;总数22" in select and "<option value='/xwzx/bmdt/index_3.html'>第3页</option>" in select
    assert "index_3.html'>下一页" not in select and "尾页" not in select  # page 3: only the select and page 2's 下一页
    assert "Total record" not in _html(site, "/xxgk/ndbg/") and "页次" not in _html(site, "/xxgk/ndbg/")  # one page: no pager
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
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
            if target.startswith("http://site/") and not ref.startswith("javascript:"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path)
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    docs = [u for u in site.html_urls if re.match(empire.DISCLOSURE_DOCS, u)]
    assert len(docs) == 9
    for url in docs:
        missing = [f for f in ("索引号", "发布机构", "发文字号", "成文日期", "发布日期", "有效性") if not _field(f, _html(site, url))]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"石梁要闻": 14, "部门动态": 14, "乡镇动态": 14, "图片新闻": 14, "通知公告": 183, "规范性文件": 183,
              "政策解读": 183, "人事信息": 365, "政府信息公开年报": 365}
    seen = set()
    for url in site.html_urls:
        name = _meta("ColumnName", _html(site, url))
        if name not in limits or same_url(url) in planted or _meta("ArticleTitle", _html(site, url)) or "index_" in url or "page=" in url:
            continue
        seen.add(name)
        rows = _all_rows(site, url)
        assert rows, url
        newest = max(_date(_SHOWN, _html(site, u)) for u in rows)
        assert newest >= empire.AS_OF - timedelta(days=limits[name]), (url, newest)
    assert seen == set(limits) - {"部门动态", "人事信息", "图片新闻"}


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {y: when for _, y, when in _reports(site)}
    assert sorted(years) == [2021, 2022, 2024, 2025]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    assert {u for u, y, when in _reports(site) if when > date(y + 1, 3, 31)} == late


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.url.startswith("/xxgk/gfxwj/"))
    on_time = next(u for u, y, _ in _reports(site) if y == 2025)
    compliant = [("status:404", "/xwzx/slyw/"), ("no-rows", "/xwzx/slyw/"), ("newest:2026-10-22", "/xwzx/slyw/"),
                 ("no-interp", doc), ("no-interp-link", doc), ("late-interp:15", doc), ("meta-missing:有效性", doc),
                 ("late:2026-03-31", on_time), ("no-report:2024", "/xxgk/ndbg/"), ("footer-lacks:ICP", "/xwzx/slyw/")]
    for probe, url in compliant:
        entry = Expected("x", url, "compliant", probe=probe, url_pattern=r"^/xwzx/slyw/\d{4}-\d{2}-\d{2}/\d+\.html$")
        with pytest.raises(AssertionError):
            _probe(site, base, entry)
