import * as client from 'openid-client';

export interface BrokerSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/**
 * The relying-party side against the DigiD/eHerkenning broker: authorization code flow with PKCE (S256), state and
 * nonce, all checked by openid-client. The BSN is taken only from the verified ID token.
 */
export class RelyingParty {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(private readonly broker: BrokerSettings, private readonly redirectUri: string) {}

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

  async start(): Promise<{ url: string; state: string; nonce: string; verifier: string }> {
    const config = await this.config();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: 'openid',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state, nonce, verifier };
  }

  /** Exchanges the code and returns the BSN from the ID token, or null when the token has none. */
  async finish(callbackUrl: URL, expected: { state: string; nonce: string; verifier: string }): Promise<string | null> {
    const config = await this.config();
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: expected.verifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
    const bsn = tokens.claims()?.bsn;
    return typeof bsn === 'string' ? bsn : null;
  }
}
