package io.commerce.localstack.suite;

import io.commerce.localstack.FreePorts;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where a suite's applications listen: the ports asked for, or free ones ({@link FreePorts}). */
final class SuitePorts {

    /** The gateway's port and the five services' after it; 0 picks free ports. */
    static List<Integer> ports(int gatewayPort) {
        var ports = new ArrayList<Integer>();
        for (int i = 0; i <= Suite.SERVICES.size(); i++) {
            ports.add(gatewayPort == 0 ? FreePorts.freePort(ports) : requireFree(gatewayPort + i));
        }
        return ports;
    }

    private static int requireFree(int port) {
        try (var socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return port;
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " is already in use. Stop whatever listens on it, "
                    + "or start the suite on other ports (SUITE_PORT=9080 ./run.sh).");
        }
    }

    /** The first instance of each application on {@code ports} (gateway, then {@link Suite#SERVICES}), more on free ones. */
    static Map<String, List<Integer>> instancePorts(List<Integer> ports, Replicas replicas) {
        var taken = new ArrayList<>(ports);
        var byApplication = new LinkedHashMap<String, List<Integer>>();
        for (var application : JvmOptions.APPLICATIONS) {
            var own = new ArrayList<Integer>();
            own.add(ports.get(application.equals("gateway") ? 0 : 1 + Suite.SERVICES.indexOf(application)));
            for (int i = 2; i <= replicas.of(application); i++) {
                int port = FreePorts.freePort(taken);
                taken.add(port);
                own.add(port);
            }
            byApplication.put(application, List.copyOf(own));
        }
        return byApplication;
    }

    /**
     * A management port for each application port of {@code instancePorts}, free and none of theirs: the actuator
     * listens apart from the API, as in the manifests.
     */
    static Map<Integer, Integer> managementPorts(Map<String, List<Integer>> instancePorts) {
        var taken = new ArrayList<Integer>();
        instancePorts.values().forEach(taken::addAll);
        var managementPorts = new LinkedHashMap<Integer, Integer>();
        for (int port : List.copyOf(taken)) {
            int management = FreePorts.freePort(taken);
            taken.add(management);
            managementPorts.put(port, management);
        }
        return Map.copyOf(managementPorts);
    }

    private SuitePorts() {
    }
}
