package io.commerce.dataplatform.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.dataplatform.domain.CompletedOrder;
import io.commerce.dataplatform.domain.ProductRanking.Entry;
import io.commerce.dataplatform.domain.RecordOutcome;
import io.commerce.dataplatform.domain.SoldLine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import io.commerce.dataplatform.application.port.out.CompletedOrderRepository;
import io.commerce.dataplatform.application.port.out.DailySalesRepository;
import io.commerce.localstack.LocalStackTest;
import io.commerce.localstack.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Recording and ranking on the real PostgreSQL, through the service's own persistence adapters and in real
 * transactions, from emptied sales tables, with "today" fixed at noon on 2026-11-25 in Seoul.
 */
@LocalStackTest
class RankingServicesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Clock NOON_IN_SEOUL = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), SEOUL);

    private final RankingProperties properties = new RankingProperties(SEOUL);
    private JdbcTemplate jdbc;
    private RecordCompletedOrderService record;
    private ProductRankingService ranking;

    @BeforeEach
    void onTheRealDatabase(@Autowired CompletedOrderRepository orders, @Autowired DailySalesRepository daily,
            @Autowired JdbcTemplate jdbc, @Autowired PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // the test JVM runs one test at a time; the ranking is over the whole table
        jdbc.execute("truncate completed_order, completed_order_line, product_daily_sales");
        record = Transactional.around(new RecordCompletedOrderService(orders, daily, properties), transactions);
        ranking = Transactional.around(new ProductRankingService(daily, properties, NOON_IN_SEOUL), transactions);
    }

    private long unitsOn(LocalDate day, long productId) {
        return jdbc.queryForObject("""
                select coalesce(sum(units), 0) from product_daily_sales where sales_date = ? and product_id = ?""",
                Long.class, day, productId);
    }

    private static CompletedOrder sold(String completedAt, SoldLine... lines) {
        return new CompletedOrder(UUID.randomUUID(), "member-1", List.of(lines), 0, 0, 0, Instant.parse(completedAt));
    }

    private static SoldLine units(long productId, int quantity) {
        return new SoldLine(productId, quantity, 1_000);
    }

    @Test
    void the_three_day_ranking_counts_today_and_the_two_days_before_and_not_the_day_before_that() {
        record.record(sold("2026-11-22T03:00:00Z", units(1, 100)));              // D-3: outside
        record.record(sold("2026-11-22T14:59:59Z", units(8, 50)));               // 23:59:59 on D-3 in Seoul: outside
        record.record(sold("2026-11-22T15:00:00Z", units(7, 7)));                // 00:00 on D-2 in Seoul: inside
        record.record(sold("2026-11-23T03:00:00Z", units(2, 5), units(3, 2)));   // D-2
        record.record(sold("2026-11-24T03:00:00Z", units(3, 4), units(4, 3)));   // D-1
        record.record(sold("2026-11-25T02:00:00Z", units(5, 6), units(6, 1), units(2, 1))); // D

        var top = ranking.topProducts(3, 5);

        assertThat(top.window().from()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(top.window().to()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(top.entries()).containsExactly(
                new Entry(1, 7, 7), new Entry(2, 2, 6), new Entry(3, 3, 6), new Entry(4, 5, 6), new Entry(5, 4, 3));
    }

    @Test
    void an_order_recorded_twice_is_counted_once() {
        var order = sold("2026-11-25T02:00:00Z", units(9, 4));

        assertThat(record.record(order)).isEqualTo(RecordOutcome.RECORDED);
        assertThat(record.record(order)).isEqualTo(RecordOutcome.ALREADY_RECORDED);

        assertThat(unitsOn(LocalDate.of(2026, 11, 25), 9)).isEqualTo(4);
    }
}
