"""A notice that only appoints or removes people, or sets up or changes a coordinating body, issues no policy: it is a
notice wherever a site files it, not a policy document that owes an interpretation.

Real titles: 长岭县人民政府关于李勇等同志职务任免的通知 (长政干任〔2025〕5号, filed as 人事任免 in the county's 信息公开
目录 xxgk.jlcl.gov.cn …/gkml_19224/202512/t20251215_563548.html; a study's source list, find_string `等同志职务任免的通知`,
id 69872243144); 东侨人民政府关于郭生地等同志职务任免的通知 in a 政府文件 home block (id 32333656618); 中共深圳市民政局党组
关于谢清顺等同志职务任免的通知, which a public study of government documents classifies as personnel, apart from
original policies (id 54246811635); 国务院办公厅关于成立第29届奥组委领导小组的通知 (gov.cn 国务院公报 content_61858, id
62255596531) and 望京镇关于成立望京镇第五次全国经济普查领导小组的通知 in 平昌县's township 信息公开 (id 11379584665).
The gzjy sample site (a 贵州 county's 县政府文件 column, every record with 文号 and 是否有效) showed 7 false
interpretation-missing on such notices before."""

from __future__ import annotations

from govaudit.model.classify import document_kind

_META = {"索引号": "11522732009388462T/2026-00500", "发布机构": "长岭县人民政府", "发文字号": "长政干任〔2025〕5号",
         "成文日期": "2025-12-11", "发布日期": "2025-12-15", "信息分类": "人事任免"}


def test_appointment_and_coordinating_body_notices_are_notices():
    for title in ("长岭县人民政府关于李勇等同志职务任免的通知", "东侨人民政府关于郭生地等同志职务任免的通知",
                  "中共深圳市民政局党组关于谢清顺等同志职务任免的通知", "国务院办公厅关于成立第29届奥组委领导小组的通知",
                  "望京镇关于成立望京镇第五次全国经济普查领导小组的通知", "某县人民政府办公室关于调整某县森林防灭火指挥部成员的通知"):
        assert document_kind(title, "县政府文件", _META, False) == "notice", title
        assert document_kind(title, "政策文件", _META, False) == "notice", title


def test_documents_about_bodies_or_staff_that_set_rules_stay_policy_documents():
    for title in ("某县人民政府关于印发《某县领导小组工作规则》的通知", "某县人民政府关于加强干部任免工作管理的意见",
                  "某县人民政府关于印发某县人才引进办法的通知", "某县人民政府关于调整城乡居民最低生活保障标准的通知"):
        assert document_kind(title, "县政府文件", _META, False) == "policy", title
