package io.commerce.dataplatform.adapter.in.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.commerce.dataplatform.application.port.in.ProductRankingQuery;
import io.commerce.dataplatform.domain.ProductRanking;
import io.commerce.dataplatform.domain.ProductSales;
import io.commerce.dataplatform.domain.SalesWindow;
import java.time.LocalDate;
import java.time.ZoneId;
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

@WebMvcTest(RankingController.class)
class RankingControllerTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProductRankingQuery ranking;
    @MockitoBean
    JwtDecoder jwtDecoder;

    private static MockHttpServletRequestBuilder asAnyMember(String query) {
        return get("/api/v1/rankings/products" + query).with(jwt().jwt(j -> j.subject("member-1")));
    }

    private static ProductRanking rankingOf(int days, int limit, ProductSales... sales) {
        return ProductRanking.of(SalesWindow.lastDays(days, LocalDate.of(2026, 11, 25)), SEOUL, List.of(sales), limit);
    }

    @Test
    void the_ranking_lists_product_ids_with_units_in_rank_order_and_the_days_it_covers() throws Exception {
        given(ranking.topProducts(3, 5)).willReturn(rankingOf(3, 5, new ProductSales(11, 40), new ProductSales(12, 30)));

        mvc.perform(asAnyMember("?days=3&limit=5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days").value(3))
                .andExpect(jsonPath("$.from").value("2026-11-23"))
                .andExpect(jsonPath("$.to").value("2026-11-25"))
                .andExpect(jsonPath("$.zone").value("Asia/Seoul"))
                .andExpect(jsonPath("$.products[0].rank").value(1))
                .andExpect(jsonPath("$.products[0].productId").value(11))
                .andExpect(jsonPath("$.products[0].unitsSold").value(40))
                .andExpect(jsonPath("$.products[1].productId").value(12));
    }

    @Test
    void without_parameters_the_ranking_is_the_top_five_of_three_days() throws Exception {
        given(ranking.topProducts(3, 5)).willReturn(rankingOf(3, 5));

        mvc.perform(asAnyMember("")).andExpect(status().isOk()).andExpect(jsonPath("$.products").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"?days=0", "?days=31", "?days=-3", "?limit=0", "?limit=101", "?limit=-1",
            "?days=0&limit=0"})
    void days_and_limit_out_of_bounds_are_a_validation_problem(String query) throws Exception {
        mvc.perform(asAnyMember(query))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        verifyNoInteractions(ranking);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?days=three", "?limit=1.5", "?days=99999999999"})
    void days_and_limit_that_are_not_whole_numbers_are_a_400_problem(String query) throws Exception {
        mvc.perform(asAnyMember(query))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        verifyNoInteractions(ranking);
    }

    @Test
    void without_a_token_the_ranking_is_not_shown() throws Exception {
        mvc.perform(get("/api/v1/rankings/products"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        verifyNoInteractions(ranking);
    }
}
