CREATE TABLE "household_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "household_members_person_id_unique" UNIQUE("person_id")
);
--> statement-breakpoint
CREATE TABLE "households" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"address" text,
	"head_person_id" uuid,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "households_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "zero_employment_assistance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recognition_id" uuid NOT NULL,
	"person_id" uuid,
	"acted_on" date NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zero_employment_households" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"recognised_on" date NOT NULL,
	"basis" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"eliminated_on" date,
	"elimination_reason" text,
	"elimination_note" text,
	"eliminated_by" uuid,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "zero_employment_households_elimination_check" CHECK (("zero_employment_households"."status" = 'active' and "zero_employment_households"."eliminated_on" is null) or ("zero_employment_households"."status" = 'eliminated' and "zero_employment_households"."eliminated_on" is not null and "zero_employment_households"."eliminated_on" >= "zero_employment_households"."recognised_on" and "zero_employment_households"."elimination_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "household_members" ADD CONSTRAINT "household_members_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_members" ADD CONSTRAINT "household_members_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_head_person_id_persons_id_fk" FOREIGN KEY ("head_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zero_employment_assistance" ADD CONSTRAINT "zero_employment_assistance_recognition_id_zero_employment_households_id_fk" FOREIGN KEY ("recognition_id") REFERENCES "public"."zero_employment_households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zero_employment_assistance" ADD CONSTRAINT "zero_employment_assistance_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zero_employment_households" ADD CONSTRAINT "zero_employment_households_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zero_employment_households" ADD CONSTRAINT "zero_employment_households_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "household_members_household_id_idx" ON "household_members" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "households_org_path_idx" ON "households" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "households_org_id_idx" ON "households" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "households_created_by_idx" ON "households" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "zero_employment_assistance_recognition_id_idx" ON "zero_employment_assistance" USING btree ("recognition_id");--> statement-breakpoint
CREATE UNIQUE INDEX "zero_employment_households_one_active_idx" ON "zero_employment_households" USING btree ("household_id") WHERE "zero_employment_households"."status" = 'active';--> statement-breakpoint
CREATE INDEX "zero_employment_households_household_id_idx" ON "zero_employment_households" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "zero_employment_households_org_path_idx" ON "zero_employment_households" USING btree ("org_path" text_pattern_ops);