package io.commerce.dataplatform.adapter.in.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.commerce.dataplatform.application.port.in.CompletedOrderQuery;
import io.commerce.dataplatform.domain.CompletedOrder;
import io.commerce.dataplatform.domain.CompletedOrderNotFoundException;
import io.commerce.dataplatform.domain.SoldLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(CompletedOrderController.class)
class CompletedOrderControllerTest {

    private static final UUID ORDER = UUID.fromString("3f2c8a8e-6f1e-4a4f-9d35-1d1b4c1f0a01");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CompletedOrderQuery orders;
    @MockitoBean
    JwtDecoder jwtDecoder;

    private static MockHttpServletRequestBuilder asOperator(String path) {
        return get(path).with(jwt().jwt(j -> j.subject("operator-1")).authorities(new SimpleGrantedAuthority("ROLE_ADMIN")));
    }

    @Test
    void an_operator_sees_a_completed_order_as_it_was_received() throws Exception {
        given(orders.get(ORDER)).willReturn(new CompletedOrder(ORDER, "member-1", List.of(new SoldLine(11, 2, 1_000)),
                2_000, 500, 1_500, Instant.parse("2026-11-25T03:00:00Z")));

        mvc.perform(asOperator("/api/v1/admin/completed-orders/" + ORDER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value("member-1"))
                .andExpect(jsonPath("$.lines[0].productId").value(11))
                .andExpect(jsonPath("$.paidAmount").value(1_500))
                .andExpect(jsonPath("$.completedAt").value("2026-11-25T03:00:00Z"));
    }

    @Test
    void an_order_never_received_is_a_404_problem() throws Exception {
        given(orders.get(ORDER)).willThrow(new CompletedOrderNotFoundException(ORDER));

        mvc.perform(asOperator("/api/v1/admin/completed-orders/" + ORDER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ORDER_NOT_FOUND"));
    }

    @Test
    void an_order_id_that_is_not_a_uuid_is_a_400_problem() throws Exception {
        mvc.perform(asOperator("/api/v1/admin/completed-orders/42"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        verifyNoInteractions(orders);
    }

    @Test
    void a_member_who_is_not_an_operator_may_not_look() throws Exception {
        mvc.perform(get("/api/v1/admin/completed-orders/" + ORDER).with(jwt().jwt(j -> j.subject("member-1"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        verifyNoInteractions(orders);
    }
}
