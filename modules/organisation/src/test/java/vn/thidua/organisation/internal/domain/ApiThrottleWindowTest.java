package vn.thidua.organisation.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiThrottleWindowTest {

    private static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 28, 8, 0, 0, 0, ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} failures, asked {1} s after the first → retry after {2} s")
    @CsvSource({
        // failures, seconds after the window began, retry after (max 20 in a 300 s window)
        "1,   0,   0",
        "19,  10,  0",
        "20,  10,  290",
        "25,  299, 1",
        "20,  300, 0",
        "20,  400, 0",
    })
    void refusesAnAddressWithTooManyFailuresUntilItsWindowEnds(int failures, int after, long expected) {
        ApiThrottleWindow window = new ApiThrottleWindow("10.0.0.1", START);
        for (int i = 1; i < failures; i++) {
            window.fail(START.plusSeconds(Math.min(after, 299) * i / failures), 300);
        }
        assertThat(window.retryAfterSeconds(START.plusSeconds(after), 20, 300)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "a failure {0} s after the window began counts as failure {1}")
    @CsvSource({"299, 3", "300, 1", "1000, 1"})
    void aFailureAfterTheWindowStartsANewOne(int after, int expected) {
        ApiThrottleWindow window = new ApiThrottleWindow("10.0.0.1", START);
        window.fail(START.plusSeconds(1), 300);
        window.fail(START.plusSeconds(after), 300);
        assertThat(window.getFailures()).isEqualTo(expected);
    }
}
