-- Custom migration (drizzle-kit generate --custom): a deleted file row, however it goes (the API,
-- or a cascade from its card, list, board or workspace), leaves its storage keys to be purged.
CREATE OR REPLACE FUNCTION files_enqueue_purge() RETURNS trigger AS $$
BEGIN
  IF OLD.storage_key IS NOT NULL THEN
    INSERT INTO file_purges (storage_key) VALUES (OLD.storage_key) ON CONFLICT DO NOTHING;
  END IF;
  IF OLD.thumbnail_key IS NOT NULL THEN
    INSERT INTO file_purges (storage_key) VALUES (OLD.thumbnail_key) ON CONFLICT DO NOTHING;
  END IF;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER files_enqueue_purge AFTER DELETE ON files FOR EACH ROW EXECUTE FUNCTION files_enqueue_purge();
