package io.commerce.localstack;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * An application service built by hand in a test (with recording fakes for its outgoing events, say) but run as
 * Spring would: each of its {@code @Transactional} methods in a transaction of the real database.
 */
public final class Transactional {

    private Transactional() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T around(T service, PlatformTransactionManager transactions) {
        var proxy = new ProxyFactory(service);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new TransactionInterceptor(transactions, new AnnotationTransactionAttributeSource()));
        return (T) proxy.getProxy();
    }
}
