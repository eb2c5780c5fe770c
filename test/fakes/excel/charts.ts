/** Charts and their series. */

import type { FakeArea, FakeChart, FakeChartSeries, FakeRangeRef } from "./types";
import { FakeExcelError } from "./errors";
import { fakeParseAddress } from "./address";
import { FakeSheet, refuseOnProtected } from "./sheet";
import { FakeClientObject, FakeCollection } from "./proxy";
import { type FakePathObject, FakeRequestContext } from "./context";
import { FakeRange } from "./range";

const CHART_TYPES = new Set([
  "BarClustered",
  "BarStacked",
  "ColumnClustered",
  "ColumnStacked",
  "Line",
  "Pie",
  "Area",
  "XYScatter",
]);

export const rangeRef = (range: FakeRange): FakeRangeRef => {
  const model = range.resolve();
  if (!model) throw new FakeExcelError("ItemNotFound", "The range does not exist.");
  return { sheetId: model.sheet.id, area: model.area };
};

export class FakeChartCollection extends FakeCollection<FakeChart, FakeChartObject> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
    pathParent?: FakePathObject,
  ) {
    super(context, pathParent);
  }

  protected list(): FakeChart[] {
    return [...this.sheet().charts];
  }

  protected wrap(chart: FakeChart): FakeChartObject {
    return new FakeChartObject(this.context, () => chart, this.sheet);
  }

  getItem(name: string): FakeChartObject {
    return new FakeChartObject(
      this.context,
      () => {
        const found = this.sheet().charts.find((chart) => chart.name === name);
        if (!found) throw new FakeExcelError("ItemNotFound", `No chart ${name}.`);
        return found;
      },
      this.sheet,
    );
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): FakeChartObject {
    this.context.requires("1.4", "ChartCollection.getItemOrNullObject");
    return new FakeChartObject(
      this.context,
      () => this.sheet().charts.find((chart) => chart.name === name) ?? null,
      this.sheet,
    );
  }

  /** One series per column of the source (or per row when it is wider than tall), named "Series1", …. */
  add(type: string, sourceData: FakeRange, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): FakeChartObject {
    let added: FakeChart | null = null;
    this.context.enqueue(
      () => {
        if (!CHART_TYPES.has(type)) throw new FakeExcelError("InvalidArgument", `No chart type ${type}.`);
        const sheet = this.sheet();
        // A protected sheet's objects are locked too, by default (Review → Protect Sheet).
        refuseOnProtected(sheet);
        const { sheetId, area } = rangeRef(sourceData);
        const rows = area.bottom - area.top + 1;
        const columns = area.right - area.left + 1;
        const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && columns > rows);
        const count = byRows ? rows : columns;
        const series = Array.from({ length: count }, (_, i) => ({
          name: `Series${i + 1}`,
          values: {
            sheetId,
            area: byRows
              ? { ...area, top: area.top + i, bottom: area.top + i }
              : { ...area, left: area.left + i, right: area.left + i },
          },
        }));
        added = {
          id: this.context.fake.newId(),
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          title: "",
          legend: { position: "Right", visible: true },
          series,
        };
        sheet.charts.push(added);
      },
      { on: this, args: [type, seriesBy], refs: [sourceData] },
    );
    return new FakeChartObject(this.context, () => added, this.sheet, this);
  }
}

export class FakeChartObject extends FakeClientObject<FakeChart> {
  protected readonly scalarNames = ["name"];
  readonly title = new FakeChartTitle(this.context, () => this.resolve(), this);
  readonly legend = new FakeChartLegend(this.context, () => this.resolve(), this);
  readonly series = new FakeChartSeriesCollection(this.context, () => this.model());

  constructor(
    context: FakeRequestContext,
    chart: () => FakeChart | null,
    private readonly sheet: () => FakeSheet,
    pathParent?: FakePathObject,
  ) {
    super(context, chart, pathParent);
  }

  protected snapshot(chart: FakeChart): unknown {
    return chart.name;
  }

  get name(): string {
    return this.read("name");
  }

  set name(name: string) {
    this.enqueue((chart) => {
      chart.name = name;
    });
  }

