/** One GraphQL error as the gateway sends it. */
export interface GqlError {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
  path?: (string | number)[];
}

export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors: GqlError[];
}

/** How a client authenticates: a console session cookie or a personal API token. */
export type Credentials = { cookie: string } | { bearer: string } | null;

/** A typed error returned as data by a mutation (`... on Error`). */
export interface TypedError {
  __typename: string;
  message: string;
  fieldErrors?: { path: string; message: string }[];
  kind?: string;
  suggestedFix?: string;
}

/** The `{ __typename, data }` union every mutation with errors returns. */
export type Result<T> = ({ __typename: string } & Partial<TypedError>) & { data?: T };

/**
 * A caller of the gateway over real HTTP: a session cookie or a bearer
 * token, every response body appended to `transcript` (the security suite
 * scans it for secrets).
 */
export class GatewayClient {
  constructor(
    readonly baseUrl: string,
    readonly credentials: Credentials,
    readonly transcript: string[] = [],
  ) {}

  /** The same gateway as another caller. */
  as(credentials: Credentials): GatewayClient {
    return new GatewayClient(this.baseUrl, credentials, this.transcript);
  }

  headers(extra: Record<string, string> = {}): Record<string, string> {
    const auth: Record<string, string> = {};
    if (this.credentials && 'cookie' in this.credentials) auth['cookie'] = this.credentials.cookie;
    if (this.credentials && 'bearer' in this.credentials) auth['authorization'] = `Bearer ${this.credentials.bearer}`;
    return { ...auth, ...extra };
  }

  /** A raw request with this caller's credentials; redirects are not followed. */
  async fetch(path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Response> {
    const response = await fetch(new URL(path, this.baseUrl), { redirect: 'manual', ...init, headers: this.headers(init.headers) });
    const text = await response.clone().text();
    this.transcript.push(`${response.headers.get('location') ?? ''} ${text}`);
    return response;
  }

  /** POST a GraphQL operation as JSON. */
  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<T>> {
    const response = await this.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GqlError[] };
    return { status: response.status, data: body.data ?? null, errors: body.errors ?? [] };
  }

  /** A GraphQL operation that must succeed without errors; returns its data. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors.length > 0 || result.data === null) {
      throw new Error(`GraphQL failed (${result.status}): ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }
}

/** The `name=value` of a Set-Cookie header, for sending back. */
export function cookiePair(setCookie: string | null, name: string): string | undefined {
  const match = new RegExp(`(?:^|,\\s*)${name}=([^;]*)`).exec(setCookie ?? '');
  return match ? `${name}=${match[1]}` : undefined;
}
