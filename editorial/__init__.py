"""Articles, series, infographics, the editorial line and calendar (issue #3)."""
