"""Creating this site: its identity, its place in the tree and the administrator."""

import logging

from app import org
from app.auth import create_user, set_current_user
from app.errors import Conflict, ValidationError
from app.orders.catalogue import seed_reference
from app.session import SITE_KEY, has_site, set_value
from db import context
from db.connection import database
from db.ids import new_uuid
from db.models import Site, User

logger = logging.getLogger(__name__)

LEVEL_LABELS = {"district": "区", "subdistrict": "街道", "community": "社区"}
DEFAULT_CODES = {"district": "611002", "subdistrict": "611002001", "community": "611002001001"}


def init_site(*, name: str, level: str, admin_name: str, password: str,
              org_code: str | None = None, org_name: str | None = None) -> Site:
    """One transaction: site identity, its root org unit, the first administrator."""
    if level not in LEVEL_LABELS:
        raise ValidationError(f"站点级别“{level}”无效：请选 district（区）、subdistrict（街道）或 community（社区）。",
                              field="level")
    name = org.validate_name(name)
    site_uuid = new_uuid()
    with database.atomic():
        if has_site():
            raise Conflict("这个数据库已经创建过站点，不能重复创建。")
        set_value(SITE_KEY, site_uuid)
        context.set_writer(site_id=site_uuid, user=(admin_name or "").strip() or "system")
        root = org.create_root(org_code or DEFAULT_CODES[level], org_name or name, org.SITE_LEVELS[level])
        site = Site.create(uuid=site_uuid, name=name, level=level, org_unit=root)
        admin = create_user(admin_name, admin_name, "admin", password)
        seed_reference()
    set_current_user(User.get_by_id(admin.id))
    logger.info("site created at level %s", level)
    return site
