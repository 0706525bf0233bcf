"""The columns of the roster workbooks (the template and the importer share them)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    required: bool = False
    hint: str = ""


RESIDENT_COLUMNS = [
    Column("grid_code", "网格编码", hint="导入到社区时必填；导入到网格时可留空"),
    Column("name", "姓名", True, "必填，不超过30字"),
    Column("id_number", "身份证号", hint="18位，末位可为X；填写后性别和出生日期以证件为准"),
    Column("gender", "性别", hint="男/女"),
    Column("birth_date", "出生日期", hint="如 1980-05-17"),
    Column("phone", "联系电话", hint="手机11位或固话 0914-2312345"),
    Column("building", "楼栋", hint="须是该网格已登记的楼栋名称，可留空"),
    Column("room", "房号"),
    Column("address", "地址"),
    Column("household_no", "户号"),
    Column("relation", "与户主关系", hint="户主/配偶/子女/父母/祖父母/孙子女/兄弟姐妹/其他"),
    Column("tags", "标签", hint="多个用顿号、分隔，如 独居老人、低保户"),
    Column("notes", "备注"),
]

BUILDING_COLUMNS = [
    Column("grid_code", "网格编码", hint="导入到社区时必填；导入到网格时可留空"),
    Column("name", "楼栋名称", True, "必填，如 3号楼"),
    Column("address", "地址"),
    Column("floors", "层数", hint="整数"),
    Column("households", "户数", hint="整数"),
    Column("is_civilized", "文明楼", hint="是/否"),
    Column("is_model", "示范楼", hint="是/否"),
]

KINDS = {"residents": RESIDENT_COLUMNS, "buildings": BUILDING_COLUMNS}
KIND_NAMES = {"residents": "居民", "buildings": "楼栋"}
ERROR_HEADER = "错误说明"


def detect_kind(headers: list[str]) -> str | None:
    names = {str(h).strip().rstrip("*") for h in headers if h}
    if "姓名" in names:
        return "residents"
    if "楼栋名称" in names:
        return "buildings"
    return None
