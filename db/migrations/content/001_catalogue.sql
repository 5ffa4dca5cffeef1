-- Content store, part 1: where every record came from, and the catalogue of service items.
-- The content database is replaced whole by each import; it never holds settings or usage.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sources (
    id        TEXT PRIMARY KEY,
    file      TEXT NOT NULL DEFAULT '',
    title     TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    note      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE cities (
    code TEXT PRIMARY KEY,          -- GB/T 2260
    name TEXT NOT NULL UNIQUE,
    sort INTEGER NOT NULL
);

CREATE TABLE departments (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    sort    INTEGER NOT NULL DEFAULT 0,
    source  TEXT NOT NULL REFERENCES sources(id)
);

CREATE TABLE themes (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    sort    INTEGER NOT NULL DEFAULT 0,
    source  TEXT NOT NULL REFERENCES sources(id)
);

CREATE TABLE items (
    id               TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    department_id    TEXT NOT NULL REFERENCES departments(id),
    mode             TEXT NOT NULL DEFAULT ''
                     CHECK (mode IN ('', '全程网办', '异地受理、属地审批', '代收代办', '多地联办')),
    approver         TEXT NOT NULL DEFAULT '',
    conditions       TEXT NOT NULL DEFAULT '',
    statutory_limit  INTEGER,                 -- NULL: not stated
    statutory_unit   TEXT NOT NULL DEFAULT '',
    promised_limit   INTEGER,
    promised_unit    TEXT NOT NULL DEFAULT '',
    fee_charged      INTEGER,                 -- NULL: not stated, 0 no, 1 yes
    fee              TEXT NOT NULL DEFAULT '',
    visits           INTEGER,                 -- NULL: not stated; 0 零跑动, 1 最多跑一次
    status           TEXT NOT NULL CHECK (status IN ('在办', '即将开通', '已停办')),
    batch            TEXT NOT NULL DEFAULT '',
    start_date       TEXT NOT NULL DEFAULT '',
    planned          TEXT NOT NULL DEFAULT '',   -- the statement's own words, e.g. 6月底前
    statement_date   TEXT NOT NULL DEFAULT '',   -- when the status was stated
    statement_source TEXT REFERENCES sources(id),
    phone            TEXT NOT NULL DEFAULT '',
    url              TEXT NOT NULL DEFAULT '' CHECK (length(CAST(url AS BLOB)) <= 512),
    url_verified     INTEGER NOT NULL DEFAULT 0,
    keywords         TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL REFERENCES sources(id),
    note             TEXT NOT NULL DEFAULT ''
);

CREATE TABLE item_themes (
    item_id  TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    theme_id TEXT NOT NULL REFERENCES themes(id),
    PRIMARY KEY (item_id, theme_id)
);

CREATE TABLE item_cities (
    item_id   TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    city_code TEXT NOT NULL REFERENCES cities(code),
    PRIMARY KEY (item_id, city_code)
);

CREATE TABLE channels (
    item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    kind    TEXT NOT NULL CHECK (kind IN ('online', 'offline')),
    name    TEXT NOT NULL,
    PRIMARY KEY (item_id, kind, name)
);

CREATE TABLE materials (
    item_id  TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    name     TEXT NOT NULL,
    required INTEGER,                         -- NULL: not stated
    form     TEXT NOT NULL DEFAULT '',
    copies   INTEGER,
    note     TEXT NOT NULL DEFAULT '',
    source   TEXT NOT NULL REFERENCES sources(id),
    PRIMARY KEY (item_id, seq)
);

INSERT INTO cities (code, name, sort) VALUES
    ('220100', '长春', 1), ('220200', '吉林', 2), ('220300', '四平', 3), ('220400', '辽源', 4);
