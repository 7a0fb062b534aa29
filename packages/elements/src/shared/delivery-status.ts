/**
 * How delivery of an action stands, one way for the card, the site's pages and the report's
 * page: its status in words (a tag: the word is the signal, the border only repeats it), the
 * reason where it is delayed, changed or stopped, the due date, the owner and the latest update,
 * with "Example" where the record is an example.
 */
import { DELIVERY_STATUS_WORDS, type Delivery, capitalise, formatDate, hasExampleDelivery, isExampleUpdate, latestDeliveryUpdate } from '@plan-kit/content';
import { css, html, nothing, type TemplateResult } from 'lit';

/** The status and latest update of an action, after its text; nothing where no delivery is reported. */
export function deliveryNote(delivery: Delivery | undefined): TemplateResult | typeof nothing {
  if (!delivery) return nothing;
  const latest = latestDeliveryUpdate(delivery);
  const facts = [
    ...(delivery.dueDate ? [`due ${formatDate(delivery.dueDate)}`] : []),
    ...(delivery.owner ? [`owner: ${delivery.owner}`] : []),
  ].join('; ');
  return html`<span class="delivery">
    ${delivery.status
      ? html`<strong class="delivery-status ${delivery.status}">${capitalise(DELIVERY_STATUS_WORDS[delivery.status])}</strong>`
      : nothing}${hasExampleDelivery(delivery) ? html` <span class="example-label">Example</span>` : nothing}${delivery.reason
      ? html` <span class="delivery-reason">${delivery.reason}</span>`
      : nothing}${facts ? html` <span class="delivery-facts">(${facts})</span>` : nothing}${latest
      ? html`<span class="delivery-update"
          >Latest update, <time datetime=${latest.date}>${formatDate(latest.date)}</time>${isExampleUpdate(delivery, latest) && !delivery.example ? ' (example)' : ''}:
          ${latest.text}</span
        >`
      : nothing}
  </span>`;
}

export const deliveryStyles = css`
  .delivery {
    display: block;
    margin-top: var(--_space-1);
    font-size: var(--_font-size-s);
  }
  .delivery-status {
    display: inline-block;
    border-left: 0.3em solid var(--_border);
    padding-left: var(--_space-1);
  }
  .delivery-status.completed {
    border-left-color: var(--_on-track);
  }
  .delivery-status.delayed,
  .delivery-status.stopped {
    border-left-color: var(--_off-track);
  }
  .delivery-update {
    display: block;
  }
  @media (forced-colors: active) {
    .delivery-status {
      border-left-color: CanvasText;
    }
  }
`;
