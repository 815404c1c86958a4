import { css } from 'lit';

export const styles = css`
  :host {
    --_mm-accent: var(--steppe-membership-matrix-accent, var(--_accent));
  }
  .heading {
    margin: 0 0 0.5rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 1rem;
    margin-bottom: 0.75rem;
    font-size: 0.9em;
  }
  .year-control {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .year-control output {
    min-width: 3.5em;
    color: var(--_fg);
    font-variant-numeric: tabular-nums;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  /* a matrix larger than its box scrolls inside it, its header row and column staying in place */
  .table-wrap {
    position: relative;
    overflow: auto;
    max-width: 100%;
    /* 56rem: the embedded matrix (about 49rem) whole, with room for a longer one before it scrolls */
    max-height: var(--steppe-membership-matrix-height, 56rem);
  }
  /* the scrolling box would cut a ring drawn outside a cell at its edges, or the sticky headers
     cover it: drawn inside */
  .table-wrap :focus-visible {
    outline-offset: -2px;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
  }
  .table-caption {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    padding-bottom: 0.375rem;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.25em 0.4em;
    vertical-align: middle;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_surface);
    min-width: 5.5em;
  }
  tbody th {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--_surface);
    text-align: start;
    min-width: 9em;
  }
  .corner {
    position: sticky;
    top: 0;
    left: 0;
    z-index: 3;
    border: none;
    background: var(--_bg);
  }
  .header-button {
    background: none;
    border: none;
    padding: 0.125em;
    font-weight: 600;
    text-align: inherit;
    cursor: pointer;
  }
  .aliases {
    font-weight: normal;
    color: var(--_muted);
  }
  .cell {
    text-align: center;
    cursor: pointer;
    white-space: nowrap;
  }
  .compact .short {
    display: none;
  }
  /* narrow columns: the column names run upwards (read bottom to top), the marks and years below */
  .compact thead th {
    min-width: 0;
    vertical-align: bottom;
  }
  .compact thead .header-button {
    padding: 0.25em 0;
  }
  .compact thead .header-button .name {
    display: inline-block;
    writing-mode: vertical-rl;
    transform: rotate(180deg);
    white-space: nowrap;
  }
  .compact th,
  .compact td {
    padding: 0.25em 0.3em;
  }
  .cell:hover {
    background: var(--_surface);
  }
  .glyph {
    margin-inline-end: 0.25em;
    color: var(--_mm-accent);
  }
  .short {
    font-size: 0.9em;
  }
  .since {
    display: block;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .unsure {
    margin-inline-start: 0.2em;
    font-weight: 700;
    color: var(--_danger);
  }
  .detail h3:focus {
    outline: none;
  }
  .year-field {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
  }
  .year-value {
    font-weight: 600;
  }
  .year-end,
  .year-help {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .year-help {
    max-width: 22rem;
  }
  .flag {
    margin-inline-start: 0.2em;
  }
  /* "not stated in the texts" is its own mark, plainly unlike a status or a withdrawal */
  .status-none {
    color: var(--_muted);
    font-weight: 700;
  }
  .ended .glyph,
  .ended .short {
    color: var(--_muted);
  }
  .highlighted,
  .cell.highlighted {
    background: color-mix(in srgb, var(--_mm-accent) 14%, var(--_bg));
  }
  .header-button.highlighted {
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }
  .legend {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.75rem 0 0;
    padding: 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .list .org {
    border-top: 1px solid var(--_border);
    padding: 0.375rem 0;
  }
  .list h3 {
    margin: 0;
    font-size: 1em;
  }
  .list dl {
    margin: 0.25rem 0 0;
  }
  .list dt {
    font-weight: 600;
    margin-top: 0.25rem;
  }
  .list dd {
    margin: 0 0 0 1.25em;
  }
  .link {
    background: none;
    border: none;
    padding: 0;
    /* a country and its years that wrap read from the line's start, not centred as a button's text */
    text-align: start;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .none,
  .muted,
  .warning {
    color: var(--_muted);
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    text-align: center;
    color: var(--_muted);
  }
  .detail {
    margin-top: 0.75rem;
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_mm-accent);
    border-radius: var(--_radius);
  }
  /* the detail as a popover under the cell that opened it */
  .matrix {
    position: relative;
  }
  .detail.anchored {
    position: absolute;
    z-index: 3;
    box-sizing: border-box;
    margin: 0;
    max-height: min(32rem, 80vh);
    overflow: auto;
    background: var(--_bg);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
  }
  .detail-head {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: 1rem;
  }
  .detail h3 {
    margin: 0;
    font-size: 1.05em;
  }
  .history {
    padding-left: 1.25em;
  }
  .history > li + li {
    margin-top: 0.5rem;
  }
  @media print {
    .controls {
      display: none;
    }
    .matrix {
      border: none;
      padding: 0;
    }
  }
`;
