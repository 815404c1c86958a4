/**
 * The static copy of a widget's view (its default one, or the one its attributes ask for: the
 * same filters, order and wording) as plain semantic HTML with every datum's sources, for course platforms whose sanitizer keeps markup but
 * drops scripts and custom elements (Canvas, Moodle, Open edX). No script, no custom element, no
 * style or data-* attribute; only elements and attributes that Canvas's allow-list keeps.
 *
 * The items, their order and their wording come from the same pure models the widgets use
 * (timeline-model, membership-model, figure-model, format-figure, dates), so the static view
 * matches the widget's. Every data string passes through the escaping `html` template.
 */
import type { Dataset, Figure, Organization, Quote, SourceRef } from '../data/schema.js';
import { createView, nameOf, sourceOf, type DatasetView } from '../data/view.js';
import { approximateMark, datePhrase, displayDate, yearSpan } from '../lib/dates.js';
import { formatFigure, withoutSourceLabel } from '../lib/format-figure.js';
import { figureViewOf, figuresShown } from '../lib/figure-options.js';
import { filterFigures, pivots } from '../lib/figure-model.js';
import { STATUS_LABELS, buildMatrix, resolveAll, type Cell } from '../lib/membership-model.js';
import { quotesOf } from '../lib/quote-model.js';
import { byTime, filterItems, groupByYear, itemOf, parseList, timelineFilterOf, type Attributes } from '../lib/timeline-model.js';
import { storyItems } from '../lib/story-model.js';
import { readableNote } from '../lib/reference.js';
import { docShort, renderCaveat, renderCitations, renderCorroboration, renderDisagreement, renderDocuments } from './citations.js';
import { reportingDocs } from '../lib/claims.js';
import { escapeHtml, html, join, type Markup } from './html.js';

export { escapeHtml };

export const STATIC_WIDGETS = ['timeline', 'timeline-story', 'membership-matrix', 'trade-table', 'quote-card'] as const;
export type StaticWidget = (typeof STATIC_WIDGETS)[number];

export interface StaticOptions {
  /** Prefix of every id in the output (its internal links); letters, digits and '-'. Default `steppe-static-<widget>`. */
  readonly idPrefix?: string;
  /** Locale for numbers (BCP 47). Default `en`, the language of the texts. */
  readonly locale?: string;
  /** Level of the widget's heading, 2 to 4 (sub-headings go two levels deeper). Default 2. */
  readonly headingLevel?: number;
  /** The story's events (timeline-story): ids in the order told, as the `events` attribute. Default: the most-reported. */
  readonly events?: string;
  /**
   * The widget's attributes (`{ kinds: 'summit', from: '2010' }`): the static copy shows the view
   * they give, as the widget would. Attributes about interaction or looks (theme, page-size,
   * layout other than the timeline's story) do not change what a static copy holds.
   */
  readonly attributes?: Attributes;
}

/** The attributes a static copy of each widget follows (the CLI rejects any other). */
export const STATIC_ATTRIBUTES: Record<StaticWidget, readonly string[]> = {
  timeline: ['actors', 'actors-match', 'kinds', 'themes', 'sources', 'query', 'from', 'to', 'heading', 'layout', 'events'],
  'timeline-story': ['actors', 'actors-match', 'kinds', 'themes', 'sources', 'query', 'from', 'to', 'heading', 'events'],
  'membership-matrix': ['orgs', 'countries', 'year', 'sort', 'heading'],
  'trade-table': ['metric', 'table', 'countries', 'period', 'sources', 'query', 'pivot', 'sort-by', 'sort-direction', 'default-view', 'heading', 'note'],
  'quote-card': ['quote-id', 'speaker'],
};

/** "Filters: kinds “summit”, from “2010”", or '' when none is set. */
function filterWords(a: Attributes, names: readonly string[]): string {
  const set = names.filter((n) => (a[n] ?? '').trim());
  return set.length ? `Filters: ${set.map((n) => `${n} “${(a[n] ?? '').trim()}”`).join(', ')}` : '';
}

interface Context {
  readonly view: DatasetView;
  readonly prefix: string;
  readonly locale: string;
  /** Heading tag names: [widget, section, subsection]. */
  readonly h: readonly [string, string, string];
}

