import { loadConfig } from '../config';
import { createDatabase } from '../db/client';
import { createAuditService } from '../modules/audit/service';

// npm run audit:verify — walks the audit hash chain; exits 1 and names the first broken link if there is one.
const config = loadConfig();
const database = createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const result = await createAuditService({ db: database.db }).verify();
await database.close();
if (result.ok) {
  console.log(`audit chain intact: ${result.rows} rows`);
} else {
  console.error(`audit chain BROKEN at seq ${result.brokenAt} (${result.reason}); ${result.rows} rows before it verify`);
  process.exitCode = 1;
}
