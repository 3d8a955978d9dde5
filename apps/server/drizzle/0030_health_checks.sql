CREATE TABLE "health_check_archives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"examination_id" uuid NOT NULL,
	"hospital_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"paper_complete" boolean DEFAULT false NOT NULL,
	"electronic_complete" boolean DEFAULT false NOT NULL,
	"review_status" text DEFAULT 'pending' NOT NULL,
	"review_note" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"due_on" date NOT NULL,
	"returned_on" date,
	"receiver_kind" text,
	"receiver_name" text,
	"receiver_signed" boolean,
	"returned_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "health_check_archives_examination_id_unique" UNIQUE("examination_id")
);
--> statement-breakpoint
CREATE TABLE "health_check_examinations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"examinee_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"hospital_id" uuid NOT NULL,
	"examined_on" date NOT NULL,
	"identity_verified_at" timestamp with time zone NOT NULL,
	"identity_verified_by" uuid NOT NULL,
	"performed_items" integer DEFAULT 0 NOT NULL,
	"declined_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"results_enc" text,
	"conclusion_enc" text,
	"advice_enc" text,
	"findings_enc" text,
	"status" text DEFAULT 'entered' NOT NULL,
	"concluded_at" timestamp with time zone,
	"concluded_by" uuid,
	"entered_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "health_check_examinations_examinee_id_unique" UNIQUE("examinee_id")
);
--> statement-breakpoint
CREATE TABLE "health_check_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"examination_id" uuid NOT NULL,
	"hospital_id" uuid NOT NULL,
	"summary_enc" text NOT NULL,
	"notify_party" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"notified_on" date,
	"notified_how" text,
	"notified_by" uuid,
	"raised_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "health_check_hospital_users" (
	"user_id" uuid NOT NULL,
	"hospital_id" uuid NOT NULL,
	CONSTRAINT "health_check_hospital_users_user_id_pk" PRIMARY KEY("user_id")
);
--> statement-breakpoint
CREATE TABLE "health_check_hospitals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"code" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"insurance_designated" boolean NOT NULL,
	"grade" integer NOT NULL,
	"general" boolean NOT NULL,
	"facilities" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"chief_examiner_name" text DEFAULT '' NOT NULL,
	"chief_examiner_title" text,
	"examiners" integer DEFAULT 0 NOT NULL,
	"planned_daily_volume" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'applied' NOT NULL,
	"decided_on" date,
	"decided_by" uuid,
	"decision_note" text,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "health_check_hospitals_name_unique" UNIQUE("name"),
	CONSTRAINT "health_check_hospitals_code_unique" UNIQUE("code"),
	CONSTRAINT "health_check_hospitals_grade" CHECK ("health_check_hospitals"."grade" BETWEEN 1 AND 3),
	CONSTRAINT "health_check_hospitals_staff" CHECK ("health_check_hospitals"."examiners" BETWEEN 0 AND 10000 AND "health_check_hospitals"."planned_daily_volume" BETWEEN 0 AND 100000)
);
--> statement-breakpoint
CREATE TABLE "health_check_examinees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"employer_id" uuid,
	"hospital_id" uuid,
	"scheduled_on" date,
	"visit_mode" text DEFAULT 'on_site' NOT NULL,
	"visit_note" text,
	"notified_at" timestamp with time zone,
	"status" text DEFAULT 'eligible' NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "health_check_examinees_plan_person_key" UNIQUE("plan_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "health_check_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"eligibility_month" date NOT NULL,
	"items" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "health_check_plans_org_year_key" UNIQUE("org_id","year"),
	CONSTRAINT "health_check_plans_year" CHECK ("health_check_plans"."year" BETWEEN 2000 AND 2100),
	CONSTRAINT "health_check_plans_period" CHECK ("health_check_plans"."start_on" <= "health_check_plans"."end_on")
);
--> statement-breakpoint
CREATE TABLE "health_check_quality_samples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hospital_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"examination_id" uuid NOT NULL,
	"sampled_on" date NOT NULL,
	"items_checked" integer NOT NULL,
	"result_errors" integer DEFAULT 0 NOT NULL,
	"omitted_items" integer DEFAULT 0 NOT NULL,
	"entry_errors" integer DEFAULT 0 NOT NULL,
	"note" text,
	"audited_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_check_quality_samples_examination_id_unique" UNIQUE("examination_id"),
	CONSTRAINT "health_check_quality_samples_counts" CHECK ("health_check_quality_samples"."items_checked" BETWEEN 1 AND 1000 AND "health_check_quality_samples"."result_errors" BETWEEN 0 AND "health_check_quality_samples"."items_checked" AND "health_check_quality_samples"."omitted_items" BETWEEN 0 AND "health_check_quality_samples"."items_checked" AND "health_check_quality_samples"."entry_errors" BETWEEN 0 AND "health_check_quality_samples"."items_checked")
);
--> statement-breakpoint
CREATE TABLE "health_check_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hospital_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"collected_on" date NOT NULL,
	"forms" integer NOT NULL,
	"satisfied" integer NOT NULL,
	"note" text,
	"entered_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_check_surveys_counts" CHECK ("health_check_surveys"."forms" BETWEEN 1 AND 100000 AND "health_check_surveys"."satisfied" BETWEEN 0 AND "health_check_surveys"."forms")
);
--> statement-breakpoint
CREATE TABLE "health_check_analysis_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hospital_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"figures" jsonb NOT NULL,
	"narrative" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid NOT NULL,
	CONSTRAINT "health_check_analysis_reports_key" UNIQUE("hospital_id","plan_id")
);
--> statement-breakpoint
CREATE TABLE "health_check_weekly_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hospital_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"figures" jsonb NOT NULL,
	"note" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid NOT NULL,
	CONSTRAINT "health_check_weekly_reports_key" UNIQUE("hospital_id","plan_id","week_start")
);
--> statement-breakpoint
CREATE TABLE "health_check_settlements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hospital_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"status" text DEFAULT 'computed' NOT NULL,
	"input" jsonb NOT NULL,
	"net_fen" bigint NOT NULL,
	"case_id" uuid,
	"computed_at" timestamp with time zone NOT NULL,
	"computed_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "health_check_settlements_key" UNIQUE("hospital_id","plan_id")
);
--> statement-breakpoint
ALTER TABLE "health_check_archives" ADD CONSTRAINT "health_check_archives_examination_id_health_check_examinations_id_fk" FOREIGN KEY ("examination_id") REFERENCES "public"."health_check_examinations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_archives" ADD CONSTRAINT "health_check_archives_hospital_id_health_check_hospitals_id_fk" FOREIGN KEY ("hospital_id") REFERENCES "public"."health_check_hospitals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_examinations" ADD CONSTRAINT "health_check_examinations_examinee_id_health_check_examinees_id_fk" FOREIGN KEY ("examinee_id") REFERENCES "public"."health_check_examinees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_examinations" ADD CONSTRAINT "health_check_examinations_plan_id_health_check_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."health_check_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_examinations" ADD CONSTRAINT "health_check_examinations_hospital_id_health_check_hospitals_id_fk" FOREIGN KEY ("hospital_id") REFERENCES "public"."health_check_hospitals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_findings" ADD CONSTRAINT "health_check_findings_examination_id_health_check_examinations_id_fk" FOREIGN KEY ("examination_id") REFERENCES "public"."health_check_examinations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_findings" ADD CONSTRAINT "health_check_findings_hospital_id_health_check_hospitals_id_fk" FOREIGN KEY ("hospital_id") REFERENCES "public"."health_check_hospitals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_hospital_users" ADD CONSTRAINT "health_check_hospital_users_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_hospital_users" ADD CONSTRAINT "health_check_hospital_users_hospital_id_health_check_hospitals_id_fk" FOREIGN KEY ("hospital_id") REFERENCES "public"."health_check_hospitals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_hospitals" ADD CONSTRAINT "health_check_hospitals_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_examinees" ADD CONSTRAINT "health_check_examinees_plan_id_health_check_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."health_check_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_examinees" ADD CONSTRAINT "health_check_examinees_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_examinees" ADD CONSTRAINT "health_check_examinees_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_examinees" ADD CONSTRAINT "health_check_examinees_hospital_id_health_check_hospitals_id_fk" FOREIGN KEY ("hospital_id") REFERENCES "public"."health_check_hospitals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_examinees" ADD CONSTRAINT "health_check_examinees_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_plans" ADD CONSTRAINT "health_check_plans_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_quality_samples" ADD CONSTRAINT "health_check_quality_samples_hospital_id_health_check_hospitals_id_fk" FOREIGN KEY ("hospital_id") REFERENCES "public"."health_check_hospitals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_quality_samples" ADD CONSTRAINT "health_check_quality_samples_plan_id_health_check_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."health_check_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_quality_samples" ADD CONSTRAINT "health_check_quality_samples_examination_id_health_check_examinations_id_fk" FOREIGN KEY ("examination_id") REFERENCES "public"."health_check_examinations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_surveys" ADD CONSTRAINT "health_check_surveys_hospital_id_health_check_hospitals_id_fk" FOREIGN KEY ("hospital_id") REFERENCES "public"."health_check_hospitals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_surveys" ADD CONSTRAINT "health_check_surveys_plan_id_health_check_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."health_check_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_analysis_reports" ADD CONSTRAINT "health_check_analysis_reports_hospital_id_health_check_hospitals_id_fk" FOREIGN KEY ("hospital_id") REFERENCES "public"."health_check_hospitals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_analysis_reports" ADD CONSTRAINT "health_check_analysis_reports_plan_id_health_check_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."health_check_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_weekly_reports" ADD CONSTRAINT "health_check_weekly_reports_hospital_id_health_check_hospitals_id_fk" FOREIGN KEY ("hospital_id") REFERENCES "public"."health_check_hospitals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_weekly_reports" ADD CONSTRAINT "health_check_weekly_reports_plan_id_health_check_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."health_check_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_settlements" ADD CONSTRAINT "health_check_settlements_hospital_id_health_check_hospitals_id_fk" FOREIGN KEY ("hospital_id") REFERENCES "public"."health_check_hospitals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_settlements" ADD CONSTRAINT "health_check_settlements_plan_id_health_check_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."health_check_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_settlements" ADD CONSTRAINT "health_check_settlements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "health_check_archives_hospital_due_idx" ON "health_check_archives" USING btree ("hospital_id","due_on");--> statement-breakpoint
CREATE INDEX "health_check_archives_plan_idx" ON "health_check_archives" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "health_check_examinations_hospital_day_idx" ON "health_check_examinations" USING btree ("hospital_id","examined_on");--> statement-breakpoint
CREATE INDEX "health_check_examinations_plan_idx" ON "health_check_examinations" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "health_check_findings_hospital_status_idx" ON "health_check_findings" USING btree ("hospital_id","status");--> statement-breakpoint
CREATE INDEX "health_check_hospital_users_hospital_idx" ON "health_check_hospital_users" USING btree ("hospital_id");--> statement-breakpoint
CREATE INDEX "health_check_hospitals_org_path_idx" ON "health_check_hospitals" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "health_check_examinees_hospital_day_idx" ON "health_check_examinees" USING btree ("hospital_id","scheduled_on");--> statement-breakpoint
CREATE INDEX "health_check_examinees_plan_org_idx" ON "health_check_examinees" USING btree ("plan_id","org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "health_check_quality_samples_hospital_idx" ON "health_check_quality_samples" USING btree ("hospital_id","plan_id");--> statement-breakpoint
CREATE INDEX "health_check_surveys_hospital_idx" ON "health_check_surveys" USING btree ("hospital_id","plan_id");--> statement-breakpoint
CREATE INDEX "health_check_settlements_case_idx" ON "health_check_settlements" USING btree ("case_id");