/** Every command of the CLI, in the order `growth-targets --help` lists them. */
import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { decomposeCommand } from './decompose.js';
import { extractCommand } from './extract.js';
import { initCommand } from './init.js';
import { projectCommand, rateCommand } from './growth.js';
import { monitorCommand } from './monitor.js';
import { scenarioCommand } from './scenario.js';
import { simulateCommand } from './simulate.js';

/** The commands; adding one is a file in this folder and a line here. */
export const COMMANDS: readonly Command[] = [checkCommand, projectCommand, rateCommand, scenarioCommand, simulateCommand, monitorCommand, decomposeCommand, extractCommand, initCommand];
