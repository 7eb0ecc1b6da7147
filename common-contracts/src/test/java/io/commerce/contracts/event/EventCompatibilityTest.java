package io.commerce.contracts.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.commerce.platform.messaging.EventCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pins each event's JSON shape to a golden file ({@code golden/<Type>.v<version>.json}). A change that
 * renames, removes or retypes a field fails here; such a change needs a new version and the old golden
 * file stays, because consumers must still read what older publishers sent.
 * Regenerate after a deliberate, compatible change with {@code -Dgolden.update=true}.
 */
class EventCompatibilityTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventCodec codec = new EventCodec();

    @Test
    void every_event_in_the_catalog_has_a_sample() {
        assertThat(EventSamples.BY_TYPE.keySet())
                .containsExactlyInAnyOrderElementsOf(EventCatalog.all().stream().map(EventType::name).toList());
    }

    @TestFactory
    Stream<DynamicTest> each_event_serializes_exactly_as_its_golden_file() {
        return EventCatalog.all().stream().map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            var envelope = EventEnvelope.of(EventSamples.BY_TYPE.get(type.name()), EventSamples.EVENT, EventSamples.AT);
            var actual = JSON.readTree(codec.encode(envelope));
            var file = GOLDEN.resolve(type.name() + ".v" + type.version() + ".json");
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(GOLDEN);
                Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
            }
            if (!Files.exists(file)) {
                fail("No golden file " + file + "; create it with -Dgolden.update=true after reviewing the shape");
            }
            assertThat(actual).isEqualTo(JSON.readTree(Files.readString(file)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_golden_file_old_or_new_still_decodes() throws IOException {
        try (var files = Files.list(GOLDEN)) {
            return files.toList().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                var decoded = codec.decode(Files.readAllBytes(file));
                var expectedType = file.getFileName().toString().replaceAll("\\.v\\d+\\.json$", "");
                assertThat(decoded.type()).isEqualTo(expectedType);
                assertThat(decoded.payload()).isInstanceOf(EventCatalog.byName(expectedType).javaType());
            }));
        }
    }

    @Test
    void names_are_unique_and_every_topic_is_a_known_one() {
        assertThat(EventCatalog.all()).extracting(EventType::name).doesNotHaveDuplicates();
        assertThat(EventCatalog.topics()).containsExactlyInAnyOrder(Topics.ORDER_EVENTS, Topics.PRODUCT_EVENTS,
                Topics.COUPON_EVENTS, Topics.BALANCE_EVENTS);
    }
}
