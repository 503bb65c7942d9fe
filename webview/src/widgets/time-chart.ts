import { LitElement, html, type TemplateResult } from 'lit';
import uPlot from 'uplot';

export interface ChartSeries {
  label: string;
  /** A CSS custom property holding the colour, e.g. `--vscode-charts-red`. */
  colorVar: string;
}

/**
 * A small uPlot time chart (alerts per interval). Colours come from the theme's chart variables,
 * read when the chart is built and again whenever VS Code switches theme.
 */
export class SocTimeChart extends LitElement {
  static override properties = {
    series: { attribute: false },
    data: { attribute: false },
    label: { type: String },
  };

  declare series: ChartSeries[];
  declare data: uPlot.AlignedData;
  declare label: string;

  private plot: uPlot | undefined;
  private resize: ResizeObserver | undefined;
  private themeWatch: MutationObserver | undefined;

  constructor() {
    super();
    this.series = [];
    this.data = [[]];
    this.label = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.themeWatch?.disconnect();
    this.plot?.destroy();
    this.plot = undefined;
  }

  protected override render(): TemplateResult {
    return html`<div class="chart" role="img" aria-label=${this.label}></div>`;
  }

  protected override updated(): void {
    const target = this.querySelector<HTMLElement>('.chart');
    if (!target) return;
    if (!this.plot || this.plot.series.length !== this.series.length + 1) this.build(target);
    else this.plot.setData(this.data);
  }

  private color(v: string): string {
    return getComputedStyle(this).getPropertyValue(v).trim() || '#888';
  }

  private build(target: HTMLElement): void {
    this.plot?.destroy();
    const fg = this.color('--vscode-charts-foreground');
    const grid = this.color('--vscode-charts-lines');
    const axis = { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    const width = Math.max(200, target.clientWidth || 400);
    this.plot = new uPlot(
      {
        width,
        height: 150,
        legend: { show: true, live: false },
        cursor: { show: false },
        scales: { y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [axis, { ...axis, size: 48 }],
        series: [
          {},
          ...this.series.map((s) => {
            const c = this.color(s.colorVar);
            return { label: s.label, stroke: c, width: 1.5, points: { show: false } };
          }),
        ],
      },
      this.data,
      target,
    );
    this.resize ??= new ResizeObserver(() => {
      const w = target.clientWidth;
      if (this.plot && w > 0 && Math.abs(w - this.plot.width) > 4) this.plot.setSize({ width: w, height: 150 });
    });
    this.resize.observe(target);
    // VS Code swaps theme classes on <body>; rebuild so the lines take the new colours.
    this.themeWatch ??= new MutationObserver(() => this.build(target));
    this.themeWatch.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  }
}

customElements.define('soc-time-chart', SocTimeChart);
