import { elementScroll, observeElementOffset, observeElementRect, Virtualizer } from '@tanstack/virtual-core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';

/**
 * A keyboard-accessible virtualized listbox: only the rows in view exist in the DOM, so 10,000
 * items cost as much to draw as 30. Focus stays on the list; arrows move the active row
 * (aria-activedescendant), Enter or a click selects it.
 */
export class SocVirtualList extends LitElement {
  static override properties = {
    count: { type: Number },
    rowHeight: { type: Number },
    label: { type: String },
    selectedKey: { type: String },
    renderRow: { attribute: false },
    rowKey: { attribute: false },
    head: { type: Number },
  };

  declare count: number;
  declare rowHeight: number;
  declare label: string;
  /** Key of the selected row, if any. */
  declare selectedKey: string | undefined;
  declare renderRow: (index: number) => TemplateResult;
  declare rowKey: (index: number) => string;
  /** Items ever added at the top (newest first lists); lets the list hold still while someone reads further down. */
  declare head: number;
  /** Called with the key of the row the person chose: the row as drawn, even if newer items arrived since. */
  onSelect: (key: string) => void = () => undefined;
  private renderedKeys = new Map<number, string>();

  private active = -1;
  private readonly uid = `vl${Math.random().toString(36).slice(2, 8)}`;
  private cleanup: (() => void) | undefined;
  private readonly virtualizer: Virtualizer<HTMLElement, Element>;

  constructor() {
    super();
    this.count = 0;
    this.rowHeight = 28;
    this.label = '';
    this.selectedKey = undefined;
    this.renderRow = () => html``;
    this.rowKey = (i) => String(i);
    this.head = 0;
    this.virtualizer = new Virtualizer<HTMLElement, Element>(this.options());
  }

  // Light DOM: the page's stylesheet (VS Code theme variables) styles the rows.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private options(): ConstructorParameters<typeof Virtualizer<HTMLElement, Element>>[0] {
    return {
      count: this.count,
      estimateSize: () => this.rowHeight,
      getScrollElement: () => this.querySelector<HTMLElement>('.vlist'),
      scrollToFn: elementScroll,
      observeElementRect,
      observeElementOffset,
      overscan: 6,
      onChange: () => this.requestUpdate(),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => {
      this.cleanup = this.virtualizer._didMount();
      this.virtualizer._willUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cleanup?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('count') || changed.has('rowHeight')) this.virtualizer.setOptions({ ...this.virtualizer.options, ...this.options() });
    const before = changed.get('head');
    const el = this.querySelector<HTMLElement>('.vlist');
    if (before !== undefined && el && this.head > before) {
      const added = this.head - before;
      // Scrolled down to read: shift by what arrived on top so the rows in view stay put.
      if (el.scrollTop > this.rowHeight / 2) el.scrollTop += added * this.rowHeight;
      if (this.active >= 0) this.active += added;
    }
    if (this.active >= this.count) this.active = this.count - 1;
  }

  private select(index: number): void {
    const key = this.renderedKeys.get(index) ?? this.rowKey(index);
    this.onSelect(key);
  }

  protected override updated(): void {
    this.virtualizer._willUpdate();
  }

  private move(to: number): void {
    if (this.count === 0) return;
    this.active = Math.max(0, Math.min(this.count - 1, to));
    this.virtualizer.scrollToIndex(this.active, { align: 'auto' });
    this.requestUpdate();
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    const page = Math.max(1, Math.floor((this.querySelector('.vlist')?.clientHeight ?? 300) / this.rowHeight) - 1);
    const from = Math.max(0, this.active);
    const keys: Record<string, () => void> = {
      ArrowDown: () => this.move(this.active < 0 ? from : from + 1),
      ArrowUp: () => this.move(from - 1),
      Home: () => this.move(0),
      End: () => this.move(this.count - 1),
      PageDown: () => this.move(from + page),
      PageUp: () => this.move(from - page),
      Enter: () => this.active >= 0 && this.select(this.active),
      ' ': () => this.active >= 0 && this.select(this.active),
    };
    const run = keys[e.key];
    if (!run) return;
    e.preventDefault();
    run();
  };

  private readonly onFocus = (): void => {
    if (this.active < 0 && this.count > 0) this.move(0);
  };

  protected override render(): TemplateResult {
    const items = this.virtualizer.getVirtualItems();
    this.renderedKeys = new Map(items.map((it) => [it.index, this.rowKey(it.index)]));
    const activeId = this.active >= 0 && this.active < this.count ? `${this.uid}-${this.active}` : undefined;
    return html`<div
      class="vlist"
      role="listbox"
      tabindex="0"
      aria-label=${this.label}
      aria-activedescendant=${activeId ?? nothing}
      @keydown=${this.onKey}
      @focus=${this.onFocus}
    >
      <div class="vlist-spacer" style="height:${this.virtualizer.getTotalSize()}px">
        ${items.map((it) => {
          const key = this.renderedKeys.get(it.index) ?? '';
          return html`<div
            id="${this.uid}-${it.index}"
            class="vlist-row ${it.index === this.active ? 'active' : ''}"
            role="option"
            aria-selected=${this.selectedKey !== undefined && key === this.selectedKey ? 'true' : 'false'}
            aria-posinset=${it.index + 1}
            aria-setsize=${this.count}
            data-key=${key}
            style="height:${this.rowHeight}px;transform:translateY(${it.start}px)"
            @click=${() => {
              this.active = it.index;
              this.onSelect(key);
            }}
          >
            ${this.renderRow(it.index)}
          </div>`;
        })}
      </div>
    </div>`;
  }
}

customElements.define('soc-virtual-list', SocVirtualList);
