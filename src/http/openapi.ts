/**
 * OpenAPI 3.1 from the zod schemas that validate the routes, shared by the API documents (the
 * admin API's, the public API's): an API is a list of operations, one entry each, and its document
 * is generated from that list. `isDocumented` lets a face refuse to register a route that is not
 * in its list, so a document cannot fall behind its routes.
 */
import * as z from "zod";

export type Method = "get" | "post" | "patch" | "delete";

/** A response: its meaning, and (when it has a body worth describing) the name of its schema in `components.schemas`. */
export type ResponseSpec = string | { description: string; schema?: string; headers?: Record<string, string> };

export interface Operation {
  method: Method;
  /** In OpenAPI's form: `/api/admin/users/{id}`. */
  path: string;
  summary: string;
  description?: string;
  /** Groups in the document (OpenAPI's `tags`). */
  tags?: string[];
  body?: z.ZodType;
  /** The body's type when it is not JSON (uploads, forms). */
  bodyType?: "multipart/form-data" | "application/x-www-form-urlencoded";
  /** Path parameters; without it every `{name}` is a positive integer id. */
  params?: z.ZodObject;
  /** Query parameters. */
  query?: z.ZodObject;
  /** Request headers it needs, with what they mean. */
  headers?: Record<string, string>;
  /** Request headers it may take, with what they mean. */
  optionalHeaders?: Record<string, string>;
  /** Status → what it means. */
  responses: Record<number, ResponseSpec>;
}

/** Fastify's `/api/admin/users/:id` in OpenAPI's form. */
export const openApiPath = (fastifyUrl: string): string => fastifyUrl.replace(/:(\w+)/g, "{$1}");

/** True when `operations` lists the route (HEAD goes with its GET). */
export function isDocumented(operations: readonly Operation[], method: string, fastifyUrl: string): boolean {
  const path = openApiPath(fastifyUrl);
  return method === "HEAD" || operations.some((op) => op.method === method.toLowerCase() && op.path === path);
}

/** A schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), without the `$schema` line. `io`: what a request sends ("input") or a response carries ("output"). */
export function jsonSchema(schema: z.ZodType, io: "input" | "output" = "input"): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io });
  return rest;
}

function parametersOf(schema: z.ZodObject, where: "query" | "path"): object[] {
  const { properties = {}, required = [] } = jsonSchema(schema) as { properties?: Record<string, { description?: string }>; required?: string[] };
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || required.includes(name),
    ...(property.description ? { description: property.description } : {}),
    schema: property,
  }));
}

function responseObject(spec: ResponseSpec): object {
  if (typeof spec === "string") return { description: spec };
  return {
    description: spec.description,
    ...(spec.headers
      ? { headers: Object.fromEntries(Object.entries(spec.headers).map(([name, description]) => [name, { description, schema: { type: "string" } }])) }
      : {}),
    ...(spec.schema ? { content: { "application/json": { schema: { $ref: `#/components/schemas/${spec.schema}` } } } } : {}),
  };
}

export function operationObject(op: Operation): object {
  const header =
    (required: boolean) =>
    ([name, description]: [string, string]) => ({ name, in: "header", required, description, schema: { type: "string" } });
  const params = [
    ...(op.params
      ? parametersOf(op.params, "path")
      : [...op.path.matchAll(/\{(\w+)\}/g)].map((match) => ({ name: match[1], in: "path", required: true, schema: { type: "integer", minimum: 1 } }))),
    ...(op.query ? parametersOf(op.query, "query") : []),
    ...Object.entries(op.headers ?? {}).map(header(true)),
    ...Object.entries(op.optionalHeaders ?? {}).map(header(false)),
  ];
  return {
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(op.tags ? { tags: op.tags } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(op.body ? { requestBody: { required: true, content: { [op.bodyType ?? "application/json"]: { schema: jsonSchema(op.body) } } } } : {}),
    responses: Object.fromEntries(Object.entries(op.responses).map(([status, spec]) => [status, responseObject(spec)])),
  };
}

export interface DocumentInfo {
  title: string;
  version: string;
  description: string;
}

/** The whole document: `schemas` are the named response bodies the operations refer to. */
export function openApiDocument(info: DocumentInfo, servers: string[], operations: readonly Operation[], schemas: Record<string, z.ZodType> = {}): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = operationObject(op);
  return {
    openapi: "3.1.0",
    info,
    servers: servers.map((url) => ({ url })),
    paths,
    ...(Object.keys(schemas).length
      ? { components: { schemas: Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, jsonSchema(schema, "output")])) } }
      : {}),
  };
}
