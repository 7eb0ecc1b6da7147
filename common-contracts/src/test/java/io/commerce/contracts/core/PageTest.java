package io.commerce.contracts.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.contracts.http.PageResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTest {

    @ParameterizedTest(name = "page {0}, size {1}")
    @CsvSource({"-1, 20", "100001, 20", "0, 0", "0, 101", "0, -5"})
    void a_page_request_outside_the_bounds_is_refused(int page, int size) {
        assertThatThrownBy(() -> PageRequest.of(page, size)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_offset_of_the_last_page_does_not_overflow() {
        assertThat(PageRequest.of(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE).offset()).isEqualTo(10_000_000L);
    }

    @Test
    void total_pages_round_up_and_an_empty_list_has_none() {
        assertThat(new Page<>(List.of(1, 2), PageRequest.of(0, 2), 5).totalPages()).isEqualTo(3);
        assertThat(new Page<>(List.of(1, 2), PageRequest.of(0, 2), 4).totalPages()).isEqualTo(2);
        assertThat(new Page<>(List.<Integer>of(), PageRequest.of(0, 20), 0).totalPages()).isZero();
    }

    @Test
    void the_web_form_keeps_the_request_and_the_totals() {
        var page = new Page<>(List.of(1, 2), PageRequest.of(3, 2), 9);

        assertThat(PageResponse.of(page, n -> "#" + n)).isEqualTo(new PageResponse<>(List.of("#1", "#2"), 3, 2, 9, 5));
    }

    @Test
    void mapping_a_page_keeps_its_position() {
        var page = new Page<>(List.of(1, 2), PageRequest.of(1, 2), 4).map(n -> n * 10);

        assertThat(page).isEqualTo(new Page<>(List.of(10, 20), PageRequest.of(1, 2), 4));
    }
}
