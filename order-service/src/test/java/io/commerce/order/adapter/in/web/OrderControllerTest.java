package io.commerce.order.adapter.in.web;

import static io.commerce.order.domain.OrderBuilder.anOrder;
import static io.commerce.order.domain.OrderFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.commerce.contracts.core.IdempotencyKey;
import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import io.commerce.contracts.pricing.Discount;
import io.commerce.order.application.port.in.AwaitOrderQuery;
import io.commerce.order.application.port.in.CancelOrderUseCase;
import io.commerce.order.application.port.in.GetOrderQuery;
import io.commerce.order.application.port.in.ListOrdersQuery;
import io.commerce.order.application.port.in.PlaceOrderUseCase;
import io.commerce.order.application.port.in.PlaceOrderUseCase.PlaceOrderCommand;
import io.commerce.order.application.port.in.PlaceOrderUseCase.PlacedOrder;
import io.commerce.order.domain.Failure;
import io.commerce.order.domain.IdempotencyKeyReusedException;
import io.commerce.order.domain.InvalidOrderException;
import io.commerce.order.domain.OrderLine;
import io.commerce.order.domain.OrderNotCancellableException;
import io.commerce.order.domain.OrderNotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The web adapter over its use cases, stubbed with plain answers and exceptions: every bad input, status and code,
 * that a request refused at the door reaches no use case, and that what passes reaches it as sent. What a use case
 * decides (the order policy, cancelling) and stores is the domain's and the application tests' concern.
 */
@WebMvcTest(OrderController.class)
class OrderControllerTest {

    private static final String MEMBER = "member-1";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PlaceOrderUseCase placeOrder;
    @MockitoBean
    GetOrderQuery getOrder;
    @MockitoBean
    AwaitOrderQuery awaitOrder;
    @MockitoBean
    ListOrdersQuery listOrders;
    @MockitoBean
    CancelOrderUseCase cancelOrder;
    @MockitoBean
    JwtDecoder jwtDecoder;

