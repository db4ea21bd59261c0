package dev.parley.media.transport.ice;

import static dev.parley.media.transport.ice.IceLiteAgentTest.LOCAL;
import static dev.parley.media.transport.ice.IceLiteAgentTest.REMOTE;
import static dev.parley.media.transport.ice.IceLiteAgentTest.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.wire.stun.StunMessage;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A check's path (null = the UDP port, else an ICE-TCP connection) is part of what the agent selects. */
class IceLiteAgentPathTest {
    /** Stands for a TCP connection: compared by identity, like the real one. */
    private static final Object TCP = new Object();

    private final IceLiteAgent<Object> agent = new IceLiteAgent<>(LOCAL, REMOTE, new AtomicLong()::get);
    private final InetSocketAddress browser = IceLiteAgentTest.address("127.0.0.1", 50000);

    @Test
    void theSameAddressOverUdpAndOverTcpAreTwoPathsAndANominationMovesBetweenThem() {
        assertThat(send(true, null).selectedChanged()).isTrue();
        assertThat(agent.selection()).isEqualTo(new IceLiteAgent.Selection<>(browser, null));

        // Same source address and port (possible: UDP and TCP port numbers are separate), but over a TCP connection.
        assertThat(send(true, TCP).selectedChanged()).isTrue();
        assertThat(agent.selection().path()).isSameAs(TCP);
        assertThat(agent.selectedAddress()).isEqualTo(browser);

        assertThat(send(true, TCP).selectedChanged()).isFalse();
        assertThat(send(false, null).selectedChanged()).isFalse(); // a plain check does not undo a nomination
        assertThat(agent.selection().path()).isSameAs(TCP);
    }

    private IceCheckResult send(boolean useCandidate, Object path) {
        byte[] wire = check("srvU:brwU", LOCAL.pwd(), useCandidate, true);
        return agent.onBindingRequest(StunMessage.parse(wire, 0, wire.length), wire, 0, browser, path);
    }
}
