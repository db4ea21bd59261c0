// Dates and times as people read them, in the browser's own time zone and language (Intl). No DOM.

import { t } from '../strings.js';

/** "Tue 25 Nov" style day label. */
export function dayLabel(date) {
  return date.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
}

/** "09:30" style time in the viewer's zone. */
export function timeLabel(date) {
  return date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** "09:30 – 10:00", or "Today 09:30 – 10:00" with the day when it is not obvious. */
export function rangeLabel(start, end) {
  return `${timeLabel(start)} – ${timeLabel(end)}`;
}

/** "Today", "Tomorrow", or the day label. */
export function relativeDay(date, now = new Date()) {
  const days = Math.round((startOfDay(date) - startOfDay(now)) / 86_400_000);
  if (days === 0) return t('pages.day.today');
  if (days === 1) return t('pages.day.tomorrow');
  if (days === -1) return t('pages.day.yesterday');
  return dayLabel(date);
}

export function startOfDay(date) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** The viewer's IANA time zone, e.g. "Europe/Paris" (what the schedule form sends as time_zone). */
export function browserZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A Date as "YYYY-MM-DD" and "HH:MM" in the viewer's zone, for <input type=date|time>. */
export function toInputs(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return {
    date: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    time: `${pad(date.getHours())}:${pad(date.getMinutes())}`,
  };
}

/** An ISO-8601 string with the viewer's offset (what the API wants) from a local Date. */
export function isoWithOffset(date) {
  const pad = (n) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const { date: day, time } = toInputs(date);
  return `${day}T${time}:${pad(date.getSeconds())}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** "1 h 30 min" from minutes. */
export function durationLabel(minutes) {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? t('pages.duration.hours', { count: h }) : '', m ? t('pages.duration.minutes', { count: m }) : '']
    .filter(Boolean).join(' ') || t('pages.duration.minutes', { count: 0 });
}
