package dev.parley.media.transport.ice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrRangeTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.0/8, 127.0.0.1, true",
        "127.0.0.0/8, 127.255.255.254, true",
        "127.0.0.0/8, 128.0.0.1, false",
        "10.1.0.0/20, 10.1.15.255, true",
        "10.1.0.0/20, 10.1.16.0, false",
        "192.168.1.7, 192.168.1.7, true",
        "192.168.1.7, 192.168.1.8, false",
        "0.0.0.0/0, 203.0.113.9, true",
        "0.0.0.0/0, ::1, false",
        "::1/128, ::1, true",
        "::1/128, ::2, false",
        "2001:db8::/32, 2001:db8:ffff::1, true",
        "2001:db8::/32, 2001:db9::1, false",
        "::/0, 2001:db8::1, true",
    })
    void contains(String range, String address, boolean expected) throws Exception {
        assertThat(CidrRange.parse(range).contains(InetAddress.getByName(address))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com/8", "10.0.0.0/33", "::/129", "10.0.0.0/x", "10.0.0.0/-1", ""})
    void rejectsNonsense(String text) {
        assertThatThrownBy(() -> CidrRange.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
