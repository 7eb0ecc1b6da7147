package io.commerce.product.adapter.in.web;

import io.commerce.contracts.core.PageRequest;
import io.commerce.contracts.http.PageResponse;
import io.commerce.product.application.port.in.GetProductQuery;
import io.commerce.product.application.port.in.ListProductsQuery;
import io.commerce.product.application.port.in.PopularProductsQuery;
import io.commerce.product.application.port.in.ProductPageRequest;
import io.commerce.product.application.port.in.ProductPageRequest.SortField;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue as any signed-in member sees it. */
@RestController
@RequestMapping("/api/v1/products")
class ProductController {

    static final String RANKING_STALE_HEADER = "X-Ranking-Stale";

    private final ListProductsQuery listProducts;
    private final GetProductQuery getProduct;
    private final PopularProductsQuery popularProducts;

    ProductController(ListProductsQuery listProducts, GetProductQuery getProduct, PopularProductsQuery popularProducts) {
        this.listProducts = listProducts;
        this.getProduct = getProduct;
        this.popularProducts = popularProducts;
    }

    /** {@code sort} is {@code id}, {@code name} or {@code price}, optionally followed by {@code ,asc} or {@code ,desc}. */
    @GetMapping
    PageResponse<ProductResponse> list(
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @RequestParam(defaultValue = "id,asc") @Pattern(regexp = "(id|name|price)(,(asc|desc))?") String sort) {
        var parts = sort.split(",");
        var request = new ProductPageRequest(PageRequest.of(page, size), SortField.valueOf(parts[0].toUpperCase(Locale.ROOT)),
                parts.length < 2 || parts[1].equals("asc"));
        return PageResponse.of(listProducts.list(request), ProductResponse::of);
    }

    /** Mapped as a literal path, so it is never read as a product id. */
    @GetMapping("/popular")
    ResponseEntity<PopularProductsResponse> popular() {
        var popular = popularProducts.popular();
        var response = ResponseEntity.ok();
        if (popular.stale()) {
            response.header(RANKING_STALE_HEADER, "true");
        }
        return response.body(PopularProductsResponse.of(popular));
    }

    @GetMapping("/{id}")
    ProductResponse get(@PathVariable @Positive long id) {
        return ProductResponse.of(getProduct.get(id));
    }
}
