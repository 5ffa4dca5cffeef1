-- Content store, part 6 (package format v2): deep links to an item's own 吉事办 page.
-- links.csv holds named URL templates; an item names one (url_template) or gives a literal
-- url, carries its codes for the template's placeholders, and a verification record: who
-- checked on a phone that the link opens this item, and when. The link is resolved when it
-- is drawn ({area} is the kiosk's city); a verification older than the kiosk's
-- [urls] verified_max_age_days, or none, shows the portal and the search hint instead.

CREATE TABLE links (
    id      TEXT PRIMARY KEY,
    pattern TEXT NOT NULL,                 -- e.g. https://…/?taskCode={handle_code}&area={area}
    note    TEXT NOT NULL DEFAULT ''
);

-- 实施编码 (GB/T 39554.1) and 业务办理项编码; the template (NULL: none); the check ('': none).
ALTER TABLE items ADD COLUMN task_code TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN handle_code TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN url_template TEXT REFERENCES links(id);
ALTER TABLE items ADD COLUMN url_verified_at TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN url_verified_by TEXT NOT NULL DEFAULT '';
