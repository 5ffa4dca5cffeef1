-- Content store, part 9: media as files. The bytes of each slide live in the content
-- version's media folder (content/media/<meta media_dir>/), so players stream from disk and
-- the database stays small; the row keeps the file's path, kind, size in pixels and SHA-256.
-- (A database of an older schema is migrated by the tool, on a copy, after it has written
-- the stored bytes out as files.)

ALTER TABLE media DROP COLUMN data;
