import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { UUID } from './uuid.js';

const OPENAPI_NUMBER_FORMATS = {
  int32: { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 },
  // A JSON number such as 1e300 is an integer to JavaScript, but no int64 column or client type holds it.
  int64: { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 63) && n < 2 ** 63 },
  float: { type: 'number', validate: () => true },
  double: { type: 'number', validate: () => true },
} as const;

// ajv would compile the 2020-12 meta-schema in each instance before its first schema (about 50 ms apiece, several
// instances per server, all on first requests) only to check the spec's own schemas. `npm run generate` checks every
// schema of a spec against the meta-schema instead (scripts/generate/schema-check.ts), once, when the spec changes.
/**
 * OpenAPI 3.1 schemas are JSON Schema 2020-12. `coerce` is for path, query and header values, which arrive as
 * strings; JSON bodies and responses are never coerced. `strictNumbers`: ajv otherwise takes Infinity (what
 * `1e400` becomes, in a query value or a JSON body) for an integer, which then reaches a handler and a database.
 */
export function createAjv(coerce: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    strictNumbers: true,
    coerceTypes: coerce ? 'array' : false,
    useDefaults: coerce,
    validateSchema: false,
  });
  addFormats(ajv);
  for (const [name, format] of Object.entries(OPENAPI_NUMBER_FORMATS)) ajv.addFormat(name, format);
  for (const name of ['password', 'byte', 'binary']) ajv.addFormat(name, () => true);
  // ajv-formats also takes the URN form (`urn:uuid:…`), which no Postgres uuid column reads: every uuid id in a
  // path, query or body with that prefix passed validation and ended as a 500.
  ajv.addFormat('uuid', UUID);
  return ajv;
}
