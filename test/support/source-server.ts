// A real local HTTP server (port 0, loopback only) serving the source fixtures and the failures a URL input
// meets: a 404, a redirect, a slow answer, an oversized body, a body with no type.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/sources/${name}`, import.meta.url));
export const readFixture = (name: string) => readFileSync(fixture(name), 'utf8');

export interface SourceServer {
  url: (path: string) => string;
  /** The user agent of the last request. */
  lastUserAgent: () => string | undefined;
  close: () => Promise<void>;
}

export const OVERSIZED_BYTES = 256 * 1024;

export async function startSourceServer(): Promise<SourceServer> {
  let userAgent: string | undefined;
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((request, response) => {
    userAgent = request.headers['user-agent'];
    const send = (status: number, type: string | null, body: string | Buffer) => {
      response.writeHead(status, type ? { 'content-type': type } : {});
      response.end(body);
    };
    switch (request.url) {
      case '/news/council-vote':
        return send(200, 'text/html; charset=utf-8', readFixture('council-vote.html'));
      case '/feed':
        return send(200, 'application/rss+xml', readFixture('harbour-feed.rss'));
      case '/wire':
        return send(200, 'application/x-ndjson', readFixture('wire.jsonl'));
      case '/plain':
        return send(200, 'text/plain', 'Bridge reopens in Fernley\n\nThe Fernley bridge reopened on Friday, the county said.\n');
      case '/untyped-page':
        // No Content-Type: the body's first bytes tell it is a page.
        return send(200, null, '<!doctype html><html><body><article><p>The Ostwick ferry ran again on Sunday, its owners said.</p></article></body></html>');
      case '/latin1':
        return send(200, 'text/plain; charset=iso-8859-1', Buffer.from('Caf\xe9 closes in Brennock\n\nThe caf\xe9 closed on Monday.\n', 'latin1'));
      case '/report.pdf':
        return send(200, 'application/pdf', readFileSync(fixture('statement.pdf')));
      case '/old-address':
        response.writeHead(301, { location: '/news/council-vote' });
        return response.end();
      case '/slow': {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<!doctype html><html><body><p>The first paragraph arrives');
        // The rest never comes within the test's time limit; the timer is cleared when the server closes.
        const timer = setTimeout(() => response.end('</p></body></html>'), 30_000);
        timers.add(timer);
        return;
      }
      case '/huge': {
        // Streamed without a Content-Length, so only counting the bytes can stop it.
        response.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = Buffer.alloc(16 * 1024, 'a');
        for (let sent = 0; sent < OVERSIZED_BYTES; sent += chunk.length) response.write(chunk);
        return response.end();
      }
      case '/huge-declared':
        response.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(OVERSIZED_BYTES) });
        return response.end(Buffer.alloc(OVERSIZED_BYTES, 'a'));
      case '/broken':
        return send(500, 'text/plain', 'internal error');
      default:
        return send(404, 'text/plain', 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    lastUserAgent: () => userAgent,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
