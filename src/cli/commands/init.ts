/** `growth-targets init [plan.yaml]`: writes an annotated plan file to start from. */
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Command } from '../command.js';
import { UsageError } from '../options.js';
import { planTemplate } from '../plan-template.js';

/** The init command. */
export const initCommand: Command = {
  name: 'init',
  args: '[plan.yaml]',
  summary: 'write an annotated plan file to start from (every figure type and relation kind); never overwrites',
  options: [],
  details: [
    'the file (default plan.yaml) gets a comment on every field, an example of every figure type and relation kind, and a $schema line',
    '  relative to where it is written, for completion in an editor; growth-targets check passes it clean',
    'an existing file is never overwritten',
    'exit codes: 0 written, 2 a usage error or the file exists',
  ],
  examples: ['growth-targets init', 'growth-targets init plans/my-plan.yaml && growth-targets check plans/my-plan.yaml'],
  async run(args, _options, { io }) {
    if (args.length > 1) throw new UsageError(`'init' takes one file name (unexpected '${args[1]}')`);
    const file = args[0] ?? 'plan.yaml';
    if (!/\.ya?ml$/i.test(file)) throw new UsageError(`'init' writes YAML: give a file name ending in .yaml or .yml (got '${file}')`);
    const schemaFile = resolve(io.cwd, join(io.packageRoot, 'src', 'plan', 'plan.schema.json'));
    const fromPlan = relative(dirname(resolve(io.cwd, file)), schemaFile).split('\\').join('/');
    const schema = isAbsolute(fromPlan) || fromPlan.startsWith('../') ? fromPlan : `./${fromPlan}`;
    // An IOError (the file exists, the folder does not) is an input error: main prints it, exit 2.
    await io.createFile(file, planTemplate(schema, file));
    io.stdout(`wrote ${file}: an annotated plan to edit. Check it with: growth-targets check ${file}\n`);
    return 0;
  },
};
