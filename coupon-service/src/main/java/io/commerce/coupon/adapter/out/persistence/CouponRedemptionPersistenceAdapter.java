package io.commerce.coupon.adapter.out.persistence;

import io.commerce.coupon.application.port.out.CouponRedemptionRepository;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The order's decision row: its primary key (order_id) is what makes a second decision impossible. */
@Component
class CouponRedemptionPersistenceAdapter implements CouponRedemptionRepository {

    private final JdbcClient jdbc;

    CouponRedemptionPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean startIfFirst(UUID orderId, long couponId, Instant at) {
        return jdbc.sql("""
                        insert into coupon_redemption (order_id, coupon_id, outcome, decided_at)
                        values (?, ?, 'PENDING', ?)
                        on conflict (order_id) do nothing""")
                .params(orderId, couponId, utc(at))
                .update() == 1;
    }

    @Override
    public void decide(UUID orderId, Outcome outcome, String reason) {
        jdbc.sql("update coupon_redemption set outcome = ?, reason = ? where order_id = ?")
                .params(outcome.name(), new SqlParameterValue(Types.VARCHAR, reason), orderId)
                .update();
    }

    @Override
    public Optional<Redemption> findByOrderForUpdate(UUID orderId) {
        return jdbc.sql("select order_id, coupon_id, outcome from coupon_redemption where order_id = ? for update")
                .param(orderId)
                .query((rs, row) -> new Redemption(rs.getObject("order_id", UUID.class), rs.getLong("coupon_id"),
                        Outcome.valueOf(rs.getString("outcome"))))
                .optional();
    }

    @Override
    public void markRestored(UUID orderId, Instant at) {
        jdbc.sql("update coupon_redemption set outcome = 'RESTORED', restored_at = ? where order_id = ?")
                .params(utc(at), orderId)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
