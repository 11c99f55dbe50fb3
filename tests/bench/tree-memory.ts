/**
 * The resident memory of a whole process tree, sampled: what a pipeline of several processes at
 * once (Astro, and Pagefind's own binary beside it) really holds, where GNU time gives only the
 * largest single process. Run by the bench beside each timed step, as
 * `node tests/bench/tree-memory.ts <root pid> <output file>`: every 200 ms it sums the resident
 * memory of the root's descendants (itself left out) and writes the highest sum so far, in KB.
 * Linux only (/proc); a process that lives less than 200 ms can be missed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** Every process below `root` (itself included), from a table of each process's parent. */
export function descendants(parentOf: ReadonlyMap<number, number>, root: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentOf) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const found = new Set<number>();
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    if (found.has(pid)) continue;
    found.add(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** One line of /proc/<pid>/stat read for its parent: the fields after the command, which may hold spaces. */
function parentFromStat(stat: string): number {
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** Resident KB of the processes below `root`, `skip` left out; processes that end while read are passed over. */
export function treeResidentKb(root: number, skip: number): number {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      parentOf.set(Number(name), parentFromStat(readFileSync(`/proc/${name}/stat`, 'utf8')));
    } catch {
      // Ended between the listing and the read.
    }
  }
  let kb = 0;
  for (const pid of descendants(parentOf, root)) {
    if (pid === skip || pid === root) continue;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      kb += Number(rss ?? 0);
    } catch {
      // Ended between the listing and the read.
    }
  }
  return kb;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root, out] = [Number(process.argv[2]), process.argv[3] as string];
  let highest = 0;
  writeFileSync(out, '0');
  setInterval(() => {
    const kb = treeResidentKb(root, process.pid);
    if (kb > highest) writeFileSync(out, String((highest = kb)));
  }, 200);
}
