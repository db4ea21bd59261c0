// Who attended one conference of a meeting: one row per person (however often they left and rejoined), with their total
// time in the call. Records come from GET /meetings/{id}/conferences, one per join.

import { h } from '../dom.js';
import { t } from '../strings.js';
import { durationLabel } from './format.js';

/**
 * Merges join records per person: an account by its id, a guest by the name they gave.
 * @param {Array<{user_id, username, display_name, joined_at, left_at}>} records
 * @param {number} now epoch ms, for people still in the call.
 * @returns {Array<{key, name, guest, joins, ms, present}>} in order of first join.
 */
export function mergeAttendance(records, now = Date.now()) {
  const people = new Map();
  for (const record of records) {
    const guest = record.user_id === null || record.user_id === undefined;
    const key = guest ? `guest:${record.display_name}` : `user:${record.user_id}`;
    const person = people.get(key) || { key, name: record.display_name || record.username, guest, joins: 0, ms: 0, present: false };
    const joined = new Date(record.joined_at).getTime();
    const left = record.left_at ? new Date(record.left_at).getTime() : now;
    person.joins += 1;
    person.ms += Math.max(0, left - joined);
    person.present ||= !record.left_at;
    people.set(key, person);
  }
  return [...people.values()];
}

/** The list of one conference's attendance. */
export function attendanceList(records) {
  if (records.length === 0) return h('p', { class: 'mt-empty' }, t('pages.dash.nobodyJoined'));
  return h('ul', { class: 'mt-people' }, mergeAttendance(records).map((person) => h('li', { class: 'mt-person', dataset: { key: person.key } },
    h('span', {}, person.guest ? t('pages.attendance.guest', { name: person.name }) : person.name),
    h('span', { class: 'mt-muted' }, [
      durationLabel(Math.max(1, Math.round(person.ms / 60_000))),
      person.joins > 1 ? t('pages.attendance.joins', { count: person.joins }) : null,
      person.present ? t('pages.attendance.present') : null,
    ].filter(Boolean).join(' · ')))));
}

/** "ada, Gus (guest)": everyone who attended, once each, for a one-line summary. */
export function attendeeNames(conferences) {
  const names = new Map();
  for (const conference of conferences) {
    for (const person of mergeAttendance(conference.attendance || [])) {
      names.set(person.key, person.guest ? t('pages.attendance.guest', { name: person.name }) : person.name);
    }
  }
  return [...names.values()];
}
