-- Issue 13: the name other people see (calls, chat, participants, attendance), separate from the username one signs in with.
-- NULL means "not set": the username is shown. Same length as a guest's display name (JoinService.MAX_DISPLAY_NAME).
ALTER TABLE users ADD COLUMN display_name varchar(64);

-- Issue 13: the host can see and copy a meeting's passcode. passcode_hash (Argon2id) still decides every join; this is the
-- passcode sealed with AES-256-GCM under a key derived from the server secret (meeting.PasscodeSeal), shown to the host only.
-- NULL for meetings without a passcode and for those scheduled before this column existed.
ALTER TABLE meetings ADD COLUMN passcode_sealed varchar(255);
