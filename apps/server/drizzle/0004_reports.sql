CREATE TABLE "release_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"department_id" uuid,
	"days_ahead" integer NOT NULL,
	"release_time" text NOT NULL,
	"same_day" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking_suspensions" (
	"patient_id" uuid PRIMARY KEY NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"from_account_id" uuid NOT NULL,
	"to_account_id" uuid NOT NULL,
	"to_patient_id" uuid NOT NULL,
	"recipient_name" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"new_booking_id" uuid
);
--> statement-breakpoint
CREATE TABLE "no_show_appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"reviewed_by" uuid,
	"review_note" text,
	"created_at" timestamp with time zone NOT NULL,
	"reviewed_at" timestamp with time zone,
	CONSTRAINT "no_show_appeals_bookingId_unique" UNIQUE("booking_id")
);
--> statement-breakpoint
CREATE TABLE "transfer_quotas" (
	"account_id" uuid NOT NULL,
	"month" text NOT NULL,
	"used" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "transfer_quotas_account_id_month_pk" PRIMARY KEY("account_id","month")
);
--> statement-breakpoint
CREATE TABLE "waitlist_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"session_id" uuid,
	"department_id" uuid NOT NULL,
	"dates" date[] NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"booking_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "report_inbound_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sending_facility" text NOT NULL,
	"message_id" text NOT NULL,
	"source" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"outcome" text NOT NULL,
	"report_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_observations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"value_type" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"code_system" text,
	"value" text NOT NULL,
	"numeric" double precision,
	"comparator" text,
	"unit" text,
	"reference_range" text,
	"reference_low" double precision,
	"reference_high" double precision,
	"flags" text[] NOT NULL,
	"status" text,
	"observed_at" timestamp with time zone,
	"notes" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"recipient" text,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"open_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid,
	"unmatched_id" uuid,
	"source" text NOT NULL,
	"sending_facility" text NOT NULL,
	"filler_order_no" text NOT NULL,
	"placer_order_no" text,
	"message_id" text NOT NULL,
	"status" text NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"specimen" text,
	"service_section" text,
	"result_status" text,
	"ordering_doctor" text,
	"collected_at" timestamp with time zone,
	"released_at" timestamp with time zone,
	"study_instance_uid" text,
	"modality" text,
	"subject_enc" text NOT NULL,
	"content_enc" text NOT NULL,
	"version" integer NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_unmatched" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_log_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"payload_enc" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"patient_id" uuid
);
--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "open_counted" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "booking_suspensions" ADD CONSTRAINT "booking_suspensions_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_transfers" ADD CONSTRAINT "booking_transfers_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_transfers" ADD CONSTRAINT "booking_transfers_from_account_id_accounts_id_fk" FOREIGN KEY ("from_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_transfers" ADD CONSTRAINT "booking_transfers_to_account_id_accounts_id_fk" FOREIGN KEY ("to_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_transfers" ADD CONSTRAINT "booking_transfers_to_patient_id_patients_id_fk" FOREIGN KEY ("to_patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "no_show_appeals" ADD CONSTRAINT "no_show_appeals_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_session_id_clinic_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."clinic_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_observations" ADD CONSTRAINT "report_observations_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_shares" ADD CONSTRAINT "report_shares_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_shares" ADD CONSTRAINT "report_shares_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_shares" ADD CONSTRAINT "report_shares_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_unmatched_id_report_unmatched_id_fk" FOREIGN KEY ("unmatched_id") REFERENCES "public"."report_unmatched"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_unmatched" ADD CONSTRAINT "report_unmatched_message_log_id_report_inbound_messages_id_fk" FOREIGN KEY ("message_log_id") REFERENCES "public"."report_inbound_messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_unmatched" ADD CONSTRAINT "report_unmatched_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "release_rules_department_uq" ON "release_rules" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "release_rules_hospital_uq" ON "release_rules" USING btree (("department_id" is null)) WHERE "release_rules"."department_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "booking_transfers_pending_uq" ON "booking_transfers" USING btree ("booking_id") WHERE "booking_transfers"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "booking_transfers_to_idx" ON "booking_transfers" USING btree ("to_account_id","created_at");--> statement-breakpoint
CREATE INDEX "booking_transfers_from_idx" ON "booking_transfers" USING btree ("from_account_id","created_at");--> statement-breakpoint
CREATE INDEX "no_show_appeals_status_idx" ON "no_show_appeals" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_patient_session_uq" ON "waitlist_entries" USING btree ("patient_id","session_id") WHERE "waitlist_entries"."status" = 'waiting' and "waitlist_entries"."session_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_patient_department_uq" ON "waitlist_entries" USING btree ("patient_id","department_id") WHERE "waitlist_entries"."status" = 'waiting' and "waitlist_entries"."session_id" is null;--> statement-breakpoint
CREATE INDEX "waitlist_line_idx" ON "waitlist_entries" USING btree ("department_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "report_inbound_messages_uq" ON "report_inbound_messages" USING btree ("sending_facility","message_id");--> statement-breakpoint
CREATE INDEX "report_observations_report_idx" ON "report_observations" USING btree ("report_id","seq");--> statement-breakpoint
CREATE INDEX "report_observations_code_idx" ON "report_observations" USING btree ("code");--> statement-breakpoint
CREATE INDEX "report_shares_report_idx" ON "report_shares" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_filler_order_uq" ON "reports" USING btree ("sending_facility","filler_order_no");--> statement-breakpoint
CREATE INDEX "reports_patient_idx" ON "reports" USING btree ("patient_id","released_at");--> statement-breakpoint
CREATE INDEX "reports_unmatched_idx" ON "reports" USING btree ("unmatched_id");--> statement-breakpoint
CREATE INDEX "report_unmatched_open_idx" ON "report_unmatched" USING btree ("resolved_at","received_at");