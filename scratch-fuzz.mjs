const B = 'http://127.0.0.1:8899';
const TOK = (await import('node:fs')).readFileSync('/tmp/tok', 'utf8').trim();
const A = { authorization: 'Bearer ' + TOK };
const deep = (n) => '['.repeat(n) + ']'.repeat(n);
const deepObj = (n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
const bodies = {
  deep10k: deep(10000),
  deepObj10k: deepObj(10000),
  deep100k: deep(100000),
  bigNum: '{"request": 1e400, "name": 1e400, "params": {"topic": 1e400}}',
  proto: '{"__proto__": {"polluted": true}, "request": "x", "name": "n", "params": {"__proto__": {"x": 1}, "topic": "t"}}',
  constructorKey: '{"constructor": {"prototype": {"x": 1}}, "request": "x"}',
  dupKeys: '{"request": "a", "request": 5}',
  nulBytes: '{"request": "a\\u0000b", "name": "x\\u0000", "params": {"topic": "\\u0000"}}',
  loneSurrogate: '{"request": "\\ud800", "name": "\\udfff", "params": {"topic": "\\ud800x"}}',
  hugeString: JSON.stringify({ request: 'x'.repeat(900_000) }),
  emptyKey: '{"": 1, "request": "x"}',
  bom: '\ufeff{"request":"x"}',
};
const targets = [
  ['POST', '/lightning/api/jobs', {}],
  ['POST', '/lightning/api/sessions', {}],
  ['POST', '/lenserfight/v1/lenses/00000000-0000-4000-8000-000000000001/execute', A],
  ['POST', '/hybrid/v1/run-hybrid', A],
  ['POST', '/hybrid/v1/workflows', A],
  ['POST', '/hypershift/runs', {}],
  ['POST', '/hypershift/workspaces', {}],
  ['POST', '/hypershift/what-if', {}],
  ['POST', '/orchestrator/api/v1/auth/login', {}],
  ['POST', '/lightning/api/gemini/conversations', {}],
];
for (const [m, p, h] of targets) {
  const out = [];
  for (const [k, b] of Object.entries(bodies)) {
    try {
      const r = await fetch(B + p, { method: m, headers: { 'content-type': 'application/json', ...h }, body: b });
      const t = await r.text();
      if (r.status >= 500 || r.status === 200 || r.status === 201 || r.status === 202) out.push(`${k}:${r.status}:${t.slice(0, 100)}`);
      else out.push(`${k}:${r.status}`);
    } catch (e) { out.push(`${k}:ERR ${e.message}`); }
  }
  console.log(p, '\n   ', out.join('\n    '));
}
