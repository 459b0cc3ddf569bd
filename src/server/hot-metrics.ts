// The metrics counted on every request and every run, kept as plain numbers.
//
// prom-client's labelled children hash their label values and validate them on each
// inc() and observe(): about 3 µs per request for the three the request path touches
// (runs, run duration, HTTP requests), a twentieth of what the engine spends on a request.
// These cells are looked up once per label set and then only add; prom-client's registry
// reads them at scrape time through the metric interface it uses for its own metrics
// (name, help, type, get()), so the exposition is prom-client's own formatting.

type Labels = Record<string, string>;

interface Value {
  value: number;
  labels: Labels | Record<string, string | number>;
  metricName?: string;
}

interface Exported {
  name: string;
  help: string;
  type: "counter" | "histogram";
  values: Value[];
  aggregator: "sum";
}

/** One label set of a counter: add to `n`. */
export interface CounterCell {
  n: number;
}

export class HotCounter {
  readonly type = "counter";
  readonly aggregator = "sum";
  private readonly cells: Array<{ labels: Labels; cell: CounterCell }> = [];

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly labelNames: readonly string[],
  ) {}

  /** A new cell for these label values (callers cache it: asking twice makes two series). */
  cell(...values: string[]): CounterCell {
    const cell = { n: 0 };
    this.cells.push({ labels: labelsOf(this.labelNames, values), cell });
    return cell;
  }

  get(): Exported {
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values: this.cells.map((c) => ({ value: c.cell.n, labels: c.labels })) };
  }

  getForPromString(): Exported {
    return this.get();
  }

  reset(): void {
    for (const c of this.cells) c.cell.n = 0;
  }
}

/** One label set of a histogram. */
export class HistogramCell {
  readonly counts: Float64Array;
  sum = 0;
  count = 0;

  constructor(private readonly bounds: readonly number[]) {
    this.counts = new Float64Array(bounds.length);
  }

  observe(v: number): void {
    this.sum += v;
    this.count++;
    const b = this.bounds;
    for (let i = 0; i < b.length; i++) {
      if (v <= b[i]!) {
        this.counts[i]!++;
        return;
      }
    }
  }
}

export class HotHistogram {
  readonly type = "histogram";
  readonly aggregator = "sum";
  private readonly cells: Array<{ labels: Labels; cell: HistogramCell }> = [];

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly labelNames: readonly string[],
    private readonly bounds: readonly number[],
  ) {}

  cell(...values: string[]): HistogramCell {
    const cell = new HistogramCell(this.bounds);
    this.cells.push({ labels: labelsOf(this.labelNames, values), cell });
    return cell;
  }

  get(): Exported {
    const values: Value[] = [];
    for (const { labels, cell } of this.cells) {
      let acc = 0;
      this.bounds.forEach((le, i) => {
        acc += cell.counts[i]!;
        values.push({ value: acc, labels: { ...labels, le }, metricName: `${this.name}_bucket` });
      });
      values.push({ value: cell.count, labels: { ...labels, le: "+Inf" }, metricName: `${this.name}_bucket` });
      values.push({ value: cell.sum, labels, metricName: `${this.name}_sum` });
      values.push({ value: cell.count, labels, metricName: `${this.name}_count` });
    }
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  getForPromString(): Exported {
    return this.get();
  }

  reset(): void {
    for (const { cell } of this.cells) {
      cell.counts.fill(0);
      cell.sum = 0;
      cell.count = 0;
    }
  }
}

function labelsOf(names: readonly string[], values: readonly string[]): Labels {
  const labels: Labels = {};
  names.forEach((n, i) => (labels[n] = values[i]!));
  return labels;
}
