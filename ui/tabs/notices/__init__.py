"""公示与报表: notices, the register, periodic reports."""
