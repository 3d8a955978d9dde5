CREATE TABLE "entrepreneurship_businesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"credit_code" text NOT NULL,
	"name" text NOT NULL,
	"employer_id" uuid,
	"sector" text NOT NULL,
	"opened_on" date NOT NULL,
	"declared_jobs" integer,
	"closed_on" date,
	"closed_reason" text,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "entrepreneurship_businesses_closed" CHECK ("entrepreneurship_businesses"."closed_on" IS NULL OR "entrepreneurship_businesses"."closed_on" >= "entrepreneurship_businesses"."opened_on"),
	CONSTRAINT "entrepreneurship_businesses_jobs" CHECK ("entrepreneurship_businesses"."declared_jobs" IS NULL OR "entrepreneurship_businesses"."declared_jobs" BETWEEN 0 AND 100000)
);
--> statement-breakpoint
CREATE TABLE "credit_community_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"community_org_id" integer NOT NULL,
	"year" integer NOT NULL,
	"full_employment" boolean NOT NULL,
	"borrowers" integer NOT NULL,
	"issued_fen" bigint NOT NULL,
	"matured_due_fen" bigint NOT NULL,
	"matured_recovered_fen" bigint NOT NULL,
	"commitments_signed" integer NOT NULL,
	"tracking_cards" integer NOT NULL,
	"bad_debt_fen" bigint DEFAULT 0 NOT NULL,
	"outcome" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"reward_fen" bigint DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'evaluated' NOT NULL,
	"notice_id" uuid,
	"published_on" date,
	"reward_case_id" uuid,
	"withdrawn_on" date,
	"withdraw_reason" text,
	"evaluated_by" uuid,
	"evaluated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "credit_community_evaluations_recovered" CHECK ("credit_community_evaluations"."matured_recovered_fen" <= "credit_community_evaluations"."matured_due_fen")
);
--> statement-breakpoint
CREATE TABLE "entrepreneurship_experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"field" text NOT NULL,
	"organisation" text NOT NULL,
	"qualifications" text,
	"status" text DEFAULT 'active' NOT NULL,
	"status_reason" text,
	"user_id" uuid,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entrepreneurship_teachers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"certificate_number" text NOT NULL,
	"course" text NOT NULL,
	"certified_on" date NOT NULL,
	"valid_to" date,
	"institution_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"status_reason" text,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entrepreneurship_business_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"title" text NOT NULL,
	"sector" text NOT NULL,
	"industry" text DEFAULT 'other' NOT NULL,
	"service_sector" boolean DEFAULT true NOT NULL,
	"investment_fen" bigint NOT NULL,
	"planned_jobs" integer NOT NULL,
	"summary" text,
	"submitted_on" date NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"decided_on" date,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "entrepreneurship_business_plans_investment" CHECK ("entrepreneurship_business_plans"."investment_fen" >= 0),
	CONSTRAINT "entrepreneurship_business_plans_jobs" CHECK ("entrepreneurship_business_plans"."planned_jobs" BETWEEN 0 AND 100000)
);
--> statement-breakpoint
CREATE TABLE "entrepreneurship_expert_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"expert_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"comment" text,
	"rated_on" date NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entrepreneurship_expert_ratings_score" CHECK ("entrepreneurship_expert_ratings"."score" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "entrepreneurship_file_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"action" text NOT NULL,
	"on_date" date NOT NULL,
	"detail" jsonb,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entrepreneurship_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"person_id" uuid NOT NULL,
	"registered_on" date NOT NULL,
	"course" text DEFAULT 'SYB' NOT NULL,
	"trainee_id" uuid,
	"trained_on" date,
	"assessment" text,
	"training_certificate_number" text,
	"mentor_expert_id" uuid,
	"association_joined_on" date,
	"association_left_on" date,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "entrepreneurship_files_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "entrepreneurship_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"on_date" date NOT NULL,
	"kind" text NOT NULL,
	"expert_id" uuid,
	"business_state" text NOT NULL,
	"note" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entrepreneurship_internships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"employer_id" uuid,
	"host_name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entrepreneurship_internships_dates" CHECK ("entrepreneurship_internships"."ends_on" IS NULL OR "entrepreneurship_internships"."starts_on" <= "entrepreneurship_internships"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "entrepreneurship_plan_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"assigned_on" date NOT NULL,
	"feasible" boolean,
	"score" integer,
	"opinion" text,
	"reviewed_on" date,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entrepreneurship_plan_reviews_score" CHECK ("entrepreneurship_plan_reviews"."score" IS NULL OR "entrepreneurship_plan_reviews"."score" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "entrepreneurship_project_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"status" text DEFAULT 'recommended' NOT NULL,
	"recommended_on" date NOT NULL,
	"taken_on" date,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incubation_bases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"operator" text NOT NULL,
	"capacity" integer NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "incubation_bases_capacity" CHECK ("incubation_bases"."capacity" BETWEEN 1 AND 100000)
);
--> statement-breakpoint
CREATE TABLE "incubation_residents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"base_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"business_id" uuid,
	"entered_on" date NOT NULL,
	"exited_on" date,
	"exit_reason" text,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "incubation_residents_dates" CHECK ("incubation_residents"."exited_on" IS NULL OR "incubation_residents"."exited_on" >= "incubation_residents"."entered_on")
);
--> statement-breakpoint
CREATE TABLE "guaranteed_loan_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"loan_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"on_date" date NOT NULL,
	"amount_fen" bigint,
	"reason" text,
	"detail" jsonb,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guaranteed_loan_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bank_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"file_hash" text NOT NULL,
	"rows" integer NOT NULL,
	"status" text NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"imported_by" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guaranteed_loan_repayments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"loan_id" uuid NOT NULL,
	"paid_on" date NOT NULL,
	"principal_fen" bigint NOT NULL,
	"interest_fen" bigint DEFAULT 0 NOT NULL,
	"bank_ref" text NOT NULL,
	"import_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guaranteed_loan_repayments_amounts" CHECK ("guaranteed_loan_repayments"."principal_fen" >= 0 AND "guaranteed_loan_repayments"."interest_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "guaranteed_loan_schedule" (
	"loan_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"due_on" date NOT NULL,
	"principal_fen" bigint NOT NULL,
	CONSTRAINT "guaranteed_loan_schedule_loan_id_seq_pk" PRIMARY KEY("loan_id","seq"),
	CONSTRAINT "guaranteed_loan_schedule_principal" CHECK ("guaranteed_loan_schedule"."principal_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "guaranteed_loans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"person_id" uuid NOT NULL,
	"file_id" uuid,
	"bank_id" uuid NOT NULL,
	"community_org_id" integer,
	"status" text DEFAULT 'applied' NOT NULL,
	"applied_on" date NOT NULL,
	"borrower_group" text NOT NULL,
	"requested_fen" bigint NOT NULL,
	"partners" integer DEFAULT 1 NOT NULL,
	"collateral" boolean DEFAULT false NOT NULL,
	"counter_guarantee" text NOT NULL,
	"credit_community_exemption" boolean DEFAULT false NOT NULL,
	"service_sector" boolean NOT NULL,
	"industry" text DEFAULT 'other' NOT NULL,
	"eligibility" jsonb,
	"decided_on" date,
	"guaranteed_on" date,
	"contract_number" text,
	"principal_fen" bigint,
	"annual_rate" numeric(8, 6),
	"disbursed_on" date,
	"matures_on" date,
	"extended_to" date,
	"commitment_signed" boolean DEFAULT false NOT NULL,
	"tracking_card" boolean DEFAULT false NOT NULL,
	"overdue_since" date,
	"compensated_on" date,
	"compensated_fen" bigint,
	"recovered_fen" bigint DEFAULT 0 NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "guaranteed_loans_number_unique" UNIQUE("number"),
	CONSTRAINT "guaranteed_loans_requested" CHECK ("guaranteed_loans"."requested_fen" > 0),
	CONSTRAINT "guaranteed_loans_principal" CHECK ("guaranteed_loans"."principal_fen" IS NULL OR "guaranteed_loans"."principal_fen" > 0),
	CONSTRAINT "guaranteed_loans_partners" CHECK ("guaranteed_loans"."partners" BETWEEN 1 AND 100),
	CONSTRAINT "guaranteed_loans_rate" CHECK ("guaranteed_loans"."annual_rate" IS NULL OR ("guaranteed_loans"."annual_rate" > 0 AND "guaranteed_loans"."annual_rate" < 1)),
	CONSTRAINT "guaranteed_loans_extension" CHECK ("guaranteed_loans"."extended_to" IS NULL OR "guaranteed_loans"."extended_to" > "guaranteed_loans"."matures_on")
);
--> statement-breakpoint
CREATE TABLE "interest_subsidy_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"bank_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"status" text DEFAULT 'computed' NOT NULL,
	"loans" integer NOT NULL,
	"total_fen" bigint NOT NULL,
	"batch_id" uuid,
	"computed_by" uuid,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "interest_subsidy_claims_number_unique" UNIQUE("number"),
	CONSTRAINT "interest_subsidy_claims_period" CHECK ("interest_subsidy_claims"."period_start" <= "interest_subsidy_claims"."period_end")
);
--> statement-breakpoint
CREATE TABLE "interest_subsidy_lines" (
	"claim_id" uuid NOT NULL,
	"loan_id" uuid NOT NULL,
	"days" integer NOT NULL,
	"balance_days_fen" bigint NOT NULL,
	"ratio" numeric(4, 3) NOT NULL,
	"amount_fen" bigint NOT NULL,
	"reason" text,
	CONSTRAINT "interest_subsidy_lines_claim_id_loan_id_pk" PRIMARY KEY("claim_id","loan_id")
);
--> statement-breakpoint
CREATE TABLE "lending_bank_users" (
	"user_id" uuid NOT NULL,
	"bank_id" uuid NOT NULL,
	CONSTRAINT "lending_bank_users_user_id_pk" PRIMARY KEY("user_id")
);
--> statement-breakpoint
CREATE TABLE "lending_banks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"code" text NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "lending_banks_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "entrepreneurship_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"sector" text NOT NULL,
	"source" text NOT NULL,
	"summary" text NOT NULL,
	"investment_fen" bigint NOT NULL,
	"expected_jobs" integer NOT NULL,
	"status" text DEFAULT 'collected' NOT NULL,
	"review_expert_id" uuid,
	"review_opinion" text,
	"reviewed_on" date,
	"published_on" date,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "entrepreneurship_projects_number_unique" UNIQUE("number"),
	CONSTRAINT "entrepreneurship_projects_investment" CHECK ("entrepreneurship_projects"."investment_fen" >= 0),
	CONSTRAINT "entrepreneurship_projects_jobs" CHECK ("entrepreneurship_projects"."expected_jobs" BETWEEN 0 AND 100000)
);
--> statement-breakpoint
ALTER TABLE "entrepreneurship_businesses" ADD CONSTRAINT "entrepreneurship_businesses_file_id_entrepreneurship_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."entrepreneurship_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_businesses" ADD CONSTRAINT "entrepreneurship_businesses_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_businesses" ADD CONSTRAINT "entrepreneurship_businesses_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_community_evaluations" ADD CONSTRAINT "credit_community_evaluations_community_org_id_organisations_id_fk" FOREIGN KEY ("community_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_community_evaluations" ADD CONSTRAINT "credit_community_evaluations_notice_id_public_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."public_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_community_evaluations" ADD CONSTRAINT "credit_community_evaluations_reward_case_id_cases_id_fk" FOREIGN KEY ("reward_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_community_evaluations" ADD CONSTRAINT "credit_community_evaluations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_experts" ADD CONSTRAINT "entrepreneurship_experts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_experts" ADD CONSTRAINT "entrepreneurship_experts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_teachers" ADD CONSTRAINT "entrepreneurship_teachers_institution_id_training_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."training_institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_teachers" ADD CONSTRAINT "entrepreneurship_teachers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_business_plans" ADD CONSTRAINT "entrepreneurship_business_plans_file_id_entrepreneurship_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."entrepreneurship_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_business_plans" ADD CONSTRAINT "entrepreneurship_business_plans_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_expert_ratings" ADD CONSTRAINT "entrepreneurship_expert_ratings_expert_id_entrepreneurship_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."entrepreneurship_experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_expert_ratings" ADD CONSTRAINT "entrepreneurship_expert_ratings_file_id_entrepreneurship_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."entrepreneurship_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_file_events" ADD CONSTRAINT "entrepreneurship_file_events_file_id_entrepreneurship_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."entrepreneurship_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_files" ADD CONSTRAINT "entrepreneurship_files_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_files" ADD CONSTRAINT "entrepreneurship_files_trainee_id_training_trainees_id_fk" FOREIGN KEY ("trainee_id") REFERENCES "public"."training_trainees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_files" ADD CONSTRAINT "entrepreneurship_files_mentor_expert_id_entrepreneurship_experts_id_fk" FOREIGN KEY ("mentor_expert_id") REFERENCES "public"."entrepreneurship_experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_files" ADD CONSTRAINT "entrepreneurship_files_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_follow_ups" ADD CONSTRAINT "entrepreneurship_follow_ups_file_id_entrepreneurship_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."entrepreneurship_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_follow_ups" ADD CONSTRAINT "entrepreneurship_follow_ups_expert_id_entrepreneurship_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."entrepreneurship_experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_internships" ADD CONSTRAINT "entrepreneurship_internships_file_id_entrepreneurship_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."entrepreneurship_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_internships" ADD CONSTRAINT "entrepreneurship_internships_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_plan_reviews" ADD CONSTRAINT "entrepreneurship_plan_reviews_plan_id_entrepreneurship_business_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."entrepreneurship_business_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_plan_reviews" ADD CONSTRAINT "entrepreneurship_plan_reviews_expert_id_entrepreneurship_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."entrepreneurship_experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_project_links" ADD CONSTRAINT "entrepreneurship_project_links_project_id_entrepreneurship_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."entrepreneurship_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_project_links" ADD CONSTRAINT "entrepreneurship_project_links_file_id_entrepreneurship_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."entrepreneurship_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incubation_bases" ADD CONSTRAINT "incubation_bases_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incubation_residents" ADD CONSTRAINT "incubation_residents_base_id_incubation_bases_id_fk" FOREIGN KEY ("base_id") REFERENCES "public"."incubation_bases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incubation_residents" ADD CONSTRAINT "incubation_residents_file_id_entrepreneurship_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."entrepreneurship_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incubation_residents" ADD CONSTRAINT "incubation_residents_business_id_entrepreneurship_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."entrepreneurship_businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incubation_residents" ADD CONSTRAINT "incubation_residents_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guaranteed_loan_events" ADD CONSTRAINT "guaranteed_loan_events_loan_id_guaranteed_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."guaranteed_loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guaranteed_loan_imports" ADD CONSTRAINT "guaranteed_loan_imports_bank_id_lending_banks_id_fk" FOREIGN KEY ("bank_id") REFERENCES "public"."lending_banks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guaranteed_loan_repayments" ADD CONSTRAINT "guaranteed_loan_repayments_loan_id_guaranteed_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."guaranteed_loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guaranteed_loan_repayments" ADD CONSTRAINT "guaranteed_loan_repayments_import_id_guaranteed_loan_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."guaranteed_loan_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guaranteed_loan_schedule" ADD CONSTRAINT "guaranteed_loan_schedule_loan_id_guaranteed_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."guaranteed_loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guaranteed_loans" ADD CONSTRAINT "guaranteed_loans_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guaranteed_loans" ADD CONSTRAINT "guaranteed_loans_file_id_entrepreneurship_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."entrepreneurship_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guaranteed_loans" ADD CONSTRAINT "guaranteed_loans_bank_id_lending_banks_id_fk" FOREIGN KEY ("bank_id") REFERENCES "public"."lending_banks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guaranteed_loans" ADD CONSTRAINT "guaranteed_loans_community_org_id_organisations_id_fk" FOREIGN KEY ("community_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guaranteed_loans" ADD CONSTRAINT "guaranteed_loans_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_subsidy_claims" ADD CONSTRAINT "interest_subsidy_claims_bank_id_lending_banks_id_fk" FOREIGN KEY ("bank_id") REFERENCES "public"."lending_banks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_subsidy_claims" ADD CONSTRAINT "interest_subsidy_claims_batch_id_case_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."case_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_subsidy_claims" ADD CONSTRAINT "interest_subsidy_claims_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_subsidy_lines" ADD CONSTRAINT "interest_subsidy_lines_claim_id_interest_subsidy_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."interest_subsidy_claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_subsidy_lines" ADD CONSTRAINT "interest_subsidy_lines_loan_id_guaranteed_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."guaranteed_loans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lending_bank_users" ADD CONSTRAINT "lending_bank_users_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lending_bank_users" ADD CONSTRAINT "lending_bank_users_bank_id_lending_banks_id_fk" FOREIGN KEY ("bank_id") REFERENCES "public"."lending_banks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lending_banks" ADD CONSTRAINT "lending_banks_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_projects" ADD CONSTRAINT "entrepreneurship_projects_review_expert_id_entrepreneurship_experts_id_fk" FOREIGN KEY ("review_expert_id") REFERENCES "public"."entrepreneurship_experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entrepreneurship_projects" ADD CONSTRAINT "entrepreneurship_projects_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "entrepreneurship_businesses_credit_code_uq" ON "entrepreneurship_businesses" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "entrepreneurship_businesses_file_idx" ON "entrepreneurship_businesses" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "entrepreneurship_businesses_org_path_idx" ON "entrepreneurship_businesses" USING btree ("org_path" text_pattern_ops,"opened_on");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_community_evaluations_year_uq" ON "credit_community_evaluations" USING btree ("community_org_id","year");--> statement-breakpoint
CREATE INDEX "credit_community_evaluations_org_path_idx" ON "credit_community_evaluations" USING btree ("org_path" text_pattern_ops,"year");--> statement-breakpoint
CREATE INDEX "entrepreneurship_experts_org_path_idx" ON "entrepreneurship_experts" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "entrepreneurship_experts_user_uq" ON "entrepreneurship_experts" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "entrepreneurship_teachers_certificate_uq" ON "entrepreneurship_teachers" USING btree ("certificate_number");--> statement-breakpoint
CREATE INDEX "entrepreneurship_teachers_org_path_idx" ON "entrepreneurship_teachers" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "entrepreneurship_business_plans_file_idx" ON "entrepreneurship_business_plans" USING btree ("file_id","submitted_on");--> statement-breakpoint
CREATE UNIQUE INDEX "entrepreneurship_expert_ratings_uq" ON "entrepreneurship_expert_ratings" USING btree ("expert_id","file_id");--> statement-breakpoint
CREATE INDEX "entrepreneurship_file_events_file_idx" ON "entrepreneurship_file_events" USING btree ("file_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "entrepreneurship_files_person_uq" ON "entrepreneurship_files" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "entrepreneurship_files_trainee_uq" ON "entrepreneurship_files" USING btree ("trainee_id");--> statement-breakpoint
CREATE INDEX "entrepreneurship_files_org_path_idx" ON "entrepreneurship_files" USING btree ("org_path" text_pattern_ops,"registered_on");--> statement-breakpoint
CREATE INDEX "entrepreneurship_follow_ups_file_idx" ON "entrepreneurship_follow_ups" USING btree ("file_id","on_date");--> statement-breakpoint
CREATE INDEX "entrepreneurship_internships_file_idx" ON "entrepreneurship_internships" USING btree ("file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "entrepreneurship_plan_reviews_uq" ON "entrepreneurship_plan_reviews" USING btree ("plan_id","expert_id");--> statement-breakpoint
CREATE UNIQUE INDEX "entrepreneurship_project_links_uq" ON "entrepreneurship_project_links" USING btree ("project_id","file_id");--> statement-breakpoint
CREATE INDEX "entrepreneurship_project_links_file_idx" ON "entrepreneurship_project_links" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "incubation_bases_org_path_idx" ON "incubation_bases" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "incubation_residents_base_idx" ON "incubation_residents" USING btree ("base_id","entered_on");--> statement-breakpoint
CREATE INDEX "incubation_residents_file_idx" ON "incubation_residents" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "guaranteed_loan_events_loan_idx" ON "guaranteed_loan_events" USING btree ("loan_id","at");--> statement-breakpoint
CREATE INDEX "guaranteed_loan_repayments_loan_idx" ON "guaranteed_loan_repayments" USING btree ("loan_id","paid_on");--> statement-breakpoint
CREATE UNIQUE INDEX "guaranteed_loan_repayments_ref_uq" ON "guaranteed_loan_repayments" USING btree ("loan_id","bank_ref");--> statement-breakpoint
CREATE INDEX "guaranteed_loans_person_idx" ON "guaranteed_loans" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "guaranteed_loans_bank_idx" ON "guaranteed_loans" USING btree ("bank_id","status");--> statement-breakpoint
CREATE INDEX "guaranteed_loans_community_idx" ON "guaranteed_loans" USING btree ("community_org_id","disbursed_on");--> statement-breakpoint
CREATE INDEX "guaranteed_loans_org_path_idx" ON "guaranteed_loans" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "guaranteed_loans_contract_uq" ON "guaranteed_loans" USING btree ("bank_id","contract_number");--> statement-breakpoint
CREATE UNIQUE INDEX "interest_subsidy_claims_period_uq" ON "interest_subsidy_claims" USING btree ("bank_id","period_start");--> statement-breakpoint
CREATE INDEX "interest_subsidy_lines_loan_idx" ON "interest_subsidy_lines" USING btree ("loan_id");--> statement-breakpoint
CREATE INDEX "lending_bank_users_bank_idx" ON "lending_bank_users" USING btree ("bank_id");--> statement-breakpoint
CREATE INDEX "lending_banks_org_path_idx" ON "lending_banks" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "entrepreneurship_projects_org_path_idx" ON "entrepreneurship_projects" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "entrepreneurship_projects_status_idx" ON "entrepreneurship_projects" USING btree ("status");