package io.commerce.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark in smoke size (seconds, small N) against a suite started on free ports, judged by the summary it
 * writes: every correctness check ran and passed, and every figure is there. Not speed: CI's machine is shared and
 * small.
 */
class LoadSmokeTest {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final List<String> PHASES =
            List.of("coupon rush", "orders", "orders direct", "overload", "catalogue", "gateway vs direct", "jdbc loop");

    private static Report report;
    private static JsonNode summary;

    @BeforeAll
    static void runTheSmokeBenchmark() throws IOException {
        var properties = new Properties();
        properties.putAll(System.getProperties());
        properties.setProperty("load.profile", "smoke");
        report = Benchmark.run(LoadSettings.from(properties), TARGET);
        System.out.println(ReportTable.render(report));
        summary = new ObjectMapper().readTree(TARGET.resolve("load/summary.json").toFile());
    }

    @Test
    void the_summary_holds_every_part_of_the_report() {
        assertThat(names(summary)).containsExactly("profile", "javaOptions", "gatewayArgs", "rows", "costs", "rates",
                "ratios", "latenciesMs", "rssMbByPhase", "rssMbMax", "cpuByPhase", "capacity", "checks", "targets", "gatlingReports");
        assertThat(summary.get("profile").asText()).isEqualTo("smoke");
        assertThat(summary.get("javaOptions").asText()).contains("-XX:TieredStopAtLevel=1");
        assertThat(texts(summary.get("rows"), "scenario")).containsExactly("coupon rush", "coupon rush", "orders",
                "orders", "orders", "orders", "orders direct", "overload", "overload", "overload", "catalogue", "catalogue",
                "gateway vs direct",
                "gateway vs direct", "raw JDBC claim loop");
        assertThat(texts(summary.get("capacity"), "target")).hasSize(3);
        assertThat(texts(summary.get("targets"), "name")).hasSize(18);
    }

    @Test
    void the_costs_rates_and_ratios_are_numbers_measured_in_this_run() {
        var costs = summary.get("costs");
        assertThat(names(costs)).containsExactlyInAnyOrder("orderCpuMs", "orderViaGatewayCpuMs", "claimCpuMs",
                "gatewayAddedCpuMs");
        for (var key : List.of("orderCpuMs", "orderViaGatewayCpuMs", "claimCpuMs")) {
            assertThat(costs.get(key).isNumber()).as(key).isTrue();
            assertThat(costs.get(key).asDouble()).as(key).isPositive().isLessThan(10_000);
        }
        // a difference of two costs: the gateway's share of a routed read, which noise can push below zero
        assertThat(costs.get("gatewayAddedCpuMs").isNumber()).isTrue();
        var rates = summary.get("rates");
        assertThat(names(rates)).contains("ordersCompletedPerSecond", "claimsAnsweredPerSecond");
        assertThat(rates.get("ordersCompletedPerSecond").asDouble()).isPositive();
        assertThat(rates.get("claimsAnsweredPerSecond").asDouble()).isPositive();
        assertThat(rates.get("overloadOrdersCompletedPerSecond").asDouble()).isPositive();
        var ratios = summary.get("ratios");
        assertThat(names(ratios)).containsExactlyInAnyOrder("overloadGoodputToSustained", "gatewayToDirect",
                "claimsToRawJdbc", "issuedToRawJdbc", "claimsSentAgainPerMember");
        // a member's claims sent again after a 503: none, or some, never negative
        assertThat(ratios.get("claimsSentAgainPerMember").asDouble()).isGreaterThanOrEqualTo(0);
        // fractions, not percentages
        assertThat(ratios.get("gatewayToDirect").asDouble()).isPositive().isLessThan(5);
        assertThat(ratios.get("claimsToRawJdbc").asDouble()).isPositive().isLessThan(5);
        assertThat(summary.get("latenciesMs").get("rushLastCouponAfterFirstArrival").asDouble()).isPositive();
    }

