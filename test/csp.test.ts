import { expect } from '@open-wc/testing';
import { frame, loadPage } from './fixtures.js';


describe('strict Content Security Policy', () => {
  it("renders every widget under default-src 'self'; style-src 'self'; require-trusted-types-for 'script' with no violation", async () => {
    const iframe = await loadPage('csp.html', 'CSP page');
    const win = iframe.contentWindow as Window & { __violations: string[] };
    const doc = iframe.contentDocument!;
    const rendered = () => ['steppe-quote-card blockquote', 'steppe-timeline button.event', 'steppe-membership-matrix td', 'steppe-trade-table .cell-button']
      .every((sel) => { const [tag, inner] = sel.split(' '); return Boolean(doc.querySelector(tag)?.shadowRoot?.querySelector(inner)); });
    for (let i = 0; i < 150 && !rendered(); i++) await frame();
    expect(rendered()).to.equal(true);
    // open the details a reader would open: inline styles (bars, positions) are set through CSSOM
    for (const el of doc.querySelectorAll('*')) for (const d of el.shadowRoot?.querySelectorAll('details') ?? []) d.open = true;
    await frame();
    expect(win.__violations).to.deep.equal([]);
    // the check itself works: an inline style attribute is reported
    const probe = doc.createElement('div');
    probe.setAttribute('style', 'color:red');
    doc.body.append(probe);
    for (let i = 0; i < 30 && !win.__violations.length; i++) await frame();
    expect(win.__violations.length).to.be.greaterThan(0);
  });
});
