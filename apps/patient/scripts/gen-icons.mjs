// Draws the tab-bar, tile and empty-state icons as PNGs (run: npm run icons -w apps/patient).
// The PNGs are committed; nothing is fetched from the internet.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  above, below, box, circle, intersect, line, polygon, render, stroke, union,
} from './lib/raster.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'assets');

const pin = union(circle(12, 9.5, 6.5), polygon([[6.6, 12.6], [17.4, 12.6], [12, 21.5]]));
const glyphs = {
  home: union(
    line([[3, 11], [12, 3.5], [21, 11]]),
    stroke(box(5.5, 9.5, 18.5, 20.5, 2)),
    box(10.25, 14, 13.75, 20.5, 0.8),
  ),
  visits: union(
    stroke(box(5, 4.5, 19, 21, 2.2)),
    box(8.5, 2.8, 15.5, 6.8, 1.4),
    line([[12, 10], [12, 17]]),
    line([[8.5, 13.5], [15.5, 13.5]]),
  ),
  messages: union(
    stroke(union(box(3.5, 4.5, 20.5, 17, 4), polygon([[6.5, 15], [11, 15], [6.5, 20.5]]))),
    circle(8, 10.8, 1.3), circle(12, 10.8, 1.3), circle(16, 10.8, 1.3),
  ),
  me: union(
    stroke(circle(12, 8.2, 3.9)),
    intersect(stroke(circle(12, 21.5, 7.6)), above(20.6)),
    line([[4.4, 20.6], [19.6, 20.6]]),
  ),
  booking: union(
    stroke(box(3.5, 5, 20.5, 20.5, 2.5)),
    line([[3.5, 9.8], [20.5, 9.8]]),
    line([[8, 3], [8, 6.5]]), line([[16, 3], [16, 6.5]]),
    line([[8.3, 14.8], [11, 17.4], [15.8, 12.6]]),
  ),
  triage: union(
    line([[6, 3.5], [6, 9.5]]), line([[13, 3.5], [13, 9.5]]),
    intersect(stroke(circle(9.5, 9.5, 3.5)), below(9.5)),
    line([[9.5, 13], [9.5, 16]]),
    intersect(stroke(circle(13.25, 16, 3.75)), below(16)),
    line([[17, 16], [17, 14.8]]),
    stroke(circle(17, 12.4, 2.4)),
  ),
  reports: union(
    stroke(box(5, 3, 19, 21, 2.2)),
    line([[8.5, 8], [15.5, 8]]), line([[8.5, 12], [15.5, 12]]), line([[8.5, 16], [12.5, 16]]),
  ),
  consult: union(
    stroke(union(box(3, 4, 21, 17, 4), polygon([[6, 15], [10.5, 15], [6, 20.8]]))),
    line([[12, 7.2], [12, 13.8]]), line([[8.7, 10.5], [15.3, 10.5]]),
  ),
  payment: union(
    stroke(circle(12, 12, 9)),
    line([[8.6, 6.8], [12, 11.2], [15.4, 6.8]]),
    line([[12, 11.2], [12, 17.6]]),
    line([[8.8, 12.2], [15.2, 12.2]]), line([[8.8, 15], [15.2, 15]]),
  ),
  navigation: union(stroke(pin), circle(12, 9.5, 2.4)),
  hourglass: union(
    line([[6, 3.5], [18, 3.5]]), line([[6, 20.5], [18, 20.5]]),
    stroke(polygon([[7.5, 3.5], [16.5, 3.5], [12, 12], [16.5, 20.5], [7.5, 20.5], [12, 12]])),
  ),
  chevron: line([[9, 5], [16, 12], [9, 19]], 2.4),
  shield: union(
    stroke(polygon([[12, 2.6], [19.6, 5.4], [19.6, 11.6], [17.6, 16.2], [12, 21.2], [6.4, 16.2], [4.4, 11.6], [4.4, 5.4]])),
    line([[8.4, 11.8], [11, 14.4], [15.8, 9.4]]),
  ),
  family: union(
    stroke(circle(8.6, 7.6, 3.3)),
    intersect(stroke(circle(8.6, 20.4, 6.4)), above(19.8)),
    line([[2.2, 19.8], [13.4, 19.8]]),
    stroke(circle(17, 9.8, 2.6)),
    intersect(intersect(stroke(circle(17, 21.2, 5.4)), above(19.8)), (x) => 15.6 - x),
    line([[16.2, 19.8], [21.8, 19.8]]),
  ),
  record: union(
    stroke(box(4.5, 3, 19.5, 21, 2.4)),
    union(circle(10, 10.4, 2.3), circle(14, 10.4, 2.3), polygon([[7.85, 11.3], [16.15, 11.3], [12, 15.8]])),
    line([[8.5, 18], [15.5, 18]]),
  ),
  managers: union(
    stroke(circle(9.6, 8.2, 3.7)),
    intersect(stroke(circle(9.6, 21.5, 7.2)), above(20.2)),
    line([[2.4, 20.2], [13.8, 20.2]]),
    line([[14.6, 12.4], [17, 14.8], [21.4, 10.2]]),
  ),
};
const outputs = [
  ...['home', 'visits', 'messages', 'me'].flatMap((n) => [
    [`tabbar/${n}.png`, n, 81, '#8A94A3'],
    [`tabbar/${n}-active.png`, n, 81, '#0F8F80'],
  ]),
  ...['booking', 'triage', 'reports', 'consult', 'payment', 'navigation'].map((n) => [
    `tiles/${n}.png`, n, 96, '#FFFFFF',
  ]),
  ...[['patients', 'me'], ['bookings', 'booking'], ['bills', 'payment'], ['reports', 'reports']].map(
    ([file, glyph]) => [`me/${file}.png`, glyph, 72, '#0F8F80'],
  ),
  ...['shield', 'family', 'record', 'managers'].map((n) => [`me/${n}.png`, n, 72, '#0F8F80']),
  ['empty/family.png', 'family', 160, '#0F8F80'],
  ['empty/record.png', 'record', 160, '#0F8F80'],
  ['empty/managers.png', 'managers', 160, '#0F8F80'],
  ['empty/visits.png', 'visits', 160, '#0F8F80'],
  ['empty/messages.png', 'messages', 160, '#0F8F80'],
  ['empty/soon.png', 'hourglass', 160, '#0F8F80'],
];

for (const [file, glyph, size, colour] of outputs) {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, render(glyphs[glyph], size, colour));
}
console.log(`icons: wrote ${outputs.length} PNGs to ${root}`);
