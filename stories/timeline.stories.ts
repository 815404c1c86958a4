import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/index.js';
import { EVENT_KINDS, embeddedDataset } from '../src/data/index.js';
import { darkByProperties, darkPage, notesSource } from './shared.js';

interface Args {
  actors: string;
  kinds: string;
  themes: string;
  sources: string;
  query: string;
  from: string;
  to: string;
  selected: string;
  layout: 'auto' | 'axis' | 'list' | 'story';
  events: string;
  actorsMatch: '' | 'all' | 'any';
  heading: string;
  noFilters: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Timeline',
  component: 'steppe-timeline',
  args: { actors: '', kinds: '', themes: '', sources: '', query: '', from: '', to: '', selected: '', layout: 'auto', events: '', actorsMatch: '', heading: '', noFilters: false },
  argTypes: {
    kinds: { control: 'select', options: ['', ...EVENT_KINDS] },
    sources: { control: 'select', options: ['', ...embeddedDataset.sources.map((s) => s.id)] },
    layout: { control: 'inline-radio', options: ['auto', 'axis', 'list', 'story'] },
    actorsMatch: { name: 'actors-match', control: 'inline-radio', options: ['', 'all', 'any'] },
    noFilters: { name: 'no-filters' },
  },
  render: (a) => html`<steppe-timeline actors=${a.actors} kinds=${a.kinds} themes=${a.themes} sources=${a.sources}
    query=${a.query} from=${a.from} to=${a.to} selected=${a.selected} layout=${a.layout} events=${a.events || nothing}
    actors-match=${a.actorsMatch || nothing} heading=${a.heading || nothing} ?no-filters=${a.noFilters}></steppe-timeline>`,
};
export default meta;
type Story = StoryObj<Args>;
const render = meta.render!;

/** All events of the five texts. */
export const Playground: Story = {};

/** The default axis at 1,280 px: whole titles, the events most texts report first, vague spans in their own band, "+N" for the rest. */
export const DefaultAxis: Story = { render: (a) => html`<div style="width:1280px;max-width:100%">${render(a, {} as never)}</div>` };

/** An axis filtered by two actors, who combine as "all of" (the filter bar offers "any of"). */
export const FilteredAxis: Story = { args: { layout: 'axis', actors: 'Tokayev, Astana', from: '2012', to: '2023' } };

/** Zoomed in twice: what was drawn stays drawn, and more of the window's events find room. */
export const ZoomedAxis: Story = {
  args: { layout: 'axis' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('steppe-timeline')!;
    await el.updateComplete;
    for (let i = 0; i < 2; i++) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Zoom in"]')!.click();
      await el.updateComplete;
    }
  },
};

/** `layout="story"`: one event at a time, the twelve most-reported, with Previous/Next, arrow keys, swipes and a navigator. */
export const StoryLayout: Story = { args: { layout: 'story', heading: 'The most-reported events' } };

/** A story of the author's events, in the author's order (`events="…"`). */
export const AuthoredStory: Story = {
  args: { layout: 'story', heading: 'From the Customs Union to the Eurasian Economic Union', events: 'ev-002-customs-union-agreement-1995, ev-000-eurasec-founded-2000, ev-000-ecu-launched-2010, ev-003-a-astana-treaty-signed-2014, ev-003-b-eaeu-formally-established-2015' },
};

/** `layout="axis"`: the zoomable time axis, whatever the width. */
export const AxisLayout: Story = { args: { layout: 'axis', from: '1990', to: '2000' } };

/** `layout="list"`: the list by year, even in a wide container. */
export const ListLayout: Story = { args: { layout: 'list', themes: 'sco' } };

/** `actors="Nur-Sultan"`: an old name finds the renamed capital's events. */
export const FilteredByActor: Story = { args: { actors: 'Nur-Sultan' } };

/** `kinds="summit"` since 2010. */
export const FilteredByKind: Story = { args: { kinds: 'summit', from: '2010' } };

/** `themes="energy"`: pipelines, oil and gas deals. */
export const FilteredByTheme: Story = { args: { themes: 'energy' } };

/** `sources="004"`: only what one document says. */
export const FilteredBySource: Story = { args: { sources: '004' } };

