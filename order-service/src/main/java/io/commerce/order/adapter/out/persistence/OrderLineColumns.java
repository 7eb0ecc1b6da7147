package io.commerce.order.adapter.out.persistence;

import io.commerce.order.domain.OrderLine;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class OrderLineColumns {

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price")
    private Long unitPrice;

    protected OrderLineColumns() {
    }

    static OrderLineColumns from(OrderLine line) {
        var columns = new OrderLineColumns();
        columns.productId = line.productId();
        columns.quantity = line.quantity();
        columns.unitPrice = line.unitPrice();
        return columns;
    }

    OrderLine toDomain() {
        return new OrderLine(productId, quantity, unitPrice);
    }
}
