CREATE TYPE "public"."author_kind" AS ENUM('professional', 'resident', 'relative');--> statement-breakpoint
CREATE TYPE "public"."catalogue_kind" AS ENUM('contactType', 'lifeDomain', 'standardAction', 'closingReason');--> statement-breakpoint
CREATE TYPE "public"."plan_section_kind" AS ENUM('livingSituation', 'future', 'agreements');--> statement-breakpoint
CREATE TYPE "public"."relative_access_level" AS ENUM('none', 'informed', 'view', 'write');--> statement-breakpoint
CREATE TYPE "public"."service_status" AS ENUM('requested', 'granted', 'refused', 'ended');--> statement-breakpoint
CREATE TYPE "public"."visit_kind" AS ENUM('personalCare', 'householdHelp', 'nursing', 'support');--> statement-breakpoint
CREATE TABLE "break_glass_grant" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" "catalogue_kind" NOT NULL,
	"code" text NOT NULL,
	"label_nl" text NOT NULL,
	"label_en" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"created_by_person_id" uuid NOT NULL,
	"standard_code" text,
	"text" text NOT NULL,
	"assignee" text,
	"contact_name" text,
	"planned_on" date,
	"done_on" date,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "dossier_professional" (
	"tenant_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"responsible" boolean DEFAULT true NOT NULL,
	CONSTRAINT "dossier_professional_tenant_id_dossier_id_person_id_pk" PRIMARY KEY("tenant_id","dossier_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "dossier_referral" (
	"tenant_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"referred_on" date NOT NULL,
	"ended_on" date,
	CONSTRAINT "dossier_referral_tenant_id_dossier_id_organisation_id_pk" PRIMARY KEY("tenant_id","dossier_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "dossier_relative" (
	"tenant_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"level" "relative_access_level" NOT NULL,
	"acts_on_behalf" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_relative_tenant_id_dossier_id_person_id_pk" PRIMARY KEY("tenant_id","dossier_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "dossier" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resident_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"file_number" text NOT NULL,
	"registered_on" date NOT NULL,
	"closed_on" date,
	"closing_reason" text,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_tenant_id_id" UNIQUE("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "involved_party" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"name" text NOT NULL,
	"contact_name" text,
	"phone" text,
	"email" text,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "journal_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"author_person_id" uuid NOT NULL,
	"author_kind" "author_kind" DEFAULT 'professional' NOT NULL,
	"contact_type" text NOT NULL,
	"life_domain" text,
	"note_encrypted" text NOT NULL,
	"visible_to_resident" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_section_revision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"section_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"text_encrypted" text NOT NULL,
	"changed_by_person_id" uuid,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_section" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"kind" "plan_section_kind" NOT NULL,
	"text_encrypted" text NOT NULL,
	"updated_by_person_id" uuid
);
--> statement-breakpoint
CREATE TABLE "specialist_service" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"product" text NOT NULL,
	"supplier" text NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"status" "service_status" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"author_person_id" uuid NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	"text_encrypted" text NOT NULL,
	"visible_to_resident" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_person" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resident_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"phone" text,
	"mobile_phone" text,
	"email" text,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "document_content" (
	"tenant_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "document_content_tenant_id_document_id_pk" PRIMARY KEY("tenant_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"description" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"category" text NOT NULL,
	"visible_to_resident" boolean NOT NULL,
	"added_by_person_id" uuid NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "document_tenant_id_id" UNIQUE("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "email_change" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"account_id" uuid NOT NULL,
	"new_email" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"replaced_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "message_participant" (
	"tenant_id" uuid NOT NULL,
	"thread_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"last_read_at" timestamp with time zone,
	CONSTRAINT "message_participant_tenant_id_thread_id_person_id_pk" PRIMARY KEY("tenant_id","thread_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "message_thread" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_thread_tenant_id_id" UNIQUE("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"thread_id" uuid NOT NULL,
	"sender_person_id" uuid NOT NULL,
	"body_encrypted" text NOT NULL,
	"attachment_document_id" uuid,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_profile" (
	"tenant_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"mobile_phone" text,
	"consent_neighbourhood_check" boolean DEFAULT false NOT NULL,
	"wants_decision" boolean DEFAULT false NOT NULL,
	"residential_location" boolean DEFAULT false NOT NULL,
	"street" text,
	"house_number" integer,
	"house_letter" text,
	"house_number_addition" text,
	"designation" text,
	"postcode" text,
	"city" text,
	"address_refreshed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resident_profile_tenant_id_person_id_pk" PRIMARY KEY("tenant_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "visit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"professional_person_id" uuid,
	"professional_first_name" text NOT NULL,
	"kind" "visit_kind" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "break_glass_grant" ADD CONSTRAINT "break_glass_grant_tenant_id_dossier_id_dossier_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dossier_id") REFERENCES "public"."dossier"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_action" ADD CONSTRAINT "dossier_action_tenant_id_dossier_id_dossier_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dossier_id") REFERENCES "public"."dossier"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_professional" ADD CONSTRAINT "dossier_professional_tenant_id_dossier_id_dossier_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dossier_id") REFERENCES "public"."dossier"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_professional" ADD CONSTRAINT "dossier_professional_tenant_id_person_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_referral" ADD CONSTRAINT "dossier_referral_tenant_id_dossier_id_dossier_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dossier_id") REFERENCES "public"."dossier"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_referral" ADD CONSTRAINT "dossier_referral_tenant_id_organisation_id_organisation_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisation"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_relative" ADD CONSTRAINT "dossier_relative_tenant_id_dossier_id_dossier_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dossier_id") REFERENCES "public"."dossier"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_relative" ADD CONSTRAINT "dossier_relative_tenant_id_person_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_tenant_id_resident_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","resident_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_tenant_id_team_id_team_tenant_id_id_fk" FOREIGN KEY ("tenant_id","team_id") REFERENCES "public"."team"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "involved_party" ADD CONSTRAINT "involved_party_tenant_id_dossier_id_dossier_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dossier_id") REFERENCES "public"."dossier"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entry" ADD CONSTRAINT "journal_entry_tenant_id_dossier_id_dossier_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dossier_id") REFERENCES "public"."dossier"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_section" ADD CONSTRAINT "plan_section_tenant_id_dossier_id_dossier_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dossier_id") REFERENCES "public"."dossier"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "specialist_service" ADD CONSTRAINT "specialist_service_tenant_id_dossier_id_dossier_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dossier_id") REFERENCES "public"."dossier"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_report" ADD CONSTRAINT "care_report_tenant_id_dossier_id_dossier_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dossier_id") REFERENCES "public"."dossier"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_report" ADD CONSTRAINT "care_report_tenant_id_organisation_id_organisation_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisation"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_person" ADD CONSTRAINT "contact_person_tenant_id_resident_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","resident_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_content" ADD CONSTRAINT "document_content_tenant_id_document_id_document_tenant_id_id_fk" FOREIGN KEY ("tenant_id","document_id") REFERENCES "public"."document"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_tenant_id_dossier_id_dossier_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dossier_id") REFERENCES "public"."dossier"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_change" ADD CONSTRAINT "email_change_tenant_id_account_id_account_tenant_id_id_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."account"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_participant" ADD CONSTRAINT "message_participant_tenant_id_thread_id_message_thread_tenant_id_id_fk" FOREIGN KEY ("tenant_id","thread_id") REFERENCES "public"."message_thread"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_participant" ADD CONSTRAINT "message_participant_tenant_id_person_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_thread" ADD CONSTRAINT "message_thread_tenant_id_dossier_id_dossier_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dossier_id") REFERENCES "public"."dossier"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message" ADD CONSTRAINT "message_tenant_id_thread_id_message_thread_tenant_id_id_fk" FOREIGN KEY ("tenant_id","thread_id") REFERENCES "public"."message_thread"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_profile" ADD CONSTRAINT "resident_profile_tenant_id_person_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit" ADD CONSTRAINT "visit_tenant_id_dossier_id_dossier_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dossier_id") REFERENCES "public"."dossier"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit" ADD CONSTRAINT "visit_tenant_id_organisation_id_organisation_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisation"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "break_glass_grant_person" ON "break_glass_grant" USING btree ("tenant_id","person_id","dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_item_code" ON "catalogue_item" USING btree ("tenant_id","kind","code");--> statement-breakpoint
