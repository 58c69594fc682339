CREATE TABLE "milestones" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"board_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"due_at" timestamp with time zone,
	"status" text DEFAULT 'open' NOT NULL,
	"completed_at" timestamp with time zone,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sprints" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"board_id" text NOT NULL,
	"name" text NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"start_date" date,
	"end_date" date,
	"capacity" double precision,
	"capacity_unit" text DEFAULT 'points' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"activated_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"goal_achieved" boolean,
	"snapshot" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "card_dependencies" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"board_id" text NOT NULL,
	"card_id" text NOT NULL,
	"depends_on_id" text NOT NULL,
	"type" text NOT NULL,
	"lag_days" integer DEFAULT 0 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "start_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "milestone_id" text;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "sprint_id" text;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "estimate" double precision;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sprints" ADD CONSTRAINT "sprints_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sprints" ADD CONSTRAINT "sprints_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_dependencies" ADD CONSTRAINT "card_dependencies_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_dependencies" ADD CONSTRAINT "card_dependencies_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_dependencies" ADD CONSTRAINT "card_dependencies_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_dependencies" ADD CONSTRAINT "card_dependencies_depends_on_id_cards_id_fk" FOREIGN KEY ("depends_on_id") REFERENCES "public"."cards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_dependencies" ADD CONSTRAINT "card_dependencies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "milestones_workspace_idx" ON "milestones" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "milestones_board_idx" ON "milestones" USING btree ("board_id","id");--> statement-breakpoint
CREATE INDEX "sprints_workspace_idx" ON "sprints" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "sprints_board_idx" ON "sprints" USING btree ("board_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "sprints_one_active_key" ON "sprints" USING btree ("board_id") WHERE "sprints"."status" = 'active';--> statement-breakpoint
CREATE INDEX "card_dependencies_workspace_idx" ON "card_dependencies" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "card_dependencies_board_idx" ON "card_dependencies" USING btree ("board_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "card_dependencies_pair_key" ON "card_dependencies" USING btree ("card_id","depends_on_id");--> statement-breakpoint
CREATE INDEX "card_dependencies_depends_on_idx" ON "card_dependencies" USING btree ("depends_on_id");--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_milestone_id_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."milestones"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_sprint_id_sprints_id_fk" FOREIGN KEY ("sprint_id") REFERENCES "public"."sprints"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cards_milestone_idx" ON "cards" USING btree ("milestone_id");--> statement-breakpoint
CREATE INDEX "cards_sprint_idx" ON "cards" USING btree ("sprint_id");