"""The edge that reads a store from disk: YAML with positions, schema validation, cross-checks, caching."""
