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

  /** The id of the organisation's user with this email. */
  async userId(email: string): Promise<string> {
    const data = await this.request<{ users: { edges: { node: { id: string; email: string } }[] } }>(
      `{ users(first: 100) { edges { node { id email } } } }`,
    );
    const user = data.users.edges.find(({ node }) => node.email === email);
    if (!user) throw new Error(`No user ${email}`);
    return user.node.id;
  }

  /** The first lead the filter selects, newest first or in the order given. */
  async firstLead(
    filter: Record<string, unknown>,
    orderBy?: { field: string; direction: "ASC" | "DESC" },
  ): Promise<{ id: string; fullName: string }> {
    const data = await this.request<{ leads: { edges: { node: { id: string; fullName: string } }[] } }>(
      `query ($filter: LeadFilter, $orderBy: LeadOrder) {
        leads(first: 1, filter: $filter, orderBy: $orderBy) { edges { node { id fullName } } }
      }`,
      { filter, orderBy },
    );
    const lead = data.leads.edges[0];
    if (!lead) throw new Error(`No lead matches ${JSON.stringify(filter)}`);
    return lead.node;
  }

  /** Gives a lead to a user (MANAGER and above). */
  async assignLead(input: { leadId: string; userId: string; reason: string }): Promise<void> {
    await this.request(`mutation ($input: AssignLeadInput!) { assignLead(input: $input) { lead { id } } }`, {
      input,
    });
  }

  /** Takes an unassigned lead as the signed-in user. */
  async claimLead(leadId: string): Promise<void> {
    await this.request(`mutation ($input: ClaimLeadInput!) { claimLead(input: $input) { lead { id } } }`, {
      input: { leadId },
    });
  }
}
