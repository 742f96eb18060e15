import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diffSpecs } from '../../scripts/spec-diff/diff.js';

type Doc = Record<string, any>;

const base: Doc = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/pets/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        operationId: 'getPet',
        parameters: [{ name: 'fields', in: 'query', schema: { type: 'string' } }],
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } },
          '404': { description: 'none' },
        },
      },
    },
    '/pets': {
      post: {
        operationId: 'createPet',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/NewPet' } } } },
        responses: { '201': { description: 'made', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } },
      },
    },
  },
  components: {
    schemas: {
      Pet: {
        type: 'object',
        required: ['id', 'name', 'kind'],
        properties: { id: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string', enum: ['cat', 'dog'] }, age: { type: 'integer' } },
      },
      NewPet: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string', maxLength: 50 }, kind: { type: 'string', enum: ['cat', 'dog'] }, age: { type: ['integer', 'null'], minimum: 0 } },
      },
    },
  },
};

const addCopy = (d: Doc) =>
  (d.paths['/pets'].additionalOperations = { COPY: { operationId: 'copyPets', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } } } });

/** Each row: a change to the base document, and the kinds of change it must report (breaking or not). */
const table: { name: string; before?: (d: Doc) => void; edit: (d: Doc) => void; breaking: string[]; nonBreaking?: string[] }[] = [
  { name: 'nothing', edit: () => {}, breaking: [] },
  { name: 'an operation removed', edit: (d) => delete d.paths['/pets'].post, breaking: ['operation-removed'] },
  { name: 'an operation added', edit: (d) => (d.paths['/pets'].get = { operationId: 'listPets', responses: { '200': { description: 'ok' } } }), breaking: [], nonBreaking: ['operation-added'] },
  { name: 'an error response removed', edit: (d) => delete d.paths['/pets/{id}'].get.responses['404'], breaking: ['response-removed'] },
  { name: 'an error response added', edit: (d) => (d.paths['/pets/{id}'].get.responses['410'] = { description: 'gone' }), breaking: [], nonBreaking: ['response-added'] },
  {
    name: 'a success status changed',
    edit: (d) => {
      const r = d.paths['/pets'].post.responses;
      r['200'] = r['201'];
      delete r['201'];
    },
    breaking: ['success-status-changed'],
  },
  { name: 'a required query parameter added', edit: (d) => d.paths['/pets/{id}'].get.parameters.push({ name: 'v', in: 'query', required: true, schema: { type: 'string' } }), breaking: ['required-parameter-added'] },
  { name: 'an optional query parameter added', edit: (d) => d.paths['/pets/{id}'].get.parameters.push({ name: 'v', in: 'query', schema: { type: 'string' } }), breaking: [], nonBreaking: ['parameter-added'] },
  { name: 'an optional parameter made required', edit: (d) => (d.paths['/pets/{id}'].get.parameters[0].required = true), breaking: ['parameter-made-required'] },
  { name: 'a path parameter renamed', edit: (d) => {
      d.paths['/pets/{petId}'] = d.paths['/pets/{id}'];
      d.paths['/pets/{petId}'].parameters[0].name = 'petId';
      delete d.paths['/pets/{id}'];
    }, breaking: [], nonBreaking: [] },
  { name: 'a required request field added', edit: (d) => ((d.components.schemas.NewPet.properties.owner = { type: 'string' }), d.components.schemas.NewPet.required.push('owner')), breaking: ['required-request-field-added'] },
  { name: 'an optional request field added', edit: (d) => (d.components.schemas.NewPet.properties.owner = { type: 'string' }), breaking: [], nonBreaking: ['request-field-added'] },
  { name: 'an optional request field made required', edit: (d) => d.components.schemas.NewPet.required.push('kind'), breaking: ['request-field-made-required'] },
  { name: 'a request type narrowed (null no longer accepted)', edit: (d) => (d.components.schemas.NewPet.properties.age.type = 'integer'), breaking: ['request-type-narrowed'] },
  { name: 'a request type widened', edit: (d) => (d.components.schemas.NewPet.properties.age.type = ['integer', 'string', 'null']), breaking: [] },
  { name: 'a request maxLength lowered', edit: (d) => (d.components.schemas.NewPet.properties.name.maxLength = 10), breaking: ['request-type-narrowed'] },
  { name: 'a request maxLength raised', edit: (d) => (d.components.schemas.NewPet.properties.name.maxLength = 100), breaking: [] },
  { name: 'a request minimum raised', edit: (d) => (d.components.schemas.NewPet.properties.age.minimum = 1), breaking: ['request-type-narrowed'] },
  { name: 'a request enum value removed', edit: (d) => (d.components.schemas.NewPet.properties.kind.enum = ['cat']), breaking: ['enum-value-removed'] },
  { name: 'a request enum value added', edit: (d) => (d.components.schemas.NewPet.properties.kind.enum = ['cat', 'dog', 'fox']), breaking: [], nonBreaking: ['enum-value-added'] },
  { name: 'a response field removed', edit: (d) => (delete d.components.schemas.Pet.properties.age), breaking: ['response-field-removed', 'response-field-removed'] },
  { name: 'a response field no longer required', edit: (d) => (d.components.schemas.Pet.required = ['id', 'kind']), breaking: ['response-field-made-optional', 'response-field-made-optional'] },
  { name: 'a response field added', edit: (d) => (d.components.schemas.Pet.properties.color = { type: 'string' }), breaking: [], nonBreaking: ['response-field-added', 'response-field-added'] },
  { name: 'a response type widened', edit: (d) => (d.components.schemas.Pet.properties.name.type = ['string', 'null']), breaking: ['response-type-widened', 'response-type-widened'] },
  { name: 'a response enum value removed', edit: (d) => (d.components.schemas.Pet.properties.kind.enum = ['cat']), breaking: [], nonBreaking: ['enum-value-removed', 'enum-value-removed'] },
  { name: 'a request content type dropped', edit: (d) => (d.paths['/pets'].post.requestBody.content = { 'application/xml': {} }), breaking: ['request-media-type-removed'] },
  {
    name: 'an OpenAPI 3.2 additionalOperations method removed',
    before: (d) => (d.paths['/pets/{id}'].additionalOperations = { PURGE: { operationId: 'purgePet', responses: { '204': { description: 'gone' } } } }),
    edit: (d) => delete d.paths['/pets/{id}'].additionalOperations,
    breaking: ['operation-removed'],
  },
  {
    name: 'an OpenAPI 3.2 additionalOperations response field removed',
    before: (d) => addCopy(d),
    edit: (d) => (addCopy(d), delete d.components.schemas.Pet.properties.age),
    breaking: ['response-field-removed', 'response-field-removed', 'response-field-removed'],
  },
  {
    name: 'a 3.0 nullable removed from a request field',
    before: (d) => (d.components.schemas.NewPet.properties.kind.nullable = true),
    edit: () => {},
    breaking: ['request-type-narrowed'],
  },
];

const kinds = (ids: string[]) => ids.map((id) => id.split(':')[0]).sort();

describe('spec:diff classifies known changes', () => {
  for (const row of table) {
    test(row.name, () => {
      const before = structuredClone(base);
      const after = structuredClone(base);
      row.before?.(before);
      row.edit(after);
      const changes = diffSpecs(before, after);
      assert.deepEqual(kinds(changes.filter((c) => c.breaking).map((c) => c.id)), [...row.breaking].sort(), JSON.stringify(changes, null, 1));
      if (row.nonBreaking) assert.deepEqual(kinds(changes.filter((c) => !c.breaking).map((c) => c.id)), [...row.nonBreaking].sort());
    });
  }

  test('ids name the operation and the place, so a CHANGELOG line can accept exactly one change', () => {
    const after = structuredClone(base);
    delete after.components.schemas.Pet.properties.age;
    const ids = diffSpecs(base, after).map((c) => c.id);
    assert.deepEqual(ids.sort(), ['response-field-removed: GET /pets/{} response 200 /age', 'response-field-removed: POST /pets response 201 /age']);
  });
});
