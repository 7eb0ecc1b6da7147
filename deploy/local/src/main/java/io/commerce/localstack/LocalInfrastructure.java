package io.commerce.localstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Starts PostgreSQL, a Kafka broker, Redis (the gateway's rate limits) and the development token issuer, prints what a service needs to
 * use them, and keeps them up until Ctrl-C. For running one service by hand; the whole suite has its own
 * command.
 */
public final class LocalInfrastructure {

    public static final int POSTGRES_PORT = 15432;
    public static final int REDIS_PORT = 16379;

    private LocalInfrastructure() {
    }

    public static void main(String[] args) throws InterruptedException {
        var postgres = EmbeddedPostgresServer.start(POSTGRES_PORT);
        var kafka = EmbeddedKafkaServer.start();
        var redis = EmbeddedRedisServer.start(REDIS_PORT);
        var tokens = DevTokens.create(Path.of("target", "local", "jwks.json"));
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            redis.close();
            postgres.close();
            stopped.countDown();
        }, "local-infrastructure-stop"));

        System.out.printf("""

                Local infrastructure is up (Ctrl-C stops it).
                  export DATABASE_URL=%s
                  export KAFKA_BOOTSTRAP_SERVERS=%s
                  export COMMERCE_JWK_SET_URI=%s
                  export COMMERCE_TOKEN_ISSUER=%s
                  export REDIS_PORT=%d
                A member token (member-1):  %s
                An admin token (admin-1):   %s
                (DATABASE_URL names the balance database; other services use product, coupon, orders, dataplatform;
                REDIS_PORT is for the gateway.)
                """,
                postgres.jdbcUrl("balance"), kafka.bootstrapServers(), tokens.jwkSetUri(), DevTokens.ISSUER, redis.port(),
                tokens.memberToken("member-1"), tokens.adminToken("admin-1"));
        for (var database : new String[] {"product", "coupon", "orders", "dataplatform"}) {
            postgres.jdbcUrl(database);
        }
        stopped.await();
    }
}
