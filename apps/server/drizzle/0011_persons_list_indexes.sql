DROP INDEX "persons_name_idx";--> statement-breakpoint
CREATE INDEX "persons_name_c_idx" ON "persons" USING btree ("name" collate "C","id");--> statement-breakpoint
CREATE INDEX "persons_created_at_idx" ON "persons" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "persons_birth_date_idx" ON "persons" USING btree ("birth_date","id");