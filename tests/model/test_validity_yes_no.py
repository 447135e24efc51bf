"""A validity cell that answers its label's question: the 首都之窗 policy header writes `[有效性] 是`.

The 首都之窗 (北京) policy pages head their text with `ol.doc-info`, one `<li>` per field, the bracketed label then the
value in a `<span>` (a playwright crawler of them reads `ol.doc-info li`, the `[发布日期]` item's `span`, id 26481596356);
the labels and values as a crawler of 北京市医疗保障局's pages quotes them (id 58763180810): `[主题分类] 卫生、体育/医药管理`,
`[发文机构] 北京市医疗保障局`, `[实施日期]` (empty), `[成文日期] 2026-03-27`, `[发文字号] 京医保发〔2026〕3号`, `[废止日期]`,
`[发布日期] 2026-03-27`, `[有效性] 是`, `[文件来源] 政府公报…`. 是 answers "in force?": the document is 有效. Read as the
value 是, every such 规范性文件 failed normative-doc-validity (「“有效性”的值“是”不在规范用语内」: 7 false findings on the
bjjy sample site). The address is illustrative."""

from __future__ import annotations

from govaudit.model.extract.metadata import normalize_value
from govaudit.model.extract.page import extract_page

URL = "http://ybj.beijing.gov.cn/zwgk/2020_zcwj/202603/t20260327_4512345.html"


def _page(validity: str) -> str:
    fields = (("主题分类", "卫生、体育/医药管理"), ("发文机构", "北京市医疗保障局"), ("联合发文单位", ""), ("实施日期", ""),
              ("成文日期", "2026-03-27"), ("发文字号", "京医保发〔2026〕3号"), ("废止日期", ""), ("发布日期", "2026-03-27"),
              ("有效性", validity), ("文件来源", "政府公报"))
    items = "".join(f'<li class="col-md-{8 if i % 2 == 0 else 4}">[{label}]<span>{value}</span></li>'
                    for i, (label, value) in enumerate(fields))
    return ('<html><head><title>北京市医疗保障局关于印发《北京市医疗保障定点医药机构管理办法》的通知_政策文件_首都之窗</title></head><body>'
            f'<div class="header"><h1><p>北京市医疗保障局关于印发《北京市医疗保障定点医药机构管理办法》的通知</p></h1>'
            f'<ol class="doc-info clearfix">{items}</ol></div>'
            '<div id="mainText"><div class="view TRS_UEDITOR trs_paper_default"><p>京医保发〔2026〕3号</p>'
            '<p>各区医疗保障局，各定点医药机构：</p><p>现将《北京市医疗保障定点医药机构管理办法》印发给你们，请认真贯彻执行。</p>'
            '<p>北京市医疗保障局</p><p>2026年3月27日</p></div></div></body></html>')


def test_yes_in_the_validity_cell_states_in_force():
    facts = extract_page(_page("是"), URL)
    assert facts.metadata["有效性"] == "有效"
    assert facts.metadata["发文字号"] == "京医保发〔2026〕3号" and facts.metadata["发布日期"] == "2026-03-27"


def test_no_states_no_longer_in_force_and_an_empty_cell_stays_empty():
    assert extract_page(_page("否"), URL).metadata["有效性"] == "失效"
    assert not extract_page(_page(""), URL).metadata.get("有效性")


def test_only_the_whole_answer_is_a_mark():
    assert normalize_value("有效性", "是") == "有效" and normalize_value("有效性", "有效") == "有效"
    assert normalize_value("有效性", "是否有效") == "是否有效" and normalize_value("主题分类", "是") == "是"
