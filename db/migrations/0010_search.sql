CREATE INDEX "cards_title_search_idx" ON "cards" USING gin (to_tsvector('simple', "title"));--> statement-breakpoint
CREATE INDEX "cards_description_search_idx" ON "cards" USING gin (to_tsvector('simple', "description"));--> statement-breakpoint
CREATE INDEX "cards_title_trgm_idx" ON "cards" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "comments_body_search_idx" ON "comments" USING gin (to_tsvector('simple', "body"));--> statement-breakpoint
CREATE INDEX "checklist_items_text_search_idx" ON "checklist_items" USING gin (to_tsvector('simple', "text"));