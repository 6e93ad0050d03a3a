// /api/v1/guides.json: every guide in every language for reminder systems and
// EHRs (schema: /api/v1/guides.schema.json, kept in public/). Version 1: a field
// once published keeps its name and meaning; new fields may be added.
import type { APIRoute } from 'astro';
import { clinicCatalogue } from '../../../data/clinicCatalogue.ts';
import { absoluteUrl } from '../../../i18n/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const body = {
    $schema: absoluteUrl(site!, '/api/v1/guides.schema.json'),
    version: 1,
    site: site!.href,
    guides: await clinicCatalogue(site!),
  };
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
