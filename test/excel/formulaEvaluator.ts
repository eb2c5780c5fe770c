/**
 * A small evaluator of the Excel formula subset the flag rule uses, with Excel's semantics where they
 * differ from JavaScript's: text comparison ignores case, FIND("", x) is 1, a missing text is #VALUE!,
 * SUMPRODUCT counts only numbers, TRIM removes only the space character, arithmetic takes TRUE as 1.
 * Function reference: https://support.microsoft.com/office (FIND, TRIM, SUMPRODUCT, MID pages).
 */

export type CellValue = number | string | boolean | null;
interface ExcelError {
  readonly error: string;
}
type Scalar = number | string | boolean | ExcelError;
type Value = Scalar | Scalar[];

const VALUE: ExcelError = { error: "#VALUE!" };
const isError = (value: unknown): value is ExcelError =>
  typeof value === "object" && value !== null && "error" in value;

type Node =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "array"; items: Node[] }
  | { kind: "cell"; column: string; row: number }
  | { kind: "call"; name: string; args: Node[] }
  | { kind: "binary"; op: string; left: Node; right: Node };

function tokenize(formula: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      let text = "";
      for (;;) {
        if (formula[j] === '"' && formula[j + 1] === '"') {
          text += '"';
          j += 2;
        } else if (formula[j] === '"') break;
        else text += formula[j++];
        if (j >= formula.length) throw new Error("Unclosed text");
      }
      tokens.push(`"${text}`);
      i = j + 1;
    } else if (/[A-Za-z$]/.test(ch)) {
      const match = /^[A-Za-z$][A-Za-z0-9$.]*/.exec(formula.slice(i));
      tokens.push(match![0]);
      i += match![0].length;
    } else if (/\d/.test(ch)) {
      const match = /^\d+(\.\d+)?/.exec(formula.slice(i));
      tokens.push(match![0]);
      i += match![0].length;
    } else if (formula.startsWith("<>", i) || formula.startsWith(">=", i) || formula.startsWith("<=", i)) {
      tokens.push(formula.slice(i, i + 2));
      i += 2;
    } else if ("(){},&=*+-<>/".includes(ch)) {
      tokens.push(ch);
      i++;
    } else throw new Error(`Unexpected ${ch} in formula`);
  }
  return tokens;
}

function parse(formula: string): Node {
  const tokens = tokenize(formula.replace(/^=/, ""));
  let at = 0;
  const peek = () => tokens[at];
  const take = (expected?: string) => {
    const token = tokens[at++];
    if (expected !== undefined && token !== expected) throw new Error(`Expected ${expected}, got ${token}`);
    return token;
  };
  const levels = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"]];
  const binary = (level: number): Node => {
    if (level === levels.length) return primary();
    let left = binary(level + 1);
    while (levels[level].includes(peek())) {
      const op = take();
      left = { kind: "binary", op, left, right: binary(level + 1) };
    }
    return left;
  };
  const primary = (): Node => {
    const token = take();
    if (token === "(") {
      const inner = binary(0);
      take(")");
      return inner;
    }
    if (token === "{") {
      const items: Node[] = [];
      while (peek() !== "}") {
        items.push(primary());
        if (peek() === ",") take();
      }
      take("}");
      return { kind: "array", items };
    }
    if (token.startsWith('"')) return { kind: "text", value: token.slice(1) };
    if (/^\d/.test(token)) return { kind: "number", value: Number(token) };
    if (peek() === "(") {
      take("(");
      const args: Node[] = [];
      while (peek() !== ")") {
        args.push(binary(0));
        if (peek() === ",") take();
      }
      take(")");
      return { kind: "call", name: token.toUpperCase(), args };
    }
    const cell = /^\$?([A-Z]+)\$?(\d+)$/.exec(token);
    if (cell) return { kind: "cell", column: cell[1], row: Number(cell[2]) };
    throw new Error(`Unknown token ${token}`);
  };
  const tree = binary(0);
  if (at !== tokens.length) throw new Error(`Unparsed: ${tokens.slice(at).join(" ")}`);
  return tree;
}

function toText(value: Scalar): string | ExcelError {
  if (isError(value)) return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function toNumber(value: Scalar): number | ExcelError {
  if (isError(value)) return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  const n = Number(value);
  return value.trim() === "" || Number.isNaN(n) ? VALUE : n;
}

function toBoolean(value: Scalar): boolean | ExcelError {
  if (isError(value)) return value;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  return VALUE;
}

/** Applies a scalar function element by element over array arguments, as Excel does in array formulas. */
function lift(args: Value[], fn: (...scalars: Scalar[]) => Scalar): Value {
  const length = Math.max(1, ...args.map((arg) => (Array.isArray(arg) ? arg.length : 1)));
  const anyArray = args.some(Array.isArray);
  const out: Scalar[] = [];
  for (let i = 0; i < length; i++) out.push(fn(...args.map((arg) => (Array.isArray(arg) ? arg[i] : arg))));
  return anyArray ? out : out[0];
}

function compare(op: string, a: Scalar, b: Scalar): Scalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  let order: number;
  if (rank(a) !== rank(b)) order = rank(a) - rank(b);
  else if (typeof a === "string") {
    const x = a.toLowerCase();
    const y = (b as string).toLowerCase();
    order = x < y ? -1 : x > y ? 1 : 0;
  } else order = Number(a) - Number(b);
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    default:
      return order >= 0;
  }
}

