// The link-check benchmark's fixture: HOSTS web servers on 127.0.0.1 .. 127.0.0.HOSTS (one port), each serving
// PER_HOST pages /p/N whose answer depends only on N, and an index page on 127.0.0.1 that links every page once.
// Requests and TCP connections are counted; GET /stats on 127.0.0.1 returns them.
// Answers: N % 20 == 0 -> 404; == 1 -> 301 to /p/N/final (200); == 2 -> 405 to HEAD, 200 to GET; == 3 -> 410;
// anything else -> 200.
'use strict';
const http = require('http');
const port = Number(process.env.PORT || 7310);
const hosts = Number(process.env.HOSTS || 40);
const perHost = Number(process.env.PER_HOST || 50);
const counts = {};
let connections = 0;

function page(host, n, rest, method) {
  if (rest === '/final') return 200;
  switch (n % 20) {
    case 0: return 404;
    case 1: return 301;
    case 2: return method === 'HEAD' ? 405 : 200;
    case 3: return 410;
    default: return 200;
  }
}

function index() {
  const links = [];
  for (let h = 1; h <= hosts; h++) {
    for (let n = 0; n < perHost; n++) {
      const url = `http://127.0.0.${h}:${port}/p/${n}`;
      links.push(`<li><a href="${url}">${url}</a></li>`);
    }
  }
  return `<!doctype html><html><head><title>linkbench</title></head><body><ul>\n${links.join('\n')}\n</ul></body></html>\n`;
}

const indexHtml = index();
for (let h = 1; h <= hosts; h++) {
  const ip = `127.0.0.${h}`;
  http.createServer((req, res) => {
    const key = `${ip} ${req.method}`;
    counts[key] = (counts[key] || 0) + 1;
    const done = (code, headers, body) => {
      res.writeHead(code, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.url === '/index.html' && h === 1) return done(200, { 'Content-Type': 'text/html' }, indexHtml);
    if (req.url === '/stats' && h === 1) return done(200, { 'Content-Type': 'application/json' }, JSON.stringify({ counts, connections }));
    const m = /^\/p\/(\d+)(\/final)?$/.exec(req.url);
    if (!m) return done(404, {}, 'no such page');
    const code = page(h, Number(m[1]), m[2], req.method);
    if (code === 301) return done(301, { Location: `/p/${m[1]}/final` }, '');
    done(code, { 'Content-Type': 'text/html' }, `<html><body>page ${m[1]} of ${ip}</body></html>`);
  }).on('connection', () => connections++).listen(port, ip);
}
console.log(`linkbench fixture: ${hosts} hosts x ${perHost} pages on port ${port}; index at http://127.0.0.1:${port}/index.html`);
