package io.commerce.order.adapter.in.web;

import io.commerce.contracts.core.IdempotencyKey;
import io.commerce.contracts.core.PageRequest;
import io.commerce.contracts.http.CommerceHeaders;
import io.commerce.contracts.http.PageResponse;
import io.commerce.contracts.identity.Caller;
import io.commerce.order.application.port.in.AwaitOrderQuery;
import io.commerce.order.application.port.in.CancelOrderUseCase;
import io.commerce.order.application.port.in.GetOrderQuery;
import io.commerce.order.application.port.in.ListOrdersQuery;
import io.commerce.order.application.port.in.PlaceOrderUseCase;
import io.commerce.order.application.port.in.PlaceOrderUseCase.PlaceOrderCommand;
import io.commerce.order.domain.OrderLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own orders: every endpoint acts for the member in the token and for nobody else. */
@RestController
@RequestMapping("/api/v1/orders")
class OrderController {

    static final String IDEMPOTENCY_KEY = CommerceHeaders.IDEMPOTENCY_KEY;
    static final String REPLAYED = "Idempotent-Replayed";
    /**
     * The longest {@code ?wait=} in seconds: the answer must reach the client inside the gateway's 5 s route
     * timeout, which would otherwise turn a wait into a 504 and count it against the service's circuit.
     */
    static final int MAX_WAIT_SECONDS = 3;

    private final PlaceOrderUseCase place;
    private final GetOrderQuery order;
    private final AwaitOrderQuery settledOrder;
    private final ListOrdersQuery orders;
    private final CancelOrderUseCase cancel;

    OrderController(PlaceOrderUseCase place, GetOrderQuery order, AwaitOrderQuery settledOrder, ListOrdersQuery orders,
            CancelOrderUseCase cancel) {
        this.place = place;
        this.order = order;
        this.settledOrder = settledOrder;
        this.orders = orders;
        this.cancel = cancel;
    }

    /** 202: the order is PENDING until the saga ends; poll the Location. A replay of the same key answers 200. */
    @PostMapping
    ResponseEntity<OrderResponse> place(Caller caller, @Valid @RequestBody PlaceOrderRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        var key = idempotencyKey == null ? null : new IdempotencyKey(idempotencyKey);
        var lines = request.lines().stream().map(l -> OrderLine.of(l.productId(), l.quantity())).toList();
        var placed = place.place(new PlaceOrderCommand(caller.memberId(), lines, request.couponId(), key));
        var response = OrderResponse.from(placed.order());
        var location = URI.create("/api/v1/orders/" + placed.order().id());
        return placed.replayed()
                ? ResponseEntity.ok().location(location).header(REPLAYED, "true").body(response)
                : ResponseEntity.status(HttpStatus.ACCEPTED).location(location).body(response);
    }

    /**
     * The order now; with {@code ?wait=N} (1..{@value #MAX_WAIT_SECONDS}) a PENDING order is answered as soon as
     * its saga ends, or after N seconds still PENDING, instead of the client polling.
     */
    @GetMapping("/{id}")
    OrderResponse order(Caller caller, @PathVariable UUID id,
            @RequestParam(name = "wait", defaultValue = "0") @Min(0) @Max(MAX_WAIT_SECONDS) int waitSeconds) {
        return OrderResponse.from(waitSeconds == 0 ? order.orderOf(caller.memberId(), id)
                : settledOrder.awaitSettled(caller.memberId(), id, Duration.ofSeconds(waitSeconds)));
    }

    @GetMapping
    PageResponse<OrderResponse> orders(Caller caller,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return PageResponse.of(orders.ordersOf(caller.memberId(), PageRequest.of(page, size)), OrderResponse::from);
    }

    @PostMapping("/{id}/cancel")
    OrderResponse cancel(Caller caller, @PathVariable UUID id) {
        return OrderResponse.from(cancel.cancel(caller.memberId(), id));
    }
}
