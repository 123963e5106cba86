import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';

/** The browser's passkey dialogs, through @simplewebauthn/browser; the options come from the server as they are. */

export function passkeysSupported(): boolean {
  return browserSupportsWebAuthn();
}

/** Asks the device to make a passkey; rejects when the person stops or the device refuses. */
export function createPasskey(options: { challenge: string }) {
  return startRegistration({ optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON });
}

/** Asks the device to sign in with a passkey (the server's options name them, or leave the choice to the device). */
export function signWithPasskey(options: { challenge: string }) {
  return startAuthentication({ optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON });
}
