/** Just enough of the GraphQL API over HTTP to act as another user while the browser watches. */
export class ApiClient {
  private accessToken: string | undefined;

  constructor(private readonly baseUrl: string) {}

  /** Sends one operation as the signed-in user; throws on any GraphQL error. */
  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(this.accessToken && { authorization: `Bearer ${this.accessToken}` }),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (!body.data || body.errors?.length) {
      throw new Error(`GraphQL request failed (HTTP ${response.status}): ${JSON.stringify(body.errors)}`);
    }
    return body.data;
  }

  async login(email: string, password: string): Promise<void> {
    const data = await this.request<{ login: { accessToken: string } }>(
      `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email, password } },
    );
    this.accessToken = data.login.accessToken;
  }

  async createLead(input: { firstName: string; lastName: string; company: string; email: string }) {
    const data = await this.request<{ createLead: { lead: { id: string } } }>(
      `mutation ($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }`,
      { input },
    );
    return data.createLead.lead;
  }
}
