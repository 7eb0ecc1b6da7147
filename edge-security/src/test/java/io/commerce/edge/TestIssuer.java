package io.commerce.edge;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
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
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** An RSA key that signs tokens the way the suite's issuer does, and its public JWK set. */
final class TestIssuer {

    static final String ISSUER = "https://issuer.test/";
    static final String AUDIENCE = "commerce-api";

    private final RSAKey key;

    private TestIssuer(RSAKey key) {
        this.key = key;
    }

    static TestIssuer create() {
        try {
            return new TestIssuer(new RSAKeyGenerator(2048).keyID("test-" + System.nanoTime()).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String keyId() {
        return key.getKeyID();
    }

    String publicKeySet() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    Path writeKeySet(Path file) {
        try {
            return Files.writeString(file, publicKeySet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Claims a valid member token has: sub, iss, aud, an hour of validity, roles. */
    JWTClaimsSet.Builder validClaims() {
        var now = Instant.now();
        return new JWTClaimsSet.Builder().subject("member-1").issuer(ISSUER).audience(AUDIENCE)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("roles", List.of("MEMBER"));
    }

    String sign(JWTClaimsSet.Builder claims) {
        return sign(JWSAlgorithm.RS256, claims);
    }

    /** Signs claims given as JSON text, exactly as written (escapes included). */
    String signJson(String claims) {
        try {
            var jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), new Payload(claims));
            jws.sign(new RSASSASigner(key));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String sign(JWSAlgorithm algorithm, JWTClaimsSet.Builder claims) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
