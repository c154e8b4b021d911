"""White-paper pages, PDF rendering and the gated download flow (issue #5)."""