function context(view: DatasetView, widget: StaticWidget, options: StaticOptions): Context {
  const prefix = /^[A-Za-z][\w-]*$/.test(options.idPrefix ?? '') ? options.idPrefix! : `steppe-static-${widget}`;
  let locale = 'en';
  try {
    locale = Intl.getCanonicalLocales(options.locale ?? 'en')[0] ?? 'en';
  } catch {
    // an invalid locale falls back to English, as the widgets fall back to the browser's
  }
  const level = Math.min(4, Math.max(2, Math.round(options.headingLevel ?? 2)));
  return { view, prefix, locale, h: [`h${level}`, `h${level + 1}`, `h${level + 2}`] };
}

/** A view of a dataset (assumed already validated, e.g. by validateDataset). */
export const staticView = (data: Partial<Dataset>): DatasetView => createView(data, 'user');

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The wrapper every fragment has: a labelled region (Canvas drops <section>). */
function region(c: Context, widget: StaticWidget, heading: string, body: Markup, intro: Markup | string, showHeading = true): Markup {
  const [h] = c.h;
  const label = showHeading ? html`aria-labelledby="${c.prefix}-heading"` : html`aria-label="${heading}"`;
  return html`<div class="steppe-static steppe-static-${widget}" id="${c.prefix}" role="region" ${label} lang="en">
${showHeading ? html`<${h} id="${c.prefix}-heading">${heading}</${h}>\n` : ''}${intro}
${body}
<p class="steppe-static-note"><small>A static copy of a steppe-widgets ${widget.replace(/-/g, ' ')} view, with no scripts: every item cites its source document and a verbatim excerpt.</small></p>
</div>`;
}

// ---- timeline ------------------------------------------------------------------------------------

/** Every event in time order, grouped by the year it begins, as the widget's list shows them. */
export function renderTimeline(view: DatasetView, options: StaticOptions = {}): Markup {
  const a = options.attributes ?? {};
  if (a.layout === 'story') return renderTimelineStory(view, options);
  const c = context(view, 'timeline', options);
  const all = view.dataset.events.map(itemOf).sort(byTime);
  const items = filterItems(view, all, timelineFilterOf(a));
  const filters = filterWords(a, ['actors', 'kinds', 'themes', 'sources', 'query', 'from', 'to']);
  const index = new Map(items.map((item, i) => [item.event.id, i]));
  // ids only where another entry links to them (a disagreement)
  const targets = new Set(items.flatMap((i) => i.event.conflictsWith ?? []));
  const anchor = (id: string) => (index.has(id) ? `${c.prefix}-event-${index.get(id)}` : undefined);
  const [, h3, ] = c.h;
  const body = items.length
    ? groupByYear(items).map((group) => html`<${h3}>${group.label} <small>(${plural(group.items.length, 'event')})</small></${h3}>
<ul class="steppe-events">${group.items.map(({ event, approximate }) => html`
<li class="steppe-event"${targets.has(event.id) ? html` id="${anchor(event.id)}"` : ''}><strong class="steppe-date">${approximateMark(event.date, approximate)}${displayDate(event.date)}</strong>: <span class="steppe-title">${event.title}</span>${event.conflictsWith?.length || event.disagreement
        ? html` <span aria-hidden="true">⚠</span>`
        : ''}${renderCaveat(view, event)}${renderDisagreement(view, event, c.locale, anchor)}${renderCorroboration(view, event)}${renderCitations(view, event.sources)}</li>`)}
</ul>
`)
    : html`<p>${all.length ? 'No events match these filters.' : 'No events in the data.'}</p>`;
  const intro = html`<p>${plural(items.length, 'event')} from the texts${items.length === all.length ? '' : ` (of ${all.length.toLocaleString('en')}; ${filters})`}, in time order, grouped by the year each begins (by its decade or century where its date names only that). ≈ marks a vague date, ⚠ an event the texts date differently; each entry gives every text that reports it, with that text’s own words.</p>`;
  return region(c, 'timeline', a.heading || 'Timeline', html`${body}${renderDocuments(view, items.flatMap((i) => i.event.sources), h3)}`, intro);
}

/**
 * The story layout on paper, or on a page that runs no script: every step in order, each with its
 * date, title, what the texts say of it, one passage per text and every citation.
 */
