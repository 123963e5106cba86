import { useId } from 'react';

/** The look of a series: a colour class plus its own line pattern and marker, so no one needs colour to tell them apart. */
export type SeriesStyle = 'resident' | 'professional' | 'network' | 'previous' | 'single';

export type RadarSeries = { key: string; name: string; style: SeriesStyle; values: Record<string, number | undefined> };

function Marker({ x, y, style }: { x: number; y: number; style: SeriesStyle }) {
  const cls = `sp-chart-marker sp-chart-marker--${style}`;
  if (style === 'professional' || style === 'previous') return <rect className={cls} x={x - 4} y={y - 4} width={8} height={8} />;
  if (style === 'network') return <polygon className={cls} points={`${x},${y - 5} ${x + 5},${y + 4} ${x - 5},${y + 4}`} />;
  return <circle className={cls} cx={x} cy={y} r={4} />;
}

/** A label of at most two lines, split at the space nearest the middle. */
function lines(label: string): string[] {
  if (label.length <= 14 || !label.includes(' ')) return [label];
  const middle = label.length / 2;
  let best = -1;
  for (let i = 0; i < label.length; i++) if (label[i] === ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) best = i;
  return [label.slice(0, best), label.slice(best + 1)];
}

type RadarProps = {
  axes: ReadonlyArray<{ key: string; label: string }>;
  min: number;
  max: number;
  series: RadarSeries[];
  /** What the chart shows, said to screen readers; the table next to it has the numbers. */
  title: string;
};

