package io.commerce.load;

import java.util.Locale;
import java.util.Set;

/** The benchmark's table, as printed and as {@code table.txt}: a report laid out for reading, nothing computed here. */
final class ReportTable {

    private final StringBuilder out = new StringBuilder();
    private final int cores;

    private ReportTable(int cores) {
        this.cores = cores;
    }

    static String render(Report report) {
        return render(report, Runtime.getRuntime().availableProcessors());
    }

    /** The table, for a machine of {@code cores} (the CPU section states it). */
    static String render(Report report, int cores) {
        var table = new ReportTable(cores);
        table.measurements(report);
        table.ratios(report);
        table.rss(report);
        table.cpu(report);
        table.capacity(report);
        table.targets(report);
        table.checks(report);
        table.gatlingReports(report);
        return table.out.toString();
    }

    /** A figure as the table writes it: whole above 100, one decimal below, {@code -} when not measured. */
    static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }

    private void measurements(Report report) {
        out.append("\n=== commerce-suite load benchmark (profile ").append(report.profile()).append(") ===\n");
        out.append("applications' JVM options: ").append(report.javaOptions()).append('\n');
        line("%-19s %-40s %12s %-12s %7s %7s %7s %7s  %s%n", "scenario", "measure", "throughput", "", "p50 ms",
                "p95 ms", "p99 ms", "errors", "note");
        for (var row : report.rows()) {
            line("%-19s %-40s %12s %-12s %7s %7s %7s %7d  %s%n", row.scenario(), row.measure(),
                    figure(row.throughput()), row.unit(), ms(row.p50()), ms(row.p95()), ms(row.p99()), row.errors(),
                    row.note());
        }
    }

    private void ratios(Report report) {
        out.append("\nfigures (summary.json keys; costs are CPU ms per unit over every process of the machine)\n");
        report.costs().forEach((key, value) -> line("  %-48s %s ms%n", "costs." + key, decimals(value)));
        report.rates().forEach((key, value) -> line("  %-48s %s /s%n", "rates." + key, figure(value)));
        report.ratios().forEach((key, value) -> line("  %-48s %s (%s %%)%n", "ratios." + key, decimals(value),
                figure(value * 100)));
        report.latenciesMs().forEach((key, value) -> line("  %-48s %s ms%n", "latenciesMs." + key, figure(value)));
    }

    /** A cost or a ratio: two decimals, {@code -} when not measured. */
    static String decimals(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    private void rss(Report report) {
        out.append("\nRSS (VmRSS, MB): highest per phase\n");
        var applications = report.rssMbMax().keySet();
        line("  %-20s", "phase");
        applications.forEach(name -> line(" %20s", name));
        out.append('\n');
        report.rssMbByPhase().forEach((phase, values) -> {
            line("  %-20s", phase);
            applications.forEach(name -> line(" %20s", values.getOrDefault(name, -1L)));
            out.append('\n');
        });
        line("  %-20s", "max");
        applications.forEach(name -> line(" %20s", report.rssMbMax().get(name)));
        out.append('\n');
    }

    private void cpu(Report report) {
        out.append("\nCPU seconds per phase, by process (cores = all CPU ÷ wall clock; the machine has ").append(cores)
                .append(")\n");
        Set<String> processes = report.cpuByPhase().values().stream().findFirst()
                .map(phase -> phase.cpuMs().keySet()).orElse(Set.of());
        line("  %-20s", "phase");
        processes.forEach(name -> line(" %12s", shortName(name)));
        line(" %8s %8s %6s%n", "all", "wall", "cores");
        report.cpuByPhase().forEach((phase, cpu) -> {
            line("  %-20s", phase);
            processes.forEach(name -> line(" %12.1f", cpu.cpuMs().getOrDefault(name, 0L) / 1000.0));
            line(" %8.1f %8.1f %6.2f%n", cpu.totalMs() / 1000.0, cpu.wallMs() / 1000.0,
                    cpu.wallMs() == 0 ? 0 : (double) cpu.totalMs() / cpu.wallMs());
        });
    }

    private void capacity(Report report) {
        out.append("\nwhat the throughput targets need at this run's cost")
                .append(" (CPU of every process in the phase ÷ units)\n");
        for (var need : report.capacity()) {
            line("  %-30s %6.2f CPU ms per %-16s × %6s/s = %5.2f cores of %d%n", need.target(), need.cpuMsPerUnit(),
                    need.unit(), figure(need.ratePerSecond()), need.coresNeeded(), need.coresAvailable());
        }
    }

    private void targets(Report report) {
        out.append("\ntargets\n");
        for (var target : report.targets()) {
            line("  %-6s %-48s goal %-10s measured %s%n", target.status(), target.name(), target.goal(),
                    target.measured());
        }
    }

    private void checks(Report report) {
        out.append("\ncorrectness\n");
        for (var check : report.checks()) {
            line("  %-4s %-19s %-55s %s%n", check.passed() ? "OK" : "FAIL", check.scenario(), check.name(),
                    check.detail());
        }
    }

    private void gatlingReports(Report report) {
        out.append("\nGatling reports:\n");
        report.gatlingReports().forEach(folder -> out.append("  ").append(folder).append("/index.html\n"));
    }

    private void line(String format, Object... values) {
        out.append(String.format(Locale.ROOT, format, values));
    }

    private static String ms(long value) {
        return value < 0 ? "-" : String.valueOf(value);
    }

    private static String shortName(String process) {
        return process.equals(ProcessCpu.THIS_JVM) ? "broker+load" : process.replace("-service", "");
    }
}