function scalar(value: Value): Scalar {
  return Array.isArray(value) ? value[0] : value;
}

function logical(values: Value[], all: boolean): Scalar {
  const flat = values.flatMap((value) => (Array.isArray(value) ? value : [value]));
  let result = all;
  for (const value of flat) {
    const b = toBoolean(value);
    if (isError(b)) return b;
    result = all ? result && b : result || b;
  }
  return result;
}

export type CellReader = (column: string, row: number) => CellValue;

function evaluate(node: Node, cell: CellReader): Value {
  const ev = (n: Node) => evaluate(n, cell);
  switch (node.kind) {
    case "number":
    case "text":
      return node.value;
    case "array":
      return node.items.map((item) => scalar(ev(item)));
    case "cell": {
      const value = cell(node.column, node.row);
      return value === null ? "" : value;
    }
    case "binary": {
      const left = ev(node.left);
      const right = ev(node.right);
      if (node.op === "&") {
        return lift([left, right], (a, b) => {
          const x = toText(a);
          const y = toText(b);
          return isError(x) ? x : isError(y) ? y : x + y;
        });
      }
      if (["+", "-", "*", "/"].includes(node.op)) {
        return lift([left, right], (a, b) => {
          const x = toNumber(a);
          const y = toNumber(b);
          if (isError(x)) return x;
          if (isError(y)) return y;
          return node.op === "+" ? x + y : node.op === "-" ? x - y : node.op === "*" ? x * y : x / y;
        });
      }
      return lift([left, right], (a, b) => compare(node.op, a, b));
    }
    case "call":
      return call(node.name, node.args.map(ev));
  }
}

function call(name: string, args: Value[]): Value {
  const text = (fn: (...texts: string[]) => Scalar) =>
    lift(args, (...scalars) => {
      const texts = scalars.map(toText);
      const failed = texts.find(isError);
      return failed ?? fn(...(texts as string[]));
    });
  switch (name) {
    case "OR":
      return logical(args, false);
    case "AND":
      return logical(args, true);
    case "NOT":
      return lift(args, (a) => {
        const b = toBoolean(a);
        return isError(b) ? b : !b;
      });
    case "ISNUMBER":
      return lift(args, (a) => typeof a === "number");
    case "ISERROR":
      return lift(args, (a) => isError(a));
    case "LOWER":
      return text((a) => a.toLowerCase());
    case "TRIM":
      return text((a) => a.replace(/ +/g, " ").replace(/^ | $/g, ""));
    case "CHAR":
      return lift(args, (a) => {
        const n = toNumber(a);
        return isError(n) ? n : String.fromCharCode(n);
      });
    case "SUBSTITUTE":
      return text((a, from, to) => (from === "" ? a : a.split(from).join(to)));
    case "LEN":
      return text((a) => a.length);
    case "LEFT":
      return lift(args, (a, n) => {
        const t = toText(a);
        const count = toNumber(n);
        if (isError(t)) return t;
        if (isError(count)) return count;
        return t.slice(0, count);
      });
    case "MID":
      return lift(args, (a, start, n) => {
        const t = toText(a);
        const from = toNumber(start);
        const count = toNumber(n);
        if (isError(t)) return t;
        if (isError(from)) return from;
        if (isError(count)) return count;
        return t.slice(from - 1, from - 1 + count);
      });
    case "FIND":
      return lift(args, (find, within) => {
        const f = toText(find);
        const w = toText(within);
        if (isError(f)) return f;
        if (isError(w)) return w;
        const at = w.indexOf(f);
        return at < 0 ? VALUE : at + 1;
      });
    case "SUMPRODUCT": {
      const lists = args.map((arg) => (Array.isArray(arg) ? arg : [arg]));
      let sum = 0;
      for (let i = 0; i < lists[0].length; i++) {
        let product = 1;
        for (const list of lists) {
          const v = list[i];
          if (isError(v)) return v;
          product *= typeof v === "number" ? v : 0;
        }
        sum += product;
      }
      return sum;
    }
    default:
      throw new Error(`The evaluator does not know ${name}`);
  }
}

/**
 * Evaluates a conditional-format formula written for the area's top-left cell at a cell `rowOffset`
 * rows below it: relative row references move with the cell, as Excel applies the rule.
 * True when the rule fills the cell (a non-zero number or TRUE; errors never fill).
 */
export function ruleApplies(formula: string, rowOffset: number, cell: CellReader): boolean {
  const tree = parse(formula);
  const result = scalar(evaluate(tree, (column, row) => cell(column, row + rowOffset)));
  if (isError(result)) return false;
  if (typeof result === "boolean") return result;
  return typeof result === "number" && result !== 0;
}
