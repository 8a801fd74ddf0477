CREATE TABLE "inapp_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"outbox_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"patient_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notification_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"patient_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"dedupe_key" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"inapp" text,
	"wechat" text,
	"sms" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "notification_outbox_status_ck" CHECK ("notification_outbox"."status" in ('pending', 'done', 'dead', 'cancelled')),
	CONSTRAINT "notification_outbox_channels_ck" CHECK ("notification_outbox"."inapp" is not null or "notification_outbox"."wechat" is not null or "notification_outbox"."sms" is not null)
);
--> statement-breakpoint
ALTER TABLE "inapp_messages" ADD CONSTRAINT "inapp_messages_outbox_id_notification_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."notification_outbox"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inapp_messages" ADD CONSTRAINT "inapp_messages_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "inapp_messages_outbox_uq" ON "inapp_messages" USING btree ("outbox_id");--> statement-breakpoint
CREATE INDEX "inapp_messages_account_idx" ON "inapp_messages" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "inapp_messages_unread_idx" ON "inapp_messages" USING btree ("account_id") WHERE "inapp_messages"."read_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "notification_outbox_dedupe_uq" ON "notification_outbox" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "notification_outbox_due_idx" ON "notification_outbox" USING btree ("next_attempt_at") WHERE "notification_outbox"."status" = 'pending';