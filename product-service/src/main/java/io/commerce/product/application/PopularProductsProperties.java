package io.commerce.product.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What "popular" means.
 *
 * @param days  the sales window in calendar days, today included (the data platform fixes the time zone)
 * @param limit how many products to show
 */
@Validated
@ConfigurationProperties("commerce.popular-products")
public record PopularProductsProperties(@Min(1) @Max(30) int days, @Min(1) @Max(100) int limit) {
}
