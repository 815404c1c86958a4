import { css } from 'lit';

export const styles = css`
  :host {
    --_tl-accent: var(--steppe-timeline-accent, var(--_accent));
    --_tl-height: var(--steppe-timeline-height, 24rem);
  }
  .header,
  .offscreen {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
  }
  .header {
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }
  .heading {
    margin: 0;
  }
  .count {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 0.75rem;
    margin: 0.75rem 0;
    font-size: 0.9em;
  }
  .field {
    min-width: 9rem;
    flex: 1 1 9rem;
  }
  .chips {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    flex-basis: 100%;
  }
  .combine {
    flex-basis: 100%;
    margin: 0;
    color: var(--_muted);
  }
  .combine select {
    font: inherit;
  }
  .actor-message {
    flex-basis: 100%;
    margin: 0;
    color: var(--_danger);
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
    color: var(--_muted);
  }

  /* ---- events, shared by both layouts ---- */
  .event {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    background: none;
    border: 1px solid transparent;
    border-radius: 4px;
    padding: 0.125em 0.375em;
    text-align: start;
    white-space: nowrap;
  }
  .event:hover {
    border-color: var(--_border);
    background: var(--_surface);
  }
  .event[part~='event--selected'] {
    border-color: var(--_tl-accent);
    background: var(--_surface);
    font-weight: 600;
  }
  .marker {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--_tl-accent);
    align-self: center;
  }
  [part~='event--approximate'] .marker {
    background: transparent;
    border: 2px dashed var(--_tl-accent);
  }
  .date,
  .zoom .range {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .title {
    overflow: hidden;
    text-overflow: ellipsis;
  }

  /* ---- list layout (narrow) ---- */
  .scroller {
    /* a short list takes the room it needs, a long one scrolls */
    max-height: var(--_tl-height);
    overflow: auto;
    /* the same width for its rows whether or not a scrollbar shows (their titles' lines are counted for it) */
    scrollbar-gutter: stable;
    border-top: 1px solid var(--_border);
    overscroll-behavior: contain;
  }
  .rows {
    position: relative;
  }
  .row {
    position: absolute;
    left: 0;
    right: 0;
    overflow: hidden;
  }
  /* the server's list (before the widget measures itself): rows in the normal flow */
  .flow-row {
    min-height: 2.75em;
  }
  .year {
    margin: 0;
    padding: 0.5em 0.25em 0.125em;
    font-size: 1em;
    border-bottom: 1px solid var(--_border);
    background: var(--_bg);
  }
  .year-count {
    color: var(--_muted);
    font-weight: normal;
  }
  .scroller .event {
    display: grid;
    /* marker, date, title, and the ⚠ of a disputed event (a fourth item would wrap to a new line) */
    grid-template-columns: auto minmax(5.5em, 8em) 1fr auto;
    align-items: center;
    width: 100%;
    height: 100%;
    white-space: normal;
    padding: 0 0.25em;
    line-height: 1.25;
  }
  .scroller .event .date {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  /* the whole title: its row is as tall as it needs (timeline-list.ts counts its lines) */
  .scroller .event .title {
    display: block;
  }
  /* a narrow column: the date above the title, so the title gets the whole width */
  .stacked .scroller .event {
    grid-template-columns: auto 1fr auto;
    grid-template-areas: 'marker date flag' 'marker title flag';
    align-content: center;
    row-gap: 0.1em;
  }
  .stacked .scroller .event .marker {
    grid-area: marker;
  }
  .stacked .scroller .event .date {
    grid-area: date;
    font-size: 0.85em;
    -webkit-line-clamp: 1;
    line-clamp: 1;
  }
  .stacked .scroller .event .title {
    grid-area: title;
  }
  .stacked .scroller .event .disputed {
    grid-area: flag;
  }

  /* ---- axis layout (wide) ---- */
  .zoom {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    margin-bottom: 0.5rem;
  }
  .zoom .range {
    margin-left: 0.5rem;
  }
  .axis {
    position: relative;
    overflow: hidden;
    min-height: 6rem;
    border-top: 2px solid var(--_border);
    touch-action: pan-y;
    cursor: grab;
  }
  .ticks {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .tick {
    position: absolute;
    top: 0;
    bottom: 0;
    padding-left: 3px;
    border-left: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.8em;
  }
  .tick.end {
    padding: 0 3px 0 0;
    border-left: none;
    border-right: 1px solid var(--_border);
    transform: translateX(-100%);
  }
  .lanes {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .placed .event,
  .placed .cluster {
    position: absolute;
    font-size: 0.85em;
  }
  /* a label: its date on one line, its whole title below, in a box laid out by axis-layout.ts */
  .placed .event {
    display: block;
    box-sizing: border-box;
    width: var(--_w);
    height: var(--_h);
    padding: 0.125em 0.375em 0.125em calc(0.375em + 1.1em);
    line-height: 1.25;
    white-space: normal;
    overflow: hidden;
    background: var(--_bg);
  }
  /* centred on the event's date (--_dot: from the box's outer left edge; the 1px border is
     outside the box the dot is placed in), never outside the box */
  .placed .event .marker {
    position: absolute;
    left: clamp(0px, calc(var(--_dot, 0.675em) - 0.3em - 1px), calc(var(--_w) - 0.6em - 2px));
    top: 0.45em;
  }
  .flipped .event {
    padding: 0.125em calc(0.375em + 1.1em) 0.125em 0.375em;
    text-align: end;
  }
  /* a span's bar marks where it is; its label needs no dot */
  .in-band .event .marker {
    display: none;
  }
  .placed .event .date {
    display: block;
    white-space: nowrap;
  }
  .placed .event .title {
    display: inline;
    overflow: visible;
    text-overflow: clip;
  }
  .band {
    position: absolute;
    left: 0;
    right: 0;
    background: var(--_surface);
    border-bottom: 1px dashed var(--_border);
  }
  .bar {
    position: absolute;
    height: 4px;
    border-radius: 2px;
    background: var(--_tl-accent);
    z-index: 1;
  }
  .bar.vague {
    background: repeating-linear-gradient(90deg, var(--_tl-accent) 0 6px, transparent 6px 10px);
    -webkit-mask-image: linear-gradient(90deg, transparent, #000 12%, #000 88%, transparent);
    mask-image: linear-gradient(90deg, transparent, #000 12%, #000 88%, transparent);
  }
  .cluster {
    box-sizing: border-box;
    height: 1.9em;
    white-space: nowrap;
    background: var(--_surface);
    border: 1px solid var(--_tl-accent);
    border-radius: 999px;
    padding: 0 0.5em;
  }
  .offscreen {
    gap: 0.5em;
    margin: 0.5rem 0 0;
    color: var(--_muted);
  }

  .expanded {
    margin-top: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .expanded-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
  }
  .expanded-head p {
    margin: 0;
    color: var(--_muted);
  }
  .expanded-list {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    max-height: 16rem;
    overflow: auto;
  }
  .expanded-list .event {
    white-space: normal;
  }


  @media print {
    .filters,
    .zoom {
      display: none;
    }
    .timeline {
      border: none;
      padding: 0;
    }
  }
`;
