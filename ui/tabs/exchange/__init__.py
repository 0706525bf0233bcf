"""数据交换: export, import, history, conflicts, sites, enrolment."""
