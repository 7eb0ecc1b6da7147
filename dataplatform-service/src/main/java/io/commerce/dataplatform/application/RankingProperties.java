package io.commerce.dataplatform.application;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param zone the time zone whose calendar days sales are counted in (an order completed at 23:30 UTC
 *             counts for the next day in Asia/Seoul)
 */
@Validated
@ConfigurationProperties("commerce.ranking")
public record RankingProperties(@NotNull ZoneId zone) {
}
