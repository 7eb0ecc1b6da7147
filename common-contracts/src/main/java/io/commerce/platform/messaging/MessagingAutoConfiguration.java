package io.commerce.platform.messaging;

import io.commerce.contracts.event.EventCatalog;
import io.commerce.contracts.event.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events the same way in every service: envelopes as JSON on Kafka, published through the transactional outbox
 * and its batching relay, consumed idempotently, retried and dead-lettered.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer envelopeProducer(EventCodec codec) {
        return factory -> {
            factory.setKeySerializer(castSerializer(new StringSerializer()));
            factory.setValueSerializer(castSerializer(new EnvelopeKafkaSerializer(codec)));
        };
    }

    /** Values stay bytes: the IdempotentConsumer decodes only the events a listener routes. */
    @Bean
    DefaultKafkaConsumerFactoryCustomizer envelopeConsumer() {
        return factory -> {
            factory.setKeyDeserializer(castDeserializer(new StringDeserializer()));
            factory.setValueDeserializer(castDeserializer(new ByteArrayDeserializer()));
        };
    }

    /**
     * The container's own timer times each poll's invocation (events not ours included) under the name the listener
     * observation uses for each handled event, with other tag keys; Prometheus refuses a second set of keys for one
     * name, so whichever registered second was never scraped. The observation's timer is the one that is kept.
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> listenerTimedByObservation() {
        return container -> container.getContainerProperties().setMicrometerEnabled(false);
    }

    @Bean
    CommonErrorHandler deadLetterErrorHandler(KafkaTemplate<Object, Object> template, MeterRegistry meters,
            MessagingProperties properties) {
        return DeadLetterErrorHandlers.create(template, meters, properties);
    }

    @Bean
    KafkaAdmin.NewTopics commerceTopics(MessagingProperties properties) {
        var topics = new ArrayList<NewTopic>();
        for (var topic : EventCatalog.topics()) {
            topics.add(new NewTopic(topic, properties.partitions(), properties.replicas()));
            topics.add(new NewTopic(Topics.deadLetterOf(topic), properties.partitions(), properties.replicas()));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    /** The relay leads on a connection of its own, to the database the pool connects to, named in pg_stat_activity. */
    @Bean
    OutboxRelay outboxRelay(DataSource dataSource, JdbcConnectionDetails database,
            ProducerFactory<Object, Object> producers, MessagingProperties properties, MeterRegistry meters,
            @Value("${spring.application.name}") String application) {
        OutboxRelay.ConnectionFactory connections = () -> {
            var settings = new Properties();
            if (database.getUsername() != null) {
                settings.setProperty("user", database.getUsername());
            }
            if (database.getPassword() != null) {
                settings.setProperty("password", database.getPassword());
            }
            settings.setProperty("ApplicationName", application + " outbox relay");
            return DriverManager.getConnection(database.getJdbcUrl(), settings);
        };
        return new OutboxRelay(dataSource, connections, producers, properties.relay(), meters);
    }

    @Bean
    TraceHeaders traceHeaders(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceHeaders(tracer.getIfAvailable(), propagator.getIfAvailable());
    }

    @Bean
    IntegrationEventPublisher integrationEventPublisher(JdbcTemplate jdbc, EventCodec codec, TraceHeaders traceHeaders,
            OutboxRelay relay, Clock clock) {
        return new IntegrationEventPublisher(jdbc, codec, traceHeaders, relay, clock);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(@Value("${spring.application.name}") String application, EventCodec codec,
            JdbcTemplate jdbc, PlatformTransactionManager transactions,
            ObjectProvider<ObservationRegistry> observations, MeterRegistry meters) {
        return new IdempotentConsumer(application, codec, jdbc, new TransactionTemplate(transactions),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP), meters);
    }

    /** Every instance prunes: the batches skip each other's rows. */
    @Bean
    ProcessedEventRetention processedEventRetention(JdbcTemplate jdbc, PlatformTransactionManager transactions,
            MessagingProperties properties, Clock clock, MeterRegistry meters) {
        return new ProcessedEventRetention(jdbc, new TransactionTemplate(transactions), properties.processed(), clock,
                meters);
    }

    @Bean
    DeadLetterRedriver deadLetterRedriver(ConsumerFactory<?, ?> consumers, KafkaTemplate<Object, Object> template,
            @Value("${spring.application.name}") String application) {
        return new DeadLetterRedriver(consumers, template, application + ".redrive");
    }

    @Bean
    @ConditionalOnAvailableEndpoint
    DeadLetterEndpoint deadLetterEndpoint(DeadLetterRedriver redriver) {
        return new DeadLetterEndpoint(redriver);
    }

    @SuppressWarnings("unchecked")
    private static <T> org.apache.kafka.common.serialization.Serializer<T> castSerializer(
            org.apache.kafka.common.serialization.Serializer<?> serializer) {
        return (org.apache.kafka.common.serialization.Serializer<T>) serializer;
    }

    @SuppressWarnings("unchecked")
    private static <T> org.apache.kafka.common.serialization.Deserializer<T> castDeserializer(
            org.apache.kafka.common.serialization.Deserializer<?> deserializer) {
        return (org.apache.kafka.common.serialization.Deserializer<T>) deserializer;
    }
}
