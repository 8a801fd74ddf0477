// The floor of npm run bench:hl7, measured in the same run on the same machine: the same messages, senders and
// group commit, but each batch stores only the raw messages, one insert in its own transaction, before the ACKs go
// out. Nothing can store a message durably and answer it faster over MLLP here, so messages/s ÷ this is how much of
// the machine's reach the real ingest (matching, reports, lines, outbox) keeps; the machine is shared and its speed
// differs from one session to the next by up to 2×, so the absolute rate alone says little.
import type net from 'node:net';
import { createMllpServer, handleMessage } from '@xinglin/hl7';
import { sql } from 'drizzle-orm';
import type { Db } from '../apps/server/src/db/client';
import { createGroupCommit } from '../apps/server/src/modules/reports/group-commit';
import { startSenders, type SenderMessage } from './hl7-senders';

export interface FloorOptions {
  db: Db;
  /** PostgreSQL: a plain statement (autocommit), as the ingest's fast path; PGlite: a transaction. */
  autocommit: boolean;
  messages: SenderMessage[];
  connections: number;
  window: number;
  concurrency: number;
}

export async function measureFloor(o: FloorOptions): Promise<{ messagesPerSec: number; acked: number }> {
  await o.db.transaction((tx) => tx.execute(sql`create table if not exists bench_floor (id bigserial primary key, body text not null)`));
  const insert = (bodies: string[]) => sql`insert into bench_floor (body) select jsonb_array_elements_text(${JSON.stringify(bodies)}::jsonb)`;
  const batches = createGroupCommit(
    async (bodies: string[]) => {
      if (o.autocommit) await o.db.execute(insert(bodies));
      else await o.db.transaction((tx) => tx.execute(insert(bodies)));
      return bodies.map(() => true);
    },
    64,
    o.concurrency,
  );
  const answer = async (bytes: Buffer) => {
    const result = handleMessage(bytes);
    await batches.submit(bytes.toString('latin1'));
    return result.ack;
  };
  const server = createMllpServer({ onMessage: answer, onMessages: (frames) => Promise.all(frames.map(answer)), onError: () => undefined });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const senders = await startSenders({ port: (server.address() as net.AddressInfo).port, connections: o.connections, window: o.window, messages: o.messages });
  try {
    const run = await senders.run();
    return { messagesPerSec: Math.round(o.messages.length / run.seconds), acked: run.codes.AA ?? 0 };
  } finally {
    await senders.close();
    await new Promise((resolve) => server.close(resolve));
    await o.db.transaction((tx) => tx.execute(sql`drop table bench_floor`));
  }
}
