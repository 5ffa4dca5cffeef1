-- Content store, part 3: indexes for the kiosk's lookups (department lists, notices by date).

CREATE INDEX items_by_department ON items(department_id, name);
CREATE INDEX item_themes_by_theme ON item_themes(theme_id);
CREATE INDEX notices_by_department ON notices(department_id, pinned DESC, publish_from DESC);
CREATE INDEX windows_by_hall ON windows(hall_id);
