CREATE TABLE "plan_question" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"question" jsonb NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "plan_measurement" ADD COLUMN "replaces_id" uuid;--> statement-breakpoint
ALTER TABLE "plan_measurement" ADD COLUMN "withdrawn" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_score_set" ADD COLUMN "replaces_id" uuid;--> statement-breakpoint
ALTER TABLE "plan_score_set" ADD COLUMN "withdrawn" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_question_key" ON "plan_question" USING btree ("tenant_id","key");--> statement-breakpoint
ALTER TABLE "plan_measurement" ADD CONSTRAINT "plan_measurement_tenant_id_id" UNIQUE("tenant_id","id");--> statement-breakpoint
ALTER TABLE "plan_measurement" ADD CONSTRAINT "plan_measurement_tenant_id_replaces_id_plan_measurement_tenant_id_id_fk" FOREIGN KEY ("tenant_id","replaces_id") REFERENCES "public"."plan_measurement"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_score_set" ADD CONSTRAINT "plan_score_set_tenant_id_replaces_id_plan_score_set_tenant_id_id_fk" FOREIGN KEY ("tenant_id","replaces_id") REFERENCES "public"."plan_score_set"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_measurement_replaces" ON "plan_measurement" USING btree ("tenant_id","replaces_id") WHERE replaces_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_score_set_replaces" ON "plan_score_set" USING btree ("tenant_id","replaces_id") WHERE replaces_id is not null;--> statement-breakpoint
SELECT samenplan_protect('plan_question'::regclass);--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON plan_question TO samenplan_app;
