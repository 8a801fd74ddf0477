import { loadConfig } from '../config';
import { createDatabase } from '../db/client';
import { rotateKeys } from '../security/key-rotation';
import { createProtection } from '../security/protection';

// npm run keys:rotate — after adding the new key to FIELD_KEYS and making it FIELD_KEY_ACTIVE on every copy.
const config = loadConfig();
const database = createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await database.migrate();
const report = await rotateKeys(database.db, createProtection(config), config.fieldKeyActive);
await database.close();
console.log(JSON.stringify(report));
