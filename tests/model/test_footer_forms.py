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
