-- Content store, part 2: departments' notices and the halls with their special windows.

CREATE TABLE notices (
    id            TEXT PRIMARY KEY,
    department_id TEXT NOT NULL REFERENCES departments(id),
    title         TEXT NOT NULL,
    body          TEXT NOT NULL DEFAULT '',
    category      TEXT NOT NULL CHECK (category IN ('公告', '政策解读', '典型案例', '便民提示')),
    publish_from  TEXT NOT NULL,              -- ISO date
    expire_at     TEXT NOT NULL DEFAULT '',   -- empty: never expires
    pinned        INTEGER NOT NULL DEFAULT 0,
    source        TEXT NOT NULL REFERENCES sources(id)
);

CREATE TABLE halls (
    id        TEXT PRIMARY KEY,
    city_code TEXT NOT NULL REFERENCES cities(code),
    name      TEXT NOT NULL,
    address   TEXT NOT NULL DEFAULT '',
    hours     TEXT NOT NULL DEFAULT '',
    phone     TEXT NOT NULL DEFAULT '',
    note      TEXT NOT NULL DEFAULT '',
    source    TEXT NOT NULL REFERENCES sources(id)
);

CREATE TABLE windows (
    id       TEXT PRIMARY KEY,
    hall_id  TEXT NOT NULL REFERENCES halls(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('通办窗口', '帮办代办', '跨省通办', '24小时自助区', '法律援助', '其他')),
    name     TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    hours    TEXT NOT NULL DEFAULT '',
    note     TEXT NOT NULL DEFAULT '',
    source   TEXT NOT NULL REFERENCES sources(id)
);
