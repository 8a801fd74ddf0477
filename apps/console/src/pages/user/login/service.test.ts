import { describe, expect, it } from 'vitest';
import { safeRedirect } from './service';

describe('safeRedirect', () => {
  it('keeps in-app paths', () => {
    expect(safeRedirect('/hospital/doctors?page=2')).toBe('/hospital/doctors?page=2');
  });

  it('refuses other sites, protocol-relative URLs and the login page itself', () => {
    for (const bad of [null, '', 'https://evil.example', '//evil.example', '/login?redirect=/x', 'javascript:alert(1)']) {
      expect(safeRedirect(bad)).toBe('/');
    }
  });
});
