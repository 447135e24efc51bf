"""The "dept" sample site (a county department's GBK site) is what its answer key says:
deterministic, served as declared (charset only in an http-equiv meta), every planted defect
present in the served bytes, nothing outside the key defective. (The tool's findings are not
asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import dept
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.server import fetch, fetch_page

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"']+)["']""")
_ARTICLE = re.compile(r"^/.+/\d{6}/t\d{8}_\d+\.html$")
# Row dates of the list markups: 2026.09.28, [2026-09-28], 2026-09-28 10:20:33, 2026-09-28.
_ROW_DATE = re.compile(r"\[?(\d{4})[.-](\d{2})[.-](\d{2})")
_SHOWN = re.compile(r'name="PubDate" content="(\d{4})-(\d{2})-(\d{2})')


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return dept.build()



def _html(site: SampleSite, url: str) -> str:
    return site.resources[url].body.decode("gbk")


def _page(base: str, url: str) -> str:
    return fetch_page(base, url, "gbk")


def _list_area(html: str) -> str:
    start = html.find('<div class="right-list">')
    return html[start:html.find('<div class="footer">')] if start >= 0 else ""


def _rows(html: str) -> list[tuple[str, date]]:
    """(article URL, date) of every <li> or <tr> row of a list page."""
    rows = []
    for row in re.findall(r"<(?:li|tr)>(.*?)</(?:li|tr)>", _list_area(html)):
        link = next((unescape(h) for h in _HREF.findall(row) if _ARTICLE.match(unescape(h))), None)
        m = _ROW_DATE.search(re.sub(r'href="[^"]*"', "", row))
        if link and m:
            rows.append((link, date(*map(int, m.groups()))))
    return rows


def _shown(html: str) -> date:
    return date(*map(int, _SHOWN.search(html).groups()))


def _column(html: str) -> str:
    m = re.search(r'name="ColumnName" content="([^"]+)"', html)
    return m.group(1) if m else ""


def _field(label: str, html: str) -> str | None:
    """Value of a 4-column metadata-table field (labels may be spaced: 索 引 号), None when absent."""
    spaced = r"[\s　]*".join(map(re.escape, label))
    m = re.search(rf'<td class="tit">{spaced}：</td><td>([^<]*)</td>', html)
    return m.group(1) if m else None


_FIELDS = ("索引号", "发布机构", "文号", "成文日期", "发布日期", "有效性")


def _is_interp(site: SampleSite, url: str) -> bool:
    if url not in site.resources or not site.resources[url].is_html:
        return False
    html = _html(site, url)
    return 'name="ArticleTitle"' in html and _column(html) == "政策解读"


