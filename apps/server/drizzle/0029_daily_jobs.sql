ALTER TABLE "jobs" ADD COLUMN "run_day" date;--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_kind_run_day_uq" ON "jobs" USING btree ("kind","run_day");