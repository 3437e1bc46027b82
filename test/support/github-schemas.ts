import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import { buildSchema, type DocumentNode, type GraphQLSchema, parse, validate } from 'graphql';

/**
 * GitHub's published API descriptions, as the loopback GitHub API checks every request against
 * them: the GraphQL schema of `@octokit/graphql-schema` (queries are parsed and validated with
 * graphql-js) and the REST description of `@octokit/openapi` (path, method, query parameters and
 * JSON body checked against the operation). Versions are pinned in package.json.
 */

/** The repository root, found from here (the benchmark runs a compiled copy from node_modules/.cache). */
const ROOT = (() => {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'node_modules', '@octokit', 'graphql-schema')) && dirname(dir) !== dir)
    dir = dirname(dir);
  return dir;
})();

let graphqlSchema: GraphQLSchema | undefined;

export function githubGraphqlSchema(): GraphQLSchema {
  graphqlSchema ??= buildSchema(
    readFileSync(join(ROOT, 'node_modules/@octokit/graphql-schema/schema.graphql'), 'utf8'),
    {
      // GitHub's published SDL repeats two EnterpriseOwnerInfo fields and deprecates some interface
      // implementations, which graphql-js's schema rules reject; the schema is GitHub's as given, and
      // every query is still validated against it.
      assumeValidSDL: true,
      assumeValid: true,
    },
  );
  return graphqlSchema;
}

/** Parse and validate a query against GitHub's schema: the problems, or the document. */
export function checkGraphqlQuery(query: string): { document?: DocumentNode; problems: string[] } {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    return { problems: [`GraphQL syntax: ${(error as Error).message}`] };
  }
  const problems = validate(githubGraphqlSchema(), document).map((error) => `GraphQL: ${error.message}`);
  return problems.length ? { problems } : { document, problems };
}

interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: Record<string, unknown> }[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
}

let openapi:
  { paths: Record<string, Record<string, Operation>>; components: Record<string, Record<string, unknown>> } | undefined;
let templates: { template: string; pattern: RegExp }[] | undefined;
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });

function description() {
  openapi ??= JSON.parse(
    readFileSync(join(ROOT, 'node_modules/@octokit/openapi/generated/api.github.com.json'), 'utf8'),
  );
  templates ??= Object.keys(openapi!.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  return { openapi: openapi!, templates: templates! };
}

/** `#/components/...` references resolved in place (recursion cut off after a few levels). */
function resolve(value: unknown, depth = 0): any {
  if (depth > 12 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => resolve(item, depth + 1));
  const ref = (value as { $ref?: string }).$ref;
  if (typeof ref === 'string') {
    let target: any = description().openapi;
    for (const part of ref.replace(/^#\//, '').split('/')) target = target[part];
    return resolve(target, depth + 1);
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item, depth + 1)]));
}

/** The problems of one REST request against GitHub's OpenAPI description (empty: valid). */
export function checkRestRequest(method: string, url: string, body: string): string[] {
  const { openapi, templates } = description();
  const parsed = new URL(url, 'http://127.0.0.1');
  const path = parsed.pathname.replace(/^\/api\/v3(?=\/)/, '');
  const matches = templates.filter(({ pattern }) => pattern.test(path));
  // A literal segment beats a parameter (`/deployments/protection_rules` over `/deployments/{id}`).
  const match = matches.sort(
    (a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0),
  )[0];
  if (!match) return [`REST: no path ${path} in GitHub's API description`];
  const operation = openapi.paths[match.template]![method.toLowerCase()];
  if (!operation) return [`REST: ${method} is not an operation of ${match.template}`];
  const parameters = (resolve(operation.parameters ?? []) as NonNullable<Operation['parameters']>).filter(Boolean);
  const problems: string[] = [];
  const query = parameters.filter((parameter) => parameter.in === 'query');
  for (const [name, value] of parsed.searchParams) {
    const declared = query.find((parameter) => parameter.name === name);
    if (!declared) {
      problems.push(`REST: ${method} ${match.template} has no query parameter "${name}"`);
      continue;
    }
    const schema = declared.schema ?? {};
    const typed = schema['type'] === 'integer' ? (/^-?\d+$/.test(value) ? Number(value) : value) : value;
    if (!ajv.validate(schema, typed))
      problems.push(`REST: query "${name}"=${JSON.stringify(value)}: ${ajv.errorsText()}`);
  }
  for (const parameter of query)
    if (parameter.required && !parsed.searchParams.has(parameter.name))
      problems.push(`REST: query "${parameter.name}" is required`);
  const content = operation.requestBody?.content['application/json'];
  if (content) {
    let json: unknown;
    try {
      json = body ? JSON.parse(body) : undefined;
    } catch {
      return [...problems, `REST: ${method} ${match.template}: the body is not JSON`];
    }
    if (json !== undefined && !ajv.validate(resolve(content.schema), json))
      problems.push(`REST: ${method} ${match.template} body: ${ajv.errorsText()}`);
  } else if (body && method !== 'GET') {
    problems.push(`REST: ${method} ${match.template} takes no body`);
  }
  return problems;
}
