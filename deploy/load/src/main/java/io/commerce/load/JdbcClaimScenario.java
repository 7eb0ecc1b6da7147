package io.commerce.load;

import java.util.List;

/**
 * The raw PostgreSQL rate of a coupon claim ({@link JdbcClaimLoop}), and the rush's rates as a share of it: how much
 * of what the database can do the service path delivers.
 */
final class JdbcClaimScenario implements Scenario {

    private final CouponRushScenario rush;

    JdbcClaimScenario(CouponRushScenario rush) {
        this.rush = rush;
    }

    @Override
    public String phase() {
        return "jdbc loop";
    }

    @Override
    public Outcome drive(SeededSuite suite) {
        var postgres = suite.suite().postgres();
        JdbcClaimLoop.Result loop;
        try {
            loop = JdbcClaimLoop.run(suite.db().url("coupon"), postgres.username(), postgres.password(),
                    suite.settings().couponPool(), suite.profile().jdbcClaims());
        } catch (Exception e) {
            throw new IllegalStateException("The raw JDBC claim loop failed", e);
        }
        return phase -> judge(loop);
    }

    private ScenarioResult judge(JdbcClaimLoop.Result loop) {
        var row = new Row("raw JDBC claim loop", "insert issued_coupon + update counter, 1 tx", loop.perSecond(),
                "claims/s", Math.round(loop.p50Micros() / 1000.0), Math.round(loop.p95Micros() / 1000.0),
                Math.round(loop.p99Micros() / 1000.0), loop.claims() - loop.issued(),
                loop.threads() + " threads (coupon-service pool), " + loop.claims() + " claims");
        var rates = rush.rates();
        var figures = Figures.none()
                .rate("rawJdbcClaimsPerSecond", loop.perSecond())
                .ratio("claimsToRawJdbc", rates.claimsPerSecond() / loop.perSecond())
                .ratio("issuedToRawJdbc", rates.issuedPerSecond() / loop.perSecond());
        return new ScenarioResult(List.of(row), List.of(), figures, List.of(), List.of(), List.of());
    }
}
