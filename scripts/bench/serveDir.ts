// A plain static server for the benchmark: the same for our site and for
// Starlight, sending the precompressed .gz files both sites get.
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

export function serveDir(dir: string, port: number): Promise<Server> {
  const assets = sirv(dir, { gzip: true, extensions: ['html'], dev: false });
  const server = createServer((req, res) =>
    assets(req, res, () => {
      res.writeHead(404);
      res.end('not found');
    }),
  );
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
