/** What a reader selected: a record of the data (an event, a figure…) or an actor to follow. */
export type SelectionType = 'event' | 'actor' | 'record';

/**
 * Fired when a reader selects something in a widget (never on a property set). Bubbles out of
 * shadow roots, so a <steppe-dataset> (or the page) hears it; `recordId` is '' when a reader
 * clears the selection.
 */
export class SteppeSelectEvent extends Event {
  static readonly eventName = 'steppe-select';
  constructor(
    readonly recordId: string,
    readonly recordType: SelectionType,
  ) {
    super(SteppeSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'steppe-select': SteppeSelectEvent;
  }
}
