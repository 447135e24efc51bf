"""行政规范性文件 and their 政策解读 on the fictional 白鹭区 site (invented documents).

Planted here: one document without an 有效性 row (defect 5), one with an empty
发文字号 (defect 6), one with no interpretation at all (defect 7), and one whose
interpretation links to it while it does not link back (defect 8).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from govaudit.demo.items import Column, Item, p
from govaudit.demo.layout import ZWGK_HUB, cn_date

GFXWJ_PATH = "/zwgk/gfxwj/"
ZCJD_PATH = "/zwgk/zcjd/"
GOV = "白鹭区人民政府"
OFFICE = "白鹭区人民政府办公室"
URBAN = "城乡建设、环境保护"


@dataclass(frozen=True)
class NormDoc:
    id: int
    title: str
    wenhao: str  # "" = planted empty 发文字号
    organ: str
    written: str  # 成文日期
    date: str  # 发布日期
    topic: str
    validity: str | None  # None = planted missing 有效性 row
    index_seq: int
    drafter: str  # the department that drafted and interprets it
    purpose: str
    scope: str
    measure: str
    effective: str  # 施行日期, 中文
    interp_date: str | None  # None = planted: no interpretation
    linked_back: bool = True  # False = planted: the document does not link its interpretation


DOCS = (
    NormDoc(1401, "白鹭区老旧小区改造项目管理办法", "白鹭府规〔2024〕1号", GOV, "2024-03-05", "2024-03-12", URBAN, "有效", 3,
            "白鹭区住房和城乡建设局", "规范老旧小区改造项目管理，提升改造质量", "本区行政区域内纳入年度改造计划的老旧小区",
            "改造项目实行“居民申请、街道初审、部门联审”的立项程序，改造方案须经三分之二以上居民同意", "2024年4月15日",
            "2024-03-13"),
    NormDoc(1402, "白鹭区城市道路临时占用管理规定", "白鹭府规〔2024〕2号", GOV, "2024-06-17", "2024-06-24", "交通运输", "有效", 9,
            "白鹭区城市管理局", "加强城市道路临时占用管理，保障道路通行安全", "本区城市道路范围内的临时占用行为",
            "临时占用道路实行审批制度，占用期限一般不超过六个月，期满须恢复原状", "2024年8月1日", "2024-06-24"),
    NormDoc(1403, "白鹭区促进小微企业高质量发展若干政策", "白鹭府办规〔2024〕1号", OFFICE, "2024-10-22", "2024-10-29",
            "工业、交通", "有效", 21, "白鹭区经济和信息化局", "支持小微企业创新发展，激发市场主体活力",
            "在本区登记注册并依法纳税的小微企业", "对首次升级为规模以上工业企业的小微企业给予一次性奖励", "2024年12月1日",
            "2024-10-31"),
    NormDoc(1404, "白鹭区居家养老服务补贴实施办法", "白鹭府规〔2025〕1号", GOV, "2025-02-20", "2025-02-27", "民政、扶贫、救灾",
            None, 5, "白鹭区民政局", "完善居家养老服务体系，减轻困难老年人负担",
            "具有本区户籍、年满六十周岁的低保、低边及失能老年人", "补贴以服务券形式按月发放，可用于助餐、助洁和上门护理服务",
            "2025年4月1日", "2025-02-28"),
    NormDoc(1405, "白鹭区住房租赁补贴管理办法", "", GOV, "2025-09-03", "2025-09-10", URBAN, "有效", 17,
            "白鹭区住房和城乡建设局", "规范住房租赁补贴发放，保障中低收入家庭基本住房需求",
            "在本区无自有住房且符合收入条件的城镇中低收入家庭和新就业职工", "补贴标准按家庭人数和所在片区分档确定，每年复核一次",
            "2025年10月15日", "2025-09-11"),
    NormDoc(1406, "白鹭区城市绿地养护管理办法", "白鹭府规〔2026〕1号", GOV, "2026-01-09", "2026-01-16", URBAN, "有效", 2,
            "白鹭区城市管理局", "加强城市绿地养护管理，改善人居环境", "本区建成区范围内的公园绿地、道路绿地和附属绿地",
            "绿地养护实行分级分类管理，养护单位须建立养护台账并接受季度考核", "2026年3月1日", "2026-01-19"),
    NormDoc(1407, "白鹭区生活垃圾分类管理实施办法", "白鹭府规〔2026〕2号", GOV, "2026-06-05", "2026-06-12", URBAN, "有效", 8,
            "白鹭区城市管理局", "推进生活垃圾分类，促进资源循环利用", "本区行政区域内生活垃圾的分类投放、收集、运输和处理",
            "实行生活垃圾分类管理责任人制度，居民小区设置定时定点投放点", "2026年7月15日", None),
    NormDoc(1408, "白鹭区建筑工地扬尘污染防治管理规定", "白鹭府规〔2026〕3号", GOV, "2026-07-28", "2026-07-31", URBAN, "有效", 12,
            "白鹭区住房和城乡建设局", "防治建筑工地扬尘污染，改善大气环境质量", "本区行政区域内房屋建筑和市政基础设施工程施工工地",
            "施工工地须落实围挡、覆盖、洒水、冲洗、硬化和密闭运输等六项措施", "2026年9月1日", "2026-08-03",
            linked_back=False),
)


def doc_url(doc: NormDoc) -> str:
    return _doc_item(doc, None).path_in(GFXWJ_PATH)


def interp_id(doc: NormDoc) -> int:
    return doc.id + 100  # 1501 … 1508 in 政策解读


def interp_title(doc: NormDoc) -> str:
    return f"关于《{doc.title}》的政策解读"


def interp_url(doc: NormDoc) -> str | None:
    return _interp_item(doc).path_in(ZCJD_PATH) if doc.interp_date else None


def _meta_table(doc: NormDoc) -> str:
    rows = [
        f"<tr><th>索引号：</th><td>113399000000000001/{doc.date[:4]}-{doc.index_seq:05d}</td>"
        f"<th>主题分类：</th><td>{escape(doc.topic)}</td></tr>",
        f"<tr><th>发文机关：</th><td>{doc.organ}</td><th>成文日期：</th><td>{cn_date(doc.written)}</td></tr>",
        f'<tr><th>标题：</th><td colspan="3">{escape(doc.title)}</td></tr>',
        f"<tr><th>发文字号：</th><td>{doc.wenhao}</td><th>发布日期：</th><td>{cn_date(doc.date)}</td></tr>",
    ]
    if doc.validity is not None:
        rows.append(f"<tr><th>有效性：</th><td>{doc.validity}</td></tr>")
    return '<table class="xxgk-meta">\n' + "\n".join(rows) + "\n</table>"


def _related_box(doc: NormDoc) -> str:
    url = interp_url(doc)
    if url is None or not doc.linked_back:
        return '<div class="related"><h3>相关解读</h3><p>暂无相关解读</p></div>'
    return (f'<div class="related"><h3>相关解读</h3><ul><li><a href="{url}">{escape(interp_title(doc))}</a>'
            "</li></ul></div>")


def _doc_item(doc: NormDoc, body: tuple[str, ...] | None) -> Item:
    return Item(
        id=doc.id, date=doc.date, title=doc.title, body=body or (), source=doc.organ,
        before_title=_meta_table(doc) if body else "", after_body=_related_box(doc) if body else "",
        wenhao=doc.wenhao, attachments=(f"/attach/{doc.date[:4]}/bailu-gfxwj-{doc.id}.pdf",) if body else (),
    )


def _doc_body(doc: NormDoc) -> tuple[str, ...]:
    kind = doc.title[-2:] if doc.title[-2:] in ("办法", "规定", "政策") else "办法"
    return (
        p(f"第一条　为{doc.purpose}，根据有关法律、法规和规章，结合本区实际，制定本{kind}。"),
        p(f"第二条　本{kind}适用于{doc.scope}。"),
        p(f"第三条　{doc.drafter}负责本{kind}的组织实施，各镇人民政府、街道办事处和区级有关部门按照各自职责做好相关工作。"),
        p(f"第四条　{doc.measure}。"),
        p(f"第五条　本{kind}自{doc.effective}起施行，有效期五年。"),
    )


def _interp_item(doc: NormDoc) -> Item:
    assert doc.interp_date is not None
    ref = f"《{doc.title}》" + (f"（{doc.wenhao}）" if doc.wenhao else "")
    body = (
        p("一、起草背景"),
        p(f"为{doc.purpose}，{doc.drafter}在深入调研、广泛征求意见的基础上起草了{ref}，经区人民政府审议通过后印发。"),
        p("二、主要内容"),
        p(f"文件适用于{doc.scope}。主要规定：{doc.measure}。"),
        p("三、施行时间"),
        p(f"文件自{doc.effective}起施行，有效期五年。如有疑问，可向{doc.drafter}咨询，联系电话：0571-00000000。"),
    )
    related = f'<div class="related-doc">相关文件：<a href="{doc_url(doc)}">《{escape(doc.title)}》</a></div>'
    return Item(id=interp_id(doc), date=doc.interp_date, title=interp_title(doc), body=body, source=doc.drafter,
                after_body=related)


def doc_columns() -> list[Column]:
    docs = tuple(_doc_item(d, _doc_body(d)) for d in DOCS)
    interps = tuple(_interp_item(d) for d in DOCS if d.interp_date)
    return [
        Column(GFXWJ_PATH, "行政规范性文件", "政策文件", ZWGK_HUB, "table", docs),
        Column(ZCJD_PATH, "政策解读", "政策解读", ZWGK_HUB, "bracket", interps),
    ]
