// The membership matrix as a reader meets it, on the embedded data: every column on screen from
// 1,024 px, Kazakhstan, Russia and China first; "not stated in the texts" a mark of its own; the
// detail opening beside its cell; the year control saying what it shows.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { SteppeMembershipMatrix } from '../src/components/membership-matrix/membership-matrix.js';
import { text, until } from './fixtures.js';

const root = (el: Element) => el.shadowRoot!;

async function matrix(width: number, attrs = ''): Promise<SteppeMembershipMatrix> {
  const host = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}></div>`);
  host.innerHTML = `<steppe-membership-matrix ${attrs}></steppe-membership-matrix>`;
  const el = host.querySelector('steppe-membership-matrix')!;
  await until(() => Boolean(root(el).querySelector('table')), 'the table');
  await el.updateComplete;
  return el;
}
const columns = (el: Element) => [...root(el).querySelectorAll('thead th')].map(text);
const cellAt = (el: Element, r: number, c: number) => root(el).querySelector<HTMLElement>(`td[data-r="${r}"][data-c="${c}"]`)!;

describe('<steppe-membership-matrix> that fits and reads', () => {
  for (const width of [1024, 1280]) {
    it(`shows every column without scrolling sideways at ${width} px, Kazakhstan, Russia and China first`, async () => {
      const el = await matrix(width);
      const wrap = root(el).querySelector('.table-wrap')!;
      expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth + 1);
      expect(columns(el).slice(0, 3)).to.deep.equal(['Kazakhstan', 'Russia', 'China']);
      const box = el.getBoundingClientRect();
      for (const th of root(el).querySelectorAll('thead th')) expect(th.getBoundingClientRect().right).to.be.at.most(box.right + 1);
      // and every row: the embedded matrix is whole in its box, not a few pixels short of it
      expect(wrap.scrollHeight, 'a matrix that scrolls by a few pixels').to.be.at.most(wrap.clientHeight + 1);
      const last = [...root(el).querySelectorAll('tbody tr')].at(-1)!.getBoundingClientRect();
      expect(last.bottom).to.be.at.most(wrap.getBoundingClientRect().bottom + 0.5);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps its caption in view and the focus ring whole when the matrix scrolls inside its box', async () => {
    const el = await matrix(560, 'layout="table"');
    const wrap = root(el).querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.scrollWidth, 'the matrix scrolls sideways at this width').to.be.greaterThan(wrap.clientWidth);
    cellAt(el, 1, 1).focus();
    await sendKeys({ press: 'End' });
    await new Promise((r) => requestAnimationFrame(r));
    const focused = root(el).activeElement as HTMLElement;
    expect(focused.closest('td')?.dataset.c, 'End goes to the last column').to.equal(String(columns(el).length));
    // the ring as drawn: the element's box grown by the outline's width and offset
    const style = getComputedStyle(focused);
    const grow = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const r = focused.getBoundingClientRect();
    const ring = { left: r.left - grow, right: r.right + grow, top: r.top - grow, bottom: r.bottom + grow };
    const view = wrap.getBoundingClientRect();
    const visibleRight = view.left + wrap.clientWidth;
    expect(style.outlineStyle).to.not.equal('none');
    expect(ring.right, 'the ring is not cut by the scrolling box').to.be.at.most(visibleRight + 0.5);
    expect(ring.left).to.be.at.least(view.left - 0.5);
    const header = root(el).querySelector('thead')!.getBoundingClientRect();
    expect(ring.top, 'the ring is not under the sticky header row').to.be.at.least(header.bottom - 0.5);
    // the caption stays whole above the box, however far the matrix scrolled
    const caption = root(el).querySelector('.table-caption')!.getBoundingClientRect();
    expect(wrap.scrollLeft).to.be.greaterThan(0);
    expect(caption.left).to.be.at.least(el.getBoundingClientRect().left - 0.5);
    expect(caption.bottom).to.be.at.most(view.top + 0.5);
    expect(text(root(el).querySelector('table caption'))).to.equal(text(root(el).querySelector('.table-caption')));
  });

  it('keeps the header row and column in place when a larger matrix scrolls inside its box', async () => {
    const el = await matrix(520, 'layout="table"');
    const wrap = root(el).querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth);
    const rowHeader = root(el).querySelector('tbody th')!;
    const before = rowHeader.getBoundingClientRect().left;
    wrap.scrollLeft = 200;
    await new Promise((r) => requestAnimationFrame(r));
    expect(rowHeader.getBoundingClientRect().left).to.be.closeTo(before, 1);
    expect(el.getBoundingClientRect().right).to.be.at.most(520 + 1 + el.getBoundingClientRect().left);
  });

  it('marks "not stated in the texts" in words and a mark of its own, unlike "not a member" or "withdrawn"', async () => {
    const el = await matrix(1280);
    const china = columns(el).indexOf('China') + 1;
    const eaeu = cellAt(el, 1, china);
    expect(text(eaeu.querySelector('.visually-hidden'))).to.equal('China in Eurasian Economic Union: not stated in the texts');
    expect(text(eaeu.querySelector('[aria-hidden="true"]'))).to.equal('–');
    const legend = text(root(el).querySelector('[part="legend"]'));
    expect(legend).to.contain('– Not stated in the texts (which is not the same as not a member)');
    expect(legend).to.contain('✕ Withdrawn');
  });

  it('opens a cell’s detail beside the cell, both on screen; Escape gives focus back to the cell', async () => {
    const el = await matrix(1024);
    const rows = root(el).querySelectorAll('tbody tr').length;
    const cell = cellAt(el, rows, columns(el).length);
    cell.scrollIntoView({ block: 'center' });
    cell.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => Boolean(root(el).querySelector('[part="detail"]')), 'the detail');
    await new Promise((r) => requestAnimationFrame(r));
    const d = root(el).querySelector('[part="detail"]')!.getBoundingClientRect();
    const c = cell.getBoundingClientRect();
    for (const r of [c, d]) {
      expect(r.top, 'on screen').to.be.at.least(-1);
      expect(r.bottom, 'on screen').to.be.at.most(innerHeight + 1);
    }
    expect(d.top).to.be.at.least(c.bottom - 1);
    expect(d.top - c.bottom).to.be.below(12);
    expect(d.left < c.right && c.left < d.right, 'under its cell').to.equal(true);
    expect(root(el).activeElement?.tagName).to.equal('H3');
    await expect(el).to.be.accessible();
    // opening its sources grows the panel: the widget grows with it, so nothing spills out of it
    for (const d of root(el).querySelectorAll<HTMLDetailsElement>('[part="detail"] details')) d.open = true;
    const base = root(el).querySelector('[part="base"]')!;
    await until(() => root(el).querySelector('[part="detail"]')!.getBoundingClientRect().bottom <= base.getBoundingClientRect().bottom + 1, 'the widget around its grown detail');
    cell.focus();
    await sendKeys({ press: 'Escape' });
    await until(() => root(el).activeElement === cell, 'focus back on the cell');
    expect(root(el).querySelector('[part="detail"]')).to.equal(null);
  });

  it('closes an organization\'s detail when the reader highlights a country instead', async () => {
    const el = await matrix(1280);
    const header = (name: string) => [...root(el).querySelectorAll<HTMLButtonElement>('.header-button')].find((b) => text(b).startsWith(name))!;
    header('Shanghai Cooperation Organization').click();
    await until(() => Boolean(root(el).querySelector('[part~="detail"]')), 'the SCO detail');
    header('Kazakhstan').click();
    await el.updateComplete;
    expect(Boolean(root(el).querySelector('[part~="detail"]')), 'no detail of SCO beside the Kazakhstan column').to.equal(false);
    expect(header('Kazakhstan').getAttribute('aria-pressed')).to.equal('true');
  });

  it('closes a detail anchored to a cell when the cells move (another order)', async () => {
    const el = await matrix(1280);
    cellAt(el, 1, 1).click();
    await until(() => Boolean(root(el).querySelector('[part="detail"]')), 'the detail');
    const select = root(el).querySelector<HTMLSelectElement>('.controls select')!;
    select.value = 'name';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root(el).querySelector('[part="detail"]')).to.equal(null);
  });

  it('shows the years its control spans and says what "latest known" means', async () => {
    const el = await matrix(1280);
    const field = root(el).querySelector('.year-field')!;
    const ends = [...field.querySelectorAll('.year-end')].map((e) => Number(text(e)));
    expect(ends[0]).to.be.lessThan(ends[1]);
    expect(text(field.querySelector('output'))).to.equal('latest known');
    expect(text(field.querySelector('.year-help'))).to.match(/^Latest known: each cell shows the most recent status/);
    el.year = '2005';
    await el.updateComplete;
    expect(text(field.querySelector('output'))).to.equal('2005');
    expect(text(root(el).querySelector('.year-help'))).to.equal('Each cell: the status the texts give for 2005.');
    expect(text(root(el).querySelector('.latest'))).to.equal('Show the latest known');
  });
});
