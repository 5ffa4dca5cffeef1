-- Local state, part 2: usage figures (what residents opened and looked for), per day.

CREATE TABLE usage (
    day    TEXT NOT NULL,                   -- ISO date
    kind   TEXT NOT NULL,                   -- e.g. item-opened, search, print
    target TEXT NOT NULL DEFAULT '',        -- item id, query, ...
    count  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, kind, target)
);
