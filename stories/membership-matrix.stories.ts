import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

interface Args {
  orgs: string;
  countries: string;
  year: string;
  transpose: boolean;
  sort: '' | 'count' | 'name';
  highlight: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Membership matrix',
  component: 'steppe-membership-matrix',
  args: { orgs: '', countries: '', year: '', transpose: false, sort: '', highlight: '' },
  argTypes: { sort: { control: 'inline-radio', options: ['', 'count', 'name'] } },
  render: (a) => html`<steppe-membership-matrix orgs=${a.orgs} countries=${a.countries} year=${a.year}
    ?transpose=${a.transpose} sort=${a.sort} highlight=${a.highlight}></steppe-membership-matrix>`,
};
export default meta;
type Story = StoryObj<Args>;

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

/** `orgs="EEU, SCO, CSTO"` and `countries="Kazakhstan, Russia, China"`: any name or alias works. */
export const Filtered: Story = { args: { orgs: 'EEU, SCO, CSTO', countries: 'Kazakhstan, Russia, China', highlight: 'Kazakhstan' } };

/** A narrow column: a list per organization. */
export const Narrow: Story = { render: (a) => html`<div style="width:340px">${meta.render!(a, {} as never)}</div>` };

/** Dark colours through the public custom properties. */
export const Dark: Story = {
  render: (a) => html`<div style="background:#15181c;padding:1rem;--steppe-color-text:#ece9e2;--steppe-color-muted:#b5afa4;
      --steppe-color-background:#1f2328;--steppe-color-surface:#2a2f36;--steppe-color-border:#454b54;--steppe-accent:#6fd0c9">
    ${meta.render!(a, {} as never)}</div>`,
};

/** A page's own data with a bad membership: the dataset names it; the matrix shows the rest. */
export const InvalidData: Story = {
  render: () => html`<steppe-dataset>
    <script type="application/json">
      ${JSON.stringify({
        sources: [{ id: 'notes', title: 'Class notes', authors: [], kind: 'notes', sources: [{ doc: 'notes', excerpt: 'Class notes' }] }],
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
