"""Renderers: turn query results into JSON, JSON lines, plain lines for pipes, or Rich tables for terminals."""
