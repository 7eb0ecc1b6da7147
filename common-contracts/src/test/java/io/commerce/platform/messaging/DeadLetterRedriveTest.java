package io.commerce.platform.messaging;

import static io.commerce.platform.testapp.PlatformTestApplication.PAYMENT_REQUESTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.localstack.DevTokens;
import io.commerce.platform.testapp.Api;
import io.commerce.platform.testapp.Api.Answer;
import io.commerce.platform.testapp.Broker;
import io.commerce.platform.testapp.PaymentFaults;
import io.commerce.platform.testapp.PlatformTest;
import io.commerce.platform.testapp.Tallies;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operator's redrive: once the cause of a dead letter is fixed, {@code POST /actuator/deadletters/{topic}}
 * (ADMIN only, on the management port alone) sends the topic's dead letters back, they are handled, and handled once however often they come.
 * The test application's own topic keeps other tests' dead letters out of the count.
 */
@PlatformTest
class DeadLetterRedriveTest {

    @Autowired
    Tallies tallies;

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String REDRIVE = "/actuator/deadletters/" + PAYMENT_REQUESTS;

    @Autowired
    Broker broker;

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    PaymentFaults faults;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_redrives_a_dead_letter_once_its_cause_is_fixed_and_it_is_handled_once() {
        var api = new Api(managementPort);
        var member = "member-" + UUID.randomUUID();
        var order = UUID.randomUUID();
        faults.failFor(member);
        // an unsampled trace: the listener passes it on without a span of its own
        var traceparent = "00-" + UUID.randomUUID().toString().replace("-", "") + "-00f067aa0ba902b7-00";
        var request = broker.send(PAYMENT_REQUESTS, new PaymentRequested(order, member, 2_500),
                Map.of("traceparent", traceparent));
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(broker.recordsWithKey(Topics.deadLetterOf(PAYMENT_REQUESTS), order.toString())).hasSize(1));
        assertThat(tallies.orZero(member)).isZero();
        faults.heal(member);

        var onApiPort = redrive(new Api(port), DevTokens.shared().adminToken("operator"));
        var asNobody = redrive(api, null);
        var asMember = redrive(api, DevTokens.shared().memberToken(member));
        assertThat(tallies.orZero(member)).as("neither moved anything").isZero();
        var asAdmin = redrive(api, DevTokens.shared().adminToken("operator"));

        assertThat(onApiPort.status()).as("the API port has no actuator").isEqualTo(404);
        assertThat(asNobody.status()).isEqualTo(401);
        assertThat(asMember.status()).isEqualTo(403);
        assertThat(asMember.code()).isEqualTo("FORBIDDEN");
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asAdmin.json().get("topic").asString()).isEqualTo(PAYMENT_REQUESTS);
        assertThat(asAdmin.json().get("redriven").asInt()).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> tallies.orZero(member) == 2_500);

        // sent back as it first came: its trace context on, nothing of its failure
        var redriven = broker.recordsWithKey(PAYMENT_REQUESTS, order.toString()).getLast();
        assertThat(new String(redriven.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                .isEqualTo(traceparent);
        assertThat(redriven.headers()).noneMatch(header -> header.key().startsWith("kafka_dlt-"));

        // a second redrive moves nothing: the redriver's group remembers how far it got
        assertThat(redrive(api, DevTokens.shared().adminToken("operator")).json().get("redriven").asInt()).isZero();
        // and the same event arriving again, however it comes, changes nothing
        broker.send(PAYMENT_REQUESTS, request);
        var marker = "marker-" + UUID.randomUUID();
        broker.send(PAYMENT_REQUESTS, new PaymentRequested(order, marker, 1));
        await().atMost(PATIENCE).until(() -> tallies.orZero(marker) == 1);
        assertThat(tallies.orZero(member)).isEqualTo(2_500);
        assertThat(broker.payloads(Topics.BALANCE_EVENTS, order.toString(), PaymentCompleted.class,
                e -> e.userId().equals(member))).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from processed_event where event_id = ?", Integer.class,
                request.eventId())).isEqualTo(1);
    }

    private static Answer redrive(Api api, String token) {
        return api.send(api.request(REDRIVE, token).POST(BodyPublishers.noBody()));
    }
}
