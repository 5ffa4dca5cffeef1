-- Local state, part 7: the admin PIN pad's lock. Five wrong PINs lock the pad for five
-- minutes, counted on CLOCK_BOOTTIME (staff may set the wall clock) within one boot; the row
-- keeps the boot id, and after a reboot the full lock starts again. One row, id 1.

CREATE TABLE admin_lock (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    failures        INTEGER NOT NULL DEFAULT 0,  -- wrong PINs since the last good one or lock
    boot_id         TEXT NOT NULL DEFAULT '',    -- /proc/sys/kernel/random/boot_id of the lock
    locked_until_ms INTEGER NOT NULL DEFAULT 0   -- CLOCK_BOOTTIME in ms; 0: not locked
);
INSERT INTO admin_lock (id) VALUES (1);
