"""The "gxjy" sample site (a 广西 county portal on the province's 集约化 platform: `/<channel>/<column>/` lists whose
later pages `index.shtml?pageIndex=N` only `pageControl(…)` writes, `t<id>.shtml` articles with a phone copy and a
script-filled 关联文件 box, a 文件库 table with hover boxes) is what its answer key says: deterministic, served as
declared, every planted defect present in the served bytes, nothing outside the key defective. (The tool's findings
are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import gxjy
from tests.sites.model import LATER_PAGE, SITE_HOST, Expected, SampleSite
from tests.sites.mutate import reshape_rows
from tests.sites.probes import meta, shown_date
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r'<li><a href="(\./t\d+\.shtml)"[^>]*>[^<]*</a><span class="date">(\d{4}-\d{2}-\d{2})</span></li>')
_FILE_ROW = re.compile(r'<td align="left" onmouseenter="td_over\(this\)"[^>]*><a href="(\./t\d+\.shtml)"')
_SHOWN = re.compile(r'<div class="article-inf-left">\s*(\d{4})-(\d{2})-(\d{2})')
_PAGES = re.compile(r'pageControl\((\d+), (\d+), "index", "shtml", 9, "pages"\)')
GFX, ZCJD, NDBG = "/zfxxgk/xzgfxwj/", "/zfxxgk/zcjd/", "/zfxxgk/zfxxgknb/"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return gxjy.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8").replace(SITE_HOST, "site")


def _all_rows(site: SampleSite, url: str) -> list[tuple[str, date]]:
    """(article URL, the date its row shows) of every row of every page of the list, pages as pageControl names them."""
    html = _html(site, url)
    count = int(_PAGES.search(html).group(1))
    out = []
    for n in range(1, max(count, 1) + 1):
        page = url if n == 1 else f"{url}index.shtml?pageIndex={n}"
        text = _html(site, page)
        out += [(site_path(page, h), date.fromisoformat(d)) for h, d in _ROW.findall(text)]
        out += [(site_path(page, h), _shown(site, site_path(page, h))) for h in _FILE_ROW.findall(text)]
    return out


def _shown(site: SampleSite, url: str) -> date:
    return shown_date(_SHOWN, _html(site, url))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf"<strong>{label}：</strong>([^<]*)</td>", html)
    return m.group(1).strip() or None if m else None


def _related(html: str) -> list[str]:
    """The URLs the page's 关联文件 box script writes."""
    return re.findall(r'"url":"([^"]+)"', re.search(r"var relFiles=\[([^\]]*)\]", html).group(1))


def _original(url: str, html: str) -> list[str]:
    return [site_path(url, h) for h in re.findall(r'原文链接：<a href="([^"]+)"', html)]


def _interps(site: SampleSite) -> list[str]:
    return [u for u, _ in _all_rows(site, ZCJD)]


