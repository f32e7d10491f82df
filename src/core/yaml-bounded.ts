// YAML parsing with a bound on errors. The YAML library builds one error object per unexpected
// token and keeps going: a 1 MB line of `}` made a million of them (tens of seconds). Here the
// token stream is cut after MAX_YAML_ERRORS error tokens and later errors are not built: the
// document still carries errors (so it is reported as broken, at the first one), and the cost
// stays linear in the text.
import { Composer, Parser, type Document, type DocumentOptions, type LineCounter, type ParseOptions, type SchemaOptions } from 'yaml';

export const MAX_YAML_ERRORS = 1000;

type Options = ParseOptions & DocumentOptions & SchemaOptions & { lineCounter?: LineCounter };

/** Like yaml's parseAllDocuments (without pretty errors), with at most MAX_YAML_ERRORS error tokens read. */
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
  function* tokens() {
    for (const token of parser.parse(text)) {
      if (token.type === 'error' && ++errors > MAX_YAML_ERRORS) return;
      yield token;
    }
  }
  return Array.from(composer.compose(tokens(), true, text.length)) as Document.Parsed[];
}
