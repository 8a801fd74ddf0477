import { createProtection } from '../security/protection';
import { loadConfig } from '../config';
import { createDatabase } from '../db/client';
import { seedDemoData } from '../db/seed';

const config = loadConfig();
const database = createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await database.migrate();
const result = await seedDemoData(database.db, createProtection(config));
await database.close();
console.log(result.seeded ? `demo data loaded: ${JSON.stringify(result)}` : 'database already has a hospital; nothing loaded');
