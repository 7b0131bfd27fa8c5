"""`koursk extract` (being written)."""
