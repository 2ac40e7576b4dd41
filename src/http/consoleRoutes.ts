import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import { type RuruClientConfig, ruruHTML } from 'ruru/server';
import { serveStatic as ruruStatic } from 'ruru/static';

/** The console's client-side routes: each serves index.html, and the single-page app takes it from there. */
const CONSOLE_ROUTES = /^\/(?:$|import(?:\/[^/]+)?$|imports(?:\/[^/]+)?$|explorer$|remotes(?:\/(?:get|sync))?$|promotions$|objects\/[^/]+(?:\/graph)?$)/;

/**
 * Everything a browser opens: the web console (web/dist, built by `npm run build`) at `/`, and an offline
 * GraphQL IDE (ruru, from its own bundled files) at `/graphiql`. Nothing is loaded from outside this server. A
 * browser opening `/graphql` itself is sent to the IDE.
 */
export function mountConsole(app: Express, consoleDir = findConsoleDir()): void {
  app.get('/graphql', redirectBrowsersToIde());
  app.get('/graphiql', (_req, res) => {
    res.set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' }).send(ideHtml);
  });
  app.get('/graphiql/static/*file', ruruStatic('/graphiql/static/') as RequestHandler);
  app.use(
    '/assets',
    express.static(path.join(consoleDir, 'assets'), { immutable: true, maxAge: '1y', index: false }),
    // Answered here: the default handler's page would name the file's path on this server.
    (_req, res) => void res.status(404).type('text/plain').send('Not found'),
  );
  app.get(CONSOLE_ROUTES, consolePage(consoleDir));
}

/** The repository's web/dist, found from this module in src/http (tests) or dist/src/http (npm start). */
function findConsoleDir(): string {
  let dir = import.meta.dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'web', 'dist');
}

/** Strict: the console loads scripts, styles and workers from this server only, and talks to it only. */
const CONSOLE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** index.html, read again when a new build replaced it (its assets' names change with every build). */
function consolePage(consoleDir: string): RequestHandler {
  const indexFile = path.join(consoleDir, 'index.html');
  let cached: { mtimeMs: number; html: string } | null = null;
  return (_req, res) => {
    const mtimeMs = statSync(indexFile, { throwIfNoEntry: false })?.mtimeMs;
    if (mtimeMs !== undefined && cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: readFileSync(indexFile, 'utf8') };
    const html = mtimeMs === undefined ? null : cached!.html;
    if (!html) {
      res.status(503).type('text/plain').send('The web console is not built: run `npm run build` (or `npm run build:web`), then reload.');
      return;
    }
    res.set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', 'Content-Security-Policy': CONSOLE_POLICY }).send(html);
  };
}

function redirectBrowsersToIde(): RequestHandler {
  return (req, res, next) => {
    const wantsPage = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (wantsPage && req.query.query === undefined) res.redirect(302, '/graphiql');
    else next();
  };
}

/**
 * ruru's page with its files served from here (left at its defaults it loads them from a CDN). When the console
 * is signed in in this tab, the IDE starts with its bearer token in the headers editor.
 */
const ideHtml = ruruHTML({
  endpoint: '/graphql',
  staticPath: '/graphiql/static/',
  // ruru-types declares every client option as required; they are optional at run time.
  clientConfig: {
    defaultQuery: '# Every request needs a bearer token: set it under Headers below.\n{\n  registry { name uuid address }\n  me { name roles }\n}\n',
  } as Partial<RuruClientConfig> as RuruClientConfig,
  htmlParts: {
    titleTag: '<title>Registry Bridge · GraphQL IDE</title>',
    configScript: (original) =>
      `${original}
    <script>
      try {
        const token = sessionStorage.getItem('registry-bridge.token');
        if (token) RURU_CONFIG.initialHeaders = JSON.stringify({ Authorization: 'Bearer ' + token }, null, 2);
      } catch {}
    </script>`,
  },
});
