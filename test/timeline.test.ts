import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { embeddedDataset, excerptsReady } from '../src/data/index.js';
import type { SteppeDataset } from '../src/components/dataset/dataset.js';
import type { SteppeTimeline } from '../src/components/timeline/timeline.js';
import type { SteppeSelectEvent } from '../src/lib/events.js';
import { DOC_A, DOC_B, smallDataset, frame, text, until } from './fixtures.js';

// The embedded excerpts load after a widget's first render (src/data/excerpts.ts); these tests
// read them, so every test starts once they are there (test/lazy-excerpts.test.ts tests the wait).
before(() => excerptsReady());

const root = (el: Element) => el.shadowRoot!;
const buttons = (el: Element) => [...root(el).querySelectorAll<HTMLButtonElement>('button.event')];


const cite = (doc: string, excerpt: string) => [{ doc, excerpt }];
export const timelineData = () => ({
  ...smallDataset(),
  places: [
    { id: 'place-astana', name: 'Astana', kind: 'city', aliases: ['Nur-Sultan', 'Akmola'], sources: cite(DOC_A, 'Astana, then Nur-Sultan') },
    { id: 'place-steppe', name: 'Steppeland', kind: 'country', aliases: [], sources: cite(DOC_A, 'Steppeland') },
  ],
  events: [
    { id: 'ev-union', title: 'Steppe Union founded', date: { text: 'in May 2014', start: '2014-05' }, kind: 'founding', themes: ['eaeu'], actors: ['org-union', 'place-steppe'], sources: cite(DOC_A, 'the Steppe Union was founded in May 2014') },
    { id: 'ev-capital', title: 'Summit in the capital', date: { text: 'on 8 May 2015', start: '2015-05-08' }, kind: 'summit', themes: ['diplomacy'], actors: ['person-ana-speaker'], places: ['place-astana'], sources: cite(DOC_B, 'a summit in Astana on 8 May 2015') },
    { id: 'ev-vague', title: 'Pipeline talks', date: { text: 'in the late 1990s', start: '1990', end: '1999', approximate: true }, kind: 'deal', themes: ['energy'], actors: ['place-steppe'], sources: cite(DOC_B, 'pipeline talks in the late 1990s') },
    { id: 'ev-open-a', title: 'Pipeline opens', date: { text: 'in 2006', start: '2006' }, kind: 'infrastructure', themes: ['energy'], actors: ['place-steppe'], claimOf: 'pipeline-opens', conflictsWith: ['ev-open-b'], sources: cite(DOC_A, 'the pipeline opened in 2006') },
    { id: 'ev-open-b', title: 'Pipeline opens', date: { text: 'in 2007', start: '2007' }, kind: 'infrastructure', themes: ['energy'], actors: ['place-steppe'], claimOf: 'pipeline-opens', conflictsWith: ['ev-open-a'], sources: cite(DOC_B, 'the pipeline became operational in 2007') },
  ],
});

/** The open event's detail panel once it is there (its module is loaded after the first render). */
async function detailOf(el: Element): Promise<Element> {
  await until(() => Boolean(root(el).querySelector('[part="detail"]')), 'the detail');
  return root(el).querySelector('[part="detail"]')!;
}

async function timeline(attrs = html`<steppe-timeline layout="list"></steppe-timeline>`, data: unknown = timelineData()) {
  const wrapper = await fixture<SteppeDataset>(html`<steppe-dataset .data=${data}>${attrs}</steppe-dataset>`);
  const el = wrapper.querySelector('steppe-timeline')!;
  await wrapper.validated; // a large dataset is checked in two passes
  await el.updateComplete;
  await until(() => buttons(el).length > 0 || Boolean(root(el).querySelector('.empty')), 'events');
  return el;
}

