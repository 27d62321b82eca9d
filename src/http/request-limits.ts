// What one request may ask of the server, by default: the settings (config.ts) and the server share these.
export const DEFAULT_REQUEST_LIMITS = {
  maxBodyBytes: 1_000_000,
  maxArgumentLength: 1_000,
  maxSearchTerms: 16,
  // The README's largest question has about 200 tokens.
  maxTokens: 2_000,
} as const;
