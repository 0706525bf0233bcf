"""Four-level linkage 四级联动 (docs/linkage.md): escalations up the tree, the
decisions that come back down, per-level deadlines, the joint conference and the
co-building federation, and the figures of where matters were settled."""
