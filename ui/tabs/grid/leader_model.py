"""Grid leaders of a unit's subtree: name, masked phone, grid (the kit's table model)."""

from ui.kit.table_model import Column, TableModel


class LeaderModel(TableModel):
    NAME, PHONE, GRID = range(3)

    def __init__(self, parent=None):
        super().__init__([Column(self.tr("Grid leader"), lambda r: r.name),
                          Column(self.tr("Phone"), lambda r: r.phone_masked),
                          Column(self.tr("Grid"), lambda r: r.grid_name)], None, parent)
