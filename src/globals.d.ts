/** Set by scripts/vite-geodata-verified.ts: each build-validated geodata file's text hash. */
declare const __GEODATA_VERIFIED__: Partial<
  Record<import('./data/registry.ts').DatasetKey, string>
>;
