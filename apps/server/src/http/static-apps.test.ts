import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './static-apps';

describe('inline script hashes for the CSP', () => {
  it('hashes inline scripts and ignores external ones', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'xl-static-'));
    const patientDir = path.join(root, 'h5');
    mkdirSync(patientDir);
    writeFileSync(path.join(patientDir, 'index.html'), '<html><script>var a=1</script><script src="/app.js"></script><script defer>b()</script></html>');
    const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(inlineScriptHashes({ patientDir, consoleDir: path.join(root, 'missing') })).toEqual([sha('var a=1'), sha('b()')]);
  });
});
