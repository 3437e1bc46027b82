import { describe, expect, it } from 'vitest';
import { RAILWAY_OPERATIONS } from '../../src/providers/railway/api.js';
import { fixtureJson } from '../support/fixtures.js';

/**
 * Every operation the Railway client sends selects only fields (and passes only arguments) that
 * Railway's schema has: test/fixtures/railway/schema.introspection.min.json, the CLI's own
 * introspection result. A small walker, not a full GraphQL validator: enough to catch a
 * misspelt or invented field such as the docs' `deploymentRollback { id }` or `successfulOnly`.
 */
interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Field {
  name: string;
  args: { name: string }[];
  type: TypeRef;
}
const schema = fixtureJson('railway/schema.introspection.min.json').data.__schema as {
  queryType: { name: string };
  mutationType: { name: string };
  types: { name: string; kind: string; fields: Field[] | null }[];
};
const types = new Map(schema.types.map((type) => [type.name, type]));
const named = (ref: TypeRef): string => ref.name ?? named(ref.ofType!);

function check(query: string): string[] {
  const tokens = query.replace(/#.*$/gm, '').match(/\.\.\.|[A-Za-z_$][\w]*|[{}():!,[\]]|"[^"]*"/g) ?? [];
  const problems: string[] = [];
  let at = 0;
  const skipParens = (): string[] => {
    const names: string[] = [];
    if (tokens[at] !== '(') return names;
    let depth = 0;
    let expectName = true;
    do {
      const token = tokens[at++]!;
      if (token === '(') depth++;
      else if (token === ')') depth--;
      else if (token === ':') expectName = false;
      else if (token === ',' || (depth === 1 && /^\$?\w+$/.test(token) && tokens[at] === ':')) expectName = true;
      if (depth === 1 && expectName && /^\w+$/.test(token) && tokens[at] === ':') names.push(token);
    } while (depth > 0 && at < tokens.length);
    return names;
  };
  const selection = (typeName: string): void => {
    at++; // {
    while (tokens[at] !== '}') {
      const fieldName = tokens[at++]!;
      const type = types.get(typeName);
      const field = type?.fields?.find((f) => f.name === fieldName);
      if (!field) problems.push(`${typeName}.${fieldName} does not exist`);
      for (const arg of skipParens())
        if (field && !field.args.some((a) => a.name === arg))
          problems.push(`${typeName}.${fieldName}(${arg}) does not exist`);
      if (tokens[at] === '{') {
        if (field && types.get(named(field.type))?.kind === 'SCALAR')
          problems.push(`${typeName}.${fieldName} is a scalar and takes no selection`);
        selection(field ? named(field.type) : 'unknown');
      } else if (field && ['OBJECT', 'INTERFACE'].includes(types.get(named(field.type))?.kind ?? '')) {
        problems.push(`${typeName}.${fieldName} needs a selection`);
      }
    }
    at++; // }
  };
  const root = tokens[at++] === 'mutation' ? schema.mutationType.name : schema.queryType.name;
  at++; // the operation's name
  skipParens();
  selection(root);
  return problems;
}

describe('Railway operations against the schema', () => {
  for (const [name, query] of Object.entries(RAILWAY_OPERATIONS)) {
    it(`${name} selects only what the schema has`, () => {
      expect(check(query)).toEqual([]);
    });
  }

  it('catches what the docs get wrong', () => {
    expect(check('mutation R($id: String!) { deploymentRollback(id: $id) { id status } }')).toEqual([
      `${schema.mutationType.name}.deploymentRollback is a scalar and takes no selection`,
      'Boolean.id does not exist',
      'Boolean.status does not exist',
    ]);
    expect(
      check(
        'query D($input: DeploymentListInput!) { deployments(input: $input, newestFirst: true) ' +
          '{ edges { node { id } } } }',
      ),
    ).toEqual([`${schema.queryType.name}.deployments(newestFirst) does not exist`]);
    expect(check('query P { projectToken { projectId secretField } }')).toEqual([
      'ProjectToken.secretField does not exist',
    ]);
  });
});
