// The meetings views, in match order: /m/new before /m/:id (both would match "new").

import { joinRoute } from './join-view.js';
import { meetingRoute } from './meeting-page.js';
import { editRoute, scheduleRoute } from './schedule-form.js';

export const meetingRoutes = [scheduleRoute, editRoute, joinRoute, meetingRoute];
