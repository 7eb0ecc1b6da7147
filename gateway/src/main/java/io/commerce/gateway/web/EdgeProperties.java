package io.commerce.gateway.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What the gateway accepts from a client before anything is routed.
 *
 * @param maxRequestBody the largest request body; the API takes small JSON commands
 * @param cors           browser origins allowed to call the API
 */
@Validated
@ConfigurationProperties("commerce.gateway")
public record EdgeProperties(
        @DefaultValue("64KB") @NotNull DataSize maxRequestBody,
        @DefaultValue @NotNull @Valid Cors cors) {

    /** @param allowedOrigins exact origins such as {@code https://shop.example}; empty allows none */
    public record Cors(List<String> allowedOrigins) {

        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        }
    }
}
