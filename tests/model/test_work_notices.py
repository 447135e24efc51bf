"""A notice that arranges work and issues no document of its own is a notice wherever a site files it, not a policy
document that owes an interpretation.

Titles: 中共中央办公厅 国务院办公厅's 关于做好2022年元旦春节期间有关工作的通知 ("routine holiday work notice; provinces
mirror it") and 国务院关于开展第一次全国地理国情普查的通知 (国发〔2013〕9号, a notice), as a public study of gov.cn documents
classifies them (find_string `期间有关工作的通知`, id 71585062653); the same study counts 国务院办公厅关于印发2013年食品
安全重点工作安排的通知 and 印发…应急预案 as policy issuances. A county's 其他文件 column on the 河北 and 广西 集约化
platforms (the hbjy and gxjy sample sites) files its 政府办公室's 政办发 work notices beside its policy documents, each
with 文号 and 效力状态/有效性: before, every one of them was a policy document without an interpretation (hbjy: 8 false
interpretation-missing; gxjy: 9 left undecided only because a script fills its 关联文件 box)."""

from __future__ import annotations

from govaudit.model.classify import document_kind

_META = {"索引号": "000014349/2026-00900", "发文机关": "滹阳县人民政府办公室", "发文字号": "滹政办发〔2026〕40号",
         "成文日期": "2026-11-08", "发布日期": "2026-11-10", "主题分类": "综合政务", "效力状态": "有效"}


def test_work_notices_filed_among_documents_are_notices():
    for title in ("滹阳县人民政府办公室关于做好2027年元旦春节期间有关工作的通知", "滹阳县人民政府办公室关于开展第五次全国经济普查的通知",
                  "国务院关于开展第一次全国地理国情普查的通知", "某县人民政府办公室关于切实做好秋冬季森林防火工作的通知"):
        assert document_kind(title, "其他文件", _META, False) == "notice", title
        assert document_kind(title, "政策文件", _META, False) == "notice", title


def test_documents_a_notice_issues_stay_policy_documents():
    for title in ("国务院办公厅关于印发2013年食品安全重点工作安排的通知", "某县人民政府办公室关于印发某县森林火灾应急预案的通知",
                  "某县人民政府关于印发《某县城市绿化管理办法》的通知", "关于做好《某县城乡居民医疗保障办法》实施工作的通知",
                  "某县人民政府办公室关于进一步加强耕地保护的通知"):
        assert document_kind(title, "其他文件", _META, False) == "policy", title
    # a 规范性文件 is one whatever its title says
    assert document_kind("某县人民政府关于开展某某工作的通知", "行政规范性文件", _META, False) == "normative"
