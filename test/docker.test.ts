// The Docker files as written (these machines have no Docker engine to run them): no hole a user must close.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Service {
  environment?: Record<string, string>;
  ports?: string[];
  healthcheck?: { test: string[] };
  read_only?: boolean;
  cap_drop?: string[];
}

const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8')) as { services: Record<string, Service> };
const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');

describe('docker-compose.yml', () => {
  it('publishes every port on 127.0.0.1 unless the user opts in', () => {
    const ports = Object.values(compose.services).flatMap((service) => service.ports ?? []);
    expect(ports.length).toBeGreaterThan(0);
    for (const port of ports) expect(port).toMatch(/^\$\{NEWSGRAPH_BIND:-127\.0\.0\.1\}:\d+:\d+$/);
  });

  it('has no default password: it refuses to start without one', () => {
    const passwords = [compose.services.neo4j!.environment!.NEO4J_AUTH!, compose.services.newsgraph!.environment!.NEO4J_PASSWORD!];
    for (const value of passwords) expect(value).toMatch(/\$\{NEO4J_PASSWORD:\?[^}]+\}/);
  });

  it('checks the health of both services, the server through /ready', () => {
    for (const service of Object.values(compose.services)) expect(service.healthcheck?.test.length).toBeGreaterThan(0);
    expect(compose.services.newsgraph!.healthcheck!.test.join(' ')).toMatch(/\/ready/);
  });

  it('runs the server without rights', () => {
    expect(compose.services.newsgraph).toMatchObject({ read_only: true, cap_drop: ['ALL'] });
  });
});

describe('Dockerfile', () => {
  it('compiles in a stage of its own, runs the build as a user without rights, with a health check and the models', () => {
    const stages = dockerfile.match(/^FROM .*$/gm) ?? [];
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage).toMatch(/^FROM node:24-/);
    expect(dockerfile).toMatch(/^COPY --from=\w+ \/app\/dist /m);
    expect(dockerfile).toMatch(/^COPY --from=\w+ \/app\/node_modules /m);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    const runStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runStage).not.toMatch(/^COPY (src|test|scripts) /m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile.indexOf('USER node')).toBeLessThan(dockerfile.indexOf('CMD ['));
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n?.*\/ready/m);
    expect(dockerfile).toMatch(/^COPY models /m);
  });
});
