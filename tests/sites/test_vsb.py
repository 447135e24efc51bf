"""The "vsb" sample site (a county portal on 博达 Visual SiteBuilder, UTF-8, later list pages in a
folder numbered downwards, dynamic list.jsp/content.jsp copies) is what its answer key says:
deterministic, served as declared, every planted defect present in the served bytes, nothing
outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from tests.sites import vsb
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.server import fetch, fetch_page, site_path
from tests.sites.probes import meta as _meta, shown_date as _date

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src|orisrc)=["']([^"']+)["']""")
_ARTICLE = re.compile(r"^/info/\d+/\d+\.htm$|^/content\.jsp\?urltype=news\.NewsContentUrl&wbtreeid=\d+&wbnewsid=\d+$")
_ROW = re.compile(r'<(li|tr) id="line_u\d+_\d+">(.*?)</\1>', re.S)
_FULL_DATE = re.compile(r"(20\d{2})(?:-|年)(\d{2})(?:-|月)(\d{2})")
_SHOWN = re.compile(r"<i>发布时间：(\d{4})-(\d{2})-(\d{2})")
_PUBDATE = re.compile(r'name="PubDate" content="(\d{4})-(\d{2})-(\d{2})')
_NEXT = re.compile(r'<a href="([^"]+)"[^>]*>下页</a>')


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return vsb.build()


def _html(site: SampleSite, url: str) -> str:
    return site.resources[url].body.decode("utf-8")


def _page(base: str, url: str) -> str:
    return fetch_page(base, url, "utf-8")



def _list_area(html: str) -> str:
    start = html.find('<div class="sec-list">')
    return html[start:html.find('<div id="footer">')] if start >= 0 else ""


def _rows(html: str, url: str) -> list[tuple[str, date | None]]:
    """(article URL, full date shown or None) of every row of a list page."""
    rows = []
    for _, row in _ROW.findall(_list_area(html)):
        link = next(u for u in (site_path(url, h) for h in _HREF.findall(row)) if _ARTICLE.match(u))
        m = _FULL_DATE.search(re.sub(r'(?:href|title)="[^"]*"', "", row))
        rows.append((link, date(*map(int, m.groups())) if m else None))
    return rows


def _all_rows(base: str, url: str) -> list[tuple[str, date | None]]:
    """Rows of every page of the list, following its 下页 links."""
    rows, seen = [], set()
    while url and url not in seen:
        seen.add(url)
        html = _page(base, url)
        rows += _rows(html, url)
        m = _NEXT.search(html)
        url = site_path(url, m.group(1)) if m else ""
    return rows


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<td class="t1">{label}</td><td class="t2">([^<]*)</td>', html)
    return m.group(1) or None if m else None


_FIELDS = ("索引号", "发布机构", "发文字号", "成文日期", "发布日期", "有效性")


def _is_interp(site: SampleSite, url: str) -> bool:
    res = site.resources.get(url)
    return bool(res and res.is_html and _meta("ColumnName", _html(site, url)) == "政策解读" and _meta("ArticleTitle", _html(site, url)))


def _links(url: str, html: str) -> list[str]:
    return [site_path(url, h) for h in _HREF.findall(html)]


def _interp_links(site: SampleSite, url: str, html: str) -> list[str]:
    return [u for u in _links(url, html) if _is_interp(site, u)]


def _same_doc(a: str, b: str) -> bool:
    """The /info/ and content.jsp addresses of one article."""
    ids = [m.group(1) for u in (a, b) if (m := re.search(r"(?:/|wbnewsid=)(\d+)(?:\.htm)?$", u))]
    return len(ids) == 2 and ids[0] == ids[1]


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    out = []
    for url in site.html_urls:
        title = _meta("ArticleTitle", _html(site, url))
        if "政府信息公开工作年度报告" in title and url.startswith("/info/"):
            out.append((url, int(re.search(r"(20\d{2})年", title).group(1)), _date(_SHOWN, _html(site, url))))
    return out


