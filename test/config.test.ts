import { describe, expect, it } from 'vitest';
import { ConfigError, loadSettings, unknownSettingWarnings } from '../src/config';

describe('loadSettings', () => {
  it('gives every setting its documented default', () => {
    const settings = loadSettings({});
    expect(settings).toMatchObject({ PORT: 4000, HOST: '127.0.0.1', NEO4J_LOCAL_PORT: 7687, NEO4J_LOCAL_HEAP: '512m' });
    expect(settings.NEO4J_URI).toBeUndefined();
  });

  it('treats empty values as unset', () => {
    const settings = loadSettings({ NEO4J_URI: '', PORT: '' });
    expect(settings.PORT).toBe(4000);
    expect(settings.NEO4J_URI).toBeUndefined();
  });

  it('names every bad setting and its value in one error', () => {
    const attempt = () => loadSettings({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', NEO4J_LOCAL_HEAP: 'lots' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT="eighty"[\s\S]*NEO4J_URI="http:\/\/localhost:7474"[\s\S]*NEO4J_LOCAL_HEAP="lots"/);
  });

  it('reads switches as true or false, and refuses anything else', () => {
    expect(loadSettings({}).SOURCE_MAPPED_STACKS).toBe(false);
    expect(loadSettings({ SOURCE_MAPPED_STACKS: 'true' }).SOURCE_MAPPED_STACKS).toBe(true);
    expect(loadSettings({ SOURCE_MAPPED_STACKS: '0' }).SOURCE_MAPPED_STACKS).toBe(false);
    expect(() => loadSettings({ SOURCE_MAPPED_STACKS: 'yes please' })).toThrow(/SOURCE_MAPPED_STACKS="yes please": true or false/);
  });

  it('reads keys and origins as comma-separated lists, and refuses a key too short to be secret', () => {
    const settings = loadSettings({ NEWSGRAPH_WRITE_KEYS: ' 0123456789abcdef0123 , fedcba9876543210fedc', NEWSGRAPH_CORS_ORIGINS: 'https://a.example.org/, https://b.example.org' });
    expect(settings.NEWSGRAPH_WRITE_KEYS).toEqual(['0123456789abcdef0123', 'fedcba9876543210fedc']);
    expect(settings.NEWSGRAPH_READ_KEYS).toEqual([]);
    expect(settings.NEWSGRAPH_CORS_ORIGINS).toEqual(['https://a.example.org', 'https://b.example.org']);
    expect(() => loadSettings({ NEWSGRAPH_WRITE_KEYS: 'secret' })).toThrow(/NEWSGRAPH_WRITE_KEYS="secret": keys of at least 16 characters/);
    expect(() => loadSettings({ NEWSGRAPH_CORS_ORIGINS: 'everyone' })).toThrow(/NEWSGRAPH_CORS_ORIGINS="everyone"/);
  });

  it('lists every setting in .env.example', async () => {
    const { readFileSync } = await import('node:fs');
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    for (const key of Object.keys(loadSettings({}))) expect(example).toMatch(new RegExp(`^${key}=`, 'm'));
  });
});

describe('unknownSettingWarnings', () => {
  it('warns of a variable that looks like a setting but is none, with the one it probably means', () => {
    const warnings = unknownSettingWarnings({ NEO4J_URL: 'bolt://x', GRAPHQL_MAX_DEPHT: '9', NEWSGRAPH_SOMETHING_ELSE_ENTIRELY: '1', PATH: '/bin', NEO4J_URI: 'bolt://y', NEO4J_TEST_URI: 'bolt://z' });
    expect(warnings).toEqual([
      expect.stringMatching(/^GRAPHQL_MAX_DEPHT is not a setting .*\(did you mean GRAPHQL_MAX_DEPTH\?\)/),
      expect.stringMatching(/^NEO4J_URL is not a setting .*\(did you mean NEO4J_URI\?\)/),
      expect.not.stringMatching(/did you mean/),
    ]);
    expect(warnings[2]).toMatch(/^NEWSGRAPH_SOMETHING_ELSE_ENTIRELY is not a setting/);
    expect(unknownSettingWarnings({ NEO4J_URI: 'bolt://y', PORT: '1', HOME: '/root' })).toEqual([]);
  });
});
