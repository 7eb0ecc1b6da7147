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
                    + "or start the suite on other ports (SUITE_PORT=18080 ./run.sh).");
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

    /** How far above its API port an application's actuator listens when the suite's ports are fixed. */
    static final int MANAGEMENT_OFFSET = 1_000;

    /**
     * A management port for each application port of {@code instancePorts}: the actuator listens apart from the API,
     * as in the manifests. On fixed ports ({@code gatewayPort} not 0) the first instance's is its API port plus
     * {@link #MANAGEMENT_OFFSET} (9080 for the gateway on 8080, 9081 to 9085 for the services: their own defaults);
     * every other one is a free port, none of the API ports.
     */
    static Map<Integer, Integer> managementPorts(Map<String, List<Integer>> instancePorts, int gatewayPort) {
        var taken = new ArrayList<Integer>();
        instancePorts.values().forEach(taken::addAll);
        var managementPorts = new LinkedHashMap<Integer, Integer>();
        for (var ports : instancePorts.values()) {
            for (int i = 0; i < ports.size(); i++) {
                int port = ports.get(i);
                int management = gatewayPort != 0 && i == 0 ? requireFree(port + MANAGEMENT_OFFSET)
                        : FreePorts.freePort(taken);
                taken.add(management);
                managementPorts.put(port, management);
            }
        }
        return Map.copyOf(managementPorts);
    }

    private SuitePorts() {
    }
}
