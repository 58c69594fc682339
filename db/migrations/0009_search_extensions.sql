-- Trigram similarity for typo-tolerant title search (lib/search). PGlite loads the extension's
-- code when the instance is created (db/client.ts); PostgreSQL ships it in contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
