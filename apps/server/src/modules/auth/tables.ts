import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const staffRole = pgEnum('staff_role', ['doctor', 'pharmacist', 'admin', 'auditor']);
export const subjectKind = pgEnum('subject_kind', ['patient', 'staff']);

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

/** One person = one patient account, keyed by the verified phone number. */
export const accounts = pgTable('accounts', {
  id: uuid().primaryKey().defaultRandom(),
  /** Blind index of the phone (lookup without decrypting); the number itself is only in phoneEnc. */
  phoneIndex: text().notNull().unique(),
  phoneEnc: text().notNull(),
  displayName: text().notNull(),
  createdAt: createdAt(),
  lastLoginAt: timestamp({ withTimezone: true }),
});

export const staffUsers = pgTable('staff_users', {
  id: uuid().primaryKey().defaultRandom(),
  username: text().notNull().unique(),
  passwordHash: text().notNull(),
  displayName: text().notNull(),
  role: staffRole().notNull(),
  /** For doctors: their entry in the public catalogue (doctors.id). */
  doctorId: uuid(),
  /** TOTP shared secret, encrypted (context staff_users.totp_secret:<id>). */
  totpSecretEnc: text(),
  /** The last accepted TOTP time step: a code is never accepted twice (RFC 6238 §5.2). */
  totpLastStep: integer(),
  failedAttempts: integer().notNull().default(0),
  lockedUntil: timestamp({ withTimezone: true }),
  lastLoginAt: timestamp({ withTimezone: true }),
  /** For the "likely relative" alert: surname and the blind index of the home address. */
  surname: text(),
  addressIndex: text(),
  createdAt: createdAt(),
  disabledAt: timestamp({ withTimezone: true }),
});

/** Other ways into the same account (WeChat openid/unionid): one person = one account however they log in. */
export const accountIdentities = pgTable(
  'account_identities',
  {
    id: uuid().primaryKey().defaultRandom(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    provider: text().notNull(),
    subject: text().notNull(),
    unionId: text(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('account_identities_subject_uq').on(t.provider, t.subject), index('account_identities_union_idx').on(t.unionId)],
);

/** Codes are stored as an HMAC, never in clear. */
export const smsCodes = pgTable(
  'sms_codes',
  {
    id: uuid().primaryKey().defaultRandom(),
    phoneIndex: text().notNull(),
    purpose: text().notNull(),
    codeHash: text().notNull(),
    attempts: integer().notNull().default(0),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    consumedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('sms_codes_phone_created_idx').on(t.phoneIndex, t.createdAt)],
);

/**
 * A session is one token family: the access token and the current refresh token (both hashed).
 * Refreshing rotates both in place; presenting the previous refresh token again revokes the family.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    subjectKind: subjectKind().notNull(),
    accountId: uuid().references(() => accounts.id),
    staffId: uuid().references(() => staffUsers.id),
    accessHash: text().notNull().unique(),
    accessExpiresAt: timestamp({ withTimezone: true }).notNull(),
    refreshHash: text().notNull().unique(),
    previousRefreshHash: text(),
    refreshExpiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: createdAt(),
    rotatedAt: timestamp({ withTimezone: true }),
    /** Staff sessions end after a period without requests (idle timeout). */
    lastSeenAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    revokeReason: text(),
    userAgent: text(),
    ip: text(),
  },
  (t) => [
    index('sessions_previous_refresh_idx').on(t.previousRefreshHash),
    check('sessions_one_subject', sql`(${t.accountId} is null) <> (${t.staffId} is null)`),
  ],
);
