-- Local state, part 3: the high-water mark of installed content, the newest package (by its
-- built_at) this kiosk has ever installed. An import of an older package is refused unless
-- staff say --allow-older; a rollback does not lower the mark.

CREATE TABLE content_mark (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    content_version TEXT NOT NULL,
    built_at        TEXT NOT NULL,          -- the package's manifest built_at, ISO with offset
    installed_at    TEXT NOT NULL           -- ISO date-time, local clock
);
