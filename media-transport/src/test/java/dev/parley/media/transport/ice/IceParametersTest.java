package dev.parley.media.transport.ice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IceParametersTest {

    @Test
    void randomCredentialsFollowRfc8445() {
        Set<String> ufrags = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            IceParameters p = IceParameters.random();
            assertThat(p.isValid()).isTrue();
            assertThat(p.ufrag()).hasSize(8).matches("[A-Za-z0-9+/]+");
            assertThat(p.pwd()).hasSize(24).matches("[A-Za-z0-9+/]+");
            ufrags.add(p.ufrag());
        }
        assertThat(ufrags).hasSize(200);
    }

    @Test
    void tooShortOrForbiddenCharactersAreInvalid() {
        assertThat(new IceParameters("abc", "0123456789012345678901").isValid()).isFalse();
        assertThat(new IceParameters("abcd", "012345678901234567890").isValid()).isFalse();
        assertThat(new IceParameters("ab:d", "0123456789012345678901").isValid()).isFalse();
        assertThat(new IceParameters("abcd", "0123456789012345678901").isValid()).isTrue();
    }
}
