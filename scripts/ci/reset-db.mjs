// CI: give this run an empty database by dropping and recreating the schemas the app uses.
import pg from 'pg';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;');
await client.end();
console.log('[ci] database schemas reset');
