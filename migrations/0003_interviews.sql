CREATE TABLE "answer_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"interview_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"op_id" text NOT NULL,
	"value" jsonb,
	"note" text,
	"revision" integer NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"changed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "answers" (
	"interview_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"value" jsonb,
	"note" text,
	"revision" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "answers_interview_id_item_id_pk" PRIMARY KEY("interview_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "interview_events" (
	"interview_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interview_events_interview_id_seq_pk" PRIMARY KEY("interview_id","seq")
);
--> statement-breakpoint
CREATE TABLE "interview_interviewers" (
	"interview_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "interview_interviewers_interview_id_user_id_pk" PRIMARY KEY("interview_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"study_id" uuid NOT NULL,
	"respondent_id" uuid NOT NULL,
	"topiclist_id" text NOT NULL,
	"topiclist_version" integer NOT NULL,
	"pair_id" uuid,
	"dossier" jsonb,
	"status" text DEFAULT 'planned' NOT NULL,
	"status_comment" text,
	"consent_given" boolean,
	"consent_version" text,
	"consent_at" timestamp with time zone,
	"consent_by" uuid,
	"event_seq" bigint DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interviews_status_known" CHECK ("interviews"."status" in ('planned', 'in_progress', 'completed', 'approved', 'has_issues'))
);
--> statement-breakpoint
CREATE TABLE "topic_timings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"interview_id" uuid NOT NULL,
	"topic_id" text NOT NULL,
	"user_id" uuid,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "topic_timings_order" CHECK ("topic_timings"."closed_at" >= "topic_timings"."opened_at")
);
--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_interviewers" ADD CONSTRAINT "interview_interviewers_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_interviewers" ADD CONSTRAINT "interview_interviewers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_respondent_id_respondents_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."respondents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_pair_id_pairs_id_fk" FOREIGN KEY ("pair_id") REFERENCES "public"."pairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_consent_by_users_id_fk" FOREIGN KEY ("consent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_topiclist_id_topiclist_version_topiclist_versions_topiclist_id_version_fk" FOREIGN KEY ("topiclist_id","topiclist_version") REFERENCES "public"."topiclist_versions"("topiclist_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_timings" ADD CONSTRAINT "topic_timings_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_timings" ADD CONSTRAINT "topic_timings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "answer_history_op_unique" ON "answer_history" USING btree ("interview_id","op_id");--> statement-breakpoint
CREATE INDEX "answer_history_item_idx" ON "answer_history" USING btree ("interview_id","item_id");--> statement-breakpoint
CREATE INDEX "interview_interviewers_user_idx" ON "interview_interviewers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "interviews_study_idx" ON "interviews" USING btree ("study_id");--> statement-breakpoint
CREATE INDEX "interviews_respondent_idx" ON "interviews" USING btree ("respondent_id");--> statement-breakpoint
CREATE INDEX "topic_timings_interview_idx" ON "topic_timings" USING btree ("interview_id");