/** Paths produced by a walk and consumed by scanners while the walk goes on. */
export class PathQueue {
  private items: string[] = [];
  /** Items before this index were taken (cutting them off the array on every take would move all the others). */
  private head = 0;
  private closed = false;
  private waiters: Array<() => void> = [];
  /** Everything ever pushed, in order. */
  total = 0;

  push(paths: readonly string[]): void {
    for (const path of paths) this.items.push(path); // a spread of a huge list would overflow the stack
    this.total += paths.length;
    this.wake();
  }

  close(): void {
    this.closed = true;
    this.wake();
  }

  get done(): boolean {
    return this.closed;
  }

  /** Paths waiting to be taken. */
  get size(): number {
    return this.items.length - this.head;
  }

  /** Up to `count` paths; null once the queue is closed and empty. */
  async take(count: number): Promise<string[] | null> {
    while (this.size === 0 && !this.closed) await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.size === 0) return null;
    const end = Math.min(this.items.length, this.head + count);
    const taken = this.items.slice(this.head, end);
    this.head = end;
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return taken;
  }

  /** Resolves when at least `count` paths were pushed or the queue closed. */
  async atLeast(count: number): Promise<void> {
    while (this.total < count && !this.closed) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
