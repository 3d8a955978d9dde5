CREATE TABLE "deployment_jurisdictions" (
	"code" text PRIMARY KEY NOT NULL,
	"local_name" text NOT NULL,
	"set_by" uuid NOT NULL,
	"set_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_document_settings" (
	"document_id" text PRIMARY KEY NOT NULL,
	"number" text,
	"title" text,
	"set_by" uuid NOT NULL,
	"set_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_types" ALTER COLUMN "enabled" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "case_types" ALTER COLUMN "enabled" DROP NOT NULL;--> statement-breakpoint
-- Types nobody turned off now follow the deployment's jurisdictions (they were all on by default).
UPDATE "case_types" SET "enabled" = NULL WHERE "enabled" = true;
