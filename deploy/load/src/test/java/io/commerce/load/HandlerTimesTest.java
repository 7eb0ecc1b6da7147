package io.commerce.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HandlerTimesTest {

    private static final List<String> REFUSED = List.of("method=\"POST\"", "status=\"503\"");

    private static String scrape(long within1ms, long within5ms, long within50ms, long all) {
        return """
                # TYPE http_server_requests_seconds histogram
                http_server_requests_seconds_bucket{method="POST",status="202",le="0.001"} 900
                http_server_requests_seconds_bucket{method="POST",status="503",le="0.001"} %d
                http_server_requests_seconds_bucket{method="POST",status="503",le="0.005"} %d
                http_server_requests_seconds_bucket{method="POST",status="503",le="0.05"} %d
                http_server_requests_seconds_bucket{method="POST",status="503",le="+Inf"} %d
                http_server_requests_seconds_count{method="POST",status="503"} %d
                """.formatted(within1ms, within5ms, within50ms, all, all);
    }

    @Test
    void a_phase_is_the_difference_of_two_readings_and_its_percentiles_are_bucket_bounds() {
        var before = HandlerTimes.parse(scrape(10, 10, 10, 10), REFUSED);
        var after = HandlerTimes.parse(scrape(60, 108, 109, 110), REFUSED);

        var phase = after.since(before);

        assertThat(phase.count()).isEqualTo(100);
        assertThat(phase.percentileMillis(0.5)).isEqualTo(1);
        assertThat(phase.percentileMillis(0.95)).isEqualTo(5);
        assertThat(phase.percentileMillis(0.99)).isEqualTo(50);
        assertThat(phase.percentileMillis(1.0)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void without_requests_every_percentile_is_zero() {
        var none = HandlerTimes.parse(scrape(0, 0, 0, 0), REFUSED);

        assertThat(none.count()).isZero();
        assertThat(none.percentileMillis(0.99)).isZero();
    }
}
