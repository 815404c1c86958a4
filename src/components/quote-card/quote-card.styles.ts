import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
    max-width: 48rem;
  }
  .quote {
    margin: 0;
    padding-left: var(--_space);
    border-left: 4px solid var(--steppe-quote-card-accent, var(--_accent));
    font-family: var(--_font-quote);
    font-size: 1.2em;
    line-height: 1.45;
  }
  .quote p {
    margin: 0;
    overflow-wrap: break-word;
  }
  .quote p::before {
    content: '“';
  }
  .quote p::after {
    content: '”';
  }
  .caption {
    margin-top: calc(var(--_space) * 0.75);
    padding-left: calc(var(--_space) + 4px);
  }
  .attribution,
  .context,
  .in {
    margin: 0 0 0.25em;
  }
  .speaker {
    font-weight: 700;
  }
  .role,
  time,
  .context,
  .in {
    color: var(--_muted);
  }
  .message {
    border-style: dashed;
    border-color: var(--_danger);
  }
  .message-title {
    margin: 0;
    font-weight: 700;
    color: var(--_danger);
  }
  .message-detail {
    margin: 0.25em 0 0;
    color: var(--_muted);
  }
  @container (max-width: 24rem) {
    .quote {
      font-size: 1.05em;
      padding-left: calc(var(--_space) * 0.75);
    }
    .caption {
      padding-left: 0;
    }
  }
  @media print {
    .card {
      border: none;
      padding: 0;
    }
    .source > :not(summary) {
      display: block;
    }
  }
`;
