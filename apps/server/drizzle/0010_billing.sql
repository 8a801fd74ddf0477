CREATE TABLE "manual_refund_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"amount_fen" integer NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"refund_id" uuid,
	CONSTRAINT "manual_refund_two_people" CHECK ("manual_refund_requests"."decided_by" is null or "manual_refund_requests"."decided_by" <> "manual_refund_requests"."requested_by"),
	CONSTRAINT "manual_refund_amount" CHECK ("manual_refund_requests"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "outpatient_order_bills" (
	"order_id" uuid NOT NULL,
	"bill_no" text NOT NULL,
	"visit_no" text NOT NULL,
	"patient_id" uuid NOT NULL,
	"title" text NOT NULL,
	"department" text NOT NULL,
	"doctor" text NOT NULL,
	"total_fen" integer NOT NULL,
	"items" jsonb NOT NULL,
	"settled_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "outpatient_order_bills_order_id_bill_no_pk" PRIMARY KEY("order_id","bill_no")
);
--> statement-breakpoint
ALTER TABLE "manual_refund_requests" ADD CONSTRAINT "manual_refund_requests_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outpatient_order_bills" ADD CONSTRAINT "outpatient_order_bills_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outpatient_order_bills" ADD CONSTRAINT "outpatient_order_bills_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "manual_refund_open_uq" ON "manual_refund_requests" USING btree ("order_id") WHERE "manual_refund_requests"."status" = 'requested';--> statement-breakpoint
CREATE INDEX "manual_refund_status_idx" ON "manual_refund_requests" USING btree ("status","requested_at");--> statement-breakpoint
CREATE INDEX "outpatient_order_bills_bill_idx" ON "outpatient_order_bills" USING btree ("bill_no");--> statement-breakpoint
CREATE INDEX "outpatient_order_bills_patient_idx" ON "outpatient_order_bills" USING btree ("patient_id","visit_no");