"""The four supports 四重支持: registered units and members, task forces and volunteer
teams, co-building projects, volunteer services, proxy services and the subdistrict
reform figures."""
