CREATE TABLE "difficulty_determinations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"unemployment_registration_id" uuid NOT NULL,
	"category" text NOT NULL,
	"evidence" text NOT NULL,
	"decided_on" date NOT NULL,
	"decided_by" uuid NOT NULL,
	"exited_on" date,
	"exit_reason" text,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employment_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"employer_id" uuid,
	"employer_name" text,
	"form" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unemployment_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"registered_on" date NOT NULL,
	"station_id" integer NOT NULL,
	"certificate_number" text NOT NULL,
	"reason" text NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "difficulty_determinations" ADD CONSTRAINT "difficulty_determinations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulty_determinations" ADD CONSTRAINT "difficulty_determinations_unemployment_registration_id_unemployment_registrations_id_fk" FOREIGN KEY ("unemployment_registration_id") REFERENCES "public"."unemployment_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulty_determinations" ADD CONSTRAINT "difficulty_determinations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulty_determinations" ADD CONSTRAINT "difficulty_determinations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_registrations" ADD CONSTRAINT "employment_registrations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_registrations" ADD CONSTRAINT "employment_registrations_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_registrations" ADD CONSTRAINT "employment_registrations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unemployment_registrations" ADD CONSTRAINT "unemployment_registrations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unemployment_registrations" ADD CONSTRAINT "unemployment_registrations_station_id_organisations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unemployment_registrations" ADD CONSTRAINT "unemployment_registrations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "difficulty_determinations_person_idx" ON "difficulty_determinations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "difficulty_determinations_decided_on_idx" ON "difficulty_determinations" USING btree ("decided_on");--> statement-breakpoint
CREATE INDEX "difficulty_determinations_org_path_idx" ON "difficulty_determinations" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "difficulty_determinations_one_open_uq" ON "difficulty_determinations" USING btree ("person_id","category") WHERE "difficulty_determinations"."exited_on" is null;--> statement-breakpoint
CREATE INDEX "employment_registrations_person_idx" ON "employment_registrations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "employment_registrations_employer_idx" ON "employment_registrations" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "employment_registrations_org_path_idx" ON "employment_registrations" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "employment_registrations_one_open_uq" ON "employment_registrations" USING btree ("person_id") WHERE "employment_registrations"."ended_on" is null;--> statement-breakpoint
CREATE INDEX "unemployment_registrations_person_idx" ON "unemployment_registrations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "unemployment_registrations_certificate_idx" ON "unemployment_registrations" USING btree ("certificate_number");--> statement-breakpoint
CREATE INDEX "unemployment_registrations_registered_on_idx" ON "unemployment_registrations" USING btree ("registered_on");--> statement-breakpoint
CREATE INDEX "unemployment_registrations_org_path_idx" ON "unemployment_registrations" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "unemployment_registrations_one_open_uq" ON "unemployment_registrations" USING btree ("person_id") WHERE "unemployment_registrations"."ended_on" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "unemployment_registrations_open_certificate_uq" ON "unemployment_registrations" USING btree ("certificate_number") WHERE "unemployment_registrations"."ended_on" is null;