import { describe, expect, it } from 'vitest';
import { isAppUrl, isSameOrigin, isTrustedAppUrl } from './origins';

describe('origins', () => {
  it('recognises the app origin and nothing else', () => {
    expect(isAppUrl('app://app/index.html')).toBe(true);
    expect(isAppUrl('app://app/assets/x.js?v=1#top')).toBe(true);
    expect(isAppUrl('app://print/job-1.html')).toBe(false);
    expect(isAppUrl('https://app/index.html')).toBe(false);
    expect(isAppUrl('file:///C:/app/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('trusts the dev server only when one is configured, by scheme, host and port', () => {
    expect(isTrustedAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedAppUrl('http://localhost:5173/')).toBe(false);
    expect(isTrustedAppUrl('http://localhost:5173/', '')).toBe(false);
  });

  it('compares custom-scheme origins by parts (URL.origin is "null" for them)', () => {
    expect(new URL('app://app/x').origin).toBe('null');
    expect(isSameOrigin('app://app/x', 'app://app')).toBe(true);
    expect(isSameOrigin('app://evil/x', 'app://app')).toBe(false);
  });
});
