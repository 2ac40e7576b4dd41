/** One measured figure; `max` makes it a target that the run checks. */
export interface BenchFigure {
  label: string;
  value: number;
  unit: string;
  max?: number;
}

/** What every bench case gets from the runner. */
export interface BenchContext {
  /** Objects to work with (`--objects N`, default 100,000). */
  objects: number;
  /** References per object (300k references for 100k objects). */
  referencesPerObject: number;
  /** Bytes of attribute JSON per object. */
  attributeBytes: number;
  /** A fresh temporary directory for this case; removed after it. */
  workDir: string;
  /** Seconds of the SQLite insert floor for the same volume, measured once per run (see sqliteFloor.ts). */
  floorSeconds(): Promise<number>;
  /** Progress for people watching, on stderr. */
  log(message: string): void;
  /** `--postgres <admin URL>`: cases that support it run on a fresh PostgreSQL database made there. */
  postgresAdminUrl: string | null;
}

/**
 * A benchmark. Add one by writing a file that exports a BenchCase and listing it in cases.ts; `npm run bench
 * -- --only <name>` runs just that one.
 */
export interface BenchCase {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<BenchFigure[]>;
}
