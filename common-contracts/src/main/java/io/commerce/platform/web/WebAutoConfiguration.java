package io.commerce.platform.web;

import java.util.List;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import tools.jackson.core.StreamReadFeature;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Problem details (Tomcat's own refusals included), the request body limit, strict JSON and the {@code Caller}
 * argument, the same in every service.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebAutoConfiguration.WebProperties.class)
@Import({ProblemDetailsAdvice.class, StrictNumbers.class})
public class WebAutoConfiguration {

    /** @param maxRequestBody the largest request body a service reads */
    @ConfigurationProperties("commerce.web")
    public record WebProperties(DataSize maxRequestBody) {

        public WebProperties {
            if (maxRequestBody == null) {
                maxRequestBody = DataSize.ofKilobytes(64);
            }
        }
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(WebProperties properties) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(properties.maxRequestBody()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Tomcat's own refusals as problems ({@link ProblemErrorReportValve}), set on the host before it starts. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /**
     * A JSON object that names a field twice is malformed: which of the two a reader takes is up to the reader, and a
     * check that reads the other one (a proxy, a WAF, another service) would see a different request.
     */
    @Bean
    JsonMapperBuilderCustomizer strictDuplicateKeys() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    @Bean
    WebMvcConfigurer callerArgumentConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
