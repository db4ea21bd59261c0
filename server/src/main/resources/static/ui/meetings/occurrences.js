// The next occurrences of a series on its meeting page; the host may cancel one without touching the others
// (DELETE /meetings/{id}?occurrence=<original start>, an RFC 5545 EXDATE in the calendar file).

import { h } from '../dom.js';
import { t } from '../strings.js';
import { dayLabel, isoWithOffset, rangeLabel } from './format.js';
import { meetingsApi } from './meetings-api.js';

/** How far ahead the list looks (ms): two months of a weekly series. */
const HORIZON_MS = 62 * 86_400_000;
const SHOWN = 8;

export function occurrencesSection(meeting) {
  const list = h('ul', { class: 'mt-people', 'aria-busy': 'true' });
  const el = h('section', { class: 'card mt-section' }, h('h2', { class: 'mt-section-title' }, t('pages.occ.title')), list);
  load(meeting, list);
  return el;
}

async function load(meeting, list) {
  const now = new Date();
  try {
    const all = await meetingsApi.occurrences(meeting.id, { from: isoWithOffset(now),
      to: isoWithOffset(new Date(now.getTime() + HORIZON_MS)), include_cancelled: true, size: 100 });
    list.replaceChildren(...all.slice(0, SHOWN).map((occurrence) => row(meeting, occurrence)));
    if (all.length === 0) list.replaceChildren(h('li', { class: 'mt-empty' }, t('pages.occ.none')));
  } catch (error) {
    list.replaceChildren(h('li', { class: 'mt-empty' }, error.detail || t('pages.occ.failed')));
  } finally {
    list.setAttribute('aria-busy', 'false');
  }
}

function row(meeting, occurrence) {
  const start = new Date(occurrence.start_time);
  const label = h('span', {}, `${dayLabel(start)} · ${rangeLabel(start, new Date(occurrence.end_time))}`);
  const li = h('li', { class: `mt-occurrence${occurrence.cancelled ? ' is-cancelled' : ''}` }, label);
  if (occurrence.cancelled) {
    li.append(h('span', { class: 'mt-answer mt-answer-declined' }, t('pages.badge.cancelled')));
  } else if (meeting.my_role === 'host') {
    const cancel = h('button', { type: 'button', class: 'btn btn-danger btn-sm' }, t('pages.occ.cancel'));
    cancel.addEventListener('click', async () => {
      cancel.disabled = true;
      try {
        await meetingsApi.cancelOccurrence(meeting.id, occurrence.occurrence_start);
        li.classList.add('is-cancelled');
        cancel.replaceWith(h('span', { class: 'mt-answer mt-answer-declined' }, t('pages.badge.cancelled')));
      } catch (error) {
        cancel.disabled = false;
        cancel.title = error.detail || t('pages.occ.cancelFailed');
      }
    });
    li.append(cancel);
  }
  return li;
}
