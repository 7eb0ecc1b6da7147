package io.commerce.product.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.commerce.product.application.port.in.ChangePriceUseCase;
import io.commerce.product.application.port.in.ChangePriceUseCase.ChangePriceCommand;
import io.commerce.product.application.port.in.CreateProductUseCase;
import io.commerce.product.application.port.in.CreateProductUseCase.CreateProductCommand;
import io.commerce.product.application.port.in.RestockProductUseCase;
import io.commerce.product.application.port.in.RestockProductUseCase.RestockCommand;
import io.commerce.product.domain.Product;
import io.commerce.product.domain.ProductNotFoundException;
import io.commerce.product.domain.StockLimitExceededException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(AdminProductController.class)
class AdminProductControllerTest {

    private static final Product KEYBOARD = Product.restore(7, "Keyboard", 30_000, 12);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CreateProductUseCase createProduct;
    @MockitoBean
    ChangePriceUseCase changePrice;
    @MockitoBean
    RestockProductUseCase restock;
    @MockitoBean
    JwtDecoder jwtDecoder;

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request, String body) {
        return request.with(jwt().jwt(j -> j.subject("operator-1"))
                        .authorities(new SimpleGrantedAuthority("ROLE_MEMBER"), new SimpleGrantedAuthority("ROLE_ADMIN")))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static MockHttpServletRequestBuilder create(String body) {
        return asAdmin(post("/api/v1/admin/products"), body);
    }

    @Test
    void an_operator_creates_a_product_and_gets_its_location() throws Exception {
        given(createProduct.create(any())).willReturn(KEYBOARD);

        mvc.perform(create("{\"name\":\"Keyboard\",\"price\":30000,\"stock\":12}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/products/7"))
                .andExpect(jsonPath("$.id").value(7))
                .andExpect(jsonPath("$.stock").value(12));
        verify(createProduct).create(new CreateProductCommand("Keyboard", 30_000, 12));
    }

    @Test
    void a_product_may_start_with_no_stock() throws Exception {
        given(createProduct.create(any())).willReturn(Product.restore(8, "Mouse", 1, 0));

        mvc.perform(create("{\"name\":\"Mouse\",\"price\":1,\"stock\":0}")).andExpect(status().isCreated());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{\"price\":30000,\"stock\":1}",
            "{\"name\":\"\",\"price\":30000,\"stock\":1}",
            "{\"name\":\"   \",\"price\":30000,\"stock\":1}",
            "{\"name\":null,\"price\":30000,\"stock\":1}",
            "{\"name\":\"Keyboard\",\"stock\":1}",
            "{\"name\":\"Keyboard\",\"price\":30000}",
            "{\"name\":\"Keyboard\",\"price\":0,\"stock\":1}",
            "{\"name\":\"Keyboard\",\"price\":-1,\"stock\":1}",
            "{\"name\":\"Keyboard\",\"price\":1000000001,\"stock\":1}",
            "{\"name\":\"Keyboard\",\"price\":30000,\"stock\":-1}",
            "{\"name\":\"Keyboard\",\"price\":30000,\"stock\":1000000001}",
            "{\"name\":\"Keyboard\",\"price\":9223372036854775807,\"stock\":1}",
            // NUL, which PostgreSQL's text refuses, another control character, and half a surrogate pair
            "{\"name\":\"Key\\u0000board\",\"price\":30000,\"stock\":1}",
            "{\"name\":\"Key\\u001bboard\",\"price\":30000,\"stock\":1}",
            "{\"name\":\"Key\\ud83dboard\",\"price\":30000,\"stock\":1}",
            "{\"name\":\"Key\\ude00board\",\"price\":30000,\"stock\":1}"})
    void a_product_with_a_missing_or_out_of_range_field_is_a_validation_problem(String body) throws Exception {
        mvc.perform(create(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        verifyNoInteractions(createProduct);
    }

    @Test
    void a_name_over_one_hundred_characters_is_a_validation_problem() throws Exception {
        mvc.perform(create("{\"name\":\"" + "x".repeat(101) + "\",\"price\":1,\"stock\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        verifyNoInteractions(createProduct);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"name\":\"Keyboard\",",
            "not json",
            "[]",
            "{\"name\":\"Keyboard\",\"price\":\"cheap\",\"stock\":1}",
            "{\"name\":\"Keyboard\",\"price\":1.5,\"stock\":1}",
            "{\"name\":\"Keyboard\",\"price\":\"100\",\"stock\":1}",
            "{\"name\":\"Keyboard\",\"price\":true,\"stock\":1}",
            "{\"name\":\"Keyboard\",\"price\":99999999999999999999,\"stock\":1}",
            "{\"name\":\"Keyboard\",\"price\":100,\"stock\":99999999999999999999}",
            "{\"name\":[\"Keyboard\"],\"price\":100,\"stock\":1}"})
    void a_malformed_product_is_a_400_and_creates_nothing(String body) throws Exception {
        mvc.perform(create(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        verifyNoInteractions(createProduct);
    }

    @Test
    void a_member_who_is_not_an_operator_may_not_create_change_or_restock() throws Exception {
        var member = jwt().jwt(j -> j.subject("member-1")).authorities(new SimpleGrantedAuthority("ROLE_MEMBER"));

        mvc.perform(post("/api/v1/admin/products").with(member).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Keyboard\",\"price\":30000,\"stock\":12}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(put("/api/v1/admin/products/7/price").with(member).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"price\":1}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(post("/api/v1/admin/products/7/restock").with(member).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"quantity\":1}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        verifyNoInteractions(createProduct, changePrice, restock);
    }

    @Test
    void without_a_token_an_admin_endpoint_is_a_401_problem() throws Exception {
        mvc.perform(post("/api/v1/admin/products").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Keyboard\",\"price\":30000,\"stock\":12}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        verifyNoInteractions(createProduct);
    }

    @Test
    void an_operator_changes_a_price() throws Exception {
        given(changePrice.changePrice(any())).willReturn(Product.restore(7, "Keyboard", 25_000, 12));

        mvc.perform(asAdmin(put("/api/v1/admin/products/7/price"), "{\"price\":25000}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.price").value(25_000));
        verify(changePrice).changePrice(new ChangePriceCommand(7, 25_000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"price\":null}", "{\"price\":0}", "{\"price\":-100}", "{\"price\":1000000001}"})
    void a_missing_zero_negative_or_huge_price_is_a_validation_problem(String body) throws Exception {
        mvc.perform(asAdmin(put("/api/v1/admin/products/7/price"), body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        verifyNoInteractions(changePrice);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"price\":\"free\"}", "{\"price\":12.5}", "{\"price\":", "{\"price\":18446744073709551616}"})
    void a_malformed_price_is_a_400(String body) throws Exception {
        mvc.perform(asAdmin(put("/api/v1/admin/products/7/price"), body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        verifyNoInteractions(changePrice);
    }

    @Test
    void changing_the_price_of_an_unknown_product_is_a_404_problem() throws Exception {
        given(changePrice.changePrice(any())).willThrow(new ProductNotFoundException(99));

        mvc.perform(asAdmin(put("/api/v1/admin/products/99/price"), "{\"price\":1}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("PRODUCT_NOT_FOUND"));
    }

    @Test
    void an_operator_restocks_a_product() throws Exception {
        given(restock.restock(any())).willReturn(Product.restore(7, "Keyboard", 30_000, 20));

        mvc.perform(asAdmin(post("/api/v1/admin/products/7/restock"), "{\"quantity\":8}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stock").value(20));
        verify(restock).restock(new RestockCommand(7, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"quantity\":0}", "{\"quantity\":-1}", "{\"quantity\":1000001}",
            "{\"quantity\":9223372036854775807}"})
    void a_missing_zero_negative_or_too_large_restock_is_a_validation_problem(String body) throws Exception {
        mvc.perform(asAdmin(post("/api/v1/admin/products/7/restock"), body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        verifyNoInteractions(restock);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"quantity\":\"many\"}", "{\"quantity\":2.5}", "{\"quantity\":9223372036854775808}"})
    void a_malformed_restock_is_a_400(String body) throws Exception {
        mvc.perform(asAdmin(post("/api/v1/admin/products/7/restock"), body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        verifyNoInteractions(restock);
    }

    @Test
    void a_restock_past_the_stock_ceiling_is_a_422_problem() throws Exception {
        given(restock.restock(any())).willThrow(new StockLimitExceededException(7L, Product.MAX_STOCK));

        mvc.perform(asAdmin(post("/api/v1/admin/products/7/restock"), "{\"quantity\":1000000}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("STOCK_LIMIT_EXCEEDED"));
    }

    @Test
    void restocking_an_unknown_product_is_a_404_problem_and_a_non_numeric_id_a_400() throws Exception {
        given(restock.restock(any())).willThrow(new ProductNotFoundException(99));

        mvc.perform(asAdmin(post("/api/v1/admin/products/99/restock"), "{\"quantity\":1}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("PRODUCT_NOT_FOUND"));
        mvc.perform(asAdmin(post("/api/v1/admin/products/abc/restock"), "{\"quantity\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }
}
