package io.commerce.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A throughput target in cores: CPU ms per unit (every process in the phase ÷ units done) × the target's rate. */
class CapacityTest {

    // 12 s of CPU across three processes in a 10 s phase
    private static final PhaseCpu PHASE = new PhaseCpu(10_000,
            Map.of("gateway", 5_000L, "coupon-service", 4_000L, "postgres", 3_000L));

    @Test
    void the_cpu_per_unit_counts_every_process_of_the_phase() {
        var capacity = Capacity.of("coupon rush: ≥ 1000 claims/s", "answered claim", PHASE, 3_000, 1000, 2);

        assertThat(capacity.cpuMsPerUnit()).isEqualTo(4.0);
    }

    @Test
    void the_cores_needed_are_the_cpu_per_unit_times_the_rate() {
        var capacity = Capacity.of("orders: ≥ 200 completed/s", "completed order", PHASE, 400, 200, 2);

        // 30 ms per order × 200 orders/s = 6,000 ms of CPU per second
        assertThat(capacity.cpuMsPerUnit()).isEqualTo(30.0);
        assertThat(capacity.coresNeeded()).isEqualTo(6.0);
        assertThat(capacity.coresAvailable()).isEqualTo(2);
        assertThat(capacity.ratePerSecond()).isEqualTo(200);
    }

    @Test
    void a_phase_that_did_no_unit_has_no_cost_to_scale() {
        var capacity = Capacity.of("orders: ≥ 200 completed/s", "completed order", PHASE, 0, 200, 2);

        assertThat(capacity.cpuMsPerUnit()).isNaN();
        assertThat(capacity.coresNeeded()).isNaN();
    }

    @Test
    void the_rush_p99_asks_for_every_claim_answered_within_the_arrival_window_plus_the_goal() {
        // 10,000 members arriving within 1 s, each answered within 300 ms: 10,000 claims in 1.3 s
        assertThat(CouponRushScenario.claimsPerSecondForP99(Profile.FULL)).isCloseTo(7_692.3, within(0.1));
        // 200 members within 1 s
        assertThat(CouponRushScenario.claimsPerSecondForP99(Profile.SMOKE)).isCloseTo(153.8, within(0.1));
    }
}
