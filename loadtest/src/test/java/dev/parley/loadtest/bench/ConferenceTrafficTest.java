package dev.parley.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ConferenceTrafficTest {
    /** The shape of GET /conferences/{id}/stats (snake_case RouterStats), trimmed to what is summed. */
    private static final String STATS = """
            {"conference_id": "bench-1", "participants": [], "consumers_by_participant": {},
             "router": {"id": "r1", "drops": {},
               "producers": [{"id": "t1", "kind": "VIDEO", "packets": 300}, {"id": "t2", "kind": "AUDIO", "packets": 500}],
               "consumers": [{"id": "c1", "producer_id": "t1", "packets": 290, "bytes": 290000},
                             {"id": "c2", "producer_id": "t2", "packets": 499, "bytes": 49900},
                             {"id": "c3", "producer_id": "t1"}]}}
            """;

    @Test
    void sumsConsumersAndProducers() {
        ConferenceTraffic traffic = ConferenceTraffic.of(JsonMapper.builder().build().readTree(STATS));
        assertThat(traffic).isEqualTo(new ConferenceTraffic(789, 339900, 800));
    }

    @Test
    void differenceOverAWindow() {
        assertThat(new ConferenceTraffic(1000, 80000, 120).minus(new ConferenceTraffic(400, 30000, 20)))
                .isEqualTo(new ConferenceTraffic(600, 50000, 100));
    }

    @Test
    void aDocumentWithoutARouterIsNoTraffic() {
        assertThat(ConferenceTraffic.of(JsonMapper.builder().build().readTree("{}")))
                .isEqualTo(new ConferenceTraffic(0, 0, 0));
    }
}