  /** The chart covers the cells from startCell to endCell, which must be on the chart's own sheet. */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const refs = [startCell, endCell].filter((cell): cell is FakeRange => cell instanceof FakeRange);
    this.enqueue((chart) => {
      const sheet = this.sheet();
      refuseOnProtected(sheet);
      const area = (cell: FakeRange | string): FakeArea => {
        if (typeof cell === "string") return fakeParseAddress(cell);
        const ref = rangeRef(cell);
        if (ref.sheetId !== sheet.id)
          throw new FakeExcelError("InvalidArgument", "A chart is placed by cells of its own sheet.");
        return ref.area;
      };
      chart.position = { start: area(startCell), ...(endCell === undefined ? {} : { end: area(endCell) }) };
    }, refs);
  }

  delete(): void {
    this.enqueue((chart) => {
      refuseOnProtected(this.sheet());
      const charts = this.sheet().charts;
      charts.splice(charts.indexOf(chart), 1);
    });
  }
}

export class FakeChartTitle extends FakeClientObject<FakeChart> {
  protected readonly scalarNames = ["text"];

  protected snapshot(chart: FakeChart): unknown {
    return chart.title;
  }

  get text(): string {
    return this.read("text");
  }

  set text(text: string) {
    this.enqueue((chart) => {
      chart.title = text;
    });
  }
}

export class FakeChartLegend extends FakeClientObject<FakeChart> {
  protected readonly scalarNames = ["position", "visible"];

  protected snapshot(chart: FakeChart, name: string): unknown {
    return name === "position" ? chart.legend.position : chart.legend.visible;
  }

  set position(position: string) {
    this.enqueue((chart) => {
      if (!["Top", "Bottom", "Left", "Right", "Corner", "Custom"].includes(position))
        throw new FakeExcelError("InvalidArgument", `No legend position ${position}.`);
      chart.legend.position = position;
    });
  }

  set visible(visible: boolean) {
    this.enqueue((chart) => {
      chart.legend.visible = visible;
    });
  }
}

export class FakeChartSeriesCollection extends FakeCollection<FakeChartSeries, FakeChartSeriesObject> {
  constructor(
    context: FakeRequestContext,
    private readonly chart: () => FakeChart,
  ) {
    super(context);
  }

  protected list(): FakeChartSeries[] {
    return [...this.chart().series];
  }

  protected wrap(series: FakeChartSeries): FakeChartSeriesObject {
    return new FakeChartSeriesObject(this.context, () => series);
  }

  getItemAt(index: number): FakeChartSeriesObject {
    return new FakeChartSeriesObject(this.context, () => {
      const series = this.chart().series[index];
      if (!series) throw new FakeExcelError("ItemNotFound", `The chart has no series ${index}.`);
      return series;
    });
  }

  /** ExcelApi 1.7; the new series has no values until setValues. */
  add(name?: string): FakeChartSeriesObject {
    this.context.requires("1.7", "ChartSeriesCollection.add");
    let added: FakeChartSeries | null = null;
    this.context.enqueue(() => {
      const chart = this.chart();
      added = {
        name: name ?? `Series${chart.series.length + 1}`,
        values: { sheetId: "", area: { top: 0, left: 0, bottom: 0, right: 0 } },
      };
      chart.series.push(added);
    });
    return new FakeChartSeriesObject(this.context, () => added);
  }
}

export class FakeChartSeriesObject extends FakeClientObject<FakeChartSeries> {
  protected readonly scalarNames = ["name"];

  protected snapshot(series: FakeChartSeries): unknown {
    return series.name;
  }

  get name(): string {
    return this.read("name");
  }

  set name(name: string) {
    this.enqueue((series) => {
      series.name = name;
    });
  }

  setValues(sourceData: FakeRange): void {
    this.context.requires("1.7", "ChartSeries.setValues");
    this.enqueue(
      (series) => {
        series.values = rangeRef(sourceData);
      },
      [sourceData],
    );
  }

  setXAxisValues(sourceData: FakeRange): void {
    this.context.requires("1.7", "ChartSeries.setXAxisValues");
    this.enqueue(
      (series) => {
        series.xValues = rangeRef(sourceData);
      },
      [sourceData],
    );
  }
}
