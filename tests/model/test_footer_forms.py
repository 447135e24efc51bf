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
