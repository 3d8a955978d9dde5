CREATE TABLE "entitlement_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entitlement_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"from_month" text NOT NULL,
	"to_month" text NOT NULL,
	"outcome" text NOT NULL,
	"paid_to_month" text,
	"case_id" uuid,
	"amount_fen" bigint,
	"stop_code" text,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entitlement_periods_listed_has_case" CHECK ("entitlement_periods"."outcome" <> 'listed' OR "entitlement_periods"."case_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "entitlement_recoveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entitlement_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"from_month" text NOT NULL,
	"to_month" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"stop_code" text NOT NULL,
	"event_on" date NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"resolution_note" text,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entitlement_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"policy_id" text NOT NULL,
	"period_kind" text NOT NULL,
	"period_start" text NOT NULL,
	"period_end" text NOT NULL,
	"batch_id" uuid,
	"listed_count" integer DEFAULT 0 NOT NULL,
	"stopped_count" integer DEFAULT 0 NOT NULL,
	"recovery_count" integer DEFAULT 0 NOT NULL,
	"total_amount_fen" bigint DEFAULT 0 NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "entitlement_runs_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "entitlements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"policy_id" text NOT NULL,
	"case_type_id" text NOT NULL,
	"source_case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"employer_id" uuid,
	"post_id" uuid,
	"period_kind" text NOT NULL,
	"start_month" text NOT NULL,
	"end_month" text,
	"application" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"stop_code" text,
	"stopped_on" date,
	"stop_reason" text,
	"listed_through_month" text,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "entitlements_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "public_welfare_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"holder_person_id" uuid NOT NULL,
	"start_on" date NOT NULL,
	"continuous_since_month" text,
	"extension_approved_at" timestamp with time zone,
	"extension_approved_by" uuid,
	"extension_note" text,
	"ended_on" date,
	"end_reason" text,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "public_welfare_posts_end_reason" CHECK (("public_welfare_posts"."ended_on" IS NULL) = ("public_welfare_posts"."end_reason" IS NULL)),
	CONSTRAINT "public_welfare_posts_ended_after_start" CHECK ("public_welfare_posts"."ended_on" IS NULL OR "public_welfare_posts"."ended_on" >= "public_welfare_posts"."start_on")
);
--> statement-breakpoint
ALTER TABLE "entitlement_periods" ADD CONSTRAINT "entitlement_periods_entitlement_id_entitlements_id_fk" FOREIGN KEY ("entitlement_id") REFERENCES "public"."entitlements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlement_periods" ADD CONSTRAINT "entitlement_periods_run_id_entitlement_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."entitlement_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlement_periods" ADD CONSTRAINT "entitlement_periods_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlement_recoveries" ADD CONSTRAINT "entitlement_recoveries_entitlement_id_entitlements_id_fk" FOREIGN KEY ("entitlement_id") REFERENCES "public"."entitlements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlement_recoveries" ADD CONSTRAINT "entitlement_recoveries_period_id_entitlement_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."entitlement_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlement_recoveries" ADD CONSTRAINT "entitlement_recoveries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlement_recoveries" ADD CONSTRAINT "entitlement_recoveries_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlement_runs" ADD CONSTRAINT "entitlement_runs_batch_id_case_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."case_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlement_runs" ADD CONSTRAINT "entitlement_runs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlements" ADD CONSTRAINT "entitlements_source_case_id_cases_id_fk" FOREIGN KEY ("source_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlements" ADD CONSTRAINT "entitlements_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlements" ADD CONSTRAINT "entitlements_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlements" ADD CONSTRAINT "entitlements_post_id_public_welfare_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."public_welfare_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlements" ADD CONSTRAINT "entitlements_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_welfare_posts" ADD CONSTRAINT "public_welfare_posts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_welfare_posts" ADD CONSTRAINT "public_welfare_posts_holder_person_id_persons_id_fk" FOREIGN KEY ("holder_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_welfare_posts" ADD CONSTRAINT "public_welfare_posts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "entitlement_periods_once_uq" ON "entitlement_periods" USING btree ("entitlement_id","from_month");--> statement-breakpoint
CREATE INDEX "entitlement_periods_run_idx" ON "entitlement_periods" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "entitlement_periods_case_idx" ON "entitlement_periods" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "entitlement_recoveries_org_path_idx" ON "entitlement_recoveries" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "entitlement_recoveries_period_uq" ON "entitlement_recoveries" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "entitlement_runs_org_path_idx" ON "entitlement_runs" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "entitlement_runs_period_idx" ON "entitlement_runs" USING btree ("policy_id","period_start");--> statement-breakpoint
CREATE INDEX "entitlements_org_path_idx" ON "entitlements" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "entitlements_person_idx" ON "entitlements" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "entitlements_status_idx" ON "entitlements" USING btree ("status","policy_id");--> statement-breakpoint
CREATE UNIQUE INDEX "entitlements_source_case_uq" ON "entitlements" USING btree ("source_case_id");--> statement-breakpoint
CREATE INDEX "public_welfare_posts_org_path_idx" ON "public_welfare_posts" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "public_welfare_posts_employer_idx" ON "public_welfare_posts" USING btree ("employer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "public_welfare_posts_one_open_uq" ON "public_welfare_posts" USING btree ("holder_person_id") WHERE "public_welfare_posts"."ended_on" is null;