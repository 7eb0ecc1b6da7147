package io.commerce.localstack;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A development token issuer: an RSA key pair, its public JWK set written to a file the services read, and
 * tokens minted for any member id. Production points the services at a real issuer instead.
 */
public final class DevTokens {

    public static final String ISSUER = "https://commerce.local/dev-issuer";
    public static final String AUDIENCE = "commerce-api";

    private static volatile DevTokens shared;

    private final RSAKey key;
    private final Path jwkSetFile;

    private DevTokens(RSAKey key, Path jwkSetFile) {
        this.key = key;
        this.jwkSetFile = jwkSetFile;
    }

    public static DevTokens shared() {
        if (shared == null) {
            synchronized (DevTokens.class) {
                if (shared == null) {
                    try {
                        shared = create(Files.createTempFile("commerce-jwks", ".json"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return shared;
    }

    /** A new key pair whose public half is written to {@code jwkSetFile}. */
    public static DevTokens create(Path jwkSetFile) {
        try {
            var key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            Files.createDirectories(jwkSetFile.toAbsolutePath().getParent());
            Files.writeString(jwkSetFile, new JWKSet(key.toPublicJWK()).toString());
            return new DevTokens(key, jwkSetFile);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a signing key", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the services find the public keys: a {@code file:} URI for {@code commerce.security.jwk-set-uri}. */
    public String jwkSetUri() {
        return jwkSetFile.toUri().toString();
    }

    public String memberToken(String memberId) {
        return mint(memberId, List.of("MEMBER"), Duration.ofHours(12));
    }

    public String adminToken(String memberId) {
        return mint(memberId, List.of("MEMBER", "ADMIN"), Duration.ofHours(12));
    }

    public String mint(String memberId, List<String> roles, Duration validFor) {
        return sign(new JWTClaimsSet.Builder()
                .subject(memberId)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .claim("roles", roles)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(validFor))));
    }

    /** Signs whatever claims a test wants, including wrong ones (expired, other issuer or audience). */
    public String sign(JWTClaimsSet.Builder claims) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }
}
