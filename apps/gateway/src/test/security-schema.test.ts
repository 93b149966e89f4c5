import { getIntrospectionQuery, type IntrospectionQuery, type IntrospectionTypeRef } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../testing/harness.js';

let t: TestGateway;
let schema: IntrospectionQuery['__schema'];

beforeAll(async () => {
  t = await startTestGateway();
  schema = (await t.admin.client.ok<IntrospectionQuery>(getIntrospectionQuery())).__schema;
});
afterAll(() => t.close());

/** Field names that could hold a credential. */
const SECRET_NAME = /token|secret|password|passwd|api_?key|credential|config|cookie|session|verifier|private|(^|[a-z])key$/i;
/** The one exception: the personal API token, in the response that creates it (shown once). */
const ALLOWED = new Set(['CreatedApiToken.token']);
/** A flag, a count or a date cannot carry a credential; an object's own fields are walked in turn. */
const HARMLESS_SCALARS = new Set(['Boolean', 'Int', 'Float', 'SafeInt', 'DateTime']);

function namedType(ref: IntrospectionTypeRef): { kind: string; name: string } {
  let current = ref;
  while ('ofType' in current && current.ofType) current = current.ofType;
  return { kind: current.kind, name: 'name' in current ? current.name : '' };
}

describe('the schema, walked over HTTP introspection', () => {
  it('has no field that can return a credential', () => {
    const offending: string[] = [];
    const walked: string[] = [];
    for (const type of schema.types) {
      if ((type.kind !== 'OBJECT' && type.kind !== 'INTERFACE') || type.name.startsWith('__')) continue;
      for (const field of type.fields) {
        const name = `${type.name}.${field.name}`;
        walked.push(name);
        const target = namedType(field.type);
        if (target.kind !== 'SCALAR' || HARMLESS_SCALARS.has(target.name)) continue;
        if (SECRET_NAME.test(field.name) && !ALLOWED.has(name)) offending.push(`${name}: ${target.name}`);
      }
    }
    expect(walked.length).toBeGreaterThan(150);
    expect(walked).toEqual(expect.arrayContaining(['Connector.settings', 'CreatedApiToken.token', 'Charge.raw']));
    expect(offending).toEqual([]);
  });

  it('keeps the token-bearing types free of secret fields: Connector, ApiToken, AuditEntry, Me', () => {
    const fieldsOf = (name: string) => schema.types.find((x) => x.name === name && 'fields' in x);
    const names = (name: string) => {
      const type = fieldsOf(name);
      return type && 'fields' in type ? type.fields.map((f) => f.name) : [];
    };
    expect(names('Connector')).not.toContain('config');
    expect(names('ApiToken')).toEqual(expect.arrayContaining(['id', 'name', 'prefix']));
    expect(names('ApiToken').filter((n) => /hash|token/i.test(n))).toEqual([]);
    expect(names('Me').filter((n) => /password|session/i.test(n))).toEqual([]);
    expect(names('CreatedApiToken')).toEqual(['apiToken', 'token']);
  });

  it('the matcher would catch a credential field (it can fail)', () => {
    for (const field of ['accessToken', 'refreshToken', 'apiKey', 'webhookSecret', 'passwordHash', 'config', 'codeVerifier', 'key']) {
      expect(SECRET_NAME.test(field), field).toBe(true);
    }
    for (const field of ['connectorId', 'name', 'monkey'.replace('monkey', 'keyword'), 'description']) {
      expect(SECRET_NAME.test(field), field).toBe(false);
    }
  });
});
