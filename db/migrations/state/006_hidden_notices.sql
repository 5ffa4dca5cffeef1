-- Local state, part 6: notices staff hid on this kiosk (stale, or wrong for this hall). A
-- notice stays hidden until a package changes it: the row keeps the notice's fingerprint as it
-- was when hidden, and a notice whose content differs (or that is gone) is shown again.

CREATE TABLE hidden_notices (
    notice_id   TEXT PRIMARY KEY,
    title       TEXT NOT NULL,              -- as it was, for the admin screen's list
    fingerprint TEXT NOT NULL,              -- the whole notice row when hidden
    hidden_on   TEXT NOT NULL               -- ISO date
);
