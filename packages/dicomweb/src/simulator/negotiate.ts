// Accept header handling for the few media types the simulator produces.

interface MediaRange {
  type: string;
  params: Record<string, string>;
}

function parseAccept(accept: string | undefined): MediaRange[] {
  if (!accept || accept.trim() === '') return [{ type: '*/*', params: {} }];
  return accept.split(',').map((range) => {
    const [type = '', ...rest] = range.split(';').map((s) => s.trim());
    const params: Record<string, string> = {};
    for (const p of rest) {
      const eq = p.indexOf('=');
      if (eq > 0) params[p.slice(0, eq).toLowerCase()] = p.slice(eq + 1).replace(/^"|"$/g, '');
    }
    return { type: type.toLowerCase(), params };
  });
}

/** Whether a single-part type (e.g. image/png) is acceptable. */
export function acceptsType(accept: string | undefined, type: string): boolean {
  const family = `${type.split('/')[0]}/*`;
  return parseAccept(accept).some((r) => r.type === type || r.type === family || r.type === '*/*');
}

/** Whether multipart/related with the given part type is acceptable (PS3.18 §8.7.3.3). */
export function acceptsMultipart(accept: string | undefined, partType: string): boolean {
  return parseAccept(accept).some(
    (r) => r.type === '*/*' || (r.type === 'multipart/related' && (r.params.type === undefined || r.params.type === partType)),
  );
}

export const headerValue = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value.join(', ') : value;
