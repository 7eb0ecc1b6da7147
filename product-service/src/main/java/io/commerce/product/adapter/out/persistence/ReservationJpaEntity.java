package io.commerce.product.adapter.out.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

@Entity
@Table(name = "stock_reservation")
class ReservationJpaEntity implements Persistable<UUID> {

    @Id
    @Column(name = "order_id")
    private UUID orderId;

    @Column(nullable = false)
    private String status;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "rejected_product_id")
    private Long rejectedProductId;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "stock_reservation_line", joinColumns = @JoinColumn(name = "order_id"))
    private List<Line> lines = new ArrayList<>();

    @jakarta.persistence.Transient
    private boolean isNew;

    protected ReservationJpaEntity() {
    }

    ReservationJpaEntity(UUID orderId, String status, String rejectionReason, Long rejectedProductId,
            Instant decidedAt, Instant releasedAt, List<Line> lines) {
        this.orderId = orderId;
        this.status = status;
        this.rejectionReason = rejectionReason;
        this.rejectedProductId = rejectedProductId;
        this.decidedAt = decidedAt;
        this.releasedAt = releasedAt;
        this.lines = new ArrayList<>(lines);
        this.isNew = true;
    }

    void update(String status, Instant releasedAt) {
        this.status = status;
        this.releasedAt = releasedAt;
    }

    @Override
    public UUID getId() {
        return orderId;
    }

    /** Always a plain insert for a new decision, so a second one for the same order fails on the key. */
    @Override
    public boolean isNew() {
        return isNew;
    }

    String getStatus() {
        return status;
    }

    String getRejectionReason() {
        return rejectionReason;
    }

    Long getRejectedProductId() {
        return rejectedProductId;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    Instant getReleasedAt() {
        return releasedAt;
    }

    List<Line> getLines() {
        return lines;
    }

    @Embeddable
    static class Line {

        @Column(name = "product_id", nullable = false)
        private long productId;

        @Column(nullable = false)
        private long quantity;

        @Column(name = "unit_price", nullable = false)
        private long unitPrice;

        protected Line() {
        }

        Line(long productId, long quantity, long unitPrice) {
            this.productId = productId;
            this.quantity = quantity;
            this.unitPrice = unitPrice;
        }

        long getProductId() {
            return productId;
        }

        long getQuantity() {
            return quantity;
        }

        long getUnitPrice() {
            return unitPrice;
        }
    }
}
