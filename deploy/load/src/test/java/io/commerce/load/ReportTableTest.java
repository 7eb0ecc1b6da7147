package io.commerce.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The table lays a report out as the benchmark prints it; the expected lines are those of a full run's table. */
class ReportTableTest {

    private static Report report() {
        var rows = List.of(
                new Row("coupon rush", "POST /coupons/campaigns/{id}/issue", 476, "claims/s", 12251, 19125, 19551, 0,
                        "10000 members, 1000 coupons, arrivals within 1000 ms"),
                new Row("coupon rush", "coupons issued (DB issued_at span)", 184.8, "issued/s", -1, -1, -1, 0,
                        "1000 issued in 5410 ms"),
                new Row("orders", "POST /orders (202)", 194.2, "req/s", 1795, 6691, 7493, 9561,
                        "offered 200/s for 60 s"),
                new Row("orders", "GET /orders/{id} (polls)", 54.4, "req/s", 5046, 6518, 7467, 2333,
                        "?wait=3, then 250 ms pause while PENDING"));
        var figures = Figures.none().cost("orderCpuMs", 42.857).cost("claimCpuMs", 3.9)
                .rate("ordersCompletedPerSecond", 63.9).ratio("gatewayToDirect", 0.458)
                .ratio("claimsToRawJdbc", 0.215).latency("orderP99Server", 22188);
        var rss = new LinkedHashMap<String, Map<String, Long>>();
        rss.put("coupon rush", new TreeMap<>(Map.of("gateway", 394L, "order-service", 403L)));
        rss.put("orders", new TreeMap<>(Map.of("gateway", 396L, "order-service", 480L)));
        var cpuMs = new TreeMap<String, Long>(Map.of("balance-service", 200L, "coupon-service", 13_200L,
                "dataplatform-service", 200L, "gateway", 18_500L, "order-service", 400L, "postgres", 700L,
                "product-service", 200L, ProcessCpu.THIS_JVM, 5_700L));
        var cpu = new LinkedHashMap<String, PhaseCpu>();
        cpu.put("coupon rush", new PhaseCpu(22_800, cpuMs));
        var capacity = List.of(new Capacity("coupon rush: ≥ 1000 claims/s", "answered claim", 3.91, 1000, 3.91, 2),
                new Capacity("orders: ≥ 200 completed/s", "completed order", 30.15, 200, 6.03, 2));
        var checks = List.of(new Check("coupon rush", "exactly K coupons issued", true, "expected 1000, got 1000"),
                new Check("orders", "no order FAILED (stock and balances suffice)", false, "expected 0, got 3"));
        var targets = List.of(new Target("coupon rush: exactly K issued", "= 1000", "1000", true, true),
                new Target("coupon rush: claims/s", "≥ 1000", "476", false, true),
                new Target("gateway / direct throughput", "≥ 70 %", "45.8 %", false, false));
        return new Report("full", "-Xmx256m -XX:TieredStopAtLevel=1; gateway: -XX:TieredStopAtLevel=4", List.of(),
                rows, figures.costs(), figures.rates(), figures.ratios(), figures.latenciesMs(), rss, new TreeMap<>(Map.of("gateway", 396L, "order-service", 480L)), cpu, capacity,
                checks, targets, List.of("/tmp/gatling/couponrushsimulation-1"));
    }

    @Test
    void each_row_shows_throughput_percentiles_errors_and_note_in_columns() {
        assertThat(ReportTable.render(report(), 2).lines()).contains(
                "scenario            measure                                    throughput               p50 ms  p95 ms"
                        + "  p99 ms  errors  note",
                "coupon rush         POST /coupons/campaigns/{id}/issue                476 claims/s       12251   19125"
                        + "   19551       0  10000 members, 1000 coupons, arrivals within 1000 ms",
                "orders              GET /orders/{id} (polls)                         54.4 req/s           5046    6518"
                        + "    7467    2333  ?wait=3, then 250 ms pause while PENDING");
    }

    @Test
    void a_latency_not_measured_shows_as_a_dash() {
        assertThat(ReportTable.render(report(), 2).lines()).contains(
                "coupon rush         coupons issued (DB issued_at span)                185 issued/s           -       -"
                        + "       -       0  1000 issued in 5410 ms");
    }

