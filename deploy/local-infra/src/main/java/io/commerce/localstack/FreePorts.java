package io.commerce.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Ports for the local servers and the suite's applications, which pick none themselves. */
public final class FreePorts {

    /** Ports chosen here are at least this, and below the ephemeral range. */
    private static final int LOWEST_CHOSEN_PORT = 10_000;

    private FreePorts() {
    }

    /** A free port, as {@link #freePort(Collection)} chooses it. */
    public static int freePort() {
        return freePort(List.of());
    }

    /**
     * A port nobody listens on and not in {@code taken}, below the kernel's range of ephemeral ports. The port
     * {@code new ServerSocket(0)} hands out lies inside that range, where any outgoing connection may take it as its
     * source port between this check and the server's own bind, seconds later: in CI, product-service once failed
     * with "Port 43889 was already in use" while six JVMs and their clients were starting.
     */
    public static int freePort(Collection<Integer> taken) {
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

    /** The first port of the kernel's ephemeral range. */
    public static int ephemeralPortsFrom() {
        try {
            // line by line: Files.readString trusts the size procfs reports (0) and returns one character
            var range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).getFirst().trim()
                    .split("\\s+");
            return Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768; // Linux's default; elsewhere (macOS: 49152) this stays below the range too
        }
    }

    /** Whether nothing listens on {@code port} now. */
    public static boolean isFree(int port) {
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
}
