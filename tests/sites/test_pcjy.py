"""The "pcjy" sample site (a county portal on the 集约化 platform of `/<site>/<column>/pc/list.html`, every list only
in a JSON `articleList` island its script renders, articles at `<column>/pc/content/content_<id>.html`) is what its
answer key says: deterministic, served as declared, every planted defect present in the served bytes, nothing
outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import pcjy
from tests.sites.model import Expected, SampleSite
from tests.sites.probes import meta, shown_date
from tests.sites.server import fetch, fetch_page

_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ISLAND = re.compile(r"var pageData = (\{.*?\});\n</script>", re.S)
_SHOWN = re.compile(r"发布时间：(\d{4})-(\d{2})-(\d{2})")
_TITLE = re.compile(r'<h1 class="title">([^<]*)</h1>')
S = pcjy.SITE
GFX, ZCJD = f"{S}xzgfxwj/pc/list.html", f"{S}zcjd/pc/list.html"
NDBGS = (f"{S}zfxxgknb/pc/list.html", f"{S}xfgjndbg132/pc/list.html", f"{S}qszndbg142/pc/list.html")


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return pcjy.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _island(html: str) -> dict:
    return json.loads(_ISLAND.search(html).group(1).replace("<\\/", "</"))


def _rows(site: SampleSite, url: str) -> list[tuple[str, str]]:
    """(article address, date) of every record of a list's JSON island."""
    return [(json.loads(r["urls"])["pc"], r["pubDate"][:10]) for r in _island(_html(site, url))["articleList"]]


def _shown(site: SampleSite, url: str) -> date:
    return shown_date(_SHOWN, _html(site, url))


def _title(html: str) -> str:
    return unescape(_TITLE.search(html).group(1))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<td class="lab">{label}：</td><td>([^<]*)</td>', html)
    return m.group(1) or None if m else None


def _links_after(label: str, html: str) -> list[str]:
    return [unescape(h) for h in re.findall(rf'{label}：<a href="([^"]+)"', html)]


def _reports(site: SampleSite, column: str) -> list[tuple[str, int, date]]:
    return [(u, int(re.search(r"(20\d{2})年", _title(_html(site, u))).group(1)), _shown(site, u)) for u, _ in _rows(site, column)]


