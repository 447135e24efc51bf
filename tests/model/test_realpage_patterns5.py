"""The pattern behind round 5's fix (tests/model/test_realpages_saved5.py), with its boundaries: a list whose
rows show month and day only (`10-19`), paged by a pager its script draws from a stated total."""

from __future__ import annotations

import pytest

from govaudit.model.extract.page import PageFacts, extract_page

# 樟树市人民政府 综合信息 (tests/model/realpages/zhangshu-gov-cn_trs_zhxx_list_mmdd-rows_header-marquee.html):
# rows of a title link and `MM-DD`, the year only in the links' addresses.
ROW = ('<tr><td><img src="i.jpg"/></td><td class="STYLE25 STYLE26"><a href="./201710/t201710{d}_39{d}.html">'
       '<span class="STYLE25">{t}</span></a></td><td><span class="STYLE12">10-{d}</span></td></tr>')
TITLES = ("江西（樟树）医药产业招商引资推介会举行", "江西省药品第三方现代物流启动仪式举行", "樟树首次举办全国药店团购会",
          "中国（樟树）中医药峰会在樟树举行")
# The header's scrolling notices, each row in a table of its own, also dated `MM-DD`.
NOTICE = ('<tr><td><table><tr><td><span class="STYLE12"><a href="../../wsfw/smgg/201705/t2017051{d}_1.html" '
          'title="停电通知{d}">停电通知{d}，这些地方要停电...</a></span></td><td class="STYLE10">05-1{d}</td></tr></table></td></tr>')


def page(pager: str, notices: int = 0) -> str:
    rows = "".join(ROW.format(d=10 + i, t=t) for i, t in enumerate(TITLES))
    head = "".join(NOTICE.format(d=i) for i in range(notices))
    return (f"<html><head><title>综合信息</title></head><body><div id='mq'><table>{head}</table></div>"
            f"<div class='main'><table width='99%'>{rows}</table><div>{pager}</div></div></body></html>")


def read(html: str) -> PageFacts:
    return extract_page(html, "http://www.zhangshu.gov.cn/zwgk/zhxx/")


@pytest.mark.parametrize("pager", [
    '<script>createPageHTML(21, 0, "index", "html");</script>',  # TRS, the page total as a number
    "<script>createPageHTML('page_div',21,1,'index','html',400);</script>",  # TRS 集约化's later form
])
def test_month_day_rows_under_a_script_drawn_pager_are_the_list(pager: str) -> None:
    """Failed before: a hub with no items (only a visible pager or 共N条 made month-day rows a list)."""
    facts = read(page(pager))
    assert (facts.kind, facts.list_state, facts.page_count) == ("column", "listed", 21)
    assert [i.title for i in facts.list_items] == [t.replace("（", "(").replace("）", ")") for t in TITLES]
    assert all(i.date is None for i in facts.list_items)  # the year shows nowhere: undated


def test_rows_of_the_same_shape_elsewhere_are_not_the_list() -> None:
    """The header's notices dated `05-1x` are another block, not part of the list."""
    facts = read(page('<script>createPageHTML(21, 0, "index", "html");</script>', notices=4))
    assert len(facts.list_items) == len(TITLES)
    assert not any(i.title.startswith("停电通知") for i in facts.list_items)


@pytest.mark.parametrize("pager", [
    "",  # no pager at all: a hub's block
    '<script>createPageHTML(1, 0, "index", "html");</script>',  # a one-page list states no later page
    "<script>var countPage = 3//共多少页</script>",  # countPage also numbers an article's pages
])
def test_month_day_rows_without_a_stated_later_page_stay_no_list(pager: str) -> None:
    facts = read(page(pager))
    assert (facts.list_state, facts.list_items) == ("none", [])
