-- No person indicator reads qualification certificates any more: the training figures count the
-- trainee records (statistics/indicator-members.repo.ts). Their member rows and the triggers that
-- marked a certificate's person for recomputation go.
DROP TRIGGER "qualification_certificates_statistics_ins" ON "qualification_certificates";--> statement-breakpoint
DROP TRIGGER "qualification_certificates_statistics_upd" ON "qualification_certificates";--> statement-breakpoint
DROP TRIGGER "qualification_certificates_statistics_del" ON "qualification_certificates";--> statement-breakpoint
DELETE FROM "statistics_member_events" WHERE "member_set" IN ('trained_certified', 'trained_certified_employed');
