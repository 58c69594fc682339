CREATE TABLE "board_accesses" (
	"user_id" text NOT NULL,
	"board_id" text NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	CONSTRAINT "board_accesses_user_id_board_id_pk" PRIMARY KEY("user_id","board_id")
);
--> statement-breakpoint
ALTER TABLE "board_accesses" ADD CONSTRAINT "board_accesses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_accesses" ADD CONSTRAINT "board_accesses_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "board_accesses_board_idx" ON "board_accesses" USING btree ("board_id");