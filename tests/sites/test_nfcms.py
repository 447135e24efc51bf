"""The "nfcms" sample site (a 广东 district portal on 南方 NFCMS: `/<channel>/<column>/index.html` then `index_2.html`,
`…/content/post_<id>.html` articles with `mpost_<id>.html` WAP copies named only by a user-agent script, header and
footer written by initPage() from JS strings, a 信息公开 platform under `/rgxxgk/`) is what its answer key says:
deterministic, served as declared, every planted defect present in the served bytes, nothing outside the key
defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import nfcms
from tests.sites.model import LATER_PAGE, SITE_HOST, Expected, SampleSite
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"#][^"]*)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r'<li>\s*(?:<i></i>\s*<a|<span class="til"><a) href="([^"]+)"[^>]*>.*?<span class="time">(\d{4}-\d{2}-\d{2})</span>', re.S)
_SHOWN = re.compile(r'(?:发布时间：<b>|<span class="time">时间&nbsp;:&nbsp;)(\d{4})-(\d{2})-(\d{2})')
GFX, JD, NDBG = "/rgxxgk/gfxwj/", "/rgxxgk/zcjd/", "/rgxxgk/ndbg/"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return nfcms.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _list_body(html: str) -> str:
    m = re.search(r'<ul class="news_list">(.*?)</ul>', html, re.S) or re.search(r'<div class="viewList">.*?<ul>(.*?)</ul>', html, re.S)
    return m.group(1)


def _rows(html: str, url: str) -> list[tuple[str, str]]:
    return [(site_path(url, h), d) for h, d in _ROW.findall(_list_body(html))]


def _pager_links(html: str, url: str) -> list[str]:
    start = html.find('<div class="page">')
    if start < 0:
        return []
    return [site_path(url, h) for h in re.findall(r'<a(?: class="\w+")? href="([^"]+)"', html[start:html.find("</div>", start)])]


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


def _shown(site: SampleSite, url: str) -> date:
    return date(*map(int, _SHOWN.search(_html(site, url)).groups()))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf"<label>{label}：</label><span>([^<]*)</span>", html)
    return (m.group(1) or None) if m else None


def _title(html: str) -> str:
    return unescape(re.search(r"<title>([^<]*)-岭州市", html).group(1))


def _related(url: str, html: str) -> list[str]:
    m = re.search(r'<div class="xgjd"><span>[^<]*</span>(.*?)</div>', html)
    return [site_path(url, h) for h in re.findall(r'href="([^"]+)"', m.group(1))] if m else []


def _interps(site: SampleSite) -> list[str]:
    return [u for u, _ in _all_rows(site, JD)]


def _reports(site: SampleSite, url: str = NDBG) -> list[tuple[str, int, date]]:
    return [(u, int(re.search(r"(20\d{2})年", _title(_html(site, u))).group(1)), _shown(site, u)) for u, _ in _all_rows(site, url)]


def _links(site: SampleSite) -> set[str]:
    """Addresses linked by `href` in the pages' HTML, script text left out."""
    return {site_path(u, unescape(h)) for u in ["/", *site.html_urls]
            for h in _HREF.findall(re.sub(r"<script>.*?</script>", "", _html(site, u), flags=re.S))}


