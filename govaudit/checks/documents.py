"""Document metadata: required fields present, values in a vocabulary or matching a pattern."""

from __future__ import annotations

import re
from typing import Any

from govaudit.checks.base import CheckKind, Context, Finding, Param, regex_values
from govaudit.model.types import SiteModel


def _fields(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    findings = []
    for doc in site.documents:
        if doc.kind not in params["kinds"]:
            continue
        problems = []
        for name in params["required"]:
            value = doc.metadata.get(name)
            if value is None:
                problems.append(f"缺少“{name}”")
            elif not value:
                problems.append(f"“{name}”为空")
        for name, allowed in params["vocabulary"].items():
            value = doc.metadata.get(name)
            if value and not any(value.startswith(word) for word in allowed):
                problems.append(f"“{name}”的值“{value}”不在规范用语（{'、'.join(allowed)}）内")
        for name, pattern in params["patterns"].items():
            value = doc.metadata.get(name)
            if value and not re.search(pattern, value):
                problems.append(f"“{name}”的值“{value}”格式不规范")
        data = {"metadata": {k: doc.metadata.get(k) for k in params["required"]}}
        if problems:
            msg = f"文件《{doc.title}》元数据不完整：{'；'.join(problems)}。"
            findings.append(Finding("fail", doc.url, doc.url, msg, doc.evidence, data))
        else:
            findings.append(Finding("pass", doc.url, doc.url, f"文件《{doc.title}》元数据齐全。", doc.evidence, data))
    return findings


DOCUMENT_FIELDS = CheckKind(
    name="document_fields",
    doc="指定类型的文件页面元数据块包含必填字段，字段值符合规范用语或格式。",
    params={
        "kinds": Param(list, ["normative"], doc="文件类型：normative、policy、interpretation、notice、news"),
        "required": Param(list, doc="必填字段（规范名称，如 索引号、发文字号、有效性）"),
        "vocabulary": Param(dict, {}, doc="字段 -> 允许的取值（按前缀匹配，如 有效期至…）"),
        "patterns": Param(dict, {}, validator=regex_values, doc="字段 -> 正则表达式"),
    },
    run=_fields,
)
