-- Content store, part 11: when an attract-loop entry plays. Besides its date range
-- (publish_from / expire_at), an entry may be limited to days of the week and a time of day.
--   days        ISO weekdays 1 (Monday) … 7 (Sunday), comma-separated, e.g. '1,2,3,4,5';
--               '' = every day
--   time_from   'HH:MM' local time, the window's start (included); '' = from midnight
--   time_until  'HH:MM', the window's end (excluded); '' = until midnight. A window whose end
--               is before its start runs over midnight (22:00 → 06:00).

ALTER TABLE media ADD COLUMN days TEXT NOT NULL DEFAULT '';
ALTER TABLE media ADD COLUMN time_from TEXT NOT NULL DEFAULT '';
ALTER TABLE media ADD COLUMN time_until TEXT NOT NULL DEFAULT '';