export function renderTimelineStory(view: DatasetView, options: StaticOptions = {}): Markup {
  const c = context(view, 'timeline-story', options);
  const [, h3] = c.h;
  const a = options.attributes ?? {};
  const all = view.dataset.events.map(itemOf).sort(byTime);
  const filter = timelineFilterOf(a);
  const shown = filterItems(view, all, filter);
  const filtered = shown.length !== all.length;
  const events = a.events ?? options.events ?? '';
  const { items, unknown } = storyItems({ view, shown, allItems: all, events, filtered });
  const heading = a.heading || 'The story, step by step';
  const warning = unknown.length ? html`<p><strong>No event with the id ${unknown.join(', ')} in the data.</strong></p>` : '';
  const steps = html`<ol class="steppe-story">${items.map(({ event }, i) => html`
<li class="steppe-step"><${h3}><span class="steppe-date">${displayDate(event.date)}</span>: ${event.title}</${h3}>
<p><small>Step ${String(i + 1)} of ${String(items.length)}</small></p>${renderCaveat(view, event)}${renderDisagreement(view, event, c.locale)}${renderCorroboration(view, event)}${renderCitations(view, event.sources)}</li>`)}
</ol>`;
  const intro = html`<p>${plural(items.length, 'event')} told one at a time${events ? '' : filtered ? `, those of these filters (${filterWords(a, ['actors', 'kinds', 'themes', 'sources', 'query', 'from', 'to'])})` : ', the ones most texts report, in time order'}.</p>`;
  return region(c, 'timeline-story', heading, html`${warning}${steps}${renderDocuments(view, items.flatMap((i) => i.event.sources), h3)}`, intro);
}

// ---- membership matrix ---------------------------------------------------------------------------

/** The header of an organization as the widget writes it: name and up to two short aliases. */
const orgHeader = (view: DatasetView, id: string): { name: string; aliases: string } => {
  const org = view.byId.get(id) as Organization | undefined;
  const aliases = org?.aliases?.filter((a) => a.length <= 12).slice(0, 2) ?? [];
  return { name: nameOf(view, id), aliases: aliases.length ? `(${aliases.join(', ')})` : '' };
};

/** A cell's mark as the widget shows it: glyph, word, ⚠, and since (or until, once ended). */
function cellMark(cell: Cell): Markup {
  if (cell.status === 'none') return html`<span role="img" aria-label="not stated in the texts">${STATUS_LABELS.none.glyph}</span>`;
  const label = STATUS_LABELS[cell.status];
  const since = cell.current?.since && !cell.ended ? yearSpan(cell.current.since) : '';
  const until = cell.ended && cell.current?.until ? `until ${yearSpan(cell.current.until)}` : '';
  return html`<span aria-hidden="true">${cell.ended ? '⊘' : label.glyph}</span> ${cell.ended ? 'Former' : label.short}${cell.disputed
    ? html` <span role="img" aria-label="sources disagree">⚠</span>`
    : ''}${since || until ? html` <small>${since || until}</small>` : ''}`;
}

