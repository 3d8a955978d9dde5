CREATE INDEX "persons_org_id_idx" ON "persons" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "persons_created_by_idx" ON "persons" USING btree ("created_by");