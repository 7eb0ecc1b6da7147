package io.commerce.coupon.adapter.in.web;

import static io.commerce.coupon.adapter.in.web.WebTokens.admin;
import static io.commerce.coupon.adapter.in.web.WebTokens.member;
import static io.commerce.coupon.domain.CampaignBuilder.aCampaign;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.commerce.contracts.pricing.Discount;
import io.commerce.coupon.application.port.in.CreateCampaignUseCase;
import io.commerce.coupon.application.port.in.GetCampaignQuery;
import io.commerce.coupon.domain.CampaignNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(CampaignAdminController.class)
class CampaignAdminControllerTest {

    private static final String VALID = """
            {"name":"Spring sale","discount":{"kind":"PERCENTAGE","value":10,"cap":5000},"totalQuantity":100,
             "opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P7D"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CreateCampaignUseCase createCampaign;

    @MockitoBean
    GetCampaignQuery getCampaign;

    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void an_admin_creates_a_campaign_and_gets_it_back_with_its_location() throws Exception {
        given(createCampaign.create(any())).willReturn(
                aCampaign().withId(42).withDiscount(Discount.percentage(10, 5_000L)).withQuantity(100).build());

        create(VALID, admin("op-1"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/admin/coupons/campaigns/42"))
                .andExpect(jsonPath("$.id").value(42))
                .andExpect(jsonPath("$.discount.kind").value("PERCENTAGE"))
                .andExpect(jsonPath("$.discount.cap").value(5000))
                .andExpect(jsonPath("$.totalQuantity").value(100))
                .andExpect(jsonPath("$.remaining").value(100));
    }

    @Test
    void a_member_without_the_admin_role_may_not_create_campaigns() throws Exception {
        create(VALID, member("m-1")).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
        verifyNoInteractions(createCampaign);
    }

    @Test
    void without_a_token_the_admin_endpoints_answer_401() throws Exception {
        mvc.perform(post("/api/v1/admin/coupons/campaigns").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        verifyNoInteractions(createCampaign);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // missing fields
            "{}",
            """
            {"discount":{"kind":"FIXED","value":1000},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"FIXED","value":1000},"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"FIXED","value":1000},"totalQuantity":1,"closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"FIXED","value":1000},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z"}""",
            """
            {"name":"x","discount":{"value":1000},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"FIXED"},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            // blank and too long name
            """
            {"name":"  ","discount":{"kind":"FIXED","value":1000},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            // NUL (PostgreSQL's text refuses it) and half a surrogate pair (stored as '?')
            """
            {"name":"Spring\\u0000sale","discount":{"kind":"FIXED","value":1000},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"Spring\\ud83dsale","discount":{"kind":"FIXED","value":1000},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            // negatives and zero
            """
            {"name":"x","discount":{"kind":"FIXED","value":-1},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"FIXED","value":0},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"FIXED","value":1000},"totalQuantity":0,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"FIXED","value":1000},"totalQuantity":-3,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"PERCENTAGE","value":10,"cap":0},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"FIXED","value":1000},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"-P1D"}""",
            """
            {"name":"x","discount":{"kind":"FIXED","value":1000},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"PT0S"}""",
            // too large
            """
            {"name":"x","discount":{"kind":"FIXED","value":100000001},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"FIXED","value":1000},"totalQuantity":10000001,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"FIXED","value":1000},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P400D"}""",
            // percentage over 100, cap on a fixed discount
            """
            {"name":"x","discount":{"kind":"PERCENTAGE","value":101},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"FIXED","value":1000,"cap":10},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            // window closing before or when it opens
            """
            {"name":"x","discount":{"kind":"FIXED","value":1000},"totalQuantity":1,"opensAt":"2026-03-02T10:00:00Z","closesAt":"2026-03-01T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"FIXED","value":1000},"totalQuantity":1,"opensAt":"2026-03-02T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}"""
    })
    void an_invalid_campaign_is_a_validation_problem_and_nothing_is_created(String body) throws Exception {
        create(body, admin("op-1"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors").isNotEmpty());
        verifyNoInteractions(createCampaign);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{not json",
            "",
            "[]",
            // wrong types
            """
            {"name":"x","discount":{"kind":"FIXED","value":"a lot"},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"FIXED","value":1000},"totalQuantity":"many","opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"HALF_PRICE","value":1000},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"FIXED","value":1000},"totalQuantity":1,"opensAt":"tomorrow","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"FIXED","value":1000},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"a week"}""",
            // overflow
            """
            {"name":"x","discount":{"kind":"FIXED","value":1000},"totalQuantity":99999999999,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}""",
            """
            {"name":"x","discount":{"kind":"FIXED","value":99999999999999999999999},"totalQuantity":1,"opensAt":"2026-03-01T10:00:00Z","closesAt":"2026-03-02T10:00:00Z","couponValidFor":"P1D"}"""
    })
    void a_malformed_body_is_a_malformed_request_problem(String body) throws Exception {
        create(body, admin("op-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        verifyNoInteractions(createCampaign);
    }

    @Test
    void a_body_that_is_not_json_is_an_unsupported_media_type() throws Exception {
        mvc.perform(post("/api/v1/admin/coupons/campaigns").with(admin("op-1")).contentType(MediaType.TEXT_PLAIN)
                        .content(VALID))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void reading_a_campaign_shows_issued_and_remaining_and_an_unknown_one_is_not_found() throws Exception {
        given(getCampaign.get(7)).willReturn(aCampaign().withId(7).withQuantity(10).withIssued(3).build());
        given(getCampaign.get(8)).willThrow(new CampaignNotFoundException(8));

        mvc.perform(get("/api/v1/admin/coupons/campaigns/7").with(admin("op-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issuedQuantity").value(3))
                .andExpect(jsonPath("$.remaining").value(7));
        mvc.perform(get("/api/v1/admin/coupons/campaigns/8").with(admin("op-1")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CAMPAIGN_NOT_FOUND"));
        mvc.perform(get("/api/v1/admin/coupons/campaigns/abc").with(admin("op-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        mvc.perform(get("/api/v1/admin/coupons/campaigns/0").with(admin("op-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(get("/api/v1/admin/coupons/campaigns/7").with(member("m-1")))
                .andExpect(status().isForbidden());
    }

    private ResultActions create(String body, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        return mvc.perform(post("/api/v1/admin/coupons/campaigns").with(who)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

}
