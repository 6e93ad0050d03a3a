// Serves the built site (dist/) on http://localhost:4321, the way a static
// host would: directory URLs, /404.html for missing pages, the same security
// headers as dist/_headers (written by the build).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { fixedHeaders, parseHeadersFile } from '../src/lib/securityHeaders.ts';

const dir = process.env.DIST_DIR ?? 'dist';
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`${dir}/index.html not found: run "npm run build" first.`);
  process.exit(1);
}

const notFound = readFileSync(join(dir, '404.html'));
// The same headers a static host would send from dist/_headers.
const headersPath = join(dir, '_headers');
const headers = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : fixedHeaders;
const assets = sirv(dir, { etag: true, gzip: true, extensions: ['html'], dev: false });

createServer((req, res) => {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  assets(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFound);
  });
}).listen(port, host, () => {
  console.log(`Serving ${dir}/ on http://localhost:${port}/`);
});
