package io.commerce.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.commerce.localstack.suite.Suite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark: starts the suite (PostgreSQL, Kafka, five services, gateway), seeds it through the API, warms it up,
 * then runs each scenario in turn (coupon rush, orders through the gateway, orders straight to order-service,
 * catalogue, gateway vs direct, raw JDBC claims), judging each
 * after its load; samples every application's RSS and every process's CPU by phase, prints one table and writes
 * {@code target/load/summary.json} and {@code target/load/table.txt}. Its options are {@link LoadSettings}.
 */
public final class Benchmark {

    private static final Logger log = LoggerFactory.getLogger(Benchmark.class);
    private static final long RSS_GOAL_MB = 512;

    private Benchmark() {
    }

    public static void main(String[] args) {
        var settings = LoadSettings.from(System.getProperties());
        var report = run(settings, settings.suite().root().resolve("deploy/load/target"));
        System.out.println(ReportTable.render(report));
        System.exit(report.correct() ? 0 : 1);
    }

    /** The scenarios, in the order they run: each has the machine to itself. */
    static List<Scenario> scenarios() {
        var rush = new CouponRushScenario();
        var direct = new DirectOrdersScenario();
        return List.of(rush, new OrdersScenario(), direct, new OverloadScenario(direct), new CatalogueScenario(),
                new GatewayOverheadScenario(), new JdbcClaimScenario(rush));
    }

    /** Runs the benchmark; its files go to {@code <target>/load} and Gatling's reports to {@code <target>/gatling}. */
    static Report run(LoadSettings settings, Path target) {
        var out = target.resolve("load");
        var jvmOptions = settings.suite().jvmOptions();
        var recordings = new FlightRecordings(out.resolve("jfr"));
        if (settings.jfr()) {
            jvmOptions = jvmOptions.withCommon(recordings.jvmOptions());
        }
        log.info("Starting the suite ({} profile, JVM options {}) ...", settings.profile().name(),
                jvmOptions.describe());
        long started = System.nanoTime();
        try (var suite = Suite.start(settings.suite().root(), 0, jvmOptions, settings.applicationArguments());
                var phases = new PhaseSampler(suite)) {
            log.info("Suite ready in {} s; gateway {}", (System.nanoTime() - started) / 1_000_000_000,
                    suite.gatewayUrl());
            var scenarios = scenarios();
            var seeded = SeededSuite.seed(suite, settings, out, target.resolve("gatling"));
            scenarios.forEach(scenario -> scenario.seed(seeded));
            phases.endPhase(); // seeding is not measured

            var byPhase = new LinkedHashMap<String, PhaseSampler.Phase>();
            if (settings.profile().warmup()) {
                log.info("Warming up the JVMs (not measured) ...");
                scenarios.forEach(scenario -> scenario.warmUp(seeded));
                seeded.settle();
                byPhase.put("warm-up", phases.endPhase());
            }
            var results = new ArrayList<ScenarioResult>();
            for (var scenario : scenarios) {
                var outcome = scenario.drive(seeded);
                var phase = phases.endPhase();
                byPhase.put(scenario.phase(), phase);
                results.add(outcome.judge(PhaseCpu.of(phase)));
            }
            var report = report(settings, jvmOptions.describe(), suite, results, byPhase, phases.overallMb());
            if (settings.jfr()) {
                recordings.dump(suite);
            }
            write(out, report);
            return report;
        }
    }

    private static Report report(LoadSettings settings, String javaOptions, Suite suite, List<ScenarioResult> results,
            Map<String, PhaseSampler.Phase> byPhase, Map<String, Long> rssMax) {
        var rows = new ArrayList<Row>();
        var checks = new ArrayList<Check>();
        var costs = new LinkedHashMap<String, Double>();
        var rates = new LinkedHashMap<String, Double>();
        var ratios = new LinkedHashMap<String, Double>();
        var latencies = new LinkedHashMap<String, Double>();
        var targets = new ArrayList<Target>();
        var capacity = new ArrayList<Capacity>();
        var gatlingReports = new ArrayList<String>();
        for (var result : results) {
            rows.addAll(result.rows());
            checks.addAll(result.checks());
            costs.putAll(result.figures().costs());
            rates.putAll(result.figures().rates());
            ratios.putAll(result.figures().ratios());
            latencies.putAll(result.figures().latenciesMs());
            targets.addAll(result.targets());
            capacity.addAll(result.capacity());
            gatlingReports.addAll(result.gatlingReports());
        }
        var dead = suite.processes().values().stream().filter(p -> !p.isAlive()).map(p -> p.name()).toList();
        checks.add(Check.of("all", "every application still running", dead.isEmpty(),
                dead.isEmpty() ? "all 6 alive" : "died: " + dead + " (see target/suite/logs)"));
        long maxRss = rssMax.values().stream().mapToLong(Long::longValue).max().orElse(0);
        targets.add(new Target("RSS of each application under load", "< " + RSS_GOAL_MB + " MB",
                "max " + maxRss + " MB", maxRss < RSS_GOAL_MB, settings.judgesTargets()));
        var rssByPhase = new LinkedHashMap<String, Map<String, Long>>();
        var cpuByPhase = new LinkedHashMap<String, PhaseCpu>();
        byPhase.forEach((name, phase) -> {
            rssByPhase.put(name, phase.rssMb());
            cpuByPhase.put(name, PhaseCpu.of(phase));
        });
        return new Report(settings.profile().name(), javaOptions, settings.gatewayArguments(), rows, costs, rates,
                ratios, latencies, rssByPhase, rssMax, cpuByPhase, capacity, checks, targets, gatlingReports);
    }

    private static void write(Path out, Report report) {
        try {
            Files.createDirectories(out);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(out.resolve("summary.json").toFile(), report);
            Files.writeString(out.resolve("table.txt"), ReportTable.render(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
