"""The "aspx" sample site (an old IIS county portal of the PowerEasy lineage, GB2312, lists in
iframes and in postback-paged GridViews) is what its answer key says: deterministic, served as
declared, every planted defect present in the served bytes, nothing outside the key defective.
(The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
import urllib.parse
import urllib.request
from datetime import date, timedelta
from html import unescape

import pytest

from tests.sites import aspx
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"']+)["']""")
_IFRAME = re.compile(r'<iframe[^>]*\bsrc="([^"]+)"')
_ARTICLE = re.compile(r"^/Article/ShowArticle\.asp\?ArticleID=\d+$|^/Item/\d+\.aspx$|^/xxgk/Show\.aspx\?id=\d+$")
# Any full date of a row, the title attribute included: 2026-9-3, 2026年9月3日, 2026/3/20 0:00:00.
_FULL_DATE = re.compile(r"(20\d{2})(?:[-/]|年)(\d{1,2})(?:[-/]|月)(\d{1,2})")
_SHOWN = re.compile(r'name="PubDate" content="(\d{4})-(\d{2})-(\d{2})')


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return aspx.build()


def _html(site: SampleSite, url: str) -> str:
    return site.resources[url].body.decode("gbk")


def _page(base: str, url: str) -> str:
    return fetch_page(base, url, "gbk")


def _post(base: str, url: str, argument: str) -> str:
    data = urllib.parse.urlencode({"__EVENTTARGET": aspx._GRID, "__EVENTARGUMENT": argument,
                                   "__VIEWSTATE": "x"}).encode()
    with urllib.request.urlopen(base.rstrip("/") + url, data=data, timeout=10) as resp:
        return resp.read().decode("gbk")



def _list_html(base: str, url: str) -> tuple[str, str]:
    """(the page holding the list, its URL): an iframe column's list is its frame's page."""
    html = _page(base, url)
    frame = _IFRAME.search(html)
    if frame:
        inner = site_path(url, frame.group(1))
        return _page(base, inner), inner
    return html, url


def _rows(html: str, url: str) -> list[tuple[str, date]]:
    """(article URL, date) of every <li>/<tr> row of a list page that links an article."""
    body = html[html.find("<body"):]
    body = body[: body.find('class="Bottom_Table"')] if 'class="Bottom_Table"' in body else body
    rows = []
    for row in re.findall(r"<(?:li|tr)\b[^>]*>(.*?)</(?:li|tr)>", body, re.S):
        links = [site_path(url, h) for h in _HREF.findall(row)]
        link = next((u for u in links if _ARTICLE.match(u)), None)
        m = _FULL_DATE.search(re.sub(r'href="[^"]*"', "", row))
        if link and m:
            rows.append((link, date(*map(int, m.groups()))))
    return rows


def _all_rows(base: str, url: str) -> list[tuple[str, date]]:
    """Rows of every page of the list: GET pages through its pager, postback pages by POST."""
    html, list_url = _list_html(base, url)
    rows = _rows(html, list_url)
    for n in range(2, 10):
        if f"Page${n}" in html:
            rows += _rows(_post(base, url, f"Page${n}"), url)
    return rows


def _shown(html: str) -> date:
    return date(*map(int, _SHOWN.search(html).groups()))


def _column(html: str) -> str:
    m = re.search(r'name="ColumnName" content="([^"]+)"', html)
    return m.group(1) if m else ""


def _title(html: str) -> str:
    m = re.search(r'name="ArticleTitle" content="([^"]*)"', html)
    return unescape(m.group(1)) if m else ""


def _field(label: str, html: str) -> str | None:
    spaced = r"[\s　]*".join(map(re.escape, label))
    m = re.search(rf'<td class="td_l">{spaced}：</td><td class="td_r">([^<]*)</td>', html)
    return m.group(1) or None if m else None


_FIELDS = ("索引号", "发文机关", "发文字号", "成文日期", "发布日期", "有效性")


def _is_interp(site: SampleSite, url: str) -> bool:
    res = site.resources.get(url)
    return res is not None and res.is_html and _column(_html(site, url)) == "政策解读" and bool(_title(_html(site, url)))


def _links(url: str, html: str) -> list[str]:
    return [site_path(url, h) for h in _HREF.findall(html)]


