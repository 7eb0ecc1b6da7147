package io.commerce.load;

import static org.awaitility.Awaitility.await;

import io.commerce.localstack.DevTokens;
import org.awaitility.core.ConditionTimeoutException;
import io.commerce.localstack.suite.SuiteClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.stream.IntStream;

/**
 * Seeds the started suite the way an operator and members would: through the gateway's admin and member API.
 * Member ids are distinct ({@code <prefix>-00001} …); their tokens go to CSV files the simulations feed from.
 */
final class Seeder {

    private final SuiteClient client;
    private final DevTokens tokens;
    private final String admin;

    Seeder(String gateway, DevTokens tokens) {
        this.client = new SuiteClient(gateway);
        this.tokens = tokens;
        this.admin = tokens.adminToken("load-operator");
    }

    record Member(String id, String token) {
    }

    /** {@code count} distinct members with fresh tokens, signed in parallel. */
    List<Member> members(String prefix, int count) {
        return IntStream.rangeClosed(1, count).parallel()
                .mapToObj(i -> "%s-%05d".formatted(prefix, i))
                .map(id -> new Member(id, tokens.memberToken(id)))
                .toList();
    }

    static Path writeMembers(Path file, List<Member> members) {
        var csv = new StringBuilder("memberId,token\n");
        members.forEach(m -> csv.append(m.id()).append(',').append(m.token()).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.List<String> READS = java.util.List.of("/api/v1/products?size=1",
            "/api/v1/coupons/campaigns?size=1", "/api/v1/orders?size=1", "/api/v1/balance");

    /**
     * Waits until the gateway routes a signed-in read to each service: before seeding (the first call warms the
     * routes) and between scenarios, so one scenario's open circuit breaker (10 s) does not fail the next one.
     */
    void awaitRoutes(Duration timeout) {
        for (var path : READS) {
            try {
                await().atMost(timeout).pollInterval(Duration.ofMillis(500))
                        .until(() -> client.status(admin, path) == 200);
            } catch (ConditionTimeoutException e) {
                throw new IllegalStateException("The gateway did not route GET " + path + " within " + timeout);
            }
        }
    }

    /** Like {@link #awaitRoutes} but only reports a route that does not recover, so the next scenario still runs. */
    boolean settle(Duration timeout) {
        try {
            awaitRoutes(timeout);
            return true;
        } catch (IllegalStateException e) {
            org.slf4j.LoggerFactory.getLogger(Seeder.class).warn("{}; going on", e.getMessage());
            return false;
        }
    }


    long product(String name, long price, long stock) {
        return SuiteClient.idOf(client.post(admin, "/api/v1/admin/products",
                "{\"name\":\"%s\",\"price\":%d,\"stock\":%d}".formatted(name, price, stock), null));
    }

    long campaign(String name, int quantity) {
        var now = Instant.now();
        return SuiteClient.idOf(client.post(admin, "/api/v1/admin/coupons/campaigns", """
                {"name":"%s","discount":{"kind":"FIXED","value":1000},"totalQuantity":%d,
                 "opensAt":"%s","closesAt":"%s","couponValidFor":"P30D"}""".formatted(name, quantity,
                now.minusSeconds(60), now.plus(Duration.ofDays(1))), null));
    }

    /** Charges every member {@code amount} (one charge each, 16 at a time); returns the total charged. */
    long charge(List<Member> members, long amount) {
        var tasks = new ArrayList<Callable<String>>();
        for (var member : members) {
            tasks.add(() -> client.post(member.token(), "/api/v1/balance/charges", "{\"amount\":" + amount + "}",
                    "load-seed-" + UUID.randomUUID()));
        }
        inParallel(tasks);
        return amount * members.size();
    }

    /** {@code count} new members, each charged {@code amount}: the tokens of those who place orders straight. */
    List<String> chargedTokens(String prefix, int count, long amount) {
        var members = members(prefix, count);
        charge(members, amount);
        return members.stream().map(Member::token).toList();
    }

    private static <T> void inParallel(List<Callable<T>> tasks) {
        var permits = new Semaphore(16);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = tasks.stream().map(task -> executor.submit(() -> {
                permits.acquire();
                try {
                    return task.call();
                } finally {
                    permits.release();
                }
            })).toList();
            for (var future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
