package io.commerce.coupon.it;

import static io.commerce.coupon.it.Campaigns.openCampaign;
import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.pricing.Discount;
import io.commerce.coupon.application.port.in.CreateCampaignUseCase;
import io.commerce.coupon.application.port.in.IssueCouponUseCase;
import io.commerce.coupon.application.port.in.IssueCouponUseCase.IssueCouponCommand;
import io.commerce.localstack.DevTokens;
import io.commerce.localstack.LocalStackTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures the claim path; it never fails on speed, only on wrong totals. Not part of {@code verify} (the name
 * does not match Surefire's test patterns). Run it alone, on a quiet machine:
 * <pre>
 * JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -B -o -pl coupon-service test \
 *     -Dtest=IssueCouponBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * cat coupon-service/target/benchmark-results.txt
 * </pre>
 */
@Tag("benchmark")
@LocalStackTest
class IssueCouponBenchmark {

    private static final int THREADS = 64;
    private static final Path RESULTS = Path.of("target", "benchmark-results.txt");

    @Autowired
    CreateCampaignUseCase createCampaign;

    @Autowired
    IssueCouponUseCase issueCoupon;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    record Claim(boolean issued, String code, long startedNanos, long endedNanos) {
        long latencyNanos() {
            return endedNanos - startedNanos;
        }
    }

    @Test
    void measure() throws Exception {
        Files.deleteIfExists(RESULTS);
        run("warm-up (use case)", 200, 1_000, false);
        run("use case: 5,000 members, 1,000 coupons", 1_000, 5_000, false);
        run("use case: 5,000 members, 5,000 coupons (issue rate)", 5_000, 5_000, false);
        run("HTTP warm-up", 200, 1_000, true);
        run("HTTP: 5,000 members, 1,000 coupons", 1_000, 5_000, true);
    }

    private void run(String name, int quantity, int members, boolean overHttp) throws Exception {
        long campaignId = openCampaign(createCampaign, quantity, Discount.fixed(1_000)).id();
        var run = UUID.randomUUID();
        var http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        var tokens = new ArrayList<String>();
        for (int i = 0; overHttp && i < members; i++) {
            tokens.add(DevTokens.shared().memberToken("bench-" + run + "-" + i));
        }
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<Claim>>();
        try (var pool = Executors.newFixedThreadPool(THREADS)) {
            for (int i = 0; i < members; i++) {
                int n = i;
                futures.add(pool.submit((Callable<Claim>) () -> {
                    start.await();
                    return overHttp ? claimOverHttp(http, campaignId, tokens.get(n))
                            : claim(new IssueCouponCommand(campaignId, "bench-" + run + "-" + n));
                }));
            }
            long begin = System.nanoTime();
            start.countDown();
            var claims = new ArrayList<Claim>();
            for (var future : futures) {
                claims.add(future.get());
            }
            report(name, begin, claims, overHttp);
        }
        http.close();
        var issuedRows = jdbc.queryForObject("select count(*) from issued_coupon where campaign_id = ?", Integer.class,
                campaignId);
        var counter = jdbc.queryForObject("select issued_count from coupon_campaign where id = ?", Integer.class,
                campaignId);
        assertThat(issuedRows).isEqualTo(counter).isEqualTo(Math.min(quantity, members));
    }

    private Claim claim(IssueCouponCommand command) {
        long t0 = System.nanoTime();
        try {
            issueCoupon.issue(command);
            return new Claim(true, "ISSUED", t0, System.nanoTime());
        } catch (DomainException e) {
            return new Claim(false, e.code(), t0, System.nanoTime());
        }
    }

    private Claim claimOverHttp(HttpClient http, long campaignId, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/coupons/campaigns/"
                        + campaignId + "/issue"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        long t0 = System.nanoTime();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long t1 = System.nanoTime();
        if (response.statusCode() == 201) {
            return new Claim(true, "ISSUED", t0, t1);
        }
        var body = response.body();
        var code = body.replaceAll(".*\"code\":\"([A-Z_]+)\".*", "$1");
        return new Claim(false, code, t0, t1);
    }

    private void report(String name, long begin, List<Claim> claims, boolean overHttp) throws IOException {
        var issued = claims.stream().filter(Claim::issued).toList();
        var rejected = claims.stream().filter(c -> !c.issued()).toList();
        long end = claims.stream().mapToLong(Claim::endedNanos).max().orElse(begin);
        var lines = new ArrayList<String>();
        lines.add("== " + name + " (" + THREADS + " client threads)");
        lines.add(String.format(Locale.ROOT, "   total %d claims in %.0f ms -> %.0f claims/s", claims.size(),
                (end - begin) / 1e6, claims.size() / ((end - begin) / 1e9)));
        if (!issued.isEmpty()) {
            long lastIssue = issued.stream().mapToLong(Claim::endedNanos).max().orElseThrow();
            lines.add(String.format(Locale.ROOT, "   issued   %5d  %8.0f /s (first claim to last issuance)   p50 %6.2f ms  p99 %6.2f ms",
                    issued.size(), issued.size() / ((lastIssue - begin) / 1e9), pct(issued, 50), pct(issued, 99)));
        }
        if (!rejected.isEmpty()) {
            long firstRejection = rejected.stream().mapToLong(Claim::startedNanos).min().orElseThrow();
            long lastRejection = rejected.stream().mapToLong(Claim::endedNanos).max().orElseThrow();
            var codes = rejected.stream().map(Claim::code).distinct().toList();
            lines.add(String.format(Locale.ROOT, "   rejected %5d  %8.0f /s (while rejecting)                 p50 %6.2f ms  p99 %6.2f ms  %s",
                    rejected.size(), rejected.size() / ((lastRejection - firstRejection) / 1e9), pct(rejected, 50),
                    pct(rejected, 99), codes));
        }
        lines.forEach(System.out::println);
        Files.createDirectories(RESULTS.toAbsolutePath().getParent());
        Files.write(RESULTS, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (!overHttp) {
            assertThat(claims).allMatch(c -> c.issued() || c.code().equals("COUPON_SOLD_OUT"));
        }
    }

    private static double pct(List<Claim> claims, int percentile) {
        long[] sorted = claims.stream().mapToLong(Claim::latencyNanos).sorted().toArray();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

}