def _footer(html: str) -> str:
    return html[html.find('<div id="footer">'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        html = _page(base, entry.url)
        assert not _all_rows(base, entry.url) and not [u for u in _links(entry.url, _list_area(html)) if _ARTICLE.match(u)]
        assert _meta("ColumnName", html) and "情况说明" not in html
    elif kind == "newest":
        rows = _all_rows(base, entry.url)
        assert rows and all(d for _, d in rows) and max(d for _, d in rows) == date.fromisoformat(arg)
    elif kind == "newest-shown":
        rows = _all_rows(base, entry.url)
        listed = {d for _, d in rows}
        assert len(listed) == 1 and max(listed) > date.fromisoformat(arg)  # a regeneration pile
        pages = [_page(base, u) for u, _ in rows]
        assert max(_date(_SHOWN, p) for p in pages) == date.fromisoformat(arg)
        assert {_date(_PUBDATE, p) for p in pages} == listed  # PubDate is the pile's day too
    elif kind == "newest-doc":  # rows show month and day only; the articles show the year
        rows = _all_rows(base, entry.url)
        assert rows and not any(d for _, d in rows)
        assert re.search(r"<span>\[\d{2}-\d{2}\]</span>", _list_area(_page(base, entry.url)))
        assert max(_date(_SHOWN, _page(base, u)) for u, _ in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        html = _page(base, entry.url)
        assert not _interp_links(site, entry.url, html)
        title = _meta("ArticleTitle", html)
        short = m.group(1) if (m := re.search(r"《([^》]+)》", title)) else title.split("关于")[1].removesuffix("的实施意见")
        interps = [u for u in site.resources if _is_interp(site, u)]
        assert interps and not [u for u in interps if short in _html(site, u)]
    elif kind == "no-interp-link":
        html = _page(base, entry.url)
        assert not _interp_links(site, entry.url, html)
        short = _meta("ArticleTitle", html).split("关于")[1].removesuffix("的实施意见")
        (interp,) = [u for u in site.resources if _is_interp(site, u) and short in _meta("ArticleTitle", _html(site, u))]
        assert not [u for u in _links(interp, _html(site, interp)) if _same_doc(u, entry.url)]
        assert interp in {u for u, _ in _all_rows(base, "/zwgk/zcjd.htm")}  # listed, so observable
    elif kind == "late-interp":
        html = _page(base, entry.url)
        (interp,) = _interp_links(site, entry.url, html)
        assert (_date(_SHOWN, _page(base, interp)) - _date(_SHOWN, html)).days == int(arg)
    elif kind == "meta-missing":
        html = _page(base, entry.url)
        assert _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
        assert {u for u, _ in _all_rows(base, entry.url)} == {u for u, _, _ in _reports(site)}
    elif kind == "late":
        assert _date(_SHOWN, _page(base, entry.url)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        page = _page(base, entry.url)
        assert arg not in _footer(page) and arg in _footer(_page(base, "/"))
        same = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert same and all(arg not in _footer(_html(site, u)) for u in same)
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = vsb.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_vsb_serves(base: str) -> None:
    status, ctype, body = fetch(base, "/xwzx/hcyw.htm")
    text = body.decode("utf-8")
    assert status == 200 and ctype == "text/html" and 'charset=UTF-8' in text and "Announced by Visual SiteBuilder 9" in text
    assert '<span class="p_pages">' in text and "_showDynClickBatch(" in text
    status, _, body = fetch(base, "/info/1012/1.htm")
    assert status == 404 and b"VWebServer" in body
    assert "_showDynClicks(\"wbnews\"" in _page(base, "/info/1012/3207.htm")


def test_later_pages_are_numbered_downwards_and_belong_to_their_column(site: SampleSite, base: str) -> None:
    """Page 2 of a three-page list is `col/2.htm`, page 3 (the oldest) `col/1.htm`, in both pager
    generations; the pager, not the file name, says which page a file is."""
    later = [t.url for t in site.traps if t.note == LATER_PAGE and t.url.endswith(".htm")]
    assert {"/xwzx/hcyw/2.htm", "/xwzx/hcyw/1.htm", "/xwzx/xzdt/1.htm"} <= set(later)
    first = _page(base, "/xwzx/hcyw.htm")
    assert '<a href="hcyw/2.htm">2</a>' in first and '<a href="hcyw/1.htm">3</a>' in first
    assert '<a href="xzdt/2.htm" class="Next">下页</a>' in _page(base, "/xwzx/xzdt.htm")
    for url in later:
        col = url.rsplit("/", 1)[0] + ".htm"
        one, two = _page(base, col), _page(base, url)
        assert _rows(two, url) and {u for u, _ in _rows(one, col)}.isdisjoint(u for u, _ in _rows(two, url))
        assert _meta("ColumnName", one) == _meta("ColumnName", two)
    rows = _all_rows(base, "/xwzx/hcyw.htm")
    assert rows[-1][1] == min(d for _, d in rows)  # the last page, 1.htm, holds the oldest rows


def test_dynamic_addresses_serve_the_same_column_and_articles(site: SampleSite, base: str) -> None:
    static = [u for u, _ in _all_rows(base, "/xwzx/tzgg.htm")]
    dynamic = [u for u, _ in _all_rows(base, vsb.list_jsp(1014))]
    assert static == dynamic and len(static) == 21
    assert _rows(_page(base, vsb.list_jsp(1030)), vsb.list_jsp(1030)) == [] == _rows(_page(base, "/ztzl.htm"), "/ztzl.htm")
    for url in [u for u in site.html_urls if u.startswith("/content.jsp") and "wbtreeid=1050&" not in u]:
        static_url = "/info/{}/{}.htm".format(*re.search(r"wbtreeid=(\d+)&wbnewsid=(\d+)", url).groups())
        assert _meta("ArticleTitle", _page(base, url)) == _meta("ArticleTitle", _page(base, static_url))


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 20 and {e.family for e in site.key} == {
        "empty-columns", "stale-columns", "interpretations", "normative-metadata", "broken-links",
        "annual-reports", "footer"}
    for entry in site.key:
        _probe(site, base, entry)


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    keyed = {e.url for e in site.key}
    ok_doc = next(u for u in site.html_urls if u.startswith("/info/1041/") and u not in keyed)  # linked by content.jsp
    ok_policy = next(u for u in site.html_urls if u.startswith("/info/1042/") and u not in keyed)
    cases = [Expected("x", ok_doc, "", probe="no-interp"), Expected("x", ok_policy, "", probe="no-interp-link"),
             Expected("x", ok_doc, "", probe="meta-missing:有效性"), Expected("x", "/", "", probe="status:404"),
             Expected("x", "/zwgk/jytabl.htm", "", probe="no-rows"), Expected("x", "/xwzx/hcyw.htm", "", probe="newest:2026-09-20"),
             Expected("x", "/xwzx/hcyw.htm", "", probe="newest-shown:2026-08-28"),
             Expected("x", "/xwzx/tzgg.htm", "", probe="newest-doc:2026-03-02"),
             Expected("x", "/zwgk/ndbg.htm", "", probe="no-report:2021"),
             Expected("x", "/xwzx/hcyw.htm", "", probe="footer-lacks:ICP备", url_pattern=r"^/xwzx/")]
    for entry in cases:
        with pytest.raises(AssertionError):
            _probe(site, base, entry)


def test_traps_are_served(site: SampleSite, base: str) -> None:
    assert len(site.traps) >= 15
    for trap in site.traps:
        assert fetch(base, trap.url)[0] == 200, trap


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html:
            continue
        for ref in _REF.findall(_html(site, url)):
            if ref.startswith(("http", "javascript:")):
                continue
            target = site_path(url, ref)
            path, _, query = target.partition("?")
            if site.lookup(path, query).status != 200:
                broken.add(target)
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    normative = [u for u in site.html_urls if u.startswith("/info/1041/")]
    assert len(normative) == 9 and planted < set(normative)
    for url in normative:
        missing = [f for f in _FIELDS if not _field(f, _html(site, url))]
        assert bool(missing) == (url in planted), (url, missing)


def _max_age(column: str) -> timedelta | None:
    if re.search(r"年报|指南|制度|解读", column):
        return None
    if re.search(r"要闻|动态", column):
        return timedelta(days=14)
    if re.search(r"通知|公告|文件", column):
        return timedelta(days=183)
    return timedelta(days=365)


_COLUMNS = ["/xwzx/hcyw.htm", "/xwzx/xzdt.htm", "/xwzx/bmdt.htm", "/xwzx/tzgg.htm", "/xwzx/gsgg.htm", "/ztzl.htm", "/zwgk/gfxwj.htm",
            "/zwgk/zcwj.htm", "/zwgk/zcjd.htm", "/zwgk/rsxx.htm", "/zwgk/czyjs.htm", "/zwgk/zdxm.htm", "/zwgk/jytabl.htm",
            "/zwgk/ndbg.htm", vsb.list_jsp(1050)]


def test_no_unplanted_stale_or_empty_columns(site: SampleSite, base: str) -> None:
    """Judged on the dates the articles show (a pile's list dates are no update; `[10-12]` rows
    carry no year)."""
    stale_key = {e.url for e in site.key if e.family == "stale-columns"}
    empty_key = {e.url for e in site.key if e.family == "empty-columns"}
    stale, empty = set(), set()
    for url in _COLUMNS:
        rows = _all_rows(base, url)
        if not rows:
            empty.add(url)
            continue
        newest = max(_date(_SHOWN, _page(base, u)) for u, _ in rows)
        age = _max_age(_meta("ColumnName", _page(base, url)))
        if age is not None and site.as_of - newest > age:
            stale.add(url)
    assert (stale, empty) == (stale_key, empty_key)


def test_no_unplanted_interpretation_defects(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "interpretations"}
    docs = [u for u in site.html_urls if re.match(r"^/info/104[12]/", u)]
    assert len(docs) == 13 and planted < set(docs)
    for url in set(docs) - planted:
        (interp,) = _interp_links(site, url, _html(site, url))
        assert _date(_SHOWN, _html(site, interp)) - _date(_SHOWN, _html(site, url)) <= timedelta(days=3), url
        assert [u for u in _links(interp, _html(site, interp)) if _same_doc(u, url)], url


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    """A report for each year 2020–2025 by 03-31, except the key's entries."""
    reports = _reports(site)
    keyed = {e.match[1] for e in site.key if e.family == "annual-reports"}
    years = {y for _, y, _ in reports}
    found = {str(y) for y in range(2020, 2026) if y not in years}
    found |= {str(y) for _, y, when in reports if when > date(y + 1, 3, 31)}
    assert found == keyed
    on_deadline = [u for u, y, when in reports if when == date(y + 1, 3, 31)]
    assert len(on_deadline) == 1 and set(on_deadline) <= {t.url for t in site.traps}
