/** The output formats of `growth-targets check`, one module each. */
import type { FormatName, Formatter } from './context.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export type { FailOn, FormatContext, FormatName, Formatter } from './context.js';
export { fails, hasErrorIssues, issueLine } from './context.js';

/** Every format by its `--format` name. */
export const FORMATTERS: Readonly<Record<FormatName, Formatter>> = {
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  junit: formatJunit,
  sarif: formatSarif,
  github: formatGithub,
};
