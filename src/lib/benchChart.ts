// A small horizontal bar chart as SVG text, for bench/RESULTS.md. Hand-written
// because it is a few lines: one group per row, one bar per series.

export interface ChartRow {
  label: string;
  values: number[];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function barChart(options: {
  title: string;
  unit: string;
  series: string[];
  rows: ChartRow[];
  colors?: string[];
}): string {
  const colors = options.colors ?? ['#1b5e9c', '#b3541e', '#4b7d3a'];
  const labelWidth = 230;
  const barArea = 420;
  const barHeight = 16;
  const rowHeight = options.series.length * (barHeight + 4) + 14;
  const top = 56;
  const height = top + options.rows.length * rowHeight + 10;
  const max = Math.max(1, ...options.rows.flatMap((r) => r.values));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + barArea + 120}" height="${height}" font-family="system-ui, sans-serif" font-size="13">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="22" font-size="16" font-weight="bold">${escapeXml(options.title)}</text>`,
  ];
  options.series.forEach((name, i) => {
    const x = 10 + i * 170;
    out.push(`<rect x="${x}" y="32" width="12" height="12" fill="${colors[i % colors.length]}"/>`);
    out.push(`<text x="${x + 18}" y="43">${escapeXml(name)}</text>`);
  });
  options.rows.forEach((row, r) => {
    const y = top + r * rowHeight;
    out.push(`<text x="10" y="${y + barHeight}">${escapeXml(row.label)}</text>`);
    row.values.forEach((value, i) => {
      const width = Math.max(1, Math.round((value / max) * barArea));
      const barY = y + i * (barHeight + 4);
      out.push(`<rect x="${labelWidth}" y="${barY}" width="${width}" height="${barHeight}" fill="${colors[i % colors.length]}"/>`);
      out.push(`<text x="${labelWidth + width + 6}" y="${barY + barHeight - 3}">${escapeXml(`${value} ${options.unit}`)}</text>`);
    });
  });
  out.push('</svg>');
  return out.join('\n');
}
