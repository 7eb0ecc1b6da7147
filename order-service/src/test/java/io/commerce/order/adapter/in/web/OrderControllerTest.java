package io.commerce.order.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.commerce.order.application.CancelOrderService;
import io.commerce.order.application.CountingOrderMetrics;
import io.commerce.order.application.InMemoryOrders;
import io.commerce.localstack.MutableClock;
import io.commerce.order.application.OrderQueryService;
import io.commerce.order.application.PlaceOrderService;
import io.commerce.order.application.RecordingOrderEvents;
import io.commerce.order.domain.Discount;
import io.commerce.order.domain.Failure;
import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderFixtures;
import io.commerce.order.domain.OrderLine;
import io.commerce.order.domain.OrderPolicy;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The web adapter over the real use cases on in-memory fakes: every bad input, status and code. */
@WebMvcTest(OrderController.class)
@Import(OrderControllerTest.Fakes.class)
class OrderControllerTest {

    private static final String MEMBER = "member-1";

    @TestConfiguration
    static class Fakes {

        final InMemoryOrders orders = new InMemoryOrders();
        final RecordingOrderEvents events = new RecordingOrderEvents();
        final CountingOrderMetrics metrics = new CountingOrderMetrics();
        final MutableClock clock = new MutableClock(OrderFixtures.NOW);
        final OrderPolicy policy = new OrderPolicy(20, 1000, Duration.ofSeconds(30), Duration.ofHours(24));

        @Bean
        InMemoryOrders inMemoryOrders() {
            return orders;
        }

        @Bean
        MutableClock mutableClock() {
            return clock;
        }

        @Bean
        PlaceOrderService placeOrderService() {
            return new PlaceOrderService(orders, events, metrics, policy, clock);
        }

        @Bean
        OrderQueryService orderQueryService() {
            return new OrderQueryService(orders);
        }

