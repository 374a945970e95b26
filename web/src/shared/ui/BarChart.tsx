import { useId } from "react";

export interface Bar {
  label: string;
  value: number;
  /** Fill of the bar; the value is always written beside it, so colour is never the only cue. */
  color: string;
}

/**
 * A horizontal bar chart in inline SVG: every bar carries its label and value as text, the
 * figure is named by its caption, and the same figures are in a table next to it (WCAG 1.1.1).
 */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 34;
  const labelWidth = 260;
  const width = 640;
  const barSpace = width - labelWidth - 60;
  const height = bars.length * row + 8;
  return (
    <figure style={{ margin: 0 }}>
      <svg role="img" aria-labelledby={`${id}-t`} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width, display: "block" }}>
        <title id={`${id}-t`}>{`${title}: ${bars.map((b) => `${b.label} — ${b.value}`).join("; ")}`}</title>
        {bars.map((b, i) => {
          const y = i * row + 4;
          const w = Math.round((b.value / max) * barSpace);
          return (
            <g key={b.label}>
              <text x={labelWidth - 8} y={y + 19} textAnchor="end" fontSize="14" fill="#212529">
                {b.label}
              </text>
              <rect x={labelWidth} y={y + 4} width={Math.max(w, 2)} height={row - 10} fill={b.color} stroke="#495057" strokeWidth="1" />
              <text x={labelWidth + Math.max(w, 2) + 6} y={y + 19} fontSize="14" fontWeight="700" fill="#212529">
                {b.value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