    @Test
    void every_correctness_check_ran_and_passed() {
        var checks = summary.get("checks");
        assertThat(texts(checks, "name")).containsExactly("exactly K coupons issued", "campaign counter equals K",
                "one coupon per member", "every member answered", "no errors but COUPON_SOLD_OUT",
                "no order stuck PENDING", "no lost orders (every 202 is in the order DB)",
                "no order FAILED (stock and balances suffice)", "stock = initial − units of COMPLETED orders",
                "reservations held = COMPLETED orders", "money conserved: balances + COMPLETED payments = charges",
                "ledger charges = charges made", "ledger payments − refunds = COMPLETED payments",
                "every direct order answered 202", "every direct order COMPLETED",
                "overload: every placement answered 202 or 503", "overload: no order stuck PENDING",
                "overload: every accepted order stored, no refused one", "overload: no accepted order FAILED",
                "overload: money conserved: balances + COMPLETED payments = ledger charges", "no failed reads",
                "no failed calls", "every application still running");
        var failed = StreamSupport.stream(checks.spliterator(), false)
                .filter(check -> !check.get("passed").asBoolean()).map(JsonNode::toString).toList();
        assertThat(failed).isEmpty();
        assertThat(report.correct()).isTrue();
    }

    @Test
    void the_rush_issued_exactly_k_coupons() {
        int k = Profile.SMOKE.rushCoupons();
        assertThat(check("exactly K coupons issued").get("detail").asText())
                .isEqualTo("expected " + k + ", got " + k);
        assertThat(row("coupons issued (DB issued_at span)").get("note").asText()).startsWith(k + " issued in ");
        assertThat(row("POST /coupons/campaigns/{id}/issue").get("throughput").asDouble()).isPositive();
        assertThat(target("coupon rush: exactly K issued").get("status").asText()).isEqualTo("MET");
    }

    @Test
    void every_order_completed_and_none_was_lost_or_stuck() {
        assertThat(check("no order FAILED (stock and balances suffice)").get("passed").asBoolean()).isTrue();
        assertThat(check("every direct order COMPLETED").get("passed").asBoolean()).isTrue();
        assertThat(row("placed to COMPLETED (server clocks, DB)").get("note").asText()).doesNotStartWith("0 ");
        assertThat(row("POST /orders (202)").get("errors").asLong()).isZero();
        assertThat(target("orders: lost or stuck").get("status").asText()).isEqualTo("MET");
        assertThat(target("overload: TIMEOUT among accepted orders").get("status").asText()).isEqualTo("MET");
    }

    @Test
    void the_reads_and_the_raw_jdbc_loop_were_measured() {
        assertThat(row("insert issued_coupon + update counter, 1 tx").get("errors").asLong()).isZero();
    }

    @Test
    void each_phase_read_the_cpu_of_all_eight_processes_and_the_rss_of_all_six_applications() {
        assertThat(names(summary.get("cpuByPhase"))).containsExactlyElementsOf(PHASES);
        assertThat(names(summary.get("rssMbByPhase"))).containsExactlyElementsOf(PHASES);
        for (var phase : PHASES) {
            var cpu = summary.get("cpuByPhase").get(phase).get("cpuMs");
            assertThat(names(cpu)).as(phase).hasSize(8);
            // every phase made PostgreSQL work
            assertThat(cpu.get("postgres").asLong()).as(phase).isPositive();
            assertThat(names(summary.get("rssMbByPhase").get(phase))).as(phase).hasSize(6);
        }
        assertThat(summary.get("cpuByPhase").get("coupon rush").get("cpuMs").get("gateway").asLong()).isPositive();
    }

    @Test
    void the_table_and_the_gatling_reports_are_written() throws IOException {
        assertThat(Files.readString(TARGET.resolve("load/table.txt"))).isEqualTo(ReportTable.render(report));
        var reports = summary.get("gatlingReports");
        assertThat(reports).hasSize(5);
        reports.forEach(folder -> assertThat(Path.of(folder.asText()).resolve("index.html")).isRegularFile());
    }

    private static JsonNode check(String name) {
        return find(summary.get("checks"), "name", name);
    }

    private static JsonNode row(String measure) {
        return find(summary.get("rows"), "measure", measure);
    }

    private static JsonNode target(String name) {
        return find(summary.get("targets"), "name", name);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(node -> node.get(field).asText().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no " + field + " '" + value + "' in " + array));
    }

    private static List<String> names(JsonNode object) {
        var names = new ArrayList<String>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asText()).toList();
    }
}
