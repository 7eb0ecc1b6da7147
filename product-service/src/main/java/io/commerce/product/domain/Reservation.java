package io.commerce.product.domain;

import io.commerce.contracts.event.product.StockRejectionReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The stock decision for one order: all of its lines held, or none. There is at most one per order, so a
 * repeated {@code OrderPlaced} finds it and does nothing, and a release happens once.
 */
public final class Reservation {

    private final UUID orderId;
    private final List<ReservedLine> lines;
    private final StockRejectionReason rejectionReason;
    private final Long rejectedProductId;
    private final Instant decidedAt;
    private ReservationStatus status;
    private Instant releasedAt;

    private Reservation(UUID orderId, ReservationStatus status, List<ReservedLine> lines,
            StockRejectionReason rejectionReason, Long rejectedProductId, Instant decidedAt, Instant releasedAt) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.status = Objects.requireNonNull(status, "status");
        this.lines = List.copyOf(lines);
        this.rejectionReason = rejectionReason;
        this.rejectedProductId = rejectedProductId;
        this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
        this.releasedAt = releasedAt;
    }

    public static Reservation restore(UUID orderId, ReservationStatus status, List<ReservedLine> lines,
            StockRejectionReason rejectionReason, Long rejectedProductId, Instant decidedAt, Instant releasedAt) {
        return new Reservation(orderId, status, lines, rejectionReason, rejectedProductId, decidedAt, releasedAt);
    }

    /**
     * Lines naming the same product are merged into one (their quantities added), so a product is checked
     * against its stock once, for everything the order wants of it. The merged lines come out in product-id order.
     */
    public static SortedMap<Long, Long> mergeByProduct(Collection<RequestedLine> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new IllegalArgumentException("An order has at least one line");
        }
        var merged = new TreeMap<Long, Long>();
        for (var line : requested) {
            merged.merge(line.productId(), line.quantity(), Math::addExact);
        }
        return merged;
    }

    /**
     * Holds every line of the order, or none. {@code products} are the products the order names, as found
     * (locked) in the catalogue; a missing one rejects the order. Changes the products' stock only when every
     * line can be supplied.
     */
    public static Decision decide(UUID orderId, Collection<RequestedLine> requested, Map<Long, Product> products,
            Instant now) {
        var wanted = mergeByProduct(requested);
        for (var entry : wanted.entrySet()) {
            var product = products.get(entry.getKey());
            if (product == null) {
                return rejected(orderId, StockRejectionReason.PRODUCT_NOT_FOUND, entry.getKey(), now);
            }
            if (!product.canSupply(entry.getValue())) {
                return rejected(orderId, StockRejectionReason.OUT_OF_STOCK, entry.getKey(), now);
            }
        }
        var lines = new ArrayList<ReservedLine>();
        long subtotal = 0;
        try {
            for (var entry : wanted.entrySet()) {
                var line = new ReservedLine(entry.getKey(), entry.getValue(), products.get(entry.getKey()).price());
                subtotal = Math.addExact(subtotal, line.lineTotal());
                lines.add(line);
            }
        } catch (ArithmeticException e) {
            return rejected(orderId, StockRejectionReason.ORDER_TOO_LARGE, null, now);
        }
        for (var line : lines) {
            products.get(line.productId()).take(line.quantity());
        }
        var reservation = new Reservation(orderId, ReservationStatus.RESERVED, lines, null, null, now, null);
        return new Decision(reservation, new ReservationOutcome.Reserved(reservation));
    }

    /**
     * The order failed before any stock was decided for it: remember that, so a late {@code OrderPlaced}
     * for it reserves nothing.
     */
    public static Reservation releasedBeforeDecided(UUID orderId, Instant now) {
        return new Reservation(orderId, ReservationStatus.RELEASED, List.of(), null, null, now, now);
    }

    private static Decision rejected(UUID orderId, StockRejectionReason reason, Long productId, Instant now) {
        var reservation = new Reservation(orderId, ReservationStatus.REJECTED, List.of(), reason, productId, now, null);
        return new Decision(reservation, new ReservationOutcome.Rejected(orderId, reason, productId));
    }

    /** Product ids whose stock a release gives back, in the order they must be locked. */
    public List<Long> productIds() {
        return lines.stream().map(ReservedLine::productId).sorted().toList();
    }

    /**
     * Gives the held units back to {@code products} (the reserved products, locked). Only a held reservation
     * gives anything back, and only once. A product that has since vanished from the catalogue is skipped.
     */
    public ReleaseOutcome release(Map<Long, Product> products, Instant now) {
        return switch (status) {
            case RELEASED -> ReleaseOutcome.ALREADY_RELEASED;
            case REJECTED -> ReleaseOutcome.NOTHING_RESERVED;
            case RESERVED -> {
                for (var line : lines) {
                    var product = products.get(line.productId());
                    if (product != null) {
                        product.putBack(line.quantity());
                    }
                }
                status = ReservationStatus.RELEASED;
                releasedAt = now;
                yield ReleaseOutcome.RELEASED;
            }
        };
    }

    public long subtotal() {
        return lines.stream().mapToLong(ReservedLine::lineTotal).reduce(0, Math::addExact);
    }

    public UUID orderId() {
        return orderId;
    }

    public ReservationStatus status() {
        return status;
    }

    public List<ReservedLine> lines() {
        return lines;
    }

    public StockRejectionReason rejectionReason() {
        return rejectionReason;
    }

    public Long rejectedProductId() {
        return rejectedProductId;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    /** The reservation to store and what to announce about it. */
    public record Decision(Reservation reservation, ReservationOutcome outcome) {
    }
}
