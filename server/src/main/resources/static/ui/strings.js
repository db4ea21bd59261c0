// Every UI string in one catalogue, so the app can be translated: a new language is another object with the same keys.
// Use t('key') or t('key', {name: 'Ana'}) — "{name}" in a string is replaced by the parameter of that name.
// A key missing in the active language falls back to English, and a key missing everywhere shows itself, so a forgotten
// string is visible in a screenshot rather than blank.

const en = {
  // --- common ---
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.retry': 'Try again',

  // --- call screen: controls, layout, tiles, panels (callbar) ---
  'call.pageTitle': 'Meeting · Parley',
  'call.title': 'Meeting',
  'call.state.idle': 'Not joined',
  'call.state.connecting': 'Connecting…',
  'call.state.connected': 'Connected',
  'call.state.reconnecting': 'Reconnecting…',
  'call.state.failed': 'Connection failed',
  'call.state.left': 'You left the call',
  'call.grid': 'Participants',
  'call.alone.title': 'You are the only one here',
  'call.alone.hint': 'Share this page\'s address to invite others.',
  'call.someone': 'Someone',
  'call.you': 'You',
  'call.guestName': '{name} (guest)',
  'call.left.title': 'You left the call',
  'call.left.rejoin': 'Rejoin',
  'call.home': 'Return to home',
  'call.removed.title': 'You were removed from this meeting',
  'call.removed.reason': '{reason} ({by})',
  'call.removed.state': 'removed by the host',
  'call.controls': 'Call controls',
  'call.panels': 'People and chat',
  'call.microphone.on': 'Turn on microphone',
  'call.microphone.off': 'Turn off microphone',
  'call.camera.on': 'Turn on camera',
  'call.camera.off': 'Turn off camera',
  'call.leave': 'Leave call',
  'call.more': 'More options',
  'call.layout.grid': 'Grid view',
  'call.layout.speaker': 'Speaker view',
  'call.selfView.hide': 'Hide self view',
  'call.fullscreen': 'Full screen',
  'call.tile.you': '{name} (you)',
  'call.tile.micOff': 'Microphone off',
  'call.tile.pin': 'Pin {name}',
  'call.tile.unpin': 'Unpin {name}',
  'call.hand.raise': 'Raise hand',
  'call.hand.lower': 'Lower hand',
  'call.hand.lowerYours': 'Lower your hand',
  'call.hand.lowerName': 'Lower hand of {name}',
  'call.hand.position': 'Hand raised (#{position})',
  'call.reactions': 'Reactions',
  'call.react': 'React {emoji}',
  'call.reaction': 'reaction {emoji}',
  'call.people': 'Participants',
  'call.people.count': 'Participants ({count})',
  'call.people.title': 'People',
  'call.people.titleCount': 'People ({count})',
  'call.people.panel': 'Participants panel',
  'call.people.close': 'Close participants',
  'call.people.list': 'People in the call',
  'call.people.removed': 'Removed people',
  'call.people.removedName': '{name} (removed)',
  'call.people.host': 'Host',
  'call.people.mic.on': 'Microphone: on',
  'call.people.mic.off': 'Microphone: off',
  'call.people.micHostMuted': 'Microphone: muted by host',
  'call.people.camera.on': 'Camera: on',
  'call.people.camera.off': 'Camera: off',
  'call.people.sharing': 'Sharing screen',
  'call.host.muteAll': 'Mute all',
  'call.host.hardMute': 'Hard mute (they cannot unmute)',
  'call.host.mute': 'Mute',
  'call.host.muteName': 'Mute {name}',
  'call.host.allowUnmute': 'Allow unmute',
  'call.host.allowUnmuteName': 'Allow {name} to unmute',
  'call.host.stopVideo': 'Stop video',
  'call.host.stopVideoName': 'Stop video of {name}',
  'call.host.remove': 'Remove',
  'call.host.removeName': 'Remove {name}',
  'call.host.readmit': 'Readmit {name}',
  'call.host.mutedSoft': 'You were muted by host {by}. You can unmute yourself.',
  'call.host.mutedHard': 'You were muted by host {by}. You can unmute when the host allows it.',
  'call.host.unmuteAllowed': '{by} allowed you to unmute your microphone.',
  'call.host.videoStopped': 'Your video was stopped by the host ({by}). You can turn your camera on again.',
  'call.chat.title': 'Chat',
  'call.chat.open': 'Open chat',
  'call.chat.close': 'Close chat',
  'call.chat.openUnread': 'Open chat ({unread} unread)',
  'call.chat.closeUnread': 'Close chat ({unread} unread)',
  'call.chat.messages': 'Chat messages',
  'call.chat.older': 'Older messages',
  'call.chat.to': 'Send to',
  'call.chat.everyone': 'Everyone',
  'call.chat.private': '{name} (private)',
  'call.chat.placeholder': 'Write a message',
  'call.chat.message': 'Message',
  'call.chat.send': 'Send',
  'call.chat.empty': 'Write something first.',
  'call.chat.delete': 'Delete message',
  'call.chat.deleteTitle': 'Delete for everyone',
  'call.chat.deleteShort': 'Delete',
  'call.chat.deleted': 'This message was deleted by the host.',
  'call.chat.privateTo': 'private to {name}',
  'call.chat.privateToYou': 'private to you',
  'call.screen.share': 'Share screen',
  'call.screen.stop': 'Stop sharing screen',
  'call.screen.stopShort': 'Stop sharing',
  'call.screen.sharing': 'You are sharing your screen',
  'call.screen.refused': 'The server refused your screen share.',
  'call.screen.captureFailed': 'Your screen could not be captured: {reason}',
  'call.screen.region': 'Shared screens',
  'call.screen.presenting': '{name} is presenting',
  'call.help.open': 'Keyboard shortcuts',
  'call.help.title': 'Keyboard shortcuts',
  'call.help.hint': 'They work anywhere in the call; "?" only when you are not typing.',
  'call.shortcut.microphone': 'Turn microphone on or off',
  'call.shortcut.camera': 'Turn camera on or off',
  'call.shortcut.hand': 'Raise or lower your hand',
  'call.shortcut.chat': 'Open or close the chat',
  'call.shortcut.people': 'Show or hide participants',
  'call.shortcut.help': 'Show keyboard shortcuts',
  'call.keys.ctrl': 'Ctrl',
  'call.keys.alt': 'Alt',

  // --- green room and devices (greenroom) ---

  // --- pages: meetings, join flow, not found, account (pages) ---

  // --- connection, reconnecting (resume, dtls) ---
};

const catalogues = { en };
let active = en;

/** Chooses the language (e.g. from navigator.language); unknown languages keep English. */
export function useLanguage(tag) {
  active = catalogues[String(tag || '').toLowerCase().split('-')[0]] ?? en;
}

/** The text for key in the active language, with {param} placeholders filled in. */
export function t(key, params = {}) {
  const text = active[key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}
