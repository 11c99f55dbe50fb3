import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { descendants, treeResidentKb } from '../../bench/tree-memory.ts';

describe('descendants', () => {
  it('finds every process below the root, at any depth, and none beside it', () => {
    // pid → parent: 1 ← 10 ← 11 ← 12, 1 ← 20, and 30 under an unrelated 99.
    const parentOf = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [20, 1],
      [30, 99],
    ]);
    expect([...descendants(parentOf, 10)].sort((a, b) => a - b)).toEqual([10, 11, 12]);
    expect([...descendants(parentOf, 1)].sort((a, b) => a - b)).toEqual([1, 10, 11, 12, 20]);
  });
});

describe('treeResidentKb', () => {
  it("adds up the resident memory of a real process's children, and leaves out the one it is told to skip", async () => {
    // Two children holding about 60 MB each: the tree holds at least their sum.
    const hold = 'const b = Buffer.alloc(60 * 2 ** 20, 1); setTimeout(() => b.length, 5000);';
    const children = [0, 1].map(() => spawn(process.execPath, ['-e', hold], { stdio: 'ignore' }));
    await new Promise((r) => setTimeout(r, 800));
    const [first, second] = children;
    const all = treeResidentKb(process.pid, -1);
    const withoutFirst = treeResidentKb(process.pid, first?.pid ?? -1);
    for (const child of children) child.kill();
    expect(all).toBeGreaterThan(2 * 60 * 1024);
    expect(all - withoutFirst).toBeGreaterThan(60 * 1024);
    expect(second?.pid).toBeDefined();
  });
});
