import { describe, expect, it } from 'vitest';
import { interpretReadiness } from './service';

const now = new Date('2026-01-01T08:00:00Z');

describe('interpretReadiness', () => {
  it('reads the server\'s /readyz shape, on 200 and on 503', () => {
    expect(interpretReadiness(200, { status: 'ready', database: true, migrations: true }, now)).toEqual({
      api: 'up',
      database: 'up',
      migrations: 'up',
      checkedAt: now,
    });
    expect(interpretReadiness(503, { status: 'not_ready', database: true, migrations: false }, now)).toMatchObject({
      database: 'up',
      migrations: 'down',
    });
    expect(interpretReadiness(503, { status: 'not_ready', database: false, migrations: false }, now).database).toBe('down');
  });

  it('reads a database field at the top level or under checks', () => {
    expect(interpretReadiness(200, { status: 'ok', database: 'up' }, now)).toMatchObject({ api: 'up', database: 'up' });
    expect(interpretReadiness(200, { checks: { database: { status: 'down' } } }, now).database).toBe('down');
    expect(interpretReadiness(200, { db: true }, now).database).toBe('up');
  });

  it('treats 200 without details as ready, and 503 as database down', () => {
    expect(interpretReadiness(200, null, now)).toMatchObject({ api: 'up', database: 'up' });
    expect(interpretReadiness(503, undefined, now)).toMatchObject({ api: 'up', database: 'down' });
  });

  it('no answer means the API is down and the database unknown', () => {
    expect(interpretReadiness(0, undefined, now)).toEqual({ api: 'down', database: 'unknown', migrations: 'unknown', checkedAt: now });
  });

  it('a missing endpoint leaves the database unknown', () => {
    expect(interpretReadiness(404, undefined, now)).toMatchObject({ api: 'up', database: 'unknown' });
  });
});
