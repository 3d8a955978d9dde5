CREATE TABLE "labour_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"term_kind" text NOT NULL,
	"position" text,
	"signed_on" date NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"ended_on" date,
	"end_reason" text,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "labour_contracts_fixed_has_end" CHECK ("labour_contracts"."term_kind" <> 'fixed' OR "labour_contracts"."ends_on" IS NOT NULL),
	CONSTRAINT "labour_contracts_open_ended_no_end" CHECK ("labour_contracts"."term_kind" <> 'open_ended' OR "labour_contracts"."ends_on" IS NULL),
	CONSTRAINT "labour_contracts_end_after_start" CHECK ("labour_contracts"."ends_on" IS NULL OR "labour_contracts"."ends_on" > "labour_contracts"."starts_on"),
	CONSTRAINT "labour_contracts_ended_after_start" CHECK ("labour_contracts"."ended_on" IS NULL OR "labour_contracts"."ended_on" >= "labour_contracts"."starts_on"),
	CONSTRAINT "labour_contracts_end_reason" CHECK (("labour_contracts"."ended_on" IS NULL) = ("labour_contracts"."end_reason" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "insurance_contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"employer_id" uuid,
	"kind" text NOT NULL,
	"month" date NOT NULL,
	"status" text NOT NULL,
	"base_fen" integer NOT NULL,
	"personal_fen" integer NOT NULL,
	"unit_fen" integer NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insurance_contributions_person_kind_month_employer_key" UNIQUE NULLS NOT DISTINCT("person_id","kind","month","employer_id"),
	CONSTRAINT "insurance_contributions_first_of_month" CHECK (extract(day from "insurance_contributions"."month") = 1),
	CONSTRAINT "insurance_contributions_amounts" CHECK ("insurance_contributions"."base_fen" >= 0 AND "insurance_contributions"."personal_fen" >= 0 AND "insurance_contributions"."unit_fen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "labour_contracts" ADD CONSTRAINT "labour_contracts_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_contracts" ADD CONSTRAINT "labour_contracts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_contracts" ADD CONSTRAINT "labour_contracts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_contributions" ADD CONSTRAINT "insurance_contributions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_contributions" ADD CONSTRAINT "insurance_contributions_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_contributions" ADD CONSTRAINT "insurance_contributions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "labour_contracts_person_id_idx" ON "labour_contracts" USING btree ("person_id","starts_on");--> statement-breakpoint
CREATE INDEX "labour_contracts_employer_id_idx" ON "labour_contracts" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "labour_contracts_org_path_idx" ON "labour_contracts" USING btree ("org_path" text_pattern_ops);