import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/index.js';
import { clickInside, darkByProperties, darkPage, notesSource, widget } from './shared.js';

interface Args {
  orgs: string;
  countries: string;
  year: string;
  transpose: boolean;
  sort: '' | 'count' | 'name';
  highlight: string;
  layout: 'auto' | 'table' | 'list';
  heading: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Membership matrix',
  component: 'steppe-membership-matrix',
  args: { orgs: '', countries: '', year: '', transpose: false, sort: '', highlight: '', layout: 'auto', heading: '' },
  argTypes: {
    sort: { control: 'inline-radio', options: ['', 'count', 'name'] },
    layout: { control: 'inline-radio', options: ['auto', 'table', 'list'] },
  },
  render: (a) => html`<steppe-membership-matrix orgs=${a.orgs} countries=${a.countries} year=${a.year}
    ?transpose=${a.transpose} sort=${a.sort} highlight=${a.highlight} layout=${a.layout}
    heading=${a.heading || nothing}></steppe-membership-matrix>`,
};
export default meta;
type Story = StoryObj<Args>;
const render = meta.render!;

/** The texts' main organizations and the countries in two or more of them. */
export const Playground: Story = {};

/** As of 1997, 2005 and 2016: since/until decide each cell. */
export const AsOfSeveralYears: Story = {
  render: (a) => html`<div style="display:grid;gap:1rem">
    ${['1997', '2005', '2016'].map((year) => html`<steppe-membership-matrix orgs=${a.orgs} year=${year} heading=${`As of ${year}`}></steppe-membership-matrix>`)}
  </div>`,
};

/** Countries as rows. */
export const Transposed: Story = { args: { transpose: true } };

/** `sort="name"`: countries in alphabetical order instead of by number of memberships. */
export const SortedByName: Story = { args: { sort: 'name' } };

/** `orgs="EEU, SCO, CSTO"` and `countries="Kazakhstan, Russia, China"`: any name or alias works. */
export const Filtered: Story = { args: { orgs: 'EEU, SCO, CSTO', countries: 'Kazakhstan, Russia, China', highlight: 'Kazakhstan' } };

/** Names the data does not know are listed in a visible note; the rest is shown. */
export const UnknownNames: Story = { args: { orgs: 'SCO, Atlantic Alliance of Nowhere', countries: 'Kazakhstan, Atlantis' } };

/** A cell whose texts disagree, opened: its status history, each claim with its source. */
export const DisputedCellOpen: Story = {
  args: { orgs: 'EurAsEC, Customs Union', countries: 'Uzbekistan, Kazakhstan, Russia, Belarus' },
  play: async ({ canvasElement }) => {
    await clickInside(await widget(canvasElement, 'steppe-membership-matrix'), '[part~="cell--disputed"]');
  },
};

/** An organization's header, opened: its names, founding, seat and purpose, with sources. */
export const OrganizationOpen: Story = {
  args: { orgs: 'SCO, CSTO', countries: 'Kazakhstan, Russia, China, Uzbekistan' },
  play: async ({ canvasElement }) => {
    await clickInside(await widget(canvasElement, 'steppe-membership-matrix'), '[part~="org-header"]');
  },
};

/** `layout="list"`: members grouped by status under each organization, at any width. */
export const ListLayout: Story = { args: { layout: 'list' } };

/** A narrow column: the list layout, chosen by the container's width. */
export const Narrow: Story = { render: (a) => html`<div style="width:340px">${render(a, {} as never)}</div>` };

/** `layout="table"` in a narrow column: the table scrolls sideways instead of becoming a list. */
export const NarrowTable: Story = { render: (a) => html`<div style="width:340px">${render({ ...a, layout: 'table' }, {} as never)}</div>` };

/** `theme="dark"` on a dark page. */
export const ThemeDark: Story = {
  render: (a) => darkPage(html`<steppe-membership-matrix theme="dark" orgs=${a.orgs} highlight="Kazakhstan"></steppe-membership-matrix>`),
};

/** Dark colours through the public custom properties. */
export const Dark: Story = { render: (a) => darkByProperties(render(a, {} as never)) };

/** A page's own data with a bad membership: the dataset names it; the matrix shows the rest. */
export const InvalidData: Story = {
  render: () => html`<steppe-dataset>
    <script type="application/json">
      ${JSON.stringify({
        sources: [notesSource],
        organizations: [{ id: 'org-x', name: 'Example Union', aliases: [], sources: [{ doc: 'notes', excerpt: 'Example Union' }] }],
        places: [
          { id: 'place-a', name: 'Country A', kind: 'country', aliases: [], sources: [{ doc: 'notes', excerpt: 'Country A' }] },
          { id: 'place-b', name: 'Country B', kind: 'country', aliases: [], sources: [{ doc: 'notes', excerpt: 'Country B' }] },
        ],
        memberships: [
          { id: 'm-ok', org: 'org-x', country: 'place-a', status: 'member', sources: [{ doc: 'notes', excerpt: 'A is a member' }] },
          { id: 'm-bad', org: 'org-x', country: 'place-b', status: 'friend', sources: [{ doc: 'notes', excerpt: 'B is a friend' }] },
        ],
      })}
    </script>
    <steppe-membership-matrix></steppe-membership-matrix>
  </steppe-dataset>`,
};

/** A dataset without memberships: the matrix says there is nothing to show. */
export const NoMemberships: Story = {
  render: () => html`<steppe-dataset .data=${{ sources: [notesSource] }}><steppe-membership-matrix></steppe-membership-matrix></steppe-dataset>`,
};
