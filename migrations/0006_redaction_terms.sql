CREATE TABLE "redaction_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"study_id" uuid NOT NULL,
	"term" text NOT NULL,
	"category" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "redaction_terms_category" CHECK ("redaction_terms"."category" in ('persoon', 'plaats', 'organisatie', 'overig'))
);
--> statement-breakpoint
ALTER TABLE "redaction_terms" ADD CONSTRAINT "redaction_terms_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redaction_terms" ADD CONSTRAINT "redaction_terms_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "redaction_terms_unique" ON "redaction_terms" USING btree ("study_id",lower("term"));