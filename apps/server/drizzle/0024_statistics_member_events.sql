CREATE TABLE "statistics_dirty_persons" (
	"person_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics_member_events" (
	"member_set" text NOT NULL,
	"person_id" uuid NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"on_date" date NOT NULL,
	"ready_on" date NOT NULL,
	"prior_on" date
);
--> statement-breakpoint
ALTER TABLE "statistics_member_events" ADD CONSTRAINT "statistics_member_events_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statistics_member_events_set_on_idx" ON "statistics_member_events" USING btree ("member_set","on_date","ready_on","prior_on","org_path","org_id","person_id");--> statement-breakpoint
CREATE INDEX "statistics_member_events_person_idx" ON "statistics_member_events" USING btree ("person_id");--> statement-breakpoint

-- Every write to a record the person indicators read marks its person, in the same transaction, so
-- the next statistics read recomputes that person's member rows (statistics/member-events.ts).
-- Statement-level with transition tables: a bulk import marks its persons in one insert.
CREATE FUNCTION "statistics_mark_persons"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "statistics_dirty_persons" ("person_id") SELECT DISTINCT "person_id" FROM "new_rows";
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "statistics_dirty_persons" ("person_id") SELECT DISTINCT "person_id" FROM "old_rows";
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- the rural-labour set reads the person's hukou type
CREATE FUNCTION "statistics_mark_person_hukou"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "statistics_dirty_persons" ("person_id") VALUES (NEW."id");
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "persons_statistics_hukou" AFTER UPDATE OF "hukou_type" ON "persons"
  FOR EACH ROW WHEN (OLD."hukou_type" IS DISTINCT FROM NEW."hukou_type")
  EXECUTE FUNCTION "statistics_mark_person_hukou"();--> statement-breakpoint
CREATE TRIGGER "employment_registrations_statistics_ins" AFTER INSERT ON "employment_registrations"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
CREATE TRIGGER "employment_registrations_statistics_upd" AFTER UPDATE ON "employment_registrations"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
CREATE TRIGGER "employment_registrations_statistics_del" AFTER DELETE ON "employment_registrations"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
CREATE TRIGGER "unemployment_registrations_statistics_ins" AFTER INSERT ON "unemployment_registrations"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
CREATE TRIGGER "unemployment_registrations_statistics_upd" AFTER UPDATE ON "unemployment_registrations"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
CREATE TRIGGER "unemployment_registrations_statistics_del" AFTER DELETE ON "unemployment_registrations"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
CREATE TRIGGER "difficulty_determinations_statistics_ins" AFTER INSERT ON "difficulty_determinations"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
CREATE TRIGGER "difficulty_determinations_statistics_upd" AFTER UPDATE ON "difficulty_determinations"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
CREATE TRIGGER "difficulty_determinations_statistics_del" AFTER DELETE ON "difficulty_determinations"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
CREATE TRIGGER "labour_contracts_statistics_ins" AFTER INSERT ON "labour_contracts"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
CREATE TRIGGER "labour_contracts_statistics_upd" AFTER UPDATE ON "labour_contracts"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
CREATE TRIGGER "labour_contracts_statistics_del" AFTER DELETE ON "labour_contracts"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
CREATE TRIGGER "insurance_contributions_statistics_ins" AFTER INSERT ON "insurance_contributions"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
CREATE TRIGGER "insurance_contributions_statistics_upd" AFTER UPDATE ON "insurance_contributions"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
CREATE TRIGGER "insurance_contributions_statistics_del" AFTER DELETE ON "insurance_contributions"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
CREATE TRIGGER "qualification_certificates_statistics_ins" AFTER INSERT ON "qualification_certificates"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
CREATE TRIGGER "qualification_certificates_statistics_upd" AFTER UPDATE ON "qualification_certificates"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
CREATE TRIGGER "qualification_certificates_statistics_del" AFTER DELETE ON "qualification_certificates"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_mark_persons"();--> statement-breakpoint
-- existing records: their persons are computed by the first refresh
INSERT INTO "statistics_dirty_persons" ("person_id")
  SELECT "person_id" FROM "employment_registrations"
  UNION SELECT "person_id" FROM "unemployment_registrations"
  UNION SELECT "person_id" FROM "difficulty_determinations"
  UNION SELECT "person_id" FROM "labour_contracts"
  UNION SELECT "person_id" FROM "insurance_contributions"
  UNION SELECT "person_id" FROM "qualification_certificates";
