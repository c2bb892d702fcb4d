CREATE TABLE "topiclist_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"base_topiclist_id" text,
	"base_version" integer,
	"content" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "topiclist_drafts" ADD CONSTRAINT "topiclist_drafts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topiclist_drafts" ADD CONSTRAINT "topiclist_drafts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topiclist_drafts" ADD CONSTRAINT "topiclist_drafts_base_fk" FOREIGN KEY ("base_topiclist_id","base_version") REFERENCES "public"."topiclist_versions"("topiclist_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "topiclist_drafts_updated_idx" ON "topiclist_drafts" USING btree ("updated_at");