package io.commerce.load;

import static io.commerce.load.ReportTable.figure;

import io.commerce.load.simulations.CouponRushSimulation;
import java.nio.file.Path;
import java.util.List;

/**
 * The coupon rush: N distinct members claim one campaign of K coupons, each once, all arriving within the profile's
 * window. Exactly K must be issued, one per member, and every member answered with a coupon or
 * {@code COUPON_SOLD_OUT}.
 */
final class CouponRushScenario implements Scenario {

    private static final String NAME = "coupon rush";
    /** The rush's p99 goal, which also sets the rate its capacity line asks for. */
    private static final int P99_GOAL_MS = 300;
    /** The K-th (1,000th) coupon's goal, from the first claim sent to its issued_at. */
    private static final int LAST_COUPON_GOAL_MS = 1500;
    private static final int WARM_UP_CLAIMS = 3000;
    private static final int CLAIMS_GOAL = 1500;
    private static final double CLAIM_CPU_GOAL_MS = 1.2;

    private long campaign;
    private Path members;
    private Rates rates;

    /** What the raw JDBC claim loop is compared with: answered claims and issued coupons per second. */
    record Rates(double claimsPerSecond, double issuedPerSecond) {
    }

    @Override
    public String phase() {
        return NAME;
    }

    @Override
    public void seed(SeededSuite suite) {
        campaign = suite.seeder().campaign("Load rush", suite.profile().rushCoupons());
        members = suite.membersFile("members-rush.csv", suite.profile().rushUsers());
    }

    @Override
    public void warmUp(SeededSuite suite) {
        long warmUpCampaign = suite.seeder().campaign("Load warm-up", 100);
        var warm = Seeder.writeMembers(suite.out().resolve("members-warm-up.csv"),
                suite.seeder().members("load-warm", WARM_UP_CLAIMS));
        // gentle (200 claims/s): a warm-up that overloads a cold JVM opens the gateway's circuit breakers; long enough
        // for C2 to compile the claim path, which otherwise answers the rush slower than C1 would
        suite.gatling().run(CouponRushSimulation.class, "warm-up", suite.input("members", warm,
                "campaign", warmUpCampaign, "users", WARM_UP_CLAIMS, "rush.arrival-ms", WARM_UP_CLAIMS * 5));
    }

    @Override
    public Outcome drive(SeededSuite suite) {
        var profile = suite.profile();
        suite.settle();
        long cpuBefore = suite.cpuMillis();
        var report = suite.gatling().run(CouponRushSimulation.class, NAME + " " + profile.name(),
                suite.input("members", members, "campaign", campaign, "users", profile.rushUsers(),
                        "rush.arrival-ms", profile.rushArrivalMs()));
        long cpu = suite.cpuMillis() - cpuBefore;
        long firstArrival = CouponRushSimulation.FIRST_ARRIVAL_MILLIS.get();
        return phase -> judge(suite, report, phase, cpu, firstArrival);
    }

    /** The rush's rates, once it has been judged. */
    Rates rates() {
        if (rates == null) {
            throw new IllegalStateException("The coupon rush has not run yet");
        }
        return rates;
    }

    /** The rate the p99 goal asks for: all N claims answered within the arrival window plus the goal. */
    static double claimsPerSecondForP99(Profile profile) {
        return profile.rushUsers() / ((profile.rushArrivalMs() + P99_GOAL_MS) / 1000.0);
    }

