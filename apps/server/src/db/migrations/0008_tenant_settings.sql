CREATE TABLE "tenant_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"idle_timeout_minutes" integer DEFAULT 15 NOT NULL,
	"absolute_timeout_hours" integer DEFAULT 12 NOT NULL,
	"lockout_threshold" integer DEFAULT 10 NOT NULL,
	"invitation_valid_days" integer DEFAULT 7 NOT NULL,
	"digid_enabled" boolean DEFAULT false NOT NULL,
	"eherkenning_enabled" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "session" ADD COLUMN "idle_minutes" integer DEFAULT 15 NOT NULL;
--> statement-breakpoint
SELECT samenplan_protect('tenant_settings');
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON tenant_settings TO samenplan_app;
