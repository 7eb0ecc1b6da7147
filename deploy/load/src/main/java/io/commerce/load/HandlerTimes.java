package io.commerce.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long an application itself took over some of its requests, from the cumulative buckets of its
 * {@code http.server.requests} histogram on its management port: the time from the servlet container's dispatch to
 * the answer written, without the accept queue, the wait for a thread and the client's side. Read before and after a
 * phase, the difference is that phase's requests.
 *
 * @param buckets requests answered within each upper bound (seconds), cumulative, {@code +Inf} as the largest double
 */
record HandlerTimes(TreeMap<Double, Long> buckets) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The buckets of the requests whose series carries every one of {@code tags} ({@code name="value"} each). */
    static HandlerTimes scrape(String managementUrl, List<String> tags) {
        var request = HttpRequest.newBuilder(URI.create(managementUrl + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(30)).build();
        String body;
        try {
            body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("Could not scrape " + managementUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return parse(body, tags);
    }

    /** The buckets in a Prometheus scrape, as {@link #scrape} reads them. */
    static HandlerTimes parse(String scrape, List<String> tags) {
        var buckets = new TreeMap<Double, Long>();
        scrape.lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_bucket{"))
                .filter(line -> tags.stream().allMatch(line::contains))
                .forEach(line -> {
                    int le = line.indexOf("le=\"") + 4;
                    var bound = line.substring(le, line.indexOf('"', le));
                    double upper = bound.equals("+Inf") ? Double.MAX_VALUE : Double.parseDouble(bound);
                    long count = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    buckets.merge(upper, count, Long::sum); // one series per exception or outcome, if several
                });
        return new HandlerTimes(buckets);
    }

    /** The requests of this reading that {@code earlier} had not counted yet. */
    HandlerTimes since(HandlerTimes earlier) {
        var difference = new TreeMap<Double, Long>();
        buckets.forEach((bound, count) -> difference.put(bound, count - earlier.buckets.getOrDefault(bound, 0L)));
        return new HandlerTimes(difference);
    }

    long count() {
        return buckets.isEmpty() ? 0 : buckets.lastEntry().getValue();
    }

    /** The upper bound, in ms, of the bucket holding the {@code quantile}; 0 without requests. */
    long percentileMillis(double quantile) {
        long total = count();
        if (total == 0) {
            return 0;
        }
        for (Map.Entry<Double, Long> bucket : buckets.entrySet()) {
            if (bucket.getValue() >= Math.ceil(quantile * total)) {
                return bucket.getKey() == Double.MAX_VALUE ? Long.MAX_VALUE : Math.round(bucket.getKey() * 1000);
            }
        }
        return Long.MAX_VALUE;
    }
}
