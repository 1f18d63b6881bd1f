-- Issue 27: PostgreSQL's V14 makes its catalogue's text columns sort by code point. H2 compares text that way
-- already (no database collation is set), so there is nothing to change here; the version keeps both histories
-- in step.
SELECT 1;
