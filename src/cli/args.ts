// Command-line options of every command: node:util parseArgs, with its errors turned into short
// messages that name the option and, for a typo, the option meant (`--formt` → `--format`).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigurationError } from '../core/errors.js';
import { suggest } from '../manifest/validate.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<const O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (e) {
    throw argError(e, argv, options);
  }
}

/** A parseArgs error as a ConfigurationError the user can act on; anything else unchanged. */
function argError(e: unknown, argv: readonly string[], options: Options): unknown {
  const code = (e as { code?: string })?.code ?? '';
  const message = (e as Error)?.message ?? '';
  const names = Object.entries(options).flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])]);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = /Unknown option '([^']+)'/.exec(message)?.[1] ?? argv.find((a) => a.startsWith('-') && !names.includes(a.split('=')[0]!)) ?? '?';
    const flag = given.split('=')[0]!;
    const near = flag.startsWith('--') ? suggest(flag.slice(2), Object.keys(options)) : undefined;
    return new ConfigurationError(`unknown option ${flag}${near ? `; did you mean --${near}?` : `; options: ${names.filter((n) => n.startsWith('--')).join(', ')}`}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /Option '(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '?';
    const name = flag.replace(/^-+/, '');
    const long = options[name] ? name : Object.entries(options).find(([, o]) => o.short === name)?.[0] ?? name;
    return new ConfigurationError(options[long]?.type === 'boolean' ? `option --${long} takes no value` : `option --${long} needs a value`);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new ConfigurationError(`unexpected argument ${/'([^']+)'/.exec(message)?.[1] ?? ''}`.trim());
  return e;
}
