CREATE TABLE "policy_parameter_values" (
	"id" serial PRIMARY KEY NOT NULL,
	"policy_id" text NOT NULL,
	"name" text NOT NULL,
	"key" text DEFAULT '_' NOT NULL,
	"effective_from" date NOT NULL,
	"value" text NOT NULL,
	"ref_doc" text NOT NULL,
	"ref_clause" text,
	"set_by" uuid NOT NULL,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "policy_parameter_values_uq" ON "policy_parameter_values" USING btree ("policy_id","name","key","effective_from");--> statement-breakpoint
CREATE INDEX "policy_parameter_values_policy_idx" ON "policy_parameter_values" USING btree ("policy_id");