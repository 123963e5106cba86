ALTER TABLE "person" ADD COLUMN "search_full_name" text GENERATED ALWAYS AS (lower(first_name || ' ' || coalesce(infix || ' ', '') || surname)) STORED;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "search_surname" text GENERATED ALWAYS AS (lower(surname)) STORED;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "search_infix_surname" text GENERATED ALWAYS AS (lower(coalesce(infix || ' ', '') || surname)) STORED;--> statement-breakpoint
CREATE INDEX "person_search_full_name" ON "person" USING btree ("tenant_id","search_full_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "person_search_surname" ON "person" USING btree ("tenant_id","search_surname" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "person_search_infix_surname" ON "person" USING btree ("tenant_id","search_infix_surname" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "person_date_of_birth" ON "person" USING btree ("tenant_id","date_of_birth");--> statement-breakpoint
CREATE INDEX "dossier_file_number_search" ON "dossier" USING btree ("tenant_id","file_number" text_pattern_ops);