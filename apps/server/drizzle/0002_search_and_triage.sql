CREATE TYPE "public"."triage_pregnancy" AS ENUM('any', 'pregnant', 'not_pregnant');--> statement-breakpoint
CREATE TABLE "triage_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"symptom" text NOT NULL,
	"symptom_en" text NOT NULL,
	"keywords" text[] DEFAULT '{}' NOT NULL,
	"body_part" text,
	"min_age" integer,
	"max_age" integer,
	"sex" "gender",
	"pregnancy" "triage_pregnancy" DEFAULT 'any' NOT NULL,
	"department_code" text NOT NULL,
	"weight" integer DEFAULT 10 NOT NULL,
	"emergency" boolean DEFAULT false NOT NULL,
	"reason_zh" text NOT NULL,
	"reason_en" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "triage_rules_code_unique" UNIQUE("code"),
	CONSTRAINT "triage_rules_weight" CHECK ("triage_rules"."weight" between 1 and 100),
	CONSTRAINT "triage_rules_age" CHECK ("triage_rules"."min_age" is null or "triage_rules"."max_age" is null or "triage_rules"."min_age" <= "triage_rules"."max_age")
);
--> statement-breakpoint
DROP INDEX "bookings_patient_doctor_day_uq";--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "search_tokens" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "doctors" ADD COLUMN "search_tokens" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "origin" text DEFAULT 'direct' NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "checked_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "called_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "completed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "triage_rules" ADD CONSTRAINT "triage_rules_department_code_departments_code_fk" FOREIGN KEY ("department_code") REFERENCES "public"."departments"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "triage_rules_enabled_idx" ON "triage_rules" USING btree ("enabled");--> statement-breakpoint
CREATE INDEX "departments_search_idx" ON "departments" USING gin ("search_tokens");--> statement-breakpoint
CREATE INDEX "doctors_search_idx" ON "doctors" USING gin ("search_tokens");--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_patient_doctor_day_active_uq" ON "bookings" USING btree ("patient_id","doctor_id","date") WHERE "bookings"."status" in ('held', 'confirmed', 'checked_in', 'called');--> statement-breakpoint
CREATE INDEX "bookings_session_idx" ON "bookings" USING btree ("session_id","visit_no");