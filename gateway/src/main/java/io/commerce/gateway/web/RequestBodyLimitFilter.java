package io.commerce.gateway.web;

import java.util.Optional;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies above the limit before anything is routed: at once when {@code Content-Length} says so,
 * and, for a chunked body, once it has been read up to the limit. A chunked body is therefore held (at most the
 * limit, 64 KB) and sent on with its length: streaming it would pass its first chunks to the service before the
 * gateway found it too long. Runs before authentication so an anonymous client cannot make the gateway read
 * megabytes either.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
public class RequestBodyLimitFilter implements WebFilter {

    private final long maxBytes;

    public RequestBodyLimitFilter(EdgeProperties properties) {
        this.maxBytes = properties.maxRequestBody().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            return Mono.error(new PayloadTooLargeException(maxBytes));
        }
        if (declared >= 0 || !request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            // Netty reads no more than a declared length: the body cannot outgrow it
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(request.getBody(), (int) Math.min(Integer.MAX_VALUE, maxBytes))
                .onErrorMap(DataBufferLimitException.class, tooLong -> new PayloadTooLargeException(maxBytes))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(body -> chain.filter(exchange.mutate().request(withBody(request, body)).build()));
    }

    private static ServerHttpRequest withBody(ServerHttpRequest request, Optional<DataBuffer> body) {
        int length = body.map(DataBuffer::readableByteCount).orElse(0);
        var sized = request.mutate().headers(headers -> {
            headers.remove(HttpHeaders.TRANSFER_ENCODING);
            headers.setContentLength(length);
        }).build();
        return new ServerHttpRequestDecorator(sized) {
            @Override
            public Flux<DataBuffer> getBody() {
                return body.map(Flux::just).orElseGet(Flux::empty);
            }
        };
    }
}
