package io.commerce.localstack.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When an application's AOT cache is used, and when it must be trained again. */
class AotCacheTest {

    @TempDir
    Path target;

    @Test
    void a_cache_is_current_only_when_trained_after_the_extraction_it_belongs_to() throws IOException {
        var cache = AotCache.of("order-service", target.resolve("order-service-0.1.0.jar"));
        var thinJar = target.resolve("aot/order-service/order-service.jar");
        Files.createDirectories(thinJar.getParent());
        Files.writeString(thinJar, "extracted");
        touch(thinJar, Instant.parse("2026-12-02T10:00:00Z"));
        assertThat(cache.isCurrent()).as("no cache yet").isFalse();

        Files.writeString(cache.file(), "cache");
        touch(cache.file(), Instant.parse("2026-12-02T10:01:00Z"));
        assertThat(cache.isCurrent()).isTrue();

        touch(thinJar, Instant.parse("2026-12-02T10:02:00Z"));
        assertThat(cache.isCurrent()).as("extracted again after training").isFalse();
    }

    @Test
    void training_writes_the_cache_the_start_reads_with_room_to_assemble_it() {
        var cache = AotCache.of("gateway", target.resolve("gateway-0.1.0.jar"));

        assertThat(cache.file()).isEqualTo(target.resolve("aot/gateway.aot"));
        assertThat(cache.trainingOptions()).containsExactly("-XX:AOTCacheOutput=" + cache.file(),
                "-Dspring.context.exit=onRefresh", "-XX:MaxMetaspaceSize=512m");
        assertThat(cache.useOptions()).containsExactly("-XX:AOTCache=" + cache.file());
    }

    @Test
    void the_environment_chooses_train_by_default_and_refuses_anything_unknown() {
        assertThat(AotCache.Use.parse(null)).isEqualTo(AotCache.Use.TRAIN);
        assertThat(AotCache.Use.parse(" ")).isEqualTo(AotCache.Use.TRAIN);
        assertThat(AotCache.Use.parse("if-present")).isEqualTo(AotCache.Use.IF_PRESENT);
        assertThat(AotCache.Use.parse("off")).isEqualTo(AotCache.Use.OFF);
        assertThatThrownBy(() -> AotCache.Use.parse("sometimes")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void touch(Path file, Instant when) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(when));
    }
}
