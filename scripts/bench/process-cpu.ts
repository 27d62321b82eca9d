// CPU time of a process and of its threads, from /proc (Linux): what a process did, less sensitive than wall
// time to a busy machine.
import { readdirSync, readFileSync } from 'node:fs';

/** CPU time (ms, user + system) the process has used: the database's work, less sensitive than wall time to a busy machine. */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks of 1/100 s
}

/** CPU time (ms) of each of the process's threads by name (numbers folded), to tell queries from GC, JIT and index merges. */
export function threadCpuMs(pid: number): Map<string, number> {
  const byName = new Map<string, number>();
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/\d+/g, 'N');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      byName.set(name, (byName.get(name) ?? 0) + ((Number(fields[11]) + Number(fields[12])) * 1000) / 100);
    } catch {
      // the thread ended meanwhile
    }
  }
  return byName;
}
