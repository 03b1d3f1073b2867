/** The admin API tests' set-up: a test app with one signed-in account per role, made before a file's tests and closed after. */
import { afterAll, beforeAll } from "vitest";
import type { UserRole } from "../src/db/schema.js";
import { type Client, caller, newsroom } from "./admin-client.js";
import { type TestApp, createTestApp } from "./app.js";

export const ORIGIN = "http://news.example.uz";

export interface NewsroomApp {
  x: TestApp;
  call: ReturnType<typeof caller>;
  clients: Record<UserRole, Client>;
}

/** Registers the file's beforeAll/afterAll; the fields are there from the first test on. */
export function useNewsroom(): NewsroomApp {
  const room = {} as NewsroomApp;
  beforeAll(async () => {
    room.x = await createTestApp({ SITE_URL: ORIGIN });
    room.call = caller(room.x.app, ORIGIN);
    ({ clients: room.clients } = await newsroom(room.x.app, room.x.db));
  });
  afterAll(async () => {
    await room.x.close();
  });
  return room;
}
