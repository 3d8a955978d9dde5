DROP INDEX "persons_name_c_idx";--> statement-breakpoint
CREATE INDEX "persons_name_scope_idx" ON "persons" USING btree ("name" collate "C","id","org_path","org_id");