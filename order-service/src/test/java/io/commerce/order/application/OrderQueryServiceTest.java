package io.commerce.order.application;

import static io.commerce.order.domain.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.contracts.core.PageRequest;
import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderLine;
import io.commerce.order.domain.OrderNotFoundException;
import java.time.Instant;
import java.util.UUID;
import io.commerce.localstack.Transactional;
import io.commerce.order.application.port.out.OrderRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@OrderApplicationTest
class OrderQueryServiceTest {

    private OrderQueryService query;
    private OrderRows orders;

    @BeforeEach
    void onTheRealDatabase(@Autowired OrderRepository repository, @Autowired JdbcTemplate jdbc,
            @Autowired PlatformTransactionManager transactions) {
        orders = new OrderRows(repository, jdbc, transactions);
        query = Transactional.around(new OrderQueryService(repository), transactions);
    }

    private Order placedBy(String member, String at) {
        var order = anOrder().by(member).withLines(OrderLine.of(1, 1)).placedAt(Instant.parse(at)).build();
        orders.holding(order);
        return order;
    }

    @Test
    void a_member_sees_their_order_and_not_anyone_elses() {
        var mine = placedBy("me", "2026-11-25T10:00:00Z");
        var theirs = placedBy("them", "2026-11-25T10:00:00Z");

        assertThat(query.orderOf("me", mine.id()).id()).isEqualTo(mine.id());
        assertThatThrownBy(() -> query.orderOf("me", theirs.id())).isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> query.orderOf("me", UUID.randomUUID())).isInstanceOf(OrderNotFoundException.class);
    }

    @Test
    void my_orders_are_listed_newest_first() {
        var older = placedBy("me", "2026-11-25T10:00:00Z");
        var newer = placedBy("me", "2026-11-25T11:00:00Z");
        placedBy("them", "2026-11-25T12:00:00Z");

        var page = query.ordersOf("me", PageRequest.of(0, 10));

        assertThat(page.content()).extracting(Order::id).containsExactly(newer.id(), older.id());
        assertThat(page.totalElements()).isEqualTo(2);
        assertThat(page.request()).isEqualTo(PageRequest.of(0, 10));
    }

    @Test
    void a_later_page_holds_the_older_orders_and_counts_them_all() {
        var oldest = placedBy("me", "2026-11-25T10:00:00Z");
        placedBy("me", "2026-11-25T11:00:00Z");
        placedBy("me", "2026-11-25T12:00:00Z");

        var page = query.ordersOf("me", PageRequest.of(1, 2));

        assertThat(page.content()).extracting(Order::id).containsExactly(oldest.id());
        assertThat(page.totalElements()).isEqualTo(3);
        assertThat(page.totalPages()).isEqualTo(2);
        assertThat(query.ordersOf("me", PageRequest.of(2, 2)).content()).isEmpty();
    }
}
