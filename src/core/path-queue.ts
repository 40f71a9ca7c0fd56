/** Paths produced by a walk and consumed by scanners while the walk goes on. */
export class PathQueue {
  private readonly items: string[] = [];
  private closed = false;
  private waiters: Array<() => void> = [];
  /** Everything ever pushed, in order. */
  total = 0;

  push(paths: readonly string[]): void {
    this.items.push(...paths);
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
    return this.items.length;
  }

  /** Up to `count` paths; null once the queue is closed and empty. */
  async take(count: number): Promise<string[] | null> {
    while (this.items.length === 0 && !this.closed) await new Promise<void>((resolve) => this.waiters.push(resolve));
    return this.items.length > 0 ? this.items.splice(0, count) : null;
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
