const key = 'samenplan.organisation';

/** The organisation chosen at the last successful sign-in; storage may be blocked, then nothing is remembered. */
export function rememberedOrganisation(): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function rememberOrganisation(slug: string) {
  try {
    globalThis.localStorage?.setItem(key, slug);
  } catch {
    // Not remembered; the select simply starts empty next time.
  }
}