    @Test
    void each_figure_is_named_by_its_summary_key_costs_and_ratios_with_two_decimals() {
        assertThat(ReportTable.render(report(), 2).lines()).containsSubsequence(
                "  costs.orderCpuMs                                 42.86 ms",
                "  costs.claimCpuMs                                 3.90 ms",
                "  rates.ordersCompletedPerSecond                   63.9 /s",
                "  ratios.gatewayToDirect                           0.46 (45.8 %)",
                "  ratios.claimsToRawJdbc                           0.22 (21.5 %)",
                "  latenciesMs.orderP99Server                       22188 ms");
    }

    @Test
    void rss_is_one_column_per_application_and_one_line_per_phase_then_the_maximum() {
        assertThat(ReportTable.render(report(), 2)).contains("""
                RSS (VmRSS, MB): highest per phase
                  phase                             gateway        order-service
                  coupon rush                           394                  403
                  orders                                396                  480
                  max                                   396                  480
                """);
    }

    @Test
    void cpu_is_seconds_per_process_with_the_cores_the_phase_kept_busy() {
        assertThat(ReportTable.render(report(), 2).lines()).contains(
                "CPU seconds per phase, by process (cores = all CPU ÷ wall clock; the machine has 2)",
                "  phase                     balance       coupon dataplatform      gateway        order     postgres"
                        + "      product  broker+load      all     wall  cores",
                "  coupon rush                   0.2         13.2          0.2         18.5          0.4          0.7"
                        + "          0.2          5.7     39.1     22.8   1.71");
    }

    @Test
    void capacity_targets_checks_and_reports_each_have_a_line() {
        var lines = ReportTable.render(report(), 2).lines().toList();

        assertThat(lines).contains(
                "  coupon rush: ≥ 1000 claims/s     3.91 CPU ms per answered claim   ×   1000/s =  3.91 cores of 2",
                "  orders: ≥ 200 completed/s       30.15 CPU ms per completed order  ×    200/s =  6.03 cores of 2",
                "  MET    coupon rush: exactly K issued                    goal = 1000     measured 1000",
                "  MISSED coupon rush: claims/s                            goal ≥ 1000     measured 476",
                "  n/a    gateway / direct throughput                      goal ≥ 70 %     measured 45.8 %",
                "  OK   coupon rush         exactly K coupons issued                                "
                        + "expected 1000, got 1000",
                "  FAIL orders              no order FAILED (stock and balances suffice)            "
                        + "expected 0, got 3",
                "  /tmp/gatling/couponrushsimulation-1/index.html");
    }

    @Test
    void the_sections_come_in_the_order_a_reader_needs_them() {
        var table = ReportTable.render(report(), 2);

        assertThat(table).startsWith("\n=== commerce-suite load benchmark (profile full) ===\n"
                + "applications' JVM options: -Xmx256m -XX:TieredStopAtLevel=1; gateway: -XX:TieredStopAtLevel=4\n");
        assertThat(table.indexOf("figures (summary.json keys")).isPositive()
                .isLessThan(table.indexOf("RSS (VmRSS, MB)"));
        assertThat(table.indexOf("RSS (VmRSS, MB)")).isLessThan(table.indexOf("CPU seconds per phase"));
        assertThat(table.indexOf("CPU seconds per phase"))
                .isLessThan(table.indexOf("what the throughput targets need"));
        assertThat(table.indexOf("what the throughput targets need")).isLessThan(table.indexOf("\ntargets\n"));
        assertThat(table.indexOf("\ntargets\n")).isLessThan(table.indexOf("\ncorrectness\n"));
        assertThat(table.indexOf("\ncorrectness\n")).isLessThan(table.indexOf("Gatling reports:"));
    }

    @Test
    void a_figure_is_whole_from_100_with_one_decimal_below_and_a_dash_if_not_measured() {
        assertThat(ReportTable.figure(476.4)).isEqualTo("476");
        assertThat(ReportTable.figure(4.25)).isEqualTo("4.3");
        assertThat(ReportTable.figure(Double.NaN)).isEqualTo("-");
    }
}
