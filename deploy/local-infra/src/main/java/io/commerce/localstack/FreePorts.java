package io.commerce.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports for the local servers that pick none themselves. */
final class FreePorts {

    private FreePorts() {
    }

    /** A port of the loopback address that was free a moment ago. */
    static int loopback() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
