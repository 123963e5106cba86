CREATE TYPE "public"."session_stage" AS ENUM('email-code', 'change-password', 'accept-terms', 'active');--> statement-breakpoint
CREATE TABLE "sign_in_code" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"session_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"used_at" timestamp with time zone,
	"replaced_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sign_in_throttle" (
	"tenant_id" uuid NOT NULL,
	"key" text NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sign_in_throttle_tenant_id_key_pk" PRIMARY KEY("tenant_id","key")
);
--> statement-breakpoint
ALTER TABLE "session" ADD COLUMN "stage" "session_stage" DEFAULT 'email-code' NOT NULL;--> statement-breakpoint
CREATE INDEX "sign_in_code_session" ON "sign_in_code" USING btree ("tenant_id","session_id");
--> statement-breakpoint
SELECT samenplan_protect(t) FROM unnest(ARRAY['sign_in_code', 'sign_in_throttle']::regclass[]) AS t;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_code, sign_in_throttle TO samenplan_app;
