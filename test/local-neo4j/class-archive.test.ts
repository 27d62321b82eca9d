// When the class-data archive counts as current: written after the launcher jar and every library jar.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isArchiveCurrent } from '../../src/local-neo4j/class-archive';

describe('isArchiveCurrent', () => {
  let root: string;
  let archive: string;
  let launcherJar: string;
  let libDir: string;
  const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'class-archive-'));
    archive = join(root, 'classes.jsa');
    launcherJar = join(root, 'launcher.jar');
    libDir = join(root, 'lib');
    mkdirSync(libDir);
    for (const path of [launcherJar, join(libDir, 'a.jar'), join(libDir, 'b.jar')]) {
      writeFileSync(path, 'jar');
      at(path, 1_000);
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is false while there is no archive', () => {
    expect(isArchiveCurrent(archive, launcherJar, libDir)).toBe(false);
  });

  it('is true for an archive written after every jar', () => {
    writeFileSync(archive, 'archive');
    at(archive, 2_000);
    expect(isArchiveCurrent(archive, launcherJar, libDir)).toBe(true);
  });

  it('is false once the launcher or a library is rebuilt after it', () => {
    writeFileSync(archive, 'archive');
    at(archive, 2_000);
    at(join(libDir, 'b.jar'), 3_000);
    expect(isArchiveCurrent(archive, launcherJar, libDir)).toBe(false);
    at(join(libDir, 'b.jar'), 1_000);
    at(launcherJar, 3_000);
    expect(isArchiveCurrent(archive, launcherJar, libDir)).toBe(false);
  });
});
