CREATE TABLE "training_classes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"institution_id" uuid NOT NULL,
	"programme" text NOT NULL,
	"occupation" text NOT NULL,
	"level" integer,
	"hours" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"place" text NOT NULL,
	"teacher_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"employer_id" uuid,
	"fee_per_trainee_fen" bigint,
	"capacity" integer NOT NULL,
	"completion_threshold_percent" integer DEFAULT 80 NOT NULL,
	"status" text DEFAULT 'applied' NOT NULL,
	"review_note" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"closing_report" text,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "training_classes_number_unique" UNIQUE("number"),
	CONSTRAINT "training_classes_dates" CHECK ("training_classes"."starts_on" <= "training_classes"."ends_on"),
	CONSTRAINT "training_classes_level" CHECK ("training_classes"."level" IS NULL OR "training_classes"."level" BETWEEN 1 AND 5),
	CONSTRAINT "training_classes_hours" CHECK ("training_classes"."hours" BETWEEN 1 AND 10000),
	CONSTRAINT "training_classes_capacity" CHECK ("training_classes"."capacity" BETWEEN 1 AND 1000),
	CONSTRAINT "training_classes_threshold" CHECK ("training_classes"."completion_threshold_percent" BETWEEN 1 AND 100)
);
--> statement-breakpoint
CREATE TABLE "training_institution_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"trained" integer NOT NULL,
	"passed" integer NOT NULL,
	"certified" integer NOT NULL,
	"employed" integer NOT NULL,
	"planned" integer NOT NULL,
	"conclusion" text NOT NULL,
	"decision" text NOT NULL,
	"evaluated_by" uuid,
	"evaluated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_institution_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"reason" text,
	"detail" jsonb,
	"on_date" date NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_institution_sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"address" text NOT NULL,
	"area_square_metres" integer NOT NULL,
	"seats" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_institution_teachers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"name" text NOT NULL,
	"certificate_number" text NOT NULL,
	"occupation" text NOT NULL,
	"level" integer,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_institution_users" (
	"user_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	CONSTRAINT "training_institution_users_user_id_pk" PRIMARY KEY("user_id")
);
--> statement-breakpoint
CREATE TABLE "training_institutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"credit_code" text NOT NULL,
	"licence_number" text,
	"address" text NOT NULL,
	"contact_phone" text,
	"qualifications" text,
	"occupations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"capacity" integer NOT NULL,
	"status" text DEFAULT 'applied' NOT NULL,
	"applied_on" date NOT NULL,
	"notice_id" uuid,
	"designated_on" date,
	"valid_from" date,
	"valid_to" date,
	"status_reason" text,
	"rectify_by" date,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "training_institutions_number_unique" UNIQUE("number"),
	CONSTRAINT "training_institutions_capacity" CHECK ("training_institutions"."capacity" BETWEEN 1 AND 100000),
	CONSTRAINT "training_institutions_validity" CHECK ("training_institutions"."valid_from" IS NULL OR "training_institutions"."valid_to" IS NULL OR "training_institutions"."valid_from" <= "training_institutions"."valid_to")
);
--> statement-breakpoint
CREATE TABLE "training_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"year" integer NOT NULL,
	"programme" text NOT NULL,
	"trainees" integer NOT NULL,
	"basis" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "training_targets_trainees" CHECK ("training_targets"."trainees" BETWEEN 0 AND 10000000),
	CONSTRAINT "training_targets_year" CHECK ("training_targets"."year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"trainee_id" uuid NOT NULL,
	"on_date" date NOT NULL,
	"source" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_attendance_trainee_id_on_date_pk" PRIMARY KEY("trainee_id","on_date")
);
--> statement-breakpoint
CREATE TABLE "training_trainees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"class_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"programme" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"group" text NOT NULL,
	"eligibility" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'enrolled' NOT NULL,
	"enrolled_on" date NOT NULL,
	"withdrawn_on" date,
	"attended_days" integer DEFAULT 0 NOT NULL,
	"result" text,
	"result_on" date,
	"certificate_id" uuid,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "training_trainees_attended" CHECK ("training_trainees"."attended_days" >= 0)
);
--> statement-breakpoint
ALTER TABLE "training_classes" ADD CONSTRAINT "training_classes_institution_id_training_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."training_institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_classes" ADD CONSTRAINT "training_classes_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_classes" ADD CONSTRAINT "training_classes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_institution_evaluations" ADD CONSTRAINT "training_institution_evaluations_institution_id_training_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."training_institutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_institution_events" ADD CONSTRAINT "training_institution_events_institution_id_training_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."training_institutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_institution_sites" ADD CONSTRAINT "training_institution_sites_institution_id_training_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."training_institutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_institution_teachers" ADD CONSTRAINT "training_institution_teachers_institution_id_training_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."training_institutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_institution_users" ADD CONSTRAINT "training_institution_users_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_institution_users" ADD CONSTRAINT "training_institution_users_institution_id_training_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."training_institutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_institutions" ADD CONSTRAINT "training_institutions_notice_id_public_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."public_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_institutions" ADD CONSTRAINT "training_institutions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_targets" ADD CONSTRAINT "training_targets_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_trainee_id_training_trainees_id_fk" FOREIGN KEY ("trainee_id") REFERENCES "public"."training_trainees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_trainees" ADD CONSTRAINT "training_trainees_class_id_training_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."training_classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_trainees" ADD CONSTRAINT "training_trainees_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_trainees" ADD CONSTRAINT "training_trainees_certificate_id_qualification_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."qualification_certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_trainees" ADD CONSTRAINT "training_trainees_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_classes_institution_idx" ON "training_classes" USING btree ("institution_id","starts_on");--> statement-breakpoint
CREATE INDEX "training_classes_org_path_idx" ON "training_classes" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "training_classes_status_idx" ON "training_classes" USING btree ("status","ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "training_institution_evaluations_year_uq" ON "training_institution_evaluations" USING btree ("institution_id","year");--> statement-breakpoint
CREATE INDEX "training_institution_events_institution_idx" ON "training_institution_events" USING btree ("institution_id","at");--> statement-breakpoint
CREATE INDEX "training_institution_sites_institution_idx" ON "training_institution_sites" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "training_institution_teachers_institution_idx" ON "training_institution_teachers" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "training_institution_users_institution_idx" ON "training_institution_users" USING btree ("institution_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_institutions_credit_code_uq" ON "training_institutions" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "training_institutions_org_path_idx" ON "training_institutions" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "training_institutions_status_idx" ON "training_institutions" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "training_targets_org_year_programme_uq" ON "training_targets" USING btree ("org_id","year","programme");--> statement-breakpoint
CREATE INDEX "training_targets_org_path_idx" ON "training_targets" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "training_trainees_class_person_uq" ON "training_trainees" USING btree ("class_id","person_id");--> statement-breakpoint
CREATE INDEX "training_trainees_person_idx" ON "training_trainees" USING btree ("person_id","starts_on");--> statement-breakpoint
CREATE INDEX "training_trainees_org_path_idx" ON "training_trainees" USING btree ("org_path" text_pattern_ops,"ends_on");