"""A record total in a pager link's query is no count a script declares. 帝国 EmpireCMS's dynamic list
pages link their later pages as `index.php?page=1&classid=90&totalnum=227` (real addresses quoted in
public scrapers of cstm.cdstm.cn and 528btc.com): page 1 shows its rows and the rest are on the pages
it links, so the page needs no browser; a script's `totalnum = 227` still declares a count."""

from __future__ import annotations

from govaudit.crawl.render_need import render_reason
from govaudit.htmlpage import parse_html

ROWS = "".join(f'<li><span>2026-11-{d:02d}</span><a href="/e/action/ShowInfo.php?classid=90&amp;id={300 + d}">'
               f"科技馆举办第{d}期科普讲座活动</a></li>" for d in range(18, 3, -1))
PAGER = ('<div class="pagelist"><a title="Total record">&nbsp;<b>227</b> </a>&nbsp;&nbsp;&nbsp;<b>1</b>&nbsp;'
         '<a href="/e/action/ListInfo/index.php?page=1&amp;classid=90&amp;totalnum=227">2</a>&nbsp;'
         '<a href="/e/action/ListInfo/index.php?page=1&amp;classid=90&amp;totalnum=227">下一页</a>&nbsp;'
         '<a href="/e/action/ListInfo/index.php?page=15&amp;classid=90&amp;totalnum=227">尾页</a></div>')


def _page(extra: str = "") -> str:
    return ('<html><head><meta charset="utf-8"><title>科普活动</title><script src="/e/data/js/ajax.js"></script>'
            f'{extra}</head><body><ul class="list_news">{ROWS}</ul>{PAGER}</body></html>')


def test_a_pager_links_record_total_needs_no_browser() -> None:
    html = _page()
    assert render_reason(html, parse_html(html), "column", True) is None


def test_a_scripts_record_total_still_counts() -> None:
    html = _page("<script>var totalnum = 227; loadList(1);</script>")
    assert render_reason(html, parse_html(html), "column", True) == "declared_more"
