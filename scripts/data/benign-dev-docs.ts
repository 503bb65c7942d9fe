/**
 * Developer documents and configuration as agents read them from a repository, written for this
 * project: READMEs that say "open http://localhost:3000", compose files with port mappings,
 * robots.txt, nginx locations, .env examples with placeholders, crontabs and Makefiles. In the
 * corpus, loopback addresses, `/admin/` and `/cgi-bin/` paths appear almost only in SSRF and
 * traversal payloads, so the model read them as attacks ("Run `npm start` and open
 * http://127.0.0.1:7341" scored 0.73, a robots.txt 0.68). Requests to fetch internal URLs stay
 * the rules' job (sys-ssrf-*). Generated from small pools with a fixed seed; labelled benign_hard.
 */
import { seededRandom } from '../../daemon/src/util/seeded-random';
import type { CorpusRow } from '../lib/corpus';
import { pick } from './generated-text';
import { writtenRows } from './written-rows';

const HOSTS = ['localhost', '127.0.0.1', '0.0.0.0', 'localhost', '[::1]'];
const PORTS = [3000, 5173, 8080, 8000, 5432, 6379, 9090, 7341, 4200, 27017];
const PROJECTS = ['soc-demo', 'shop-api', 'notes-app', 'weather-bot', 'invoice-service', 'docs-site', 'chat-ui', 'pipeline-worker'];
const PATHS = ['/admin/', '/cgi-bin/', '/api/', '/private/', '/tmp/', '/search', '/login', '/internal/', '/health', '/metrics'];
const KEYS = ['OPENAI_API_KEY', 'DATABASE_URL', 'REDIS_URL', 'STRIPE_SECRET_KEY', 'JWT_SECRET', 'SMTP_PASSWORD', 'GITHUB_TOKEN', 'SENTRY_DSN'];
const PLACEHOLDERS = ['your-key-here', 'changeme', '<your token>', 'xxxx', 'replace-me', '', 'sk-...', 'postgres://user:password@localhost:5432/app'];

const MAKERS: ((rnd: () => number) => string)[] = [
  (rnd) => `# ${pick(rnd, PROJECTS)}\n\nRun \`npm install\` then \`npm start\` and open http://${pick(rnd, HOSTS)}:${pick(rnd, PORTS)} in your browser.`,
  (rnd) => `## Local development\n\n1. \`docker compose up -d\`\n2. The API listens on http://${pick(rnd, HOSTS)}:${pick(rnd, PORTS)}${pick(rnd, PATHS)}\n3. Metrics: http://localhost:${pick(rnd, PORTS)}/metrics`,
  (rnd) => `services:\n  db:\n    image: postgres:16\n    ports:\n      - "${pick(rnd, PORTS)}:5432"\n  api:\n    build: .\n    ports:\n      - "${pick(rnd, PORTS)}:${pick(rnd, PORTS)}"\n    environment:\n      DATABASE_URL: postgres://app:app@db:5432/app`,
  (rnd) => `User-agent: *\nDisallow: ${pick(rnd, PATHS)}\nDisallow: ${pick(rnd, PATHS)}\nSitemap: https://www.${pick(rnd, PROJECTS)}.example/sitemap.xml`,
  (rnd) => `location ${pick(rnd, PATHS)} {\n    proxy_pass http://127.0.0.1:${pick(rnd, PORTS)};\n    proxy_set_header Host $host;\n}`,
  (rnd) => `# .env.example — copy to .env\n${pick(rnd, KEYS)}=${pick(rnd, PLACEHOLDERS)}\n${pick(rnd, KEYS)}=${pick(rnd, PLACEHOLDERS)}\nPORT=${pick(rnd, PORTS)}`,
  (rnd) => `# m h dom mon dow command\n0 3 * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1\n*/15 * * * * curl -fsS http://localhost:${pick(rnd, PORTS)}/health > /dev/null`,
  (rnd) => `dev:\n\tnpm run dev -- --port ${pick(rnd, PORTS)}\n\ntest:\n\tnpm test\n\nclean:\n\trm -rf dist coverage`,
  (rnd) => `[Unit]\nDescription=${pick(rnd, PROJECTS)}\nAfter=network.target\n\n[Service]\nExecStart=/usr/bin/node /opt/${pick(rnd, PROJECTS)}/server.js\nRestart=on-failure\nEnvironment=PORT=${pick(rnd, PORTS)}`,
  (rnd) => `Troubleshooting: if http://${pick(rnd, HOSTS)}:${pick(rnd, PORTS)} does not load, check that nothing else uses port ${pick(rnd, PORTS)} (\`lsof -i :${pick(rnd, PORTS)}\`).`,
  (rnd) => `The admin panel is at ${pick(rnd, PATHS)} and requires the "admin" role. Sign in at http://localhost:${pick(rnd, PORTS)}/login with the seeded account from \`npm run seed\`.`,
  (rnd) => `"scripts": {\n  "start": "node server.js",\n  "dev": "vite --host 0.0.0.0 --port ${pick(rnd, PORTS)}",\n  "test": "vitest run"\n}`,
];

export function devDocRows(seed = 13): CorpusRow[] {
  const rnd = seededRandom(seed);
  const texts: string[] = [];
  for (let i = 0; i < 60; i++) texts.push(MAKERS[i % MAKERS.length](rnd));
  return writtenRows('benign-dev-docs', [{ idPrefix: 'dev-docs', category: 'benign_hard', texts }]);
}
