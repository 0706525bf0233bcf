"""Subdistrict reform figures 街道体制改革: the internal bodies 内设机构, administrative
posts 行政编制 and fully funded institution posts 全额事业编制 of each subdistrict
office per year. Reference data set at the district and sent down: only an
administrator at a district-level site may set them. One record per subdistrict
and year, its key stable_uuid("subdistrict_posts:<subdistrict>:<year>") so the
same figures entered twice (or at two PCs of the district) are one record;
setting them again updates that record.
"""

import datetime as dt

from app.auth import require
from app.errors import PermissionDenied, ValidationError
from app.scope import within
from app.session import local_site
from app.support.common import count, org, save
from db.connection import database
from db.ids import stable_uuid
from db.models import Level, OrgUnit, SubdistrictPosts

FIRST_YEAR = 2000


def posts_uuid(subdistrict_uuid: str, year: int) -> str:
    return stable_uuid(f"subdistrict_posts:{subdistrict_uuid}:{year}")


def _check_district_site() -> None:
    if local_site().level != "district":
        raise PermissionDenied("街道机构和编制数是区里统一下发的基础数据，只能在区级站点由管理员设置；"
                               "本站请通过数据交换接收区里下发的数据。")


def _year(raw) -> int:
    try:
        year = int(raw)
    except (TypeError, ValueError):
        raise ValidationError("年度请填写四位数字，如 2026。", field="year") from None
    if not FIRST_YEAR <= year <= dt.date.today().year + 1:
        raise ValidationError(f"年度应在 {FIRST_YEAR} 年到明年之间。", field="year")
    return year


def set_posts(subdistrict_uuid: str, year: int, internal_bodies: int, admin_posts: int,
              institution_posts: int) -> SubdistrictPosts:
    """Set (or correct) one subdistrict's figures for a year: administrator, district site."""
    require("admin")
    _check_district_site()
    values = {"subdistrict": org(subdistrict_uuid, (Level.SUBDISTRICT,), "请选择一个街道（须为现有街道）。", "subdistrict"),
              "year": _year(year), "internal_bodies": count(internal_bodies, "internal_bodies", "内设机构数"),
              "admin_posts": count(admin_posts, "admin_posts", "行政编制数"),
              "institution_posts": count(institution_posts, "institution_posts", "全额事业编制数")}
    with database.atomic():
        row = SubdistrictPosts.get_or_none((SubdistrictPosts.subdistrict == values["subdistrict"].uuid)
                                           & (SubdistrictPosts.year == values["year"]))
        if row is not None:
            return save(row, {**values, "deleted": False})
        return SubdistrictPosts.create(uuid=posts_uuid(values["subdistrict"].uuid, values["year"]), **values)


def posts(root_path: str | None = None, year: int | None = None) -> list[SubdistrictPosts]:
    """Live figures under an org subtree (one year, or all), by subdistrict then newest year."""
    root_path = within(root_path)
    query = SubdistrictPosts.live().join(OrgUnit, on=(SubdistrictPosts.subdistrict == OrgUnit.uuid))
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    if year is not None:
        query = query.where(SubdistrictPosts.year == int(year))
    return list(query.order_by(OrgUnit.path, SubdistrictPosts.year.desc()))


def newest(subdistrict_uuid: str) -> SubdistrictPosts | None:
    """The newest year's figures of one subdistrict, or None."""
    return (SubdistrictPosts.live().where(SubdistrictPosts.subdistrict == subdistrict_uuid)
            .order_by(SubdistrictPosts.year.desc()).first())
