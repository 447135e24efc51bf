"""The "phpcms" sample site (a county PHPCMS v9 site, UTF-8 with a BOM) is what its answer key
says: deterministic, served as declared, every planted defect present in the served bytes,
nothing outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import phpcms
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.server import fetch, fetch_page

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"']+)["']""")
_ARTICLE = re.compile(r"^/show-\d+-\d+-1\.html$|^/index\.php\?m=content&c=index&a=show&catid=\d+&id=\d+$")
# Row dates: 2026-05-06, 2026/5/6, 2026年05月06日, [2026-05-06].
_ROW_DATE = re.compile(r"(\d{4})(?:[-/]|年)(\d{1,2})(?:[-/]|月)(\d{1,2})")
_SHOWN = re.compile(r'name="PubDate" content="(\d{4})-(\d{2})-(\d{2})')


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return phpcms.build()


def _html(site: SampleSite, url: str) -> str:
    return site.resources[url].body.decode("utf-8-sig")


def _page(base: str, url: str) -> str:
    return fetch_page(base, url, "utf-8-sig")


def _list_area(html: str) -> str:
    start = html.find('<div class="col-auto">')
    return html[start:html.find('<div class="footer">')] if start >= 0 else ""


def _rows(html: str) -> list[tuple[str, date]]:
    """(article URL, date) of every <li> or <tr> row of a list page."""
    rows = []
    for row in re.findall(r"<(?:li|tr)>(.*?)</(?:li|tr)>", _list_area(html)):
        link = next((unescape(h) for h in _HREF.findall(row) if _ARTICLE.match(unescape(h))), None)
        m = _ROW_DATE.search(re.sub(r'(?:href|src)="[^"]*"', "", row))
        if link and m:
            rows.append((link, date(*map(int, m.groups()))))
    return rows


def _shown(html: str) -> date:
    return date(*map(int, _SHOWN.search(html).groups()))


def _column(html: str) -> str:
    """The ColumnName meta of a list page; an article's column is the last link of its trail."""
    m = re.search(r'name="ColumnName" content="([^"]+)"', html)
    if m:
        return m.group(1)
    m = re.search(r'<div class="crumbs">.*>([^<>]+)</a> &gt;  正文</div>', html)
    return m.group(1) if m else ""


def _field(label: str, html: str) -> str | None:
    """Value of a `<li><b>索 引 号：</b>…</li>` metadata field, None when absent or blank."""
    spaced = r"[\s　]*".join(map(re.escape, label))
    m = re.search(rf"<li><b>{spaced}：</b>([^<]*)</li>", html)
    return m.group(1) or None if m else None


_FIELDS = ("索引号", "发文机关", "发文字号", "成文日期", "发布日期", "有效性")


def _is_interp(site: SampleSite, url: str) -> bool:
    if url not in site.resources or not site.resources[url].is_html:
        return False
    html = _html(site, url)
    return 'name="ArticleTitle"' in html and _column(html) == "政策解读"