/** A radar (spider) chart: one axis per domain, one closed line per series. Drawn as SVG, styled by CSS classes. */
export function RadarChart({ axes, min, max, series, title }: RadarProps) {
  const titleId = useId();
  const width = 480;
  const height = 400;
  const cx = width / 2;
  const cy = height / 2;
  const radius = 110;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / axes.length;
  const point = (i: number, value: number) => {
    const r = (radius * (value - min)) / (max - min || 1);
    return [cx + r * Math.cos(angle(i)), cy + r * Math.sin(angle(i))] as const;
  };
  const rings = [0.25, 0.5, 0.75, 1];
  return (
    <svg className="sp-chart sp-chart--radar" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{title}</title>
      {rings.map((ring) => (
        <polygon key={ring} className="sp-chart-grid" points={axes.map((_, i) => point(i, min + ring * (max - min)).join(',')).join(' ')} />
      ))}
      {axes.map((axis, i) => {
        const [x, y] = point(i, max);
        const [lx, ly] = [cx + (radius + 12) * Math.cos(angle(i)), cy + (radius + 12) * Math.sin(angle(i))];
        const cos = Math.cos(angle(i));
        const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
        const parts = lines(axis.label);
        const sin = Math.sin(angle(i));
        const top = sin < -0.5 ? ly - (parts.length - 1) * 17 : sin > 0.5 ? ly + 12 : ly - ((parts.length - 1) * 17) / 2 + 5;
        return (
          <g key={axis.key}>
            <line className="sp-chart-axis" x1={cx} y1={cy} x2={x} y2={y} />
            <text className="sp-chart-label" x={lx} y={top} textAnchor={anchor}>
              {parts.map((part, n) => (
                <tspan key={part} x={lx} dy={n === 0 ? 0 : 17}>
                  {part}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      <text className="sp-chart-tick" x={cx + 4} y={cy - radius - 2}>
        {String(max)}
      </text>
      <text className="sp-chart-tick" x={cx + 4} y={cy + 12}>
        {String(min)}
      </text>
      {series.map((s) => {
        const known = axes.map((axis, i) => ({ i, value: s.values[axis.key] })).filter((p): p is { i: number; value: number } => p.value !== undefined);
        const pts = known.map((p) => point(p.i, p.value));
        return (
          <g key={s.key} className={`sp-chart-series sp-chart-series--${s.style}`}>
            {pts.length > 2 ? <polygon className="sp-chart-area" points={pts.map((p) => p.join(',')).join(' ')} /> : <polyline className="sp-chart-line" points={pts.map((p) => p.join(',')).join(' ')} />}
            {pts.map(([x, y], n) => (
              <Marker key={known[n]!.i} x={x} y={y} style={s.style} />
            ))}
          </g>
        );
      })}
    </svg>
  );
}

export type LineSeries = { key: string; name: string; style: SeriesStyle; points: Array<{ on: string; value: number }> };

type LineProps = {
  min: number;
  max: number;
  series: LineSeries[];
  title: string;
  /** Short dates for the first and last moment on the axis. */
  formatDate: (isoDate: string) => string;
  small?: boolean;
};

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** Values over time: one line per series on a time axis, the scale's ends on the left. */
export function LineChart({ min, max, series, title, formatDate, small = false }: LineProps) {
  const titleId = useId();
  const width = small ? 280 : 560;
  const height = small ? 160 : 240;
  const left = 32;
  const right = 16;
  const top = 12;
  const bottom = 28;
  const days = series.flatMap((s) => s.points.map((p) => dayNumber(p.on)));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const x = (on: string) => (last === first ? (left + width - right) / 2 : left + ((dayNumber(on) - first) / (last - first)) * (width - left - right));
  const y = (value: number) => top + (1 - (value - min) / (max - min || 1)) * (height - top - bottom);
  const firstDay = series.flatMap((s) => s.points).find((p) => dayNumber(p.on) === first)?.on;
  const lastDay = series.flatMap((s) => s.points).find((p) => dayNumber(p.on) === last)?.on;
  return (
    <svg className={small ? 'sp-chart sp-chart--line sp-chart--small' : 'sp-chart sp-chart--line'} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{title}</title>
      {[min, ...((min + max) % 2 === 0 ? [(min + max) / 2] : []), max].map((v) => (
        <g key={v}>
          <line className="sp-chart-grid" x1={left} x2={width - right} y1={y(v)} y2={y(v)} />
          <text className="sp-chart-tick" x={left - 6} y={y(v) + 4} textAnchor="end">
            {String(v)}
          </text>
        </g>
      ))}
      {firstDay && (
        <text className="sp-chart-tick" x={left} y={height - 8} textAnchor="start">
          {formatDate(firstDay)}
        </text>
      )}
      {lastDay && lastDay !== firstDay && (
        <text className="sp-chart-tick" x={width - right} y={height - 8} textAnchor="end">
          {formatDate(lastDay)}
        </text>
      )}
      {series.map((s) => {
        const sorted = [...s.points].sort((a, b) => a.on.localeCompare(b.on));
        return (
          <g key={s.key} className={`sp-chart-series sp-chart-series--${s.style}`}>
            <polyline className="sp-chart-line" points={sorted.map((p) => `${x(p.on)},${y(p.value)}`).join(' ')} />
            {sorted.map((p, n) => (
              <Marker key={`${p.on}-${n}`} x={x(p.on)} y={y(p.value)} style={s.style} />
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/** The key to a chart's series: each with its line pattern and marker, as a list (not colour alone). */
export function Legend({ series, label }: { series: Array<{ key: string; name: string; style: SeriesStyle }>; label: string }) {
  return (
    <ul className="sp-chart-legend" aria-label={label}>
      {series.map((s) => (
        <li key={s.key} className="sp-chart-legend__item">
          <svg className="sp-chart-legend__swatch" viewBox="0 0 32 12" aria-hidden="true" focusable="false">
            <g className={`sp-chart-series sp-chart-series--${s.style}`}>
              <line className="sp-chart-line" x1={0} x2={32} y1={6} y2={6} />
              <Marker x={16} y={6} style={s.style} />
            </g>
          </svg>
          {s.name}
        </li>
      ))}
    </ul>
  );
}
