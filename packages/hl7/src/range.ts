/** OBX-7 reference ranges as Chinese LIS and US labs write them. */

export interface ParsedRange {
  low?: number;
  high?: number;
}

const NUM = '([+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+))';
// Anything after the numbers must start with a space or colon (units or a remark), never another digit.
const TAIL = '(?:[\\s:].*)?$';
const BETWEEN = new RegExp(`^${NUM}\\s*(?:-|~|–|—|～|－|to)\\s*${NUM}${TAIL}`, 'i');
const UPPER = new RegExp(`^(?:<=?|≤|＜)\\s*${NUM}${TAIL}`);
const LOWER = new RegExp(`^(?:>=?|≥|＞)\\s*${NUM}${TAIL}`);

/** "3.9-6.1" → {low 3.9, high 6.1}; "<5.2" → {high 5.2}; ">1.0" → {low 1.0}; anything else → {}. */
export function parseReferenceRange(text: string): ParsedRange {
  const s = text.trim();
  let m = BETWEEN.exec(s);
  if (m) {
    const low = Number(m[1]);
    const high = Number(m[2]);
    return low <= high ? { low, high } : {};
  }
  m = UPPER.exec(s);
  if (m) return { high: Number(m[1]) };
  m = LOWER.exec(s);
  if (m) return { low: Number(m[1]) };
  return {};
}