def _footer(html: str) -> str:
    return html[html.find('<div class="footer">'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        island = _island(html)
        assert island["articleList"] == [] and island["total"] == 0 and "content_" not in html
    elif kind == "newest":
        rows = _rows(site, entry.url)
        assert rows and max(date.fromisoformat(d) for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _links_after("相关解读", html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        assert not [u for u, _ in _rows(site, ZCJD) if short in _html(site, u)]
    elif kind == "no-interp-link":
        assert not _links_after("相关解读", html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        (interp,) = [u for u, _ in _rows(site, ZCJD) if short in _title(_html(site, u))]
        assert not _links_after("相关文件", _html(site, interp))
    elif kind == "late-interp":
        (interp,) = _links_after("相关解读", html)
        assert (_shown(site, interp) - _shown(site, entry.url)).days == int(arg)
    elif kind == "meta-missing":
        assert _field("发布日期", html) and _field("索引号", html) and not _field(arg, html)
    elif kind == "no-table":
        assert "xxgk-table" not in html and "索引号" not in html and re.search(r"〔20\d{2}〕\d+号", html)
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site, entry.url)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
    elif kind == "late":
        assert _shown(site, entry.url) > date.fromisoformat(arg)
    elif kind in ("footer-lacks", "meta-missing-tag"):
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 10 and entry.url in pages
        if kind == "footer-lacks":
            assert all(arg not in _footer(_html(site, u)) and "公网安备" in _footer(_html(site, u)) for u in pages)
            assert arg in _footer(_html(site, "/"))
        else:
            articles = [u for u in pages if "/content/" in u]
            assert articles and all(not meta(arg, _html(site, u)) and meta("ColumnName", _html(site, u)) for u in articles)
            assert meta(arg, _html(site, f"{S}c10211/pc/content/" + _rows(site, f"{S}c10211/pc/list.html")[0][0].rsplit("/", 1)[1]))
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = pcjy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_lists_are_only_in_their_json_island(site: SampleSite, base: str) -> None:
    """No row, date or article address in a list's markup outside the script; the island holds the whole column."""
    status, content_type, body = fetch(base, f"{S}c10211/pc/list.html")
    assert status == 200 and "utf-8" in content_type
    html = body.decode("utf-8")
    outside = _ISLAND.sub("", html)
    assert "content_" not in outside and not re.search(r"20\d{2}-\d{2}-\d{2}", outside)
    assert '<ul class="list-ul" id="articleListBox"></ul>' in html
    island = _island(html)
    assert island["total"] == len(island["articleList"]) == 36
    record = island["articleList"][0]
    assert set(record) == {"id", "title", "pubDate", "urls", "articleFiles"} and re.fullmatch(r"\d{19}", record["id"])
    assert json.loads(record["urls"])["pc"] == f"{S}c10211/pc/content/content_{record['id']}.html"


def test_attachments_are_in_the_island_and_on_the_article(site: SampleSite) -> None:
    czyjs = f"{S}czysjs/pc/list.html"
    records = _island(_html(site, czyjs))["articleList"]
    assert all(r["articleFiles"] for r in records)
    for r in records:
        article = _html(site, json.loads(r["urls"])["pc"])
        assert all(f'href="{f["filePath"]}"' in article for f in r["articleFiles"])


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and len(site.traps) >= 10
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served(site: SampleSite) -> None:
    for trap in site.traps:
        assert site.lookup(trap.url, "").status == 200, trap.url


def _targets(site: SampleSite, url: str) -> set[str]:
    html = _html(site, url)
    found = {p.path for r in _REF.findall(html) if (p := urlsplit(urljoin("http://site" + url, unescape(r)))).netloc == "site"}
    if _ISLAND.search(html):
        found |= {u for u, _ in _rows(site, url)}
    return found


def test_every_page_is_linked(site: SampleSite) -> None:
    linked = set().union(*(_targets(site, u) for u in ["/", *site.html_urls]))
    assert set(site.html_urls) - linked == set()


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = {t for u, r in site.resources.items() if r.is_html for t in _targets(site, u)
              if t.startswith("/") and site.lookup(t, "").status != 200}
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    for url, _ in _rows(site, GFX):
        html = _html(site, url)
        missing = [f for f in ("索引号", "主题分类", "发文机关", "成文日期", "文号", "发布日期", "有效性") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    for url in (u for u in site.html_urls if u.endswith("/pc/list.html")):
        rows = _rows(site, url)
        fresh = bool(rows) and max(date.fromisoformat(d) for _, d in rows) >= pcjy.AS_OF - timedelta(days=365)
        assert fresh != (url in planted) or url in NDBGS or url.endswith("zfxxgkzn/pc/list.html"), url


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    found = set()
    for column in NDBGS:
        deadline = (3, 31) if column == NDBGS[0] else (1, 31)
        found |= {u for u, y, when in _reports(site, column) if when > date(y + 1, *deadline)}
    assert found == late
    assert sorted(y for _, y, _ in _reports(site, NDBGS[0])) == [2020, 2021, 2022, 2023, 2025]


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.note.startswith("文件与解读"))
    on_time = next(t.url for t in site.traps if "3 月 31 日当天" in t.note)
    first = f"{S}c10211/pc/list.html"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first), ("no-interp", doc),
                 ("no-interp-link", doc), ("late-interp:14", doc), ("meta-missing:有效性", doc), ("no-table", doc),
                 ("late:2023-03-31", on_time), ("no-report:2023", NDBGS[0])]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe))
    for probe in ("footer-lacks:网站标识码", "meta-missing-tag:PubDate"):
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", first, "compliant", probe=probe, url_pattern=r"^/lcxrmzf/c1021"))
