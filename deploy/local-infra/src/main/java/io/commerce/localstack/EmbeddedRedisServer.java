package io.commerce.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import redis.embedded.RedisServer;

/**
 * A real Redis server, the binary shipped in a Maven Central artifact, as a process of its own on a free port of
 * the loopback address. Nothing is persisted: what it holds (the gateway's rate-limit buckets) may be lost with it.
 * One per JVM for tests that only use it; a test that takes it down starts its own.
 */
public final class EmbeddedRedisServer implements AutoCloseable {

    private static volatile EmbeddedRedisServer shared;

    private final int port;
    private final RedisServer server;

    private EmbeddedRedisServer(int port) {
        this.port = port > 0 ? port : FreePorts.freePort();
        try {
            this.server = RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(this.port)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    // a bound on memory, evicting the least recently used bucket first: a lost bucket is a full one
                    .setting("maxmemory 64mb")
                    .setting("maxmemory-policy allkeys-lru")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare embedded Redis", e);
        }
        startServer();
    }

    /** The JVM's shared server, started on first use and stopped with the JVM. */
    public static EmbeddedRedisServer shared() {
        if (shared == null) {
            synchronized (EmbeddedRedisServer.class) {
                if (shared == null) {
                    shared = new EmbeddedRedisServer(0);
                    Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "redis-stop"));
                }
            }
        }
        return shared;
    }

    /** A server of its own, on a given port (0 for any free one). */
    public static EmbeddedRedisServer start(int port) {
        return new EmbeddedRedisServer(port);
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** Takes the server down, as an outage would: clients find nothing at the address until {@link #restart()}. */
    public void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Brings a {@linkplain #stop() stopped} server back on the same address, empty. */
    public void restart() {
        startServer();
    }

    private void startServer() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded Redis on port " + port, e);
        }
    }

    @Override
    public void close() {
        if (server.isActive()) {
            stop();
        }
    }
}
