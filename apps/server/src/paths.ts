import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** apps/server, whether running from src/ (tsx, tests) or from the dist/ bundle. */
export const serverRoot = path.resolve(here, here.endsWith(`${path.sep}dist`) ? '..' : '..');
export const migrationsFolder = path.join(serverRoot, 'drizzle');
export const staticAppDirs = {
  patientDir: path.resolve(serverRoot, '../patient/dist/h5'),
  consoleDir: path.resolve(serverRoot, '../console/dist'),
};
