/** One GraphQL POST; throws on a non-200 status or GraphQL errors. */
export async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (response.status !== 200 || body.errors || !body.data)
    throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** Signs in over GraphQL and returns the access token (sent as `Authorization: Bearer`). */
export async function login(url: string, email: string, password: string): Promise<string> {
  const data = await graphql<{ login: { accessToken: string } }>(
    url,
    "mutation($input: LoginInput!) { login(input: $input) { accessToken } }",
    { input: { email, password } },
  );
  return data.login.accessToken;
}
