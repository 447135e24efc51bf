"""Date piles and meta-vs-visible mismatches, from a crawl of a small loopback site."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from govaudit.crawl import crawl_site
from govaudit.model import date_integrity
from govaudit.model.builder import build_site
from govaudit.model.types import ListItem
from govaudit.settings import CrawlSettings
from tests.factories import SITE as MODEL_SITE, column, document
from tests.model.test_builder import _server

# 12 notices regenerated on 2026-09-01: the list and every page's PubDate say so, while
# each page shows its real date (2025-01-01 + n days).
PILE = "2026-09-01"
ROWS = "".join(f"<li><a href='/tzgg/{n}.html'>关于第{n}批项目资金拨付的公示</a><span>{PILE}</span></li>" for n in range(12))
DOC = ("<html><head><meta charset='utf-8'><meta name='ArticleTitle' content='关于第{n}批项目资金拨付的公示'>"
       "<meta name='PubDate' content='" + PILE + " 08:00'></head><body><h1>关于第{n}批项目资金拨付的公示</h1>"
       "<div class='info'>发布时间：2025-01-{d:02d}</div><div class='content'>公示内容。</div></body></html>")
SITE = {
    "/": ("text/html; charset=utf-8", "<html><body><a href='/tzgg/'>通知公告栏目</a></body></html>".encode()),
    "/tzgg/": ("text/html; charset=utf-8", f"<html><body><ul class='list'>{ROWS}</ul></body></html>".encode()),
    **{f"/tzgg/{n}.html": ("text/html; charset=utf-8", DOC.format(n=n, d=n + 1).encode()) for n in range(12)},
    "/robots.txt": ("text/plain", b"User-agent: *\nAllow: /\n"),
}


def test_pile_and_mismatches_are_recorded_per_column(tmp_path: Path, monkeypatch):
    monkeypatch.setattr("tests.model.test_builder.PAGES", SITE)
    with _server() as base:
        crawl_site(base, tmp_path, CrawlSettings(rate=0, max_pages=40))
    site = build_site(tmp_path)
    (column,) = [c for c in site.columns if c.url == base + "tzgg/"]
    # The list's dates are a pile; the notices' own shown dates decide (issue 8 item 6).
    assert (column.newest_date, column.newest_is_pile, column.newest_source) == ("2025-01-12", False, "documents")
    assert column.newest_url == base + "tzgg/11.html"
    assert (column.evidence.url, column.evidence.snippet) == (base + "tzgg/11.html", "发布时间：2025-01-12")  # where the date shows
    assert [(p.date, p.count, p.total, p.source) for p in column.date_piles] == [(PILE, 12, 12, "list"), (PILE, 12, 12, "meta")]
    assert column.date_piles[0].urls == [base + f"tzgg/{n}.html" for n in range(5)]
    assert [(m.url, m.visible, m.meta) for m in column.date_mismatches] == sorted(
        (base + f"tzgg/{n}.html", f"2025-01-{n + 1:02d}", PILE) for n in range(12))
    doc = next(d for d in site.documents if d.url == base + "tzgg/0.html")
    assert (doc.pub_date, doc.pub_date_source, doc.meta_pub_date) == ("2025-01-01", "visible", PILE)


def test_small_or_spread_lists_are_not_piles():
    spread = [ListItem(f"t{n}", f"u{n}", f"2026-09-{n % 3 + 1:02d}") for n in range(30)]
    assert date_integrity.list_piles(spread) == []
    few = [ListItem(f"t{n}", f"u{n}", "2026-09-01") for n in range(9)]
    assert date_integrity.list_piles(few) == []


def _docs(dates: list[str | None], source: str = "visible") -> list:
    return [replace(document(f"tzgg/{n}.html", f"公示{n}", kind="notice", pub_date=d), pub_date_source=source if d else None)
            for n, d in enumerate(dates)]


def _piled(n: int = 12, extra: list[ListItem] | None = None):
    col = column("tzgg/", "通知公告", PILE)
    items = [ListItem(f"公示{i}", f"{MODEL_SITE}tzgg/{i}.html", PILE) for i in range(n)] + (extra or [])
    col = replace(col, items=items)
    return col, date_integrity.list_piles(items)


def test_a_pile_without_documents_stays_undecided():
    col, piles = _piled()
    got = date_integrity.newest(col, piles, [])
    assert (got.date, got.is_pile, got.source) == (PILE, True, "list")
    # Documents known only by their meta PubDate or URL date are no evidence either.
    got = date_integrity.newest(col, piles, _docs(["2026-08-01"], source="meta") + _docs(["2026-08-02"], source="url"))
    assert got.is_pile


def test_a_pile_is_resolved_by_the_documents_shown_dates_and_off_pile_list_dates():
    col, piles = _piled(extra=[ListItem("旧公示", f"{MODEL_SITE}tzgg/old.html", "2026-07-15")])
    assert date_integrity.newest(col, piles, []).date == "2026-07-15"  # a list date off the pile day
    got = date_integrity.newest(col, piles, _docs(["2026-08-20", "2026-06-01", None], source="metadata"))
    assert (got.date, got.url, got.is_pile, got.source) == ("2026-08-20", f"{MODEL_SITE}tzgg/0.html", False, "documents")


def test_documents_that_show_the_pile_date_too_do_not_resolve_it():
    col, piles = _piled()
    got = date_integrity.newest(col, piles, _docs([PILE] * 12))
    assert (got.date, got.is_pile) == (PILE, True)


def test_an_undated_list_is_dated_by_its_documents_and_a_clean_list_by_itself():
    col = replace(column("tzgg/", "通知公告", None), items=[ListItem("公示", f"{MODEL_SITE}tzgg/0.html", None)])
    got = date_integrity.newest(col, [], _docs(["2026-09-02"]))
    assert (got.date, got.is_pile, got.source) == ("2026-09-02", False, "documents")
    assert date_integrity.newest(col, [], []).date is None
    clean = column("tzgg/", "通知公告", "2026-09-10")
    assert date_integrity.newest(clean, [], _docs(["2026-09-20"])).date == "2026-09-10"  # the list decides


def _listed(dates: list[str]):
    col = column("xw/", "街道动态", max(dates))
    items = [ListItem(f"动态{i}", f"{MODEL_SITE}tzgg/{i}.html", d) for i, d in enumerate(dates)]
    return replace(col, items=items, newest_date=max(dates), newest_url=items[dates.index(max(dates))].url)


def test_documents_that_contradict_their_list_dates_decide():
    # A year tab misread (every row 2025-MM-DD, the articles show 2026) or a small regenerated list
    # (8 rows on 2026-09-30, below a pile's size, the articles dated January to March).
    col = _listed(["2025-10-06", "2025-09-28", "2025-09-20", "2025-09-01"])
    got = date_integrity.newest(col, [], _docs(["2026-10-06", "2026-09-28", "2026-09-20", "2026-09-01"]))
    assert (got.date, got.source, got.is_pile) == ("2026-10-06", "documents", False)
    col = _listed(["2026-09-30"] * 8)
    got = date_integrity.newest(col, [], _docs([f"2026-0{m}-15" for m in (1, 2, 3, 1, 2, 3, 1, 3)]))
    assert (got.date, got.source) == ("2026-03-15", "documents")
    # Without documents to compare, or when they agree, the list decides.
    assert date_integrity.newest(col, [], []).date == "2026-09-30"
    agreeing = _listed(["2026-09-30", "2026-09-01", "2026-08-01"])
    got = date_integrity.newest(agreeing, [], _docs(["2026-09-30", "2026-09-01", "2026-08-02"]))
    assert (got.date, got.source) == ("2026-09-30", "list")


def test_a_regenerated_site_keeps_its_documents_other_dates():
    """A CMS that regenerates every page stamps the date each page shows (发布时间) with the
    regeneration day. Suzhou's `<meta PubDate>` held 页面生成时间 in piles of 1,860 and 1,499
    documents, redated from the article header, then 发文日期, then the URL's month (GitHub public
    code, search string "page-regeneration"). Read as publication dates, the probes' 2021-2023
    annual reports failed as late (2026-09-29) and interpretations as 478 working days late."""
    stamp = "2026-09-29"
    docs = [replace(d, metadata={"发布日期": f"2025-0{n % 9 + 1}-10"}) for n, d in enumerate(_docs([stamp] * 6))]
    docs += [replace(d, url=f"{MODEL_SITE}nb/{n}.html", column_url=f"{MODEL_SITE}nb/") for n, d in enumerate(_docs([stamp] * 4))]
    docs += [replace(d, url=f"{MODEL_SITE}zcjd/t2024031{n}_1.html", url_date=f"2024-03-1{n}") for n, d in enumerate(_docs([stamp] * 3))]
    docs += [replace(d, url=f"{MODEL_SITE}zd/{n}.html") for n, d in enumerate(_docs([stamp]))]  # no other date: kept
    nb = replace(column("nb/", "年报", "2023-03-28"), items=[ListItem(f"{2019 + n}年报", f"{MODEL_SITE}nb/{n}.html", f"202{n}-03-2{n}")
                                                           for n in range(4)])
    out = {d.url: (d.pub_date, d.pub_date_source) for d in date_integrity.redated(docs, [nb])}
    assert out[f"{MODEL_SITE}tzgg/0.html"] == ("2025-01-10", "metadata")
    assert out[f"{MODEL_SITE}nb/2.html"] == ("2022-03-22", "list")
    assert out[f"{MODEL_SITE}zcjd/t20240311_1.html"] == ("2024-03-11", "url")
    assert out[f"{MODEL_SITE}zd/0.html"] == (stamp, "visible")
    piles = date_integrity.shown_piles(docs[:6], date_integrity.site_pile_days(docs))
    assert [(p.date, p.count, p.total, p.source) for p in piles] == [(stamp, 6, 6, "shown")]


def test_dates_off_a_pile_are_left_alone():
    spread = [replace(d, metadata={"发布日期": "2020-01-01"}) for d in _docs([f"2026-0{n % 9 + 1}-1{n % 7}" for n in range(30)])]
    assert date_integrity.redated(spread, []) == spread
    few = [replace(d, metadata={"发布日期": "2020-01-01"}) for d in _docs(["2026-09-29"] * 9)]  # below a pile's size
    assert date_integrity.redated(few, []) == few


def test_a_bare_date_near_the_title_gives_way_to_the_list_rows_date():
    """A report page without a 发布时间 line: the first date after its title is the statistics period
    (本报告中所列数据的统计期限自2025年1月1日起), so the probes' late 2025 report (its list row
    2026-04-20) passed as published 2025-01-01. A labelled date stays."""
    bare = replace(_docs(["2025-01-01"])[0], evidence=replace(_docs(["2025-01-01"])[0].evidence, snippet="2025年1月1日"))
    labelled = replace(bare, url=f"{MODEL_SITE}tzgg/9.html", evidence=replace(bare.evidence, snippet="发布时间：2025-01-01"))
    col = replace(column("nb/", "年报", "2026-04-20"), items=[ListItem("2025年报", bare.url, "2026-04-20"),
                                                              ListItem("2024年报", labelled.url, "2025-03-20")])
    out = {d.url: (d.pub_date, d.pub_date_source) for d in date_integrity.redated([bare, labelled], [col])}
    assert out == {bare.url: ("2026-04-20", "list"), labelled.url: ("2025-01-01", "visible")}


def test_rows_of_a_dated_list_that_show_no_date_are_dated_by_their_documents():
    """The vsb sample site's 通知公告 under all mutations at seed 22: a 最新 box's rows dated in full
    (2026-03-31 on the last page) beside `[10-12]` rows whose year nothing shows. The list's newest date
    was the box's, 203 days old: a notice column failed as stale (and the 长期未更新 veto warned) while
    its newest row, undated on the page, was published 2026-10-12. Undated rows are dated by their own
    documents; a dated row's document does not move the list's date."""
    items = [ListItem("公示0", f"{MODEL_SITE}tzgg/0.html", None), ListItem("公示1", f"{MODEL_SITE}tzgg/1.html", "2026-03-31")]
    col = replace(column("tzgg/", "通知公告", "2026-03-31"), items=items, newest_url=items[1].url)
    got = date_integrity.newest(col, [], _docs(["2026-10-12", "2026-04-02"]))
    assert (got.date, got.url, got.source) == ("2026-10-12", f"{MODEL_SITE}tzgg/0.html", "documents")
    got = date_integrity.newest(col, [], _docs([None, "2026-04-02"]))  # the undated row's document shows none
    assert (got.date, got.source) == ("2026-03-31", "list")
