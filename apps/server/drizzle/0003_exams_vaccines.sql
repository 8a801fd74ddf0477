CREATE TABLE "exam_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"package_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"date" date NOT NULL,
	"status" text NOT NULL,
	"price_fen" integer NOT NULL,
	"hold_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "exam_capacity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"date" date NOT NULL,
	"package_id" uuid,
	"capacity" integer NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "exam_capacity_booked_within" CHECK ("exam_capacity"."booked" >= 0 and "exam_capacity"."booked" <= "exam_capacity"."capacity")
);
--> statement-breakpoint
CREATE TABLE "exam_packages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"items" jsonb NOT NULL,
	"price_fen" integer NOT NULL,
	"sex" text DEFAULT 'any' NOT NULL,
	"age_min" integer,
	"age_max" integer,
	"notes" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "exam_packages_code_unique" UNIQUE("code"),
	CONSTRAINT "exam_packages_sex" CHECK ("exam_packages"."sex" in ('male', 'female', 'any')),
	CONSTRAINT "exam_packages_price" CHECK ("exam_packages"."price_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "vaccinations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vaccine_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"dose_no" integer NOT NULL,
	"date" date NOT NULL,
	"status" text NOT NULL,
	"price_fen" integer NOT NULL,
	"hold_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	"given_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "vaccine_capacity" (
	"vaccine_id" uuid NOT NULL,
	"date" date NOT NULL,
	"capacity" integer NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "vaccine_capacity_vaccine_id_date_pk" PRIMARY KEY("vaccine_id","date"),
	CONSTRAINT "vaccine_capacity_booked_within" CHECK ("vaccine_capacity"."booked" >= 0 and "vaccine_capacity"."booked" <= "vaccine_capacity"."capacity")
);
--> statement-breakpoint
CREATE TABLE "vaccine_doses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"vaccine_id" uuid NOT NULL,
	"dose_no" integer NOT NULL,
	"given_on" date NOT NULL,
	"vaccination_id" uuid,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "vaccine_doses_dose_no" CHECK ("vaccine_doses"."dose_no" >= 1)
);
--> statement-breakpoint
CREATE TABLE "vaccines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"manufacturer" text NOT NULL,
	"doses" integer NOT NULL,
	"interval_days" integer DEFAULT 0 NOT NULL,
	"age_min" integer,
	"age_max" integer,
	"sex" text DEFAULT 'any' NOT NULL,
	"price_fen" integer NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "vaccines_code_unique" UNIQUE("code"),
	CONSTRAINT "vaccines_doses" CHECK ("vaccines"."doses" between 1 and 10),
	CONSTRAINT "vaccines_interval" CHECK ("vaccines"."interval_days" >= 0),
	CONSTRAINT "vaccines_sex" CHECK ("vaccines"."sex" in ('male', 'female', 'any'))
);
--> statement-breakpoint
ALTER TABLE "exam_bookings" ADD CONSTRAINT "exam_bookings_package_id_exam_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."exam_packages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_bookings" ADD CONSTRAINT "exam_bookings_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_bookings" ADD CONSTRAINT "exam_bookings_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_capacity" ADD CONSTRAINT "exam_capacity_package_id_exam_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."exam_packages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vaccinations" ADD CONSTRAINT "vaccinations_vaccine_id_vaccines_id_fk" FOREIGN KEY ("vaccine_id") REFERENCES "public"."vaccines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vaccinations" ADD CONSTRAINT "vaccinations_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vaccinations" ADD CONSTRAINT "vaccinations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vaccine_capacity" ADD CONSTRAINT "vaccine_capacity_vaccine_id_vaccines_id_fk" FOREIGN KEY ("vaccine_id") REFERENCES "public"."vaccines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vaccine_doses" ADD CONSTRAINT "vaccine_doses_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vaccine_doses" ADD CONSTRAINT "vaccine_doses_vaccine_id_vaccines_id_fk" FOREIGN KEY ("vaccine_id") REFERENCES "public"."vaccines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vaccine_doses" ADD CONSTRAINT "vaccine_doses_vaccination_id_vaccinations_id_fk" FOREIGN KEY ("vaccination_id") REFERENCES "public"."vaccinations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exam_bookings_patient_day_uq" ON "exam_bookings" USING btree ("patient_id","date") WHERE "exam_bookings"."status" in ('held', 'confirmed');--> statement-breakpoint
CREATE INDEX "exam_bookings_account_idx" ON "exam_bookings" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "exam_bookings_hold_idx" ON "exam_bookings" USING btree ("status","hold_expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "exam_capacity_package_day_uq" ON "exam_capacity" USING btree ("date","package_id") WHERE "exam_capacity"."package_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "exam_capacity_centre_day_uq" ON "exam_capacity" USING btree ("date") WHERE "exam_capacity"."package_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "vaccinations_open_uq" ON "vaccinations" USING btree ("patient_id","vaccine_id") WHERE "vaccinations"."status" in ('held', 'confirmed');--> statement-breakpoint
CREATE UNIQUE INDEX "vaccinations_dose_uq" ON "vaccinations" USING btree ("patient_id","vaccine_id","dose_no") WHERE "vaccinations"."status" in ('held', 'confirmed', 'given');--> statement-breakpoint
CREATE INDEX "vaccinations_account_idx" ON "vaccinations" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "vaccinations_hold_idx" ON "vaccinations" USING btree ("status","hold_expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "vaccine_doses_uq" ON "vaccine_doses" USING btree ("patient_id","vaccine_id","dose_no");