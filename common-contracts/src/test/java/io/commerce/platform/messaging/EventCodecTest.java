package io.commerce.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.OrderFailureReason;
import io.commerce.contracts.event.order.OrderPlaced;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.contracts.event.product.StockRejected;
import io.commerce.contracts.event.product.StockRejectionReason;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();
    private final UUID order = UUID.randomUUID();

    @Test
    void an_envelope_survives_the_round_trip() {
        var envelope = EventEnvelope.of(new PaymentRequested(order, "m", 1_000), UUID.randomUUID(), Instant.now());

        assertThat(codec.decode(codec.encode(envelope))).isEqualTo(envelope);
    }

    @Test
    void a_field_added_by_a_newer_publisher_is_ignored() {
        var json = envelope("PaymentRequested",
                "{\"orderId\":\"" + order + "\",\"userId\":\"m\",\"amount\":5,\"currency\":\"KRW\"}");

        assertThat(codec.decode(json).payload()).isEqualTo(new PaymentRequested(order, "m", 5));
    }

    @Test
    void an_optional_field_an_older_publisher_did_not_send_is_null() {
        var json = envelope("OrderPlaced",
                "{\"orderId\":\"" + order + "\",\"userId\":\"m\",\"lines\":[{\"productId\":1,\"quantity\":2}]}");

        assertThat(((OrderPlaced) codec.decode(json).payload()).couponId()).isNull();
    }

    @Test
    void an_event_type_this_build_does_not_know_is_passed_on_as_unrecognized() {
        var decoded = codec.decode(envelope("SomethingNew", "{\"x\":1}"));

        assertThat(decoded.payload()).isEqualTo(new UnrecognizedEvent("SomethingNew", order.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"orderId\":\"ORDER\",\"userId\":\"m\",\"amount\":-1}",
            "{\"orderId\":\"ORDER\",\"userId\":\"\",\"amount\":1}",
            "{\"orderId\":\"not-a-uuid\",\"userId\":\"m\",\"amount\":1}",
            "{\"orderId\":\"ORDER\",\"userId\":\"m\",\"amount\":null}",
            "{\"orderId\":\"ORDER\",\"userId\":\"m\",\"amount\":\"ten\"}",
            "{\"userId\":\"m\",\"amount\":1}"})
    void an_event_that_breaks_its_own_rules_is_malformed(String payload) {
        var json = envelope("PaymentRequested", payload.replace("ORDER", order.toString()));

        assertThatThrownBy(() -> codec.decode(json)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void an_envelope_whose_payload_comes_before_its_type_still_decodes() {
        var json = """
                {"payload":{"orderId":"%s","userId":"m","amount":5},"key":"%s","occurredAt":"2026-11-25T00:00:00Z",
                 "version":1,"type":"PaymentRequested","eventId":"%s"}""".formatted(order, order, UUID.randomUUID());

        assertThat(codec.decode(json).payload()).isEqualTo(new PaymentRequested(order, "m", 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", " {\"more\":1}", " x"})
    void anything_after_the_envelope_makes_it_malformed(String trailing) {
        var json = envelope("PaymentRequested", "{\"orderId\":\"" + order + "\",\"userId\":\"m\",\"amount\":5}")
                + trailing;

        assertThatThrownBy(() -> codec.decode(json)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void a_reason_a_newer_publisher_added_is_read_as_unrecognized() {
        var json = envelope("StockRejected",
                "{\"orderId\":\"" + order + "\",\"reason\":\"WAREHOUSE_CLOSED\",\"productId\":7}");

        assertThat(codec.decode(json).payload())
                .isEqualTo(new StockRejected(order, StockRejectionReason.UNRECOGNIZED, 7L));
    }

    @Test
    void a_known_reason_is_read_as_itself() {
        var json = envelope("OrderFailed",
                "{\"orderId\":\"" + order + "\",\"userId\":\"m\",\"reason\":\"CANCELLED\"}");

        assertThat(codec.decode(json).payload()).isEqualTo(new OrderFailed(order, "m", OrderFailureReason.CANCELLED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ",\"reason\":null", ",\"reason\":7", ",\"reason\":[\"OUT_OF_STOCK\"]"})
    void a_missing_or_non_text_reason_is_still_malformed(String reason) {
        var json = envelope("StockRejected", "{\"orderId\":\"" + order + "\"" + reason + "}");

        assertThatThrownBy(() -> codec.decode(json)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void an_unknown_discount_kind_is_malformed_since_nobody_could_compute_it() {
        var json = envelope("CouponApplied", "{\"orderId\":\"" + order
                + "\",\"couponId\":1,\"discount\":{\"kind\":\"BOGO\",\"value\":1}}");

        assertThatThrownBy(() -> codec.decode(json)).isInstanceOf(MalformedEventException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[]", "{}", "not json", "{\"type\":\"PaymentRequested\"}"})
    void anything_that_is_not_an_envelope_is_malformed(String text) {
        assertThatThrownBy(() -> codec.decode(text)).isInstanceOf(MalformedEventException.class);
    }

    private String envelope(String type, String payload) {
        return """
                {"eventId":"%s","type":"%s","version":1,"occurredAt":"2026-11-25T00:00:00Z","key":"%s","payload":%s}"""
                .formatted(UUID.randomUUID(), type, order, payload);
    }
}
