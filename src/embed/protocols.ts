/**
 * The four height messages an embedded widget page sends to its parent, and how a host page
 * reads them back. Every platform that resizes iframes speaks one of these:
 * - Pym.js: the string `pymxPYMx<childId>xPYMxheightxPYMx<height>`
 * - Datawrapper: `{ "datawrapper-height": { "<chartId>": <height> } }`
 * - AMP (amp-iframe): `{ sentinel: "amp", type: "embed-size", height }`
 * - Canvas LMS (LTI): the JSON string `{"subject":"lti.frameResize","height":<height>}`
 */
export interface EmbedIds {
  /** Pym's child id (the `childId` query parameter Pym adds), else the page's own name. */
  readonly pymId: string;
  /** The id a Datawrapper-style host knows the chart by (`chartId` query parameter). */
  readonly chartId: string;
}

export function heightMessages(height: number, ids: EmbedIds): unknown[] {
  const h = Math.ceil(height);
  return [
    `pymxPYMx${ids.pymId}xPYMxheightxPYMx${h}`,
    { 'datawrapper-height': { [ids.chartId]: h } },
    { sentinel: 'amp', type: 'embed-size', height: h },
    JSON.stringify({ subject: 'lti.frameResize', height: h }),
  ];
}

/** The height a message asks for, in any of the four protocols; undefined when it is none of them. */
export function heightFrom(data: unknown): number | undefined {
  let value: unknown = data;
  if (typeof value === 'string') {
    const pym = /^pymxPYMx.*xPYMxheightxPYMx(\d+(?:\.\d+)?)$/.exec(value);
    if (pym) return Number(pym[1]);
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const ok = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 && n < 100_000 ? n : undefined);
  if (v.subject === 'lti.frameResize') return ok(Number(v.height));
  if (v.sentinel === 'amp' && v.type === 'embed-size') return ok(Number(v.height));
  const dw = v['datawrapper-height'];
  if (dw && typeof dw === 'object') return ok(Object.values(dw as Record<string, unknown>)[0]);
  return undefined;
}
