import * as client from 'openid-client';

export interface BrokerSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** Which sign-in the broker performs: DigiD (BSN) or eHerkenning (organisation's KvK number and employee). */
export type BrokerFlow = 'digid' | 'eherkenning';

const scopes: Record<BrokerFlow, string> = { digid: 'openid', eherkenning: 'openid eherkenning' };

/**
 * The relying-party side against the DigiD/eHerkenning broker: authorization code flow with PKCE (S256), state and
 * nonce, all checked by openid-client. Identities (BSN, KvK number and e-mail) are taken only from the verified ID
 * token. Each flow has its own callback, `/api/auth/<flow>/callback`.
 */
export class RelyingParty {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(private readonly broker: BrokerSettings, private readonly publicUrl: string) {}

  redirectUri(flow: BrokerFlow): string {
    return `${this.publicUrl}/api/auth/${flow}/callback`;
  }

  private config(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(new URL(this.broker.issuer), this.broker.clientId, this.broker.clientSecret, undefined,
        this.broker.issuer.startsWith('http://127.0.0.1') ? { execute: [client.allowInsecureRequests] } : undefined)
      .catch((error: unknown) => {
        this.configuration = null;
        throw error;
      });
    return this.configuration;
  }

  async start(flow: BrokerFlow): Promise<{ url: string; state: string; nonce: string; verifier: string }> {
    const config = await this.config();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri(flow),
      scope: scopes[flow],
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state, nonce, verifier };
  }

  /** Exchanges the code (state, nonce and PKCE verifier checked) and returns the verified ID token's claims. */
  async finish(callbackUrl: URL, expected: { state: string; nonce: string; verifier: string }): Promise<Record<string, unknown>> {
    const config = await this.config();
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: expected.verifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
    return { ...tokens.claims() };
  }
}
