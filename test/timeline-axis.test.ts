// The default axis as a reader meets it, on the embedded data: whole titles, no two labels
// overlapping, none cut, the most-reported events placed first, vague spans in their own band,
// zooming in never showing fewer events, and every placed event reachable by keyboard.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { embeddedDataset, salience } from '../src/data/index.js';
import { EVENT_KINDS } from '../src/data/vocab.js';
import type { SteppeTimeline } from '../src/components/timeline/timeline.js';
import { text, until } from './fixtures.js';

const root = (el: Element) => el.shadowRoot!;
const labels = (el: Element) => [...root(el).querySelectorAll<HTMLButtonElement>('.placed button.event')];
const windowOf = (el: SteppeTimeline) => (el as unknown as { window: [number, number] }).window;
const byId = new Map(embeddedDataset.events.map((e) => [e.id, e]));
const idOf = (el: SteppeTimeline, b: HTMLButtonElement) => el.visibleEvents[Number(b.dataset.index)].id;

async function axis(width: number, attrs: Record<string, string> = {}): Promise<SteppeTimeline> {
  const el = await fixture<SteppeTimeline>(html`<steppe-timeline style=${`width:${width}px`}></steppe-timeline>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await until(() => labels(el).length > 0 || Boolean(root(el).querySelector('.empty')), 'the axis');
  await el.updateComplete;
  return el;
}

/** What is wrong with the axis as drawn: overlapping boxes, cut or clipped labels, boxes outside it. */
function problems(el: SteppeTimeline, what: string): string[] {
  const out: string[] = [];
  const axisBox = root(el).querySelector('[part="axis"]')!.getBoundingClientRect();
  const buttons = [...labels(el), ...root(el).querySelectorAll<HTMLButtonElement>('[part="cluster"]')];
  const rects = buttons.map((b) => b.getBoundingClientRect());
  const name = (i: number) => text(buttons[i]).slice(0, 40);
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (r.left < axisBox.left - 0.5 || r.right > axisBox.right + 0.5 || r.top < axisBox.top - 0.5 || r.bottom > axisBox.bottom + 0.5) {
      out.push(`${what}: “${name(i)}” is outside the axis`);
    }
    for (let j = i + 1; j < rects.length; j++) {
      const q = rects[j];
      if (r.left < q.right - 0.5 && q.left < r.right - 0.5 && r.top < q.bottom - 0.5 && q.top < r.bottom - 0.5) out.push(`${what}: “${name(i)}” overlaps “${name(j)}”`);
    }
  }
  for (const b of labels(el)) {
    if (b.scrollHeight > b.clientHeight + 1 || b.scrollWidth > b.clientWidth + 1) out.push(`${what}: “${text(b).slice(0, 40)}” is cut`);
    // a point's dot is on its date (its x on the axis), whole, inside its label
    const li = b.closest<HTMLElement>('li.placed')!;
    if (!li.classList.contains('in-band')) {
      const dot = b.querySelector('.marker')!.getBoundingClientRect();
      const box = b.getBoundingClientRect();
      const x = Number(li.dataset.x);
      const centre = dot.left + dot.width / 2 - axisBox.left;
      const atEdge = x < dot.width / 2 || x > axisBox.width - dot.width / 2;
      if (!atEdge && Math.abs(centre - x) > 1) out.push(`${what}: the dot of “${text(b).slice(0, 40)}” is at ${centre.toFixed(1)} px, its date at ${x} px`);
      if (dot.left < box.left - 0.5 || dot.right > box.right + 0.5) out.push(`${what}: the dot of “${text(b).slice(0, 40)}” is cut`);
    }
    const title = text(b.querySelector('.title'));
    const event = byId.get(idOf(el, b))!;
    if (title !== event.title.replace(/\s+/g, ' ').trim()) out.push(`${what}: title “${title}” is not the whole “${event.title}”`);
    if (getComputedStyle(b.querySelector('.title')!).textOverflow === 'ellipsis') out.push(`${what}: an ellipsis on “${title}”`);
  }
  return out;
}

describe('<steppe-timeline> axis: labels that read', () => {
  it('lays out the default view, each kind, two actors and three zoom levels at 720, 1024 and 1280 px with no overlap and no label cut', async () => {
    const kinds = EVENT_KINDS.filter((k) => embeddedDataset.events.some((e) => e.kind === k));
    const found: string[] = [];
    let layouts = 0;
    for (const width of [720, 1024, 1280]) {
      const el = await axis(width);
      found.push(...problems(el, `${width} px default`));
      layouts++;
      for (const kind of kinds) {
        el.kinds = kind;
        await el.updateComplete;
        if (labels(el).length) {
          found.push(...problems(el, `${width} px kind ${kind}`));
          layouts++;
        }
      }
      el.kinds = '';
      el.actors = 'Tokayev, Astana';
      await el.updateComplete;
      found.push(...problems(el, `${width} px two actors`));
      el.actors = '';
      await el.updateComplete;
      for (let zoom = 1; zoom <= 3; zoom++) {
        root(el).querySelector<HTMLButtonElement>('[aria-label="Zoom in"]')!.click();
        await el.updateComplete;
        found.push(...problems(el, `${width} px zoom ${zoom}`));
        layouts += 2;
      }
    }
    expect(layouts).to.be.greaterThan(40);
    expect(found).to.deep.equal([]);
  });

  it('keeps the axis to the years `from` and `to` ask for, every tick whole', async () => {
    const el = await axis(1280, { from: '1995', to: '2000' });
    const ticks = [...root(el).querySelectorAll<HTMLElement>('[part="tick"]')];
    const years = ticks.map((t) => Number(text(t)));
    expect(Math.min(...years)).to.be.at.least(1994);
    expect(Math.max(...years)).to.be.at.most(2001);
    expect(years).to.include.members([1995, 2000]);
    const box = root(el).querySelector('[part="axis"]')!.getBoundingClientRect();
    for (const t of ticks) expect(t.getBoundingClientRect().right, `tick ${text(t)}`).to.be.at.most(box.right + 0.5);
    expect(problems(el, '1995–2000')).to.deep.equal([]);
  });

  it('never cuts a year label at the right edge of the axis', async () => {
    for (const width of [720, 1024, 1280]) {
      for (const attrs of [{}, { from: '1995', to: '2000' }, { from: '2010' }] as Record<string, string>[]) {
        const el = await axis(width, attrs);
        const box = root(el).querySelector('[part="axis"]')!.getBoundingClientRect();
        for (const t of root(el).querySelectorAll<HTMLElement>('[part="tick"]')) {
          expect(t.getBoundingClientRect().right, `${width} px ${JSON.stringify(attrs)}: tick ${text(t)}`).to.be.at.most(box.right + 0.5);
          expect(t.scrollWidth).to.be.at.most(t.clientWidth + 1);
        }
      }
    }
  });

  it('places the events most texts report first: every event reported by four or five texts, at 1280 px', async () => {
    const el = await axis(1280);
    const [a, b] = windowOf(el);
    const placed = new Set(labels(el).map((l) => idOf(el, l)));
    const top = embeddedDataset.events.filter((e) => new Set(e.sources.map((s) => s.doc)).size >= 4 && Number(e.date.start.slice(0, 4)) >= a && Number(e.date.start.slice(0, 4)) < b);
    expect(top.length).to.be.greaterThan(4);
    expect(top.filter((e) => !placed.has(e.id)).map((e) => e.title)).to.deep.equal([]);
    // what is placed outranks, on average, what waits in a "+N"
    const mean = (list: number[]) => list.reduce((x, y) => x + y, 0) / list.length;
    const shown = el.visibleEvents.filter((e) => placed.has(e.id)).map(salience);
    const waiting = el.visibleEvents.filter((e) => !placed.has(e.id) && Number(e.date.start.slice(0, 4)) >= a).map(salience);
    expect(mean(shown)).to.be.greaterThan(mean(waiting));
    await expect(el).to.be.accessible();
  });

  it('cuts no label on an axis narrower than a label would like (layout="axis" in a 260 px column)', async () => {
    const el = await axis(260, { layout: 'axis' });
    expect(labels(el).length).to.be.greaterThan(0);
    expect(problems(el, '260 px')).to.deep.equal([]);
  });

  it('keeps vague and long spans in their own band above the points', async () => {
    const el = await axis(1280);
    const band = root(el).querySelector('.band')!.getBoundingClientRect();
    const spans = [...root(el).querySelectorAll<HTMLElement>('.in-band button.event')];
    const points = [...root(el).querySelectorAll<HTMLElement>('.placed:not(.in-band) button.event')];
    expect(spans.length).to.be.greaterThan(0);
    for (const s of spans) expect(s.getBoundingClientRect().bottom).to.be.at.most(band.bottom + 0.5);
    for (const p of points) expect(p.getBoundingClientRect().top).to.be.at.least(band.bottom - 0.5);
    for (const s of spans) expect(byId.get(idOf(el, s as HTMLButtonElement))!.date.end ?? byId.get(idOf(el, s as HTMLButtonElement))!.date.approximate).to.not.equal(undefined);
  });

  it('never shows fewer of the visible window’s events when zooming in', async () => {
    for (const width of [720, 1280]) {
      const el = await axis(width);
      for (let step = 0; step < 3; step++) {
        const before = labels(el).map((l) => idOf(el, l));
        root(el).querySelector<HTMLButtonElement>('[aria-label="Zoom in"]')!.click();
        await el.updateComplete;
        const [a, b] = windowOf(el);
        const inWindow = (id: string) => {
          const e = byId.get(id)!;
          const y = Number(e.date.start.slice(0, 4)) + (Number(e.date.start.slice(5, 7) || 1) - 1) / 12;
          return y >= a && y < b;
        };
        const after = new Set(labels(el).map((l) => idOf(el, l)));
        const lost = before.filter((id) => inWindow(id) && !after.has(id));
        expect(lost, `${width} px, zoom step ${step + 1}`).to.deep.equal([]);
        expect(after.size, `${width} px, zoom step ${step + 1}`).to.be.at.least(before.filter(inWindow).length);
      }
    }
  });
});

describe('<steppe-timeline> axis: keyboard in the default view', () => {
  it('lands the first Tab on a placed event; arrows walk placed events and "+N" in time order; Enter opens, Escape returns', async () => {
    const el = await axis(1280);
    root(el).querySelector<HTMLButtonElement>('[aria-label="Later"]')!.focus();
    await sendKeys({ press: 'Tab' });
    const first = root(el).activeElement as HTMLButtonElement;
    expect(first.matches('.placed button.event'), 'Tab lands on a placed event').to.equal(true);
    // where a stop is on the axis: an event's place (its label may end there), a cluster's left edge
    const at = (b: HTMLElement) => Number(b.matches('[part="cluster"]') ? b.dataset.cluster : (b.closest('li') as HTMLElement).dataset.x);
    // walking right never goes back in time, and meets at least one "+N"
    let sawCluster = false;
    let x = at(first);
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const now = root(el).activeElement as HTMLButtonElement;
      expect(now.matches('.placed button.event, [part="cluster"]'), `step ${i + 1} is on a drawn stop`).to.equal(true);
      expect(at(now), `step ${i + 1} is not earlier than the one before`).to.be.at.least(x);
      x = at(now);
      sawCluster ||= now.matches('[part="cluster"]');
    }
    expect(sawCluster).to.equal(true);
    expect([...root(el).querySelectorAll('.placed button.event, [part="cluster"]')].filter((b) => (b as HTMLElement).tabIndex === 0)).to.have.length(1);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const home = root(el).activeElement as HTMLButtonElement;
    expect(home.matches('button.event, [part="cluster"]')).to.equal(true);
    // Enter on a placed event opens it; Escape closes and gives focus back
    for (let i = 0; i < 10 && !(root(el).activeElement as HTMLElement).matches('button.event'); i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
    }
    const opened = root(el).activeElement as HTMLButtonElement;
    const id = idOf(el, opened);
    await sendKeys({ press: 'Enter' });
    await until(() => Boolean(root(el).querySelector('[part="detail"]')), 'the detail');
    expect(el.selected).to.equal(id);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await until(() => (root(el).activeElement as HTMLElement | null)?.dataset.index === opened.dataset.index, 'focus back on the event');
  });

  it('opens a "+N" with Enter and lists its events, each reachable with Tab; Escape closes the list', async () => {
    const el = await axis(1280);
    const cluster = root(el).querySelector<HTMLButtonElement>('[part="cluster"]')!;
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const list = root(el).querySelector('.expanded')!;
    const items = [...list.querySelectorAll<HTMLButtonElement>('button.event')];
    expect(items).to.have.length(Number(text(cluster).slice(1)));
    expect(cluster.getAttribute('aria-expanded')).to.equal('true');
    // Tab: the list's ✕, then its first event, then the next
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(items[0]);
    if (items.length > 1) {
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(items[1]);
    }
    await sendKeys({ press: 'Escape' });
    await until(() => !root(el).querySelector('.expanded'), 'the list closed');
    await until(() => root(el).activeElement?.getAttribute('part') === 'cluster', 'focus back on the "+N"');
  });
});
