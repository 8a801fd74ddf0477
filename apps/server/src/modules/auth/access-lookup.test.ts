import { describe, expect, it } from 'vitest';
import { bulkVerifiedPatients } from '../../../test/bulk-patients';
import { buildTestApp } from '../../../test/helper';

/** Many requests at once share lookup statements: each must still get its own session, and only a live one. */
describe('access token lookup under a rush', async () => {
  const t = await buildTestApp();
  const me = (authorization: string) => t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization } });

  it('answers every simultaneous request with its own account; revoked and unknown tokens are refused', async () => {
    const people = await bulkVerifiedPatients(t, 60);
    const [revoked, ...live] = people;
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: revoked!.auth })).statusCode).toBe(204);
    const unknown = `Bearer xla_${'A'.repeat(43)}`;
    // The same token twice in one rush, a revoked one, an unknown one, and the rest.
    const results = await Promise.all([...live.map((p) => me(p.auth.authorization!)), me(live[0]!.auth.authorization!), me(revoked!.auth.authorization!), me(unknown)]);
    const answers = results.slice(0, live.length);
    expect(answers.every((r) => r.statusCode === 200)).toBe(true);
    expect(answers.map((r) => r.json().id)).toEqual(live.map((p) => p.accountId));
    expect(results[live.length]!.statusCode).toBe(200);
    expect(results[live.length + 1]!.statusCode).toBe(401);
    expect(results[live.length + 2]!.statusCode).toBe(401);
  });
});
