package io.commerce.dataplatform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SalesWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void the_last_three_days_are_today_and_the_two_days_before() {
        var window = SalesWindow.lastDays(3, TODAY);

        assertThat(window.from()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(window.to()).isEqualTo(TODAY);
        assertThat(window.contains(LocalDate.of(2026, 11, 22))).isFalse();
        assertThat(window.contains(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(window.contains(TODAY)).isTrue();
        assertThat(window.contains(TODAY.plusDays(1))).isFalse();
    }

    @Test
    void the_last_day_is_today_only() {
        assertThat(SalesWindow.lastDays(1, TODAY)).isEqualTo(new SalesWindow(TODAY, TODAY));
    }

    @Test
    void a_window_crosses_month_and_year_ends() {
        assertThat(SalesWindow.lastDays(3, LocalDate.of(2027, 1, 1)).from()).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 31, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void a_window_is_between_one_and_thirty_days(int days) {
        assertThatThrownBy(() -> SalesWindow.lastDays(days, TODAY))
                .isInstanceOf(InvalidRankingRequestException.class)
                .extracting("code").isEqualTo("INVALID_RANKING_REQUEST");
    }
}