/** Organizations × countries with the latest status the texts give, each cell linked to its sources. */
export function renderMembershipMatrix(view: DatasetView, options: StaticOptions = {}): Markup {
  const c = context(view, 'membership-matrix', options);
  const [, h3, h4] = c.h;
  const a = options.attributes ?? {};
  const heading = a.heading || 'Who belongs to what';
  const asOf = /^\d{4}$/.test((a.year ?? '').trim()) ? Number(a.year!.trim()) : undefined;
  const sort = a.sort === 'name' || a.sort === 'count' ? a.sort : undefined;
  const { orgs, countries, cells } = buildMatrix(view, {
    orgs: resolveAll(view, parseList(a.orgs)).ids, countries: resolveAll(view, parseList(a.countries)).ids, asOf, sort,
  });
  if (!orgs.length || !countries.length) return region(c, 'membership-matrix', heading, html``, html`<p>No memberships to show.</p>`);
  const orgId = (i: number) => `${c.prefix}-org-${i}`;
  const cellId = (i: number, j: number) => `${c.prefix}-cell-${i}-${j}`;
  const recordAnchor = new Map<string, string>();
  cells.forEach((row, i) => row.forEach((cell, j) => cell.records.forEach((m) => recordAnchor.set(m.id, cellId(i, j)))));
  const table = html`<div class="steppe-table-wrap">
<table class="steppe-matrix">
<caption>${heading}, ${asOf ? `as of ${asOf}` : 'latest status the texts give'}</caption>
<thead><tr><td></td>${countries.map((id) => html`<th scope="col">${nameOf(view, id)}</th>`)}</tr></thead>
<tbody>${orgs.map((org, i) => {
    const { name, aliases } = orgHeader(view, org);
    return html`
<tr><th scope="row"><a href="#${orgId(i)}">${name}</a>${aliases ? html` <small>${aliases}</small>` : ''}</th>${cells[i].map((cell, j) => html`<td>${cell.status === 'none'
      ? cellMark(cell)
      : html`<a href="#${cellId(i, j)}">${cellMark(cell)}</a>`}</td>`)}</tr>`;
  })}
</tbody>
</table>
</div>`;
  const legend = html`<ul class="steppe-legend" aria-label="Legend">${(['founding-member', 'member', 'observer', 'dialogue-partner', 'partner', 'applicant', 'suspended', 'withdrawn'] as const).map(
    (s) => html`<li><span aria-hidden="true">${STATUS_LABELS[s].glyph}</span> ${STATUS_LABELS[s].text}</li>`,
  )}<li><span aria-hidden="true">⊘</span> Former (membership ended)</li><li><span aria-hidden="true">⚠</span> Sources disagree</li><li><span aria-hidden="true">–</span> Not stated in the texts (which is not the same as not a member)</li></ul>`;
  const refs: SourceRef[] = [];
  const details = orgs.map((org, i) => {
    const record = view.byId.get(org) as Organization | undefined;
    refs.push(...(record?.sources ?? []));
    const members = cells[i].map((cell, j) => ({ cell, j })).filter(({ cell }) => cell.records.length);
    return html`<div class="steppe-org" id="${orgId(i)}">
<${h4}>${nameOf(view, org)}</${h4}>
${record
      ? html`${record.aliases?.length ? html`<p>Also called: ${record.aliases.join('; ')}</p>` : ''}${record.founded
        ? html`<p>Founded: ${displayDate(record.founded)}</p>`
        : ''}${record.seat ? html`<p>Seat: ${record.seat}</p>` : ''}${record.purpose ? html`<p>Purpose: ${record.purpose}</p>` : ''}${renderCitations(view, record.sources)}`
      : ''}
<ul class="steppe-memberships">${members.map(({ cell, j }) => html`
<li id="${cellId(i, j)}"><strong>${nameOf(view, cell.country)} in ${nameOf(view, cell.org)}</strong><ul>${cell.records.map((m) => {
      refs.push(...m.sources);
      return html`<li><strong>${STATUS_LABELS[m.status].glyph} ${STATUS_LABELS[m.status].text}</strong>${m.since
        ? ` ${datePhrase('since', m.since)}`
        : ' (date not given)'}${m.until ? ` ${datePhrase('until', m.until)}` : ''}${m.note ? html`<p>Note: ${m.note}</p>` : ''}${renderDisagreement(
        view, m, c.locale, (id) => recordAnchor.get(id),
      )}${renderCaveat(view, m)}${renderCorroboration(view, m)}${renderCitations(view, m.sources)}</li>`;
    })}</ul></li>`)}
</ul>
</div>`;
  });
  const intro = html`<p>${plural(orgs.length, 'organization')} × ${plural(countries.length, 'country', 'countries')}: ${asOf ? `the status the texts give as of ${asOf}` : 'the latest status the texts give'}. Each organization and each status links to its history and sources below.</p>`;
  return region(c, 'membership-matrix', heading, html`${table}
${legend}
<${h3}>Organizations and memberships, with their sources</${h3}>
${details}
${renderDocuments(view, refs, h3)}`, intro);
}

// ---- trade table ---------------------------------------------------------------------------------

const COLUMNS = ['Metric', 'Who', 'Period', 'Value', 'Unit', 'Source'];

/** Who a figure is about, as the widget's Who column: from → to, or the country; — when missing. */
function who(view: DatasetView, f: Figure): Markup {
  const ids = f.from || f.to ? [f.from, f.to] : [f.country];
  return join(ids.map((id) => (id ? nameOf(view, id) : '—')), ' → ');
}

/**
 * The figures of the view the attributes give, as the widget shows them: by default its opening
 * comparison as printed; with `default-view="all"` every figure grouped by measure; filtered and
 * sorted as asked. Each value links to its citation.
 */
