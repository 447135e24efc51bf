"""The pager of a 远略 ylcms 信息公开 leaf directory (漳州住建局's crawler: first page
`/cms/html/zzszfhcxjsj/leafinfodirectory/1200686935.html`, later pages only at
`/cms/infopublic/index.shtml?directoryId=1200686935&leafInfoDirectoryPageEnable=true&siteId=…&page=N`; the pager
`div.mid-mj-page` with `span.page-tip` 共N页 and `a.next`, the jyj.zhangzhou spider's selectors): on a later page
its 首页 and 上一页 name the first page by the directory's id, which is no page number."""

from __future__ import annotations

from tests.crawl.test_pagination import _pages

BASE = "http://jsj.zhangzhou.gov.cn"
FIRST = f"{BASE}/cms/html/zzszfhcxjsj/leafinfodirectory/1200686935.html"
LATER = (f"{BASE}/cms/infopublic/index.shtml?directoryId=1200686935&leafInfoDirectoryPageEnable=true"
         "&siteId=40669965560550000&page={n}")


def _pager(n: int, top: int) -> str:
    links = [f'<span class="page-tip">共{top}页 共{top * 15 - 4}条</span>']
    if n > 1:
        links += ['<a href="/cms/html/zzszfhcxjsj/leafinfodirectory/1200686935.html">首页</a>',
                  f'<a href="{LATER.format(n=n - 1).replace(BASE, "").replace("&", "&amp;") if n > 2 else "/cms/html/zzszfhcxjsj/leafinfodirectory/1200686935.html"}" class="prev">上一页</a>']
    links.append(f'<span class="current">{n}</span>')
    if n < top:
        links += [f'<a href="{LATER.format(n=n + 1).replace(BASE, "").replace("&", "&amp;")}" class="next">下一页</a>',
                  f'<a href="{LATER.format(n=top).replace(BASE, "").replace("&", "&amp;")}">尾页</a>']
    return f'<html><head><meta charset="utf-8"><title>村镇建设</title></head><body><div class="mid-mj-page">{"".join(links)}</div></body></html>'


def test_the_first_pages_id_is_no_page_number():
    assert _pages(LATER.format(n=2), _pager(2, 2)) == []  # not leafinfodirectory/2.html
    assert _pages(LATER.format(n=3), _pager(3, 3)) == [LATER.format(n=2)]  # as 上一页 names it, no guess beside it


def test_the_first_page_still_names_the_later_ones():
    assert _pages(FIRST, _pager(1, 3)) == [LATER.format(n=2), LATER.format(n=3)]
