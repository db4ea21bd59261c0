package dev.parley.server.conference;

import dev.parley.media.sfu.Producer;

/** One track a participant publishes: the SFU Producer, what it is, and the send connection's mid it arrives on. */
record Publication(Producer producer, MediaSource source, String mid) {
    String id() {
        return producer.id();
    }

    ConferenceEvent.ProducerView view() {
        return new ConferenceEvent.ProducerView(producer.id(), source.wireName(), producer.kind().sdpName(), producer.isPaused());
    }
}
