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
  .table-wrap {
    overflow: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    color: var(--_muted);
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
    background: var(--_surface);
    min-width: 5.5em;
  }
  tbody th {
    position: sticky;
    left: 0;
    background: var(--_surface);
    text-align: start;
    min-width: 9em;
  }
  .corner {
    border: none;
    background: transparent;
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
  .latest[disabled] {
    opacity: 0.5;
    cursor: default;
  }
  .flag {
    margin-inline-start: 0.2em;
  }
  .status-none {
    color: var(--_muted);
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
