package io.commerce.product.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductTest {

    private static Product aProduct(long price, long stock) {
        return Product.restore(1, "Keyboard", price, stock);
    }

    @Test
    void a_new_product_keeps_its_trimmed_name_price_and_stock() {
        var product = Product.create("  Keyboard ", 30_000, 5);

        assertThat(product.name()).isEqualTo("Keyboard");
        assertThat(product.price()).isEqualTo(30_000);
        assertThat(product.stock()).isEqualTo(5);
        assertThat(product.id()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_product_needs_a_name(String name) {
        assertThatThrownBy(() -> Product.create(name, 1, 0))
                .isInstanceOf(InvalidProductException.class)
                .extracting("code").isEqualTo("INVALID_NAME");
    }

    @Test
    void a_name_longer_than_the_limit_is_refused() {
        assertThatThrownBy(() -> Product.create("x".repeat(Product.MAX_NAME_LENGTH + 1), 1, 0))
                .extracting("code").isEqualTo("INVALID_NAME");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Product.MAX_PRICE + 1, Long.MIN_VALUE})
    void a_price_is_positive_and_bounded(long price) {
        assertThatThrownBy(() -> Product.create("Keyboard", price, 0)).extracting("code").isEqualTo("INVALID_PRICE");
        var product = aProduct(100, 1);
        assertThatThrownBy(() -> product.changePrice(price)).extracting("code").isEqualTo("INVALID_PRICE");
        assertThat(product.price()).isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, Product.MAX_STOCK + 1})
    void initial_stock_is_never_negative_nor_above_the_ceiling(long stock) {
        assertThatThrownBy(() -> Product.create("Keyboard", 1, stock)).extracting("code").isEqualTo("INVALID_STOCK");
    }

    @Test
    void a_restock_adds_units() {
        var product = aProduct(100, 3);

        product.restock(7);

        assertThat(product.stock()).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -5, Product.MAX_RESTOCK + 1, Long.MAX_VALUE})
    void a_restock_quantity_is_positive_and_bounded_and_changes_nothing_otherwise(long quantity) {
        var product = aProduct(100, 3);

        assertThatThrownBy(() -> product.restock(quantity)).extracting("code").isEqualTo("INVALID_QUANTITY");
        assertThat(product.stock()).isEqualTo(3);
    }

    @Test
    void a_restock_past_the_stock_ceiling_is_refused_and_changes_nothing() {
        var product = aProduct(100, Product.MAX_STOCK - 1);

        assertThatThrownBy(() -> product.restock(2)).isInstanceOf(StockLimitExceededException.class)
                .extracting("code").isEqualTo("STOCK_LIMIT_EXCEEDED");
        assertThat(product.stock()).isEqualTo(Product.MAX_STOCK - 1);
    }

    @Test
    void a_product_supplies_at_most_its_stock() {
        var product = aProduct(100, 3);

        assertThat(product.canSupply(3)).isTrue();
        assertThat(product.canSupply(4)).isFalse();
        assertThat(product.canSupply(0)).isFalse();
        assertThatThrownBy(() -> product.take(4)).isInstanceOf(IllegalStateException.class);
        assertThat(product.stock()).isEqualTo(3);
    }
}
