// /api/v1/guides.csv: the same rows as guides.json, one per guide and language,
// with a header row, for spreadsheets and bulk reminder tools (UTF-8, RFC 4180
// quoting by csv-stringify).
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { clinicCatalogue } from '../../../data/clinicCatalogue.ts';
import { csvColumns, csvRow } from '../../../lib/catalogueCsv.ts';

export const GET: APIRoute = async ({ site }) => {
  const rows = (await clinicCatalogue(site!)).flatMap((g) => g.languages.map(csvRow));
  // A byte-order mark so spreadsheet programs read the file as UTF-8.
  const text = '\uFEFF' + stringify(rows, { header: true, columns: csvColumns });
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
