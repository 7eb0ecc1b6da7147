package io.commerce.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What each application does on Kafka, read from the code: the topics it publishes (the events it passes to
 * {@code publish(new ...)}, by the topic the EventCatalog gives their type), those it consumes
 * ({@code @KafkaListener(topics = Topics.X)}), its consumer group and the group of its dead-letter redrive.
 */
record KafkaTopology(String application, Set<String> publishes, Set<String> consumes, String group,
        String redriveGroup) {

    private static final Pattern TOPIC_CONSTANT = Pattern.compile("String\\s+([A-Z_]+)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CATALOG_ENTRY =
            Pattern.compile("new EventType<>\\(\"\\w+\",\\s*\\d+,\\s*Topics\\.([A-Z_]+),\\s*(\\w+)\\.class\\)");
    private static final Pattern PUBLISH = Pattern.compile("\\.publish\\(new (\\w+)\\(");
    private static final Pattern LISTENER = Pattern.compile("@KafkaListener\\(([^)]*)\\)");
    private static final Pattern TOPIC_REFERENCE = Pattern.compile("Topics\\.([A-Z_]+)");
    private static final Pattern REDRIVE_GROUP =
            Pattern.compile("new DeadLetterRedriver\\([^;]*application \\+ \"([^\"]+)\"");

    static String deadLetterTopic(String topic) {
        var source = Repo.read(Repo.path("common-contracts/src/main/java/io/commerce/contracts/event/Topics.java"));
        var suffix = Pattern.compile("DEAD_LETTER_SUFFIX\\s*=\\s*\"([^\"]+)\"").matcher(source);
        assertThat(suffix.find()).as("Topics.DEAD_LETTER_SUFFIX").isTrue();
        return topic + suffix.group(1);
    }

    /** Every application that uses Kafka, by name. */
    static Map<String, KafkaTopology> ofApplications() {
        var topics = constants();
        var eventTopics = new LinkedHashMap<String, String>();
        var catalog = CATALOG_ENTRY.matcher(Repo.read(Repo.path(
                "common-contracts/src/main/java/io/commerce/contracts/event/EventCatalog.java")));
        while (catalog.find()) {
            eventTopics.put(catalog.group(2), topics.get(catalog.group(1)));
        }
        assertThat(eventTopics).as("the EventCatalog's event types").isNotEmpty();

        var defaults = Repo.read(Repo.path("common-contracts/src/main/resources/commerce-defaults.properties"));
        assertThat(defaults).as("every service consumes as its application's group")
                .contains("spring.kafka.consumer.group-id=${spring.application.name}");
        var redrive = REDRIVE_GROUP.matcher(Repo.mainSources("common-contracts"));
        assertThat(redrive.find()).as("the redriver's group in MessagingAutoConfiguration").isTrue();

        var topologies = new LinkedHashMap<String, KafkaTopology>();
        for (var app : Repo.apps()) {
            if (!app.placeholders().containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
                continue;
            }
            var sources = Repo.mainSources(app.name());
            var publishes = new TreeSet<String>();
            var published = PUBLISH.matcher(sources);
            while (published.find()) {
                if (eventTopics.containsKey(published.group(1))) {
                    publishes.add(eventTopics.get(published.group(1)));
                }
            }
            var consumes = new TreeSet<String>();
            var listener = LISTENER.matcher(sources);
            while (listener.find()) {
                var reference = TOPIC_REFERENCE.matcher(listener.group(1));
                while (reference.find()) {
                    consumes.add(topics.get(reference.group(1)));
                }
            }
            var name = Pattern.compile("application:\\s*\\n\\s*name:\\s*(\\S+)").matcher(app.applicationYml());
            assertThat(name.find()).as("%s spring.application.name", app.name()).isTrue();
            topologies.put(app.name(), new KafkaTopology(app.name(), publishes, consumes, name.group(1),
                    name.group(1) + redrive.group(1)));
        }
        return topologies;
    }

    private static Map<String, String> constants() {
        var topics = new LinkedHashMap<String, String>();
        var matcher = TOPIC_CONSTANT.matcher(Repo.read(Repo.path(
                "common-contracts/src/main/java/io/commerce/contracts/event/Topics.java")));
        while (matcher.find()) {
            topics.put(matcher.group(1), matcher.group(2));
        }
        return topics;
    }
}