def _footer(html: str) -> str:
    return html[html.find('<div class="footer-site">'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    title = unescape(m.group(1)) if (m := re.search(r'id="NewsArticleTitle"[^>]*>([^<]*)<', html)) else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and '<ul class="more-list">\n</ul>' in html and "pageControl(0, 1," in html
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and max(d for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _related(html)
        short = re.search(r"《([^》]+)》", title).group(1)
        assert not [u for u in _interps(site) if short in _html(site, u)]
    elif kind == "no-interp-link":
        assert not _related(html)
        short = re.search(r"《([^》]+)》", title).group(1)
        (interp,) = [u for u in _interps(site) if short in _html(site, u)]
        assert not _original(interp, _html(site, interp)) and not _related(_html(site, interp))
    elif kind == "late-interp":
        (interp,) = _related(html)
        assert (_shown(site, interp) - _shown(site, entry.url)).days == int(arg)
    elif kind == "meta-missing":
        assert _field("索 引 号", html) and _field("发文字号", html) and not _field(arg.replace("有效性", "有 效 性"), html)
    elif kind == "no-report":
        organ, year = arg[:-4], int(arg[-4:])
        years = {int(y) for u, _ in _all_rows(site, entry.url)
                 for y in re.findall(rf'id="NewsArticleTitle"[^>]*>{organ}(20\d{{2}})年', _html(site, u))}
        assert year not in years and min(years) < year < max(years)
    elif kind == "late":
        assert _shown(site, entry.url) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 10 and all(arg not in _footer(_html(site, u)) and "ICP备" in _footer(_html(site, u)) for u in pages)
        assert arg in _footer(_html(site, "/"))
    elif kind == "xxgk-no-article-tags":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 10 and all(meta("ColumnName", _html(site, u)) and not meta("ArticleTitle", _html(site, u)) for u in pages)
        assert all(meta("ArticleTitle", _html(site, u)) for u in site.html_urls if re.match(r"^/zxzx/\w+/t\d+\.shtml$", u))
    elif kind == "column-tags-lack":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 10 and all(not meta(arg, _html(site, u)) for u in pages) and meta("ColumnName", html)
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = gxjy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_the_platform_serves(site: SampleSite, base: str) -> None:
    status, content_type, body = fetch(base, "/zxzx/jrxa/")
    assert status == 200 and "utf-8" in content_type and "pageControl(3, 1, " in body.decode("utf-8")
    later = fetch(base, "/zxzx/jrxa/index.shtml?pageIndex=3")[2].decode("utf-8")
    assert "pageControl(3, 3, " in later and later != body.decode("utf-8")
    assert fetch(base, "/zxzx/jrxa/index.shtml")[2] == body  # the pager's page 1
    assert fetch(base, "/no/such/t1.shtml")[0] == 404
    home = fetch(base, "/")[2].decode("utf-8")
    assert "今天：<span class=\"site-date\">2025年3月3日 星期一</span>" in home and f"http://{SITE_HOST}" not in home


def test_later_pages_only_the_pager_script_names(site: SampleSite) -> None:
    later = [t.url for t in site.traps if t.note == LATER_PAGE]
    assert later and all(re.fullmatch(r"/zxzx/\w+/index\.shtml\?pageIndex=\d", u) for u in later)
    linked = {site_path(u, h) for u in ["/", *site.html_urls] for h in _HREF.findall(_html(site, u))}
    assert not set(later) & linked  # no link reaches them; pageControl's arguments do
    assert len(_all_rows(site, "/zxzx/jrxa/")) == 34


def test_articles_carry_a_phone_copy_and_a_script_filled_box(site: SampleSite) -> None:
    html = _html(site, next(u for u in site.html_urls if u.startswith("/zxzx/jrxa/t")))
    assert html.count("<h1>") == 2 and '<div class="Mobile_warp">' in html and '<ul class="about-list"></ul>' in html
    assert "var relFiles=[];" in html and 'id="NewsArticlePubDay"' in html


def test_file_list_rows_hold_a_hover_box_and_a_broken_wenhao(site: SampleSite) -> None:
    html = _html(site, GFX)
    assert html.count('<div class="tips" style="display:none"><table>') == 8
    assert "浔政规〔\n                2026〕\n                8号" in html and "<ul class=\"more-list\"><table" in html


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 16 and len(site.traps) >= 20
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served(site: SampleSite) -> None:
    for trap in site.traps:
        assert site.lookup(*(trap.url.split("?", 1) + [""])[:2]).status == 200, trap.url


def test_every_page_is_linked_or_named_by_the_pager(site: SampleSite) -> None:
    linked = {site_path(u, h) for u in ["/", *site.html_urls] for h in _HREF.findall(_html(site, u))}
    named = {u for u in site.html_urls if "index.shtml" in u}  # page 1's twin and the later pages: pageControl's arguments
    assert named and set(site.html_urls) - linked - named == set()


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html:
            continue
        for ref in _REF.findall(res.body.decode("utf-8").replace(SITE_HOST, "site")):
            if ref.startswith("javascript:"):
                continue
            target = urljoin("http://site" + url, unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    for url, _ in _all_rows(site, GFX):
        html = _html(site, url)
        missing = [f for f in ("索 引 号", "发文单位", "成文日期", "发布日期", "发文字号", "有 效 性") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"/zxzx/jrxa/": 14, "/zxzx/bmdt/": 14, "/zxzx/xzdt/": 14, "/zxzx/tzgg/": 183, "/zxzx/zdxm/": 365, GFX: 183,
              "/zfxxgk/qtwj/": 365, ZCJD: 365, "/zfxxgk/czyjs/": 365, "/zfxxgk/ghjh/": 365, "/zfxxgk/rsxx/": 365, NDBG: 365}
    assert set(limits) == {u for u in site.html_urls if re.fullmatch(r"/\w+/\w+/", u) and "pageControl(" in _html(site, u)}
    for url, days in limits.items():
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(d for _, d in rows) >= gxjy.AS_OF - timedelta(days=days)
        assert fresh != (url in planted), url


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    reports = [(u, re.search(r'id="NewsArticleTitle"[^>]*>([^<]*)<', _html(site, u)).group(1), when) for u, when in _all_rows(site, NDBG)]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    deadline = {gxjy.GOV: (3, 31), "浔安县教育局": (1, 31)}
    found = set()
    for url, title, when in reports:
        organ, year = re.fullmatch(r"(.+?)(20\d{2})年政府信息公开工作年度报告", title).groups()
        if when > date(int(year) + 1, *deadline[organ]):
            found.add(url)
    assert found == late


def test_rows_mutation_leaves_a_list_of_a_table_alone() -> None:
    """`rows` once emptied `<ul class="more-list"><table>…</table></ul>` (no <li>): the 文件库 lists vanished."""
    body = b'<div class="x"><ul class="more-list"><table><tr><td><a href="/a">A</a></td><td>2026-01-02</td></tr></table></ul></div>'
    assert reshape_rows(body, {b'<div class="x"><ul class="more-list">': "h4"}, 2026, "utf-8") == body


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.note.startswith("文件页的"))
    on_time = next(t.url for t in site.traps if "当天发布" in t.note)
    first = "/zxzx/jrxa/"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first), ("no-interp", doc), ("no-interp-link", doc),
                 ("late-interp:12", doc), ("meta-missing:有效性", doc), ("late:2023-03-31", on_time),
                 ("no-report:浔安县教育局2023", NDBG), ("footer-lacks:ICP备", first)]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe, url_pattern=r"^/zxzx/"))
