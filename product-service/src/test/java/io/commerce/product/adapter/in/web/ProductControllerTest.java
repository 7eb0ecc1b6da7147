package io.commerce.product.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import io.commerce.product.application.port.in.GetProductQuery;
import io.commerce.product.application.port.in.ListProductsQuery;
import io.commerce.product.application.port.in.PopularProductsQuery;
import io.commerce.product.application.port.in.PopularProductsQuery.PopularProduct;
import io.commerce.product.application.port.in.PopularProductsQuery.PopularProducts;
import io.commerce.product.application.port.in.ProductPageRequest;
import io.commerce.product.application.port.in.ProductPageRequest.SortField;
import io.commerce.product.domain.Product;
import io.commerce.product.domain.ProductNotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(ProductController.class)
class ProductControllerTest {

    private static final Product KEYBOARD = Product.restore(7, "Keyboard", 30_000, 12);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ListProductsQuery listProducts;
    @MockitoBean
    GetProductQuery getProduct;
    @MockitoBean
    PopularProductsQuery popularProducts;
    @MockitoBean
    JwtDecoder jwtDecoder;

    private static MockHttpServletRequestBuilder asMember(MockHttpServletRequestBuilder request) {
        return request.with(jwt().jwt(j -> j.subject("member-1")));
    }

    @Test
    void a_product_is_shown_with_id_name_price_and_stock() throws Exception {
        given(getProduct.get(7)).willReturn(KEYBOARD);

        mvc.perform(asMember(get("/api/v1/products/7")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(7))
                .andExpect(jsonPath("$.name").value("Keyboard"))
                .andExpect(jsonPath("$.price").value(30_000))
                .andExpect(jsonPath("$.stock").value(12));
    }

    @Test
    void an_unknown_product_is_a_404_problem() throws Exception {
        given(getProduct.get(99)).willThrow(new ProductNotFoundException(99));

        mvc.perform(asMember(get("/api/v1/products/99")))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("PRODUCT_NOT_FOUND"));
    }

    @ParameterizedTest
    // hexadecimal and a plus sign: Spring's own conversion read 0x7 as product 7 and +1 as product 1
    @ValueSource(strings = {"abc", "1.5", "99999999999999999999", "0x7", "0X1F", "+1", "1e3", "-0x1", "7-"})
    void a_product_id_that_is_not_a_number_is_a_400_problem(String id) throws Exception {
        mvc.perform(asMember(get("/api/v1/products/" + id)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        verifyNoInteractions(getProduct);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3"})
    void a_product_id_below_one_is_a_validation_problem(String id) throws Exception {
        mvc.perform(asMember(get("/api/v1/products/" + id)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        verifyNoInteractions(getProduct);
    }

    @Test
    void without_a_token_nothing_is_shown() throws Exception {
        mvc.perform(get("/api/v1/products/7"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        verifyNoInteractions(getProduct);
    }

    @Test
    void the_list_is_a_page_sorted_as_asked() throws Exception {
        given(listProducts.list(any())).willReturn(new Page<>(List.of(KEYBOARD), PageRequest.of(1, 10), 11));

        mvc.perform(asMember(get("/api/v1/products").param("page", "1").param("size", "10").param("sort", "price,desc")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].name").value("Keyboard"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(10))
                .andExpect(jsonPath("$.totalElements").value(11))
                .andExpect(jsonPath("$.totalPages").value(2));
        verify(listProducts).list(new ProductPageRequest(PageRequest.of(1, 10), SortField.PRICE, false));
    }

    @Test
    void the_list_defaults_to_the_first_twenty_by_id() throws Exception {
        given(listProducts.list(any())).willReturn(new Page<>(List.<Product>of(), PageRequest.of(0, 20), 0));

        mvc.perform(asMember(get("/api/v1/products"))).andExpect(status().isOk());

        verify(listProducts).list(new ProductPageRequest(PageRequest.of(0, 20), SortField.ID, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=101", "size=-1", "page=-1", "page=1000001", "sort=stock", "sort=price,up",
            "sort=name;drop table product"})
    void a_page_out_of_bounds_or_an_unknown_sort_is_a_validation_problem(String query) throws Exception {
        mvc.perform(asMember(get("/api/v1/products?" + query)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        verifyNoInteractions(listProducts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=ten", "page=1.5", "size=99999999999", "page=0x1", "size=%2B10", "page=1e1"})
    void a_page_parameter_of_the_wrong_type_is_a_400_problem(String query) throws Exception {
        mvc.perform(asMember(get("/api/v1/products?" + query)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        verifyNoInteractions(listProducts);
    }

    @Test
    void popular_is_not_read_as_a_product_id() throws Exception {
        given(popularProducts.popular()).willReturn(new PopularProducts(
                List.of(new PopularProduct(1, KEYBOARD, 40)), 3, false));

        mvc.perform(asMember(get("/api/v1/products/popular")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("X-Ranking-Stale"))
                .andExpect(jsonPath("$.stale").value(false))
                .andExpect(jsonPath("$.days").value(3))
                .andExpect(jsonPath("$.products[0].rank").value(1))
                .andExpect(jsonPath("$.products[0].id").value(7))
                .andExpect(jsonPath("$.products[0].name").value("Keyboard"))
                .andExpect(jsonPath("$.products[0].price").value(30_000))
                .andExpect(jsonPath("$.products[0].stock").value(12))
                .andExpect(jsonPath("$.products[0].unitsSold").value(40));
        verifyNoInteractions(getProduct);
    }

    @Test
    void a_stale_ranking_says_so_in_the_body_and_a_header() throws Exception {
        given(popularProducts.popular()).willReturn(new PopularProducts(List.of(), 3, true));

        mvc.perform(asMember(get("/api/v1/products/popular")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Ranking-Stale", "true"))
                .andExpect(jsonPath("$.stale").value(true))
                .andExpect(jsonPath("$.products").isEmpty());
    }
}