export function renderTradeTable(view: DatasetView, options: StaticOptions = {}): Markup {
  const c = context(view, 'trade-table', options);
  const [, h3] = c.h;
  const a = options.attributes ?? {};
  const heading = a.heading || 'Figures from the texts';
  const all = view.dataset.figures;
  const shown = figureViewOf(view, all, a);
  const figures = figuresShown(view, all, shown);
  if (!figures.length) return region(c, 'trade-table', heading, html``, html`<p>${all.length ? 'No figures match these filters.' : 'No figures in the data.'}</p>`);
  const rowId = new Map(figures.map((f, k) => [f.id, `${c.prefix}-f${k}`]));
  const docLabel = (f: Figure) => {
    const docs = reportingDocs(f);
    return `${docShort(view, docs[0] ?? '')}${docs.length > 1 ? ` +${docs.length - 1}` : ''}`;
  };
  const printed = shown.pivot
    ? pivots(view, filterFigures(view, all, shown.filter)).map((p) => html`<div class="steppe-table-wrap">
<table class="steppe-figures steppe-pivot">
<caption>${p.caption || heading}</caption>
<thead><tr><td></td>${p.columns.map((col) => html`<th scope="col">${col}</th>`)}</tr></thead>
<tbody>${p.rows.map((r) => html`
<tr><th scope="row">${r}</th>${p.columns.map((col) => {
      const list = p.cells.get(`${r}\u0000${col}`) ?? [];
      return html`<td>${list.length ? join(list.map((f) => html`<a href="#${rowId.get(f.id)}">${formatFigure(f, c.locale)}</a>${f.caveat
        ? html` <span role="img" aria-label="${`caveat: ${readableNote(view.dataset.sources, f.caveat)}`}">⚠</span>`
        : ''}${f.conflictsWith?.length || f.disagreement ? html` <span role="img" aria-label="sources disagree">⚠</span>` : ''}`), ' / ') : html`<span aria-label="no value">—</span>`}</td>`;
    })}</tr>`)}
</tbody>
</table>
</div>`)
    : undefined;
  const table = printed ? join(printed, '\n') : html`<div class="steppe-table-wrap">
<table class="steppe-figures">
<caption>${heading}</caption>
<thead><tr>${COLUMNS.map((col) => html`<th scope="col">${col}</th>`)}</tr></thead>
<tbody>${figures.map((f) => html`
<tr><th scope="row">${f.label}${f.conflictsWith?.length || f.disagreement ? html` <span role="img" aria-label="sources disagree">⚠</span>` : ''}</th><td>${who(view, f)}</td><td>${f.period ? displayDate(f.period) : html`<em>not given</em>`}</td><td>${formatFigure(f, c.locale)}${f.caveat ? html` <span role="img" aria-label="${`caveat: ${readableNote(view.dataset.sources, f.caveat)}`}">⚠</span>` : ''}</td><td>${f.unit}</td><td><a href="#${rowId.get(f.id)}">${docLabel(f)}</a></td></tr>`)}
</tbody>
</table>
</div>`;
  // in the dataset's order of documents, as the widget's source line
  const cited = new Set(figures.flatMap((f) => f.sources.map((s) => s.doc)));
  const docs = [...view.dataset.sources.map((s) => s.id).filter((d) => cited.has(d)), ...[...cited].filter((d) => !sourceOf(view, d))];
  const tableSources = [...new Set(figures.map((f) => f.table?.source).filter((s): s is string => Boolean(s)))];
  const sourceLine = html`<p class="steppe-source-line">Source: ${join(docs.map((d) => html`<cite>${docShort(view, d)}</cite>`), '; ')}${tableSources.length === 1
    ? `; the table’s own source: “${withoutSourceLabel(tableSources[0])}”`
    : ''}. See each row.</p>`;
  const notes = html`<${h3}>Sources, row by row</${h3}>
<ol class="steppe-figure-sources">${figures.map((f) => html`
<li id="${rowId.get(f.id)}"><strong>${f.label}</strong>: ${formatFigure(f, c.locale)}${f.period ? `, ${displayDate(f.period)}` : ''}${f.table
    ? html`. From <cite>${f.table.caption}</cite>, row “${f.table.row}”, column “${f.table.column}”.${f.table.source ? ` The table’s source: ${withoutSourceLabel(f.table.source)}` : ''}`
    : ''}${f.note ? html`<p>Note: ${f.note}</p>` : ''}${renderCaveat(view, f)}${renderDisagreement(view, f, c.locale, (id) => rowId.get(id))}${renderCorroboration(view, f)}${renderCitations(view, f.sources)}</li>`)}
</ol>`;
  const filters = filterWords(a, ['metric', 'table', 'countries', 'period', 'sources', 'query']);
  const intro = html`<p>${shown.defaulted
    ? html`One comparison from the texts: Central Asia’s trade with Russia and with China, as printed. `
    : ''}${plural(figures.length, 'figure')}${figures.length === all.length ? ' given in the texts' : ` of the ${all.length.toLocaleString('en')} in the texts${filters ? ` (${filters})` : ''}`}${shown.sortBy
    ? `, sorted by ${shown.sortBy} (${shown.sortDirection})`
    : shown.pivot ? '' : ', grouped by what they measure'}. ${shown.pivot ? 'Each value' : 'Each row’s Source'} links to its citation below.${a.note ? html` ${a.note}` : ''}</p>`;
  return region(c, 'trade-table', heading, html`${table}
${sourceLine}
${notes}
${renderDocuments(view, figures.flatMap((f) => f.sources), h3)}`, intro);
}

