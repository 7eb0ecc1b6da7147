package io.commerce.product.adapter.out.client;

import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** dataplatform-service's internal ranking API. */
@FeignClient(name = "dataplatform", url = "${commerce.ranking.base-url}",
        configuration = DataPlatformClientConfiguration.class)
interface DataPlatformClient {

    @GetMapping("/api/v1/rankings/products")
    RankingResponse productRanking(@RequestParam("days") int days, @RequestParam("limit") int limit);

    /** The part of the answer we read; other fields are ignored. */
    record RankingResponse(List<Entry> products) {

        record Entry(long productId, long unitsSold) {
        }
    }
}
