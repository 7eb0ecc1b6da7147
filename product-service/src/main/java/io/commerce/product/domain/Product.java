package io.commerce.product.domain;

import java.util.Objects;

/**
 * Something we sell: its current price and the units still available. Stock only moves through the
 * methods below, each of which keeps it between zero and {@link #MAX_STOCK}.
 */
public final class Product {

    public static final int MAX_NAME_LENGTH = 100;
    /** 1 billion KRW: above any real price, and low enough that price x quantity fits in a long. */
    public static final long MAX_PRICE = 1_000_000_000L;
    public static final long MAX_STOCK = 1_000_000_000L;
    public static final long MAX_RESTOCK = 1_000_000L;

    private final Long id;
    private final String name;
    private long price;
    private long stock;

    private Product(Long id, String name, long price, long stock) {
        this.id = id;
        this.name = name;
        this.price = price;
        this.stock = stock;
    }

    /** A new product, not yet stored (it has no id). */
    public static Product create(String name, long price, long initialStock) {
        return new Product(null, checkedName(name), checkedPrice(price), checkedInitialStock(initialStock));
    }

    /** A product as it was stored. */
    public static Product restore(long id, String name, long price, long stock) {
        return new Product(id, name, price, stock);
    }

    public void changePrice(long newPrice) {
        this.price = checkedPrice(newPrice);
    }

    public void restock(long quantity) {
        if (quantity <= 0 || quantity > MAX_RESTOCK) {
            throw new InvalidProductException("INVALID_QUANTITY",
                    "A restock adds between 1 and " + MAX_RESTOCK + " units.");
        }
        long restocked = Math.addExact(stock, quantity);
        if (restocked > MAX_STOCK) {
            throw new StockLimitExceededException(id, MAX_STOCK);
        }
        this.stock = restocked;
    }

    public boolean canSupply(long quantity) {
        return quantity > 0 && quantity <= stock;
    }

    /** Takes units for an order; the caller has asked {@link #canSupply} first, so a shortfall here is a bug. */
    void take(long quantity) {
        if (!canSupply(quantity)) {
            throw new IllegalStateException("Product " + id + " cannot supply " + quantity + " of " + stock);
        }
        this.stock -= quantity;
    }

    /** Gives back units an order had taken. May exceed the restock ceiling: those units existed already. */
    void putBack(long quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        this.stock = Math.addExact(stock, quantity);
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidProductException("INVALID_NAME", "A product needs a name.");
        }
        var trimmed = name.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidProductException("INVALID_NAME",
                    "A product name has at most " + MAX_NAME_LENGTH + " characters.");
        }
        return trimmed;
    }

    private static long checkedPrice(long price) {
        if (price <= 0 || price > MAX_PRICE) {
            throw new InvalidProductException("INVALID_PRICE", "A price is between 1 and " + MAX_PRICE + " KRW.");
        }
        return price;
    }

    private static long checkedInitialStock(long stock) {
        if (stock < 0 || stock > MAX_STOCK) {
            throw new InvalidProductException("INVALID_STOCK", "Stock is between 0 and " + MAX_STOCK + " units.");
        }
        return stock;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long price() {
        return price;
    }

    public long stock() {
        return stock;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Product other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Product[id=" + id + ", name=" + name + ", price=" + price + ", stock=" + stock + "]";
    }
}
