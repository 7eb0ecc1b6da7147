package io.commerce.dataplatform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.dataplatform.domain.ProductRanking.Entry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductRankingTest {

    private static final SalesWindow WINDOW = SalesWindow.lastDays(3, LocalDate.of(2026, 11, 25));
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void most_units_rank_first_and_ties_go_to_the_lower_product_id() {
        var ranking = ProductRanking.of(WINDOW, SEOUL, List.of(
                new ProductSales(30, 5), new ProductSales(10, 9), new ProductSales(20, 9), new ProductSales(5, 1)), 3);

        assertThat(ranking.entries()).containsExactly(new Entry(1, 10, 9), new Entry(2, 20, 9), new Entry(3, 30, 5));
    }

    @Test
    void fewer_products_than_the_limit_give_a_shorter_ranking() {
        var ranking = ProductRanking.of(WINDOW, SEOUL, List.of(new ProductSales(1, 2)), 5);

        assertThat(ranking.entries()).containsExactly(new Entry(1, 1, 2));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void the_limit_is_between_one_and_one_hundred(int limit) {
        assertThatThrownBy(() -> ProductRanking.of(WINDOW, SEOUL, List.of(), limit))
                .extracting("code").isEqualTo("INVALID_RANKING_REQUEST");
    }
}
