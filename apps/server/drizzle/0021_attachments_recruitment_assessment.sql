CREATE TABLE "recruited_workers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"hired_on" date NOT NULL,
	"for_special_task" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"checked_on" date,
	"check_note" text,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "recruited_workers_unit_person_uq" UNIQUE("unit_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "recruitment_results" (
	"year" integer PRIMARY KEY NOT NULL,
	"cutoff" date NOT NULL,
	"result" jsonb NOT NULL,
	"scored_at" timestamp with time zone NOT NULL,
	"scored_by" uuid NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "recruitment_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"annual_target" integer NOT NULL,
	"special_target" integer DEFAULT 0 NOT NULL,
	"special_task" text,
	"plan_submitted_on_time" boolean DEFAULT false NOT NULL,
	"migrant_survey_and_ledger" boolean DEFAULT false NOT NULL,
	"labour_resource_ledger" boolean DEFAULT false NOT NULL,
	"missing_plans_and_summaries" integer DEFAULT 5 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "recruitment_units_year_name_uq" UNIQUE("year","name"),
	CONSTRAINT "recruitment_units_targets" CHECK ("recruitment_units"."annual_target" >= 0 AND "recruitment_units"."special_target" >= 0),
	CONSTRAINT "recruitment_units_missing" CHECK ("recruitment_units"."missing_plans_and_summaries" BETWEEN 0 AND 5)
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_id" text NOT NULL,
	"category" text,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"file_name" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"mime_type" text NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachments_storage_key_unique" UNIQUE("storage_key"),
	CONSTRAINT "attachments_sha256_hex" CHECK ("attachments"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "attachments_size_positive" CHECK ("attachments"."size_bytes" > 0)
);
--> statement-breakpoint
ALTER TABLE "recruited_workers" ADD CONSTRAINT "recruited_workers_unit_id_recruitment_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."recruitment_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruited_workers" ADD CONSTRAINT "recruited_workers_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruited_workers" ADD CONSTRAINT "recruited_workers_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruited_workers" ADD CONSTRAINT "recruited_workers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruitment_units" ADD CONSTRAINT "recruitment_units_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recruited_workers_org_path_idx" ON "recruited_workers" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "recruitment_units_org_path_idx" ON "recruitment_units" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "attachments_owner_idx" ON "attachments" USING btree ("owner_kind","owner_id");--> statement-breakpoint
CREATE INDEX "attachments_org_path_idx" ON "attachments" USING btree ("org_path" text_pattern_ops);