package io.commerce.coupon.it;

import static io.commerce.coupon.it.Campaigns.openCampaign;
import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.contracts.event.coupon.AppliedDiscount;
import io.commerce.contracts.event.coupon.CouponApplied;
import io.commerce.contracts.event.coupon.CouponRejected;
import io.commerce.contracts.event.coupon.CouponRejectionReason;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.OrderFailureReason;
import io.commerce.contracts.event.order.OrderLine;
import io.commerce.contracts.event.order.OrderPlaced;
import io.commerce.contracts.pricing.Discount;
import io.commerce.coupon.application.port.in.CreateCampaignUseCase;
import io.commerce.coupon.application.port.in.IssueCouponUseCase;
import io.commerce.coupon.application.port.in.IssueCouponUseCase.IssueCouponCommand;
import io.commerce.localstack.LocalStackTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** The coupon step of the order saga and its compensation, over the real broker and database. */
@LocalStackTest
class OrderEventsSagaTest {

    @Autowired
    CreateCampaignUseCase createCampaign;

    @Autowired
    IssueCouponUseCase issueCoupon;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private SagaProbe saga;
    private final String member = "member-" + UUID.randomUUID();

    @BeforeEach
    void connect() {
        saga = new SagaProbe(bootstrapServers, jdbc);
    }

    @AfterEach
    void disconnect() {
        saga.close();
    }

    @Test
    void an_order_with_the_members_valid_coupon_uses_it_and_announces_the_discount_rule() throws Exception {
        long couponId = couponFor(member, Discount.percentage(10, 5_000L));
        var order = UUID.randomUUID();

        var event = saga.send(placed(order, member, couponId));
        saga.awaitHandled(order, event);

        assertThat(saga.couponEventsFor(order)).containsExactly(new CouponApplied(order, couponId,
                new AppliedDiscount(AppliedDiscount.Kind.PERCENTAGE, 10, 5_000L)));
        assertThat(usedBy(couponId)).isEqualTo(order);
    }

    @Test
    void a_duplicated_order_placed_uses_nothing_more_and_announces_nothing_more() throws Exception {
        long couponId = couponFor(member, Discount.fixed(2_000));
        long otherCoupon = couponFor(member, Discount.fixed(9_000));
        var order = UUID.randomUUID();

        var first = saga.send(placed(order, member, couponId));
        var again = saga.send(placed(order, member, couponId));
        var otherCouponSameOrder = saga.send(placed(order, member, otherCoupon));
        saga.awaitHandled(order, first, again, otherCouponSameOrder);

        assertThat(saga.couponEventsFor(order)).containsExactly(
                new CouponApplied(order, couponId, new AppliedDiscount(AppliedDiscount.Kind.FIXED, 2_000, null)));
        assertThat(usedBy(couponId)).isEqualTo(order);
        assertThat(usedBy(otherCoupon)).isNull();
    }

    @Test
    void two_orders_racing_for_one_coupon_exactly_one_gets_it() throws Exception {
        long couponId = couponFor(member, Discount.fixed(1_000));
        var orderA = UUID.randomUUID();
        var orderB = UUID.randomUUID();

        var a = saga.send(placed(orderA, member, couponId));
        var b = saga.send(placed(orderB, member, couponId));
        saga.awaitHandled(orderA, a);
        saga.awaitHandled(orderB, b);

        var events = new java.util.ArrayList<>(saga.couponEventsFor(orderA));
        events.addAll(saga.couponEventsFor(orderB));
        assertThat(events).hasSize(2);
        assertThat(events).filteredOn(CouponApplied.class::isInstance).hasSize(1);
        assertThat(events).filteredOn(CouponRejected.class::isInstance).singleElement()
                .extracting("reason").isEqualTo(CouponRejectionReason.COUPON_ALREADY_USED);
        var winner = ((CouponApplied) events.stream().filter(CouponApplied.class::isInstance).findFirst().orElseThrow())
                .orderId();
        assertThat(usedBy(couponId)).isEqualTo(winner);
    }

    @Test
    void a_failed_order_restores_its_coupon_once() throws Exception {
        long couponId = couponFor(member, Discount.fixed(1_000));
        var failing = UUID.randomUUID();
        var next = UUID.randomUUID();

        var placedEvent = saga.send(placed(failing, member, couponId));
        var failed = saga.send(new OrderFailed(failing, member, OrderFailureReason.OUT_OF_STOCK));
        saga.awaitHandled(failing, placedEvent, failed);
        assertThat(usedBy(couponId)).isNull();

        var nextPlaced = saga.send(placed(next, member, couponId));
        saga.awaitHandled(next, nextPlaced);
        var failedAgain = saga.send(new OrderFailed(failing, member, OrderFailureReason.OUT_OF_STOCK));
        var replayedPlaced = saga.send(placed(failing, member, couponId));
        saga.awaitHandled(failing, failedAgain, replayedPlaced);

        assertThat(usedBy(couponId)).isEqualTo(next);
        assertThat(saga.couponEventsFor(failing)).hasSize(1);
        assertThat(saga.couponEventsFor(next)).singleElement().isInstanceOf(CouponApplied.class);
    }

