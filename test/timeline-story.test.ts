// layout="story": one event at a time, as a reader of TimelineJS expects it, on the embedded data.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { embeddedDataset, salience } from '../src/data/index.js';
import type { SteppeTimeline } from '../src/components/timeline/timeline.js';
import { captureConsole, text, until } from './fixtures.js';
import { embeddedStaticView, renderFragment, renderTimelineStory } from '../src/static/render.js';

const root = (el: Element) => el.shadowRoot!;
const progress = (el: Element) => text(root(el).querySelector('[part="story-progress"]'));
const title = (el: Element) => text(root(el).querySelector('.step-title'));
const next = (el: Element) => root(el).querySelector<HTMLButtonElement>('[part="story-next"]')!;
const previous = (el: Element) => root(el).querySelector<HTMLButtonElement>('[part="story-previous"]')!;
const docs = (id: string) => new Set(embeddedDataset.events.find((e) => e.id === id)!.sources.map((s) => s.doc)).size;

async function story(attrs = html`<steppe-timeline layout="story"></steppe-timeline>`): Promise<SteppeTimeline> {
  const el = await fixture<SteppeTimeline>(attrs);
  await until(() => Boolean(root(el).querySelector('[part="story"], .empty, .story-warning')), 'the story');
  return el;
}