    private static MockHttpServletRequestBuilder placing(String body) {
        return post("/api/v1/orders").with(jwt().jwt(j -> j.subject(MEMBER)))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static MockHttpServletRequestBuilder as(String member, MockHttpServletRequestBuilder request) {
        return request.with(jwt().jwt(j -> j.subject(member)));
    }

    private static PlaceOrderCommand command(Long couponId, IdempotencyKey key, OrderLine... lines) {
        return new PlaceOrderCommand(MEMBER, List.of(lines), couponId, key);
    }

    /** The use case refuses exactly this command, as the order policy would; any other command gets no answer. */
    private void refusedByTheOrderPolicy(PlaceOrderCommand command, String code) {
        given(placeOrder.place(command)).willThrow(new InvalidOrderException(code, "Refused: " + code + "."));
    }

    private void assertNothingPlaced() {
        verifyNoInteractions(placeOrder, cancelOrder);
    }

    /** Asked once, with the lines as sent; that the policy refuses them and nothing is stored is PlaceOrderServiceTest's. */
    private void assertRefusedByTheOrderPolicy(PlaceOrderCommand command) {
        verify(placeOrder).place(command);
        verifyNoInteractions(cancelOrder);
    }

    @Test
    void a_placed_order_answers_202_with_the_pending_order_and_where_to_follow_it() throws Exception {
        var command = command(7L, null, OrderLine.of(1, 2));
        var placed = anOrder().by(MEMBER).withLines(command.lines()).withCoupon(7).build();
        given(placeOrder.place(command)).willReturn(new PlacedOrder(placed, false));

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
        assertThat(id).isEqualTo(placed.id().toString());
        // placed for the member of the token, with the lines and coupon of the body
        verify(placeOrder).place(command);
    }

    @Test
    void a_retried_key_answers_200_with_the_same_order_and_a_different_body_is_409() throws Exception {
        var key = new IdempotencyKey("web-k1");
        var order = anOrder().by(MEMBER).withLines(OrderLine.of(1, 2)).withKey(key.value()).build();
        given(placeOrder.place(command(null, key, OrderLine.of(1, 2))))
                .willReturn(new PlacedOrder(order, false), new PlacedOrder(order, true));
        given(placeOrder.place(command(null, key, OrderLine.of(1, 3)))).willThrow(new IdempotencyKeyReusedException());

        var body = "{\"lines\":[{\"productId\":1,\"quantity\":2}]}";
        var first = mvc.perform(placing(body).header("Idempotency-Key", "web-k1")).andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(placing(body).header("Idempotency-Key", "web-k1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Location", first))
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.id").value(order.id().toString()));
        mvc.perform(placing("{\"lines\":[{\"productId\":1,\"quantity\":3}]}").header("Idempotency-Key", "web-k1"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"));
        // each request handed its key to the use case once, which alone decides whether anything is placed
        verify(placeOrder, times(3)).place(any());
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
        assertNothingPlaced();
    }

    @Test
    void more_lines_than_allowed_reach_the_use_case_and_its_refusal_is_too_many_lines() throws Exception {
        var command = command(null, null,
                LongStream.rangeClosed(1, 21).mapToObj(p -> OrderLine.of(p, 1)).toArray(OrderLine[]::new));
        refusedByTheOrderPolicy(command, "TOO_MANY_LINES");
        var lines = IntStream.rangeClosed(1, 21).mapToObj(p -> "{\"productId\":" + p + ",\"quantity\":1}").toList();

        mvc.perform(placing("{\"lines\":[" + String.join(",", lines) + "]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("TOO_MANY_LINES"));
        assertRefusedByTheOrderPolicy(command);
    }

    @Test
    void a_huge_quantity_reaches_the_use_case_and_its_refusal_is_quantity_too_large() throws Exception {
        var command = command(null, null, OrderLine.of(1, 1001));
        refusedByTheOrderPolicy(command, "QUANTITY_TOO_LARGE");

        mvc.perform(placing("{\"lines\":[{\"productId\":1,\"quantity\":1001}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("QUANTITY_TOO_LARGE"));
        assertRefusedByTheOrderPolicy(command);
    }

    @Test
    void a_product_twice_reaches_the_use_case_unmerged_and_its_refusal_is_duplicate_product() throws Exception {
        var command = command(null, null, OrderLine.of(1, 1), OrderLine.of(1, 2));
        refusedByTheOrderPolicy(command, "DUPLICATE_PRODUCT");

        mvc.perform(placing("{\"lines\":[{\"productId\":1,\"quantity\":1},{\"productId\":1,\"quantity\":2}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("DUPLICATE_PRODUCT"))
                .andExpect(jsonPath("$.detail").value("Refused: DUPLICATE_PRODUCT."));
        assertRefusedByTheOrderPolicy(command);
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
        assertNothingPlaced();
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
        var order = anOrder().by(MEMBER).withCoupon(7).couponApplied(Discount.fixed(1_000)).paymentRequested()
                .failed(Failure.insufficientBalance(), NOW.plusSeconds(1)).build();
        given(getOrder.orderOf(MEMBER, order.id())).willReturn(order);

        mvc.perform(as(MEMBER, get("/api/v1/orders/" + order.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(order.id().toString()))
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.lines[0].unitPrice").value(1_000))
                .andExpect(jsonPath("$.lines[0].lineTotal").value(2_000))
                .andExpect(jsonPath("$.couponId").value(7))
                .andExpect(jsonPath("$.subtotal").value(5_000))
                .andExpect(jsonPath("$.discount").value(1_000))
                .andExpect(jsonPath("$.paidAmount").doesNotExist())
                .andExpect(jsonPath("$.reason").value("INSUFFICIENT_BALANCE"))
                .andExpect(jsonPath("$.reasonDetail").doesNotExist())
                .andExpect(jsonPath("$.createdAt").value("2026-11-25T10:00:00Z"))
                .andExpect(jsonPath("$.failedAt").value("2026-11-25T10:00:01Z"))
                .andExpect(jsonPath("$.completedAt").doesNotExist())
                .andExpect(jsonPath("$.cancelledAt").doesNotExist());
    }

    @Test
    void a_coupon_rejection_shows_the_coupons_reason() throws Exception {
        var order = anOrder().by(MEMBER).withLines(OrderLine.of(1, 2)).withCoupon(7)
                .failed(Failure.couponRejected("COUPON_EXPIRED")).build();
        given(getOrder.orderOf(MEMBER, order.id())).willReturn(order);

        mvc.perform(as(MEMBER, get("/api/v1/orders/" + order.id())))
                .andExpect(jsonPath("$.reason").value("COUPON_REJECTED"))
                .andExpect(jsonPath("$.reasonDetail").value("COUPON_EXPIRED"));
    }

    @Test
    void an_unknown_order_and_another_members_order_are_both_404() throws Exception {
        var theirs = anOrder().by("someone-else").withLines(OrderLine.of(1, 1)).build();
        // the use cases know it as someone else's: asked for the member of the token, it is not found
        given(getOrder.orderOf("someone-else", theirs.id())).willReturn(theirs);
        willThrow(new OrderNotFoundException()).given(getOrder).orderOf(eq(MEMBER), any());
        willThrow(new OrderNotFoundException()).given(cancelOrder).cancel(eq(MEMBER), any());

        for (var id : List.of(UUID.randomUUID(), theirs.id())) {
            mvc.perform(as(MEMBER, get("/api/v1/orders/" + id)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("ORDER_NOT_FOUND"));
            mvc.perform(as(MEMBER, post("/api/v1/orders/" + id + "/cancel")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("ORDER_NOT_FOUND"));
            verify(getOrder).orderOf(MEMBER, id);
            verify(cancelOrder).cancel(MEMBER, id);
        }
    }

    @Test
    void an_order_id_that_is_not_a_uuid_is_a_400() throws Exception {
        mvc.perform(as(MEMBER, get("/api/v1/orders/42")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        verifyNoInteractions(getOrder);
    }

    @Test
    void asked_to_wait_the_answer_is_the_order_once_settled() throws Exception {
        var order = anOrder().by(MEMBER).completedAt(NOW.plusSeconds(2)).build();
        given(awaitOrder.awaitSettled(MEMBER, order.id(), Duration.ofSeconds(3))).willReturn(order);

        mvc.perform(as(MEMBER, get("/api/v1/orders/" + order.id() + "?wait=3")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.subtotal").value(5_000))
                .andExpect(jsonPath("$.discount").value(0))
                .andExpect(jsonPath("$.paidAmount").value(5_000))
                .andExpect(jsonPath("$.completedAt").value("2026-11-25T10:00:02Z"))
                .andExpect(jsonPath("$.reason").doesNotExist());
        verifyNoInteractions(getOrder);
    }

    @Test
    void waiting_for_an_unknown_or_another_members_order_is_404() throws Exception {
        willThrow(new OrderNotFoundException()).given(awaitOrder).awaitSettled(eq(MEMBER), any(), any());

        mvc.perform(as(MEMBER, get("/api/v1/orders/" + UUID.randomUUID() + "?wait=1")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ORDER_NOT_FOUND"));
    }

    @ParameterizedTest
    @CsvSource({"wait=-1,VALIDATION_FAILED", "wait=4,VALIDATION_FAILED", "wait=2147483648,INVALID_PARAMETER",
            "wait=1.5,INVALID_PARAMETER", "wait=abc,INVALID_PARAMETER"})
    void a_bad_wait_is_a_400_and_nothing_is_read(String query, String code) throws Exception {
        mvc.perform(as(MEMBER, get("/api/v1/orders/" + UUID.randomUUID() + "?" + query)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(code));
        verifyNoInteractions(getOrder, awaitOrder);
    }

    @Test
    void a_cancelled_order_answers_200_and_a_refused_cancellation_409() throws Exception {
        var cancelled = anOrder().by(MEMBER).cancelled().build();
        var pending = anOrder().by(MEMBER).build();
        given(cancelOrder.cancel(MEMBER, cancelled.id())).willReturn(cancelled)
                .willThrow(new OrderNotCancellableException("Only a completed order can be cancelled."));
        given(cancelOrder.cancel(MEMBER, pending.id()))
                .willThrow(new OrderNotCancellableException("Only a completed order can be cancelled."));

        mvc.perform(as(MEMBER, post("/api/v1/orders/" + cancelled.id() + "/cancel")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(cancelled.id().toString()))
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.paidAmount").value(5_000))
                .andExpect(jsonPath("$.completedAt").value("2026-11-25T10:00:00Z"))
                .andExpect(jsonPath("$.cancelledAt").value("2026-11-25T10:00:00Z"));
        mvc.perform(as(MEMBER, post("/api/v1/orders/" + pending.id() + "/cancel")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ORDER_NOT_CANCELLABLE"));
        mvc.perform(as(MEMBER, post("/api/v1/orders/" + cancelled.id() + "/cancel")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ORDER_NOT_CANCELLABLE"));
        // cancelled for the member of the token; whether an order may be cancelled is the order's rule (OrderTest)
        verify(cancelOrder, times(2)).cancel(MEMBER, cancelled.id());
        verify(cancelOrder).cancel(MEMBER, pending.id());
    }

    @Test
    void the_page_asked_for_reaches_the_query_and_the_answer_is_that_page_with_its_totals() throws Exception {
        var member = "lister-" + UUID.randomUUID();
        var newer = anOrder().by(member).withLines(OrderLine.of(1, 3)).placedAt(NOW.plusSeconds(2)).build();
        var older = anOrder().by(member).withLines(OrderLine.of(1, 2)).placedAt(NOW.plusSeconds(1)).build();
        // the second page of two out of five, as the query answers it; asked for anything else it has no answer
        given(listOrders.ordersOf(member, PageRequest.of(1, 2)))
                .willReturn(new Page<>(List.of(newer, older), PageRequest.of(1, 2), 5));

        mvc.perform(as(member, get("/api/v1/orders?page=1&size=2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalElements").value(5))
                .andExpect(jsonPath("$.totalPages").value(3))
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].id").value(newer.id().toString()))
                .andExpect(jsonPath("$.content[0].lines[0].quantity").value(3))
                .andExpect(jsonPath("$.content[0].createdAt").value("2026-11-25T10:00:02Z"))
                .andExpect(jsonPath("$.content[1].id").value(older.id().toString()));
        verify(listOrders).ordersOf(member, PageRequest.of(1, 2));
    }

    @Test
    void without_paging_the_first_page_of_the_default_size_is_asked_for() throws Exception {
        var first = PageRequest.of(0, PageRequest.DEFAULT_SIZE);
        given(listOrders.ordersOf(MEMBER, first)).willReturn(new Page<>(List.of(), first, 0));

        mvc.perform(as(MEMBER, get("/api/v1/orders")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(PageRequest.DEFAULT_SIZE))
                .andExpect(jsonPath("$.totalElements").value(0))
                .andExpect(jsonPath("$.totalPages").value(0))
                .andExpect(jsonPath("$.content.length()").value(0));
        verify(listOrders).ordersOf(MEMBER, first);
    }

    @Test
    void the_last_page_and_the_largest_size_are_asked_for_as_they_are() throws Exception {
        var last = PageRequest.of(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE);
        given(listOrders.ordersOf(MEMBER, last)).willReturn(new Page<>(List.of(), last, 3));

        mvc.perform(as(MEMBER, get("/api/v1/orders?page=" + PageRequest.MAX_PAGE + "&size=" + PageRequest.MAX_SIZE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(PageRequest.MAX_PAGE))
                .andExpect(jsonPath("$.totalElements").value(3));
        verify(listOrders).ordersOf(MEMBER, last);
    }

    @ParameterizedTest
    @CsvSource({"page=-1,VALIDATION_FAILED", "page=100001,VALIDATION_FAILED", "size=0,VALIDATION_FAILED",
            "size=101,VALIDATION_FAILED", "page=abc,INVALID_PARAMETER", "size=1e3,INVALID_PARAMETER"})
    void bad_paging_is_a_400(String query, String code) throws Exception {
        mvc.perform(as(MEMBER, get("/api/v1/orders?" + query)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(code));
        verifyNoInteractions(listOrders);
    }

    @Test
    void a_wrong_method_is_a_405_problem() throws Exception {
        mvc.perform(as(MEMBER, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/orders/" + UUID.randomUUID())))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
    }
}
