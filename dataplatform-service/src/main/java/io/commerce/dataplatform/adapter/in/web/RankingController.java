package io.commerce.dataplatform.adapter.in.web;

import io.commerce.dataplatform.application.port.in.ProductRankingQuery;
import io.commerce.dataplatform.domain.ProductRanking;
import io.commerce.dataplatform.domain.SalesWindow;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Internal API, read by product-service with the caller's token: any valid token may read it. */
@RestController
@RequestMapping("/api/v1/rankings")
class RankingController {

    private final ProductRankingQuery ranking;

    RankingController(ProductRankingQuery ranking) {
        this.ranking = ranking;
    }

    @GetMapping("/products")
    RankingResponse products(
            @RequestParam(defaultValue = "3") @Min(1) @Max(SalesWindow.MAX_DAYS) int days,
            @RequestParam(defaultValue = "5") @Min(1) @Max(ProductRanking.MAX_LIMIT) int limit) {
        var result = ranking.topProducts(days, limit);
        return new RankingResponse(days, result.window().from(), result.window().to(), result.zone().getId(),
                result.entries().stream().map(e -> new RankingResponse.Entry(e.rank(), e.productId(), e.unitsSold()))
                        .toList());
    }

    /** {@code from} and {@code to} are the calendar days covered, both included, in {@code zone}. */
    record RankingResponse(int days, LocalDate from, LocalDate to, String zone, List<Entry> products) {

        record Entry(int rank, long productId, long unitsSold) {
        }
    }
}
