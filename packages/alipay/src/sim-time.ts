/** "2026-11-26 10:00:00": Alipay's Beijing-time timestamps. */
export function alipayTime(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}
