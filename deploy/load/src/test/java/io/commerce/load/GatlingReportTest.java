package io.commerce.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics are read from the report Gatling 3.15 writes: {@code gatling-orders-smoke-index.html} is the
 * {@code index.html} of a real smoke run of {@code OrdersSimulation} (30 orders, a group with two requests in it).
 */
class GatlingReportTest {

    private static String storedReport() throws IOException {
        try (var in = GatlingReportTest.class.getResourceAsStream("/gatling-orders-smoke-index.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void every_request_and_group_of_the_report_is_read_in_the_reports_order() throws IOException {
        var stats = GatlingReport.statistics(storedReport());

        assertThat(stats.keySet()).containsExactly("All Requests", "placement to final state", "place order",
                "poll order");
    }

    @Test
    void a_lines_counts_rate_and_percentiles_come_from_their_columns() throws IOException {
        var stats = GatlingReport.statistics(storedReport());

        // total, OK, KO, count/s, p50, p95, p99, max as the report's table shows them
        assertThat(stats.get("placement to final state"))
                .isEqualTo(new RequestStats("placement to final state", 30, 30, 0, 3.75, 5635, 6210, 6253, 6253));
        assertThat(stats.get("place order"))
                .isEqualTo(new RequestStats("place order", 30, 30, 0, 3.75, 229, 567, 755, 755));
        assertThat(stats.get("poll order"))
                .isEqualTo(new RequestStats("poll order", 60, 60, 0, 7.5, 3163, 3688, 3952, 3952));
    }

    @Test
    void failed_requests_and_escaped_names_are_read_as_written() throws IOException {
        var html = storedReport()
                .replace(">poll order<", ">poll &amp; &quot;wait&quot;<")
                .replace("<td class=\"value ok col-3\">60</td>\n  <td class=\"value ko col-4\">0</td>",
                        "<td class=\"value ok col-3\">1,055</td>\n  <td class=\"value ko col-4\">1,240</td>");

        var poll = GatlingReport.statistics(html).get("poll & \"wait\"");

        assertThat(poll.ok()).isEqualTo(1_055);
        assertThat(poll.ko()).isEqualTo(1_240);
    }

    @Test
    void a_report_folder_is_read_from_its_index(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("index.html"), storedReport());

        var report = GatlingReport.read(folder);

        assertThat(report.folder()).isEqualTo(folder);
        assertThat(report.get("place order").total()).isEqualTo(30);
    }

    @Test
    void a_request_the_run_never_sent_is_empty_if_optional_and_an_error_if_required() throws IOException {
        var report = new GatlingReport(Path.of("orders"), GatlingReport.statistics(storedReport()));

        assertThat(report.getOrEmpty("cancel order"))
                .isEqualTo(new RequestStats("cancel order", 0, 0, 0, 0, 0, 0, 0, 0));
        assertThatThrownBy(() -> report.get("cancel order")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cancel order").hasMessageContaining("place order");
    }
}
