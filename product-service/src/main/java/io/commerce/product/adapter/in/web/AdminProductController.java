package io.commerce.product.adapter.in.web;

import io.commerce.contracts.identity.Caller;
import io.commerce.platform.web.Printable;
import io.commerce.product.application.port.in.ChangePriceUseCase;
import io.commerce.product.application.port.in.ChangePriceUseCase.ChangePriceCommand;
import io.commerce.product.application.port.in.CreateProductUseCase;
import io.commerce.product.application.port.in.CreateProductUseCase.CreateProductCommand;
import io.commerce.product.application.port.in.RestockProductUseCase;
import io.commerce.product.application.port.in.RestockProductUseCase.RestockCommand;
import io.commerce.product.domain.Product;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators' changes to the catalogue. The shared security chain admits only the ADMIN role here. */
@RestController
@RequestMapping("/api/v1/admin/products")
class AdminProductController {

    private static final Logger log = LoggerFactory.getLogger(AdminProductController.class);

    private final CreateProductUseCase createProduct;
    private final ChangePriceUseCase changePrice;
    private final RestockProductUseCase restockProduct;

    AdminProductController(CreateProductUseCase createProduct, ChangePriceUseCase changePrice,
            RestockProductUseCase restockProduct) {
        this.createProduct = createProduct;
        this.changePrice = changePrice;
        this.restockProduct = restockProduct;
    }

    @PostMapping
    ResponseEntity<ProductResponse> create(@Valid @RequestBody CreateProductRequest request, Caller caller) {
        var product = createProduct.create(new CreateProductCommand(request.name(), request.price(), request.stock()));
        log.info("{} created product {}", caller.memberId(), product.id());
        return ResponseEntity.created(URI.create("/api/v1/products/" + product.id())).body(ProductResponse.of(product));
    }

    @PutMapping("/{id}/price")
    ProductResponse changePrice(@PathVariable @Positive long id, @Valid @RequestBody ChangePriceRequest request,
            Caller caller) {
        var product = changePrice.changePrice(new ChangePriceCommand(id, request.price()));
        log.info("{} set the price of product {} to {}", caller.memberId(), id, request.price());
        return ProductResponse.of(product);
    }

    @PostMapping("/{id}/restock")
    ProductResponse restock(@PathVariable @Positive long id, @Valid @RequestBody RestockRequest request,
            Caller caller) {
        var product = restockProduct.restock(new RestockCommand(id, request.quantity()));
        log.info("{} restocked product {} with {} units", caller.memberId(), id, request.quantity());
        return ProductResponse.of(product);
    }

    record CreateProductRequest(
            @NotBlank @Size(max = Product.MAX_NAME_LENGTH) @Printable String name,
            @NotNull @Positive @Max(Product.MAX_PRICE) Long price,
            @NotNull @PositiveOrZero @Max(Product.MAX_STOCK) Long stock) {
    }

    record ChangePriceRequest(@NotNull @Positive @Max(Product.MAX_PRICE) Long price) {
    }

    record RestockRequest(@NotNull @Positive @Max(Product.MAX_RESTOCK) Long quantity) {
    }
}
