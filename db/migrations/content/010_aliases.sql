-- Content store, part 10: the everyday words residents type for a service item (aliases.csv),
-- searched like the item's keywords. They are wording aids of the content office, not facts:
-- each row names its own source (in the seed, `office-wording`).

CREATE TABLE aliases (
    id      TEXT PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    alias   TEXT NOT NULL,
    note    TEXT NOT NULL DEFAULT '',
    source  TEXT NOT NULL REFERENCES sources(id)
);

CREATE INDEX aliases_by_item ON aliases(item_id);
