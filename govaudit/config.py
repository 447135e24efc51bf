"""Per-site configuration: govaudit.toml, or [tool.govaudit] in a webmaster's pyproject.toml.

Precedence: built-in defaults < this file < GOVAUDIT_* environment variables < command-line
options. Example:

    profile = "webmaster"
    organisation = "department"          # annual-report deadline 01-31 (government: 03-31)

    # Any option of audit, crawl, build, check and report, by its long name (max-pages or
    # max_pages); each command takes the ones it has. --rules is written rules-dir.
    max-pages = 3000
    allow-host = ["*.example.gov.cn"]
    format = "html,md,sarif"             # or ["html", "md", "sarif"]
    fail-on = "warn"
    as-of = 2026-06-30

    [rules]
    disable = ["footer-identifiers"]
    levels = { "broken-links" = "info" }
    params = { "news-column-stale" = { warn_age = "7d" } }
    scopes = { "broken-links" = { exclude = ["/old/"] } }   # URL regexes on each finding's URL

    [column_classes]                     # a column's URL or exact name -> class id
    "http://www.example.gov.cn/ztzl/" = "not_updated"

    [[waivers]]                          # silence one finding, with a reason, an owner and an expiry
    rule = "empty-columns"
    subject = "http://www.example.gov.cn/zwgk/zxzj/"   # exact subject, or a regex written re:...
    reason = "本年度无专项资金安排，已报备"
    owner = "网站办"
    expires = 2026-12-31

    [not_applicable]                     # rules outside this organ's remit -> not_applicable, with the reason
    "normative-doc-metadata" = "本部门无行政规范性文件制定职能"
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from collections.abc import Collection
from pathlib import Path
from typing import Any

from govaudit.errors import UserError

CONFIG_FILE = "govaudit.toml"
ORGANISATION_DEADLINES = {"government": "03-31", "department": "01-31"}
_TOP_KEYS = {"profile", "organisation", "rules", "column_classes", "waivers", "not_applicable"}
_RULES_KEYS = {"disable", "levels", "params", "scopes"}
_WAIVER_KEYS = {"rule", "subject", "reason", "owner", "expires"}


@dataclass(frozen=True)
class Scope:
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def admits(self, url: str) -> bool:
        """True when `url` matches an include pattern (or there are none) and no exclude pattern."""
        if self.include and not any(re.search(p, url) for p in self.include):
            return False
        return not any(re.search(p, url) for p in self.exclude)


@dataclass(frozen=True)
class Waiver:
    rule: str
    subject: str  # exact subject, or "re:<regex>"
    reason: str
    owner: str
    expires: date

    def matches(self, rule_id: str, subject: str) -> bool:
        """True when this waiver names `rule_id` and `subject`."""
        if rule_id != self.rule:
            return False
        if self.subject.startswith("re:"):
            return re.search(self.subject[3:], subject) is not None
        return subject == self.subject

    def expired(self, as_of: date) -> bool:
        """A waiver applies up to and including its expiry date."""
        return as_of > self.expires


@dataclass(frozen=True)
class SiteConfig:
    source: str
    profile: str | None = None
    organisation: str | None = None
    disable: tuple[str, ...] = ()
    levels: dict[str, str] = field(default_factory=dict)
    params: dict[str, dict[str, Any]] = field(default_factory=dict)
    scopes: dict[str, Scope] = field(default_factory=dict)
    column_classes: dict[str, str] = field(default_factory=dict)
    waivers: tuple[Waiver, ...] = ()
    # Command-line options set in the file, by option name (max-pages): checked and applied
    # by the CLI (govaudit.cliutil), which knows each option's type.
    options: dict[str, Any] = field(default_factory=dict)
    not_applicable: dict[str, str] = field(default_factory=dict)  # rule id -> why it is outside the organ's remit


def option_key(key: str) -> str:
    """The option name a file key stands for: max_pages and max-pages are --max-pages."""
    return key.replace("_", "-")


def _fail(source: str, where: str, problem: str) -> UserError:
    return UserError(f"{source}: {where}: {problem}.")


def _strings(source: str, where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(source, where, "must be a list of strings")
    return tuple(value)


def _regexes(source: str, where: str, value: Any) -> tuple[str, ...]:
    patterns = _strings(source, where, value)
    for p in patterns:
        try:
            re.compile(p)
        except re.error as exc:
            raise _fail(source, where, f"bad regular expression {p!r} ({exc})") from None
    return patterns


def _table(source: str, where: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(source, where, "must be a table")
    return value


def _waiver(source: str, i: int, data: Any) -> Waiver:
    where = f"[[waivers]] #{i}"
    data = _table(source, where, data)
    unknown = set(data) - _WAIVER_KEYS
    missing = _WAIVER_KEYS - set(data)
    if unknown or missing:
        raise _fail(source, where, f"needs exactly {', '.join(sorted(_WAIVER_KEYS))}" + (f"; unknown: {', '.join(sorted(unknown))}" if unknown else ""))
    if not isinstance(data["expires"], date):
        raise _fail(source, where, "expires must be a date such as 2026-12-31 (no quotes)")
    if not all(isinstance(data[k], str) and data[k].strip() for k in ("rule", "subject", "reason", "owner")):
        raise _fail(source, where, "rule, subject, reason and owner must be non-empty strings")
    if data["subject"].startswith("re:"):
        _regexes(source, where, [data["subject"][3:]])
    return Waiver(data["rule"], data["subject"], data["reason"], data["owner"], data["expires"])


def _not_applicable(source: str, value: Any) -> dict[str, str]:
    """[not_applicable]: rule id -> the reason the rule is outside this organ's remit (never empty:
    a rule is set aside only with a reason a reader can check)."""
    table = _table(source, "[not_applicable]", value)
    for rule_id, reason in table.items():
        if not isinstance(reason, str) or not reason.strip():
            raise _fail(source, f"[not_applicable] '{rule_id}'", "give the reason as text, e.g. \"本部门无行政审批职能\"")
    return {str(k): v.strip() for k, v in table.items()}


def parse_config(data: dict[str, Any], source: str, option_names: Collection[str] = ()) -> SiteConfig:
    """Validate raw TOML data; problems name the file and the key. Keys naming one of
    `option_names` (command-line options, see option_key) are kept, unchecked, in `options`."""
    options = {option_key(k): v for k, v in data.items() if k not in _TOP_KEYS and option_key(k) in option_names}
    unknown = set(data) - _TOP_KEYS - {k for k in data if option_key(k) in options}
    if unknown:
        allowed = ", ".join([*sorted(_TOP_KEYS), *sorted(option_names)])
        raise _fail(source, ", ".join(sorted(unknown)), f"unknown key (allowed: {allowed})")
    organisation = data.get("organisation")
    if organisation is not None and (not isinstance(organisation, str) or organisation not in ORGANISATION_DEADLINES):
        raise _fail(source, "organisation", f"must be one of {', '.join(ORGANISATION_DEADLINES)}")
    if "profile" in data and not isinstance(data["profile"], str):
        raise _fail(source, "profile", "must be a string")
    rules = _table(source, "[rules]", data.get("rules", {}))
    if set(rules) - _RULES_KEYS:
        raise _fail(source, "[rules]", f"unknown key {sorted(set(rules) - _RULES_KEYS)[0]!r} (allowed: {', '.join(sorted(_RULES_KEYS))})")
    levels = {str(k): v for k, v in _table(source, "[rules.levels]", rules.get("levels", {})).items()}
    params = {str(k): _table(source, f"[rules.params.{k}]", v) for k, v in _table(source, "[rules.params]", rules.get("params", {})).items()}
    scopes = {}
    for rule_id, spec in _table(source, "[rules.scopes]", rules.get("scopes", {})).items():
        spec = _table(source, f"[rules.scopes.{rule_id}]", spec)
        if set(spec) - {"include", "exclude"}:
            raise _fail(source, f"[rules.scopes.{rule_id}]", "allowed keys are include and exclude")
        scopes[str(rule_id)] = Scope(_regexes(source, f"[rules.scopes.{rule_id}].include", spec.get("include", [])),
                                     _regexes(source, f"[rules.scopes.{rule_id}].exclude", spec.get("exclude", [])))
    classes = _table(source, "[column_classes]", data.get("column_classes", {}))
    if not all(isinstance(v, str) for v in classes.values()):
        raise _fail(source, "[column_classes]", "values must be class ids such as \"news\"")
    waivers = data.get("waivers", [])
    if not isinstance(waivers, list):
        raise _fail(source, "waivers", "write each waiver as a [[waivers]] table")
    return SiteConfig(
        source=source, profile=data.get("profile"), organisation=organisation,
        disable=_strings(source, "[rules].disable", rules.get("disable", [])), levels=levels, params=params,
        scopes=scopes, column_classes={str(k): v for k, v in classes.items()},
        waivers=tuple(_waiver(source, i + 1, w) for i, w in enumerate(waivers)), options=options,
        not_applicable=_not_applicable(source, data.get("not_applicable", {})),
    )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: malformed TOML ({exc}).") from None


def load_config(path: Path | None, cwd: Path, option_names: Collection[str] = ()) -> SiteConfig | None:
    """The site configuration: `path` if given (it must exist), else ./govaudit.toml, else
    [tool.govaudit] in ./pyproject.toml, else None. `option_names`: see parse_config."""
    if path is not None:
        if not path.is_file():
            raise UserError(f"Configuration file {path} does not exist.")
        data = _read_toml(path)
        if path.name == "pyproject.toml":
            return parse_config(_tool_table(data, str(path)) or {}, str(path), option_names)
        return parse_config(data, str(path), option_names)
    if (cwd / CONFIG_FILE).is_file():
        return parse_config(_read_toml(cwd / CONFIG_FILE), CONFIG_FILE, option_names)
    if (cwd / "pyproject.toml").is_file():
        table = _tool_table(_read_toml(cwd / "pyproject.toml"), "pyproject.toml")
        if table is not None:
            return parse_config(table, "pyproject.toml [tool.govaudit]", option_names)
    return None


def _tool_table(data: dict[str, Any], source: str) -> dict[str, Any] | None:
    """[tool.govaudit] of a pyproject.toml, None when absent; `tool` or it must be tables."""
    tool = _table(source, "tool", data.get("tool", {}))
    return None if "govaudit" not in tool else _table(source, "[tool.govaudit]", tool["govaudit"])
