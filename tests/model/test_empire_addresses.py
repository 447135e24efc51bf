"""帝国 EmpireCMS serves a class's list and its articles at dynamic addresses beside (or instead of)
the generated static pages. Real addresses quoted in public scrapers: the dynamic list
`http://cstm.cdstm.cn/e/action/ListInfo/?classid=90`, its later pages
`http://cstm.cdstm.cn/e/action/ListInfo/index.php?page=1&classid=90&totalnum=227` (the pager adds the
record total `totalnum`; `page` counts from 0), an article `http://www.tzcourt.gov.cn/e/action/ShowInfo.php?
classid=82&id=3161` whose static page the CMS also generates."""

from __future__ import annotations

from govaudit.model import footers
from govaudit.model.classify import directory_alias, list_page
from govaudit.model.extract.footer import FooterFacts
from govaudit.model.extract.page import extract_page
from govaudit.model.types import Evidence


def test_record_total_names_no_list() -> None:
    later = list_page("http://cstm.cdstm.cn/e/action/ListInfo/index.php?page=1&classid=90&totalnum=227")
    assert later.key == "http://cstm.cdstm.cn/e/action/ListInfo/index.php?classid=90"
    assert directory_alias(later.key) == list_page("http://cstm.cdstm.cn/e/action/ListInfo/?classid=90").key


def test_template_example_is_the_static_address() -> None:
    bare = FooterFacts(site_id_code="3310000001", meta_site_id_code=None, jiucuo_sitecode=None, icp=None,
                       psb="浙公网安备 33100202000001号", conac=False, sponsor="台州市中级人民法院")
    pages = [("article", bare, Evidence("http://www.tzcourt.gov.cn/e/action/ShowInfo.php?classid=82&id=3161")),
             ("article", bare, Evidence("http://www.tzcourt.gov.cn/ktgg/2016-05-10/3161.html"))]
    (group,) = footers.template_footers(pages)
    assert group.evidence.url == "http://www.tzcourt.gov.cn/ktgg/2016-05-10/3161.html"
    assert group.pages == 2


def _picture_list(pager: str) -> str:
    """A picture column on an EmpireCMS table-layout template: thumbnail and title rows, no date, under
    the CMS's default list pager (sys_ShowListPage in e/config's listpagetemp `页次：[!--thispage--]/
    [!--pagenum--]&nbsp;每页[!--lencord--]&nbsp;总数[!--num--]&nbsp;&nbsp;&nbsp;&nbsp;[!--pagelink--]…转到:
    [!--options--]`, kokowjs/EmpireCMS e/class/t_functions.php: 首页上一页 run together, then 下一页)."""
    rows = "".join(f'<li><a href="/xwzx/tpxw/2026-10-{d:02d}/{1200 + d}.html" target="_blank"><img src="/d/file/p/2026/{d}.jpg" '
                   f'alt="图说某县：举办第{d}届农民丰收节活动" /></a><p><a href="/xwzx/tpxw/2026-10-{d:02d}/{1200 + d}.html" '
                   f'target="_blank">图说某县：举办第{d}届农民丰收节活动</a></p></li>' for d in (18, 14, 10, 6))
    side = "".join(f'<li><a href="/xwzx/{c}/">{n}</a></li>' for c, n in (("ywdt", "要闻动态"), ("tzgg", "通知公告"), ("tpxw", "图片新闻")))
    return ('<html><head><meta charset="utf-8"><title>图片新闻_某县人民政府</title></head><body>'
            f'<table width="1000" class="main"><tr><td width="220" class="left"><ul class="lm_list">{side}</ul></td>'
            '<td class="right"><table class="position"><tr><td>您当前的位置：<a href="/">首页</a>&nbsp;>&nbsp;'
            '<a href="/xwzx/">新闻中心</a>&nbsp;>&nbsp;<a href="/xwzx/tpxw/">图片新闻</a></td></tr></table>'
            f'<ul class="list_pic">{rows}</ul>{pager}</td></tr></table>'
            '<table class="copyright"><tr><td>主办：某县人民政府办公室 网站标识码：4311250003</td></tr></table></body></html>')


def test_a_picture_list_under_empirecms_default_pager_lists_its_rows() -> None:
    pager = ('<div class="listpage">页次：1/2&nbsp;每页8&nbsp;总数12&nbsp;&nbsp;&nbsp;&nbsp;首页上一页'
             "<a href='/xwzx/tpxw/index_2.html'>下一页</a>&nbsp;&nbsp;&nbsp;&nbsp;转到:<select name=select "
             'onchange="self.location.href=this.options[this.selectedIndex].value">'
             "<option value='/xwzx/tpxw/index.html' selected>第1页</option><option value='/xwzx/tpxw/index_2.html'>第2页</option>"
             "</select></div>")
    url = "http://www.example.gov.cn/xwzx/tpxw/"
    f = extract_page(_picture_list(pager), url)
    assert (f.kind, f.list_state, f.declared_count) == ("column", "listed", 12)
    assert [i.date for i in f.list_items] == [None] * 4 and len(f.list_items) == 4