// ---- quote card ----------------------------------------------------------------------------------

/** The quotation the attributes name (`quote-id`, `speaker`), else the first, with speaker, role, date and sources. */
export function renderQuoteCard(view: DatasetView, options: StaticOptions = {}): Markup {
  const c = context(view, 'quote-card', options);
  const a = options.attributes ?? {};
  const quote: Quote | undefined = quotesOf(view, a['quote-id'] ?? '', a.speaker ?? '').quote;
  const heading = 'Quotation';
  if (!quote) {
    const why = a['quote-id'] ? `no quotation with the id “${a['quote-id']}”` : a.speaker ? `no quotation by “${a.speaker}”` : 'the data has no quotations to show';
    return region(c, 'quote-card', heading, html``, html`<p>No quotation: ${why}.</p>`, false);
  }
  const work = sourceOf(view, quote.sources[0].doc);
  const names = quote.speakers.map((id) => nameOf(view, id));
  const speaker = names.length ? names.join(' and ') : quote.speakerLabel;
  const cite = work?.url && /^https?:\/\//i.test(work.url) ? work.url : '';
  const body = html`<figure class="steppe-quote">
<blockquote${cite ? html` cite="${cite}"` : ''}><p>${quote.text}</p></blockquote>
<figcaption>
<p><span aria-hidden="true">— </span><strong class="steppe-speaker">${speaker}</strong>${quote.role ? html`, <span class="steppe-role">${quote.role}</span>` : ''}${quote.date
    ? html`, <span class="steppe-date">${displayDate(quote.date)}</span>`
    : ''}</p>
${quote.context ? html`<p>${quote.context}</p>` : ''}
${work ? html`<p>Quoted in <cite>${join(reportingDocs(quote).map((d) => docShort(view, d)), '; ')}</cite></p>` : ''}
${renderCaveat(view, quote)}${renderDisagreement(view, quote, c.locale)}
${renderCitations(view, quote.sources)}
</figcaption>
</figure>
${renderDocuments(view, quote.sources, c.h[1])}`;
  // the widget has no heading: the quotation speaks for itself
  return region(c, 'quote-card', heading, body, '', false);
}

// ---- fragments and pages -------------------------------------------------------------------------

const RENDERERS: Record<StaticWidget, (view: DatasetView, options?: StaticOptions) => Markup> = {
  timeline: renderTimeline,
  'timeline-story': renderTimelineStory,
  'membership-matrix': renderMembershipMatrix,
  'trade-table': renderTradeTable,
  'quote-card': renderQuoteCard,
};

const TITLES: Record<StaticWidget, string> = {
  timeline: 'Timeline',
  'timeline-story': 'The story, step by step',
  'membership-matrix': 'Who belongs to what',
  'trade-table': 'Figures from the texts',
  'quote-card': 'Quotation',
};

/** The part to paste into a course page: plain markup, no script, no style. */
export function renderFragment(widget: StaticWidget, view: DatasetView, options: StaticOptions = {}): string {
  return `${RENDERERS[widget](view, options).value}\n`;
}

/** A whole page around the fragment, for hosting as is or linking to. */
export function renderPage(widget: StaticWidget, view: DatasetView, options: StaticOptions = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(TITLES[widget])}: steppe-widgets, static version</title>
<link rel="icon" href="data:,">
</head>
<body>
${renderFragment(widget, view, options)}</body>
</html>
`;
}
