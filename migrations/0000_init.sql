CREATE TABLE "topiclist_items" (
	"topiclist_id" text NOT NULL,
	"version" integer NOT NULL,
	"item_id" text NOT NULL,
	"level_id" text NOT NULL,
	"topic_id" text NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"scale_id" text,
	"scale_min" integer,
	"scale_max" integer,
	"dimension_id" text,
	CONSTRAINT "topiclist_items_topiclist_id_version_item_id_pk" PRIMARY KEY("topiclist_id","version","item_id")
);
--> statement-breakpoint
CREATE TABLE "topiclist_versions" (
	"topiclist_id" text NOT NULL,
	"version" integer NOT NULL,
	"content" json NOT NULL,
	"content_hash" text NOT NULL,
	"source" text NOT NULL,
	"source_format" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topiclist_versions_topiclist_id_version_pk" PRIMARY KEY("topiclist_id","version"),
	CONSTRAINT "topiclist_versions_content_unique" UNIQUE("topiclist_id","content_hash"),
	CONSTRAINT "topiclist_versions_version_positive" CHECK ("topiclist_versions"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "topiclists" (
	"id" text PRIMARY KEY NOT NULL,
	"latest_version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "topiclist_items" ADD CONSTRAINT "topiclist_items_topiclist_id_version_topiclist_versions_topiclist_id_version_fk" FOREIGN KEY ("topiclist_id","version") REFERENCES "public"."topiclist_versions"("topiclist_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topiclist_versions" ADD CONSTRAINT "topiclist_versions_topiclist_id_topiclists_id_fk" FOREIGN KEY ("topiclist_id") REFERENCES "public"."topiclists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "topiclist_items_dimension_idx" ON "topiclist_items" USING btree ("topiclist_id","version","dimension_id");