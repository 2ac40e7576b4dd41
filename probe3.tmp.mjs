import 'reflect-metadata';
import { readFileSync } from 'node:fs';
const { startRegistry } = await import('/work/main/dist/src/app/startRegistry.js');
const { loadConfig } = await import('/work/main/dist/src/config.js');
const prep = JSON.parse(readFileSync('/tmp/ib100/prep.json','utf8'));
let t0 = 0; const log = [];
const reg = await startRegistry(loadConfig({ REGISTRY_DATA_DIR: prep.dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }), {
  onQuery: (m) => { if (t0) log.push(`${(performance.now() - t0).toFixed(1)} ${m.replace(/\u001b\[\d+m/g, '').slice(0, 110)}`); },
});
const token = readFileSync(prep.dataDir + '/admin.token', 'utf8').trim();
const Q = `query BenchPreview($id: ID!, $options: ImportOptionsInput) {
  stagedImport(id: $id) {
    decisions(first: 50, options: $options) {
      planDigest totalCount counts { create replace ignore reject skip }
      edges { node { uuid kind name line action selected includedBy reasons { code message } references { name targetUuid resolution } outcome { ownerUuid } } }
    }
  }
}`;
for (let i = 0; i < 3; i++) {
  t0 = performance.now();
  const res = await fetch(reg.server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: Q, variables: { id: prep.stagedImportId } }) });
  const body = await res.json();
  console.log('request', i, (performance.now() - t0).toFixed(1), 'ms', JSON.stringify(body).length);
  if (i === 0) console.log(log.join('\n'));
  log.length = 0;
}
await reg.stop();
