-- Content store, part 4: per-record pinyin readings for search, where a word is read
-- differently from its characters' usual readings (e.g. 长春 changchun). Space-separated
-- full pinyin, one word or name per entry, entries separated by ';'.

ALTER TABLE items ADD COLUMN readings TEXT NOT NULL DEFAULT '';
ALTER TABLE notices ADD COLUMN readings TEXT NOT NULL DEFAULT '';
