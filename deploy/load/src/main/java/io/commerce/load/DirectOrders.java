package io.commerce.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/**
 * One-line orders straight to order-service at a fixed rate, with no gateway and no client following them: what an
 * order costs the saga alone. {@link SagaCost} and the benchmark's {@link DirectOrdersScenario} offer them.
 */
final class DirectOrders {

    /** The databases the saga writes to, each with its outbox. */
    static final List<String> DATABASES = List.of("orders", "product", "balance", "coupon", "dataplatform");

    private DirectOrders() {
    }

    /**
     * What the placements got: 202s, 503 refusals with their response times (ms), and anything else (errors, other
     * statuses).
     */
    record Placements(int accepted, List<Long> refusalMillis, int other) {

        int refused() {
            return refusalMillis.size();
        }
    }

    /** Places orders at {@code rate} for {@code seconds}, each by the next of {@code tokens}. */
    static Placements place(String orderService, List<String> tokens, long product, double rate, int seconds) {
        var url = URI.create(orderService + "/api/v1/orders");
        var client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        var accepted = new AtomicInteger();
        var other = new AtomicInteger();
        var refusals = new ConcurrentLinkedQueue<Long>();
        var sent = new ArrayList<CompletableFuture<?>>();
        int count = (int) (rate * seconds);
        long periodNanos = (long) (1e9 / rate);
        long start = System.nanoTime();
        try {
            for (int i = 0; i < count; i++) {
                long due = start + i * periodNanos;
                TimeUnit.NANOSECONDS.sleep(Math.max(0, due - System.nanoTime())); // pacing the offered load
                var request = HttpRequest.newBuilder(url)
                        .header("Authorization", "Bearer " + tokens.get(i % tokens.size()))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"lines\":[{\"productId\":" + product + ",\"quantity\":1}]}"))
                        .build();
                long sentAt = System.nanoTime();
                sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                        .handle((response, failure) -> {
                            if (response != null && response.statusCode() == 202) {
                                accepted.incrementAndGet();
                            } else if (response != null && response.statusCode() == 503) {
                                refusals.add((System.nanoTime() - sentAt) / 1_000_000);
                            } else {
                                other.incrementAndGet();
                            }
                            return null;
                        }));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while placing orders", e);
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        return new Placements(accepted.get(), List.copyOf(refusals), other.get());
    }

    /** Waits until no order is PENDING and every outbox is empty: every saga has ended and every event left. */
    static void awaitSagasDone(Db db, Duration atMost) {
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(200))
                .until(() -> db.number("orders", "select count(*) from orders where status = 'PENDING'") == 0
                        && DATABASES.stream().allMatch(d -> db.number(d, "select count(*) from outbox_event") == 0));
    }
}
