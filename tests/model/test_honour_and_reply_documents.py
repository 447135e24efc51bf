"""A decision that commends or names, and a 批复 answering one requester, set no rule for the public: they owe no
interpretation wherever a site files them, even numbered in the government's 发 series with a validity field.

Real titles: 海南省人民政府关于表彰海南省劳动模范和先进工作者的决定 (the 海南 government's 信息公开 resource index, find_string
`人民政府关于表彰`, ids 13550593991, 12958644015); 郑州市金水区人民政府关于同意调整1个社区管辖范围及新设立3个社区的批复 (a
district's policy-document feed, find_string `人民政府关于同意`, id 28669919435); 自治区人民政府关于同意开展2021年全区营商环境
评价的批复 (a 宁夏 document scraper, id 18272677627). The sxjy sample site (a 陕西 county's 县政府文件 column: 秦政发 表彰/命名
decisions and 秦政函 批复, each with 发文字号 and 有效性 in the platform's `div.table`) showed 6 false interpretation-missing
on such documents before."""

from __future__ import annotations

from govaudit.model.classify import document_kind

_META = {"索引号": "11610629MB1596738X/2026-00500", "主题分类": "综合政务", "发文字号": "秦政发〔2026〕40号",
         "成文日期": "2026-11-02", "发布机构": "秦塬县人民政府", "有效性": "有效"}


def test_commendation_decisions_and_replies_owe_no_interpretation():
    for title in ("海南省人民政府关于表彰海南省劳动模范和先进工作者的决定",
                  "郑州市金水区人民政府关于同意调整1个社区管辖范围及新设立3个社区的批复",
                  "自治区人民政府关于同意开展2021年全区营商环境评价的批复",
                  "某县人民政府关于命名第六批县级文明村镇的决定"):
        for column in ("县政府文件", "政策文件", "其他文件"):
            assert document_kind(title, column, _META, False) not in ("policy", "normative"), (title, column)


def test_decisions_that_set_rules_stay_policy_documents():
    for title in ("某县人民政府关于修改《某县城市管理办法》的决定", "某县人民政府关于废止部分行政规范性文件的决定",
                  "某县人民政府关于印发某县表彰奖励管理办法的通知", "某县人民政府关于加强批复事项办理的意见"):
        assert document_kind(title, "县政府文件", _META, False) == "policy", title
