package io.commerce.product.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.OrderFailureReason;
import io.commerce.contracts.event.order.OrderLine;
import io.commerce.contracts.event.order.OrderPlaced;
import io.commerce.contracts.event.product.PricedLine;
import io.commerce.contracts.event.product.StockRejected;
import io.commerce.contracts.event.product.StockRejectionReason;
import io.commerce.contracts.event.product.StockReserved;
import io.commerce.localstack.EventSender;
import io.commerce.localstack.LocalStackTest;
import io.commerce.localstack.TopicRecorder;
import io.commerce.product.application.port.in.CreateProductUseCase;
import io.commerce.product.application.port.in.CreateProductUseCase.CreateProductCommand;
import io.commerce.product.application.port.in.GetProductQuery;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stock step of the saga through the real broker: OrderPlaced and OrderFailed in, decisions out. */
@LocalStackTest
class OrderSagaMessagingTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private static EventSender sender;
    private static TopicRecorder productEvents;
    private static TopicRecorder deadLetters;

    @Autowired
    CreateProductUseCase createProduct;
    @Autowired
    GetProductQuery getProduct;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void connect() {
        sender = EventSender.toSharedBroker();
        productEvents = TopicRecorder.record(Topics.PRODUCT_EVENTS);
        deadLetters = TopicRecorder.record(Topics.deadLetterOf(Topics.ORDER_EVENTS));
    }

    @AfterAll
    static void disconnect() {
        sender.close();
        productEvents.close();
        deadLetters.close();
    }

    private long aProduct(long price, long stock) {
        return createProduct.create(new CreateProductCommand("Product " + UUID.randomUUID(), price, stock)).id();
    }

    private long stockOf(long productId) {
        return getProduct.get(productId).stock();
    }

    private static OrderPlaced placed(UUID orderId, OrderLine... lines) {
        return new OrderPlaced(orderId, "member-" + UUID.randomUUID(), List.of(lines), null);
    }

    private long processed(UUID eventId) {
        return jdbc.queryForObject("select count(*) from processed_event where event_id = ?", Long.class, eventId);
    }

    @Test
    void two_hundred_orders_on_the_topic_against_a_stock_of_fifty_give_fifty_reserved_and_one_hundred_fifty_rejected() {
        long product = aProduct(1_500, 50);
        var orders = new HashSet<UUID>();
        for (int i = 0; i < 200; i++) {
            var orderId = UUID.randomUUID();
            orders.add(orderId);
            sender.send(placed(orderId, new OrderLine(product, 1)));
        }

        await().atMost(PATIENCE).untilAsserted(() -> {
            var reserved = productEvents.payloads(StockReserved.class, e -> orders.contains(e.orderId()));
            var rejected = productEvents.payloads(StockRejected.class, e -> orders.contains(e.orderId()));
            assertThat(reserved.size() + rejected.size()).isEqualTo(200);
        });

        var reserved = productEvents.payloads(StockReserved.class, e -> orders.contains(e.orderId()));
        var rejected = productEvents.payloads(StockRejected.class, e -> orders.contains(e.orderId()));
        assertThat(reserved).hasSize(50).allSatisfy(r -> {
            assertThat(r.lines()).containsExactly(new PricedLine(product, 1, 1_500));
            assertThat(r.subtotal()).isEqualTo(1_500);
        });
        assertThat(rejected).hasSize(150).allSatisfy(r -> {
            assertThat(r.reason()).isEqualTo(StockRejectionReason.OUT_OF_STOCK);
            assertThat(r.productId()).isEqualTo(product);
        });
        assertThat(stockOf(product)).isZero();
    }

    @Test
    void an_order_naming_an_unknown_product_is_rejected_and_holds_nothing() {
        long product = aProduct(1_000, 5);
        var orderId = UUID.randomUUID();
        long unknown = Long.MAX_VALUE - 7;

        sender.send(placed(orderId, new OrderLine(product, 1), new OrderLine(unknown, 1)));

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(productEvents.payloads(StockRejected.class, e -> e.orderId().equals(orderId)))
                        .containsExactly(new StockRejected(orderId, StockRejectionReason.PRODUCT_NOT_FOUND, unknown)));
        assertThat(stockOf(product)).isEqualTo(5);
    }

    @Test
    void a_duplicated_OrderPlaced_reserves_once_whether_redelivered_or_published_again() {
        long product = aProduct(1_000, 10);
        var orderId = UUID.randomUUID();
        var event = placed(orderId, new OrderLine(product, 3));

        var original = sender.send(event);
        sender.send(original);
        sender.send(original);
        var republished = sender.send(event);

        await().atMost(PATIENCE).until(() -> processed(original.eventId()) == 1 && processed(republished.eventId()) == 1);
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(productEvents.payloads(StockReserved.class, e -> e.orderId().equals(orderId))).hasSize(1));
        assertThat(stockOf(product)).isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from stock_reservation_line where order_id = ?", Long.class,
                orderId)).isEqualTo(1);
    }

    @Test
    void a_failed_order_gets_its_stock_back_once() {
        long product = aProduct(1_000, 10);
        var orderId = UUID.randomUUID();
        sender.send(placed(orderId, new OrderLine(product, 4)));
        await().atMost(PATIENCE).until(() -> stockOf(product) == 6);

        var failed = sender.send(new OrderFailed(orderId, "member-1", OrderFailureReason.INSUFFICIENT_BALANCE));
        sender.send(failed);
        var again = sender.send(new OrderFailed(orderId, "member-1", OrderFailureReason.INSUFFICIENT_BALANCE));

        await().atMost(PATIENCE).until(() -> processed(failed.eventId()) == 1 && processed(again.eventId()) == 1);
        assertThat(stockOf(product)).isEqualTo(10);
        assertThat(jdbc.queryForObject("select status from stock_reservation where order_id = ?", String.class, orderId))
                .isEqualTo("RELEASED");
    }

    @Test
    void malformed_records_go_to_the_dead_letter_topic_and_change_nothing() {
        long product = aProduct(1_000, 10);
        var key = UUID.randomUUID().toString();
        var negative = """
                {"eventId":"%s","type":"OrderPlaced","version":1,"occurredAt":"2026-11-25T00:00:00Z",
                 "key":"%s","payload":{"orderId":"%s","userId":"member-1","lines":[{"productId":%d,"quantity":-5}]}}"""
                .formatted(UUID.randomUUID(), key, key, product);

        sender.sendRaw(Topics.ORDER_EVENTS, key, "{\"nonsense\":true}".getBytes(StandardCharsets.UTF_8));
        sender.sendRaw(Topics.ORDER_EVENTS, key, "not even json".getBytes(StandardCharsets.UTF_8));
        sender.sendRaw(Topics.ORDER_EVENTS, key, negative.getBytes(StandardCharsets.UTF_8));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters.recordsWithKey(key)).hasSize(3));
        assertThat(deadLetters.recordsWithKey(key).getFirst().value())
                .isEqualTo("{\"nonsense\":true}".getBytes(StandardCharsets.UTF_8));
        assertThat(stockOf(product)).isEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from stock_reservation where order_id = ?::uuid", Long.class,
                key)).isZero();
    }
}