describe('<steppe-timeline> detail opened at once', () => {
  // first in this file, so that the detail panel's module has not been loaded by any timeline yet
  it('shows the detail, styled, with its source excerpt when an event is opened right after the element is created', async () => {
    const wrapper = await fixture<SteppeDataset>(html`<steppe-dataset .data=${timelineData()}></steppe-dataset>`);
    const el = document.createElement('steppe-timeline');
    el.layout = 'list';
    wrapper.append(el);
    el.selected = 'ev-capital';
    const detail = await detailOf(el);
    expect(text(detail.querySelector('h3'))).to.equal('Summit in the capital');
    const source = detail.querySelector('[part="source"]') as HTMLDetailsElement;
    source.querySelector('summary')!.click();
    expect(source.open).to.equal(true);
    expect(text(source.querySelector('[part="source-excerpt"]'))).to.equal('a summit in Astana on 8 May 2015');
    expect(getComputedStyle(detail).borderLeftWidth, 'the detail’s own styles apply').to.equal('4px');
    await expect(el).to.be.accessible();
  });
});

describe('<steppe-timeline> with the embedded data', () => {
  it('counts every dated event of the texts and shows them in time order', async () => {
    const el = await fixture<SteppeTimeline>(html`<steppe-timeline layout="list"></steppe-timeline>`);
    await until(() => buttons(el).length > 0, 'events');
    const n = embeddedDataset.events.length;
    const f = new Intl.NumberFormat(document.documentElement.lang || undefined).format(n);
    expect(text(root(el).querySelector('[part="count"]'))).to.equal(`Showing ${f} of ${f} events`);
    const years = [...root(el).querySelectorAll('[part="year"]')].map((h) => Number(text(h).slice(0, 4)));
    expect(years).to.deep.equal([...years].sort((a, b) => a - b));
    await expect(el).to.be.accessible();
  });

  it('draws a wide axis with year ticks when there is room', async () => {
    const el = await fixture<SteppeTimeline>(html`<steppe-timeline style="width:1000px"></steppe-timeline>`);
    await until(() => Boolean(root(el).querySelector('[part="axis"]')) && buttons(el).length > 0, 'axis');
    expect(root(el).querySelectorAll('[part="tick"]').length).to.be.greaterThan(3);
    expect(root(el).querySelector('[part="list"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<steppe-timeline> layouts', () => {
  it('becomes a list by year in a narrow container, an axis in a wide one', async () => {
    const el = await timeline(html`<div style="width:400px"><steppe-timeline></steppe-timeline></div>`);
    expect(root(el).querySelector('[part="list"]')).to.not.equal(null);
    expect([...root(el).querySelectorAll('[part="year"]')].map(text)).to.deep.equal(['1990s (1)', '2006 (1)', '2007 (1)', '2014 (1)', '2015 (1)']);
    (el.parentElement as HTMLElement).style.width = '900px';
    await until(() => Boolean(root(el).querySelector('[part="axis"]')), 'axis after widening');
    expect(buttons(el)).to.have.length(5);
  });

  it('renders correctly when created hidden and shown later', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="display:none;width:900px"><steppe-dataset .data=${timelineData()}><steppe-timeline></steppe-timeline></steppe-dataset></div>`);
    const el = host.querySelector('steppe-timeline')!;
    await el.updateComplete;
    await frame();
    expect(buttons(el)).to.have.length(0);
    host.style.display = 'block';
    await until(() => buttons(el).length === 5, 'events after showing');
    expect(root(el).querySelector('[part="axis"]')).to.not.equal(null);
  });

  it('draws a vague date as a span marked approximate, read from its span, not glued words', async () => {
    const el = await timeline();
    const vague = buttons(el).find((b) => b.textContent!.includes('Pipeline talks'))!;
    expect(text(vague)).to.contain('the 1990s');
    expect(vague.getAttribute('aria-label')).to.equal('the 1990s (approximate): Pipeline talks');
    expect(vague.getAttribute('part')).to.contain('event--approximate');
  });

  it('stacks the date above the title in a narrow column, so the title gets the whole width', async () => {
    const narrow = await fixture<HTMLElement>(html`<steppe-timeline layout="list" style="width:360px"></steppe-timeline>`);
    const wide = await fixture<HTMLElement>(html`<steppe-timeline layout="list" style="width:700px"></steppe-timeline>`);
    await until(() => buttons(narrow).length > 0 && buttons(wide).length > 0 && Boolean(root(narrow).querySelector('.stacked')), 'rows');
    await frame();
    const place = (el: HTMLElement) => {
      const b = buttons(el)[0];
      const date = b.querySelector('.date')!.getBoundingClientRect();
      const title = b.querySelector('.title')!.getBoundingClientRect();
      return { below: title.top >= date.bottom - 1, titleShare: title.width / b.getBoundingClientRect().width };
    };
    expect(place(narrow).below).to.equal(true);
    expect(place(narrow).titleShare).to.be.greaterThan(0.8);
    expect(place(wide).below).to.equal(false);
  });

  for (const width of [360, 560]) {
    it(`shows every title whole in the list, no row cut or overlapping the next (${width} px)`, async () => {
      const el = await fixture<HTMLElement>(html`<steppe-timeline layout="list" style=${`width:${width}px`}></steppe-timeline>`);
      await until(() => buttons(el).length > 0, 'rows');
      const list = root(el).querySelector<HTMLElement>('.scroller')!;
      const problems = new Set<string>();
      let checked = 0;
      const titles = new Map(embeddedDataset.events.map((e) => [e.id, e.title.replace(/\s+/g, ' ').trim()]));
      expect(list.clientHeight, 'the list has a height').to.be.greaterThan(100);
      for (let top = 0, steps = 0; top < list.scrollHeight && steps < 400; top += list.clientHeight, steps++) {
        list.scrollTop = top;
        list.dispatchEvent(new Event('scroll'));
        await frame();
        await frame();
        const rows = [...root(el).querySelectorAll<HTMLElement>('.rows > .row')].sort((a, b) => a.offsetTop - b.offsetTop);
        rows.forEach((row, i) => {
          const button = row.querySelector<HTMLButtonElement>('button.event');
          const next = rows[i + 1];
          if (next && row.offsetTop + row.offsetHeight > next.offsetTop + 0.5) problems.add(`row ${i} overlaps the next`);
          if (!button) return;
          const title = button.querySelector<HTMLElement>('.title')!;
          const t = title.getBoundingClientRect();
          const r = row.getBoundingClientRect();
          const name = text(title).slice(0, 50);
          if (title.scrollHeight > title.clientHeight + 1) problems.add(`“${name}” is cut inside its title`);
          if (t.bottom > r.bottom + 0.5 || t.top < r.top - 0.5) problems.add(`“${name}” runs out of its row (${t.bottom.toFixed(1)} > ${r.bottom.toFixed(1)})`);
          if (getComputedStyle(title).webkitLineClamp !== 'none' && getComputedStyle(title).webkitLineClamp !== '') problems.add(`“${name}” is clamped`);
          const id = el.shadowRoot && (el as unknown as SteppeTimeline).visibleEvents[Number(button.dataset.index)].id;
          if (text(title) !== titles.get(id!)) problems.add(`“${name}” is not its whole title`);
          checked++;
        });
      }
      expect([...problems]).to.deep.equal([]);
      expect(checked).to.be.at.least(embeddedDataset.events.length);
    });
  }

  it('fits a short list to its rows, with no empty band below, and scrolls a long one', async () => {
    const short = await timeline(html`<steppe-timeline layout="list" kinds="summit" style="width:500px"></steppe-timeline>`);
    await frame();
    const scroller = root(short).querySelector<HTMLElement>('.scroller')!;
    const last = buttons(short).at(-1)!.getBoundingClientRect();
    expect(buttons(short)).to.have.length(1);
    // the list ends at its last row (its border and a pixel of rounding aside)
    expect(scroller.getBoundingClientRect().bottom - last.bottom).to.be.within(-1, 3);
    expect(scroller.scrollHeight - scroller.clientHeight).to.be.at.most(1);
    const long = await fixture<HTMLElement>(html`<steppe-timeline layout="list" style="width:500px"></steppe-timeline>`);
    await until(() => buttons(long).length > 0, 'rows');
    const list = root(long).querySelector<HTMLElement>('.scroller')!;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(list.getBoundingClientRect().height).to.be.closeTo(24 * rem, 2);
    expect(list.scrollHeight).to.be.greaterThan(list.clientHeight * 4);
  });

  it('does not mark a date twice when its wording already says it is approximate', async () => {
    const el = await fixture<HTMLElement>(html`<steppe-timeline layout="list" query="Russian Empire begins" style="width:500px"></steppe-timeline>`);
    await until(() => buttons(el).length > 0, 'the event');
    const date = text(buttons(el)[0].querySelector('.date'));
    // the 18th-century span reads as its century, with no ≈ before words that already say it
    expect(date).to.equal('the 1700s');
    // and it is under the century its date names, not under a year "1700" it is not dated to
    expect(text(root(el).querySelector('[part="year"]'))).to.equal('1700s (1)');
    expect(buttons(el)[0].getAttribute('aria-label')).to.contain('(approximate)');
  });
});

describe('<steppe-timeline> filters', () => {
  it('filters by actor through any alias, so an old name finds the renamed place', async () => {
    const el = await timeline(html`<steppe-timeline layout="list" actors="Nur-Sultan"></steppe-timeline>`);
    expect(buttons(el).map((b) => text(b.querySelector('.title')))).to.deep.equal(['Summit in the capital']);
    expect(text(root(el).querySelector('[part="count"]'))).to.equal('Showing 1 of 5 events');
    expect(text(root(el).querySelector('[part="chip"]'))).to.contain('Actor: Astana');
  });

  it('combines two actors as "all of" by default, says so, and lets a reader choose "any of"', async () => {
    const el = await timeline(html`<steppe-timeline layout="list" actors="Steppeland, Steppe Union"></steppe-timeline>`);
    // only the founding involves both
    expect(buttons(el).map((b) => text(b.querySelector('.title')))).to.deep.equal(['Steppe Union founded']);
    const combine = root(el).querySelector('.combine')!;
    expect(text(combine)).to.match(/^Every filter applies; actors:/);
    const select = combine.querySelector('select')!;
    expect(select.value).to.equal('all');
    select.value = 'any';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('actors-match')).to.equal('any');
    expect(buttons(el).map((b) => text(b.querySelector('.title')))).to.deep.equal(['Pipeline talks', 'Pipeline opens', 'Pipeline opens', 'Steppe Union founded']);
    await expect(el).to.be.accessible();
  });

  it('filters by kind, theme, document and years from attributes alone', async () => {
    const cases: [ReturnType<typeof html>, string[]][] = [
      [html`<steppe-timeline layout="list" kinds="infrastructure"></steppe-timeline>`, ['Pipeline opens', 'Pipeline opens']],
      [html`<steppe-timeline layout="list" themes="eaeu"></steppe-timeline>`, ['Steppe Union founded']],
      [html`<steppe-timeline layout="list" sources="doc-b.txt"></steppe-timeline>`, ['Pipeline talks', 'Pipeline opens', 'Summit in the capital']],
      [html`<steppe-timeline layout="list" from="2007" to="2014"></steppe-timeline>`, ['Pipeline opens', 'Steppe Union founded']],
    ];
    for (const [tpl, titles] of cases) {
      const el = await timeline(tpl);
      expect(buttons(el).map((b) => text(b.querySelector('.title')))).to.deep.equal(titles);
    }
  });

  it('searches free text and reflects it as the query attribute; no match shows an empty state', async () => {
    const el = await timeline();
    const search = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'union' });
    await el.updateComplete;
    expect(el.getAttribute('query')).to.equal('union');
    expect(buttons(el).map((b) => text(b.querySelector('.title')))).to.deep.equal(['Steppe Union founded']);
    await sendKeys({ type: 'zzz' });
    await el.updateComplete;
    expect(text(root(el).querySelector('.empty'))).to.equal('No events match these filters.');
  });

  it('suggests the events\' actors by name, sorted, once the actor field has the focus', async () => {
    const el = await timeline();
    const input = root(el).querySelector<HTMLInputElement>('input[list]')!;
    const suggestions = () => [...root(el).querySelectorAll(`datalist#${input.getAttribute('list')} option`)].map((o) => o.getAttribute('value'));
    input.focus();
    await el.updateComplete;
    expect(suggestions()).to.deep.equal(['Ana Speaker', 'Steppe Union', 'Steppeland']);
  });

  it('adds an actor from the actor field and says so when the name is unknown', async () => {
    const el = await timeline();
    const input = root(el).querySelector<HTMLInputElement>('input[list]')!;
    input.value = 'Akmola';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('actors')).to.equal('Akmola');
    expect(buttons(el)).to.have.length(1);
    input.value = 'Atlantis';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="alert"]'))).to.equal('No person, organization or place named “Atlantis”.');
    root(el).querySelector<HTMLButtonElement>('[part="chip"]')!.click();
    await el.updateComplete;
    expect(el.getAttribute('actors')).to.equal('');
  });
});

describe('<steppe-timeline> keyboard', () => {
  it('has one tab stop; arrows, Home and End move; the live region announces', async () => {
    const el = await timeline();
    const stops = buttons(el).filter((b) => b.tabIndex === 0);
    expect(stops).to.have.length(1);
    stops[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => root(el).activeElement?.textContent?.includes('Pipeline opens') ?? false, 'focus on 2nd event');
    expect(text(root(el).querySelector('.visually-hidden[aria-live="polite"]'))).to.equal('2006: Pipeline opens (2 of 5)');
    await sendKeys({ press: 'End' });
    await until(() => root(el).activeElement?.textContent?.includes('Summit in the capital') ?? false, 'focus on last');
    await sendKeys({ press: 'Home' });
    await until(() => root(el).activeElement?.textContent?.includes('Pipeline talks') ?? false, 'focus on first');
    expect(buttons(el).filter((b) => b.tabIndex === 0)).to.have.length(1);
  });

  it('opens the detail with Enter and closes it with Escape, returning focus', async () => {
    const el = await timeline();
    buttons(el)[1].focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const selectEvent = (await oneEvent(el, 'steppe-select')) as unknown as SteppeSelectEvent;
    expect(selectEvent.recordId).to.equal('ev-open-a');
    const detail = await detailOf(el);
    expect(text(detail.querySelector('h3'))).to.equal('Pipeline opens');
    expect(text(detail)).to.contain('2006');
    expect(el.getAttribute('selected')).to.equal('ev-open-a');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="detail"]')).to.equal(null);
    await until(() => root(el).activeElement?.getAttribute('data-index') === '1', 'focus back on the event');
  });

  it('zooms with + and - on the axis, and the wheel zooms only with Ctrl', async () => {
    const el = await timeline(html`<steppe-timeline layout="axis" style="width:900px"></steppe-timeline>`);
    const range = () => text(root(el).querySelector('.range'));
    const before = range();
    buttons(el)[0].focus();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(range()).to.not.equal(before);
    await sendKeys({ press: '-' });
    await el.updateComplete;
    const axis = root(el).querySelector('[part="axis"]')!;
    // the axis gestures arrive with the lazily loaded module, a moment after the first render
    const zoomed = range();
    await until(() => {
      const zooming = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true, clientX: 450 });
      axis.dispatchEvent(zooming);
      return zooming.defaultPrevented;
    }, 'Ctrl + wheel to zoom');
    await el.updateComplete;
    expect(range()).to.not.equal(zoomed);
    const plain = new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true });
    axis.dispatchEvent(plain);
    expect(plain.defaultPrevented).to.equal(false);
  });
});

