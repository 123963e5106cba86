CREATE TABLE "plan_signature_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"plan_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" "plan_signature_kind" NOT NULL,
	"requested_by_person_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_signature_request" ADD CONSTRAINT "plan_signature_request_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_signature_request" ADD CONSTRAINT "plan_signature_request_tenant_id_person_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_signature_request_plan" ON "plan_signature_request" USING btree ("tenant_id","plan_id","person_id");--> statement-breakpoint
SELECT samenplan_protect('plan_signature_request'::regclass);--> statement-breakpoint
GRANT SELECT, INSERT ON plan_signature_request TO samenplan_app;
