export interface Problem {
  path: string;
  message: string;
}

/** Collects validation problems as data; the caller decides whether they are fatal. */
export class Problems {
  readonly list: Problem[] = [];

  add(path: string, message: string): void {
    this.list.push({ path, message });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }
}
