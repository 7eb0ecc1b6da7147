package io.commerce.gateway;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.commerce.localstack.DevTokens;
import io.commerce.localstack.EmbeddedRedisServer;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * WireMock servers standing in for the four routed services, one each, so a test can tell which service got
 * a call. Started once per JVM; the gateway finds them, the dev token issuer and the JVM's Redis through the same
 * environment variables a deployment sets, so a test class can still override any of them.
 */
public final class FakeServices implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final WireMockServer BALANCE = start();
    public static final WireMockServer PRODUCT = start();
    public static final WireMockServer COUPON = start();
    public static final WireMockServer ORDER = start();

    private static WireMockServer start() {
        var server = new WireMockServer(options().dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    public static List<WireMockServer> all() {
        return List.of(BALANCE, PRODUCT, COUPON, ORDER);
    }

    public static void resetAll() {
        all().forEach(WireMockServer::resetAll);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addLast(new MapPropertySource("fake-services", Map.of(
                "BALANCE_SERVICE_URL", BALANCE.baseUrl(),
                "PRODUCT_SERVICE_URL", PRODUCT.baseUrl(),
                "COUPON_SERVICE_URL", COUPON.baseUrl(),
                "ORDER_SERVICE_URL", ORDER.baseUrl(),
                "COMMERCE_JWK_SET_URI", DevTokens.shared().jwkSetUri(),
                "COMMERCE_TOKEN_ISSUER", DevTokens.ISSUER,
                "REDIS_HOST", EmbeddedRedisServer.shared().host(),
                "REDIS_PORT", Integer.toString(EmbeddedRedisServer.shared().port()))));
    }
}
