ALTER TABLE "organisation" ADD COLUMN "kvk_number" text;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "language" text DEFAULT 'nl' NOT NULL;--> statement-breakpoint
ALTER TABLE "team" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "team" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "user_group" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "user_group" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_tenant_kvk" ON "organisation" USING btree ("tenant_id","kvk_number");--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_language_known" CHECK ("language" in ('nl', 'en'));