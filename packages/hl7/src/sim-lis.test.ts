import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { handleMessage } from './handle';
import type { InboundReport } from './model';
import { createMllpServer } from './net';
import { runSimLis } from './sim-lis';

describe('runSimLis', () => {
  it('sends N messages for the given patient and counts the ACK codes', async () => {
    const reports: InboundReport[] = [];
    let n = 0;
    const server = createMllpServer({
      onMessage: (bytes) => {
        // Every fifth message is answered as if its content were wrong, to see AE counted.
        const r = handleMessage(++n % 5 === 0 ? Buffer.from(bytes.toString('latin1').replace(/\rPID\|[^\r]*/, ''), 'latin1') : bytes);
        if (r.report) reports.push(r.report);
        return r.ack;
      },
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      const summary = await runSimLis({ count: 25, host: '127.0.0.1', port, seed: 1, patient: { idNumber: '110105199003071234', name: '张三' } });
      expect(summary).toMatchObject({ sent: 25, AA: 20, AE: 5, AR: 0, other: 0 });
      expect(new Set(reports.map((r) => r.patient.name))).toEqual(new Set(['张三']));
      expect(reports.every((r) => r.patient.identifiers.some((i) => i.type === 'NI' && i.value === '110105199003071234'))).toBe(true);
      expect(new Set(reports.map((r) => r.version))).toEqual(new Set(['2.5.1', '2.3.1']));
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('fails when nothing listens', async () => {
    const server = createMllpServer({ onMessage: (b) => handleMessage(b).ack });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    await new Promise((r) => server.close(r));
    await expect(runSimLis({ count: 1, host: '127.0.0.1', port })).rejects.toThrow(/ECONNREFUSED/);
  });
});
