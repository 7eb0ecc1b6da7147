package io.commerce.dataplatform.application;

import io.commerce.dataplatform.application.port.in.ProductRankingQuery;
import io.commerce.dataplatform.application.port.out.DailySalesRepository;
import io.commerce.dataplatform.domain.ProductRanking;
import io.commerce.dataplatform.domain.SalesWindow;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ProductRankingService implements ProductRankingQuery {

    private final DailySalesRepository dailySales;
    private final RankingProperties properties;
    private final Clock clock;

    ProductRankingService(DailySalesRepository dailySales, RankingProperties properties, Clock clock) {
        this.dailySales = dailySales;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ProductRanking topProducts(int days, int limit) {
        ProductRanking.checkLimit(limit);
        var window = SalesWindow.lastDays(days, LocalDate.now(clock.withZone(properties.zone())));
        return ProductRanking.of(window, properties.zone(), dailySales.topSellers(window, limit), limit);
    }
}
