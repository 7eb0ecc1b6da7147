package io.commerce.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

class SigningKeysTest {

    private final TestIssuer issuer = TestIssuer.create();
    private final DefaultResourceLoader resources = new DefaultResourceLoader();

    @Test
    void a_key_set_in_a_file_is_read_from_it(@TempDir Path dir) {
        var file = issuer.writeKeySet(dir.resolve("jwks.json"));

        var keys = SigningKeys.at(file.toUri().toString(), resources);

        assertThat(keys).isInstanceOfSatisfying(SigningKeys.Fixed.class, fixed -> assertThat(fixed.keys().getKeys())
                .singleElement().satisfies(key -> assertThat(key.getKeyID()).isEqualTo(issuer.keyId())));
    }

    @Test
    void a_key_set_on_the_class_path_is_read_too(@TempDir Path dir) throws Exception {
        issuer.writeKeySet(dir.resolve("test-jwks.json"));
        try (var classPath = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {

            var keys = SigningKeys.at("classpath:test-jwks.json", new DefaultResourceLoader(classPath));

            assertThat(((SigningKeys.Fixed) keys).keys().getKeyByKeyId(issuer.keyId())).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://auth.example.com/.well-known/jwks.json", "http://auth.internal:8080/jwks"})
    void an_http_key_set_is_left_to_the_decoder_to_fetch(String uri) {
        var nothingToRead = new DefaultResourceLoader() {
            @Override
            public Resource getResource(String location) {
                throw new AssertionError("read " + location);
            }
        };

        assertThat(SigningKeys.at(uri, nothingToRead)).isEqualTo(new SigningKeys.Published(uri));
    }

    @Test
    void a_key_set_that_cannot_be_read_is_an_error_naming_where_it_was_looked_for(@TempDir Path dir) {
        var missing = dir.resolve("no-such-jwks.json").toUri().toString();

        assertThatThrownBy(() -> SigningKeys.at(missing, resources))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read the JWK set at " + missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"keys\": \"none\"}", "{\"issuer\": \"https://issuer.test/\"}", ""})
    void a_malformed_key_set_is_an_error_naming_its_location(String content, @TempDir Path dir) throws Exception {
        var file = Files.writeString(dir.resolve("jwks.json"), content).toUri().toString();

        assertThatThrownBy(() -> SigningKeys.at(file, resources))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The JWK set at " + file + " is not valid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void no_location_is_an_error_naming_the_setting(String location) {
        assertThatThrownBy(() -> SigningKeys.at(location, resources))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("commerce.security.jwk-set-uri");
        assertThatThrownBy(() -> SigningKeys.at(null, resources)).isInstanceOf(IllegalStateException.class);
    }
}
