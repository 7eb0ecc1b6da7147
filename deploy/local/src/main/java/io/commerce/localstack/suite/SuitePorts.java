package io.commerce.localstack.suite;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Where a suite's applications listen: the ports asked for, or free ones below the kernel's ephemeral range. */
final class SuitePorts {

    /** Ports chosen for a suite on free ports are at least this, and below the ephemeral range. */
    private static final int LOWEST_CHOSEN_PORT = 10_000;

    /** The gateway's port and the five services' after it; 0 picks free ports. */
    static List<Integer> ports(int gatewayPort) {
        var ports = new ArrayList<Integer>();
        for (int i = 0; i <= Suite.SERVICES.size(); i++) {
            ports.add(gatewayPort == 0 ? freePort(ports) : requireFree(gatewayPort + i));
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

    /**
     * A port nobody listens on, below the kernel's range of ephemeral ports. The port {@code new ServerSocket(0)}
     * hands out lies inside that range, where any outgoing connection may take it as its source port between this
     * check and the application's own bind, seconds later: in CI, product-service once failed with "Port 43889 was
     * already in use" while six JVMs and their clients were starting.
     */
    private static int freePort(List<Integer> taken) {
        int ephemeralFrom = ephemeralPortsFrom();
        if (ephemeralFrom - LOWEST_CHOSEN_PORT < 1_000) {
            return kernelChosenPort(); // an unusual range: no room below it, take what the kernel gives
        }
        var random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = random.nextInt(LOWEST_CHOSEN_PORT, ephemeralFrom);
            if (!taken.contains(port) && isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port between " + LOWEST_CHOSEN_PORT + " and " + ephemeralFrom);
    }

    static int ephemeralPortsFrom() {
        try {
            // line by line: Files.readString trusts the size procfs reports (0) and returns one character
            var range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).getFirst().trim()
                    .split("\\s+");
            return Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768; // Linux's default; elsewhere (macOS: 49152) this stays below the range too
        }
    }

    private static boolean isFree(int port) {
        try (var socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int kernelChosenPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
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
                int port = freePort(taken);
                taken.add(port);
                own.add(port);
            }
            byApplication.put(application, List.copyOf(own));
        }
        return byApplication;
    }

    private SuitePorts() {
    }
}
