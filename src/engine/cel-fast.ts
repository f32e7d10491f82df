// A direct evaluator for the small expressions rules test each element with (`assert` of a rule
// over 20,000 URLs): field reads, `!`, `&&`, `||`, `==`, `!=`, `in` a list of literals,
// `matches`/`startsWith`/`endsWith`/`contains` with a literal, `.?field.orValue(literal)`.
// Compiled once to JavaScript closures, they run without cel-js's per-node dispatch. Whenever a
// value is not of the type the construct needs (a missing key, a number where a string is
// compared, a non-bool operand), the closure gives up (FALLBACK) and cel-js evaluates the whole
// expression, with CEL's own errors and error absorption. So an answer given here is the one
// cel-js gives: for well-typed operands CEL's `||` and `&&` are JavaScript's.
import type { ASTNode } from '@marcbachmann/cel-js';

/** Thrown by a fast closure that cannot answer: the caller evaluates with cel-js instead. */
export const FALLBACK: unique symbol = Symbol('cel-fast-fallback');

type Fast = (vars: Record<string, unknown>) => unknown;

const STRING_METHODS = new Set(['startsWith', 'endsWith', 'contains']);

const fail = (): never => { throw FALLBACK; };
const bool = (v: unknown): boolean => (typeof v === 'boolean' ? v : fail());
const str = (v: unknown): string => (typeof v === 'string' ? v : fail());

/** A plain object (a CEL map from toCel) holding `key` itself. */
function field(o: unknown, key: string): unknown {
  if (o === null || typeof o !== 'object' || Array.isArray(o) || !Object.prototype.hasOwnProperty.call(o, key)) fail();
  return (o as Record<string, unknown>)[key];
}

/** The closure for `ast`, or undefined when it holds anything else (then cel-js runs it). */
export function compileFast(ast: ASTNode): Fast | undefined {
  const args = ast.args as unknown;
  const sub = (x: unknown): Fast | undefined => (x && typeof x === 'object' && 'op' in x ? compileFast(x as ASTNode) : undefined);
  switch (ast.op) {
    case 'value': {
      const v = args;
      return typeof v === 'string' || typeof v === 'boolean' ? () => v : undefined;
    }
    case 'id': {
      const name = args as string;
      return (vars) => (Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : fail());
    }
    case '.': {
      const [of, key] = args as [unknown, unknown];
      const o = sub(of);
      if (!o || typeof key !== 'string') return undefined;
      return (vars) => field(o(vars), key);
    }
    case '!_': {
      const x = sub(args);
      return x && ((vars) => !bool(x(vars)));
    }
    case '||':
    case '&&': {
      const [l, r] = (args as unknown[]).map(sub);
      if (!l || !r) return undefined;
      return ast.op === '||'
        ? (vars) => bool(l(vars)) || bool(r(vars))
        : (vars) => bool(l(vars)) && bool(r(vars));
    }
    case '==':
    case '!=': {
      const [l, r] = (args as unknown[]).map(sub);
      if (!l || !r) return undefined;
      const eq = (vars: Record<string, unknown>): boolean => {
        const a = l(vars);
        const b = r(vars);
        // Strings with strings, bools with bools; any other pair (ints, nulls, mixed) is cel-js's.
        if (typeof a !== typeof b || (typeof a !== 'string' && typeof a !== 'boolean')) fail();
        return a === b;
      };
      return ast.op === '==' ? eq : (vars) => !eq(vars);
    }
    case 'in': {
      const [l, r] = args as [unknown, unknown];
      const x = sub(l);
      const list = r as ASTNode;
      if (!x || list?.op !== 'list' || !Array.isArray(list.args)) return undefined;
      const items = (list.args as ASTNode[]).map((n) => (n?.op === 'value' && typeof n.args === 'string' ? n.args : undefined));
      if (items.some((i) => i === undefined)) return undefined;
      const set = new Set(items as string[]);
      return (vars) => set.has(str(x(vars)));
    }
    case 'rcall': {
      const [method, target, callArgs] = args as [string, unknown, unknown[]];
      if (!Array.isArray(callArgs) || callArgs.length !== 1) return undefined;
      const arg = callArgs[0] as ASTNode;
      if (method === 'orValue') {
        const opt = target as ASTNode;
        if (opt?.op !== '.?' || arg?.op !== 'value' || (typeof arg.args !== 'string' && typeof arg.args !== 'boolean')) return undefined;
        const [of, key] = opt.args as [unknown, unknown];
        const o = sub(of);
        if (!o || typeof key !== 'string') return undefined;
        const fallback = arg.args;
        return (vars) => {
          const m = o(vars);
          if (m === null || typeof m !== 'object' || Array.isArray(m)) fail();
          return Object.prototype.hasOwnProperty.call(m, key) ? (m as Record<string, unknown>)[key] : fallback;
        };
      }
      const t = sub(target);
      if (!t || arg?.op !== 'value' || typeof arg.args !== 'string') return undefined;
      const lit = arg.args;
      if (method === 'matches') {
        let re: RegExp;
        try { re = new RegExp(lit); } catch { return undefined; }
        return (vars) => re.test(str(t(vars)));
      }
      if (!STRING_METHODS.has(method)) return undefined;
      if (method === 'startsWith') return (vars) => str(t(vars)).startsWith(lit);
      if (method === 'endsWith') return (vars) => str(t(vars)).endsWith(lit);
      return (vars) => str(t(vars)).includes(lit);
    }
    default:
      return undefined;
  }
}
