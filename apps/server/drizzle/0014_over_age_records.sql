CREATE TABLE "over_age_records" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"service_years" integer NOT NULL,
	"deemed_service_years" integer DEFAULT 0 NOT NULL,
	"archive_number" text NOT NULL,
	"basis" text NOT NULL,
	"confirmed_by" uuid NOT NULL,
	"confirmed_by_name" text NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	"paid_total_fen" bigint,
	"receipt_number" text,
	"paid_on" date,
	"payment_recorded_by" uuid,
	"payment_recorded_by_name" text,
	"payment_recorded_at" timestamp with time zone,
	"pension_start_month" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "over_age_records" ADD CONSTRAINT "over_age_records_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;