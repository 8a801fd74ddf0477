import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { generateOru } from './generator';
import { handleMessage, rejectMessage } from './handle';
import { encodeMllp, MllpDecoder } from './mllp';
import { createMllpServer, MllpClient, type MllpServerOptions } from './net';
import { randomPatient, seededRandom } from './patients';

const servers: net.Server[] = [];
const sockets = new Set<net.Socket>();
afterEach(async () => {
  for (const s of sockets) s.destroy();
  sockets.clear();
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function listen(options: MllpServerOptions): Promise<number> {
  const server = createMllpServer(options);
  server.on('connection', (s: net.Socket) => sockets.add(s));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

const msa = (ack: string) => ack.split('\r').find((s) => s.startsWith('MSA'))!.split('|');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('MLLP server and client over loopback', () => {
  it('pipelines 60 messages and matches every ACK in order, even when early messages are slower', async () => {
    let active = 0;
    let maxActive = 0;
    const port = await listen({
      maxPendingFrames: 4,
      onMessage: async (bytes) => {
        active++;
        maxActive = Math.max(maxActive, active);
        // Earlier messages take longer: a server that answered out of order would be caught.
        await sleep(bytes.length % 3);
        active--;
        return handleMessage(bytes).ack;
      },
    });
    const client = new MllpClient({ port });
    await client.connect();
    const rng = seededRandom(5);
    const sent = Array.from({ length: 60 }, (_, i) =>
      generateOru({ patient: randomPatient(rng), panel: 'CBC', charset: i % 2 ? 'GB18030' : 'UTF-8', rng, controlId: `M${i}` }),
    );
    const acks = await Promise.all(sent.map((g) => client.send(g.bytes)));
    expect(acks.map((a) => msa(a).slice(1, 3))).toEqual(sent.map((g) => ['AA', g.controlId]));
    expect(maxActive).toBe(1);
    await client.close();
  });

  it('stops reading from a sender that runs ahead of its ACKs (backpressure)', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const port = await listen({ maxPendingFrames: 2, onMessage: async (b) => (await gate, handleMessage(b).ack) });
    const serverSide = new Promise<net.Socket>((r) => servers[0]!.once('connection', r));
    const client = new MllpClient({ port });
    await client.connect();
    const padding = `NTE|1||${'x'.repeat(20_000)}\r`;
    const messages = Array.from({ length: 100 }, (_, i) => `MSH|^~\\&|L|H|X|X|20240101||ORU^R01|B${i}|P|2.5.1\r${padding}`);
    const acks = Promise.all(messages.map((m) => client.send(m)));
    const socket = await serverSide;
    await sleep(200);
    // 2 MB were sent; with reading paused the server holds only a few frames (plus one read chunk).
    expect(socket.bytesRead).toBeLessThan(400_000);
    open();
    expect((await acks).map((a) => msa(a)[2])).toEqual(messages.map((_, i) => `B${i}`));
    await client.close();
  });

  it('hands onMessages the frames read ahead at once, without waiting for earlier answers, and ACKs in message order', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const batches: string[][] = [];
    const port = await listen({
      maxPendingFrames: 8,
      onMessage: () => Promise.reject(new Error('onMessages is given: not used')),
      onMessages: async (frames) => {
        const index = batches.push(frames.map((f) => msa(handleMessage(f).ack.toString())[2]!)) - 1;
        await gate;
        // The first hand-over is answered last, and within one the later frames first: ACKs must follow the messages.
        if (index === 0) await sleep(50);
        return Promise.all(frames.map((f, i) => sleep(frames.length - i).then(() => handleMessage(f).ack)));
      },
    });
    const client = new MllpClient({ port });
    await client.connect();
    const rng = seededRandom(7);
    const sent = Array.from({ length: 13 }, (_, i) => generateOru({ patient: randomPatient(rng), panel: 'GLU', rng, controlId: `R${i}` }));
    const ids = sent.map((g) => g.controlId);
    const first = client.send(sent[0]!.bytes);
    await expect.poll(() => batches.length).toBe(1);
    const rest = sent.slice(1).map((g) => client.send(g.bytes));
    await sleep(100);
    // R0 alone; the frames read while it waits go over together at once, up to maxPendingFrames (8) unanswered.
    expect(batches).toEqual([['R0'], ids.slice(1, 8)]);
    open();
    const acks = await Promise.all([first, ...rest]);
    expect(acks.map((a) => msa(a).slice(1, 3))).toEqual(ids.map((id) => ['AA', id]));
    expect(batches.flat()).toEqual(ids);
    await client.close();
  });

  it('handles frames split across writes and several frames in one write', async () => {
    const port = await listen({ onMessage: (bytes) => handleMessage(bytes).ack });
    const rng = seededRandom(9);
    const frames = [0, 1, 2].map((i) => encodeMllp(generateOru({ patient: randomPatient(rng), panel: 'GLU', rng, controlId: `S${i}` }).bytes));
    const socket = net.connect(port, '127.0.0.1');
    const decoder = new MllpDecoder();
    const acks: string[] = [];
    socket.on('data', (c: Buffer) => decoder.push(c).forEach((e) => e.kind === 'frame' && acks.push(e.data.toString())));
    await new Promise((r) => socket.once('connect', r));
    socket.write(frames[0]!.subarray(0, 10));
    await sleep(20);
    socket.write(Buffer.concat([frames[0]!.subarray(10), frames[1]!, frames[2]!]));
    await expect.poll(() => acks.length).toBe(3);
    expect(acks.map((a) => msa(a)[2])).toEqual(['S0', 'S1', 'S2']);
    socket.destroy();
  });

  it('answers an oversized frame with AR and keeps serving the connection', async () => {
    const port = await listen({
      maxFrameBytes: 2000,
      onMessage: (bytes) => handleMessage(bytes).ack,
      onOversize: (head, size) => rejectMessage(head, `frame of ${size} bytes exceeds 2000`).ack,
    });
    const client = new MllpClient({ port });
    await client.connect();
    const big = `MSH|^~\\&|LIS|H|X|X|20240101||ORU^R01|BIG1|P|2.5.1\rNTE|1||${'x'.repeat(5000)}\r`;
    const small = generateOru({ patient: randomPatient(seededRandom(1)), panel: 'GLU', controlId: 'SMALL' }).bytes;
    const [a, b] = await Promise.all([client.send(big), client.send(small)]);
    expect(msa(a).slice(1, 3)).toEqual(['AR', 'BIG1']);
    expect(msa(a)[3]).toMatch(/^frame of \d{4} bytes exceeds 2000$/);
    expect(msa(b).slice(1, 3)).toEqual(['AA', 'SMALL']);
    await client.close();
  });

  it('does not close a busy connection as idle', async () => {
    const port = await listen({ idleTimeoutMs: 50, onMessage: async (b) => (await sleep(200), handleMessage(b).ack) });
    const client = new MllpClient({ port });
    await client.connect();
    expect(msa(await client.send(generateOru({ patient: randomPatient(seededRandom(2)), panel: 'GLU', controlId: 'SLOW' }).bytes))[2]).toBe('SLOW');
    await client.close();
  });

  it('fails pending sends when the server drops the connection', async () => {
    const errors: unknown[] = [];
    const port = await listen({ onMessage: () => Promise.reject(new Error('database down')), onError: (e) => errors.push(e) });
    const client = new MllpClient({ port });
    await client.connect();
    await expect(Promise.all([client.send('MSH|^~\\&|A'), client.send('MSH|^~\\&|B')])).rejects.toThrow(/closed before the ACK/);
    expect(String(errors[0])).toMatch(/database down/);
  });

  it('closes a connection that stays idle', async () => {
    const port = await listen({ idleTimeoutMs: 100, onMessage: (b) => handleMessage(b).ack });
    const socket = net.connect(port, '127.0.0.1');
    const started = Date.now();
    await new Promise((r) => socket.once('close', r));
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });

  it('rejects a send that gets no ACK in time and one made before connecting', async () => {
    const port = await listen({ onMessage: () => new Promise(() => {}) });
    const client = new MllpClient({ port, ackTimeoutMs: 100 });
    await expect(client.send('x')).rejects.toThrow(/not connected/);
    await client.connect();
    await expect(client.send('MSH|^~\\&|A')).rejects.toThrow(/no ACK within 100 ms/);
  });
});
