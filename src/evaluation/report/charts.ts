import * as echarts from 'echarts';

/**
 * Charts for the HTML report, rendered on the server by ECharts into inline SVG, so the report
 * is one file that opens offline and prints. No animation, no script.
 */
function render(width: number, height: number, option: echarts.EChartsCoreOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'system-ui, "PingFang SC", "Microsoft YaHei", sans-serif' },
      ...option,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export interface Bar {
  label: string;
  value: number | null;
  low?: number | null;
  high?: number | null;
}

/** One spoke per dimension, scores 0–100. Needs three or more dimensions to read as a shape. */
export function radarChart(spokes: Bar[]): string {
  return render(760, 460, {
    radar: {
      indicator: spokes.map((s) => ({ name: s.label, max: 100 })),
      radius: '58%',
      center: ['50%', '52%'],
      axisName: { color: '#333', fontSize: 12 },
      splitArea: { areaStyle: { color: ['#f7f9fc', '#eef3f9'] } },
    },
    series: [
      {
        type: 'radar',
        data: [
          {
            value: spokes.map((s) => (s.value === null ? 0 : Math.round(s.value * 1000) / 10)),
            areaStyle: { color: 'rgba(37, 99, 235, 0.25)' },
            lineStyle: { color: '#2563eb', width: 2 },
            itemStyle: { color: '#2563eb' },
            label: { show: true, formatter: '{c}', color: '#1e3a8a', fontSize: 11 },
          },
        ],
      },
    ],
  });
}

/** Horizontal bars (0–100) with 95% CI whiskers drawn as a second, thin series. */
export function barChart(bars: Bar[], options: { max?: number; color?: string } = {}): string {
  const max = options.max ?? 100;
  const scale = (x: number | null | undefined) =>
    x === null || x === undefined ? null : Math.round(x * 1000) / 10;
  const height = Math.max(120, 34 * bars.length + 60);
  return render(720, height, {
    // Server-side rendering cannot measure text, so the label column has a fixed width.
    grid: { left: 250, right: 60, top: 20, bottom: 30 },
    xAxis: { type: 'value', min: 0, max, axisLabel: { formatter: '{value}' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.label),
      axisLabel: { width: 240, overflow: 'truncate', fontSize: 11 },
    },
    series: [
      {
        type: 'bar',
        data: bars.map((b) => scale(b.value)),
        itemStyle: { color: options.color ?? '#2563eb' },
        barMaxWidth: 18,
        label: { show: true, position: 'right', formatter: '{c}', fontSize: 11 },
      },
      {
        // CI whiskers: a transparent stacked bar up to the low bound, then the interval.
        type: 'bar',
        stack: 'ci',
        data: bars.map((b) => scale(b.low)),
        itemStyle: { color: 'transparent' },
        barGap: '-100%',
        barMaxWidth: 4,
        silent: true,
      },
      {
        type: 'bar',
        stack: 'ci',
        data: bars.map((b) => {
          const low = scale(b.low);
          const high = scale(b.high);
          return low === null || high === null ? null : Math.round((high - low) * 10) / 10;
        }),
        itemStyle: { color: '#111827' },
        barMaxWidth: 4,
        silent: true,
      },
    ],
  });
}
