package dev.parley.media.sfu.sdp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Offers the SFU cannot serve fail with a sentence naming what is missing, never with another exception. */
class PublishOfferRejectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no BUNDLE group             | a=group:BUNDLE 0 1 2\\n                   |                                   | BUNDLE
            section outside BUNDLE      | a=group:BUNDLE 0 1 2\\n                   | a=group:BUNDLE 0 2\\n              | BUNDLE
            no rtcp-mux                 | a=rtcp-mux\\n                              |                                   | rtcp-mux
            no fingerprint              | a=fingerprint:                             | a=x-fingerprint:                  | fingerprint
            bad fingerprint hex         | a=fingerprint:sha-256 72:4F                | a=fingerprint:sha-256 ZZ:4F       | fingerprint
            no ice-ufrag                | a=ice-ufrag:rM48\\n                        |                                   | ice-ufrag
            no ice-pwd                  | a=ice-pwd:RAxvVLHWxKsLB+DAiR70nvq3\\n      |                                   | ice-pwd
            passive DTLS role           | a=setup:actpass                            | a=setup:passive                   | setup
            missing mid                 | a=mid:1\\n                                 |                                   | mid
            duplicate mid               | a=mid:1\\n                                 | a=mid:0\\n                         | mid
            not an SDP                  | v=0                                        | hello                             | line 1
            """)
    void unservableOfferIsRefusedWithAReadableMessage(String name, String find, String replace, String expected) {
        String offer = ChromiumOffers.AUDIO_VIDEO.replace(unescape(find), replace == null ? "" : unescape(replace));

        assertThat(offer).as("the edit must hit the offer").isNotEqualTo(ChromiumOffers.AUDIO_VIDEO);
        assertThatThrownBy(() -> PublishNegotiation.readOffer(offer))
                .isInstanceOf(SdpException.class)
                .hasMessageContaining(expected);
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}
