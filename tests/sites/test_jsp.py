"""The "jsp" sample site is what its answer key says: served as declared (UTF-8 portal, GBK
platform without a header charset), every planted defect present in the served bytes, and
nothing outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import jsp
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.server import fetch

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"']+)["']""")
_ARTICLE = re.compile(r"^/(?:site/article\.jsp\?id=\d+|content/detail/\d+\.html)$")
# Row dates in the list markups of this site: 2026年05月06日, 2026/5/6, 2026-05-06, [05-06] under a year tab.
_ROW_DATE = re.compile(r"(\d{4})(?:年|/|-)(\d{1,2})(?:月|/|-)(\d{1,2})|\[(\d{2})-(\d{2})\]")
_SHOWN = re.compile(r"发布(?:日期|时间)：(\d{4})-(\d{2})-(\d{2})")


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return jsp.build()



def _decode(ctype: str, body: bytes) -> str:
    return body.decode("utf-8" if "utf-8" in ctype else "gbk")


def _html(site: SampleSite, url: str) -> str:
    res = site.resources[url]
    return _decode(res.content_type, res.body)


def _page(base: str, url: str) -> str:
    status, ctype, body = fetch(base, url)
    assert status == 200, url
    return _decode(ctype, body)


def _list_area(html: str) -> str:
    start = max(html.find('<div class="right-list">'), html.find('<div class="xxgk-list">'))
    return html[start:html.find('<div class="foot">')] if start >= 0 else ""


def _rows(html: str) -> list[tuple[str, date]]:
    """(article URL, date) of every row of a list page: each row is one <div class="list-item">,
    <dd> or <li> holding an article link and its date (a [MM-DD] date takes the year of its tab)."""
    area = _list_area(html)
    rows = []
    for year_box in re.split(r'(?=<div class="year-box" data-year=")', area):
        year = re.match(r'<div class="year-box" data-year="(\d{4})"', year_box)
        for row in re.findall(r'<(?:div class="list-item"|dd|li)[^>]*>(.*?)</(?:div|dd|li)>', year_box):
            link = next((unescape(h) for h in _HREF.findall(row) if _ARTICLE.match(unescape(h))), None)
            m = _ROW_DATE.search(re.sub(r'href="[^"]*"', "", row))
            if not link or not m:
                continue
            if m.group(1):
                rows.append((link, date(*map(int, m.group(1, 2, 3)))))
            else:
                assert year, row
                rows.append((link, date(int(year.group(1)), int(m.group(4)), int(m.group(5)))))
    return rows


def _shown(html: str) -> date:
    return date(*map(int, _SHOWN.search(html).groups()))


def _column(html: str) -> str:
    m = re.search(r'name="ColumnName" content="([^"]+)"', html)
    return m.group(1) if m else ""


def _field(label: str, html: str) -> str | None:
    """Value of a metadata-table field, None when the label is absent."""
    m = re.search(rf'(?:<th>{label}：</th>|<td class="t" width="20%">{label}</td>)<td>([^<]*)</td>', html)
    return m.group(1) if m else None


_FIELDS = ("信息索引号", "发布机构", "文　　号", "生成日期", "发布日期", "时效性")


def _is_interp(site: SampleSite, url: str) -> bool:
    """An article of the 政策解读 column (not the column's list page)."""
    if url not in site.resources or not site.resources[url].is_html:
        return False
    html = _html(site, url)
    return 'name="ArticleTitle"' in html and _column(html) == "政策解读"


def _interp_links(site: SampleSite, html: str) -> list[str]:
    return [unescape(h) for h in _HREF.findall(html) if _is_interp(site, unescape(h))]


def _reports(site: SampleSite) -> dict[str, list[tuple[str, int, date]]]:
    """Annual reports per organ (its 发布机构): (url, year, publication date)."""
    out: dict[str, list[tuple[str, int, date]]] = {}
    for url, res in site.resources.items():
        html = _html(site, url) if res.is_html and res.status == 200 else ""
        title = re.search(r'name="ArticleTitle" content="([^"]*)"', html)
        if title and "政府信息公开" in title.group(1) and re.search(r"年度报告|年报", title.group(1)):
            year = int(re.search(r"(20\d{2})年", title.group(1)).group(1))
            out.setdefault(_field("发布机构", html), []).append((url, year, _shown(html)))
    return out


