import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  seedOrganization,
  startTestApp,
  TEST_JWT_SECRET,
  TEST_PASSWORD,
  type SeededOrg,
  type TestApp,
} from "../../../test/app.js";
import { errorCode, graphql, login, openSocket, subscribe } from "../../../test/graphql-client.js";
import { AccessTokens } from "./access-token.js";
import { User } from "../users/user.entity.js";

const LOGIN =
  "mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id email role } } }";
const REFRESH =
  "mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken user { email } } }";

let server: TestApp;
let acme: SeededOrg;
beforeAll(async () => {
  server = await startTestApp();
  acme = await seedOrganization(server.em(), "acme", {
    admin: Role.ADMIN,
    rep: Role.MEMBER,
    gone: Role.MEMBER,
  });
  await seedOrganization(server.em(), "globex", { rep: Role.MEMBER });
  await server.em().nativeUpdate(User, { id: acme.users.gone!.id }, { active: false });
});
afterAll(() => server.close());

describe("login", () => {
  it("returns tokens and the user for the right password, with the email in any case", async () => {
    const response = await graphql(server.url, LOGIN, {
      input: { email: "  ADMIN@acme.test ", password: TEST_PASSWORD },
    });
    expect(response.data?.login.user).toEqual({
      id: acme.users.admin!.id,
      email: "admin@acme.test",
      role: "ADMIN",
    });
    expect(response.data?.login.accessToken.split(".")).toHaveLength(3);
  });

  it("gives a wrong password and an unknown email the same UNAUTHENTICATED answer", async () => {
    const wrong = await graphql(server.url, LOGIN, { input: { email: "admin@acme.test", password: "nope" } });
    const unknown = await graphql(server.url, LOGIN, {
      input: { email: "nobody@acme.test", password: "nope" },
    });
    expect(errorCode(wrong)).toBe("UNAUTHENTICATED");
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
  });

  it("refuses deactivated users", async () => {
    const response = await graphql(server.url, LOGIN, {
      input: { email: "gone@acme.test", password: TEST_PASSWORD },
    });
    expect(errorCode(response)).toBe("UNAUTHENTICATED");
  });

  it("signs in to the right organisation when the email exists in two", async () => {
    const emailInBoth = "rep@acme.test";
    const em = server.em();
    const globexRep = await em.findOneOrFail(User, { email: "rep@globex.test" });
    globexRep.email = emailInBoth;
    await em.flush();
    const ambiguous = await graphql(server.url, LOGIN, {
      input: { email: emailInBoth, password: TEST_PASSWORD },
    });
    expect(ambiguous.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "organizationSlug" });
    const chosen = await graphql(server.url, LOGIN, {
      input: { email: emailInBoth, password: TEST_PASSWORD, organizationSlug: "globex" },
    });
    expect(chosen.data?.login.user.id).toBe(globexRep.id);
  });
});

describe("sessions", () => {
  it("rotates refresh tokens, and a reused one revokes the whole family", async () => {
    const first = (
      await graphql(server.url, LOGIN, { input: { email: "admin@acme.test", password: TEST_PASSWORD } })
    ).data!.login;
    const second = await graphql(server.url, REFRESH, { token: first.refreshToken });
    expect(second.data?.refreshSession.user.email).toBe("admin@acme.test");
    const next = second.data!.refreshSession.refreshToken;
    expect(next).not.toBe(first.refreshToken);

    const replay = await graphql(server.url, REFRESH, { token: first.refreshToken });
    expect(errorCode(replay)).toBe("UNAUTHENTICATED");
    // The thief's replay also kills the legitimate holder's newer token.
    expect(errorCode(await graphql(server.url, REFRESH, { token: next }))).toBe("UNAUTHENTICATED");
  });

  it("signs out: the refresh token, and any renewed from it, stop working", async () => {
    const first = (
      await graphql(server.url, LOGIN, { input: { email: "admin@acme.test", password: TEST_PASSWORD } })
    ).data!.login;
    const renewed = (await graphql(server.url, REFRESH, { token: first.refreshToken })).data!.refreshSession;
    const signedOut = await graphql(
      server.url,
      "mutation($token: String!) { logout(refreshToken: $token) }",
      { token: renewed.refreshToken },
    );
    expect(signedOut.data).toEqual({ logout: true });
    expect(errorCode(await graphql(server.url, REFRESH, { token: renewed.refreshToken }))).toBe(
      "UNAUTHENTICATED",
    );
    // An unknown token gets the same answer: signing out says nothing about which tokens exist.
    expect((await graphql(server.url, 'mutation { logout(refreshToken: "nope") }')).data).toEqual({
      logout: true,
    });
  });

  it("refuses forged or malformed refresh tokens", async () => {
    for (const token of ["", "garbage", "01900000-0000-7000-8000-000000000000.secret"])
      expect(errorCode(await graphql(server.url, REFRESH, { token }))).toBe("UNAUTHENTICATED");
  });

  it("needs a valid access token for private queries, over HTTP and WebSocket", async () => {
    expect(errorCode(await graphql(server.url, "{ me { id } }"))).toBe("UNAUTHENTICATED");
    expect(errorCode(await graphql(server.url, "{ me { id } }", {}, "not-a-jwt"))).toBe("UNAUTHENTICATED");
    const token = await login(server.url, "admin@acme.test");
    expect(
      (await graphql(server.url, "{ me { email role organization { slug } } }", {}, token)).data,
    ).toEqual({
      me: { email: "admin@acme.test", role: "ADMIN", organization: { slug: "acme" } },
    });
    await expect(subscribe(server, undefined, "subscription { leadEvents { type } }")).rejects.toMatchObject({
      code: 4403,
    });
  });

  it("closes a WebSocket when the access token it connected with expires", async () => {
    // Signed as the server signs, with a two-second life (the server's own lasts ACCESS_TOKEN_TTL_SECONDS).
    const shortLived = new AccessTokens(TEST_JWT_SECRET, 2);
    const admin = acme.users.admin!;
    const token = await shortLived.sign({
      userId: admin.id,
      organizationId: admin.organization.id,
      role: Role.ADMIN,
    });
    const socket = await openSocket(server.url, token);
    const closure = await socket.closure;
    expect(closure).toMatchObject({ code: 4403, reason: "Access token expired" });
    await expect(openSocket(server.url, token)).rejects.toThrow(/closed 4403/);
  });

  it("stops honouring an access token as soon as its user is deactivated", async () => {
    const token = await login(server.url, "admin@acme.test");
    await server.em().nativeUpdate(User, { id: acme.users.admin!.id }, { active: false });
    expect(errorCode(await graphql(server.url, "{ me { id } }", {}, token))).toBe("UNAUTHENTICATED");
    await server.em().nativeUpdate(User, { id: acme.users.admin!.id }, { active: true });
  });
});
