"""`koursk export` (being written)."""
