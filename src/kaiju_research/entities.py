"""Reference data for Hunan's prefectures and provincial departments, and the lead-entity linker.

Every bulletin item opens with the organisation that reports it ("长沙市…", "湘西州…",
"省发改委…"). `link_lead_entity` names that organisation from the packaged tables
`data/prefectures.csv` and `data/departments.csv` (see `data/README.md` for their sources).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl

_DATA_DIR = Path(__file__).resolve().parent / "data"

# An unknown organisation's name is looked for only in the opening this many characters.
_MAX_OTHER_LEN = 20

# Counties and districts whose names begin with a prefecture's short name: "长沙县" is not
# 长沙市, so a shorter alias that is a prefix of one of these must not match. Also the
# regional terms 湘西南/湘西北, which are not 湘西州.
_FALSE_FRIENDS = (
    "长沙县",
    "株洲县",
    "湘潭县",
    "衡阳县",
    "邵阳县",
    "岳阳县",
    "岳阳楼区",
    "湘西南",
    "湘西北",
)

# Fallback for unknown organisations: the shortest opening that ends in one of these.
_ORG_SUFFIX = re.compile(r"政府|中心|集团|公司|[市州县区厅局委办院会]")
# An organisation's name never spans punctuation or spaces.
_BREAK = re.compile(r"[\s，。、；：！？,.;:!?“”‘’\"'《》〈〉（）()【】\[\]—…·▲*#]")


@dataclass(frozen=True)
class Entity:
    """An organisation named at the start of a bulletin headline."""

    kind: str  # "prefecture" | "department" | "other"
    code: str | None  # "430100" for prefectures, "fgw" for departments; None for other
    name: str  # canonical full name; for "other" the surface text as found
    name_en: str | None
    surface: str  # the text as written at the start of the headline


def _read(filename: str) -> pl.DataFrame:
    # Every column is text: codes such as "430100" must not become integers, and an empty
    # aliases cell reads as "" rather than null so callers can split it without checks.
    return pl.read_csv(
        _DATA_DIR / filename,
        infer_schema=False,
        empty_string_is_null=False,
    )


@cache
def prefectures() -> pl.DataFrame:
    """The 14 prefecture-level divisions of Hunan, in GB/T 2260 order (code as String)."""
    return _read("prefectures.csv")


@cache
def departments() -> pl.DataFrame:
    """Hunan provincial departments and bureaus (plus central agencies seated in Hunan)."""
    return _read("departments.csv")


def _variants(alias: str) -> set[str]:
    """An alias with its regular 省/湖南省/bare forms: 省财政厅 -> 湖南省财政厅, 财政厅."""
    forms = {alias}
    for prefix in ("湖南省", "省"):
        if alias.startswith(prefix) and len(alias) > len(prefix) + 1:
            rest = alias.removeprefix(prefix)
            forms |= {rest, "省" + rest, "湖南省" + rest}
            break
    return forms


def _prefecture_forms(row: dict[str, str]) -> set[str]:
    forms = {row["name"], row["short_name"], *_split(row["aliases"])}
    # Bulletins sometimes write the province before a city: 湖南省长沙市.
    forms |= {"湖南省" + row["name"], "湖南" + row["name"]}
    return forms


def _department_forms(row: dict[str, str]) -> set[str]:
    forms: set[str] = set()
    for alias in (row["name"], row["short_name"], *_split(row["aliases"])):
        forms |= _variants(alias)
    return forms


def _split(aliases: str) -> list[str]:
    return [a.strip() for a in aliases.split("|") if a.strip()]


@cache
def _alias_index() -> dict[str, Entity]:
    """Every surface form -> its entity (surface left empty; filled in per match).

    Raises ValueError if two rows claim the same alias: that is a data bug, and silently
    picking one would link headlines to the wrong organisation.
    """
    index: dict[str, Entity] = {}
    owners: dict[str, str] = {}
    tables = (
        ("prefecture", prefectures(), _prefecture_forms),
        ("department", departments(), _department_forms),
    )
    for kind, frame, forms_of in tables:
        for row in frame.iter_rows(named=True):
            entity = Entity(kind, row["code"], row["name"], row["name_en"] or None, "")
            for form in forms_of(row):
                if form in owners and owners[form] != row["code"]:
                    msg = f"alias {form!r} belongs to both {owners[form]} and {row['code']}"
                    raise ValueError(msg)
                owners[form] = row["code"]
                index[form] = entity
    return index


@cache
def _max_alias_len() -> int:
    return max(map(len, _alias_index()))


def _blocked(headline: str, alias_len: int) -> bool:
    """True if the headline opens with a county/district that the alias is only a prefix of."""
    return any(len(friend) > alias_len and headline.startswith(friend) for friend in _FALSE_FRIENDS)


def _guess_other(headline: str) -> str:
    """Best-effort organisation at the start of an unknown headline, or ""."""
    head = headline[:_MAX_OTHER_LEN]
    cut = _BREAK.search(head)
    if cut:
        head = head[: cut.start()]
    # Start at 1 so a lone "市" (as in 市场…) is not taken for a whole organisation.
    match = _ORG_SUFFIX.search(head, 1)
    return head[: match.end()] if match else ""


def lookup(name_or_alias: str) -> Entity | None:
    """The entity whose name or alias is exactly this text, or None."""
    if not isinstance(name_or_alias, str):
        return None
    text = name_or_alias.strip()
    entity = _alias_index().get(text)
    return None if entity is None else _with_surface(entity, text)


def _with_surface(entity: Entity, surface: str) -> Entity:
    return Entity(entity.kind, entity.code, entity.name, entity.name_en, surface)


def link_lead_entity(headline: str) -> Entity:
    """The organisation a headline starts with: the longest known alias, else a guess.

    Only the opening is read, so organisations named later in the headline are ignored.
    Never raises; for anything unrecognisable it returns kind "other" with an empty name.
    """
    if not isinstance(headline, str):
        headline = ""
    index = _alias_index()
    for length in range(min(len(headline), _max_alias_len()), 0, -1):
        entity = index.get(headline[:length])
        if entity is not None and not _blocked(headline, length):
            return _with_surface(entity, headline[:length])
    guess = _guess_other(headline)
    return Entity("other", None, guess, None, guess)
