package vn.thidua.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientAddressTest {

    @ParameterizedTest(name = "peer {0}, X-Forwarded-For \"{1}\" → {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        // peer       | X-Forwarded-For              | client counted
        "10.0.0.9     | NULL                         | 10.0.0.9",
        "10.0.0.9     | 1.2.3.4                      | 10.0.0.9",     // not a trusted proxy: the header is the client's word
        "127.0.0.1    | NULL                         | 127.0.0.1",
        "127.0.0.1    | 10.1.2.3                     | 10.1.2.3",     // HAProxy's own entry
        "127.0.0.1    | 6.6.6.6, 10.1.2.3            | 10.1.2.3",     // a forged first entry is never taken
        "127.0.0.1    | 10.1.2.3,                    | 127.0.0.1",
        "127.0.0.1    | <script>                     | 127.0.0.1",
        "127.0.0.1    | 2001:db8::1                  | 2001:db8::1",
    })
    void theClientIsWhatTheTrustedProxySaysAndNothingElse(String peer, String forwardedFor, String expected) {
        assertThat(ClientAddress.of(peer, forwardedFor, List.of("127.0.0.1", "10.0.0.2"))).isEqualTo(expected);
    }
}