def _footer_string(html: str) -> str:
    """The footer a browser shows: the xxgk template's plain footer, or the portal's pcFooterStr."""
    if '<div class="xxgk_footer">' in html:
        return html[html.find('<div class="xxgk_footer">'):]
    start = html.find("var pcFooterStr = ")
    return html[start:html.find(";\n", start)]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and '<ul class="news_list">' in html
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and max(date.fromisoformat(d) for _, d in rows) == date.fromisoformat(arg)
        assert max(_shown(site, u) for u, _ in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _related(entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        assert not [u for u in _interps(site) if short in _html(site, u)]
    elif kind == "no-interp-link":
        assert not _related(entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        (interp,) = [u for u in _interps(site) if short in _html(site, u)]
        assert not _related(interp, _html(site, interp))
    elif kind == "late-interp":
        (interp,) = _related(entry.url, html)
        assert (_shown(site, interp) - _shown(site, entry.url)).days == int(arg)
    elif kind == "meta-missing":
        assert '<div class="introduce">' in html and _field("发布日期", html) and not _field(arg, html)
        if arg == "有效性":
            assert "有效性" not in html and "失效" not in html
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
    elif kind == "late":
        assert _shown(site, entry.url) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 10 and arg in _footer_string(_html(site, "/"))
        assert all(arg not in _footer_string(_html(site, u)) and "ICP备" in _footer_string(_html(site, u))
                   and "公网安备" in _footer_string(_html(site, u)) for u in pages)
    elif kind == "xxgk-site-tags-only":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 10
        for u in pages:
            page = _html(site, u)
            assert '<meta name="SiteIDCode"' in page and "ColumnName" not in page and "ArticleTitle" not in page
        post = _all_rows(site, "/ywdt/rgyw/index.html")[0][0]
        assert '<meta name="ArticleTitle"' in _html(site, post) and '<meta name="ColumnName"' in _html(site, post)
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = nfcms.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_the_template_serves(site: SampleSite, base: str) -> None:
    status, content_type, _ = fetch(base, "/ywdt/rgyw/")
    assert status == 200 and "UTF-8" in content_type
    assert fetch(base, "/ywdt/rgyw/index_3.html")[0] == 200 and fetch(base, "/ywdt/rgyw/index_4.html")[0] == 404
    assert fetch(base, "/ywdt/rgyw/")[2] == fetch(base, "/ywdt/rgyw/index.html")[2]
    assert fetch(base, "/index.html?link=ywdt")[2] == fetch(base, "/")[2]


def test_lists_page_as_index_n(site: SampleSite) -> None:
    """Page 1 is `index.html` (linked as the folder elsewhere), page 2 `index_2.html`; comments sit inside links."""
    url = "/ywdt/rgyw/index_2.html"
    assert _pager_links(_html(site, url), url) == [
        "/ywdt/rgyw/index.html", "/ywdt/rgyw/index.html", "/ywdt/rgyw/index.html", "/ywdt/rgyw/index_3.html",
        "/ywdt/rgyw/index_3.html", "/ywdt/rgyw/index_3.html"]
    for later in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert re.fullmatch(r"/[\w/]+/index_[2-9]\.html", later) and _rows(_html(site, later), later), later
    assert len(_all_rows(site, "/ywdt/rgyw/index.html")) == 38
    assert "<!-- 其他文件 -->" in _html(site, "/ywdt/tzgg/index.html")


def test_rows_and_trails_link_the_own_host_protocol_relative(site: SampleSite, base: str) -> None:
    """gz.gov.cn's rows link `https://www.gz.gov.cn/…`; here `//host/…`, which the server names."""
    html = _html(site, "/ywdt/tzgg/index.html")
    assert f'<a href="//{SITE_HOST}/ywdt/tzgg/content/post_' in html and f'<a href="//{SITE_HOST}/ywdt/tzgg/">通知公告</a>' in html
    assert SITE_HOST.encode() not in fetch(base, "/ywdt/tzgg/")[2]


def test_elder_mode_is_the_same_page(site: SampleSite, base: str) -> None:
    """The tool bar links `?version=slh`: the server answers the page itself (initPage picks the 长者 strings)."""
    assert '<a class="slh_link" href="/ywdt/bmdt/?version=slh">长者模式</a>' in _html(site, "/ywdt/bmdt/index.html")
    assert fetch(base, "/ywdt/bmdt/?version=slh")[2] == fetch(base, "/ywdt/bmdt/")[2]


def test_a_tujie_is_one_picture_linking_its_document(site: SampleSite) -> None:
    trap = next(t.url for t in site.traps if t.note.startswith("只有一张图片的图解"))
    html = _html(site, trap)
    body = re.search(r'<div class="zw">(.*?)<div class="fj"', html, re.S).group(1)
    assert re.fullmatch(r'<p style="text-align: center;"><img src="[^"]+" alt="[^"]+"></p>\s*', body)
    assert [u for u in _related(trap, html) if u.startswith(GFX)]


def test_portal_header_and_footer_only_in_script_strings(site: SampleSite) -> None:
    """On portal pages the footer's identifiers exist only inside `var pcFooterStr = '…'+'…'` (initPage writes them)."""
    for url in ("/", "/ywdt/rgyw/index.html", _all_rows(site, "/ywdt/rgyw/index.html")[0][0]):
        html = _html(site, url)
        assert '<div id="footerAnchor"></div>' in html and "initPage();" in html
        outside = html.replace(html[html.find("<script>\nvar pcHeaderStr"):html.find("</script>", html.find("var pcHeaderStr"))], "")
        assert "网站标识码" not in outside and "粤ICP备" not in outside
        assert "网站标识码4406150001" in _footer_string(html) and "粤公网安备" in _footer_string(html)


def test_wap_copies_named_only_by_a_script(site: SampleSite) -> None:
    linked = _links(site)
    wap = {u for u in site.html_urls if "/mpost_" in u}
    assert wap and wap <= site.script_only and not wap & linked
    post = _all_rows(site, "/ywdt/rgyw/index.html")[0][0]
    assert f'document.location.href="https://www.ronggang.gov.cn{post.replace("post_", "mpost_")}"' in _html(site, post)


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and len(site.traps) >= 15
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served(site: SampleSite) -> None:
    for trap in site.traps:
        assert site.lookup(*(trap.url.split("?", 1) + [""])[:2]).status == 200, trap.url


def test_every_page_is_linked(site: SampleSite) -> None:
    linked = _links(site)
    linked |= {u + "index.html" for u in linked if u.endswith("/")}
    assert set(site.html_urls) - linked == set(site.script_only) | nfcms.FOOTER_ONLY


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html:
            continue
        for ref in _REF.findall(res.body.decode("utf-8").replace(f"//{SITE_HOST}", "")):
            target = urljoin("http://site" + url, unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path)
    assert broken == planted


def test_metadata_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    rows = [u for u, _ in _all_rows(site, GFX)]
    assert len(rows) == 9
    for url in rows:
        html = _html(site, url)
        missing = [f for f in ("索引号", "发布机构", "文号", "成文日期", "发布日期", "有效性") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)
        assert re.search(r"LZRG20\d{6}", html)  # the 统一编号


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"/ywdt/rgyw/index.html": 14, "/ywdt/tzgg/index.html": 183, "/ywdt/bmdt/index.html": 14, "/ywdt/zjdt/index.html": 14,
              GFX + "index.html": 183, JD + "index.html": 183, "/rgxxgk/rsxx/index.html": 365, "/rgxxgk/czyjs/index.html": 365,
              NDBG + "index.html": 365, "/rgxxgk/fgj/gzdt/index.html": 14, "/rgxxgk/fgj/ndbg/index.html": 365}
    for url, days in limits.items():
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(_shown(site, u) for u, _ in rows) >= nfcms.AS_OF - timedelta(days=days)
        assert fresh != (url in planted), url


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {y: when for _, y, when in _reports(site)}
    assert sorted(years) == [2020, 2021, 2022, 2023, 2025]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    assert {u for u, y, when in _reports(site) if when > date(y + 1, 3, 31)} == late
    dept = _reports(site, "/rgxxgk/fgj/ndbg/")
    assert sorted(y for _, y, _ in dept) == list(range(2020, 2026)) and all(when <= date(y + 1, 1, 31) for _, y, when in dept)


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.note.startswith("文件与解读"))
    on_time = next(t.url for t in site.traps if "截止日" in t.note)
    first = "/ywdt/rgyw/index.html"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-09-30", first), ("no-interp", doc),
                 ("no-interp-link", doc), ("late-interp:15", doc), ("meta-missing:文号", doc), ("meta-missing:有效性", doc),
                 ("late:2022-03-31", on_time), ("no-report:2023", NDBG), ("footer-lacks:主办", first)]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe, url_pattern=r"^/rgxxgk/"))