CREATE INDEX "dossier_action_dossier" ON "dossier_action" USING btree ("tenant_id","dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_professional_person" ON "dossier_professional" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "dossier_referral_organisation" ON "dossier_referral" USING btree ("tenant_id","organisation_id");--> statement-breakpoint
CREATE INDEX "dossier_relative_person" ON "dossier_relative" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_tenant_file_number" ON "dossier" USING btree ("tenant_id","file_number");--> statement-breakpoint
CREATE INDEX "dossier_resident" ON "dossier" USING btree ("tenant_id","resident_id");--> statement-breakpoint
CREATE INDEX "dossier_team_activity" ON "dossier" USING btree ("tenant_id","team_id","last_activity_at");--> statement-breakpoint
CREATE INDEX "involved_party_dossier" ON "involved_party" USING btree ("tenant_id","dossier_id");--> statement-breakpoint
CREATE INDEX "journal_entry_dossier" ON "journal_entry" USING btree ("tenant_id","dossier_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_section_revision_version" ON "plan_section_revision" USING btree ("tenant_id","section_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_section_dossier_kind" ON "plan_section" USING btree ("tenant_id","dossier_id","kind");--> statement-breakpoint
CREATE INDEX "specialist_service_dossier" ON "specialist_service" USING btree ("tenant_id","dossier_id");--> statement-breakpoint
CREATE INDEX "care_report_dossier_written" ON "care_report" USING btree ("tenant_id","dossier_id","written_at");--> statement-breakpoint
CREATE INDEX "contact_person_resident" ON "contact_person" USING btree ("tenant_id","resident_id");--> statement-breakpoint
CREATE INDEX "document_dossier" ON "document" USING btree ("tenant_id","dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "email_change_token_hash" ON "email_change" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "message_participant_person" ON "message_participant" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "message_thread_dossier" ON "message_thread" USING btree ("tenant_id","dossier_id");--> statement-breakpoint
CREATE INDEX "message_thread_sent" ON "message" USING btree ("tenant_id","thread_id","sent_at");--> statement-breakpoint
CREATE INDEX "visit_dossier_start" ON "visit" USING btree ("tenant_id","dossier_id","starts_at");--> statement-breakpoint
SELECT samenplan_protect(t) FROM unnest(ARRAY[
  'dossier', 'dossier_professional', 'dossier_relative', 'dossier_referral', 'break_glass_grant', 'involved_party',
  'catalogue_item', 'journal_entry', 'plan_section', 'plan_section_revision', 'dossier_action', 'specialist_service',
  'document', 'document_content', 'message_thread', 'message_participant', 'message', 'contact_person',
  'resident_profile', 'email_change', 'visit', 'care_report'
]::regclass[]) AS t;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON dossier, dossier_professional, dossier_relative, dossier_referral, involved_party,
  catalogue_item, journal_entry, plan_section, dossier_action, specialist_service, document, document_content,
  message_thread, message_participant, contact_person, resident_profile, email_change, visit, care_report TO samenplan_app;
--> statement-breakpoint
-- History and grants to break the glass are never rewritten: the application may only add to them.
GRANT SELECT, INSERT ON plan_section_revision, break_glass_grant, message TO samenplan_app;
