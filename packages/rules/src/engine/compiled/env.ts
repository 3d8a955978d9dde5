import type { WorkCalendar } from '../calendar.ts';
import type { PastClaim } from '../constraints.ts';
import type { IsoDate } from '../dates.ts';
import { isRulesError, RulesError } from '../errors.ts';
import { D, type Dec } from '../money.ts';
import { lookup, type ParamOverrides, type ParamTree } from '../parameters.ts';
import type { RuleContext } from '../policy.ts';

/**
 * What one row's evaluation touched that changes its outcome without being a condition: a
 * placeholder parameter (the placeholder check) or a calendar year without a holiday schedule (the
 * provisional-calendar check). Reset before each row; memoised work replays what it raised.
 */
export interface RowFlags {
  placeholder: boolean;
  provisionalCalendar: boolean;
}

interface ParamEntry {
  value?: string;
  num?: number;
  dec?: Dec;
  placeholder: boolean;
  error?: RulesError;
}

/** One parameter (and breakdown key) of a batch, its value resolved once per date it is read on. */
export interface ParamSlot {
  /** the value as a JS number: only for small exact values (days, months, years, counts) */
  num(date: IsoDate): number;
  dec(date: IsoDate): Dec;
  /** a date-valued parameter */
  date(date: IsoDate): IsoDate;
}

/**
 * Parameters of one policy for one batch: every (name, key, date) looked up once with the same
 * `lookup` evaluate() uses, errors included (thrown again at each read, as the row path would).
 */
export class ParamCache {
  readonly #slots = new Map<string, ParamSlot>();

  constructor(
    private readonly tree: ParamTree,
    private readonly declared: ReadonlySet<string>,
    private readonly overrides: ParamOverrides,
    private readonly policyId: string,
    private readonly flags: RowFlags,
  ) {}

  readonly #epochs = new Map<IsoDate, number>();
  readonly #signatures = new Map<string, number>();

  /**
   * A small number naming which dated value of every declared parameter is in force on `date`:
   * two dates with the same epoch read the same values, so work keyed by the epoch instead of the
   * date is shared between them.
   */
  epoch(date: IsoDate): number {
    let epoch = this.#epochs.get(date);
    if (epoch === undefined) {
      const signature = [...this.declared]
        .flatMap((name) =>
          Object.values(this.tree[name]?.steps ?? {}).map(
            (steps) => steps.filter((s) => s.from <= date).length,
          ),
        )
        .join(',');
      epoch = this.#signatures.get(signature) ?? this.#signatures.size;
      this.#signatures.set(signature, epoch);
      this.#epochs.set(date, epoch);
    }
    return epoch;
  }

  slot(name: string, key?: string): ParamSlot {
    const id = key === undefined ? name : `${name}\u0000${key}`;
    let slot = this.#slots.get(id);
    if (!slot) {
      slot = this.#makeSlot(name, key);
      this.#slots.set(id, slot);
    }
    return slot;
  }

  #makeSlot(name: string, key: string | undefined): ParamSlot {
    const byDate = new Map<IsoDate, ParamEntry>();
    const resolve = (date: IsoDate): ParamEntry => {
      let entry = byDate.get(date);
      if (!entry) {
        entry = this.#resolve(name, key, date);
        byDate.set(date, entry);
      }
      if (entry.error) throw entry.error;
      if (entry.placeholder) this.flags.placeholder = true;
      return entry;
    };
    return {
      num: (date) => {
        const e = resolve(date);
        e.num ??= Number(e.value);
        return e.num;
      },
      dec: (date) => {
        const e = resolve(date);
        e.dec ??= new D(e.value!);
        return e.dec;
      },
      date: (date) => resolve(date).value!,
    };
  }

  #resolve(name: string, key: string | undefined, date: IsoDate): ParamEntry {
    if (!this.declared.has(name)) {
      const message = `${this.policyId} 使用了未在 usesParameters 中声明的参数 ${name}`;
      return { placeholder: false, error: new RulesError('PARAMETER_UNDECLARED', message, { name }) };
    }
    try {
      const v = lookup(this.tree, name, date, key, this.overrides);
      return { value: v.value, placeholder: v.placeholder };
    } catch (error) {
      if (!isRulesError(error)) throw error;
      return { placeholder: false, error };
    }
  }
}

interface MemoEntry<T> {
  value?: T;
  error?: unknown;
  placeholder: boolean;
  provisionalCalendar: boolean;
}

/**
 * A cache for work that depends on a few low-cardinality values (a period end per issue date, the
 * amounts per level and part): computed once per key, its error and the flags it raised replayed
 * on every hit, so a cached row ends exactly as if it had been computed.
 */
export class Memo<T> {
  readonly #entries = new Map<string | number, MemoEntry<T>>();

  constructor(private readonly flags: RowFlags) {}

  get(key: string | number, compute: () => T): T {
    let entry = this.#entries.get(key);
    if (!entry) {
      const outer = { ...this.flags };
      this.flags.placeholder = false;
      this.flags.provisionalCalendar = false;
      entry = { placeholder: false, provisionalCalendar: false };
      try {
        entry.value = compute();
      } catch (error) {
        entry.error = error;
      }
      entry.placeholder = this.flags.placeholder;
      entry.provisionalCalendar = this.flags.provisionalCalendar;
      this.flags.placeholder = outer.placeholder;
      this.flags.provisionalCalendar = outer.provisionalCalendar;
      this.#entries.set(key, entry);
    }
    if (entry.placeholder) this.flags.placeholder = true;
    if (entry.provisionalCalendar) this.flags.provisionalCalendar = true;
    if ('error' in entry) throw entry.error;
    return entry.value as T;
  }
}

/** A rule context without trace: what a rule's own closures see when the batch calls them. */
export function leanContext<I>(
  input: I,
  on: IsoDate,
  paramDate: IsoDate,
  pastClaims: readonly PastClaim[],
  calendar: WorkCalendar,
  params: ParamCache,
): RuleContext<I> {
  return {
    input,
    on,
    paramDate,
    pastClaims,
    calendar,
    param: (name, key) => params.slot(name, key).dec(paramDate),
    paramOn: (name, date, key) => params.slot(name, key).dec(date),
    paramDateValue: (name, key) => params.slot(name, key).date(paramDate),
    note: () => {},
  };
}
