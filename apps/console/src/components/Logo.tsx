import { brand } from '../theme';

/** The 杏林 mark: an apricot blossom on a jade tile. */
export default function Logo({ size = 32 }: { size?: number }) {
  const petals = [0, 72, 144, 216, 288].map((deg) => {
    const rad = ((deg - 90) * Math.PI) / 180;
    return { x: 32 + 12.5 * Math.cos(rad), y: 32 + 12.5 * Math.sin(rad) };
  });
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" role="img" aria-label="杏林 Xinglin">
      <rect width="64" height="64" rx="14" fill={brand.primary} />
      <g fill="#ffffff">
        {petals.map((p) => (
          <circle key={`${p.x}-${p.y}`} cx={p.x} cy={p.y} r="8.5" />
        ))}
      </g>
      <circle cx="32" cy="32" r="6" fill={brand.apricot} />
    </svg>
  );
}
