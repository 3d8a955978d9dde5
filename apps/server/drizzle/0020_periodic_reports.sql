CREATE TABLE "periodic_report_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"figures" jsonb NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"generated_by" uuid,
	"reason" text,
	"unit_head" text,
	"preparer" text,
	"submitted_on" date,
	"submitted_by" uuid,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"review_note" text,
	CONSTRAINT "periodic_report_versions_reason_ck" CHECK ("periodic_report_versions"."version" = 1 or ("periodic_report_versions"."reason" is not null and length("periodic_report_versions"."reason") > 0)),
	CONSTRAINT "periodic_report_versions_submitted_ck" CHECK ("periodic_report_versions"."status" = 'draft' or "periodic_report_versions"."submitted_on" is not null)
);
--> statement-breakpoint
CREATE TABLE "periodic_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template_code" text NOT NULL,
	"period" text NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_due_settings" (
	"template_code" text PRIMARY KEY NOT NULL,
	"working_days" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "periodic_report_versions" ADD CONSTRAINT "periodic_report_versions_report_id_periodic_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."periodic_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "periodic_report_versions_report_version_uq" ON "periodic_report_versions" USING btree ("report_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "periodic_reports_template_period_org_uq" ON "periodic_reports" USING btree ("template_code","period","org_id");--> statement-breakpoint
CREATE INDEX "periodic_reports_org_path_idx" ON "periodic_reports" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "periodic_reports_org_id_idx" ON "periodic_reports" USING btree ("org_id");