/**
 * The parser of the query service's `filter` parameter:
 *
 *   filter     = or
 *   or         = and { "," and }            (comma is OR)
 *   and        = term { ";" term }          (semicolon is AND, so it binds tighter)
 *   term       = "(" or ")" | comparison
 *   comparison = field operator value
 *   operator   = "==" | "!=" | "<=" | ">=" | "<" | ">"
 *   value      = '"' { any but '"' | '""' } '"' | bare
 *   bare       = { any but ';' ',' ')' '(' '"' | '""' }
 *
 * A bare value runs up to `;`, `,` or `)`; EM drops spaces inside it, so `Name==Exchange Backup`
 * means `ExchangeBackup`. In either form a doubled quote stands for one: `Name==""Backup""` and
 * `Name=="""Backup"""` both name a job called "Backup" (with the quotes). Enumeration values,
 * numbers and dates are written bare or quoted alike. Positions are 1-based character offsets into
 * the filter text.
 */

/** A comparison operator. */
export type ComparisonOperator = "==" | "!=" | "<" | ">" | "<=" | ">=";

/** A node of a parsed filter. */
export type FilterNode =
  | { readonly kind: "and" | "or"; readonly operands: readonly FilterNode[] }
  | {
      readonly kind: "comparison";
      readonly field: string;
      readonly fieldPosition: number;
      readonly operator: ComparisonOperator;
      readonly value: string;
      readonly valuePosition: number;
      /** Whether the value was written in double quotes. */
      readonly quoted: boolean;
    };

/** A filter that cannot be parsed, with where the problem is. */
export class FilterSyntaxError extends Error {
  constructor(
    /** 1-based position in the filter text. */
    readonly position: number,
    /** What is wrong, without the position. */
    readonly reason: string,
  ) {
    super(`Invalid filter at position ${position}: ${reason}`);
    this.name = "FilterSyntaxError";
  }
}

const OPERATORS: readonly ComparisonOperator[] = ["==", "!=", "<=", ">=", "<", ">"];
const FIELD = /[A-Za-z_][A-Za-z0-9_]*/y;
const BARE_END = new Set([";", ",", ")"]);

/** Parses a filter expression; throws {@link FilterSyntaxError} naming the position of the first problem. */
export function parseFilter(text: string): FilterNode {
  const parser = new Parser(text);
  const node = parser.or();
  parser.skipSpaces();
  if (!parser.atEnd()) {
    const found = parser.peek();
    throw new FilterSyntaxError(
      parser.position(),
      found === ")" ? 'unmatched ")"' : `expected ";", "," or the end of the filter but found ${quote(found)}`,
    );
  }
  return node;
}

class Parser {
  private index = 0;

  constructor(private readonly text: string) {}

  or(): FilterNode {
    const operands = [this.and()];
    while (this.accept(",")) operands.push(this.and());
    return operands.length === 1 ? operands[0]! : { kind: "or", operands };
  }

  private and(): FilterNode {
    const operands = [this.term()];
    while (this.accept(";")) operands.push(this.term());
    return operands.length === 1 ? operands[0]! : { kind: "and", operands };
  }

  private term(): FilterNode {
    this.skipSpaces();
    if (this.peek() === "(") {
      const open = this.position();
      this.index++;
      const inner = this.or();
      this.skipSpaces();
      if (this.peek() !== ")") {
        if (this.atEnd()) throw new FilterSyntaxError(open, 'the "(" here is never closed');
        throw new FilterSyntaxError(this.position(), `expected ")" but found ${quote(this.peek())}`);
      }
      this.index++;
      return inner;
    }
    return this.comparison();
  }

  private comparison(): FilterNode {
    this.skipSpaces();
    const fieldPosition = this.position();
    FIELD.lastIndex = this.index;
    const field = FIELD.exec(this.text)?.[0];
    if (field === undefined) {
      throw new FilterSyntaxError(
        fieldPosition,
        this.atEnd()
          ? "expected a field name but the filter ends"
          : `expected a field name but found ${quote(this.peek())}`,
      );
    }
    this.index += field.length;
    this.skipSpaces();
    const operatorPosition = this.position();
    const operator = OPERATORS.find((candidate) => this.text.startsWith(candidate, this.index));
    if (operator === undefined) {
      const found = this.atEnd() ? "the end of the filter" : quote(this.peek());
      throw new FilterSyntaxError(
        operatorPosition,
        `expected a comparison operator (==, !=, <, >, <=, >=) after ${field} but found ${found}`,
      );
    }
    this.index += operator.length;
    this.skipSpaces();
    const valuePosition = this.position();
    if (this.opensQuotedValue())
      return { kind: "comparison", field, fieldPosition, operator, ...this.quotedValue(), valuePosition, quoted: true };
    return {
      kind: "comparison",
      field,
      fieldPosition,
      operator,
      value: this.bareValue(valuePosition),
      valuePosition,
      quoted: false,
    };
  }

  private quotedValue(): { value: string } {
    const open = this.position();
    this.index++;
    let value = "";
    for (;;) {
      if (this.atEnd()) throw new FilterSyntaxError(open, "the quoted value that starts here is never closed");
      const char = this.text[this.index]!;
      if (char === '"') {
        // A doubled quote stands for one quote character.
        if (this.text[this.index + 1] === '"') {
          value += '"';
          this.index += 2;
          continue;
        }
        this.index++;
        return { value };
      }
      value += char;
      this.index++;
    }
  }

  /**
   * Whether the value here is in double quotes. `""` opens a bare value starting with a quote
   * (`Name==""Backup""` names the job "Backup", as the pages write it), unless it is the whole
   * value (`""`, the empty string) or the start of a quoted one (`"""Backup"""`).
   */
  private opensQuotedValue(): boolean {
    if (this.peek() !== '"') return false;
    if (this.text[this.index + 1] !== '"') return true;
    const after = this.text[this.index + 2];
    return after === undefined || after === '"' || BARE_END.has(after) || /\s/.test(after);
  }

  private bareValue(start: number): string {
    let value = "";
    while (!this.atEnd() && !BARE_END.has(this.peek())) {
      const char = this.peek();
      if (char === '"' && this.text[this.index + 1] === '"') {
        // In a bare value too, a doubled quote stands for one quote character.
        value += '"';
        this.index += 2;
        continue;
      }
      if (char === '"')
        throw new FilterSyntaxError(
          this.position(),
          'a quote inside a bare value must be doubled (""), or the value written in double quotes',
        );
      if (char === "(")
        throw new FilterSyntaxError(this.position(), 'a value with "(" must be written in double quotes');
      if (!/\s/.test(char)) value += char;
      this.index++;
    }
    if (value === "") {
      const found = this.atEnd() ? "the end of the filter" : quote(this.peek());
      throw new FilterSyntaxError(start, `expected a value but found ${found}`);
    }
    return value;
  }

  private accept(char: string): boolean {
    this.skipSpaces();
    if (this.peek() !== char) return false;
    this.index++;
    return true;
  }

  skipSpaces(): void {
    while (!this.atEnd() && /\s/.test(this.text[this.index]!)) this.index++;
  }

  peek(): string {
    return this.text[this.index] ?? "";
  }

  atEnd(): boolean {
    return this.index >= this.text.length;
  }

  position(): number {
    return this.index + 1;
  }
}

function quote(char: string): string {
  return `"${char}"`;
}
