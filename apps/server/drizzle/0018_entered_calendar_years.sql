CREATE TABLE "provisional_deadlines" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"step" text NOT NULL,
	"start_on" date NOT NULL,
	"unit" text NOT NULL,
	"amount" integer NOT NULL,
	"holiday_postponement" boolean NOT NULL,
	"due_on" date NOT NULL,
	"years" integer[] NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"source_doc" text NOT NULL,
	"holidays" jsonb NOT NULL,
	"workdays" jsonb NOT NULL,
	"replaces_packaged" boolean DEFAULT false NOT NULL,
	"entered_by" uuid NOT NULL,
	"entered_by_name" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "provisional_deadlines" ADD CONSTRAINT "provisional_deadlines_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;