def _deadline(organ: str, year: int) -> date:
    return date(year + 1, 3, 31) if organ == jsp.GOV else date(year + 1, 1, 31)


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "soft404":
        status, ctype, body = fetch(base, entry.url)
        assert status == 200 and ctype.startswith("text/html") and "页面不存在" in _decode(ctype, body)
    elif kind == "no-rows":
        html = _page(base, entry.url)
        assert not _rows(html) and not [h for h in _HREF.findall(_list_area(html)) if _ARTICLE.match(unescape(h))]
        assert _column(html) in _list_area(html)  # identity: the column's own name heads the empty list
    elif kind == "newest":
        rows = _rows(_page(base, entry.url))
        assert rows and max(d for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        html = _page(base, entry.url)
        assert not _interp_links(site, html)
        title = re.search(r'name="ArticleTitle" content="([^"]*)"', html).group(1)
        short = title.split("《")[1].split("》")[0] if "《" in title else title
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
        assert f'href="{entry.url}"' in _page(base, interp)  # linked both ways: only the lag is wrong
    elif kind == "one-way":
        (interp,) = _interp_links(site, _page(base, entry.url))
        assert f'href="{entry.url}"' not in _page(base, interp)
    elif kind == "meta-missing":
        html = _page(base, entry.url)
        assert _field("发布日期", html)  # the block is there, only this field is not
        assert not _field(arg, html)
    elif kind == "no-report":
        html = _page(base, entry.url)
        organ = next(o for o in _reports(site) if o.endswith(entry.match[0]))
        years = {y for _, y, _ in _reports(site)[organ]}
        assert int(arg) not in years and min(years) < int(arg) < max(years)  # a gap in a series
        assert jsp.detail(int(re.search(r"/content/detail/(\d+)", html).group(1))) in {u for u, _, _ in _reports(site)[organ]}
    elif kind == "late":
        assert _shown(_page(base, entry.url)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        assert arg not in _page(base, entry.url) and arg in _page(base, "/")
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_charsets_as_real_servers_send_them(base: str) -> None:
    status, ctype, body = fetch(base, "/")
    assert status == 200 and ctype == "text/html; charset=utf-8"
    html = body.decode("utf-8")
    assert '<meta charset="gb2312">' in html and jsp.GOV in html  # the meta lies; the header is right
    status, ctype, body = fetch(base, "/public/index.html")
    assert status == 200 and ctype == "text/html"  # no charset in the header
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert "charset=gbk" in body.decode("gbk") and "__VIEWSTATE" in body.decode("gbk")
    status, ctype, body = fetch(base, jsp.platform_list(6612, 107))  # a department's list declares nothing
    assert status == 200 and ctype == "text/html" and b"charset" not in body and "县财政局" in body.decode("gbk")


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 20
    for entry in site.key:
        _probe(site, base, entry)


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    ok_doc = jsp.detail(2001)
    cases = [Expected("x", ok_doc, "", probe="no-interp"), Expected("x", ok_doc, "", probe="no-interp-link"),
             Expected("x", ok_doc, "", probe="one-way"),
             Expected("x", ok_doc, "", probe="meta-missing:时效性"), Expected("x", "/index.html", "", probe="status:404"),
             Expected("x", jsp.portal_list(11), "", probe="no-rows"),
             Expected("x", jsp.portal_list(11), "", probe="newest:2026-05-20"),
             Expected("x", jsp.platform_list(6611, 107), "", match=("发展和改革委员会",), probe="no-report:2023"),
             Expected("x", jsp.detail(2001), "", probe="footer-lacks:主办单位")]
    for entry in cases:
        with pytest.raises(AssertionError):
            _probe(site, base, entry)


def test_traps_are_served_and_later_pages_belong_to_their_column(site: SampleSite, base: str) -> None:
    assert len(site.traps) >= 8
    for trap in site.traps:
        assert fetch(base, trap.url)[0] == 200, trap
    later = [t.url for t in site.traps if t.note == LATER_PAGE]
    assert {"pageIndex=2", "pageIndex=3", "page=2"} <= {u.rsplit("&", 1)[1] for u in later}
    for url in later:
        first = url.rsplit("&", 1)[0]
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
                continue  # javascript:, external hosts
            parts = urlsplit(target)
            got = site.lookup(parts.path, parts.query)
            if got is site.not_found or got.status != 200 or (
                    got.is_html and re.search(r"\.(?:doc|pdf|jpg|png)$", parts.path) and "页面不存在" in _decode(
                        got.content_type, got.body)):
                broken.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    normative = [u for u in site.html_urls if 'name="ArticleTitle"' in _html(site, u) and _column(_html(site, u)) == "规范性文件"]
    assert len(normative) == 12 and planted < set(normative)
    for url in normative:
        missing = [f for f in _FIELDS if not _field(f, _html(site, url))]
        assert bool(missing) == (url in planted), (url, missing)


def _max_age(column: str) -> timedelta | None:
    if re.search(r"年报|年度报告|指南|制度", column):
        return None  # updated as needed, judged by their own rules
    if re.search(r"要闻|动态|新闻", column):
        return timedelta(days=14)
    if re.search(r"通知|公告|公示|文件", column):
        return timedelta(days=183)
    return timedelta(days=365)


def test_no_unplanted_stale_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "stale-columns"}
    stale, checked = set(), 0
    for url in site.html_urls:
        html = _html(site, url)
        if re.search(r"[?&]page(?:Index)?=", url) or 'name="ArticleTitle"' in html or not _rows(html):
            continue
        age = _max_age(_column(html))
        if age is None:
            continue
        checked += 1
        if site.as_of - max(d for _, d in _rows(html)) > age:
            stale.add(url)
    assert stale == planted and checked >= 8


def test_no_unplanted_interpretation_defects(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "interpretations"}
    docs = [u for u in site.html_urls if 'name="ArticleTitle"' in _html(site, u)
            and _column(_html(site, u)) in ("规范性文件", "政策文件")]
    assert len(docs) == 18 and planted < set(docs)
    for url in set(docs) - planted:
        (interp,) = _interp_links(site, _html(site, url))
        assert _shown(_html(site, interp)) - _shown(_html(site, url)) <= timedelta(days=3), url
        assert f'href="{url}"' in _html(site, interp), url


def test_no_unplanted_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "empty-columns"}
    lists = [u for u in site.html_urls if _list_area(_html(site, u)) and 'name="ArticleTitle"' not in _html(site, u)]
    assert len(lists) >= 20
    empty = {u for u in lists if not _rows(_html(site, u)) and "情况说明" not in _html(site, u)
             and "/public/dept.html" != u}
    assert empty == planted


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    """Every organ has a report for each year 2021–2025, on time, except the key's entries;
    some departments title theirs without their own name."""
    reports = _reports(site)
    assert set(reports) == {jsp.GOV, *(n for _, n, _ in jsp.DEPARTMENTS)}
    assert [t for t in map(lambda u: re.search(r'name="ArticleTitle" content="([^"]*)"', _html(site, u)).group(1),
                           (u for r in reports.values() for u, _, _ in r)) if t.startswith("2025年度")]
    keyed = {(e.match[0], int(e.match[1])) for e in site.key if e.family == "annual-reports"}
    found = set()
    for organ, items in reports.items():
        short = organ.removeprefix(jsp.COUNTY)
        years = {y for _, y, _ in items}
        found |= {(short, y) for y in range(2021, 2026) if y not in years}
        found |= {(short, y) for _, y, when in items if when > _deadline(organ, y)}
    assert found == keyed
    on_deadline = [u for r in reports.values() for u, y, when in r if when in (date(y + 1, 1, 31), date(y + 1, 3, 31))]
    assert set(on_deadline) <= {t.url for t in site.traps} and len(on_deadline) == 2
