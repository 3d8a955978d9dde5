DROP INDEX "employment_registrations_person_idx";--> statement-breakpoint
CREATE INDEX "cases_decided_on_idx" ON "cases" USING btree ("decided_on","org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "payments_paid_at_idx" ON "payments" USING btree ("paid_at") WHERE status in ('paid', 'reconciled');--> statement-breakpoint
CREATE INDEX "qualification_certificates_issued_on_idx" ON "qualification_certificates" USING btree ("issued_on","org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "insurance_contributions_paid_month_idx" ON "insurance_contributions" USING btree ("month","org_path" text_pattern_ops,"person_id") WHERE "insurance_contributions"."status" = 'paid';--> statement-breakpoint
CREATE INDEX "insurance_contributions_paid_person_idx" ON "insurance_contributions" USING btree ("person_id","month") WHERE "insurance_contributions"."status" = 'paid';--> statement-breakpoint
CREATE INDEX "employment_registrations_started_on_idx" ON "employment_registrations" USING btree ("started_on","org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "employment_registrations_ended_on_idx" ON "employment_registrations" USING btree ("ended_on","org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "unemployment_registrations_ended_on_idx" ON "unemployment_registrations" USING btree ("ended_on","org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "employment_registrations_person_idx" ON "employment_registrations" USING btree ("person_id","started_on","ended_on");