package io.commerce.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.HashSet;
import java.util.regex.Pattern;

/** The suite's own meters that PromQL expressions read, each of which must be registered somewhere in its code. */
final class MetersInCode {

    private static final Pattern SUITE_METRIC = Pattern.compile("\\bcommerce_[a-z_]+");

    private MetersInCode() {
    }

    /** Fails unless every {@code commerce_…} series named in {@code expressions} is a meter the code registers. */
    static void assertRegistered(Collection<String> expressions) {
        var names = new HashSet<String>();
        var matcher = SUITE_METRIC.matcher(String.join("\n", expressions));
        while (matcher.find()) {
            names.add(matcher.group());
        }
        assertThat(names).isNotEmpty();
        String sources;
        try (var files = Files.walk(Repo.root())) {
            sources = String.join("\n", files
                    .filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/"))
                    .map(Repo::read).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (var name : names) {
            var meter = name.replaceFirst("(_seconds)?(_total|_bucket|_count|_sum)$", "").replace('_', '.');
            assertThat(sources).as("a meter named %s in the code (for %s)", meter, name).contains("\"" + meter + "\"");
        }
    }
}
