package io.commerce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.localstack.suite.Suite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * With {@code SUITE_REPLICAS} (the build runs this module with two instances of every service), the gateway spreads
 * the requests of one route over a service's instances, and every instance serves some; with one instance each,
 * the one serves them all. Read from each instance's own request counter.
 */
class ReplicasEndToEndTest {

    private static final Pattern ORDER_REQUESTS = Pattern.compile(
            "http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/orders[^\"]*\"[^}]*} ([0-9.E]+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final World world = new World();

    @Test
    void orders_placed_and_followed_through_the_gateway_reach_every_instance_of_order_service() throws Exception {
        var suite = RunningSuite.get();
        var product = world.product(1_000, 100);
        var member = world.memberWith(100_000);
        var instances = suite.instancesOf("order-service");
        var before = instances.stream().mapToDouble(ReplicasEndToEndTest::orderRequests).toArray();

        for (int i = 0; i < 6; i++) {
            member.awaitFinal(member.order(product, 1));
        }

        assertThat(instances).hasSize(suite.replicas().of("order-service"));
        for (int i = 0; i < instances.size(); i++) {
            // round robin over placements and reads alike: counted together, since one of each per order could
            // send every placement to one instance and every read to the other
            assertThat(orderRequests(instances.get(i))).as(instances.get(i).name() + " served order requests")
                    .isGreaterThan(before[i]);
        }
        assertThat(Suite.SERVICES).allSatisfy(service ->
                assertThat(suite.instancesOf(service)).allSatisfy(p -> assertThat(p.isAlive()).isTrue()));
    }

    private static double orderRequests(io.commerce.localstack.suite.ServiceProcess instance) {
        try {
            var body = HTTP.send(HttpRequest.newBuilder(URI.create(instance.managementUrl() + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            var matcher = ORDER_REQUESTS.matcher(body);
            double total = 0;
            while (matcher.find()) {
                total += Double.parseDouble(matcher.group(1));
            }
            return total;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