    private ScenarioResult judge(SeededSuite suite, GatlingReport report, PhaseCpu phase, long cpu,
            long firstArrivalMillis) {
        var profile = suite.profile();
        var db = suite.db();
        var claims = report.get(CouponRushSimulation.GROUP);
        long refusedBusy = report.getOrEmpty("claim coupon again").total();
        long issued = db.number("coupon", "select count(*) from issued_coupon where campaign_id = ?", campaign);
        double issueSpan = db.decimal("coupon",
                "select extract(epoch from max(issued_at) - min(issued_at)) from issued_coupon where campaign_id = ?",
                campaign);
        double issuedPerSecond = issueSpan > 0 ? issued / issueSpan : Double.NaN;
        // the K-th coupon is the last one issued: first come, first served, it went to the K-th claim to arrive
        double lastIssuedMillis = db.decimal("coupon",
                "select extract(epoch from max(issued_at)) * 1000 from issued_coupon where campaign_id = ?", campaign);
        double lastAfterFirstArrival = firstArrivalMillis == 0 ? Double.NaN : lastIssuedMillis - firstArrivalMillis;
        double claimCpuMs = claims.total() == 0 ? Double.NaN : (double) cpu / claims.total();
        rates = new Rates(claims.rps(), issuedPerSecond);

        var rows = List.of(
                new Row(NAME, "POST /coupons/campaigns/{id}/issue", claims.rps(), "claims/s", claims.p50(),
                        claims.p95(), claims.p99(), claims.ko(), profile.rushUsers() + " members, "
                        + profile.rushCoupons() + " coupons, arrivals within " + profile.rushArrivalMs() + " ms; "
                        + refusedBusy + " claims sent again after a 503 SERVICE_BUSY"),
                new Row(NAME, "coupons issued (DB issued_at span)", issuedPerSecond, "issued/s", -1, -1, -1, 0,
                        issued + " issued in " + figure(issueSpan * 1000) + " ms, the last "
                        + figure(lastAfterFirstArrival) + " ms after the first claim was sent"));
        var checks = List.of(
                Check.equal(NAME, "exactly K coupons issued", (long) profile.rushCoupons(), issued),
                Check.equal(NAME, "campaign counter equals K", (long) profile.rushCoupons(),
                        db.number("coupon", "select issued_count from coupon_campaign where id = ?", campaign)),
                Check.equal(NAME, "one coupon per member", issued, db.number("coupon",
                        "select count(distinct member_id) from issued_coupon where campaign_id = ?", campaign)),
                Check.equal(NAME, "every member answered", (long) profile.rushUsers(), claims.total()),
                Check.equal(NAME, "no errors but COUPON_SOLD_OUT", 0L, claims.ko()));
        boolean judged = suite.settings().judgesTargets();
        var targets = List.of(
                new Target("coupon rush: exactly K issued", "= " + profile.rushCoupons(), String.valueOf(issued),
                        issued == profile.rushCoupons(), true),
                new Target("coupon rush: errors other than COUPON_SOLD_OUT", "0", String.valueOf(claims.ko()),
                        claims.ko() == 0, true),
                new Target("coupon rush: claims/s", "≥ " + CLAIMS_GOAL, figure(claims.rps()),
                        claims.rps() >= CLAIMS_GOAL, judged),
                new Target("coupon rush: CPU ms per answered claim", "≤ " + CLAIM_CPU_GOAL_MS,
                        ReportTable.decimals(claimCpuMs), claimCpuMs <= CLAIM_CPU_GOAL_MS, judged),
                new Target("coupon rush: p99", "≤ " + P99_GOAL_MS + " ms", claims.p99() + " ms",
                        claims.p99() <= P99_GOAL_MS, judged),
                new Target("coupon rush: K-th coupon after the first arrival", "≤ " + LAST_COUPON_GOAL_MS + " ms",
                        figure(lastAfterFirstArrival) + " ms", lastAfterFirstArrival <= LAST_COUPON_GOAL_MS, judged));
        var capacity = List.of(
                Capacity.of("coupon rush: p99 ≤ " + P99_GOAL_MS + " ms", "answered claim", phase, claims.total(),
                        claimsPerSecondForP99(profile)),
                Capacity.of("coupon rush: ≥ " + CLAIMS_GOAL + " claims/s", "answered claim", phase, claims.total(),
                        CLAIMS_GOAL));
        var figures = Figures.none()
                .cost("claimCpuMs", claimCpuMs)
                .rate("claimsAnsweredPerSecond", claims.rps())
                .ratio("claimsSentAgainPerMember", (double) refusedBusy / profile.rushUsers())
                .rate("couponsIssuedPerSecond", issuedPerSecond)
                .latency("rushLastCouponAfterFirstArrival", lastAfterFirstArrival);
        return new ScenarioResult(rows, checks, figures, targets, capacity,
                List.of(report.folder().toString()));
    }
}
