import { doublePrecision, integer, pgTable, uuid } from 'drizzle-orm/pg-core';
import { departments } from '../catalog/tables';

/**
 * Where a department checks in (签到点): a point and a radius for "I'm here", and the key version of the QR code
 * posted there. Raising the version (a new poster) makes every older code invalid.
 */
export const checkInPoints = pgTable('check_in_points', {
  departmentId: uuid()
    .primaryKey()
    .references(() => departments.id),
  latitude: doublePrecision().notNull(),
  longitude: doublePrecision().notNull(),
  radiusMetres: integer().notNull().default(500),
  keyVersion: integer().notNull().default(1),
});