        @Bean
        CancelOrderService cancelOrderService() {
            return new CancelOrderService(orders, events, metrics, policy, clock);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    InMemoryOrders orders;
    @MockitoBean
    JwtDecoder jwtDecoder;

    private int ordersBefore;

    @BeforeEach
    void count() {
        ordersBefore = orders.all().size();
    }

    private static MockHttpServletRequestBuilder placing(String body) {
        return post("/api/v1/orders").with(jwt().jwt(j -> j.subject(MEMBER)))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static MockHttpServletRequestBuilder as(String member, MockHttpServletRequestBuilder request) {
        return request.with(jwt().jwt(j -> j.subject(member)));
    }

    private void assertNothingPlaced() {
        assertThat(orders.all()).hasSize(ordersBefore);
    }

    @Test
    void a_placed_order_answers_202_with_the_pending_order_and_where_to_follow_it() throws Exception {
        var result = mvc.perform(placing("{\"lines\":[{\"productId\":1,\"quantity\":2}],\"couponId\":7}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.lines[0].productId").value(1))
                .andExpect(jsonPath("$.lines[0].quantity").value(2))
                .andExpect(jsonPath("$.lines[0].unitPrice").doesNotExist())
                .andExpect(jsonPath("$.couponId").value(7))
                .andExpect(jsonPath("$.createdAt").value("2026-11-25T10:00:00Z"))
                .andReturn();
        var id = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id").toString();

        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/v1/orders/" + id);
        assertThat(orders.get(UUID.fromString(id)).memberId()).isEqualTo(MEMBER);
    }

    @Test
    void a_retried_key_answers_200_with_the_same_order_and_a_different_body_is_409() throws Exception {
        var body = "{\"lines\":[{\"productId\":1,\"quantity\":2}]}";
        var first = mvc.perform(placing(body).header("Idempotency-Key", "web-k1")).andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(placing(body).header("Idempotency-Key", "web-k1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Location", first))
                .andExpect(header().string("Idempotent-Replayed", "true"));
        mvc.perform(placing("{\"lines\":[{\"productId\":1,\"quantity\":3}]}").header("Idempotency-Key", "web-k1"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"));
        assertThat(orders.all()).hasSize(ordersBefore + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{\"lines\":null}",
            "{\"lines\":[]}",
            "{\"lines\":[null]}",
            "{\"lines\":[{\"quantity\":1}]}",
            "{\"lines\":[{\"productId\":1}]}",
            "{\"lines\":[{\"productId\":0,\"quantity\":1}]}",
            "{\"lines\":[{\"productId\":-3,\"quantity\":1}]}",
            "{\"lines\":[{\"productId\":1,\"quantity\":0}]}",
            "{\"lines\":[{\"productId\":1,\"quantity\":-1}]}",
            "{\"lines\":[{\"productId\":1,\"quantity\":1}],\"couponId\":0}",
            "{\"lines\":[{\"productId\":1,\"quantity\":1}],\"couponId\":-5}"})
    void a_missing_or_non_positive_field_is_a_validation_problem(String body) throws Exception {
        mvc.perform(placing(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        assertNothingPlaced();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"lines\":",
            "not json",
            "[]",
            "{\"lines\":\"many\"}",
            "{\"lines\":[{\"productId\":\"one\",\"quantity\":1}]}",
            "{\"lines\":[{\"productId\":1,\"quantity\":\"2\"}]}",
            "{\"lines\":[{\"productId\":1,\"quantity\":1.5}]}",
            "{\"lines\":[{\"productId\":1,\"quantity\":99999999999}]}",
            "{\"lines\":[{\"productId\":99999999999999999999,\"quantity\":1}]}",
            "{\"lines\":[{\"productId\":1,\"quantity\":true}]}",
            "{\"lines\":[{\"productId\":1,\"quantity\":1}],\"couponId\":\"WELCOME\"}",
            "{\"lines\":[{\"productId\":1,\"quantity\":1}],\"couponId\":1.5}"})
    void a_malformed_body_or_wrong_type_is_a_400(String body) throws Exception {
        mvc.perform(placing(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        assertNothingPlaced();
    }

    @Test
    void an_empty_body_is_a_400() throws Exception {
        mvc.perform(placing(""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void more_lines_than_allowed_is_too_many_lines() throws Exception {
        var lines = IntStream.rangeClosed(1, 21).mapToObj(p -> "{\"productId\":" + p + ",\"quantity\":1}").toList();

        mvc.perform(placing("{\"lines\":[" + String.join(",", lines) + "]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("TOO_MANY_LINES"));
        assertNothingPlaced();
    }

    @Test
    void a_huge_quantity_is_quantity_too_large() throws Exception {
        mvc.perform(placing("{\"lines\":[{\"productId\":1,\"quantity\":1001}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("QUANTITY_TOO_LARGE"));
        assertNothingPlaced();
    }

    @Test
    void a_product_twice_is_duplicate_product() throws Exception {
        mvc.perform(placing("{\"lines\":[{\"productId\":1,\"quantity\":1},{\"productId\":1,\"quantity\":2}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("DUPLICATE_PRODUCT"));
        assertNothingPlaced();
    }

    @Test
    void an_oversized_body_is_413() throws Exception {
        var huge = "{\"lines\":[{\"productId\":1,\"quantity\":1}],\"padding\":\"" + "x".repeat(70_000) + "\"}";

        mvc.perform(placing(huge))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"));
        assertNothingPlaced();
    }

    @Test
    void a_body_that_is_not_json_is_415() throws Exception {
        mvc.perform(post("/api/v1/orders").with(jwt().jwt(j -> j.subject(MEMBER)))
                        .contentType(MediaType.TEXT_PLAIN).content("1 x product 1"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "ÿ-non-ascii", "0123456789012345678901234567890123456789012345678901234567890123456789"})
    void a_malformed_idempotency_key_is_rejected(String key) throws Exception {
        mvc.perform(placing("{\"lines\":[{\"productId\":1,\"quantity\":1}]}").header("Idempotency-Key", key))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_IDEMPOTENCY_KEY"));
        assertNothingPlaced();
    }

    @Test
    void without_a_token_the_answer_is_401_problem() throws Exception {
        mvc.perform(post("/api/v1/orders").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lines\":[{\"productId\":1,\"quantity\":1}]}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        assertNothingPlaced();
    }

    @Test
    void an_order_shows_its_prices_amounts_and_failure_reason() throws Exception {
        var order = Order.place(UUID.randomUUID(), MEMBER, List.of(OrderLine.of(1, 2), OrderLine.of(2, 1)), 7L, null,
                OrderFixtures.POLICY, OrderFixtures.NOW);
        order.stockReserved(OrderFixtures.pricedLines(), OrderFixtures.SUBTOTAL);
        order.couponApplied(7, new Discount.Fixed(1_000));
        order.reject(Failure.paymentRejected("INSUFFICIENT_BALANCE"), OrderFixtures.NOW.plusSeconds(1));
        orders.holding(order);

        mvc.perform(as(MEMBER, get("/api/v1/orders/" + order.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(order.id().toString()))
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.lines[0].unitPrice").value(1_000))
                .andExpect(jsonPath("$.lines[0].lineTotal").value(2_000))
                .andExpect(jsonPath("$.subtotal").value(5_000))
                .andExpect(jsonPath("$.discount").value(1_000))
                .andExpect(jsonPath("$.reason").value("INSUFFICIENT_BALANCE"))
                .andExpect(jsonPath("$.failedAt").value("2026-11-25T10:00:01Z"));
    }

    @Test
    void a_coupon_rejection_shows_the_coupons_reason() throws Exception {
        var order = Order.place(UUID.randomUUID(), MEMBER, List.of(OrderLine.of(1, 2)), 7L, null,
                OrderFixtures.POLICY, OrderFixtures.NOW);
        order.reject(Failure.couponRejected("COUPON_EXPIRED"), OrderFixtures.NOW);
        orders.holding(order);

        mvc.perform(as(MEMBER, get("/api/v1/orders/" + order.id())))
                .andExpect(jsonPath("$.reason").value("COUPON_REJECTED"))
                .andExpect(jsonPath("$.reasonDetail").value("COUPON_EXPIRED"));
    }

    @Test
    void an_unknown_order_and_another_members_order_are_both_404() throws Exception {
        var theirs = Order.place(UUID.randomUUID(), "someone-else", List.of(OrderLine.of(1, 1)), null, null,
                OrderFixtures.POLICY, OrderFixtures.NOW);
        orders.holding(theirs);

        for (var id : List.of(UUID.randomUUID(), theirs.id())) {
            mvc.perform(as(MEMBER, get("/api/v1/orders/" + id)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("ORDER_NOT_FOUND"));
            mvc.perform(as(MEMBER, post("/api/v1/orders/" + id + "/cancel")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("ORDER_NOT_FOUND"));
        }
    }

    @Test
    void an_order_id_that_is_not_a_uuid_is_a_400() throws Exception {
        mvc.perform(as(MEMBER, get("/api/v1/orders/42")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }

    @Test
    void a_completed_order_is_cancelled_and_a_pending_one_is_not_cancellable() throws Exception {
        var completed = Order.place(UUID.randomUUID(), MEMBER, List.of(OrderLine.of(1, 2), OrderLine.of(2, 1)), null,
                null, OrderFixtures.POLICY, OrderFixtures.NOW);
        completed.stockReserved(OrderFixtures.pricedLines(), OrderFixtures.SUBTOTAL);
        completed.paymentCompleted(OrderFixtures.SUBTOTAL, OrderFixtures.NOW);
        var pending = Order.place(UUID.randomUUID(), MEMBER, List.of(OrderLine.of(1, 2)), null, null,
                OrderFixtures.POLICY, OrderFixtures.NOW);
        orders.holding(completed).holding(pending);

        mvc.perform(as(MEMBER, post("/api/v1/orders/" + completed.id() + "/cancel")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(as(MEMBER, post("/api/v1/orders/" + pending.id() + "/cancel")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ORDER_NOT_CANCELLABLE"));
        mvc.perform(as(MEMBER, post("/api/v1/orders/" + completed.id() + "/cancel")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ORDER_NOT_CANCELLABLE"));
    }

    @Test
    void my_orders_are_listed_newest_first_in_pages() throws Exception {
        var member = "lister-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            orders.holding(Order.place(UUID.randomUUID(), member, List.of(OrderLine.of(1, i + 1)), null, null,
                    OrderFixtures.POLICY, OrderFixtures.NOW.plusSeconds(i)));
        }

        mvc.perform(as(member, get("/api/v1/orders?size=2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].lines[0].quantity").value(3));
    }

    @ParameterizedTest
    @CsvSource({"page=-1,VALIDATION_FAILED", "size=0,VALIDATION_FAILED", "size=101,VALIDATION_FAILED",
            "page=abc,INVALID_PARAMETER", "size=1e3,INVALID_PARAMETER"})
    void bad_paging_is_a_400(String query, String code) throws Exception {
        mvc.perform(as(MEMBER, get("/api/v1/orders?" + query)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(code));
    }

    @Test
    void a_wrong_method_is_a_405_problem() throws Exception {
        mvc.perform(as(MEMBER, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/orders/" + UUID.randomUUID())))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
    }
}
