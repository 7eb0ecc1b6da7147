package io.commerce.edge;

import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.springframework.core.io.ResourceLoader;

/**
 * The keys the suite's tokens are signed with, found at {@code commerce.security.jwk-set-uri}. An {@code http:} or
 * {@code https:} URI is an issuer's published set, which the decoder fetches and refetches when a token names a key
 * it does not know. Any other location ({@code file:}, {@code classpath:}) is read here, once: the local stack writes
 * its set before anything starts and never rotates it, and a set that is missing or malformed then stops the
 * application at start-up, with its location in the message, instead of refusing every request.
 */
public sealed interface SigningKeys {

    /**
     * @throws IllegalStateException when the location is blank or what it holds is not a JWK set
     * @throws UncheckedIOException when a local set cannot be read
     */
    static SigningKeys at(String location, ResourceLoader resources) {
        if (location == null || location.isBlank()) {
            throw new IllegalStateException("No JWK set location: set commerce.security.jwk-set-uri (COMMERCE_JWK_SET_URI)");
        }
        if (location.startsWith("https://") || location.startsWith("http://")) {
            return new Published(location);
        }
        return new Fixed(read(location, resources));
    }

    private static JWKSet read(String location, ResourceLoader resources) {
        try (var in = resources.getResource(location).getInputStream()) {
            return JWKSet.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JWK set at " + location, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The JWK set at " + location + " is not valid: " + e.getMessage(), e);
        }
    }

    /** An issuer's set at an HTTP(S) URI, fetched by the decoder. */
    record Published(String jwkSetUri) implements SigningKeys {
    }

    /** A set read from a local resource at start-up. */
    record Fixed(JWKSet keys) implements SigningKeys {
    }
}
