package io.commerce.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Coupon rush: every member of the file (each a distinct member, each once) claims the same campaign, all of
 * them arriving within {@code load.rush.arrival-ms} (open model). 201 and 409 {@code COUPON_SOLD_OUT} are the
 * expected answers; a 503 (the gateway's queue full, {@code SERVICE_BUSY}) is claimed again after its
 * {@code Retry-After}, as a careful client does ("claim coupon again"); anything else is a KO. The group {@value #GROUP}
 * is what a member sees.
 *
 * <p>Input: {@code load.gateway}, {@code load.members} (CSV memberId,token), {@code load.campaign},
 * {@code load.users}, {@code load.rush.arrival-ms}.
 */
public class CouponRushSimulation extends Simulation {

    private final HttpProtocolBuilder protocol = http.baseUrl(LoadInput.string("gateway"))
            .acceptHeader("application/json")
            .shareConnections();

    /**
     * When the first claim of the last run was sent (epoch ms; 0 before): the start of the rush's first-come order,
     * which the 1,000th coupon's {@code issued_at} is measured from. The simulation runs in the benchmark's JVM.
     */
    public static final AtomicLong FIRST_ARRIVAL_MILLIS = new AtomicLong();

    /** From a member's first claim to its answer, 201 or 409, the waits its Retry-After asked for included. */
    public static final String GROUP = "claim until answered";

    private final ScenarioBuilder rush = scenario("coupon rush")
            .feed(listFeeder(LoadInput.csv("members")).queue())
            .exec(session -> {
                FIRST_ARRIVAL_MILLIS.compareAndSet(0, System.currentTimeMillis());
                return session;
            })
            .group(GROUP).on(
                    exec(claim("claim coupon")),
                    asLongAs(session -> !session.isFailed() && session.getInt("claimStatus") == 503).on(
                            pause(session -> Duration.ofSeconds(Long.parseLong(session.getString("retryAfter")))),
                            exec(claim("claim coupon again"))));

    private static HttpRequestActionBuilder claim(String name) {
        return http(name)
                .post("/api/v1/coupons/campaigns/" + LoadInput.string("campaign") + "/issue")
                .header("Authorization", "Bearer #{token}")
                .body(StringBody(""))
                .check(status().in(201, 409, 503).saveAs("claimStatus"),
                        header("Retry-After").withDefault("1").saveAs("retryAfter"))
                .checkIf((response, session) -> response.status().code() == 409)
                .then(jmesPath("code").is("COUPON_SOLD_OUT"))
                .checkIf((response, session) -> response.status().code() == 503)
                .then(jmesPath("code").is("SERVICE_BUSY"));
    }

    {
        FIRST_ARRIVAL_MILLIS.set(0);
        setUp(rush.injectOpen(rampUsers(LoadInput.integer("users"))
                .during(Duration.ofMillis(LoadInput.integer("rush.arrival-ms")))))
                .protocols(protocol);
    }
}
