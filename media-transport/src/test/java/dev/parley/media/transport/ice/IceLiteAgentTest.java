package dev.parley.media.transport.ice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.wire.stun.StunMessage;
import dev.parley.media.wire.stun.StunMessageBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IceLiteAgentTest {

    static final IceParameters LOCAL = new IceParameters("srvU", "server-password-0123456789");
    static final IceParameters REMOTE = new IceParameters("brwU", "browser-password-0123456789");
    static final byte[] TID = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};

    final AtomicLong now = new AtomicLong(1_000);
    final IceLiteAgent agent = new IceLiteAgent(LOCAL, REMOTE, now::get);
    final InetSocketAddress first = address("127.0.0.1", 50000);
    final InetSocketAddress second = address("127.0.0.1", 50002);

    static InetSocketAddress address(String ip, int port) {
        try {
            return new InetSocketAddress(InetAddress.getByName(ip), port);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] check(String username, String password, boolean useCandidate, boolean fingerprint) {
        StunMessageBuilder builder = new StunMessageBuilder(StunMessage.BINDING_REQUEST, TID)
                .username(username).priority(1853817087L).iceControlling(7L);
        if (useCandidate) {
            builder.useCandidate();
        }
        return builder.build(password == null ? null : password.getBytes(StandardCharsets.UTF_8), fingerprint);
    }

    IceCheckResult send(byte[] wire, InetSocketAddress from) {
        return agent.onBindingRequest(StunMessage.parse(wire, 0, wire.length), wire, 0, from);
    }

    @Test
    void validCheckIsAnsweredWithTheObservedAddressSignedWithTheLocalPassword() {
        IceCheckResult result = send(check("srvU:brwU", LOCAL.pwd(), false, true), first);

        assertThat(result.verdict()).isEqualTo(IceCheckVerdict.OK);
        StunMessage answer = StunMessage.parse(result.response(), 0, result.response().length);
        assertThat(answer.type()).isEqualTo(StunMessage.BINDING_SUCCESS);
        assertThat(answer.transactionId()).isEqualTo(TID);
        assertThat(answer.xorMappedAddress()).isEqualTo(first);
        assertThat(answer.verifyIntegrity(result.response(), 0, LOCAL.pwd().getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(answer.verifyFingerprint(result.response(), 0)).isTrue();
        assertThat(agent.selectedAddress()).isEqualTo(first);
        assertThat(result.selectedChanged()).isTrue();
    }

    @Test
    void wrongUsernamesAreRefused() {
        assertThat(send(check("srvU:other", LOCAL.pwd(), true, true), first).verdict()).isEqualTo(IceCheckVerdict.BAD_USERNAME);
        assertThat(send(check("srvUX:brwU", LOCAL.pwd(), true, true), first).verdict()).isEqualTo(IceCheckVerdict.BAD_USERNAME);
        assertThat(send(check("srv:brwU", LOCAL.pwd(), true, true), first).verdict()).isEqualTo(IceCheckVerdict.BAD_USERNAME);
        assertThat(send(check("srvU", LOCAL.pwd(), true, true), first).verdict()).isEqualTo(IceCheckVerdict.BAD_USERNAME);
        assertThat(agent.selectedAddress()).isNull();
    }

    @Test
    void badIntegrityIsRefused() {
        assertThat(send(check("srvU:brwU", REMOTE.pwd(), true, true), first).verdict())
                .isEqualTo(IceCheckVerdict.BAD_INTEGRITY);
        assertThat(send(check("srvU:brwU", null, true, true), first).verdict()).isEqualTo(IceCheckVerdict.BAD_INTEGRITY);
        assertThat(agent.everValidated()).isFalse();
    }

    @Test
    void missingOrWrongFingerprintIsRefused() {
        assertThat(send(check("srvU:brwU", LOCAL.pwd(), true, false), first).verdict())
                .isEqualTo(IceCheckVerdict.BAD_FINGERPRINT);

        byte[] wire = check("srvU:brwU", LOCAL.pwd(), true, true);
        wire[wire.length - 1] ^= 0x01; // last byte of the CRC
        assertThat(send(wire, first).verdict()).isEqualTo(IceCheckVerdict.BAD_FINGERPRINT);
    }

    @Test
    void unknownRemoteUfragIsAcceptedUntilTheRemoteIsKnown() {
        IceLiteAgent early = new IceLiteAgent(LOCAL, null, now::get);
        byte[] wire = check("srvU:anything", LOCAL.pwd(), false, true);

        assertThat(early.onBindingRequest(StunMessage.parse(wire, 0, wire.length), wire, 0, first).ok()).isTrue();
        early.setRemote(REMOTE);
        assertThat(early.onBindingRequest(StunMessage.parse(wire, 0, wire.length), wire, 0, first).verdict())
                .isEqualTo(IceCheckVerdict.BAD_USERNAME);
    }

    @Test
    void useCandidateMovesTheSelectionAndPlainChecksDoNot() {
        send(check("srvU:brwU", LOCAL.pwd(), false, true), first);
        assertThat(send(check("srvU:brwU", LOCAL.pwd(), false, true), second).selectedChanged()).isFalse();
        assertThat(agent.selectedAddress()).isEqualTo(first);

        IceCheckResult nominated = send(check("srvU:brwU", LOCAL.pwd(), true, true), second);

        assertThat(nominated.selectedChanged()).isTrue();
        assertThat(agent.selectedAddress()).isEqualTo(second);
        assertThat(send(check("srvU:brwU", LOCAL.pwd(), false, true), first).selectedChanged()).isFalse();
        assertThat(agent.selectedAddress()).isEqualTo(second);
    }

    @Test
    void consentExpiresWithoutChecksAndChecksRefreshIt() {
        assertThat(agent.consentExpired(30_000)).isFalse();
        now.addAndGet(30_001);
        assertThat(agent.consentExpired(30_000)).isTrue();

        send(check("srvU:brwU", LOCAL.pwd(), true, true), first);
        assertThat(agent.consentExpired(30_000)).isFalse();
        now.addAndGet(20_000);
        send(check("srvU:brwU", LOCAL.pwd(), false, true), first);
        now.addAndGet(20_000);
        assertThat(agent.consentExpired(30_000)).isFalse();
        now.addAndGet(10_001);
        assertThat(agent.consentExpired(30_000)).isTrue();
    }

    @Test
    void aPeerThatWasNeverNegotiatedNeverExpiresAndGetsAFullTimeoutOnceItIs() {
        IceLiteAgent idle = new IceLiteAgent(LOCAL, null, now::get);
        now.addAndGet(600_000);
        assertThat(idle.consentExpired(30_000)).isFalse();

        idle.setRemote(REMOTE);
        now.addAndGet(30_000);
        assertThat(idle.consentExpired(30_000)).isFalse();
        now.addAndGet(1);
        assertThat(idle.consentExpired(30_000)).isTrue();
    }

    @Test
    void aCheckBeforeTheRemoteIsKnownStartsTheClock() {
        IceLiteAgent early = new IceLiteAgent(LOCAL, null, now::get);
        byte[] wire = check("srvU:brwU", LOCAL.pwd(), true, true);
        early.onBindingRequest(StunMessage.parse(wire, 0, wire.length), wire, 0, first);

        now.addAndGet(30_001);

        assertThat(early.consentExpired(30_000)).isTrue();
    }

    @Test
    void newRemoteParametersGiveAFullTimeoutAgain() {
        send(check("srvU:brwU", LOCAL.pwd(), true, true), first);
        now.addAndGet(29_000);
        agent.setRemote(new IceParameters("brw2", REMOTE.pwd()));
        now.addAndGet(29_000);

        assertThat(agent.consentExpired(30_000)).isFalse();
    }

    @Test
    void invalidChecksDoNotRefreshConsent() {
        send(check("srvU:brwU", LOCAL.pwd(), true, true), first);
        now.addAndGet(25_000);
        send(check("srvU:brwU", "not-the-password-at-all", true, true), first);
        now.addAndGet(6_000);

        assertThat(agent.consentExpired(30_000)).isTrue();
    }

    @Test
    void localUfragIsTheTextBeforeTheColon() {
        assertThat(IceLiteAgent.localUfragOf("abcd:efgh")).isEqualTo("abcd");
        assertThat(IceLiteAgent.localUfragOf(":efgh")).isNull();
        assertThat(IceLiteAgent.localUfragOf("abcd")).isNull();
        assertThat(IceLiteAgent.localUfragOf(null)).isNull();
    }
}
