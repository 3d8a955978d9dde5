CREATE TABLE "qualification_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"number" text NOT NULL,
	"occupation" text NOT NULL,
	"level" text NOT NULL,
	"issued_on" date NOT NULL,
	"issuer" text NOT NULL,
	"obtained_by" text NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "qualification_certificates_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "shortage_occupations" (
	"id" serial PRIMARY KEY NOT NULL,
	"occupation" text NOT NULL,
	"catalogue_name" text NOT NULL,
	"published_on" date NOT NULL,
	"ref_doc" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shortage_occupations_occupation_published_on_key" UNIQUE("occupation","published_on")
);
--> statement-breakpoint
ALTER TABLE "qualification_certificates" ADD CONSTRAINT "qualification_certificates_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualification_certificates" ADD CONSTRAINT "qualification_certificates_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "qualification_certificates_person_id_idx" ON "qualification_certificates" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "qualification_certificates_org_path_idx" ON "qualification_certificates" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "shortage_occupations_occupation_idx" ON "shortage_occupations" USING btree ("occupation" text_pattern_ops);