    @Test
    void another_members_coupon_is_rejected_as_not_owned_and_stays_unused() throws Exception {
        long couponId = couponFor(member, Discount.fixed(1_000));
        var order = UUID.randomUUID();

        var event = saga.send(placed(order, "someone-else-" + UUID.randomUUID(), couponId));
        saga.awaitHandled(order, event);

        assertThat(saga.couponEventsFor(order)).containsExactly(new CouponRejected(order, couponId, CouponRejectionReason.COUPON_NOT_OWNED));
        assertThat(usedBy(couponId)).isNull();
    }

    @Test
    void an_expired_coupon_is_rejected_as_expired() throws Exception {
        long couponId = couponFor(member, Discount.fixed(1_000));
        jdbc.update("update issued_coupon set expires_at = now() - interval '1 minute' where id = ?", couponId);
        var order = UUID.randomUUID();

        var event = saga.send(placed(order, member, couponId));
        saga.awaitHandled(order, event);

        assertThat(saga.couponEventsFor(order)).containsExactly(new CouponRejected(order, couponId, CouponRejectionReason.COUPON_EXPIRED));
        assertThat(usedBy(couponId)).isNull();
    }

    @Test
    void an_unknown_coupon_is_rejected_as_not_found() throws Exception {
        var order = UUID.randomUUID();

        var event = saga.send(placed(order, member, Long.MAX_VALUE));
        saga.awaitHandled(order, event);

        assertThat(saga.couponEventsFor(order))
                .containsExactly(new CouponRejected(order, Long.MAX_VALUE, CouponRejectionReason.COUPON_NOT_FOUND));
    }

    @Test
    void an_order_without_a_coupon_is_none_of_our_business() throws Exception {
        var order = UUID.randomUUID();

        var event = saga.send(new OrderPlaced(order, member, List.of(new OrderLine(1, 1)), null));
        // same key, so handled after the OrderPlaced: restoring a coupon the order never used changes nothing
        var marker = saga.send(new OrderFailed(order, member, OrderFailureReason.OUT_OF_STOCK));
        saga.awaitHandled(order, marker);

        assertThat(jdbc.queryForObject("select count(*) from processed_event where event_id = ?", Integer.class,
                event)).as("skipped before any transaction").isZero();
        assertThat(saga.couponEventsFor(order)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from coupon_redemption where order_id = ?", Integer.class, order))
                .isZero();
    }

    @Test
    void a_malformed_record_goes_to_the_dead_letter_topic_and_changes_nothing() throws Exception {
        var garbageKey = UUID.randomUUID().toString();
        saga.sendRaw(io.commerce.contracts.event.Topics.ORDER_EVENTS, garbageKey,
                "{not an envelope".getBytes(StandardCharsets.UTF_8));
        // well-formed envelope, but the OrderPlaced inside breaks its own rules (no userId, no lines)
        var badOrder = UUID.randomUUID();
        var invalidPayload = """
                {"eventId":"%s","type":"OrderPlaced","version":1,"occurredAt":"2026-03-01T10:00:00Z","key":"%s",
                 "payload":{"orderId":"%s","lines":[],"couponId":1}}""".formatted(UUID.randomUUID(), badOrder, badOrder);
        saga.sendRaw(io.commerce.contracts.event.Topics.ORDER_EVENTS, badOrder.toString(),
                invalidPayload.getBytes(StandardCharsets.UTF_8));

        assertThat(new String(saga.awaitDeadLetter(garbageKey), StandardCharsets.UTF_8)).isEqualTo("{not an envelope");
        assertThat(new String(saga.awaitDeadLetter(badOrder.toString()), StandardCharsets.UTF_8))
                .contains(badOrder.toString());
        assertThat(jdbc.queryForObject("select count(*) from coupon_redemption where order_id = ?", Integer.class,
                badOrder)).isZero();
    }

    private long couponFor(String memberId, Discount discount) {
        long campaignId = openCampaign(createCampaign, 5, discount).id();
        return issueCoupon.issue(new IssueCouponCommand(campaignId, memberId)).id();
    }

    private static OrderPlaced placed(UUID order, String memberId, long couponId) {
        return new OrderPlaced(order, memberId, List.of(new OrderLine(1, 2)), couponId);
    }

    private UUID usedBy(long couponId) {
        return jdbc.queryForObject("select used_by_order from issued_coupon where id = ?", UUID.class, couponId);
    }
}
