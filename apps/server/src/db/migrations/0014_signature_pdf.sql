ALTER TABLE "plan_signature" DROP COLUMN "document_id";--> statement-breakpoint
ALTER TABLE "plan_signature" ADD COLUMN "pdf" "bytea";
