CREATE TYPE "public"."plan_block_level" AS ENUM('none', 'view', 'write');--> statement-breakpoint
CREATE TYPE "public"."plan_goal_status" AS ENUM('open', 'achieved', 'notAchieved', 'stopped');--> statement-breakpoint
CREATE TYPE "public"."plan_group_level" AS ENUM('view', 'edit');--> statement-breakpoint
CREATE TYPE "public"."plan_item_kind" AS ENUM('goal', 'action');--> statement-breakpoint
CREATE TYPE "public"."plan_rater_kind" AS ENUM('resident', 'professional', 'network');--> statement-breakpoint
CREATE TYPE "public"."plan_signature_kind" AS ENUM('approved', 'seen');--> statement-breakpoint
CREATE TABLE "plan_field_revision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"field_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"value_encrypted" text NOT NULL,
	"changed_by_person_id" uuid NOT NULL,
	"on_behalf_of_person_id" uuid,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_field" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"plan_id" uuid NOT NULL,
	"block_key" text NOT NULL,
	"item_id" uuid,
	"field_key" text NOT NULL,
	"value_encrypted" text NOT NULL,
	"updated_by_person_id" uuid NOT NULL,
	CONSTRAINT "plan_field_tenant_id_id" UNIQUE("tenant_id","id"),
	CONSTRAINT "plan_field_key" UNIQUE NULLS NOT DISTINCT("tenant_id","plan_id","block_key","field_key","item_id")
);
--> statement-breakpoint
CREATE TABLE "plan_group_access" (
	"tenant_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"user_group_id" uuid NOT NULL,
	"level" "plan_group_level" NOT NULL,
	CONSTRAINT "plan_group_access_tenant_id_plan_id_user_group_id_pk" PRIMARY KEY("tenant_id","plan_id","user_group_id")
);
--> statement-breakpoint
CREATE TABLE "plan_item_right" (
	"tenant_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"can_view" boolean NOT NULL,
	"can_write" boolean NOT NULL,
	"can_measure" boolean NOT NULL,
	CONSTRAINT "plan_item_right_tenant_id_item_id_person_id_pk" PRIMARY KEY("tenant_id","item_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "plan_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"plan_id" uuid NOT NULL,
	"block_key" text NOT NULL,
	"kind" "plan_item_kind" NOT NULL,
	"parent_id" uuid,
	"position" integer NOT NULL,
	"status" "plan_goal_status" DEFAULT 'open' NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "plan_item_tenant_id_id" UNIQUE("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_measurement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"plan_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"value" integer NOT NULL,
	"measured_on" date NOT NULL,
	"note_encrypted" text,
	"created_by_person_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_participant" (
	"tenant_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"portal_access" boolean DEFAULT false NOT NULL,
	"block_levels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "plan_participant_tenant_id_plan_id_person_id_pk" PRIMARY KEY("tenant_id","plan_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "plan_score_set" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"plan_id" uuid NOT NULL,
	"block_key" text NOT NULL,
	"rater_person_id" uuid NOT NULL,
	"rater_kind" "plan_rater_kind" NOT NULL,
	"measured_on" date NOT NULL,
	"instrument_version" text NOT NULL,
	CONSTRAINT "plan_score_set_tenant_id_id" UNIQUE("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_score" (
	"tenant_id" uuid NOT NULL,
	"set_id" uuid NOT NULL,
	"domain_key" text NOT NULL,
	"score" integer NOT NULL,
	"note_encrypted" text,
	CONSTRAINT "plan_score_tenant_id_set_id_domain_key_pk" PRIMARY KEY("tenant_id","set_id","domain_key")
);
--> statement-breakpoint
CREATE TABLE "plan_signature" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"plan_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" "plan_signature_kind" NOT NULL,
	"role" text NOT NULL,
	"revision" integer NOT NULL,
	"sign_in_method" text NOT NULL,
	"signed_on" date NOT NULL,
	"document_id" uuid
);
--> statement-breakpoint
CREATE TABLE "plan_template_group" (
	"tenant_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"user_group_id" uuid NOT NULL,
	CONSTRAINT "plan_template_group_tenant_id_template_id_user_group_id_pk" PRIMARY KEY("tenant_id","template_id","user_group_id")
);
--> statement-breakpoint
CREATE TABLE "plan_template_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"template_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL,
	"blocks" jsonb NOT NULL,
	"published_by_person_id" uuid NOT NULL,
	CONSTRAINT "plan_template_version_tenant_id_id" UNIQUE("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_template" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"draft_blocks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "plan_template_tenant_id_id" UNIQUE("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"template_version_id" uuid NOT NULL,
	"title" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by_person_id" uuid NOT NULL,
	"last_changed_by_person_id" uuid,
	CONSTRAINT "plan_tenant_id_id" UNIQUE("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "session" ADD COLUMN "sign_in_method" text DEFAULT 'password' NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_field_revision" ADD CONSTRAINT "plan_field_revision_tenant_id_field_id_plan_field_tenant_id_id_fk" FOREIGN KEY ("tenant_id","field_id") REFERENCES "public"."plan_field"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_field" ADD CONSTRAINT "plan_field_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_group_access" ADD CONSTRAINT "plan_group_access_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_group_access" ADD CONSTRAINT "plan_group_access_tenant_id_user_group_id_user_group_tenant_id_id_fk" FOREIGN KEY ("tenant_id","user_group_id") REFERENCES "public"."user_group"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item_right" ADD CONSTRAINT "plan_item_right_tenant_id_item_id_plan_item_tenant_id_id_fk" FOREIGN KEY ("tenant_id","item_id") REFERENCES "public"."plan_item"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item_right" ADD CONSTRAINT "plan_item_right_tenant_id_person_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item" ADD CONSTRAINT "plan_item_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_measurement" ADD CONSTRAINT "plan_measurement_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_measurement" ADD CONSTRAINT "plan_measurement_tenant_id_item_id_plan_item_tenant_id_id_fk" FOREIGN KEY ("tenant_id","item_id") REFERENCES "public"."plan_item"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_participant" ADD CONSTRAINT "plan_participant_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_participant" ADD CONSTRAINT "plan_participant_tenant_id_person_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_score_set" ADD CONSTRAINT "plan_score_set_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_score" ADD CONSTRAINT "plan_score_tenant_id_set_id_plan_score_set_tenant_id_id_fk" FOREIGN KEY ("tenant_id","set_id") REFERENCES "public"."plan_score_set"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_signature" ADD CONSTRAINT "plan_signature_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_template_group" ADD CONSTRAINT "plan_template_group_tenant_id_template_id_plan_template_tenant_id_id_fk" FOREIGN KEY ("tenant_id","template_id") REFERENCES "public"."plan_template"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_template_group" ADD CONSTRAINT "plan_template_group_tenant_id_user_group_id_user_group_tenant_id_id_fk" FOREIGN KEY ("tenant_id","user_group_id") REFERENCES "public"."user_group"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_template_version" ADD CONSTRAINT "plan_template_version_tenant_id_template_id_plan_template_tenant_id_id_fk" FOREIGN KEY ("tenant_id","template_id") REFERENCES "public"."plan_template"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan" ADD CONSTRAINT "plan_tenant_id_dossier_id_dossier_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dossier_id") REFERENCES "public"."dossier"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan" ADD CONSTRAINT "plan_tenant_id_template_version_id_plan_template_version_tenant_id_id_fk" FOREIGN KEY ("tenant_id","template_version_id") REFERENCES "public"."plan_template_version"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_field_revision_version" ON "plan_field_revision" USING btree ("tenant_id","field_id","version");--> statement-breakpoint
CREATE INDEX "plan_item_plan" ON "plan_item" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE INDEX "plan_measurement_item" ON "plan_measurement" USING btree ("tenant_id","item_id","measured_on");--> statement-breakpoint
CREATE INDEX "plan_participant_person" ON "plan_participant" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "plan_score_set_plan" ON "plan_score_set" USING btree ("tenant_id","plan_id","block_key");--> statement-breakpoint
CREATE INDEX "plan_signature_plan" ON "plan_signature" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_template_version_number" ON "plan_template_version" USING btree ("tenant_id","template_id","number");--> statement-breakpoint
CREATE INDEX "plan_dossier" ON "plan" USING btree ("tenant_id","dossier_id");--> statement-breakpoint
SELECT samenplan_protect(t) FROM unnest(ARRAY[
  'plan_template', 'plan_template_group', 'plan_template_version', 'plan', 'plan_group_access', 'plan_participant',
  'plan_item', 'plan_item_right', 'plan_field', 'plan_field_revision', 'plan_score_set', 'plan_score',
  'plan_measurement', 'plan_signature'
]::regclass[]) AS t;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON plan_template, plan_template_group, plan, plan_group_access, plan_participant,
  plan_item, plan_item_right, plan_field TO samenplan_app;--> statement-breakpoint
GRANT SELECT, INSERT ON plan_template_version, plan_field_revision, plan_score_set, plan_score, plan_measurement,
  plan_signature TO samenplan_app;
