// YAML parsing with a bound on errors and on nesting. The YAML library builds one error object per
// unexpected token and keeps going: a 1 MB line of `}` made a million of them (tens of seconds).
// Here the token stream is cut after MAX_YAML_ERRORS error tokens and later errors are not built:
// the document still carries errors (so it is reported as broken, at the first one), and the cost
// stays linear in the text. Flow collections (`{`, `[`) are cut at MAX_FLOW_DEPTH levels: the
// parser keeps a node per open level, so 2 MB of unclosed `{` (found by the nightly fuzz run in a
// pnpm-lock.yaml) held 2 million nodes, over 700 MB, before the composer's recursion gave up.
import { Composer, Lexer, Parser, YAMLParseError, type Document, type DocumentOptions, type LineCounter, type ParseOptions, type SchemaOptions } from 'yaml';

export const MAX_YAML_ERRORS = 1000;
/** Far deeper than any manifest or lockfile; shallow enough that the nodes cost nothing. */
export const MAX_FLOW_DEPTH = 1000;

type Options = ParseOptions & DocumentOptions & SchemaOptions & { lineCounter?: LineCounter };

/**
 * Like yaml's parseAllDocuments (without pretty errors), with at most MAX_YAML_ERRORS error tokens
 * read and flow collections nested at most MAX_FLOW_DEPTH deep (deeper, the text is not read
 * further and the last document gets a "nested too deeply" error there).
 */
export function parseAllDocumentsBounded(text: string, options: Options): Document.Parsed[] {
  const parser = new Parser(options.lineCounter?.addNewLine);
  const composer = new Composer({ ...options, prettyErrors: false });
  // Errors the composer finds itself (not error tokens: adjacent quoted scalars, keys over
  // several lines) are dropped past the bound too; the composer hands its own `onError` to
  // each document it composes, so replacing the property is enough.
  const reporting = composer as unknown as { onError: (...args: unknown[]) => void };
  const report = reporting.onError;
  let reported = 0;
  reporting.onError = (...args) => { if (++reported <= MAX_YAML_ERRORS) report(...args); };
  let errors = 0;
  let tooDeepAt: number | undefined;
  // What Parser.parse does, with the lexemes counted on the way (a flow start is a lexeme of its own).
  function* tokens() {
    options.lineCounter?.addNewLine(0);
    let depth = 0;
    for (const lexeme of new Lexer().lex(text, false)) {
      if (lexeme === '{' || lexeme === '[') {
        if (++depth > MAX_FLOW_DEPTH) {
          tooDeepAt = parser.offset;
          break;
        }
      } else if ((lexeme === '}' || lexeme === ']') && depth > 0) depth--;
      for (const token of parser.next(lexeme)) {
        if (token.type === 'error' && ++errors > MAX_YAML_ERRORS) return;
        yield token;
      }
    }
    for (const token of parser.end()) {
      if (token.type === 'error' && ++errors > MAX_YAML_ERRORS) return;
      yield token;
    }
  }
  const docs = Array.from(composer.compose(tokens(), true, text.length)) as Document.Parsed[];
  if (tooDeepAt !== undefined) docs.at(-1)?.errors.push(new YAMLParseError([tooDeepAt, tooDeepAt + 1], 'UNEXPECTED_TOKEN', 'nested too deeply'));
  return docs;
}
