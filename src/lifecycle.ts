// Orderly shutdown on Ctrl-C / SIGTERM: run the cleanups once, then exit. (A crash closes the local
// Neo4j's stdin, which stops it too, so no JVM outlives this process in any case.)
type Cleanup = () => Promise<void>;

const cleanups: Cleanup[] = [];
let shuttingDown = false;

export function onShutdown(cleanup: Cleanup): void {
  cleanups.unshift(cleanup);
}

export async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    for (const cleanup of cleanups) {
      await cleanup().catch((error: Error) => console.error(`newsgraph: while stopping: ${error.message}`));
    }
  }
  process.exit(code);
}

export function installSignalHandlers(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`newsgraph: ${signal} received, stopping…`);
      void shutdown(0);
    });
  }
}
