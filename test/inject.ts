/** Helpers over app.inject for the integration tests. */
import type { FastifyInstance } from "fastify";

/** [url, status] of a GET of each URL, one after the other: one assertion names every URL that answers wrongly. */
export async function statusesOf(app: FastifyInstance, urls: readonly string[]): Promise<Array<[string, number]>> {
  const answers: Array<[string, number]> = [];
  for (const url of urls) answers.push([url, (await app.inject({ url })).statusCode]);
  return answers;
}