def _interp_links(site: SampleSite, html: str) -> list[str]:
    return [unescape(h) for h in _HREF.findall(html) if _is_interp(site, unescape(h))]


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
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
    elif kind == "soft404":
        status, ctype, body = fetch(base, entry.url)
        assert status == 200 and ctype.startswith("text/html") and "信息不存在" in body.decode("utf-8")
        assert entry.url not in site.resources
    elif kind == "no-rows":
        html = _page(base, entry.url)
        assert not _rows(html) and not [h for h in _HREF.findall(_list_area(html)) if _ARTICLE.match(unescape(h))]
        assert _column(html) and "情况说明" not in html and len(_list_area(html)) > 0
    elif kind == "newest":
        rows = _rows(_page(base, entry.url))
        assert rows and max(d for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        html = _page(base, entry.url)
        assert not _interp_links(site, html)
        title = re.search(r'name="ArticleTitle" content="([^"]*)"', html).group(1)
        short = m.group(1) if (m := re.search(r"《([^》]+)》", title)) else title.removeprefix(phpcms.ORG)
        interps = [u for u in site.resources if _is_interp(site, u)]
        assert interps and not [u for u in interps if short in _html(site, u)]
    elif kind == "no-interp-link":
        html = _page(base, entry.url)
        assert not _interp_links(site, html)
        assert not [u for u in site.resources if _is_interp(site, u) and entry.url in unescape(_html(site, u))]
    elif kind == "late-interp":
        html = _page(base, entry.url)
        (interp,) = _interp_links(site, html)
        assert (_shown(_page(base, interp)) - _shown(html)).days == int(arg)
    elif kind == "meta-missing":
        html = _page(base, entry.url)
        assert _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        html = _page(base, entry.url)
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
        assert {u for u, _, _ in _reports(site)} <= {unescape(h) for h in _HREF.findall(html)}
    elif kind == "late":
        assert _shown(_page(base, entry.url)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        assert "公网安备" not in _page(base, entry.url) and "公网安备" in _page(base, "/")
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = phpcms.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_utf8_with_a_bom(base: str) -> None:
    status, ctype, body = fetch(base, "/list-2-1.html")
    assert status == 200 and ctype == "text/html" and body.startswith(b"\xef\xbb\xbf")
    assert "云溪要闻" in body.decode("utf-8-sig")


def test_unknown_content_urls_get_the_cms_message_and_uploads_a_real_404(base: str) -> None:
    for url in ("/show-9-1-1.html", "/index.php?m=content&c=index&a=show&catid=9&id=1", "/list-99-1.html"):
        status, _, body = fetch(base, url)
        assert status == 200 and "<title>提示信息</title>" in body.decode("utf-8")
    assert fetch(base, "/uploadfile/2026/0101/none.pdf")[0] == 404


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and {e.family for e in site.key} == {
        "empty-columns", "stale-columns", "interpretations", "normative-metadata", "broken-links",
        "annual-reports", "footer"}
    for entry in site.key:
        _probe(site, base, entry)


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    keyed = {e.url for e in site.key}
    ok_doc = next(u for u in site.html_urls if "catid=33&id=" in u and u not in keyed)
    dyn = phpcms.DYN + "lists&catid="
    cases = [Expected("x", ok_doc, "", probe="no-interp"), Expected("x", ok_doc, "", probe="no-interp-link"),
             Expected("x", ok_doc, "", probe="meta-missing:有效性"), Expected("x", "/index.html", "", probe="status:404"),
             Expected("x", "/list-2-1.html", "", probe="no-rows"), Expected("x", dyn + "39", "", probe="no-rows"),
             Expected("x", "/list-2-1.html", "", probe="newest:2026-10-24"),
             Expected("x", dyn + "42", "", probe="no-report:2022"), Expected("x", "/list-2-1.html", "", probe="soft404"),
             Expected("x", ok_doc, "", probe="footer-lacks:公网安备")]
    for entry in cases:
        with pytest.raises(AssertionError):
            _probe(site, base, entry)


def test_traps_are_served_and_later_pages_belong_to_their_column(site: SampleSite, base: str) -> None:
    assert len(site.traps) >= 10
    for trap in site.traps:
        assert fetch(base, trap.url)[0] == 200, trap
    later = [t.url for t in site.traps if t.note == LATER_PAGE]
    assert any(re.fullmatch(r"/list-\d+-[2-9]\.html", u) for u in later) and any("&page=2" in u for u in later)
    for url in later:
        first = re.sub(r"-\d+\.html$", "-1.html", url) if url.startswith("/list-") else re.sub(r"&page=\d+$", "", url)
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
            got = site.lookup(parts.path, parts.query)
            if got.status != 200 or b"showMsg" in got.body:  # a real 404 or the CMS's status-200 message page
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
    if re.search(r"年报|指南|解读|制度", column):
        return None
    if re.search(r"新闻|动态|要闻", column):
        return timedelta(days=14)
    if re.search(r"通知|公告|文件", column):
        return timedelta(days=183)
    return timedelta(days=365)


def test_no_unplanted_stale_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "stale-columns"}
    stale, checked = set(), 0
    later = {t.url for t in site.traps if t.note == LATER_PAGE}
    for url in site.html_urls:
        html = _html(site, url)
        if url in later or _ARTICLE.match(url) or not _rows(html):
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
    assert len(docs) == 11 and planted < set(docs)
    for url in set(docs) - planted:
        (interp,) = _interp_links(site, _html(site, url))
        assert _shown(_html(site, interp)) - _shown(_html(site, url)) <= timedelta(days=3), url
        assert url in unescape(_html(site, interp)), url


def test_no_unplanted_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "empty-columns"}
    lists = [u for u in site.html_urls if _list_area(_html(site, u)) and "page-content" not in _html(site, u)]
    assert len(lists) >= 10
    empty = {u for u in lists if not _rows(_html(site, u)) and "情况说明" not in _html(site, u)}
    assert empty == planted


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    """A report for each year 2021–2025 by 03-31 (a county government), except the key's entries."""
    reports = _reports(site)
    keyed = {e.match[1] for e in site.key if e.family == "annual-reports"}
    years = {y for _, y, _ in reports}
    found = {str(y) for y in range(2021, 2026) if y not in years}
    found |= {str(y) for _, y, when in reports if when > date(y + 1, 3, 31)}
    assert found == keyed
    on_deadline = [u for u, y, when in reports if when == date(y + 1, 3, 31)]
    assert len(on_deadline) == 1 and set(on_deadline) <= {t.url for t in site.traps}
