import { css } from 'lit';

export const styles = css`
  :host {
    --_bar: var(--steppe-trade-table-bar, var(--_accent));
    --_neg: var(--steppe-trade-table-negative, var(--_danger));
  }
  .heading {
    margin: 0 0 0.25rem;
  }
  .note,
  .muted,
  .count,
  .source-line {
    color: var(--_muted);
  }
  .controls {
    display: grid;
    gap: 0.5rem;
    margin: 0.5rem 0 0.75rem;
    font-size: 0.9em;
  }
  .filters,
  .view-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 0.75rem;
  }
  .filters .field {
    flex: 1 1 9rem;
    min-width: 0;
  }
  .filters select,
  .filters input {
    width: 100%;
    min-width: 0;
    box-sizing: border-box;
  }
  /* WebKit counts a select's longest option in its parents' scroll width: each field clips it (the
     padding keeps the focus ring inside), so that a long table caption never widens the page */
  .filters .field {
    overflow: hidden;
    padding: 3px;
    margin: -3px;
  }
  .layout-choice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    border: none;
    margin: 0;
    padding: 0;
  }
  .layout-choice legend {
    float: left;
    padding: 0;
    margin-inline-end: 0.5rem;
    color: var(--_muted);
  }
  .layout-choice label {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .count,
  .opening {
    margin: 0;
  }
  .link {
    background: none;
    border: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  tr.group th {
    background: var(--_surface);
    font-weight: 700;
    text-align: start;
  }
  .cards .group h3 {
    margin: 0.5rem 0 0;
    font-size: 1em;
  }
  .table-wrap {
    /* contains the absolutely positioned screen-reader text of cells scrolled out of view, which
       would otherwise widen the page */
    position: relative;
    overflow: auto;
    max-height: var(--steppe-trade-table-height, 36rem);
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875em;
  }
  .table-caption {
    color: var(--_muted);
    margin: 0 0 0.375rem;
    font-size: 0.875em;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    padding: 0.3em 0.45em;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_surface);
  }
  /* a printed table's years over its values, which are right-aligned */
  .pivot thead th[scope='col'] {
    text-align: end;
  }
  .pivot thead th[scope='col']:last-child {
    text-align: start;
  }
  tbody th {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--_bg);
    font-weight: normal;
    min-width: 12em;
  }
  .sort {
    background: none;
    border: none;
    padding: 0;
    font-weight: 700;
    cursor: pointer;
    white-space: nowrap;
  }
  .arrow {
    color: var(--_muted);
  }
  .value {
    text-align: end;
    white-space: nowrap;
  }
  .number {
    font-variant-numeric: tabular-nums;
  }
  .bar-track {
    position: relative;
    display: block;
    height: 6px;
    margin-top: 3px;
    min-width: 6rem;
  }
  .zero {
    position: absolute;
    left: 50%;
    top: -2px;
    bottom: -2px;
    border-left: 1px solid var(--_border);
  }
  .bar {
    position: absolute;
    top: 0;
    height: 100%;
    background: var(--_bar);
    border-radius: 1px;
  }
  .bar.negative {
    background: repeating-linear-gradient(45deg, var(--_neg) 0 3px, transparent 3px 5px);
  }
  .actor,
  .cell-button {
    background: none;
    border: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    text-align: inherit;
  }
  .cell-button {
    color: var(--_fg);
    text-decoration-style: dotted;
    font-variant-numeric: tabular-nums;
  }
  tr.selected > * {
    background: var(--_surface);
  }
  .detail {
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--_bar);
    background: var(--_bg);
    white-space: normal;
    text-align: start;
  }
  .detail p {
    margin: 0 0 0.375em;
  }
  .detail {
    position: relative;
  }
  .detail .close {
    position: absolute;
    top: 0.375rem;
    right: 0.375rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 4px;
    cursor: pointer;
  }
  /* clear of the ✕ (a margin, not padding: the focus ring drawn around the title stays clear too) */
  .detail .detail-title {
    margin-right: 2.75rem;
  }
  .cell-button + .cell-button {
    display: block;
    margin-top: 0.25em;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  .card-label {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }
  .card dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.125rem 0.75rem;
    margin: 0 0 0.375rem;
  }
  .card dt {
    color: var(--_muted);
  }
  .card dd {
    margin: 0;
  }
  .pager {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    justify-content: center;
    margin-top: 0.5rem;
  }
  .pager button[disabled] {
    opacity: 0.5;
    cursor: default;
  }
  .sparkline {
    color: var(--_bar);
  }
  .corner {
    border: none;
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    text-align: center;
    color: var(--_muted);
  }
  .source-line {
    margin: 0.5rem 0 0;
    font-size: 0.85em;
  }
  @media print {
    .controls,
    .pager {
      display: none;
    }
    .table-wrap {
      max-height: none;
      overflow: visible;
    }
    .figures {
      border: none;
      padding: 0;
    }
  }
`;
