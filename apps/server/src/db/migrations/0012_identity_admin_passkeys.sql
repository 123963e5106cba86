CREATE TYPE "public"."passkey_challenge_purpose" AS ENUM('register', 'authenticate');--> statement-breakpoint
CREATE TABLE "passkey_challenge" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"account_id" uuid,
	"purpose" "passkey_challenge_purpose" NOT NULL,
	"challenge" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "passkey_credential" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"account_id" uuid NOT NULL,
	"credential_id" text NOT NULL,
	"public_key" text NOT NULL,
	"sign_count" integer DEFAULT 0 NOT NULL,
	"transports" text[] DEFAULT '{}'::text[] NOT NULL,
	"name" text NOT NULL,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "tenant_settings" ADD COLUMN "require_strong_second_factor_for_professionals" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "tenant_settings" ADD COLUMN "password_min_length" integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "tenant_settings" ADD COLUMN "passkeys_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "passkey_credential" ADD CONSTRAINT "passkey_credential_tenant_id_account_id_account_tenant_id_id_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."account"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "passkey_challenge_value" ON "passkey_challenge" USING btree ("tenant_id","challenge");--> statement-breakpoint
CREATE UNIQUE INDEX "passkey_credential_id" ON "passkey_credential" USING btree ("tenant_id","credential_id");--> statement-breakpoint
CREATE INDEX "passkey_credential_account" ON "passkey_credential" USING btree ("tenant_id","account_id");--> statement-breakpoint
SELECT samenplan_protect(t) FROM unnest(ARRAY['passkey_credential', 'passkey_challenge']::regclass[]) AS t;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON passkey_credential, passkey_challenge TO samenplan_app;