/** A pre-filtered view set in HTML alone, with its own heading and no filter bar. */
export const PreFilteredWithoutFilterBar: Story = {
  args: { actors: 'Kazakhstan', kinds: 'summit', from: '2010', heading: 'Summits since 2010', noFilters: true },
};

/** `selected`: an event the texts date differently; its detail shows "Sources disagree". */
export const SelectedDisputedEvent: Story = {
  args: { selected: 'ev-001-oil-pipeline-operational-2006', actors: 'Kazakhstan', themes: 'energy' },
};

/** One fact that five texts report, opened by an id made before the texts' records were merged: "Reported by 5 texts". */
export const ReportedByFiveTexts: Story = {
  args: { selected: 'ev-000-sreb-announced-astana-2013', query: 'Silk Road Economic Belt Astana' },
};

/** Vague dates ("in the early 1990s") drawn as dashed spans marked ≈; the detail gives the text's wording. */
export const ApproximateDates: Story = { args: { layout: 'axis', from: '1988', to: '2002', selected: 'ev-001-us-access-caspian-energy-early-1990s' } };

/** A narrow column: a list by year. */
export const Narrow: Story = { render: (a) => html`<div style="width:340px">${render(a, {} as never)}</div>` };

/** Created inside a closed `<details>`: open it, and the layout fits the width it gets then. */
export const CreatedHidden: Story = {
  render: (a) => html`<details><summary>Show the timeline</summary>${render(a, {} as never)}</details>`,
};

/** `theme="dark"` on a dark page. */
export const ThemeDark: Story = {
  render: (a) => darkPage(html`<steppe-timeline theme="dark" actors=${a.actors} themes="csto" selected="ev-000-uzbekistan-joins-eurasec-2005"></steppe-timeline>`),
  args: { actors: 'Uzbekistan' },
};

/** Dark colours through the public custom properties. */
export const Dark: Story = { render: (a) => darkByProperties(render(a, {} as never)) };

/** A filter that matches nothing. */
export const EmptyResult: Story = { args: { query: 'no such words anywhere' } };

/** An actor the data does not know: a visible message, and the filter is not applied. */
export const UnknownActor: Story = { args: { actors: 'Atlantis' } };

/** A page's own data with a bad event: the dataset names it, the good events still show. */
export const InvalidData: Story = {
  render: () => html`<steppe-dataset>
    <script type="application/json">
      ${JSON.stringify({
        sources: [notesSource],
        events: [
          { id: 'ev-ok', title: 'A good event', date: { text: 'in 2015', start: '2015' }, kind: 'other', sources: [{ doc: 'notes', excerpt: 'in 2015' }] },
          { id: 'ev-bad', title: 'A bad date', date: { text: 'sometime', start: '20xx' }, kind: 'other', sources: [{ doc: 'notes', excerpt: 'sometime' }] },
        ],
      })}
    </script>
    <steppe-timeline></steppe-timeline>
  </steppe-dataset>`,
};

/** 10,000 synthetic events: only the rows in view are rendered. */
export const TenThousand: Story = {
  render: () => {
    const events = Array.from({ length: 10000 }, (_, i) => ({
      id: `ev-${i}`, title: `Synthetic event ${i}`, kind: 'other', themes: [], actors: [],
      date: { text: String(1990 + (i % 33)), start: String(1990 + (i % 33)) }, sources: [{ doc: 'synthetic', excerpt: 'generated' }],
    }));
    const data = { sources: [{ id: 'synthetic', title: 'Synthetic data', authors: [], kind: 'test', sources: [{ doc: 'synthetic', excerpt: 'generated' }] }], events };
    return html`<steppe-dataset .data=${data}><steppe-timeline layout="list"></steppe-timeline></steppe-dataset>`;
  },
};

/** `embed-code`: the Embed button gives an iframe of the view as the reader has filtered it. */
export const EmbedCode: Story = {
  render: (a) => html`<steppe-timeline actors=${a.actors} from=${a.from} layout="list" embed-code embed-base="https://your.host/embed/"></steppe-timeline>`,
  args: { actors: 'China', from: '2013' },
};
