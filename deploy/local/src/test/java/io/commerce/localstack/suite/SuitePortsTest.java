package io.commerce.localstack.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.localstack.FreePorts;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A suite on free ports takes ports no outgoing connection can take from it before its applications bind them. */
class SuitePortsTest {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    @Test
    void the_ephemeral_range_is_read_as_the_kernel_states_it() throws IOException {
        var stated = Files.exists(EPHEMERAL_RANGE)
                ? Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).getFirst().trim().split("\\s+")[0])
                : 32_768;

        assertThat(FreePorts.ephemeralPortsFrom()).isEqualTo(stated);
    }

    @Test
    void ports_chosen_for_a_suite_are_distinct_free_and_below_the_ephemeral_range() throws IOException {
        var ports = SuitePorts.ports(0);

        assertThat(ports).hasSize(Suite.SERVICES.size() + 1).doesNotHaveDuplicates()
                .allSatisfy(port -> assertThat(port).isGreaterThanOrEqualTo(10_000)
                        .isLessThan(FreePorts.ephemeralPortsFrom()));
        for (int port : ports) {
            try (var listening = new ServerSocket(port)) {
                assertThat(listening.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void on_fixed_ports_each_first_instance_manages_on_its_port_plus_1000_and_the_others_on_free_ones() {
        var instances = SuitePorts.instancePorts(SuitePorts.ports(18_080), Replicas.parse("order-service=2"));

        var management = SuitePorts.managementPorts(instances, 18_080);

        assertThat(management.get(18_080)).isEqualTo(19_080);
        assertThat(management.get(18_084)).isEqualTo(19_084);
        var secondOrderService = instances.get("order-service").get(1);
        assertThat(management.get(secondOrderService)).isNotIn(instances.values().stream().flatMap(List::stream).toList())
                .isBetween(10_000, FreePorts.ephemeralPortsFrom());
        assertThat(management.values()).doesNotHaveDuplicates().hasSize(7);
    }

    @Test
    void on_free_ports_every_management_port_is_free_and_none_of_the_api_ports() {
        var instances = SuitePorts.instancePorts(SuitePorts.ports(0), Replicas.ONE_EACH);

        var management = SuitePorts.managementPorts(instances, 0);

        var apiPorts = instances.values().stream().flatMap(List::stream).toList();
        assertThat(management.keySet()).containsExactlyInAnyOrderElementsOf(apiPorts);
        assertThat(management.values()).doesNotHaveDuplicates().doesNotContainAnyElementsOf(apiPorts);
    }
}
