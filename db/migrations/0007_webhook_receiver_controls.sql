ALTER TABLE "workspaces" ADD COLUMN "webhook_log_retention_days" integer;--> statement-breakpoint
ALTER TABLE "webhooks" ADD COLUMN "signature_format" text DEFAULT 'sha256_prefixed' NOT NULL;--> statement-breakpoint
ALTER TABLE "webhooks" ADD COLUMN "headers_ciphertext" text;--> statement-breakpoint
ALTER TABLE "webhooks" ADD COLUMN "header_hints" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "webhooks" ADD COLUMN "rate_limit_per_second" integer;--> statement-breakpoint
ALTER TABLE "webhooks" ADD COLUMN "max_deliveries_per_day" integer;--> statement-breakpoint
ALTER TABLE "webhooks" ADD COLUMN "disabled_acknowledged_at" timestamp with time zone;