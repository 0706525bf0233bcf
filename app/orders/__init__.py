"""The four orders (四单管理): residents order 点单, the community dispatches 派单,
the unit accepts 接单, residents evaluate 评单. See docs/four-orders.md."""
