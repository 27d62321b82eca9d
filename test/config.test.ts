import { describe, expect, it } from 'vitest';
import { ConfigError, loadSettings } from '../src/config';

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

  it('lists every setting in .env.example', async () => {
    const { readFileSync } = await import('node:fs');
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    for (const key of Object.keys(loadSettings({}))) expect(example).toMatch(new RegExp(`^${key}=`, 'm'));
  });
});
