"""Three real sites (district, subdistrict, community), each its own SQLite file in a
folder whose path holds Chinese, spaces, '#' and '%', exchanging real bundles."""

from app import org
from app.exchange import incoming
from app.orders import requests
from app.orders.requests import RequestInput
from app.session import local_site
from tests.exchange.test_exchange_sync import enrol_site, send, trust_and_import
from tests.exchange_helpers import at


def three_sites(district, tmp_path):
    """The district (from the `district` fixture), 城关街道 and 东关社区 enrolled, keys trusted both ways."""
    base = tmp_path / "联动 #1 %20"
    base.mkdir()
    stick = base / "U盘"
    stick.mkdir()
    with at(district):
        district_uuid = local_site().uuid
    sub_uuid, sub = enrol_site(district, base, "城关街道办事处", "subdistrict", "611002001")
    trust_and_import(district, send(sub, district_uuid, stick))
    com_uuid, com = enrol_site(district, base, "东关社区居委会", "community", "611002001001")
    trust_and_import(sub, send(district, sub_uuid, stick))  # the subdistrict learns of the new community
    return {"district": district, "district_uuid": district_uuid, "sub": sub, "sub_uuid": sub_uuid,
            "com": com, "com_uuid": com_uuid, "stick": stick, "trusted": {("sub", "district"), ("district", "sub")}}


def carry(world, sender: str, recipient: str):
    """One bundle from `sender` to `recipient` (keys confirmed on first contact)."""
    bundle = send(world[sender], world[f"{recipient}_uuid"], world["stick"])
    if (sender, recipient) in world["trusted"]:
        with at(world[recipient]):
            return incoming.apply(bundle)
    world["trusted"].add((sender, recipient))
    return trust_and_import(world[recipient], bundle)


def log_request(content="小区东门路灯坏了三个月，物业说要街道协调供电所更换线路"):
    grid = org.by_code("6110020010010101")
    return requests.log(RequestInput(grid_uuid=grid.uuid, content=content, category="utilities",
                                     requester_name="王秀兰", requester_phone="13812345678"))
