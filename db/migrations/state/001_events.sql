-- Local state, part 1: the event log staff read (print failures, refused imports, clock
-- warnings, content fallbacks). Survives every content import.

CREATE TABLE events (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,                  -- ISO date-time, local clock
    kind    TEXT NOT NULL,                  -- e.g. content-fallback, import-refused, print-failed
    message TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_by_time ON events(at DESC);
