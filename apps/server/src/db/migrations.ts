import { readFileSync } from 'node:fs';
import path from 'node:path';
import { migrationsFolder } from '../paths';

/** How many migrations are committed (drizzle-kit's journal); /readyz compares it with what is applied. */
export function committedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}
