/**
 * Group commit: work submitted while a batch runs waits and goes into the next batch, which runs as soon as the
 * current one has finished. Under load (several LIS connections) the per-transaction cost (begin, commit, WAL
 * flush) is paid once per batch; alone, a message waits for nothing but its own batch.
 */
export interface GroupCommit<T, R> {
  submit(item: T): Promise<R>;
}

interface Waiting<T, R> {
  item: T;
  resolve(result: R): void;
  reject(err: unknown): void;
}

/**
 * `run` answers one result per item, in order; a rejection of `run` rejects every item of its batch. Up to
 * `concurrency` batches run at once (PostgreSQL: the next batch's statements overlap the previous one's commit).
 */
export function createGroupCommit<T, R>(run: (items: T[]) => Promise<R[]>, maxBatch: number, concurrency = 1): GroupCommit<T, R> {
  const queue: Waiting<T, R>[] = [];
  let running = 0;
  let gathering = false;

  async function runBatch(batch: Waiting<T, R>[]): Promise<void> {
    try {
      const results = await run(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(results[i]!));
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
  }

  async function worker(): Promise<void> {
    running++;
    while (queue.length > 0) await runBatch(queue.splice(0, maxBatch));
    running--;
  }

  function pump(): void {
    if (gathering || running >= concurrency) return;
    gathering = true;
    // Frames read in the same turn of the event loop (several connections' data events) join the same batch.
    setImmediate(() => {
      gathering = false;
      if (queue.length > 0 && running < concurrency) void worker();
    });
  }

  return {
    submit: (item) =>
      new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        pump();
      }),
  };
}
