"""List pagers written in conventions the sample sites did not use (accuracy --mutate pagers).

- A jump menu alone names the later pages: EmpireCMS's list pager template ends in `转到:[!--options--]`,
  `<select name=select onchange="self.location.href=this.options[this.selectedIndex].value"><option
  value='/xwzx/tzgg/index.html'>第1页</option>…` (kokowjs/EmpireCMS e/class/t_functions.php); written
  alone under 博达 VSB's addresses (`xzdt.htm`, page 2 `xzdt/2.htm`, page 3 `xzdt/1.htm`) its options were
  fetched but named no page number, so each later page became a column of its own: a false
  stale-columns veto, 不合格 0.0 (vsb, `--mutate pagers`).
- A picture list (no date on any row) under a pager that states no record count (Bootstrap's
  `<ul class="pagination"><li class="active"><a>1</a></li><li><a href="…?page=2">2</a></li>…<li
  class="PagedList-skipToNext"><a href="…" rel="next">»</a></li></ul>`, the PagedList markup public
  sites keep) read as a hub: its stale column was never judged (empire 图片新闻)."""

from __future__ import annotations

from pathlib import Path

from govaudit.htmlvocab import page_number
from govaudit.model.extract.page import extract_page
from tests.model.loopback import HTML, crawl_and_build


def _shell(name: str, body: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{name}-鹤川县人民政府</title></head><body>'
            f'<div class="x1">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx.htm">新闻中心</a> &gt; {name}</div>'
            f'<div class="x2">{body}</div><div class="x3">主办：鹤川县人民政府办公室 网站标识码：5226350001</div></body></html>')


def _jump_menu(pages: list[str], at: int) -> str:
    options = "".join(f"<option value='{url}'{' selected' if k == at else ''}>第{k + 1}页</option>" for k, url in enumerate(pages))
    return (f'<div class="x4">共{len(pages)}页 转到:<select name=select '
            f'onchange="self.location.href=this.options[this.selectedIndex].value">{options}</select></div>')


def test_a_jump_menu_option_names_its_page_number() -> None:
    assert (page_number("第2页"), page_number("第 12 页"), page_number("第2页码")) == (2, 12, None)


def test_later_pages_only_a_jump_menu_names_are_pages_of_the_list(tmp_path: Path) -> None:
    pages_of = ["/xwzx/xzdt.htm", "/xwzx/xzdt/2.htm", "/xwzx/xzdt/1.htm"]
    doc = lambda i: f"/info/1042/{4100 + i}.htm"  # noqa: E731
    pages = {"/": (200, HTML, _shell("首页", '<a href="/xwzx/xzdt.htm">乡镇动态</a>'))}
    for k, path in enumerate(pages_of):
        rows = "".join(f'<li><a href="{doc(i)}">鹤川县第{i}项乡镇工作推进会召开</a><span>2026-09-{28 - i:02d}</span></li>'
                       for i in range(k * 4, k * 4 + 4))
        pages[path] = (200, HTML, _shell("乡镇动态", f"<ul>{rows}</ul>" + _jump_menu(pages_of, k)))
    pages.update({doc(i): (200, HTML, _shell("正文", f"<h1>鹤川县第{i}项乡镇工作推进会召开</h1><p>发布时间：2026-09-01</p>"
                                                   + "<p>会议研究部署了乡镇重点工作。</p>" * 12)) for i in range(12)})
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = [c for c in model.columns if "xzdt" in c.url]
    assert len(column.items) == 12
    numbers = {p.url.removeprefix(base): p.page_no for p in model.pages if p.column_url == column.url}
    assert numbers == {"xwzx/xzdt.htm": 1, "xwzx/xzdt/2.htm": 2, "xwzx/xzdt/1.htm": 3}


