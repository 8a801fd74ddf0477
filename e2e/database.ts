import pg from 'pg';

/**
 * A database of its own for the browser tests' server on a PostgreSQL server (CI points every test at one database,
 * where server tests run at the same time and change shared things such as a department's check-in code). Created
 * empty (the server migrates and seeds it on start) and dropped afterwards.
 */
export async function freshDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `xinglin_e2e_${process.pid}_${Date.now()}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists "${name}" with (force)`) };
}
