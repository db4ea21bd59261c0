package dev.parley.server.turn;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Just enough of a TURN client (RFC 8656 §7.2, long-term credentials RFC 8489 §9.2) to ask coturn for an allocation the way a
 * browser does: an unauthenticated Allocate, the 401 with REALM and NONCE, then the Allocate signed with
 * MD5(username:realm:password). Written from the RFCs, independently of Parley's own STUN code.
 */
final class TurnClient {
    private static final int MAGIC_COOKIE = 0x2112A442;
    private static final int BINDING_REQUEST = 0x0001;
    private static final int ALLOCATE_REQUEST = 0x0003;
    private static final int ALLOCATE_SUCCESS = 0x0103;
    private static final int USERNAME = 0x0006;
    private static final int MESSAGE_INTEGRITY = 0x0008;
    private static final int ERROR_CODE = 0x0009;
    private static final int REALM = 0x0014;
    private static final int NONCE = 0x0015;
    private static final int REQUESTED_TRANSPORT = 0x0019;
    /** REQUESTED-TRANSPORT value: UDP (protocol 17) and three reserved bytes. */
    private static final byte[] UDP = {17, 0, 0, 0};

    private TurnClient() {
    }

    /** The outcome: 0 for an allocation, else the STUN error code (401 = credentials refused). */
    static int allocate(int port, String username, String password) throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            socket.setSoTimeout(2000);
            ByteBuffer challenge = exchange(socket, message(ALLOCATE_REQUEST, new Attr(REQUESTED_TRANSPORT, UDP)));
            if (errorCode(challenge) != 401) {
                throw new IllegalStateException("expected a 401 challenge, got error " + errorCode(challenge));
            }
            byte[] realm = attribute(challenge, REALM);
            byte[] nonce = attribute(challenge, NONCE);
            byte[] request = message(ALLOCATE_REQUEST, new Attr(REQUESTED_TRANSPORT, UDP),
                    new Attr(USERNAME, username.getBytes(StandardCharsets.UTF_8)), new Attr(REALM, realm), new Attr(NONCE, nonce));
            byte[] key = md5(username + ":" + new String(realm, StandardCharsets.UTF_8) + ":" + password);
            ByteBuffer answer = exchange(socket, withIntegrity(request, key));
            return (answer.getShort(0) & 0x3FFF) == ALLOCATE_SUCCESS ? 0 : errorCode(answer);
        }
    }

    /** True if something on 127.0.0.1:port answers a STUN Binding request within 200 ms. */
    static boolean answersBinding(int port) {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            socket.setSoTimeout(200);
            exchange(socket, message(BINDING_REQUEST));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private record Attr(int type, byte[] value) {
    }

    private static byte[] message(int type, Attr... attributes) {
        ByteBuffer b = ByteBuffer.allocate(1500);
        byte[] tid = new byte[12];
        ThreadLocalRandom.current().nextBytes(tid);
        b.putShort((short) type).putShort((short) 0).putInt(MAGIC_COOKIE).put(tid);
        for (Attr a : attributes) {
            b.putShort((short) a.type()).putShort((short) a.value().length).put(a.value());
            b.position(b.position() + (4 - a.value().length % 4) % 4); // pad to 32 bits
        }
        b.putShort(2, (short) (b.position() - 20));
        return Arrays.copyOf(b.array(), b.position());
    }

    /** Appends MESSAGE-INTEGRITY: HMAC-SHA1 over the message with its length already counting the attribute (RFC 8489 §14.5). */
    private static byte[] withIntegrity(byte[] message, byte[] key) {
        ByteBuffer b = ByteBuffer.allocate(message.length + 24).put(message);
        b.putShort(2, (short) (message.length + 24 - 20));
        byte[] hmac;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            hmac = mac.doFinal(Arrays.copyOf(b.array(), message.length));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        b.putShort((short) MESSAGE_INTEGRITY).putShort((short) 20).put(hmac);
        return b.array();
    }

    private static ByteBuffer exchange(DatagramSocket socket, byte[] request) throws IOException {
        byte[] buf = new byte[1500];
        for (int attempt = 0; ; attempt++) {
            socket.send(new DatagramPacket(request, request.length));
            DatagramPacket packet = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(packet);
                return ByteBuffer.wrap(Arrays.copyOf(buf, packet.getLength()));
            } catch (SocketTimeoutException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    private static byte[] attribute(ByteBuffer message, int type) {
        int at = 20;
        int end = 20 + (message.getShort(2) & 0xFFFF);
        while (at + 4 <= end) {
            int t = message.getShort(at) & 0xFFFF;
            int len = message.getShort(at + 2) & 0xFFFF;
            if (t == type) {
                return Arrays.copyOfRange(message.array(), at + 4, at + 4 + len);
            }
            at += 4 + len + (4 - len % 4) % 4;
        }
        return null;
    }

    private static int errorCode(ByteBuffer message) {
        byte[] value = attribute(message, ERROR_CODE);
        return value == null ? 0 : (value[2] & 0x7) * 100 + (value[3] & 0xFF);
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
