package io.commerce.coupon.adapter.in.web;

import static io.commerce.coupon.adapter.in.web.WebTokens.member;
import static io.commerce.coupon.domain.CampaignBuilder.NOW;
import static io.commerce.coupon.domain.CampaignBuilder.aCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import io.commerce.contracts.pricing.Discount;
import io.commerce.coupon.application.port.in.GetHeldCouponQuery;
import io.commerce.coupon.application.port.in.HeldCoupon;
import io.commerce.coupon.application.port.in.IssueCouponUseCase;
import io.commerce.coupon.application.port.in.IssueCouponUseCase.IssueCouponCommand;
import io.commerce.coupon.application.port.in.ListHeldCouponsQuery;
import io.commerce.coupon.application.port.in.ListHeldCouponsQuery.ListHeldCoupons;
import io.commerce.coupon.application.port.in.ListOpenCampaignsQuery;
import io.commerce.coupon.domain.CampaignNotFoundException;
import io.commerce.coupon.domain.CouponAlreadyIssuedException;
import io.commerce.coupon.domain.CouponNotActiveException;
import io.commerce.coupon.domain.CouponNotFoundException;
import io.commerce.coupon.domain.CouponSoldOutException;
import io.commerce.coupon.domain.CouponStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CouponController.class)
class CouponControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IssueCouponUseCase issueCoupon;

    @MockitoBean
    ListHeldCouponsQuery listHeldCoupons;

    @MockitoBean
    GetHeldCouponQuery getHeldCoupon;

    @MockitoBean
    ListOpenCampaignsQuery listOpenCampaigns;

    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void a_successful_claim_answers_201_with_the_coupon_for_the_member_of_the_token() throws Exception {
        given(issueCoupon.issue(new IssueCouponCommand(3, "m-1")))
                .willReturn(aCampaign().withId(3).withDiscount(Discount.percentage(20, 10_000L)).issuedTo("m-1", 77));

        mvc.perform(post("/api/v1/coupons/campaigns/3/issue").with(member("m-1")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/coupons/77"))
                .andExpect(jsonPath("$.id").value(77))
                .andExpect(jsonPath("$.campaignId").value(3))
                .andExpect(jsonPath("$.discount.kind").value("PERCENTAGE"))
                .andExpect(jsonPath("$.discount.value").value(20))
                .andExpect(jsonPath("$.status").value("AVAILABLE"))
                .andExpect(jsonPath("$.expiresAt").value("2026-03-08T10:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource({
            "COUPON_SOLD_OUT, 409",
            "COUPON_ALREADY_ISSUED, 409",
            "COUPON_NOT_ACTIVE, 422",
            "CAMPAIGN_NOT_FOUND, 404"})
    void a_refused_claim_is_a_problem_with_a_stable_code(String code, int httpStatus) throws Exception {
        given(issueCoupon.issue(any())).willThrow(switch (code) {
            case "COUPON_SOLD_OUT" -> new CouponSoldOutException(3);
            case "COUPON_ALREADY_ISSUED" -> new CouponAlreadyIssuedException(3);
            case "COUPON_NOT_ACTIVE" -> new CouponNotActiveException(3);
            default -> new CampaignNotFoundException(3);
        });

        mvc.perform(post("/api/v1/coupons/campaigns/3/issue").with(member("m-1")))
                .andExpect(status().is(httpStatus))
                .andExpect(jsonPath("$.code").value(code));
    }

    @Test
    void a_claim_with_a_bad_campaign_id_or_without_a_token_never_reaches_the_use_case() throws Exception {
        mvc.perform(post("/api/v1/coupons/campaigns/abc/issue").with(member("m-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        mvc.perform(post("/api/v1/coupons/campaigns/99999999999999999999999/issue").with(member("m-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        mvc.perform(post("/api/v1/coupons/campaigns/-1/issue").with(member("m-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(post("/api/v1/coupons/campaigns/0/issue").with(member("m-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(post("/api/v1/coupons/campaigns/3/issue"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get("/api/v1/coupons/campaigns/3/issue").with(member("m-1")))
                .andExpect(status().isMethodNotAllowed()).andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
        verifyNoInteractions(issueCoupon);
    }

    @Test
    void held_coupons_are_the_callers_and_the_status_filter_is_passed_on() throws Exception {
        var coupon = aCampaign().withId(3).issuedTo("m-1", 77);
        given(listHeldCoupons.list(any())).willReturn(
                new Page<>(List.of(new HeldCoupon(coupon, CouponStatus.AVAILABLE)), PageRequest.of(0, 20), 1));

        mvc.perform(get("/api/v1/coupons").param("status", "AVAILABLE").with(member("m-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(77))
                .andExpect(jsonPath("$.content[0].status").value("AVAILABLE"))
                .andExpect(jsonPath("$.totalElements").value(1));

        var query = ArgumentCaptor.forClass(ListHeldCoupons.class);
        verify(listHeldCoupons).list(query.capture());
        assertThat(query.getValue().memberId()).isEqualTo("m-1");
        assertThat(query.getValue().status()).isEqualTo(CouponStatus.AVAILABLE);
    }

    @Test
    void bad_list_parameters_are_problems() throws Exception {
        mvc.perform(get("/api/v1/coupons").param("status", "SHINY").with(member("m-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        mvc.perform(get("/api/v1/coupons").param("size", "0").with(member("m-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(get("/api/v1/coupons").param("size", "101").with(member("m-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(get("/api/v1/coupons").param("page", "-1").with(member("m-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(get("/api/v1/coupons/campaigns").param("size", "x").with(member("m-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        mvc.perform(get("/api/v1/coupons")).andExpect(status().isUnauthorized());
        verifyNoInteractions(listHeldCoupons, listOpenCampaigns);
    }

    @Test
    void one_coupon_of_someone_else_is_not_found() throws Exception {
        given(getHeldCoupon.get("m-2", 77)).willThrow(new CouponNotFoundException(77));

        mvc.perform(get("/api/v1/coupons/77").with(member("m-2")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("COUPON_NOT_FOUND"));
    }

    @Test
    void open_campaigns_show_what_remains() throws Exception {
        given(listOpenCampaigns.listOpen(any())).willReturn(new Page<>(
                List.of(aCampaign().withId(3).withQuantity(100).withIssued(40).build()), PageRequest.of(0, 20), 1));

        mvc.perform(get("/api/v1/coupons/campaigns").with(member("m-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(3))
                .andExpect(jsonPath("$.content[0].remaining").value(60))
                .andExpect(jsonPath("$.content[0].opensAt").value(NOW.minusSeconds(3600).toString()));
    }
}