def _interp_links(site: SampleSite, html: str) -> list[str]:
    return [unescape(h) for h in _HREF.findall(html) if _is_interp(site, unescape(h))]


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    """The department's annual reports: (url, year, publication date)."""
    out = []
    for url in site.html_urls:
        title = re.search(r'name="ArticleTitle" content="([^"]*)"', _html(site, url))
        if title and "政府信息公开工作年度报告" in title.group(1):
            out.append((url, int(re.search(r"(20\d{2})年", title.group(1)).group(1)), _shown(_html(site, url))))
    return out


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        html = _page(base, entry.url)
        assert not _rows(html) and not [h for h in _HREF.findall(_list_area(html)) if _ARTICLE.match(unescape(h))]
        assert _column(html) and "情况说明" not in html
    elif kind == "newest":
        rows = _rows(_page(base, entry.url))
        assert rows and max(d for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        html = _page(base, entry.url)
        assert not _interp_links(site, html)
        short = re.search(r"《([^》]+)》", html).group(1)
        interps = [u for u in site.resources if _is_interp(site, u)]
        assert interps and not [u for u in interps if short in _html(site, u)]
    elif kind == "no-interp-link":
        html = _page(base, entry.url)
        assert not _interp_links(site, html)
        assert not [u for u in site.resources if _is_interp(site, u) and f'href="{entry.url}"' in _html(site, u)]
    elif kind == "late-interp":
        html = _page(base, entry.url)
        (interp,) = _interp_links(site, html)
        assert (_shown(_page(base, interp)) - _shown(html)).days == int(arg)
        assert f'href="{entry.url}"' in _page(base, interp)
    elif kind == "meta-missing":
        html = _page(base, entry.url)
        assert _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        html = _page(base, entry.url)
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
        assert {u for u, _, _ in _reports(site)} <= set(_HREF.findall(html))
    elif kind == "late":
        assert _shown(_page(base, entry.url)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        assert arg not in _page(base, entry.url) and arg in _page(base, "/")
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = dept.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_charset_only_in_the_http_equiv_meta(base: str) -> None:
    status, ctype, body = fetch(base, "/xxgk/index.html")
    assert status == 200 and ctype == "text/html"
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    html = body.decode("gbk")
    assert 'http-equiv="Content-Type" content="text/html; charset=gb2312"' in html and "信息公开" in html


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and {e.family for e in site.key} == {
        "empty-columns", "stale-columns", "interpretations", "normative-metadata", "broken-links",
        "annual-reports", "footer"}
    for entry in site.key:
        _probe(site, base, entry)


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    ok_doc = next(u for u in site.html_urls if u.startswith("/xxgk/zcwj/") and _ARTICLE.match(u)
                  and u not in {e.url for e in site.key})
    cases = [Expected("x", ok_doc, "", probe="no-interp"), Expected("x", ok_doc, "", probe="no-interp-link"),
             Expected("x", ok_doc, "", probe="meta-missing:有效性"), Expected("x", "/index.html", "", probe="status:404"),
             Expected("x", "/jyxw/index.html", "", probe="no-rows"), Expected("x", "/xxgk/sf/index.html", "", probe="no-rows"),
             Expected("x", "/jyxw/index.html", "", probe="newest:2026-02-10"),
             Expected("x", "/xxgk/ndbg/index.html", "", probe="no-report:2022"),
             Expected("x", "/xxgk/index.html", "", probe="footer-lacks:网站标识码")]
    for entry in cases:
        with pytest.raises(AssertionError):
            _probe(site, base, entry)


def test_traps_are_served_and_later_pages_belong_to_their_column(site: SampleSite, base: str) -> None:
    assert len(site.traps) >= 8
    for trap in site.traps:
        assert fetch(base, trap.url)[0] == 200, trap
    later = [t.url for t in site.traps if t.note == LATER_PAGE]
    assert any("index_1.html" in u for u in later) and any("?page=2" in u for u in later)
    for url in later:
        first = re.sub(r"index_\d+\.html$|\?page=\d+$", "", url)
        first = first if first.endswith("index.html") else first + "index.html"
        one, two = _page(base, first), _page(base, url)
        assert _rows(two) and {u for u, _ in _rows(one)}.isdisjoint(u for u, _ in _rows(two))
        assert _column(one) == _column(two)


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html:
            continue
        for ref in _REF.findall(_html(site, url)):
            target = urljoin("http://site" + url, unescape(ref))
            if not target.startswith("http://site/"):
                continue
            parts = urlsplit(target)
            if site.lookup(parts.path, parts.query).status != 200:
                broken.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    normative = [u for u in site.html_urls if _ARTICLE.match(u) and _column(_html(site, u)) == "规范性文件"]
    assert len(normative) == 6 and planted < set(normative)
    for url in normative:
        missing = [f for f in _FIELDS if not _field(f, _html(site, url))]
        assert bool(missing) == (url in planted), (url, missing)


def _max_age(column: str) -> timedelta | None:
    if re.search(r"年报|指南|解读", column):
        return None
    if re.search(r"新闻|动态", column):
        return timedelta(days=14)
    if re.search(r"通知|公告|文件", column):
        return timedelta(days=183)
    return timedelta(days=365)


def test_no_unplanted_stale_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "stale-columns"}
    stale, checked = set(), 0
    for url in site.html_urls:
        html = _html(site, url)
        if not url.endswith("/index.html") or _ARTICLE.match(url) or not _rows(html):
            continue
        age = _max_age(_column(html))
        if age is None:
            continue
        checked += 1
        if site.as_of - max(d for _, d in _rows(html)) > age:
            stale.add(url)
    assert stale == planted and checked >= 6


def test_no_unplanted_interpretation_defects(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "interpretations"}
    docs = [u for u in site.html_urls if _ARTICLE.match(u) and _column(_html(site, u)) in ("规范性文件", "政策文件")]
    assert len(docs) == 12 and planted < set(docs)
    for url in set(docs) - planted:
        (interp,) = _interp_links(site, _html(site, url))
        assert _shown(_html(site, interp)) - _shown(_html(site, url)) <= timedelta(days=3), url
        assert f'href="{url}"' in _html(site, interp), url


def test_no_unplanted_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "empty-columns"}
    lists = [u for u in site.html_urls if _list_area(_html(site, u))]
    assert len(lists) >= 10
    empty = {u for u in lists if not _rows(_html(site, u)) and "情况说明" not in _html(site, u)}
    assert empty == planted


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    """A report for each year 2021–2025 by 01-31, except the key's entries; some titles lack the organ."""
    reports = _reports(site)
    titles = [re.search(r"<h1>([^<]*)</h1>", _html(site, u)).group(1) for u, _, _ in reports]
    assert "2025年度政府信息公开工作年度报告" in titles and any(t.startswith(dept.ORG) for t in titles)
    keyed = {e.match[1] for e in site.key if e.family == "annual-reports"}
    years = {y for _, y, _ in reports}
    found = {str(y) for y in range(2021, 2026) if y not in years}
    found |= {str(y) for _, y, when in reports if when > date(y + 1, 1, 31)}
    assert found == keyed
    on_deadline = [u for u, y, when in reports if when == date(y + 1, 1, 31)]
    assert len(on_deadline) == 1 and set(on_deadline) <= {t.url for t in site.traps}
