import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('config', () => {
  it('has defaults that work on a fresh machine', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, simulators: true, env: 'development' });
    expect(c.dataDir).toMatch(/data$/);
    expect(c.sms.provider).toBe('simulator');
  });

  it('stops with a message naming the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ SIMULATORS: 'maybe' })).toThrow(/SIMULATORS/);
  });

  it('forces simulators off in production and demands real secrets there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SIMULATORS: 'on' })).toThrow(/AUTH_SECRET/);
    const secrets = {
      AUTH_SECRET: 'x'.repeat(40),
      FIELD_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
      FIELD_KEY_ACTIVE: 'k1',
      BLIND_INDEX_KEY: Buffer.alloc(32, 9).toString('base64'),
    };
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40) })).toThrow(/FIELD_KEYS/);
    const c = loadConfig({
      NODE_ENV: 'production',
      SIMULATORS: 'on',
      ...secrets,
      TENCENT_SMS_SECRET_ID: 'id',
      TENCENT_SMS_SECRET_KEY: 'key',
      TENCENT_SMS_SDK_APP_ID: '1400000001',
    });
    expect(c.simulators).toBe(false);
    expect(c.sms.provider).toBe('tencent');
    expect(() => loadConfig({ NODE_ENV: 'production', ...secrets })).toThrow(/TENCENT_SMS/);
    expect(() => loadConfig({ FIELD_KEYS: 'k1:c2hvcnQ=', FIELD_KEY_ACTIVE: 'k1' })).toThrow(/FIELD_KEYS/);
  });
});
