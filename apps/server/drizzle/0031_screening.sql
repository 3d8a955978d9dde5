CREATE TABLE "screening_leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"policy_id" text NOT NULL,
	"subject_key" text DEFAULT '' NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"run_id" uuid NOT NULL,
	"first_found_on" date NOT NULL,
	"last_found_on" date NOT NULL,
	"payable_fen" bigint,
	"reason" text NOT NULL,
	"to_verify" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"case_id" uuid,
	"dismissed_reason" text,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"on_date" date NOT NULL,
	"triggered_by" uuid,
	"job_id" uuid,
	"status" text DEFAULT 'running' NOT NULL,
	"policy_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"persons_total" integer DEFAULT 0 NOT NULL,
	"persons_done" integer DEFAULT 0 NOT NULL,
	"leads_new" integer DEFAULT 0 NOT NULL,
	"leads_kept" integer DEFAULT 0 NOT NULL,
	"leads_lapsed" integer DEFAULT 0 NOT NULL,
	"error" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "screening_leads" ADD CONSTRAINT "screening_leads_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_leads" ADD CONSTRAINT "screening_leads_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_leads" ADD CONSTRAINT "screening_leads_run_id_screening_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."screening_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_leads" ADD CONSTRAINT "screening_leads_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_runs" ADD CONSTRAINT "screening_runs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "screening_leads_subject_uq" ON "screening_leads" USING btree ("person_id","policy_id","subject_key");--> statement-breakpoint
CREATE INDEX "screening_leads_org_status_idx" ON "screening_leads" USING btree ("org_path" text_pattern_ops,"status","policy_id");--> statement-breakpoint
CREATE INDEX "screening_leads_run_idx" ON "screening_leads" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "screening_runs_started_idx" ON "screening_runs" USING btree ("started_at");