"""The "ylcms" sample site (a 福建 county portal on the 远略 ylcms 网站群: static `/cms/html/<site>/<column>/index.html`
first pages, later pages only at `/cms/sitemanage/index.shtml?siteId=<column id>&page=N`, articles in the site's date
folders, 信息公开 records at `/cms/infopublic/publicInfo.shtml?id=N&siteId=S` under a `ul.info` field list) is what
its answer key says: deterministic, served as declared, every planted defect present in the served bytes, nothing
outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import ylcms
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r'<li><span class="list-content">(.*?)</li>|<div class="menuli"><li>(.*?)</li></div>', re.S)
_ARTICLE_DATE = re.compile(r'<span class="rq">发布时间：(\d{4}-\d{2}-\d{2}) \d{2}:\d{2}</span>')
ROOT = ylcms.ROOT
GFX, ZCJD, TSTJ, NDBG = (f"{ROOT}/gfxwj/index.html", f"{ROOT}/zcjd/index.html", f"{ROOT}/tstj/index.html",
                         f"{ROOT}/xxgknb/index.html")
GHJH, SNFW = f"{ROOT}/leafinfodirectory/1200686935.html", f"{ROOT}/leafinfodirectory/1634581767.html"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return ylcms.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = unescape(url).partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _rows(html: str, url: str) -> list[tuple[str, str]]:
    """(document URL, date shown) of every row of a list page."""
    return [(site_path(url, unescape(_HREF.search(row).group(1))), re.search(r"<span[^>]*>(\d{4}-\d{2}-\d{2})</span>", row).group(1))
            for row in (a or b for a, b in _ROW.findall(html))]


def _pager_links(html: str, url: str) -> list[str]:
    start = html.find('<div class="mid-mj-page">')
    return [] if start < 0 else [site_path(url, unescape(h)) for h in _HREF.findall(html[start:html.find("</div>", start)])]


def _all_rows(site: SampleSite, url: str) -> list[tuple[str, str]]:
    rows, todo, seen = [], [url], set()
    while todo:
        page = todo.pop(0)
        if page in seen:
            continue
        seen.add(page)
        html = _html(site, page)
        rows += _rows(html, page)
        todo += _pager_links(html, page)
    return list(dict.fromkeys(rows))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf"<li><span>{label}：</span>([^<]*)</li>", html)
    return m.group(1).strip() or None if m else None


def _shown(site: SampleSite, url: str) -> date:
    html = _html(site, url)
    m = _ARTICLE_DATE.search(html)
    return date.fromisoformat(m.group(1) if m else _field("发布日期", html))


def _title(html: str) -> str:
    m = re.search(r'<div class="top-title1">([^<]*)</div>', html) or re.search(r'<div class="title"><h1>([^<]*)</h1>', html)
    return unescape(m.group(1))


def _related(url: str, html: str) -> list[str]:
    """The pages linked in the 相关链接/相关解读 box."""
    start = html.find('<div class="article_relalinks">')
    return [] if start < 0 else [site_path(url, unescape(h)) for h in _HREF.findall(html[start:html.find("</ul>", start)])]


def _interps(site: SampleSite) -> list[str]:
    return [u for u, _ in _all_rows(site, ZCJD) + _all_rows(site, TSTJ)]


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    return [(url, int(re.search(r"(20\d{2})年", _title(_html(site, url))).group(1)), _shown(site, url))
            for url, _ in _all_rows(site, NDBG)]


def _footer(html: str) -> str:
    return html[html.find('<div class="foot">'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and '<ul id="resources">\n</ul>' in html and "共0页" in html
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and max(date.fromisoformat(d) for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _related(entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        assert not [u for u in _interps(site) if short in _html(site, u)]
    elif kind == "no-interp-link":
        assert not _related(entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        (interp,) = [u for u in _interps(site) if short in _title(_html(site, u))]
        assert not _related(interp, _html(site, interp))
    elif kind == "late-interp":
        (interp,) = _related(entry.url, html)
        assert (_shown(site, interp) - _shown(site, entry.url)).days == int(arg)
    elif kind == "meta-missing":
        assert _field("索引号", html) and _field("发文机关", html) and _field("成文日期", html) and not _field(arg, html)
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
    elif kind == "late":
        assert _shown(site, entry.url) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 10 and all(arg not in _footer(_html(site, u)) and "ICP备" in _footer(_html(site, u)) for u in pages)
    elif kind == "record-no-site-tags":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 10 and all('<meta name="ArticleTitle"' in _html(site, u) and '<meta name="SiteIDCode"' not in _html(site, u)
                                       and '<meta name="ColumnName"' not in _html(site, u) for u in pages)
    elif kind == "pubdate-dashes":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 50 and all(re.search(r'<meta name="PubDate" content="\d{4}—\d{2}—\d{2} \d{2}:\d{2}">', _html(site, u))
                                       for u in pages)
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = ylcms.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_ylcms_serves(site: SampleSite, base: str) -> None:
    assert site.resources["/"].location == f"{ROOT}/index.html"
    status, content_type, body = fetch(base, f"{ROOT}/tmyw/index.html")
    page = body.decode("utf-8")
    assert status == 200 and "utf-8" in content_type and '<ul id="resources">' in page
    assert '<meta name="siteIdMeta" content="620416813021631001">' in page
    assert ('<span class="page-tip">共3页 共40条</span>' in page
            and '<a href="/cms/sitemanage/index.shtml?siteId=620416813021631001&amp;page=2" class="next">下一页</a>' in page)
    assert fetch(base, "/cms/sitemanage/index.shtml?siteId=620416813021631001&page=2")[0] == 200
    assert fetch(base, "/cms/sitemanage/index.shtml?siteId=620416813021631001&page=9")[0] == 404
    assert fetch(base, "/cms/sitemanage/index.shtml")[0] == 404


def test_articles_and_records_carry_ylcms_markup(site: SampleSite) -> None:
    url, _ = _all_rows(site, f"{ROOT}/tmyw/index.html")[0]
    html = _html(site, url)
    assert re.fullmatch(rf"{ROOT}/\d{{4}}-\d{{2}}-\d{{2}}/\d{{10}}\.html", url)
    assert re.search(r'<meta name="PubDate" content="\d{4}—\d{2}—\d{2} \d{2}:\d{2}">', html)  # em dashes
    assert '<div class="top-title1">' in html and '<div id="Content">' in html and "扫一扫在手机打开" in html
    doc, _ = _all_rows(site, GFX)[0]
    record = _html(site, doc)
    assert re.fullmatch(r"/cms/infopublic/publicInfo\.shtml\?id=\d{17}&siteId=\d{18}", doc)
    assert '<ul class="info">' in record and '<li id="wjxz">' in record and "无word文件" in record
    assert record.count('<div class="tsrc">') == 2 and "/cms/js/pdfjs/web/viewer.html?file=" in record


def test_leaf_directories_nest_rows_in_divs(site: SampleSite) -> None:
    html = _html(site, GHJH)
    assert '<ul id="infos">' in html and '<div class="menuli"><li><a href="/cms/infopublic/publicInfo.shtml?id=' in html
    assert len(_all_rows(site, GHJH)) == 12
    zwgk = _html(site, f"{ROOT}/zwgk/index.html")
    assert '">index.shtml?directoryId=1200686935&amp;siteId=830612496518270000</a>' in zwgk  # the 更多 link's text


def test_later_pages_are_sitemanage_pages(site: SampleSite) -> None:
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert re.fullmatch(r"/cms/sitemanage/index\.shtml\?siteId=\d{18}&page=\d+|/cms/infopublic/index\.shtml\?directoryId=\d+"
                            r"&leafInfoDirectoryPageEnable=true&siteId=\d{18}&page=\d+", url) and _rows(_html(site, url), url), url
    assert len(_all_rows(site, f"{ROOT}/tmyw/index.html")) == 40


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 17 and len(site.traps) >= 15
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served(site: SampleSite) -> None:
    for trap in site.traps:
        path, _, query = trap.url.partition("?")
        assert site.lookup(path, query).status == 200, trap.url


def test_every_page_is_linked(site: SampleSite) -> None:
    linked = {site_path(url, unescape(h)) for url in [f"{ROOT}/index.html", *site.html_urls] for h in _HREF.findall(_html(site, url))}
    assert set(site.html_urls) - linked - {"/cms/js/pdfjs/web/viewer.html"} == set()


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html or res.status != 200:
            continue
        for ref in _REF.findall(res.body.decode("utf-8")):
            if ref.startswith("javascript:"):
                continue
            target = urljoin("http://site" + url, unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status not in (200, 302):
                    broken.add(parts.path)
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    for url, _ in _all_rows(site, GFX):
        html = _html(site, url)
        missing = [f for f in ("索引号", "发文机关", "发文字号", "成文日期", "发布日期", "有效性") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {f"{ROOT}/tmyw/index.html": 14, f"{ROOT}/tzgg/index.html": 183, f"{ROOT}/xzdt/index.html": 365,
              f"{ROOT}/bmdt/index.html": 183, f"{ROOT}/bmfw/index.html": 365, GFX: 183, ZCJD: 183,
              f"{ROOT}/czzj/index.html": 365, NDBG: 365, f"{ROOT}/rsxx/index.html": 365, TSTJ: 183, GHJH: 183, SNFW: 365}
    for url, days in limits.items():
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(_shown(site, u) for u, _ in rows) >= ylcms.AS_OF - timedelta(days=days)
        assert fresh != (url in planted), url


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {y: when for _, y, when in _reports(site)}
    assert sorted(years) == [2021, 2022, 2023, 2025]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    assert {u for u, y, when in _reports(site) if when > date(y + 1, 3, 31)} == late


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.note.startswith("文件与解读"))
    on_time = next(t.url for t in site.traps if "当天发布" in t.note)
    first = f"{ROOT}/tmyw/index.html"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first), ("no-interp", doc),
                 ("no-interp-link", doc), ("late-interp:14", doc), ("meta-missing:有效性", doc),
                 ("meta-missing:发文字号", doc), ("late:2023-03-31", on_time), ("no-report:2023", NDBG)]
    compliant.append(("pubdate-dashes", first))
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe))
