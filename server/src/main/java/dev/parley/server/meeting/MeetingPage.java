package dev.parley.server.meeting;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of a meeting listing: the entries, the page asked for, and how many entries the whole range holds. */
@Schema(name = "MeetingPage")
record MeetingPage(List<MeetingView> items, int page, int size, @JsonProperty("total") int total) {
}