describe('<steppe-timeline> detail and selection', () => {
  it('shows the date as worded, the actors and the source excerpt of the selected event', async () => {
    const el = await timeline(html`<steppe-timeline layout="list" selected="ev-vague"></steppe-timeline>`);
    const detail = await detailOf(el);
    expect(text(detail)).to.contain('(approximate: the text says “in the late 1990s”)');
    expect([...detail.querySelectorAll('button.actor')].map(text)).to.deep.equal(['Steppeland']);
    expect(text(detail.querySelector('[part="source-excerpt"]'))).to.equal('pipeline talks in the late 1990s');
  });

  it('shows the detail of a selected event in full in the axis layout, not scrolled out of sight', async () => {
    const el = await timeline(html`<steppe-timeline layout="axis" selected="ev-vague" style="width:800px"></steppe-timeline>`);
    const base = root(el).querySelector<HTMLElement>('[part="base"]')!;
    const detail = (await detailOf(el)).getBoundingClientRect();
    expect(base.scrollHeight, 'the widget does not scroll inside itself').to.be.at.most(base.clientHeight + 1);
    expect(detail.bottom).to.be.at.most(el.getBoundingClientRect().bottom + 1);
    expect(detail.height).to.be.greaterThan(40);
  });

  it('shows both claims when sources disagree', async () => {
    const el = await timeline(html`<steppe-timeline layout="list" selected="ev-open-b"></steppe-timeline>`);
    const box = (await detailOf(el)).querySelector('[part="disagreement"]')!;
    expect(text(box)).to.contain('Sources disagree');
    expect(text(box)).to.contain('2007 according to “Untitled Notes” (unsigned) (this entry)');
    expect(text(box)).to.contain('2006 according to Author and Writer');
    expect(buttons(el).find((b) => b.getAttribute('aria-label')?.includes('sources disagree'))).to.not.equal(undefined);
  });

  it('does not fire steppe-select when the selected property is set by code', async () => {
    const el = await timeline();
    let fired = 0;
    el.addEventListener('steppe-select', () => fired++);
    (el as SteppeTimeline).selected = 'ev-union';
    expect(text((await detailOf(el)).querySelector('h3'))).to.equal('Steppe Union founded');
    expect(fired).to.equal(0);
  });

  it('follows the URL hash with hash-link', async () => {
    const el = await timeline(html`<steppe-timeline layout="list" hash-link></steppe-timeline>`);
    location.hash = 'steppe-event=ev-capital';
    await oneEvent(window, 'hashchange');
    expect(text((await detailOf(el)).querySelector('h3'))).to.equal('Summit in the capital');
    buttons(el)[0].click();
    await el.updateComplete;
    expect(location.hash).to.equal('#steppe-event=ev-vague');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shares a selected actor with a sibling timeline in the same dataset', async () => {
    const wrapper = await fixture<SteppeDataset>(html`<steppe-dataset .data=${timelineData()}>
      <steppe-timeline id="a" layout="list" selected="ev-capital"></steppe-timeline>
      <steppe-timeline id="b" layout="list"></steppe-timeline></steppe-dataset>`);
    const [a, b] = [wrapper.querySelector('#a')!, wrapper.querySelector('#b')!];
    await until(() => buttons(b).length === 5 && Boolean(root(a).querySelector('[part="detail"]')), 'both timelines');
    root(a).querySelector<HTMLButtonElement>('[part="detail"] button.actor')!.click();
    await until(() => buttons(b).length === 1, 'sibling filtered');
    expect(text(root(b).querySelector('[part="chip"]'))).to.contain('Linked: Ana Speaker');
    expect(buttons(b).map((x) => text(x.querySelector('.title')))).to.deep.equal(['Summit in the capital']);
  });
});

