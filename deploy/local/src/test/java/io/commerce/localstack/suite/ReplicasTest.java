package io.commerce.localstack.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@code SUITE_REPLICAS} is read, and where the instances listen. */
class ReplicasTest {

    @Test
    void a_number_gives_every_service_that_many_and_the_gateway_one() {
        var replicas = Replicas.parse("2");

        Suite.SERVICES.forEach(service -> assertThat(replicas.of(service)).as(service).isEqualTo(2));
        assertThat(replicas.of("gateway")).isEqualTo(1);
        assertThat(replicas.instancesOf("order-service")).containsExactly("order-service", "order-service-2");
        assertThat(replicas.instancesOf("gateway")).containsExactly("gateway");
    }

    @Test
    void named_applications_get_their_own_counts_and_the_rest_one() {
        var replicas = Replicas.parse(" order-service=3, gateway=2 ");

        assertThat(replicas.of("order-service")).isEqualTo(3);
        assertThat(replicas.of("gateway")).isEqualTo(2);
        assertThat(replicas.of("product-service")).isEqualTo(1);
        assertThat(replicas.describe()).isEqualTo("gateway ×2, order-service ×3");
        assertThat(Replicas.parse(null)).isEqualTo(Replicas.ONE_EACH);
        assertThat(Replicas.ONE_EACH.describe()).isEmpty();
    }

    @Test
    void unknown_applications_counts_out_of_range_and_garbage_are_refused() {
        assertThatThrownBy(() -> Replicas.parse("orders=2")).hasMessageContaining("not an application");
        assertThatThrownBy(() -> Replicas.parse("order-service=0")).hasMessageContaining("1 to 9");
        assertThatThrownBy(() -> Replicas.parse("order-service")).hasMessageContaining("application=count");
        assertThatThrownBy(() -> Replicas.parse("two")).hasMessageContaining("application=count");
    }

    @Test
    void the_first_instances_keep_the_suites_ports_and_the_others_get_free_ports_of_their_own() {
        var ports = List.of(18080, 18081, 18082, 18083, 18084, 18085);

        var byApplication = SuitePorts.instancePorts(ports, Replicas.parse("2"));

        assertThat(byApplication.get("gateway")).containsExactly(18080);
        assertThat(byApplication.get("order-service")).hasSize(2).first().isEqualTo(18084);
        var all = byApplication.values().stream().flatMap(List::stream).toList();
        assertThat(new HashSet<>(all)).as("no port twice").hasSameSizeAs(all);
    }
}