describe('<steppe-timeline layout="story">', () => {
  it('tells the most-reported events, one at a time in time order, with Previous/Next and "n of N"', async () => {
    const el = await story();
    expect(progress(el)).to.equal('1 of 12');
    expect(previous(el).disabled).to.equal(true);
    const titles: string[] = [title(el)];
    for (let i = 2; i <= 12; i++) {
      next(el).click();
      await el.updateComplete;
      expect(progress(el)).to.equal(`${i} of 12`);
      titles.push(title(el));
    }
    expect(next(el).disabled).to.equal(true);
    // the twelve are the most-reported: none left out is reported by more texts than any told
    const told = embeddedDataset.events.filter((e) => titles.includes(e.title));
    const least = Math.min(...told.map(salience));
    expect(embeddedDataset.events.filter((e) => !titles.includes(e.title) && salience(e) > least)).to.deep.equal([]);
    expect(told.map((e) => e.title).sort()).to.deep.equal([...titles].sort());
    await expect(el).to.be.accessible();
  });

  it('shows the date, the whole title, each text’s passage with its reference, what the texts say, and actors that filter', async () => {
    const el = await story(html`<steppe-timeline layout="story" events="ev-000-sreb-announced-astana-2013, ev-001-land-reform-protests-2016"></steppe-timeline>`);
    expect(progress(el)).to.equal('1 of 2');
    const step = root(el).querySelector('[part="step"]')!;
    expect(text(step.querySelector('.step-date'))).to.equal('September 2013');
    expect(title(el)).to.contain('Silk Road Economic Belt');
    expect(text(step.querySelector('[part="corroboration"]'))).to.match(/^Reported by 5 texts/);
    // one passage per text, each with the document as readers cite it
    const captions = [...step.querySelectorAll('.passage figcaption cite')].map(text);
    expect(captions).to.have.length(docs('ev-001-xi-proposes-sreb-astana-2013'));
    expect(captions).to.include('Kembayev 2020');
    expect(text(step)).not.to.match(/\d{3}_[0-9a-f]{16}\.txt/);
    next(el).click();
    await el.updateComplete;
    expect(text(root(el).querySelector('[part="disagreement"]'))).to.contain('Sources disagree');
    // an actor filters the timeline; the story then tells the filtered events from the start
    const actor = [...root(el).querySelectorAll<HTMLButtonElement>('.step-actors .actor')].find((b) => text(b) === 'Kazakhstan')!;
    actor.click();
    await el.updateComplete;
    expect(el.actors).to.equal('place-kazakhstan');
    await expect(el).to.be.accessible();
  });

  it('tells the author’s events in the author’s order, and says which ids it does not know', async () => {
    const { warnings } = await captureConsole(async () => {
      const el = await story(html`<steppe-timeline layout="story" events="ev-001-land-reform-protests-2016, ev-no-such-event, ev-004-russia-invades-georgia-2008"></steppe-timeline>`);
      expect(progress(el)).to.equal('1 of 2');
      expect(title(el)).to.contain('land reform');
      expect(text(root(el).querySelector('.story-warning'))).to.equal('No event with the id “ev-no-such-event” in the data.');
    });
    expect(warnings.some((w) => w.includes('ev-no-such-event'))).to.equal(true);
  });

  it('tells the filtered events in time order when a filter is set', async () => {
    const el = await story(html`<steppe-timeline layout="story" kinds="summit" from="2015"></steppe-timeline>`);
    const count = el.visibleEvents.length;
    expect(progress(el)).to.equal(`1 of ${count}`);
    expect(title(el)).to.equal(el.visibleEvents[0].title);
  });

  it('moves with the arrow keys, Home and End, by the navigator, and by a swipe on a touch screen', async () => {
    const el = await story();
    next(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(progress(el)).to.equal('2 of 12');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(progress(el)).to.equal('12 of 12');
    // the Next button is now disabled; focus went to Previous, so the keys keep working
    expect((root(el).activeElement as HTMLElement).getAttribute('part')).to.equal('story-previous');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(progress(el)).to.equal('1 of 12');
    const stops = [...root(el).querySelectorAll<HTMLButtonElement>('[part="story-navigator"] button')];
    expect(stops).to.have.length(12);
    expect(stops[0].getAttribute('aria-current')).to.equal('step');
    stops[4].click();
    await el.updateComplete;
    expect(progress(el)).to.equal('5 of 12');
    const area = root(el).querySelector('[part="story"]')!;
    area.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', clientX: 300, clientY: 200, bubbles: true }));
    area.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'touch', clientX: 180, clientY: 210, bubbles: true }));
    await el.updateComplete;
    expect(progress(el)).to.equal('6 of 12');
    area.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'mouse', clientX: 300, clientY: 200, bubbles: true }));
    area.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'mouse', clientX: 100, clientY: 200, bubbles: true }));
    await el.updateComplete;
    expect(progress(el), 'a mouse drag is not a swipe').to.equal('6 of 12');
  });

  it('keeps the step in the URL hash with hash-link, and follows it', async () => {
    const before = location.hash;
    try {
      const el = await story(html`<steppe-timeline layout="story" hash-link></steppe-timeline>`);
      next(el).click();
      await el.updateComplete;
      expect(location.hash).to.equal('#steppe-step=2');
      location.hash = 'steppe-step=7';
      await until(() => progress(el) === '7 of 12', 'step 7 from the hash');
    } finally {
      history.replaceState(history.state, '', before || location.pathname + location.search);
    }
  });

  it('prints every step in order', async () => {
    const el = await story();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const steps = [...root(el).querySelectorAll('.story-print > li')];
    expect(steps).to.have.length(12);
    const years = steps.map((s) => Number(s.querySelector('time')!.getAttribute('datetime')!.slice(0, 4)));
    expect(years).to.deep.equal([...years].sort((a, b) => a - b));
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(root(el).querySelector('.story-print')).to.equal(null);
    expect(progress(el)).to.equal('1 of 12');
  });

  it('works in the embed page a course iframes', async () => {
    const url = `${new URL('./pages/embed/timeline.html', import.meta.url).href}?layout=story&events=ev-004-russia-invades-georgia-2008,ev-001-land-reform-protests-2016`;
    const iframe = await fixture<HTMLIFrameElement>(html`<iframe title="story" style="width:700px;height:900px" src=${url}></iframe>`);
    await until(() => Boolean(iframe.contentDocument?.querySelector('steppe-timeline')?.shadowRoot?.querySelector('[part="story-progress"]')), 'the story in the frame');
    const el = iframe.contentDocument!.querySelector('steppe-timeline')!;
    expect(progress(el)).to.equal('1 of 2');
    expect(title(el)).to.contain('Georgia');
  });

  it('has a static copy: every step in order, the same events as the widget tells, each with its citations', async () => {
    const el = await story();
    const told: string[] = [];
    for (let i = 0; i < 12; i++) {
      told.push(title(el));
      next(el).click();
      await el.updateComplete;
    }
    const holder = document.createElement('div');
    holder.innerHTML = renderFragment('timeline-story');
    const steps = [...holder.querySelectorAll('.steppe-step')];
    expect(steps.map((s) => text(s.querySelector('h3')).replace(/^[^:]*: /, ''))).to.deep.equal(told);
    for (const s of steps) expect(s.querySelectorAll('.steppe-sources li').length).to.be.greaterThan(0);
    expect(holder.querySelector('script, steppe-timeline')).to.equal(null);
    const mine = document.createElement('div');
    mine.innerHTML = renderTimelineStory(embeddedStaticView(), { events: 'ev-004-russia-invades-georgia-2008, ev-000-sreb-announced-astana-2013' }).value;
    expect([...mine.querySelectorAll('.steppe-step h3')].map(text).map((t) => t.slice(0, 30))).to.deep.equal(["August 2008: Russia's war with", 'September 2013: Xi Jinping ann']);
  });
});
