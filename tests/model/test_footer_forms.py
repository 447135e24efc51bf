"""Footer identifiers written as other real footers write them (accuracy --mutate footers).

- `XX办公室主办` in a span of its own (上海国际航运中心网's header: `<span>上海市国际航运中心建设工作推进小组办公室主办
  </span>`, a public repository the library holds) set beside the next field's span without a blank
  (`<span>主办单位：…</span><span>地址：…</span>`, a common footer layout): the page text runs
  `…办公室主办地址：…`, so the sponsor went unread and every template's footer failed footer:sponsor.
- A 公安备案 shown only as its badge linking the record (`<a href="http://www.beian.gov.cn/portal/
  registerSystemInfo?recordcode=…"><img alt="公安备案"></a>`; footer.py's 沪公安网备<img> footers): the
  number is read from the address, so such a picture hides no number, and a template whose footer
  has no 公安备案 at all (sscms's list pages) lacks it: it was left undecided because another
  template's footer linked the record by a picture."""

from __future__ import annotations

from govaudit.checks.footer import _pictured
from govaudit.model.extract.footer import extract_footer
from govaudit.model.extract.page import extract_page
from govaudit.model.types import OffsiteLink
from tests.factories import site


def test_a_sponsor_before_the_next_fields_span_is_read() -> None:
    text = "云岭区人民政府办公室主办地址：云岭区政务中心A座 网站标识码:3418020005"
    assert extract_footer(text, {}, (None, False)).sponsor == "云岭区人民政府办公室"
    text = "上海市国际航运中心建设工作推进小组办公室主办 上海国际航运中心网首页"
    assert extract_footer(text, {}, (None, False)).sponsor == "上海市国际航运中心建设工作推进小组办公室"


def test_a_record_link_names_its_number_so_its_picture_hides_none() -> None:
    record = OffsiteLink("http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=41042502000017", "www.beian.gov.cn", "",
                         "http://site.test/", 150)
    portal = OffsiteLink("http://www.beian.gov.cn/portal/index.do", "www.beian.gov.cn", "", "http://site.test/", 150)
    assert _pictured(site(offsite_links=[record]), "psb") is None
    assert _pictured(site(offsite_links=[portal]), "psb") == portal


def test_a_footer_opened_by_a_sponsor_without_a_colon_is_no_main_text() -> None:
    """深圳市龙华区's footer (szlhq.gov.cn, a public repository the library holds): `<p>深圳市…区人民政府办公室主办
    <span style="margin-left: 30px">网站技术维护电话：0755-23332038</span></p>`. Its first line has no
    主办： label, so the footer began at the next line's ICP: the sponsor line stayed in the page's main
    area, and an empty column whose area then held it (EmpireCMS's header-only 重大项目 list, empire
    under --mutate footers) was no longer empty."""
    foot = "深圳市龙华区人民政府办公室主办网站技术维护电话：0755-23332038"
    assert extract_footer(foot, {}, (None, False)).sponsor == "深圳市龙华区人民政府办公室"
    html = ('<html><head><meta charset="gb2312"><title>重大项目_石梁县人民政府</title></head><body>'
            '<table class="position"><tr><td>您当前的位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/xxgk/">信息公开</a>'
            '&nbsp;>&nbsp;<a href="/xxgk/zdxm/">重大项目</a></td></tr></table><div class="list_title"><h3>重大项目</h3></div>'
            '<div class="list_box"><table width="100%" class="gk_list"><tr><th>标题</th><th>文号</th><th>发布日期</th></tr></table></div>'
            '<table class="copyright"><tr><td> 石梁县人民政府办公室主办&nbsp;&nbsp;承办：石梁县政务服务中心&nbsp;&nbsp;'
            '地址：石梁县石梁镇人民路18号<br /> ICP备案号：湘ICP备05010342号&nbsp;&nbsp;网站标识码:4311250003<br /></td></tr></table>'
            '</body></html>')
    facts = extract_page(html, "http://s/xxgk/zdxm/")
    assert (facts.kind, facts.list_state) == ("column", "empty")


def test_a_class_named_footer_is_no_body() -> None:
    """PageAdmin's shell names its footer `<div class="bottom_box"><div class="bottom_content">` (the pga
    sample's PageAdmin 3 templates), a content-area word. With its ICP and 公安备案 written as text,
    not links, the footer held more text than the empty column's list area, was taken for the page's
    body and made the empty 重大项目 a static page of one article (pga under --mutate footers, seed 5)."""
    names = ("机构职能", "规范性文件", "政策解读", "人事信息", "规划计划", "财政资金", "重大项目", "统计信息", "政府信息公开年报",
             "政府信息公开指南", "政府信息公开制度", "依申请公开", "行政处罚", "行政许可", "政务督查", "建议提案办理")
    menu = "".join(f'<li id="sl{621 + k}"><a href="/xxgk/c{621 + k}/" class="sla{621 + k}">{n}</a></li>' for k, n in enumerate(names))
    html = ('<html><head><meta charset="utf-8"><title>重大项目-汀岚县人民政府</title></head><body>'
            '<div class="main_box main_box_style1"><div class="main_box_inner"><div class="main_box_inner_left">'
            f'<ul id="rootul_62">{menu}</ul></div><div class="main_box_inner_right"><div class="current_location" '
            'id="current_location"><ul><li class="current_location_1">当前位置：<a href=/>首页</a> &gt; <a href="/xxgk/">信息公开'
            '</a> &gt; <a href="/xxgk/zdxm/">重大项目</a></li><li class="current_location_2">重大项目</li></ul></div>'
            '<div class="sublanmu_box sublanmu_box_626" id="sublanmu_box"><div class="sublanmu_content sublanmu_content_article">'
            '<ul class="article"> </ul></div></div></div></div></div><div class="bottom_box"><div class="bottom_content">'
            '<p>汀岚县人民政府办公室主办&nbsp;&nbsp;承办：汀岚县融媒体中心&nbsp;&nbsp;地址：汀岚县岚山路8号&nbsp;&nbsp;电话：0478-6612345</p>'
            '<p>网站标识码:1508250011&nbsp;&nbsp;备案号：蒙ICP备13002817号</p></div></div></body></html>')
    facts = extract_page(html, "http://s/xxgk/zdxm/")
    assert not facts.single_article and facts.list_state != "listed"