def test_an_undated_picture_list_under_a_pager_without_a_count_is_a_list() -> None:
    rows = "".join(f'<li><a href="/xwzx/tpxw/2026-10-{d:02d}/{1200 + d}.html"><img src="/d/file/p/2026/{d}.jpg" '
                   f'alt="图说某县：举办第{d}届农民丰收节活动" /></a><p><a href="/xwzx/tpxw/2026-10-{d:02d}/{1200 + d}.html">'
                   f'图说某县：举办第{d}届农民丰收节活动</a></p></li>' for d in (18, 14, 10, 6))
    pager = ('<div class="pagination-container"><ul class="pagination"><li class="active"><a>1</a></li>'
             '<li><a href="/xwzx/tpxw/index_2.html">2</a></li><li class="PagedList-skipToNext">'
             '<a href="/xwzx/tpxw/index_2.html" rel="next">»</a></li></ul></div>')
    html = ('<html><head><meta charset="utf-8"><title>图片新闻_某县人民政府</title></head><body>'
            '<table class="position"><tr><td>您当前的位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/xwzx/">新闻中心</a>'
            f'&nbsp;>&nbsp;<a href="/xwzx/tpxw/">图片新闻</a></td></tr></table><ul class="list_pic">{rows}</ul>{pager}'
            '<table class="copyright"><tr><td>主办：某县人民政府办公室 网站标识码：4311250003</td></tr></table></body></html>')
    facts = extract_page(html, "http://www.example.gov.cn/xwzx/tpxw/")
    assert (facts.kind, facts.list_state, len(facts.list_items)) == ("column", "listed", 4)
    assert {i.date for i in facts.list_items} == {None}


def _vsb_month_day_list(pager: str) -> str:
    rows = "".join(f'<div id="line_u5_{k}"><a href="../info/1016/{3984 + 7 * k}.htm" target="_blank" title="拟任职干部公示（{k + 1}）">'
                   f"拟任职干部公示（{k + 1}）</a><em>[{12 - k:02d}-02]</em></div>" for k in range(8))
    return ('<html><head><meta charset="utf-8"><title>公示公告-鹤川县人民政府</title></head><body>'
            '<div class="x1">您现在的位置：<a href="../index.htm">网站首页</a>&gt;新闻中心&gt;<a href="gsgg.htm">公示公告</a></div>'
            f'<div class="x2">{rows}</div>{pager}<div class="x3">主办：鹤川县人民政府办公室 网站标识码：5226350001</div></body></html>')


def test_a_month_day_list_under_a_jump_menu_alone_is_a_list_and_queues_its_pages() -> None:
    """博达 VSB's 公示公告 (rows dated `[03-02]`, no year) whose only pager is a jump menu: without a pager
    link its rows read as a hub's blocks, and its page 2 (`gsgg/1.htm`, beyond the crawl's depth) was
    never queued: a stale column missed (vsb, `--mutate …,pagers` seed 1)."""
    from govaudit.crawl.pagination import list_pages
    from govaudit.htmlpage import extract_links, parse_document

    pager = _jump_menu(["/xwzx/gsgg.htm", "/xwzx/gsgg/1.htm"], 0)
    html = _vsb_month_day_list(pager)
    facts = extract_page(html, "http://www.example.gov.cn/xwzx/gsgg.htm")
    assert (facts.kind, facts.list_state, len(facts.list_items)) == ("column", "listed", 8)
    links = extract_links(parse_document(html), "http://www.example.gov.cn/xwzx/gsgg.htm")
    queued = list_pages("http://www.example.gov.cn/xwzx/gsgg.htm", html, links, 50).pages
    assert queued == [("http://www.example.gov.cn/xwzx/gsgg/1.htm", "第2/2页")]
    links_menu = _vsb_month_day_list('<select onchange="location.href=this.value"><option value="http://www.a.gov.cn/">'
                                     '市政府</option><option value="http://www.b.gov.cn/">县政府</option></select>')
    assert list_pages("http://www.example.gov.cn/xwzx/gsgg.htm", links_menu, extract_links(
        parse_document(links_menu), "http://www.example.gov.cn/xwzx/gsgg.htm"), 50).pages == []