describe('<steppe-timeline> in hostile conditions', () => {
  it('cannot be zoomed out without limit', async () => {
    const el = await timeline(html`<steppe-timeline layout="axis" style="width:900px"></steppe-timeline>`);
    buttons(el)[0].focus();
    for (let i = 0; i < 25; i++) await sendKeys({ press: '-' });
    await el.updateComplete;
    const [a, b] = text(root(el).querySelector('.range')).split('–').map(Number);
    expect(b - a).to.be.lessThan(60);
    expect(root(el).querySelectorAll('[part="tick"]').length).to.be.lessThan(40);
    expect(root(el).activeElement?.classList.contains('event')).to.equal(true);
  });

  it('keeps focus inside while panning with Shift+arrows', async () => {
    const el = await timeline(html`<steppe-timeline layout="axis" style="width:900px"></steppe-timeline>`);
    buttons(el)[0].focus();
    const range = text(root(el).querySelector('.range'));
    await executeServerCommand('hold-key', { down: 'Shift' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await executeServerCommand('hold-key', { up: 'Shift' });
    await el.updateComplete;
    expect(text(root(el).querySelector('.range'))).to.not.equal(range);
    await until(() => root(el).activeElement?.classList.contains('event') ?? false, 'focus on an event');
  });

  it('zooms with a two-finger pinch and pans with a one-finger drag', async () => {
    const el = await timeline(html`<steppe-timeline layout="axis" style="width:900px"></steppe-timeline>`);
    const axis = root(el).querySelector<HTMLElement>('[part="axis"]')!;
    const span = () => { const [a, b] = text(root(el).querySelector('.range')).split('–').map(Number); return b - a; };
    const before = span();
    const pointer = (type: string, pointerId: number, clientX: number) =>
      axis.dispatchEvent(new PointerEvent(type, { pointerId, clientX, clientY: 60, bubbles: true, pointerType: 'touch', isPrimary: pointerId === 1 }));
    axis.setPointerCapture = () => undefined; // synthetic pointers cannot be captured
    // the axis gestures arrive with the lazily loaded module, a moment after the first render
    await until(() => {
      pointer('pointerdown', 1, 400);
      pointer('pointerdown', 2, 500);
      pointer('pointermove', 2, 800); // fingers spread: zoom in
      pointer('pointerup', 1, 400);
      pointer('pointerup', 2, 800);
      return span() < before;
    }, 'a pinch to zoom in');
    await el.updateComplete;
    const range = text(root(el).querySelector('.range'));
    pointer('pointerdown', 3, 600);
    pointer('pointermove', 3, 200); // drag left: later years come into view
    pointer('pointerup', 3, 200);
    await el.updateComplete;
    expect(text(root(el).querySelector('.range'))).to.not.equal(range);
  });

  it('leaves browser shortcuts and a dialog’s Escape alone', async () => {
    const el = await timeline();
    const stop = buttons(el).find((b) => b.tabIndex === 0)!;
    for (const init of [{ key: '-', ctrlKey: true }, { key: '=', ctrlKey: true }, { key: 'ArrowLeft', altKey: true }, { key: 'Escape' }]) {
      const e = new KeyboardEvent('keydown', { ...init, bubbles: true, composed: true, cancelable: true });
      stop.dispatchEvent(e);
      expect(e.defaultPrevented, JSON.stringify(init)).to.equal(false);
    }
  });

  it('ignores a malformed or foreign URL hash', async () => {
    location.hash = 'save-50%';
    try {
      const el = await timeline(html`<steppe-timeline layout="list" hash-link></steppe-timeline>`);
      expect(buttons(el)).to.have.length(5);
      expect(root(el).querySelector('[part="detail"]')).to.equal(null);
      buttons(el)[0].click();
      await el.updateComplete;
      expect(location.hash).to.equal('#steppe-event=ev-vague');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('renders under an invalid <html lang>', async () => {
    const lang = document.documentElement.lang;
    document.documentElement.lang = 'en_US';
    try {
      const el = await timeline();
      expect(text(root(el).querySelector('[part="count"]'))).to.equal('Showing 5 of 5 events');
    } finally {
      document.documentElement.lang = lang;
    }
  });

  it('keeps the tab stop on its event when a filter changes, and resets the axis for new data', async () => {
    const el = await timeline();
    const union = buttons(el).find((b) => b.textContent!.includes('Steppe Union founded'))!;
    union.focus();
    (el as SteppeTimeline).themes = 'diplomacy, eaeu';
    await el.updateComplete;
    expect(text(buttons(el).find((b) => b.tabIndex === 0)!.querySelector('.title'))).to.equal('Steppe Union founded');
    const axis = await timeline(html`<steppe-timeline layout="axis" style="width:900px"></steppe-timeline>`);
    const wrapper = axis.parentElement as SteppeDataset;
    wrapper.data = { ...timelineData(), events: [{ id: 'ev-old', title: 'Old treaty', date: { text: 'in 1850', start: '1850' }, kind: 'treaty', themes: [], actors: [], sources: cite(DOC_A, 'x') }] };
    await until(() => buttons(axis).some((b) => b.textContent!.includes('Old treaty')), 'new data on the axis');
    expect(text(root(axis).querySelector('.range'))).to.contain('1849');
  });

  it('scrolls a selection made from outside into view in the list', async () => {
    const base = timelineData();
    const many = Array.from({ length: 400 }, (_, i) => ({ id: `ev-s-${i}`, title: `Synthetic ${i}`, kind: 'other', themes: [], actors: [], date: { text: `${1900 + Math.floor(i / 4)}`, start: `${1900 + Math.floor(i / 4)}` }, sources: cite(DOC_A, 'x') }));
    const el = await timeline(html`<steppe-timeline layout="list"></steppe-timeline>`, { ...base, events: many });
    (el as SteppeTimeline).selected = 'ev-s-300';
    await until(() => {
      const b = root(el).querySelector<HTMLElement>('[data-index="300"]');
      const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
      if (!b) return false;
      const r = b.getBoundingClientRect();
      const s = scroller.getBoundingClientRect();
      return r.top >= s.top - 1 && r.bottom <= s.bottom + 1;
    }, 'the selected row in view');
  });
});

describe('<steppe-timeline> dense stretches', () => {
  it('names a "+N" by the year of its middle event, not by a vague span\'s first year', async () => {
    const base = timelineData();
    // the 1990s reported by two texts, placed first; three spans from about 1980 by one, left over
    const vague = (i: number, start: string, text: string, docs: string[]) => ({
      id: `ev-vague-${i}`, title: `Vague event ${i}`, kind: 'other', themes: [], actors: [],
      date: { text, start, end: '1999', approximate: true }, sources: docs.map((doc) => ({ doc, excerpt: 'Steppeland' })),
    });
    const events = [...base.events,
      ...Array.from({ length: 3 }, (_, i) => vague(i, '1980', 'from about 1980 to 1999', [DOC_A])),
      ...Array.from({ length: 30 }, (_, i) => vague(i + 3, '1990', 'in the 1990s', [DOC_A, DOC_B]))];
    const el = await timeline(html`<steppe-timeline layout="axis" from="1995" to="2000" style="width:900px"></steppe-timeline>`, { ...base, events });
    const labels = [...root(el).querySelectorAll<HTMLButtonElement>('[part="cluster"]')].map((c) => c.getAttribute('aria-label'));
    expect(labels.length).to.be.greaterThan(0);
    for (const l of labels) expect(l).to.match(/ around 1990; show them$/);
    // the spans from 1980 are among them (else this would not test anything)
    const clusters = (el as unknown as { axisLayout: { clusters: { items: { start: number }[] }[] } }).axisLayout.clusters;
    expect(clusters.some((c) => c.items.some((i) => i.start === 1980))).to.equal(true);
  });

  it('gathers events that do not fit into a count that lists them when activated', async () => {
    const base = timelineData();
    const dense = Array.from({ length: 40 }, (_, i) => ({
      id: `ev-dense-${i}`, title: `Dense event ${i}`, kind: 'other', themes: [], actors: [],
      date: { text: 'in 2010', start: '2010' }, sources: cite(DOC_A, 'Steppeland'),
    }));
    const el = await timeline(html`<steppe-timeline layout="axis" style="width:900px"></steppe-timeline>`, { ...base, events: [...base.events, ...dense] });
    const cluster = root(el).querySelector<HTMLButtonElement>('[part="cluster"]')!;
    expect(cluster).to.not.equal(null);
    const hidden = Number(text(cluster).slice(1));
    expect(hidden).to.be.greaterThan(10);
    expect(cluster.getAttribute('aria-label')).to.equal(`${hidden} more events around 2010; show them`);
    expect(cluster.getAttribute('aria-expanded')).to.equal('false');
    cluster.click();
    await el.updateComplete;
    expect(cluster.getAttribute('aria-expanded')).to.equal('true');
    const group = root(el).querySelector('[role="group"].expanded')!;
    expect(group.getAttribute('aria-label')).to.equal(`${hidden} events around 2010`);
    expect(group.querySelectorAll('button.event')).to.have.length(hidden);
    group.querySelector<HTMLButtonElement>('button.event')!.click();
    expect(text((await detailOf(el)).querySelector('h3'))).to.match(/^Dense event \d+$/);
    await expect(el).to.be.accessible();
  });
});

describe('<steppe-timeline> at scale', () => {
  it('keeps 10,000 events interactive by rendering only the visible rows', async () => {
    const base = timelineData();
    const many = Array.from({ length: 10000 }, (_, i) => ({
      id: `ev-synthetic-${i}`, title: `Synthetic event ${i}`, kind: 'other', themes: [], actors: ['place-steppe'],
      date: { text: `${1990 + (i % 33)}`, start: `${1990 + (i % 33)}` }, sources: cite(DOC_A, 'Steppeland'),
    }));
    const el = await timeline(html`<steppe-timeline layout="list"></steppe-timeline>`, { ...base, events: many });
    const f = new Intl.NumberFormat(document.documentElement.lang || undefined).format(10000);
    expect(text(root(el).querySelector('[part="count"]'))).to.equal(`Showing ${f} of ${f} events`);
    expect(buttons(el).length).to.be.lessThan(200);
    buttons(el)[0].focus();
    await sendKeys({ press: 'End' });
    await until(() => root(el).activeElement?.textContent?.includes('Synthetic event') === true && root(el).activeElement?.getAttribute('data-index') === '9999', 'focus on the last of 10,000');
  });
});
