import { describe, expect, it } from "vitest";
import { AppError } from "../errors.js";
import { type Action, type Actor, type Resource, type Role, authorize, can } from "./policy.js";

const ROLES: Role[] = ["admin", "editor", "author", "translator"];
/** Each role's actor; the translator works in Russian. */
const actors: Record<Role, Actor> = {
  admin: { id: 1, role: "admin", locales: [] },
  editor: { id: 2, role: "editor", locales: [] },
  author: { id: 3, role: "author", locales: [] },
  translator: { id: 4, role: "translator", locales: ["ru"] },
};
const SOMEONE_ELSE = 99;

/** The resources of the matrix, as seen by `me`: "own" means the story is theirs. */
const CASES: Record<string, (me: number) => Resource> = {
  none: () => undefined,
  "own draft uz": (me) => ({ authorId: me, locale: "uz", status: "draft" }),
  "others' draft uz": () => ({ authorId: SOMEONE_ELSE, locale: "uz", status: "draft" }),
  "own review uz": (me) => ({ authorId: me, locale: "uz", status: "review" }),
  "own published uz": (me) => ({ authorId: me, locale: "uz", status: "published" }),
  "others' draft ru": () => ({ authorId: SOMEONE_ELSE, locale: "ru", status: "draft" }),
  "others' review ru": () => ({ authorId: SOMEONE_ELSE, locale: "ru", status: "review" }),
  "others' published ru": () => ({ authorId: SOMEONE_ELSE, locale: "ru", status: "published" }),
  "new ru rendition of others' story": () => ({ authorId: SOMEONE_ELSE, locale: "ru" }),
  "new en rendition of own story": (me) => ({ authorId: me, locale: "en" }),
};
const CASE_NAMES = Object.keys(CASES);

const ALL = "admin editor author translator";
const EDITORS = "admin editor";
const everywhere = (roles: string) => Object.fromEntries(CASE_NAMES.map((name) => [name, roles]));

/** Changing an article: the author their own drafts, the translator Russian before it is published. */
const EDIT = {
  none: EDITORS,
  "own draft uz": "admin editor author",
  "others' draft uz": EDITORS,
  "own review uz": EDITORS,
  "own published uz": EDITORS,
  "others' draft ru": "admin editor translator",
  "others' review ru": "admin editor translator",
  "others' published ru": EDITORS,
  "new ru rendition of others' story": EDITORS,
  "new en rendition of own story": EDITORS,
};

/** Who may, per action and case: written from the rules in policy.ts's header, not from its code. */
const EXPECTED: Record<Action, Record<string, string>> = {
  "users.manage": everywhere("admin"),
  "story.create": everywhere("admin editor author"),
  "story.edit": { ...everywhere(EDITORS), "own draft uz": "admin editor author" },
  "article.read": everywhere(ALL),
  "media.upload": everywhere(ALL),
  "media.delete": everywhere(EDITORS),
  "taxonomy.edit": everywhere(EDITORS),
  "distribution.read": everywhere(EDITORS),
  "article.edit": EDIT,
  "article.submit": EDIT,
  "article.publish": everywhere(EDITORS),
  "article.schedule": everywhere(EDITORS),
  "article.unpublish": everywhere(EDITORS),
  "article.correct": everywhere(EDITORS),
  "rendition.add": {
    none: EDITORS,
    "own draft uz": "admin editor author",
    "others' draft uz": EDITORS,
    "own review uz": "admin editor author",
    "own published uz": "admin editor author",
    "others' draft ru": "admin editor translator",
    "others' review ru": "admin editor translator",
    "others' published ru": "admin editor translator",
    "new ru rendition of others' story": "admin editor translator",
    "new en rendition of own story": "admin editor author",
  },
};

describe("the newsroom policy", () => {
  it("answers the whole role × action × resource matrix as the rules say", () => {
    const actual = Object.fromEntries(
      (Object.keys(EXPECTED) as Action[]).map((action) => [
        action,
        Object.fromEntries(CASE_NAMES.map((name) => [name, ROLES.filter((role) => can(actors[role], action, CASES[name]?.(actors[role].id))).join(" ")])),
      ]),
    );
    expect(actual).toEqual(EXPECTED);
  });

  it("refuses with XABAR_FORBIDDEN", () => {
    expect(() => authorize(actors.author, "article.publish")).toThrow(AppError);
    expect(() => authorize(actors.author, "article.publish")).toThrow(expect.objectContaining({ code: "XABAR_FORBIDDEN", status: 403 }));
    expect(() => authorize(actors.editor, "article.publish")).not.toThrow();
  });

  it("gives a translator without locales nothing to translate", () => {
    const idle: Actor = { id: 5, role: "translator", locales: [] };
    expect(can(idle, "rendition.add", { authorId: SOMEONE_ELSE, locale: "ru" })).toBe(false);
    expect(can(idle, "article.read")).toBe(true);
  });
});
