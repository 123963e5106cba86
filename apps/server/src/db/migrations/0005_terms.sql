CREATE TABLE "terms_acceptance" (
	"tenant_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "terms_acceptance_tenant_id_account_id_version_pk" PRIMARY KEY("tenant_id","account_id","version")
);
--> statement-breakpoint
CREATE TABLE "terms_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer NOT NULL,
	"body_nl" text NOT NULL,
	"body_en" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "terms_acceptance" ADD CONSTRAINT "terms_acceptance_tenant_id_account_id_account_tenant_id_id_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."account"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "terms_version_tenant_version" ON "terms_version" USING btree ("tenant_id","version");
--> statement-breakpoint
SELECT samenplan_protect(t) FROM unnest(ARRAY['terms_version', 'terms_acceptance']::regclass[]) AS t;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON terms_version TO samenplan_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON terms_acceptance TO samenplan_app;
