package io.commerce.dataplatform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompletedOrderTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private static CompletedOrder completedAt(String instant, SoldLine... lines) {
        return new CompletedOrder(UUID.randomUUID(), "member-1", List.of(lines), 0, 0, 0, Instant.parse(instant));
    }

    @Test
    void a_sale_counts_for_the_calendar_day_of_completion_in_the_ranking_zone() {
        assertThat(completedAt("2026-11-24T14:59:59Z", new SoldLine(1, 1, 10)).salesDate(SEOUL))
                .isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(completedAt("2026-11-24T15:00:00Z", new SoldLine(1, 1, 10)).salesDate(SEOUL))
                .isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void lines_of_the_same_product_add_up() {
        var order = completedAt("2026-11-24T00:00:00Z", new SoldLine(2, 3, 10), new SoldLine(1, 1, 10),
                new SoldLine(2, 4, 10));

        assertThat(order.unitsByProduct()).containsExactly(java.util.Map.entry(1L, 1L), java.util.Map.entry(2L, 7L));
    }

    @Test
    void a_completed_order_has_lines_and_no_negative_amounts() {
        assertThatThrownBy(() -> new CompletedOrder(UUID.randomUUID(), "m", List.of(), 0, 0, 0, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CompletedOrder(UUID.randomUUID(), "m", List.of(new SoldLine(1, 1, 1)), -1, 0, 0,
                Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SoldLine(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
