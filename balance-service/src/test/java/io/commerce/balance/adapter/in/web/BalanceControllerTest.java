package io.commerce.balance.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.commerce.balance.application.port.in.ChargeBalanceUseCase;
import io.commerce.balance.application.port.in.ChargeBalanceUseCase.ChargeCommand;
import io.commerce.balance.application.port.in.ChargeBalanceUseCase.ChargeReceipt;
import io.commerce.balance.application.port.in.GetBalanceQuery;
import io.commerce.balance.application.port.in.ListTransactionsQuery;
import io.commerce.balance.domain.BalanceLimitExceededException;
import io.commerce.balance.domain.IdempotencyKeyReusedException;
import io.commerce.balance.domain.InvalidChargeAmountException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(BalanceController.class)
class BalanceControllerTest {

    private static final String MEMBER = "member-1";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    GetBalanceQuery balance;
    @MockitoBean
    ChargeBalanceUseCase charge;
    @MockitoBean
    ListTransactionsQuery transactions;
    @MockitoBean
    JwtDecoder jwtDecoder;

    private static MockHttpServletRequestBuilder chargeWith(String body) {
        return post("/api/v1/balance/charges").with(jwt().jwt(j -> j.subject(MEMBER)))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void the_balance_is_the_callers_own() throws Exception {
        given(balance.balanceOf(MEMBER)).willReturn(5_000L);

        mvc.perform(get("/api/v1/balance").with(jwt().jwt(j -> j.subject(MEMBER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberId").value(MEMBER))
                .andExpect(jsonPath("$.balance").value(5_000));
    }

    @Test
    void without_a_token_the_answer_is_401_problem() throws Exception {
        mvc.perform(get("/api/v1/balance"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        verifyNoInteractions(balance);
    }

    @Test
    void a_bearer_token_from_the_header_is_verified_and_names_the_caller() throws Exception {
        given(jwtDecoder.decode("header.payload.signature")).willReturn(Jwt.withTokenValue("header.payload.signature")
                .header("alg", "RS256").subject(MEMBER).expiresAt(Instant.now().plusSeconds(60)).build());
        given(balance.balanceOf(MEMBER)).willReturn(7L);

        mvc.perform(get("/api/v1/balance").header(HttpHeaders.AUTHORIZATION, "Bearer header.payload.signature"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberId").value(MEMBER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer a b", "Bearer", "Bearer ==", "Bearer a,b", "Bearerabc"})
    void a_malformed_bearer_header_is_a_401_problem_and_is_never_verified(String authorization) throws Exception {
        mvc.perform(get("/api/v1/balance").header(HttpHeaders.AUTHORIZATION, authorization))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        verifyNoInteractions(jwtDecoder, balance);
    }

    @Test
    void a_charge_answers_201_with_the_receipt() throws Exception {
        given(charge.charge(any())).willReturn(new ChargeReceipt(7, 1_000, 6_000, Instant.parse("2026-11-25T00:00:00Z"), false));

        mvc.perform(chargeWith("{\"amount\":1000}").header("Idempotency-Key", "abc-123"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.transactionId").value(7))
                .andExpect(jsonPath("$.balance").value(6_000));
    }

    @Test
    void a_replayed_charge_answers_200_and_says_so() throws Exception {
        given(charge.charge(any())).willReturn(new ChargeReceipt(7, 1_000, 6_000, Instant.parse("2026-11-25T00:00:00Z"), true));

        mvc.perform(chargeWith("{\"amount\":1000}").header("Idempotency-Key", "abc-123"))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"amount\":null}"})
    void a_charge_without_an_amount_is_a_validation_problem(String body) throws Exception {
        mvc.perform(chargeWith(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        verifyNoInteractions(charge);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"amount\":", "not json", "{\"amount\":\"a lot\"}", "{\"amount\":1.5}",
            "{\"amount\":99999999999999999999}", "[1000]", "{\"amount\":true}", "{\"amount\":\"1000\"}"})
    void a_malformed_charge_is_a_400_and_charges_nothing(String body) throws Exception {
        mvc.perform(chargeWith(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        verifyNoInteractions(charge);
    }

    @Test
    void an_empty_body_is_a_400() throws Exception {
        mvc.perform(chargeWith(""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void a_body_that_is_not_json_is_415() throws Exception {
        mvc.perform(post("/api/v1/balance/charges").with(jwt().jwt(j -> j.subject(MEMBER)))
                        .contentType(MediaType.TEXT_PLAIN).content("1000"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void an_oversized_body_is_413() throws Exception {
        var huge = "{\"amount\":1000,\"padding\":\"" + "x".repeat(70_000) + "\"}";

        mvc.perform(chargeWith(huge))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"));
        verifyNoInteractions(charge);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "ÿ-non-ascii", "0123456789012345678901234567890123456789012345678901234567890123456789"})
    void a_malformed_idempotency_key_is_rejected(String key) throws Exception {
        mvc.perform(chargeWith("{\"amount\":1000}").header("Idempotency-Key", key))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_IDEMPOTENCY_KEY"));
        verifyNoInteractions(charge);
    }

    @Test
    void the_domain_codes_become_problems() throws Exception {
        given(charge.charge(any(ChargeCommand.class)))
                .willThrow(new InvalidChargeAmountException("A charge must be a positive amount of KRW."))
                .willThrow(new BalanceLimitExceededException(10_000_000))
                .willThrow(new IdempotencyKeyReusedException());

        mvc.perform(chargeWith("{\"amount\":-5}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_AMOUNT"));
        mvc.perform(chargeWith("{\"amount\":5000}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("BALANCE_LIMIT_EXCEEDED"));
        mvc.perform(chargeWith("{\"amount\":5000}").header("Idempotency-Key", "k1"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "size=0", "size=101", "page=abc", "size=1e3"})
    void bad_paging_is_a_400(String query) throws Exception {
        mvc.perform(get("/api/v1/balance/transactions?" + query).with(jwt().jwt(j -> j.subject(MEMBER))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").exists());
        verifyNoInteractions(transactions);
    }

    @Test
    void a_wrong_method_is_a_405_problem() throws Exception {
        mvc.perform(post("/api/v1/balance").with(jwt().jwt(j -> j.subject(MEMBER))))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
    }
}
