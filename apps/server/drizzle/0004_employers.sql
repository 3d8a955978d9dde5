CREATE TABLE "employers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"credit_code" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"industry" text NOT NULL,
	"size" text,
	"address" text,
	"phone_enc" text,
	"phone_masked" text,
	"phone_hash" text,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "employers_credit_code_unique" UNIQUE("credit_code")
);
--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employers_org_path_idx" ON "employers" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "employers_name_idx" ON "employers" USING btree ("name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "employers_org_id_idx" ON "employers" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "employers_created_by_idx" ON "employers" USING btree ("created_by");