"""Load and validate a rule pack: rule files, column classes and a scoring profile.

Validation happens before any crawling; every problem names the file, line and rule id.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from govaudit.checks import CHECKS
from govaudit.checks.base import ColumnClass, validate_params
from govaudit.config import ORGANISATION_DEADLINES, Scope, SiteConfig, Waiver
from govaudit.errors import UserError
from govaudit.resources import bundled
from govaudit.scoringspec import check_model_keys, check_profile_rules, entry_points, parse_checklist
from govaudit.scoringspec import non_negative as _non_negative
from govaudit.vocab import LEVELS
from govaudit.yamlsafe import YamlTooLarge, load_bounded

DEFAULT_PROFILE = "official-2019"
MODELS = ("official", "weighted")
_RULE_KEYS: dict[str, type] = {"id": str, "title": str, "failure_title": str, "category": str, "check": str,
                               "params": dict, "level": str, "basis": str, "description": str}
_RULE_OPTIONAL = {"params", "level"}
_PROFILE_KEYS: dict[str, type] = {"name": str, "title": str, "model": str, "base": (int, float), "pass_mark": (int, float),
                                  "bonus_gate": (int, float), "bonus_cap": (int, float), "categories": dict, "rules": dict,
                                  "category_caps": dict, "category_map": dict, "min_column_share": (int, float),
                                  "indicators": dict, "groups": dict, "not_applicable": str}
# A profile entry chooses a rule and may re-level it, give its points (official model)
# or weight (weighted model), override its params, and name the rules whose failed
# subjects it must not deduct again.
_ENTRY_KEYS: dict[str, type] = {"level": str, "points": (int, float), "cap": (int, float, str), "weight": (int, float), "params": dict,
                                "not_again_after": list, "not_if_deducted": list, "group": str}
DEFAULT_MIN_COLUMN_SHARE = 0.8  # share of the home page's and hub's columns an audit must observe
_CLASSES_FILE = "column-classes.yaml"
PACK_FILE = "pack.yaml"  # optional: the pack's name and the pack it extends
_PACK_KEYS: dict[str, type] = {"name": str, "title": str, "description": str, "extends": str}
BUNDLED = "bundled"
_MAX_CHAIN = 8
_PROFILES_DIR = "profiles"
_PROFILE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")  # a file name in profiles/, never a path out of the pack
CASES_DIR = "cases"  # rule cases (see rulecases.py), not rules
EXAMPLES_DIR = "examples"  # a pack's example configuration and manual-findings files, not rules


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    failure_title: str
    category: str
    check: str
    params: dict[str, Any]
    basis: str
    description: str
    level: str
    points: float
    cap: float
    weight: float
    source: str  # file path relative to the pack
    not_again_after: tuple[str, ...] = ()  # a subject failed under one of these rules is not deducted again
    not_if_deducted: tuple[str, ...] = ()  # nothing is deducted when one of these rules deducted anything
    group: str | None = None  # a cap shared with the other rules of this group (Profile.groups)


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    model: str
    base: float
    pass_mark: float | None  # None: no pass mark, only a veto fails the site
    bonus_gate: float
    category_weights: dict[str, float]
    bonus_cap: float = 30.0  # 2019 indicators: bonus items total at most 30 points
    category_caps: dict[str, float] = field(default_factory=dict)  # the most a category can lose
    category_map: dict[str, str] = field(default_factory=dict)  # rule file's category -> the profile's
    min_column_share: float = DEFAULT_MIN_COLUMN_SHARE  # audit gate, see govaudit.coverage
    parents: dict[str, str] = field(default_factory=dict)  # 二级 indicator -> its 一级 indicator (both in category_caps)
    groups: dict[str, float] = field(default_factory=dict)  # group name -> the most its rules together can lose
    not_applicable: str = "full_points"  # a rule not applicable by remit: full points, or "exclude" from the base


@dataclass(frozen=True)
class Ruleset:
    name: str
    hash: str
    profile: Profile
    rules: list[Rule]
    column_classes: tuple[ColumnClass, ...]
    column_overrides: dict[str, str] = field(default_factory=dict)  # column URL or name -> class id
    scopes: dict[str, Scope] = field(default_factory=dict)  # rule id -> URL scope of its findings
    waivers: tuple[Waiver, ...] = ()
    config_source: str | None = None
    not_applicable: dict[str, str] = field(default_factory=dict)  # rule id -> why it is outside the organ's remit


class _Doc:
    """A parsed YAML file with line numbers for its keys."""

    def __init__(self, path: Path, root: Path):
        self.path = path
        self.label = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
        try:
            text = path.read_text(encoding="utf-8")
            self.node, self.data = load_bounded(text)
        except UnicodeDecodeError:
            raise UserError(f"{self.label}: not UTF-8 text.") from None
        except YamlTooLarge as exc:
            raise UserError(f"{self.label}: refused, the YAML is too large ({exc}).") from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f":{mark.line + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or str(exc)
            raise UserError(f"{self.label}{where}: malformed YAML ({problem}).") from None
        if not isinstance(self.data, dict):
            raise UserError(f"{self.label}:1: expected a mapping of keys to values.")

    def line(self, *keys: str) -> int:
        """Line of the nested key path `keys` (or of the nearest parent found)."""
        node, line = self.node, 1
        for key in keys:
            if not isinstance(node, yaml.MappingNode):
                break
            for k, v in node.value:
                if k.value == key:
                    node, line = v, k.start_mark.line + 1
                    break
            else:
                break
        return line

    def fail(self, problem: str, *keys: str, rule_id: str | None = None) -> UserError:
        who = f" rule '{rule_id}':" if rule_id else ""
        return UserError(f"{self.label}:{self.line(*keys)}:{who} {problem}.")


def _check_keys(doc: _Doc, data: dict[str, Any], spec: dict[str, type], required: set[str], path: tuple[str, ...], rule_id: str | None) -> None:
    for key, value in data.items():
        if key not in spec:
            raise doc.fail(f"unknown key '{key}' (allowed: {', '.join(spec)})", *path, str(key), rule_id=rule_id)
        if not isinstance(value, spec[key]) or isinstance(value, bool):
            raise doc.fail(f"key '{key}' has the wrong type ({type(value).__name__})", *path, key, rule_id=rule_id)
    for key in required:
        if key not in data:
            raise doc.fail(f"missing required key '{key}'", *path, rule_id=rule_id)


def _load_rule(doc: _Doc) -> dict[str, Any]:
    data = doc.data
    rule_id = str(data.get("id", doc.path.stem))
    _check_keys(doc, data, _RULE_KEYS, set(_RULE_KEYS) - _RULE_OPTIONAL, (), rule_id)
    if data["id"] != doc.path.stem:
        raise doc.fail(f"id must equal the file name '{doc.path.stem}'", "id", rule_id=rule_id)
    kind = CHECKS.get(data["check"])
    if kind is None:
        raise doc.fail(f"unknown check kind '{data['check']}' (known: {', '.join(sorted(CHECKS))})", "check", rule_id=rule_id)
    params, problems = validate_params(kind, data.get("params") or {})
    if problems:
        bad_key = next((k for k in (data.get("params") or {}) if f"'{k}'" in problems[0]), None)
        raise doc.fail(problems[0], "params", *([bad_key] if bad_key else []), rule_id=rule_id)
    return {**data, "params": params}


def _load_classes(root: Path) -> tuple[ColumnClass, ...]:
    """The column classes of the pack: those of the packs it extends, with its own
    column-classes.yaml applied (a class of the same id replaced in place, new classes first,
    so a local class wins over the extended pack's)."""
    classes: list[ColumnClass] = []
    chain = pack_chain(root)
    for n, folder in enumerate(chain):
        path = folder / _CLASSES_FILE
        if not path.is_file():
            if n == 0:
                raise UserError(f"{path} is missing: a rule pack needs {_CLASSES_FILE} to classify columns (or a {PACK_FILE} that extends one).")
            continue
        own = _class_file(path, folder)
        known = {c.id for c in classes}
        replaced = [next((o for o in own if o.id == c.id), c) for c in classes]
        classes = [c for c in own if c.id not in known] + replaced
    return tuple(classes)


def _class_file(path: Path, root: Path) -> list[ColumnClass]:
    doc = _Doc(path, root)
    classes = doc.data.get("classes")
    if not isinstance(classes, list):
        raise doc.fail("'classes' must be a list", "classes")
    out = []
    for entry in classes:
        if not (isinstance(entry, dict) and isinstance(entry.get("id"), str) and isinstance(entry.get("patterns"), list)):
            raise doc.fail("each class needs an 'id', a 'label' and a list of 'patterns'", "classes")
        if entry["id"] in {c.id for c in out}:
            raise doc.fail(f"duplicate class id '{entry['id']}'", "classes")
        if not isinstance(entry.get("past_year", False), bool):
            raise doc.fail(f"class '{entry['id']}': 'past_year' must be true or false", "classes")
        out.append(ColumnClass(entry["id"], str(entry.get("label", entry["id"])), tuple(str(p) for p in entry["patterns"]),
                               entry.get("past_year", False)))
    return out


def _load_profile(root: Path, name: str) -> tuple[_Doc, Profile]:
    folders = [f for f in reversed(pack_chain(root)) if (f / _PROFILES_DIR / f"{name}.yaml").is_file()]
    if not _PROFILE_NAME.fullmatch(name) or not folders:
        known = profile_names(root)
        raise UserError(f"Profile '{name}' not found in {root / _PROFILES_DIR} (available: {', '.join(known) or 'none'}).")
    doc = _Doc(folders[0] / _PROFILES_DIR / f"{name}.yaml", folders[0])
    _check_keys(doc, {k: v for k, v in doc.data.items() if not (k == "pass_mark" and v == "none")},
                _PROFILE_KEYS, {"name", "model", "rules"}, (), None)
    if doc.data["model"] not in MODELS:
        raise doc.fail(f"unknown scoring model '{doc.data['model']}' (known: {', '.join(MODELS)})", "model")
    check_model_keys(doc, doc.data)
    d = doc.data
    weights = d.get("categories") or {}
    if not all(_non_negative(w) for w in weights.values()):
        raise doc.fail("category weights must be non-negative numbers", "categories")
    caps = d.get("category_caps") or {}
    if not all(_non_negative(c) for c in caps.values()):
        raise doc.fail("category caps must be non-negative numbers", "category_caps")
    checklist = parse_checklist(doc, d)
    caps = {**caps, **checklist.caps}
    mapping = d.get("category_map") or {}
    for source, target in mapping.items():
        if not isinstance(target, str) or (caps and target not in caps):
            raise doc.fail(f"category_map: '{source}' maps to '{target}', which is not one of category_caps", "category_map", str(source))
    share = d.get("min_column_share", DEFAULT_MIN_COLUMN_SHARE)
    if not (_non_negative(share) and share <= 1):
        raise doc.fail("min_column_share must be a number from 0 to 1", "min_column_share")
    profile = Profile(d["name"], d.get("title", d["name"]), d["model"], float(d.get("base", 100)),
                      checklist.pass_mark, float(d.get("bonus_gate", 80)),
                      {str(k): float(v) for k, v in weights.items()}, float(d.get("bonus_cap", 30)),
                      {str(k): float(v) for k, v in caps.items()}, {str(k): v for k, v in mapping.items()}, float(share),
                      checklist.parents, checklist.groups, checklist.not_applicable)
    return doc, profile


def ruleset_hash(root: Path) -> str:
    """sha256 over every YAML file of the pack (relative path and bytes), in path order; a
    pack that extends others hashes theirs first."""
    digest = hashlib.sha256()
    for n, folder in enumerate(pack_chain(root)):
        for path in sorted(folder.rglob("*.yaml")):
            prefix = f"{n}:" if n else ""  # the pack alone hashes as before
            digest.update((prefix + path.relative_to(folder).as_posix()).encode() + b"\0" + path.read_bytes() + b"\0")
    return f"sha256:{digest.hexdigest()}"


def pack_chain(root: Path) -> list[Path]:
    """The packs whose rules, classes, profiles and cases `root` uses, the most basic first:
    `root` itself, after the pack its pack.yaml `extends` (`bundled`, or a folder relative to
    `root`), after the pack that one extends …"""
    chain: list[Path] = []
    here: Path | None = root.resolve()
    while here is not None:
        if here in chain:
            raise UserError(f"{here / PACK_FILE}: 'extends' makes a loop ({' -> '.join(str(p) for p in [*chain, here])}).")
        if len(chain) >= _MAX_CHAIN:
            raise UserError(f"{root / PACK_FILE}: packs extend each other more than {_MAX_CHAIN} deep.")
        chain.append(here)
        here = _extends(here)
    return chain[::-1]


def _extends(root: Path) -> Path | None:
    """The pack `root` extends, or None."""
    path = root / PACK_FILE
    if not path.is_file():
        return None
    doc = _Doc(path, root)
    _check_keys(doc, doc.data, _PACK_KEYS, set(), (), None)
    target = doc.data.get("extends")
    if target is None:
        return None
    base = bundled("rules").resolve() if target == BUNDLED else (root / target).resolve()
    if not base.is_dir():
        raise doc.fail(f"extends '{target}': no rule pack there (give '{BUNDLED}' or a folder relative to the pack)", "extends")
    return base


def load_rule_files(root: Path) -> dict[str, tuple[_Doc, dict[str, Any]]]:
    """Every rule file of the pack and of the packs it extends, validated, by id. A rule of an
    extending pack replaces the extended pack's rule of the same id."""
    rules: dict[str, tuple[_Doc, dict[str, Any]]] = {}
    for folder in pack_chain(root):
        own: dict[str, tuple[_Doc, dict[str, Any]]] = {}
        for path in sorted(folder.rglob("*.yaml")):
            rel = path.relative_to(folder)
            if rel.parts[0] in (_PROFILES_DIR, CASES_DIR, EXAMPLES_DIR) or rel.name in (_CLASSES_FILE, PACK_FILE):
                continue
            doc = _Doc(path, folder)
            data = _load_rule(doc)
            if data["id"] in own:
                raise doc.fail(f"duplicate rule id (also in {own[data['id']][0].label})", "id", rule_id=data["id"])
            own[data["id"]] = (doc, data)
        rules.update(own)
    return rules


def _check_rule_classes(files: dict[str, tuple[_Doc, dict[str, Any]]], classes: tuple[ColumnClass, ...]) -> None:
    """Every column class a rule file's params name is a class of the pack."""
    for doc, data in files.values():
        problem = _unknown_class(data["check"], data["params"], classes)
        if problem:
            key, message = problem
            raise doc.fail(message, "params", key, rule_id=data["id"])


def _unknown_class(check: str, params: dict[str, Any], classes: tuple[ColumnClass, ...]) -> tuple[str, str] | None:
    """(param key, message) of the first unknown column class id the params name, else None."""
    known = {c.id for c in classes} | {"other"}
    kind = CHECKS[check]
    for key in params:
        for cid in kind.class_ids({key: params[key]}):
            if cid not in known:
                return key, f"unknown column class '{cid}' in '{key}' (known: {', '.join(sorted(known))})"
    return None


def _make_rule(file: tuple[_Doc, dict[str, Any]], entry: dict[str, Any], where: _Doc, keys: tuple[str, ...]) -> Rule:
    """A rule as a profile entry uses it: level, points, weight and params applied.
    Problems are reported at `keys` in `where` (the profile)."""
    doc, data = file
    level = entry.get("level", data.get("level"))
    if level not in LEVELS:
        raise where.fail(f"level must be one of {', '.join(LEVELS)}", *keys, "level", rule_id=data["id"])
    params = data["params"]
    if entry.get("params"):
        params, problems = validate_params(CHECKS[data["check"]], {**_given_params(doc), **entry["params"]})
        if problems:
            raise where.fail(problems[0], *keys, "params", rule_id=data["id"])
    points, cap = entry_points(where, entry, keys, data["id"], level)
    after = entry.get("not_again_after", [])
    if not all(isinstance(a, str) for a in after):
        raise where.fail("'not_again_after' must be a list of rule ids", *keys, "not_again_after", rule_id=data["id"])
    unless = entry.get("not_if_deducted", [])
    if not all(isinstance(a, str) for a in unless):
        raise where.fail("'not_if_deducted' must be a list of rule ids", *keys, "not_if_deducted", rule_id=data["id"])
    return Rule(
        id=data["id"], title=data["title"], failure_title=data["failure_title"],
        category=data["category"],
        check=data["check"], params=params, basis=data["basis"], description=data["description"],
        level=level, points=points, cap=cap, weight=float(entry.get("weight", 1)), source=doc.label,
        not_again_after=tuple(after), not_if_deducted=tuple(unless), group=entry.get("group"),
    )


def _given_params(doc: _Doc) -> dict[str, Any]:
    """The params as written in the rule file (before defaults), so overrides merge onto them."""
    return dict(doc.data.get("params") or {})


def load_ruleset(rules_dir: Path | None = None, profile: str = DEFAULT_PROFILE) -> Ruleset:
    """Load and validate the pack at `rules_dir` (default: the bundled pack) with `profile`."""
    root = (rules_dir or bundled("rules")).resolve()
    if not root.is_dir():
        raise UserError(f"Rules folder {root} does not exist or is not a folder.")
    files = load_rule_files(root)
    classes = _load_classes(root)
    _check_rule_classes(files, classes)
    pdoc, prof = _load_profile(root, profile)
    rules = []
    if not pdoc.data["rules"]:
        raise pdoc.fail("the profile lists no rules, so it could only ever give full marks", "rules")
    for rule_id, entry in pdoc.data["rules"].items():
        if rule_id not in files:
            raise pdoc.fail(f"profile lists unknown rule '{rule_id}'", "rules", rule_id)
        entry = entry or {}
        if not isinstance(entry, dict):
            raise pdoc.fail(f"rule '{rule_id}' entry must be a mapping (level, points, cap, weight, params)", "rules", rule_id)
        _check_keys(pdoc, entry, _ENTRY_KEYS, set(), ("rules", rule_id), rule_id)
        rule = _make_rule(files[rule_id], entry, pdoc, ("rules", rule_id))
        if entry.get("params") and (problem := _unknown_class(rule.check, rule.params, classes)):
            raise pdoc.fail(problem[1], "rules", rule_id, "params", rule_id=rule_id)
        rules.append(replace(rule, category=prof.category_map.get(rule.category, rule.category)))
    _check_categories(pdoc, prof, rules)
    check_profile_rules(pdoc, prof, rules)
    return Ruleset(prof.name, ruleset_hash(root), prof, rules, classes)


def _check_categories(doc: _Doc, profile: Profile, rules: list[Rule]) -> None:
    """With declared category caps, every deduction rule files under one of them; rules
    named in not_again_after are rules of the profile."""
    ids = {r.id for r in rules}
    for rule in rules:
        if profile.category_caps and rule.level == "deduction" and rule.category not in profile.category_caps:
            raise doc.fail(f"category '{rule.category}' is not one of the profile's category_caps "
                           f"({', '.join(profile.category_caps)}); map it in category_map", "rules", rule.id, rule_id=rule.id)
        for other in rule.not_again_after:
            if other not in ids or other == rule.id:
                raise doc.fail(f"not_again_after names '{other}', which is not another rule of this profile",
                               "rules", rule.id, "not_again_after", rule_id=rule.id)


def load_pack(rules_dir: Path | None = None) -> Ruleset:
    """Every rule file of the pack, whichever profile uses it (for `rules test/list/show`):
    levels come from the rule file, else "info"; no profile is read, so no points apply."""
    root = (rules_dir or bundled("rules")).resolve()
    if not root.is_dir():
        raise UserError(f"Rules folder {root} does not exist or is not a folder.")
    files = load_rule_files(root)
    classes = _load_classes(root)
    _check_rule_classes(files, classes)
    rules = [_make_rule(file, {"level": file[1].get("level", "info")}, file[0], ()) for file in files.values()]
    neutral = Profile("pack", "pack", "official", 100.0, 60.0, 80.0, {})
    return Ruleset(root.name, ruleset_hash(root), neutral, rules, classes)


def profile_names(rules_dir: Path | None = None) -> list[str]:
    """Names of the profiles in the pack and in the packs it extends."""
    root = (rules_dir or bundled("rules")).resolve()
    return sorted({p.stem for folder in pack_chain(root) for p in (folder / _PROFILES_DIR).glob("*.yaml")})


def configure(ruleset: Ruleset, config: SiteConfig | None) -> Ruleset:
    """Apply a site configuration: disable, re-level and re-parameterise rules, set the
    organisation's annual-report deadline, column-class overrides, scopes and waivers.
    Every rule id and class id it names must exist, so a typo cannot silently do nothing."""
    if config is None:
        return ruleset
    by_id = {r.id: r for r in ruleset.rules}
    named = [("[rules].disable", config.disable), ("[rules.levels]", config.levels), ("[rules.params]", config.params),
             ("[rules.scopes]", config.scopes), ("[[waivers]]", [w.rule for w in config.waivers]),
             ("[not_applicable]", config.not_applicable)]
    for where, ids in named:
        for rule_id in ids:
            if rule_id not in by_id:
                raise UserError(f"{config.source}: {where}: no rule '{rule_id}' in profile '{ruleset.profile.name}'.")
    known_classes = {c.id for c in ruleset.column_classes} | {"other"}
    for column, cls in config.column_classes.items():
        if cls not in known_classes:
            raise UserError(f"{config.source}: [column_classes] '{column}': unknown class '{cls}' (known: {', '.join(sorted(known_classes))}).")
    rules = []
    for rule in ruleset.rules:
        if rule.id in config.disable:
            continue
        level = config.levels.get(rule.id, rule.level)
        if level not in LEVELS:
            raise UserError(f"{config.source}: [rules.levels] '{rule.id}': level must be one of {', '.join(LEVELS)}.")
        override = dict(config.params.get(rule.id, {}))
        if config.organisation and "deadline" in CHECKS[rule.check].params and "deadline" not in override:
            override["deadline"] = ORGANISATION_DEADLINES[config.organisation]
        params = rule.params
        if override:
            params, problems = validate_params(CHECKS[rule.check], {**rule.params, **override})
            if problems:
                raise UserError(f"{config.source}: [rules.params.{rule.id}]: {problems[0]}.")
            if problem := _unknown_class(rule.check, params, ruleset.column_classes):
                raise UserError(f"{config.source}: [rules.params.{rule.id}]: {problem[1]}.")
        rules.append(replace(rule, level=level, params=params))
    if not rules:
        raise UserError(f"{config.source}: [rules].disable: every rule of profile '{ruleset.profile.name}' is disabled; nothing would be audited.")
    return replace(ruleset, rules=rules, column_overrides=dict(config.column_classes), scopes=dict(config.scopes),
                   waivers=config.waivers, config_source=config.source, not_applicable=dict(config.not_applicable))