def _interp_links(site: SampleSite, url: str, html: str) -> list[str]:
    return [u for u in _links(url, html) if _is_interp(site, u)]


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    out = []
    for url in site.html_urls:
        title = _title(_html(site, url))
        if "政府信息公开工作年度报告" in title:
            out.append((url, int(re.search(r"(20\d{2})年", title).group(1)), _shown(_html(site, url))))
    return out


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "soft404":
        status, ctype, body = fetch(base, entry.url)
        assert status == 200 and ctype.startswith("text/html") and arg in body.decode("gbk")
        assert entry.url not in site.resources
    elif kind == "no-rows":
        html, list_url = _list_html(base, entry.url)
        assert not _all_rows(base, entry.url)
        assert not [u for u in _links(list_url, html) if _ARTICLE.match(u)]
        assert _column(_page(base, entry.url)) and "情况说明" not in html
    elif kind == "newest":
        rows = _all_rows(base, entry.url)
        assert rows and max(d for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        html = _page(base, entry.url)
        assert not _interp_links(site, entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html))
        short = short.group(1) if short else _title(html).split("关于")[1].removesuffix("的实施意见")
        interps = [u for u in site.resources if _is_interp(site, u)]
        assert interps and not [u for u in interps if short in _html(site, u)]
    elif kind == "no-interp-link":
        html = _page(base, entry.url)
        assert not _interp_links(site, entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        (interp,) = [u for u in site.resources if _is_interp(site, u) and short in _title(_html(site, u))]
        assert entry.url not in _links(interp, _html(site, interp))
        # the interpretation is observable: listed on the first (GET) page of 政策解读
        assert interp in {u for u, _ in _rows(_page(base, aspx.grid_page(23)), aspx.grid_page(23))}
    elif kind == "late-interp":
        html = _page(base, entry.url)
        (interp,) = _interp_links(site, entry.url, html)
        assert (_shown(_page(base, interp)) - _shown(html)).days == int(arg)
    elif kind == "meta-missing":
        html = _page(base, entry.url)
        assert _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
        listed = {u for u, _ in _all_rows(base, entry.url)}
        assert {u for u, _, _ in _reports(site)} == listed
    elif kind == "late":
        assert _shown(_page(base, entry.url)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        page = _page(base, entry.url)
        assert arg not in page[page.find('class="Bottom_Table"'):] and arg in _page(base, "/")
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = aspx.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps
    assert again.posts == site.posts


def test_served_as_gb2312_from_iis(base: str) -> None:
    status, ctype, body = fetch(base, aspx.CLASS + "2")
    assert status == 200 and ctype == "text/html; Charset=gb2312" and "青峪要闻" in body.decode("gbk")
    assert 'charset=gb2312' in body.decode("gbk")
    status, ctype, body = fetch(base, "/no/such/page.aspx")
    assert status == 404 and "无法找到该页" in body.decode("gbk")


def test_cms_error_pages_answer_200(base: str) -> None:
    for url, words in ((aspx.CLASS + "77", "找不到指定的栏目"), (aspx.ARTICLE + "1", "文章不存在")):
        status, _, body = fetch(base, url)
        assert status == 200 and words in body.decode("gbk")


def test_gridview_pages_come_only_by_postback(site: SampleSite, base: str) -> None:
    url = aspx.grid_page(28)
    first = _page(base, url)
    assert "__doPostBack(&#39;ctl00$ContentPlaceHolder1$GridView1&#39;,&#39;Page$2&#39;)" in first
    assert "__VIEWSTATE" in first and 'method="post"' in first
    for guess in (url + "&page=2", url + "&Page=2", url + "&pageIndex=2"):
        assert _page(base, guess) == first  # WebForms ignores parameters it does not know
    second = _post(base, url, "Page$2")
    assert second != first and "2021年政府信息公开工作年度报告" in second
    assert "2021年政府信息公开工作年度报告" not in first
    assert "__doPostBack('ctl00$ContentPlaceHolder1$GridView1','Page$3')" in _page(base, aspx.grid_page(27))


def test_post_only_pages_are_listed_only_behind_a_postback(site: SampleSite, base: str) -> None:
    """Replies on pages 2-3 of 建议提案办理 and the 2021/2020 reports: no GET page links them."""
    assert len(site.post_only) == 15 and site.post_only < set(site.html_urls)
    linked = {site_path(u, h) for u in site.resources if site.resources[u].is_html for h in _HREF.findall(_html(site, u))}
    assert not site.post_only & linked
    posted = {site_path(grid, h) for grid in (aspx.grid_page(27), aspx.grid_page(28)) for n in (2, 3)
              for h in _HREF.findall(_post(base, grid, f"Page${n}"))}
    assert site.post_only <= posted


def test_iframe_columns_hold_no_rows_themselves(site: SampleSite) -> None:
    for cid in (21, 22, 24, 25, 29):
        html = _html(site, aspx.column_page(cid))
        assert _IFRAME.search(html) and not _rows(html, aspx.column_page(cid))


def test_asp_rows_show_the_year_only_in_the_title_attribute(site: SampleSite) -> None:
    html = _html(site, aspx.CLASS + "2")
    row = re.search(r'<tr><td class="listbg">.*?</tr>', html).group(0)
    assert re.search(r'title="文章标题：[^"]*&#13;&#10;更新时间：2026-9-\d+ ', row)
    assert re.search(r">\d{2}-\d{2}<", row) and not _FULL_DATE.search(re.sub(r'title="[^"]*"', "", row))


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 18 and {e.family for e in site.key} == {
        "empty-columns", "stale-columns", "interpretations", "normative-metadata", "broken-links",
        "annual-reports", "footer"}
    for entry in site.key:
        _probe(site, base, entry)


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    keyed = {e.url for e in site.key}
    ok_doc = next(u for u in site.html_urls if _column(_html(site, u)) == "规范性文件" and _title(_html(site, u))
                  and u not in keyed)
    cases = [Expected("x", ok_doc, "", probe="no-interp"), Expected("x", ok_doc, "", probe="no-interp-link"),
             Expected("x", ok_doc, "", probe="meta-missing:有效性"), Expected("x", "/", "", probe="status:404"),
             Expected("x", aspx.column_page(29), "", probe="no-rows"), Expected("x", aspx.grid_page(27), "", probe="no-rows"),
             Expected("x", aspx.CLASS + "2", "", probe="newest:2026-08-10"),
             Expected("x", aspx.grid_page(28), "", probe="no-report:2021"),
             Expected("x", aspx.CLASS + "2", "", probe="soft404:找不到指定的栏目"),
             Expected("x", ok_doc, "", probe="footer-lacks:网站标识码")]
    for entry in cases:
        with pytest.raises(AssertionError):
            _probe(site, base, entry)


def test_traps_are_served_and_later_pages_belong_to_their_column(site: SampleSite, base: str) -> None:
    assert len(site.traps) >= 10
    for trap in site.traps:
        assert fetch(base, trap.url)[0] == 200, trap
    later = [t.url for t in site.traps if t.note == LATER_PAGE]
    assert {"&page=", "Index_2.aspx"} <= {k for u in later for k in ("&page=", "Index_2.aspx") if k in u}
    for url in later:
        first = re.sub(r"&page=\d+$", "", url) if "&page=" in url else re.sub(r"Index_\d+\.aspx$", "Index.aspx", url)
        one, two = _page(base, first), _page(base, url)
        assert _rows(two, url) and {u for u, _ in _rows(one, first)}.isdisjoint(u for u, _ in _rows(two, url))
        assert _column(one) == _column(two)


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
            got = site.lookup(path, query)
            if got.status != 200 or "错误信息" in got.body.decode("gbk", "replace"):
                broken.add(target)
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    normative = [u for u in site.html_urls if _column(_html(site, u)) == "规范性文件" and _title(_html(site, u))]
    assert len(normative) == 12 and planted < set(normative)
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


_COLUMNS = [aspx.CLASS + str(c) for c in (2, 3, 4, 5, 6)] + ["/Category_12/Index.aspx", "/Category_13/Index.aspx"] + [
    aspx.column_page(c) for c in (21, 22, 24, 25, 29)] + [aspx.grid_page(c) for c in (23, 26, 27, 28)]


def test_no_unplanted_stale_or_empty_columns(site: SampleSite, base: str) -> None:
    stale_key = {e.url for e in site.key if e.family == "stale-columns"}
    empty_key = {e.url for e in site.key if e.family == "empty-columns"}
    stale, empty = set(), set()
    for url in _COLUMNS:
        rows = _all_rows(base, url)
        if not rows:
            empty.add(url)
            continue
        age = _max_age(_column(_page(base, url)))
        if age is not None and site.as_of - max(d for _, d in rows) > age:
            stale.add(url)
    assert (stale, empty) == (stale_key, empty_key)


def test_no_unplanted_interpretation_defects(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "interpretations"}
    docs = [u for u in site.html_urls if _column(_html(site, u)) in ("规范性文件", "政策文件") and _title(_html(site, u))]
    assert len(docs) == 17 and planted < set(docs)
    for url in set(docs) - planted:
        (interp,) = _interp_links(site, url, _html(site, url))
        assert _shown(_html(site, interp)) - _shown(_html(site, url)) <= timedelta(days=3), url
        assert url in _links(interp, _html(site, interp)), url


def test_annual_reports_follow_the_key(site: SampleSite, base: str) -> None:
    """A report for each year 2021–2025 by 03-31, except the key's entries; 2021 and 2020 are
    listed only on the GridView's second page (a postback)."""
    reports = _reports(site)
    keyed = {e.match[1] for e in site.key if e.family == "annual-reports"}
    years = {y for _, y, _ in reports}
    found = {str(y) for y in range(2021, 2026) if y not in years}
    found |= {str(y) for _, y, when in reports if when > date(y + 1, 3, 31)}
    assert found == keyed
    on_deadline = [u for u, y, when in reports if when == date(y + 1, 3, 31)]
    assert len(on_deadline) == 1 and set(on_deadline) <= {t.url for t in site.traps}
    first_page = {u for u, _ in _rows(_page(base, aspx.grid_page(28)), aspx.grid_page(28))}
    assert {y for u, y, _ in reports if u not in first_page} == {2021, 2020}
