package dev.parley.server.lifecycle;

import dev.parley.server.conference.ConferenceSettings;
import dev.parley.server.conference.LiveId;
import org.springframework.stereotype.Component;

/** A meeting conference starts with the settings of its conferences row (ad-hoc rooms have none). */
@Component
class ConferenceSettingsRows implements ConferenceSettings.Source {
    private final ConferenceRows rows;

    ConferenceSettingsRows(ConferenceRows rows) {
        this.rows = rows;
    }

    @Override
    public ConferenceSettings settingsOf(String conferenceId) {
        return LiveId.rowId(conferenceId).stream().boxed().map(rows::find).flatMap(java.util.Optional::stream).findFirst()
                .map(ConferenceRow::settings).orElse(ConferenceSettings.AD_HOC);
    }
}
