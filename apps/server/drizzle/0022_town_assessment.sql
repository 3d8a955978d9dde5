CREATE TABLE "town_assessment_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"period" text NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"plan_id" uuid NOT NULL,
	"number" text NOT NULL,
	"dated_on" date NOT NULL,
	"ranking" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "town_assessment_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"claimed" integer NOT NULL,
	"claimed_denominator" integer,
	"note" text,
	"accepted" integer,
	"accepted_denominator" integer,
	"adjust_reason" text
);
--> statement-breakpoint
CREATE TABLE "town_assessment_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"version" integer NOT NULL,
	"reason" text,
	"indicators" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "town_assessment_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"assessing_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "town_assessment_submissions_quarter_check" CHECK ("town_assessment_submissions"."quarter" between 1 and 4)
);
--> statement-breakpoint
ALTER TABLE "town_assessment_documents" ADD CONSTRAINT "town_assessment_documents_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "town_assessment_documents" ADD CONSTRAINT "town_assessment_documents_plan_id_town_assessment_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."town_assessment_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "town_assessment_figures" ADD CONSTRAINT "town_assessment_figures_submission_id_town_assessment_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."town_assessment_submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "town_assessment_plans" ADD CONSTRAINT "town_assessment_plans_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "town_assessment_submissions" ADD CONSTRAINT "town_assessment_submissions_assessing_org_id_organisations_id_fk" FOREIGN KEY ("assessing_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "town_assessment_submissions" ADD CONSTRAINT "town_assessment_submissions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "town_assessment_documents_period_uq" ON "town_assessment_documents" USING btree ("org_id","year","period");--> statement-breakpoint
CREATE INDEX "town_assessment_documents_org_path_idx" ON "town_assessment_documents" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "town_assessment_figures_indicator_uq" ON "town_assessment_figures" USING btree ("submission_id","indicator_code");--> statement-breakpoint
CREATE UNIQUE INDEX "town_assessment_plans_version_uq" ON "town_assessment_plans" USING btree ("org_id","year","version");--> statement-breakpoint
CREATE INDEX "town_assessment_plans_org_path_idx" ON "town_assessment_plans" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "town_assessment_submissions_quarter_uq" ON "town_assessment_submissions" USING btree ("org_id","year","quarter");--> statement-breakpoint
CREATE INDEX "town_assessment_submissions_org_path_idx" ON "town_assessment_submissions" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "town_assessment_submissions_assessing_idx" ON "town_assessment_submissions" USING btree ("assessing_org_id","year");