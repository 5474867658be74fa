import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: false,
    target: 'node20',
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    // Bundled CommonJS code that calls require() gets Node's (no dependency needs it today).
    // A CLI run is short: checking the five seed plans spends a third of its time compiling hot
    // functions with TurboFan that it then hardly uses. An interrupt budget 8× V8's default
    // (67584) leaves short runs in the baseline tiers and still optimises long ones: the seeds
    // check in about 0.7× the time, 10,000 relations within a few percent (npm run bench, "CLI").
    // Set first thing, before any bundled function has run.
    banner: {
      js: [
        '#!/usr/bin/env node',
        "import { setFlagsFromString as __setV8Flags } from 'node:v8';",
        "__setV8Flags('--interrupt-budget=540672');",
        "import { createRequire as __createRequire } from 'node:module';",
        'const require = __createRequire(import.meta.url);',
      ].join('\n'),
    },
    // One file with its dependencies: start-up time is most of a CLI run (see npm run bench).
    noExternal: [/.*/],
    platform: 'node',
  },
]);
