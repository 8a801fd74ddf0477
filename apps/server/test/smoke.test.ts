import { describe, expect, it } from 'vitest';
import { buildTestApp } from './helper';

describe('smoke', async () => {
  const t = await buildTestApp();
  it('answers healthz', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.json()).toEqual({ status: 'ready', database: true, migrations: true });
  });
});
