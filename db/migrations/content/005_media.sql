-- Content store, part 5: the attract screen's slides (media.csv + media/ in a package).
-- The files are kept inside the content database, so they are swapped, rolled back and
-- checked together with the rest of the content.

CREATE TABLE media (
    id           TEXT PRIMARY KEY,
    file         TEXT NOT NULL,              -- path in the package, e.g. media/hall.png
    kind         TEXT NOT NULL CHECK (kind IN ('image', 'video')),
    mime         TEXT NOT NULL,
    caption      TEXT NOT NULL DEFAULT '',
    duration_s   INTEGER,                    -- images: seconds on screen; NULL: the kiosk's default
    sort         INTEGER NOT NULL DEFAULT 0,
    publish_from TEXT NOT NULL DEFAULT '',
    expire_at    TEXT NOT NULL DEFAULT '',
    width        INTEGER,
    height       INTEGER,
    sha256       TEXT NOT NULL,
    data         BLOB NOT NULL,
    source       TEXT NOT NULL REFERENCES sources(id)
);
