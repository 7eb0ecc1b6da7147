package io.commerce.coupon.adapter.in.web;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

final class WebTokens {

    private WebTokens() {
    }

    static RequestPostProcessor member(String memberId) {
        return SecurityMockMvcRequestPostProcessors.jwt().jwt(jwt -> jwt.subject(memberId))
                .authorities(new SimpleGrantedAuthority("ROLE_MEMBER"));
    }

    static RequestPostProcessor admin(String memberId) {
        return SecurityMockMvcRequestPostProcessors.jwt().jwt(jwt -> jwt.subject(memberId))
                .authorities(new SimpleGrantedAuthority("ROLE_MEMBER"), new SimpleGrantedAuthority("ROLE_ADMIN"));
    }
}
